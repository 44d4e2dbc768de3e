"""The live database keeps its promises (RELIABILITY.md 1, 4, 5, 8, 9)."""

from __future__ import annotations

import errno
import os
import sqlite3
import threading
from pathlib import Path
from typing import Any

import peewee as pw
import pytest

from hdesk.services.records import Records
from hdesk.store import migrations, snapshot
from hdesk.store.backup import list_backups
from hdesk.store.database import PRAGMAS, READONLY_PRAGMAS, Database
from hdesk.store.errors import StoreError
from hdesk.store.fingerprint import matches_version
from hdesk.store.header import SCHEMA_VERSION


def pragmas(db: pw.SqliteDatabase) -> dict[str, Any]:
    names = ("journal_mode", "synchronous", "foreign_keys", "trusted_schema", "busy_timeout", "query_only")
    return {name: db.execute_sql(f"PRAGMA {name}").fetchone()[0] for name in names}


WRITABLE = {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1, "trusted_schema": 0, "busy_timeout": 5000}


# -- 1. pragmas on every connection ------------------------------------------------------
def test_pragmas_on_the_first_connection_and_after_reconnect(db: Database) -> None:
    assert pragmas(db.db) | WRITABLE == pragmas(db.db)
    db.db.close()
    db.db.connect()
    assert pragmas(db.db) | WRITABLE == pragmas(db.db)


def test_pragmas_on_connections_of_other_threads(db: Database) -> None:
    """peewee opens one connection per thread; each must be as safe as the first."""
    seen: dict[str, Any] = {}

    def probe() -> None:
        try:
            seen.update(pragmas(db.db))
        finally:
            db.db.close()  # this thread's connection only

    worker = threading.Thread(target=probe)
    worker.start()
    worker.join()
    assert seen | WRITABLE == seen
    assert not db.db.is_closed()  # the opener's connection is untouched


def test_read_only_connections_are_hardened_too(db: Database) -> None:
    path = db.path
    db.close()
    with Database(path, readonly=True) as ro:
        found = pragmas(ro.db)
        assert (found["foreign_keys"], found["trusted_schema"], found["query_only"]) == (1, 0, 1)


def test_schema_stamps_are_not_per_connection_pragmas() -> None:
    names = {name for name, _ in PRAGMAS + READONLY_PRAGMAS}
    assert not names & {"application_id", "user_version", "writable_schema"}
    assert dict(PRAGMAS)["synchronous"] == "full" and dict(PRAGMAS)["journal_mode"] == "wal"


def test_a_version_1_file_is_migrated_not_stamped(tmp_path: Path) -> None:
    path = tmp_path / "old.hdesk"
    raw = pw.SqliteDatabase(str(path))
    migrations.create_version(raw, 1)
    raw.close()
    backups = tmp_path / "backups"
    with Database(path, backup_dir=backups) as database:
        assert database.migrated_from == 1
        assert database.user_version() == SCHEMA_VERSION
        conn = database.db.connection()
        assert matches_version(conn, SCHEMA_VERSION)  # the v2 tables and columns really exist
        Records(database).create("department", {"name": "Legal"})
    assert [b.reason for b in list_backups(backups, path)] == ["migration-from-v1"]


def test_a_newer_file_is_refused_and_left_byte_for_byte(tmp_path: Path) -> None:
    path = tmp_path / "newer.hdesk"
    Database(path, create=True).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreError) as caught:
        Database(path)
    assert caught.value.code == "newer"
    assert path.read_bytes() == before


# -- 4. checks --------------------------------------------------------------------------
def corrupt(path: Path, pages: range) -> None:
    """Overwrite whole pages in the middle of a file with garbage, as a bad sector would."""
    page_size = int.from_bytes(path.read_bytes()[16:18], "big")
    with path.open("r+b") as handle:
        for page in pages:
            handle.seek(page * page_size)
            handle.write(bytes((i * 37 + 11) % 256 for i in range(page_size)))


def test_a_damaged_file_is_refused_at_open_and_not_repaired(demo_file: Path) -> None:
    corrupt(demo_file, range(3, 9))
    before = demo_file.read_bytes()
    with pytest.raises(StoreError) as caught:
        Database(demo_file)
    assert caught.value.code == "damaged"
    assert demo_file.read_bytes() == before


def test_integrity_check_reports_broken_foreign_keys(db: Database) -> None:
    records = Records(db)
    partner = records.create("partner", {"name": "Ministry of Health", "kind": "government"})
    records.create("contact", {"partner": partner, "name": "Protocol officer"})
    assert db.integrity_check() == []
    db.db.execute_sql("PRAGMA foreign_keys = OFF")
    db.db.execute_sql('DELETE FROM "partner"')  # what a buggy tool outside hdesk could do
    db.db.execute_sql("PRAGMA foreign_keys = ON")
    problems = db.integrity_check()
    assert problems and "contact" in problems[0]


# -- 5. disk full -----------------------------------------------------------------------
def dump(database: Database) -> list[str]:
    return list(database.db.connection().iterdump())


def fill_the_disk(database: Database, spare_pages: int = 3) -> None:
    pages = database.db.execute_sql("PRAGMA page_count").fetchone()[0]
    database.db.execute_sql(f"PRAGMA max_page_count = {pages + spare_pages}")


def free_the_disk(database: Database) -> None:
    database.db.execute_sql("PRAGMA max_page_count = 1073741823")


def test_disk_full_during_a_big_operation_changes_nothing(records: Records) -> None:
    database = records.database
    legal = records.create("department", {"name": "Legal"})
    before = dump(database)
    fill_the_disk(database)
    with pytest.raises(StoreError) as caught, records.transaction():
        for i in range(200):
            records.create("department", {"name": f"Unit {i}", "description": "report " * 500})
    assert caught.value.code == "io"
    assert str(caught.value) == "The disk is full; nothing was changed."
    assert dump(database) == before
    # the app goes on: reading works at once, writing as soon as there is room again
    assert [d["name"] for d in records.list("department")] == ["Legal"]
    free_the_disk(database)
    records.update("department", legal, {"head": "A. Karimova"})
    records.create("department", {"name": "Finance"})
    assert sorted(d["name"] for d in records.list("department")) == ["Finance", "Legal"]
    assert database.integrity_check() == []


def test_disk_full_during_an_edit_keeps_the_old_value(records: Records) -> None:
    database = records.database
    legal = records.create("department", {"name": "Legal", "description": "short"})
    fill_the_disk(database, spare_pages=0)
    with pytest.raises(StoreError):
        records.update("department", legal, {"description": "long " * 3000})
    assert records.get("department", legal)["description"] == "short"
    free_the_disk(database)
    records.update("department", legal, {"description": "long " * 3000})
    assert records.get("department", legal)["description"].startswith("long")


def test_io_error_message_is_one_clear_sentence(tmp_path: Path) -> None:
    from hdesk.store.database import _store_error

    error = _store_error(tmp_path / "office.hdesk", sqlite3.OperationalError("disk I/O error"))
    assert error.code == "io" and "nothing was changed" in str(error)


# -- 8, 9. snapshots: temp, verify, fsync, rename -------------------------------------------
class FailingWriter:
    """A file whose Nth write fails as a full or pulled-out disk would."""

    def __init__(self, inner: Any, fail_at: int):
        self.inner = inner
        self.fail_at = fail_at
        self.writes = 0

    def write(self, data: bytes) -> int:
        self.writes += 1
        if self.writes >= self.fail_at:
            raise OSError(errno.ENOSPC, "No space left on device")
        return int(self.inner.write(data))

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)

    def __enter__(self) -> FailingWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.inner.close()


@pytest.mark.parametrize("fail_at", [1, 2, 7])
def test_failing_nth_write_leaves_the_target_as_it_was(
    demo_records: Records, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fail_at: int
) -> None:
    database = demo_records.database
    target = tmp_path / "out" / "copy.hdesk"
    target.parent.mkdir()
    snapshot.write_snapshot(database, target)
    earlier = target.read_bytes()
    demo_records.create("department", {"name": "New unit"})
    real_open = Path.open

    def failing_open(self: Path, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        handle = real_open(self, mode, *args, **kwargs)
        return FailingWriter(handle, fail_at) if self.name.endswith(".part") else handle

    monkeypatch.setattr(snapshot, "CHUNK", 4096)
    monkeypatch.setattr(Path, "open", failing_open)
    with pytest.raises(StoreError) as caught:
        snapshot.write_snapshot(database, target)
    monkeypatch.undo()
    assert caught.value.code == "io" and "nothing was changed" in str(caught.value)
    assert target.read_bytes() == earlier
    assert sorted(p.name for p in target.parent.iterdir()) == ["copy.hdesk"]  # no .part left
    snapshot.verify(target)


@pytest.mark.parametrize("step", ["fsync", "replace"])
def test_failing_fsync_or_rename_leaves_no_target(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    def boom(*args: Any) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(snapshot.os, step, boom)
    target = tmp_path / "copy.hdesk"
    with pytest.raises(StoreError):
        snapshot.write_snapshot(db, target)
    monkeypatch.undo()
    assert not target.exists()
    assert not snapshot.part_name(target).exists()


def test_interrupt_while_publishing_removes_the_temporary_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / "source.bin"
    source.write_bytes(os.urandom(10_000))

    def interrupted(*args: Any) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(snapshot.os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        snapshot.publish(source, tmp_path / "dest.bin")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["source.bin"]


def test_snapshot_holds_committed_data_still_in_the_wal(records: Records, tmp_path: Path) -> None:
    records.create("department", {"name": "Legal"})
    assert Path(str(records.database.path) + "-wal").stat().st_size > 0  # not yet checkpointed
    counts = snapshot.write_snapshot(records.database, tmp_path / "snap.hdesk")
    assert counts["department"] == 1
    conn = sqlite3.connect(tmp_path / "snap.hdesk")
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one self-contained file
        assert conn.execute("SELECT name FROM department").fetchall() == [("Legal",)]
    finally:
        conn.close()


def test_snapshot_from_a_read_only_open(demo_file: Path, tmp_path: Path) -> None:
    """A locked-out window, a local copy of a file on a stick and the daily backup read only."""
    before = demo_file.read_bytes()
    with Database(demo_file, readonly=True) as database:
        counts = snapshot.write_snapshot(database, tmp_path / "copy.hdesk")
        assert counts["partner"] > 0
        assert database.db.execute_sql("PRAGMA query_only").fetchone()[0] == 1
        with pytest.raises(StoreError):
            Records(database).create("department", {"name": "x"})
    assert demo_file.read_bytes() == before
