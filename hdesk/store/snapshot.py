"""Consistent copies of a live database: VACUUM INTO, verify, fsync, rename (RELIABILITY.md 8-9).

A plain file copy would miss committed data still in the -wal file. The target name is always
either absent or a complete, verified snapshot.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from pathlib import Path

from hdesk.store.database import Database, fsync_dir
from hdesk.store.errors import StoreError
from hdesk.store.header import APPLICATION_ID, read_header

COUNTED = ("plan", "goal", "department", "objective", "partner", "campaign")


def vacuum_into(database: Database, target: Path) -> None:
    """Write a compact, rollback-journal snapshot of the live database to `target` (must not exist)."""
    guarded = database.readonly  # query_only refuses VACUUM INTO; mode=ro still protects the file
    try:
        if guarded:
            database.db.execute_sql("PRAGMA query_only = 0")
        database.db.execute_sql("VACUUM INTO ?", (str(target),))
    except Exception as exc:  # sqlite3 / peewee errors carry the reason
        raise StoreError("io", f"Could not write a copy of {database.path.name} ({exc}).") from exc
    finally:
        if guarded:
            database.db.execute_sql("PRAGMA query_only = 1")


def verify(path: Path) -> dict[str, int]:
    """Check a snapshot file: header, structure, application id; return row counts.

    The file is a VACUUM INTO output, written by SQLite itself from one consistent read
    transaction of a source that passed quick_check at open (and integrity_check before an
    export). What can still go wrong is the write (short file, torn or bad pages), which the
    header size check (page size x page count = file size) and quick_check (every page and
    b-tree, records well formed, NOT NULL) detect; integrity_check adds only the index-vs-table
    cross-check of indexes SQLite just rebuilt from those tables. Row counts are compared by
    the callers.
    """
    read_header(path, strict_size=True)
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise StoreError("damaged", f"The copy {path.name} failed its integrity check.")
        if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            raise StoreError("not_hdesk", f"The copy {path.name} is not an hdesk database.")
        return {t: conn.execute(f'SELECT count(*) FROM "{t}" WHERE deleted = 0').fetchone()[0] for t in COUNTED}
    finally:
        conn.close()


def counts(database: Database) -> dict[str, int]:
    return {t: database.db.execute_sql(f'SELECT count(*) FROM "{t}" WHERE deleted = 0').fetchone()[0] for t in COUNTED}


def write_snapshot(database: Database, dest: Path) -> dict[str, int]:
    """Snapshot the live database to `dest` safely; returns the verified row counts.

    The snapshot is made in local temp, verified, copied next to `dest` under a temporary
    name, fsynced and renamed, so `dest` is never a half-written file.
    """
    dest = Path(dest)
    with tempfile.TemporaryDirectory(prefix="hdesk-snap-") as tmp:
        local = Path(tmp) / "snapshot.hdesk"
        vacuum_into(database, local)
        found = verify(local)
        expected = counts(database)
        if found != expected:
            raise StoreError("io", "The copy does not hold the same records as the database; nothing was written.")
        publish(local, dest)
    return found


CHUNK = 1024 * 1024


def part_name(dest: Path) -> Path:
    """The temporary name a file is written under before it is renamed to `dest`."""
    return dest.with_name(f".{dest.name}.part")


def publish(source: Path, dest: Path) -> None:
    """Copy `source` to `dest` via a temporary name, fsync, then rename over `dest`.

    Whatever fails (a full disk, a pulled stick, an interrupt), `dest` keeps its earlier
    content (or stays absent) and the temporary file is removed.
    """
    dest = Path(dest)
    part = part_name(dest)
    try:
        with source.open("rb") as src, part.open("wb") as out:
            while chunk := src.read(CHUNK):
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        os.replace(part, dest)
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise StoreError("io", f"Could not write {dest} ({exc.strerror or exc}); nothing was changed.") from exc
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    fsync_dir(dest.parent)
