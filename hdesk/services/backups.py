"""Automatic backups and restore (RELIABILITY.md 4, 9, 10, 19).

Backups are verified VACUUM INTO snapshots in the user data folder (store.backup). A restore
never overwrites the only copy of anything: the current state is backed up first (or, when
the file is too damaged to open, its raw bytes are kept aside), then the backup is published
over the file by temp + fsync + rename while no connection is open. The restored file gets a
new site id when it is next opened, because its recorded home (path, inode) no longer matches.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from hdesk.store import lock
from hdesk.store.backup import backup_folder, list_backups, make_backup
from hdesk.store.database import Database, fsync_dir
from hdesk.store.errors import StoreError
from hdesk.store.header import read_header
from hdesk.store.snapshot import COUNTED, publish, verify

SIDE_FILES = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class BackupInfo:
    """One backup as the Backups list shows it; counts is None when the copy cannot be read."""

    path: Path
    taken: dt.datetime
    reason: str
    size: int
    counts: dict[str, int] | None


def quick_counts(path: Path) -> dict[str, int] | None:
    """Live record counts of a backup file (header checked, no full integrity check)."""
    try:
        read_header(path, strict_size=True)
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    except (StoreError, sqlite3.Error):
        return None
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        return {t: conn.execute(f'SELECT count(*) FROM "{t}" WHERE deleted = 0').fetchone()[0] for t in COUNTED}
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def backups(database_path: Path, backup_dir: Path) -> list[BackupInfo]:
    """The backups of a database file, newest first, with what each holds."""
    return [
        BackupInfo(b.path, b.taken, b.reason, b.size, quick_counts(b.path))
        for b in list_backups(backup_dir, Path(database_path))
    ]


def backup_if_first_today(database: Database, backup_dir: Path, today: dt.date | None = None) -> Path | None:
    """Take the daily backup at the first open of the day; None when there is one already.

    Nothing is taken for a file another window is writing (that window takes it) or for a
    file in which nothing was ever recorded.
    """
    if database.locked_out or not database.m.record.select().exists():
        return None
    today = today or dt.date.today()
    for earlier in list_backups(backup_dir, database.path):
        if earlier.reason == "daily" and earlier.taken.date() == today:
            return None
    return make_backup(database, backup_dir, reason="daily")


def newest_good_backup(database_path: Path, backup_dir: Path) -> Path | None:
    """The newest backup that passes the full verification (for the recovery screen)."""
    for candidate in list_backups(backup_dir, Path(database_path)):
        try:
            verify(candidate.path)
        except StoreError:
            continue
        return candidate.path
    return None


def restore(backup_path: Path, target_path: Path, backup_dir: Path) -> Path | None:
    """Replace `target_path` with a verified backup; returns where the previous state was kept.

    Every Database on the target must be closed first (in this process and in others).
    Raises:
        StoreError: "damaged"/"not_hdesk"/"newer" for a bad backup (nothing is changed),
            "locked" while the file is open, "io" when the disk refuses (the target keeps
            its previous content).
    """
    backup_path, target_path = Path(backup_path), Path(target_path)
    verify(backup_path)
    held = lock.acquire(target_path)
    if held is None:
        raise StoreError("locked", f"{target_path.name} is open in another hdesk window; close it there first.")
    try:
        if lock.holders(target_path) > 1:
            raise StoreError("locked", f"{target_path.name} is still open; close it before restoring.")
        kept = _keep_current_state(target_path, backup_dir) if target_path.exists() else None
        for suffix in SIDE_FILES:  # a stale -wal would be replayed into the restored file
            Path(f"{target_path}{suffix}").unlink(missing_ok=True)
        publish(backup_path, target_path)
        return kept
    finally:
        held.release()


def _keep_current_state(target: Path, backup_dir: Path) -> Path:
    """Back up the file about to be replaced; when it cannot be opened, keep its raw bytes."""
    try:
        with Database(target, backup_dir=None, lock=False) as current:
            kept = make_backup(current, backup_dir, reason="before-restore")
            current.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        return kept
    except StoreError as exc:
        if exc.code in ("locked", "io"):
            raise
    # Too damaged to read: keep it byte for byte (with its -wal) for a specialist, never "repair" it.
    folder = backup_folder(backup_dir, target)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    kept = folder / f"{target.stem}.{stamp}.damaged.hdesk-damaged"
    try:
        for suffix in ("", "-wal"):
            source = Path(f"{target}{suffix}")
            if source.exists():
                shutil.copyfile(source, Path(f"{kept}{suffix}"))
        fsync_dir(folder)
    except OSError as exc:
        raise StoreError(
            "io", f"Could not keep a copy of {target.name} ({exc.strerror or exc}); nothing was changed."
        ) from exc
    return kept
