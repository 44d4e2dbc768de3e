"""Rotating automatic backups in the user data folder (before merges, migrations, rollovers)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from hdesk.store.database import Database
from hdesk.store.snapshot import write_snapshot

KEEP_RECENT = 10
STALE_PART_SECONDS = 3600
_NAME = re.compile(r"^(?P<stem>.+)\.(?P<stamp>\d{8}-\d{6}-\d{6})\.(?P<reason>[a-z0-9-]+)\.hdesk$")


@dataclass(frozen=True)
class Backup:
    path: Path
    taken: dt.datetime
    reason: str
    size: int


def backup_folder(backup_dir: Path, database_path: Path) -> Path:
    """Backups of each database file live in their own folder, named after the file."""
    folder = backup_dir / database_path.stem
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def make_backup(database: Database, backup_dir: Path, reason: str) -> Path:
    """Take a verified snapshot now; keep the newest KEEP_RECENT plus one per month for a year."""
    folder = backup_folder(backup_dir, database.path)
    now = dt.datetime.now()
    safe_reason = re.sub(r"[^a-z0-9-]+", "-", reason.lower()).strip("-") or "manual"
    target = folder / f"{database.path.stem}.{now:%Y%m%d-%H%M%S-%f}.{safe_reason}.hdesk"
    write_snapshot(database, target)
    rotate(folder)
    return target


def list_backups(backup_dir: Path, database_path: Path) -> list[Backup]:
    """Backups of a database, newest first."""
    folder = backup_dir / database_path.stem
    out = []
    if folder.is_dir():
        for path in folder.iterdir():
            match = _NAME.match(path.name)
            if match:
                taken = dt.datetime.strptime(match.group("stamp"), "%Y%m%d-%H%M%S-%f")
                out.append(Backup(path, taken, match.group("reason"), path.stat().st_size))
    return sorted(out, key=lambda b: b.taken, reverse=True)


def rotate(folder: Path, today: dt.date | None = None) -> list[Path]:
    """Delete backups beyond the retention policy; returns what was deleted."""
    today = today or dt.date.today()
    backups = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match:
            backups.append((dt.datetime.strptime(match.group("stamp"), "%Y%m%d-%H%M%S-%f"), path))
    backups.sort(reverse=True)
    keep = {p for _, p in backups[:KEEP_RECENT]}
    months: set[tuple[int, int]] = set()
    for taken, path in backups:
        if (today - taken.date()).days <= 366 and (taken.year, taken.month) not in months:
            months.add((taken.year, taken.month))
            keep.add(path)
    removed = []
    for _, path in backups:
        if path not in keep:
            path.unlink(missing_ok=True)
            removed.append(path)
    stale = dt.datetime.now().timestamp() - STALE_PART_SECONDS
    for path in folder.glob(".*.part"):  # left by a backup that was killed half-way
        try:
            if path.stat().st_mtime < stale:
                path.unlink()
                removed.append(path)
        except OSError:
            pass
    return removed
