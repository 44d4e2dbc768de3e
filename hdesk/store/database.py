"""The Database object: open a file safely, set pragmas, create or migrate the schema.

Rules from RELIABILITY.md 1-6: pragmas on every connection; application_id and user_version
written by schema code only; quick_check at open; a newer file refused untouched; a full
disk or an I/O error leaves the data unchanged; one writing process per file.
"""

from __future__ import annotations

import json
import os
import sqlite3
import uuid as uuidlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import peewee as pw

from hdesk.store import lock as writer_lock
from hdesk.store import migrations
from hdesk.store.background_check import CHECK_NOW_BYTES, BackgroundCheck
from hdesk.store.errors import StoreError
from hdesk.store.header import APPLICATION_ID, SCHEMA_VERSION, read_header
from hdesk.store.models import Bound

PRAGMAS = (
    ("journal_mode", "wal"),
    ("synchronous", "full"),
    ("foreign_keys", 1),
    ("trusted_schema", 0),
    ("busy_timeout", 5000),
)
READONLY_PRAGMAS = (("foreign_keys", 1), ("trusted_schema", 0), ("busy_timeout", 5000), ("query_only", 1))


class Database:
    """One open hdesk database file.

    Args:
        path: the SQLite file (created when `create` is True and it does not exist).
        readonly: open with mode=ro; nothing is written, not even a migration.
        create: make a new database when the file is missing.
        backup_dir: where a copy goes before a migration (None: next to nothing, no backup).
        lock: for a writable open, take the one-writer lock (store.lock). When another hdesk
            process holds it, the file is opened read-only instead and `locked_out` is True;
            every write then raises StoreError("locked").
        check_later: a file larger than CHECK_NOW_BYTES is quick_checked in a background
            thread (store.background_check) instead of before the open returns; every write
            waits for that check and is refused when it failed.
    """

    def __init__(
        self,
        path: Path | str,
        *,
        readonly: bool = False,
        create: bool = False,
        backup_dir: Path | None = None,
        lock: bool = True,
        check_later: bool = False,
    ):
        self.path = Path(path)
        self.check_later = check_later
        self.pending_check: BackgroundCheck | None = None
        self.check_problems: list[str] = []
        self.readonly = readonly
        self.backup_dir = backup_dir
        self.migrated_from: int | None = None
        self.locked_out = False
        self._lock: writer_lock.WriterLock | None = None
        is_new = not self.path.exists()
        if is_new and not create:
            raise StoreError("missing", f"{self.path} does not exist.")
        if is_new and readonly:
            raise StoreError("missing", f"{self.path} does not exist.")
        if not is_new:
            read_header(self.path)
        if not readonly and lock:
            self._lock = writer_lock.acquire(self.path)
            if self._lock is None:
                if is_new:
                    raise StoreError("locked", f"{self.path.name} is being created by another hdesk window.")
                self.readonly = True
                self.locked_out = True
        try:
            self.db = self._connect()
        except BaseException:
            self._release_lock()
            raise
        try:
            self._prepare(is_new)
        except BaseException:
            self.db.close()
            self._release_lock()
            raise

    # -- connection ---------------------------------------------------------------------
    def _connect(self) -> pw.SqliteDatabase:
        if self.readonly:
            target = self.path.resolve().as_uri() + "?mode=ro"
            db = pw.SqliteDatabase(target, uri=True, pragmas=READONLY_PRAGMAS, check_same_thread=False)
        else:
            db = pw.SqliteDatabase(str(self.path), pragmas=PRAGMAS, check_same_thread=False)
        try:
            db.connect(reuse_if_open=True)
        except pw.OperationalError as exc:
            raise _store_error(self.path, exc) from None
        return db

    def _prepare(self, is_new: bool) -> None:
        self.m = Bound(self.db)
        if is_new:
            with self.db.atomic():
                migrations.create_current(self.db, self.m)
                self._init_meta()
            self._checkpoint()
            return
        version = self.user_version()
        app_id = self.db.execute_sql("PRAGMA application_id").fetchone()[0]
        if self._can_check_later(version, app_id):
            self.pending_check = BackgroundCheck(self.path)
        else:
            problems = self.quick_check()
            if problems:
                raise StoreError("damaged", f"{self.path.name} is damaged ({problems[0]}); restore a backup.")
        if app_id != APPLICATION_ID or version < 1:
            raise StoreError("not_hdesk", f"{self.path.name} is not an hdesk database.")
        if version < SCHEMA_VERSION:
            if self.locked_out:
                raise StoreError("locked", f"{self.path.name} is open in another hdesk window; close it there first.")
            if self.readonly:
                raise StoreError("readonly", f"{self.path.name} needs an upgrade but was opened read-only.")
            if self.backup_dir is not None:
                from hdesk.store.backup import make_backup

                make_backup(self, self.backup_dir, reason=f"migration-from-v{version}")
            migrations.migrate(self.db, version)
            self.migrated_from = version
            self._checkpoint()
            problems = self.integrity_check()  # RELIABILITY.md 4: checked after every migration
            if problems:
                raise StoreError(
                    "damaged", f"{self.path.name} failed its check after the upgrade ({problems[0]}); restore a backup."
                )
        if not self.readonly:
            self._check_home()

    def _can_check_later(self, version: int, app_id: int) -> bool:
        """Large, current hdesk files whose open writes nothing may be checked in the background."""
        if not self.check_later or version != SCHEMA_VERSION or app_id != APPLICATION_ID:
            return False  # a migration writes at once: it needs the check first
        try:
            if self.path.stat().st_size <= CHECK_NOW_BYTES:
                return False
            # a copied file gets a new site id now (a write), so it is checked first
            return self.readonly or self.meta("home") == json.dumps(self._home())
        except (OSError, pw.DatabaseError, sqlite3.DatabaseError):
            return False

    def wait_for_check(self) -> list[str]:
        """Block until a background quick_check has finished; its problems ([] when sound).

        A failed check turns this Database read-only (RELIABILITY.md 4: read-only, then offer a backup).
        """
        if self.pending_check is not None:
            problems = self.pending_check.wait() or []
            self.pending_check = None
            self.check_problems = problems
            if problems:
                self.readonly = True
        return self.check_problems

    def _checkpoint(self) -> None:
        """Put page 1 (application id, schema version) into the main file, so another
        connection's header check (read_header reads the file, not the -wal) sees it."""
        self.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    def _init_meta(self) -> None:
        self.set_meta("site_id", str(uuidlib.uuid4()))
        self.set_meta("counter", "0")
        self.set_meta("hlc", "0")
        self.set_meta("home", json.dumps(self._home()))

    def _home(self) -> list[Any]:
        st = self.path.stat()
        return [str(self.path.resolve()), st.st_dev, st.st_ino]

    def _check_home(self) -> None:
        """A file copied or restored elsewhere gets a new site id before its next write."""
        home = self._home()
        if self.meta("home") != json.dumps(home):
            with self.db.atomic():
                self.set_meta("site_id", str(uuidlib.uuid4()))
                self.set_meta("counter", "0")
                self.set_meta("home", json.dumps(home))

    # -- facts ---------------------------------------------------------------------------
    def user_version(self) -> int:
        return int(self.db.execute_sql("PRAGMA user_version").fetchone()[0])

    def meta(self, key: str, default: str | None = None) -> str | None:
        # plain SQL: a dozen of these run while a file opens, and peewee's query building cost ~0.4 ms each
        row = self.db.execute_sql('SELECT "value" FROM "meta" WHERE "key" = ?', (key,)).fetchone()
        return row[0] if row else default

    def set_meta(self, key: str, value: str) -> None:
        self.m.meta.insert(key=key, value=value).on_conflict_replace().execute()

    @property
    def site_id(self) -> str:
        return self.meta("site_id") or ""

    def quick_check(self) -> list[str]:
        return self._check("PRAGMA quick_check")

    def integrity_check(self) -> list[str]:
        """Problems found by integrity_check and foreign_key_check; empty when sound."""
        problems = self._check("PRAGMA integrity_check")
        fk = self.db.execute_sql("PRAGMA foreign_key_check").fetchall()
        problems += [f"foreign key: {row[0]} row {row[1]} -> {row[2]}" for row in fk]
        return problems

    def _check(self, sql: str) -> list[str]:
        try:
            rows = [r[0] for r in self.db.execute_sql(sql).fetchall()]
        except (pw.DatabaseError, sqlite3.DatabaseError) as exc:
            return [str(exc)]
        return [] if rows == ["ok"] else rows

    # -- transactions --------------------------------------------------------------------
    @contextmanager
    def atomic(self) -> Iterator[None]:
        """One user-level operation: all of it is committed, or none of it.

        A full disk or an I/O error (also at COMMIT) rolls everything back and raises
        StoreError("io"); the Database stays usable for the next operation.
        """
        if self.locked_out:
            raise StoreError("locked", f"{self.path.name} is open in another hdesk window; opened read-only.")
        if self.pending_check is not None or self.check_problems:
            problems = self.wait_for_check()  # nothing is written before the file passed its check
            if problems:
                raise StoreError("damaged", f"{self.path.name} is damaged ({problems[0]}); restore a backup.")
        if self.readonly:
            raise StoreError("readonly", f"{self.path.name} is open read-only.")
        outermost = not self.db.in_transaction()
        try:
            with self.db.atomic():
                yield
        except pw.IntegrityError:
            raise
        except (pw.OperationalError, pw.DatabaseError, sqlite3.OperationalError) as exc:
            if outermost:
                self._rollback_leftover()
            raise _store_error(self.path, exc) from exc

    def _rollback_leftover(self) -> None:
        """After a failed COMMIT SQLite may keep the transaction open: end it, keep nothing."""
        conn = self.db.connection()
        if conn.in_transaction:
            try:
                conn.rollback()
            except sqlite3.Error:
                pass

    def close(self) -> None:
        if self.pending_check is not None:
            self.pending_check.cancel()
            self.pending_check = None
        if not self.db.is_closed():
            self.db.close()
        self._release_lock()

    def _release_lock(self) -> None:
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _store_error(path: Path, exc: Exception) -> StoreError:
    text = str(exc).lower()
    if "full" in text:
        return StoreError("io", "The disk is full; nothing was changed.")
    if "disk i/o" in text:
        return StoreError("io", f"{path.name} could not be written (disk I/O error); nothing was changed.")
    if "readonly" in text or "read-only" in text:
        return StoreError("readonly", f"{path.name} is read-only; nothing was changed.")
    if "locked" in text or "busy" in text:
        return StoreError("locked", f"{path.name} is busy in another program; try again.")
    if "not a database" in text or "malformed" in text:
        return StoreError("damaged", f"{path.name} is damaged; restore a backup.")
    return StoreError("io", f"{path.name} could not be used ({exc}).")


def fsync_dir(folder: Path) -> None:
    """Make a rename durable (no-op where directories cannot be opened, e.g. Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
