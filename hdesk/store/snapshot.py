"""Consistent copies of a live database: VACUUM INTO, verify, fsync, rename (RELIABILITY.md 8-9).

A plain file copy would miss committed data still in the -wal file. The target name is always
either absent or a complete, verified snapshot.
"""

from __future__ import annotations

import os
import queue
import sqlite3
import tempfile
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import BinaryIO

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
    transaction of a source that passed quick_check at open. What can still go wrong is the
    write (short file, torn or bad pages), which the header size check (page size x page
    count = file size) and quick_check (every page and b-tree, records well formed, NOT NULL)
    detect. Row counts are compared by the callers. A copy that leaves the office gets the
    full `check` instead.
    """
    return _verify(path, full=False)


def check(path: Path, about: str | None = None) -> dict[str, int]:
    """Like `verify`, with integrity_check + foreign_key_check (RELIABILITY.md 4).

    For a copy that leaves this office: checking the exact bytes that leave proves them
    sound, and VACUUM INTO copies records and index entries as stored, so a fault of the
    source's tables, indexes or references shows in its copy too. `about` names the file
    in the error ("The copy <name>" by default).
    """
    return _verify(path, full=True, about=about)


def _verify(path: Path, full: bool, about: str | None = None) -> dict[str, int]:
    about = about or f"The copy {path.name}"
    read_header(path, strict_size=True)
    conn = _open_ro(path)
    try:
        if full:
            problems = _full_problems(path, conn)
            if problems:
                raise StoreError("damaged", f"{about} has a problem ({problems[0]}); nothing was written.")
        elif conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise StoreError("damaged", f"The copy {path.name} failed its integrity check.")
        if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            raise StoreError("not_hdesk", f"The copy {path.name} is not an hdesk database.")
        return {t: conn.execute(f'SELECT count(*) FROM "{t}" WHERE deleted = 0').fetchone()[0] for t in COUNTED}
    except sqlite3.DatabaseError as exc:
        raise StoreError("damaged", f"{about} has a problem ({exc}); nothing was written.") from exc
    finally:
        conn.close()


def _open_ro(path: Path) -> sqlite3.Connection:
    # no mmap: it saved ~10% of the check's CPU but counts the whole file (twice) as resident
    return sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)


def _full_problems(path: Path, conn: sqlite3.Connection) -> list[str]:
    """What integrity_check + foreign_key_check report, on two connections (two cores).

    quick_check of the whole file (every page once, b-trees, free list, records, NOT NULL)
    plus integrity_check(table) of every table (its b-trees, and that its indexes hold
    exactly its rows, UNIQUE included) together cover the full integrity_check. SQLite runs
    without the GIL, so the biggest table's index cross-check runs beside everything else.
    """
    tables = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    jobs: queue.SimpleQueue[str] = queue.SimpleQueue()
    biggest_first = sorted(tables, key=lambda t: -_rows(conn, t))
    steps = [f"PRAGMA integrity_check({_quoted(t)})" for t in biggest_first]
    for sql in [*steps[:1], "PRAGMA quick_check", *steps[1:]]:
        jobs.put(sql)

    def work(worker: sqlite3.Connection) -> list[str]:
        found: list[str] = []
        try:
            while True:
                try:
                    sql = jobs.get_nowait()
                except queue.Empty:
                    return found
                found += [line for row in worker.execute(sql) for line in row[0].splitlines() if _is_problem(line)]
        except BaseException:
            while not jobs.empty():  # the other worker stops after its current step
                jobs.get_nowait()
            raise

    def helper() -> list[str]:
        other = _open_ro(path)
        try:
            return work(other)
        finally:
            other.close()

    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="hdesk-check") as pool:
        theirs = pool.submit(helper)
        problems = work(conn)
        problems += theirs.result()
    problems += [f"foreign key: {r[0]} row {r[1]} -> {r[2]}" for r in conn.execute("PRAGMA foreign_key_check")]
    return problems


def _is_problem(line: str) -> bool:
    return line != "ok" and not line.startswith("***")  # "*** in database main ***" heads a list


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _rows(conn: sqlite3.Connection, table: str) -> int:
    """Cheap size estimate (largest rowid) to start the biggest check first."""
    try:
        return int(conn.execute(f"SELECT coalesce(max(rowid), 0) FROM {_quoted(table)}").fetchone()[0])
    except sqlite3.OperationalError:  # WITHOUT ROWID
        return 0


def counts(database: Database) -> dict[str, int]:
    return {t: database.db.execute_sql(f'SELECT count(*) FROM "{t}" WHERE deleted = 0').fetchone()[0] for t in COUNTED}


# a backup or copy killed half-way leaves a whole plaintext database here: swept at the next start
SNAPSHOT_PREFIX = "hdesk-snap-"


def write_snapshot(database: Database, dest: Path) -> dict[str, int]:
    """Snapshot the live database to `dest` safely; returns the verified row counts.

    The snapshot is made in local temp, verified, copied next to `dest` under a temporary
    name, fsynced and renamed, so `dest` is never a half-written file.
    """
    dest = Path(dest)
    with tempfile.TemporaryDirectory(prefix=SNAPSHOT_PREFIX) as tmp:
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

    def copy(out: BinaryIO) -> None:
        with source.open("rb") as src:
            while chunk := src.read(CHUNK):
                out.write(chunk)

    commit(stage(dest, copy), dest)


def stage(dest: Path, write: Callable[[BinaryIO], None]) -> Path:
    """Write `dest`'s temporary name with `write`, then flush and fsync it; returns that name.

    On any failure the temporary file is removed (an OSError becomes StoreError "io").
    The caller renames it with `commit`, or removes it with `discard`.
    """
    dest = Path(dest)
    part = part_name(dest)
    try:
        with part.open("wb") as out:
            write(out)
            out.flush()
            os.fsync(out.fileno())
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise StoreError("io", f"Could not write {dest} ({exc.strerror or exc}); nothing was changed.") from exc
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    return part


def commit(part: Path, dest: Path) -> None:
    """Rename a staged, fsynced file over `dest` and make the rename durable."""
    try:
        os.replace(part, dest)
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise StoreError("io", f"Could not write {dest} ({exc.strerror or exc}); nothing was changed.") from exc
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    fsync_dir(Path(dest).parent)


def discard(part: Path) -> None:
    part.unlink(missing_ok=True)
