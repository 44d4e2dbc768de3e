"""Rotating automatic backups in the user data folder (before merges, migrations, rollovers)."""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

from hdesk.store.database import Database, fsync_dir
from hdesk.store.errors import StoreError
from hdesk.store.snapshot import COUNTED, part_name, verify, write_snapshot

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
    target = _target(folder, database.path, reason)
    write_snapshot(database, target)
    rotate(folder)
    return target


def _target(folder: Path, database_path: Path, reason: str) -> Path:
    now = dt.datetime.now()
    safe_reason = re.sub(r"[^a-z0-9-]+", "-", reason.lower()).strip("-") or "manual"
    return folder / f"{database_path.stem}.{now:%Y%m%d-%H%M%S-%f}.{safe_reason}.hdesk"


class PendingBackup:
    """A backup written on a second thread while the caller checks and plans (SQLite releases the GIL).

    The thread reads the database file through a read-only connection of its own: VACUUM INTO
    writes the snapshot straight to its temporary name in the backup folder, which is verified
    (header size, quick_check, application id, the same record counts as the file) and fsynced.
    `keep()` waits for it, renames it to its final name, makes the rename durable and rotates;
    `discard()` (an import refused) removes it, so a refused import costs no older backup. Until
    `keep()` returned, the caller must not write to the database.
    """

    def __init__(self, database: Database, backup_dir: Path, reason: str):
        self.folder = backup_folder(backup_dir, database.path)
        self.target = _target(self.folder, database.path, reason)
        self.part = part_name(self.target)
        self._source = database.path.resolve().as_uri() + "?mode=ro"
        self._name = database.path.name
        self._error: BaseException | None = None
        self._conn: sqlite3.Connection | None = None
        self._cancelled = False
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._run, name="hdesk-backup", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            conn = sqlite3.connect(self._source, uri=True, check_same_thread=False)
            with self._lock:
                self._conn = conn
            try:
                if self._cancelled:
                    return
                conn.execute("PRAGMA trusted_schema = OFF")
                conn.execute("PRAGMA busy_timeout = 5000")
                conn.execute("VACUUM INTO ?", (str(self.part),))
                expected = {
                    t: conn.execute(f'SELECT count(*) FROM "{t}" WHERE deleted = 0').fetchone()[0] for t in COUNTED
                }
            finally:
                with self._lock:
                    self._conn = None
                conn.close()
            if verify(self.part) != expected:
                raise StoreError("io", "The copy does not hold the same records as the database; nothing was written.")
            with self.part.open("r+b") as out:
                os.fsync(out.fileno())
        except BaseException as exc:  # handed to the caller in keep()
            self._error = exc

    def keep(self) -> Path:
        """Wait for the snapshot; publish it under its final name; rotate. Raises when it failed."""
        self._thread.join()
        error = self._error
        if error is not None:
            self.part.unlink(missing_ok=True)
            if isinstance(error, StoreError):
                raise error
            raise StoreError("io", f"Could not write a copy of {self._name} ({error}).") from error
        try:
            os.replace(self.part, self.target)
        except OSError as exc:
            self.part.unlink(missing_ok=True)
            raise StoreError("io", f"Could not write {self.target} ({exc.strerror or exc}).") from exc
        fsync_dir(self.folder)
        rotate(self.folder)
        return self.target

    def discard(self) -> None:
        """Stop the snapshot (if still running) and remove its temporary file."""
        with self._lock:
            self._cancelled = True
            if self._conn is not None:
                self._conn.interrupt()
        self._thread.join()
        self.part.unlink(missing_ok=True)


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
