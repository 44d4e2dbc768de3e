"""The Database object: identity, pragmas, migrations, refusal of files it must not touch."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import struct
from pathlib import Path

import peewee as pw
import pytest

from hdesk.services.records import Records
from hdesk.store import migrations
from hdesk.store.backup import list_backups
from hdesk.store.database import Database
from hdesk.store.errors import StoreError
from hdesk.store.fingerprint import differences, matches_version
from hdesk.store.header import APPLICATION_ID, SCHEMA_VERSION


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_file_carries_application_id_and_schema_version(tmp_path):
    path = tmp_path / "new.hdesk"
    Database(path, create=True).close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()


def pragmas(database: Database) -> dict[str, object]:
    names = ("journal_mode", "synchronous", "foreign_keys", "trusted_schema", "busy_timeout")
    return {n: database.db.execute_sql(f"PRAGMA {n}").fetchone()[0] for n in names}


EXPECTED = {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1, "trusted_schema": 0, "busy_timeout": 5000}


def test_pragmas_hold_after_reconnect(db):
    assert pragmas(db) == EXPECTED
    db.db.close()
    db.db.connect()
    assert pragmas(db) == EXPECTED


def test_pragmas_hold_on_another_thread(db):
    import threading

    seen: dict[str, object] = {}
    thread = threading.Thread(target=lambda: seen.update(pragmas(db)))
    thread.start()
    thread.join()
    assert seen == EXPECTED


def test_missing_file_is_refused_not_created(tmp_path):
    path = tmp_path / "absent.hdesk"
    with pytest.raises(StoreError) as exc:
        Database(path)
    assert exc.value.code == "missing" and not path.exists()


@pytest.mark.parametrize(
    ("content", "code"),
    [(b"", "not_hdesk"), (b"\x00" * 4096, "not_sqlite"), (bytes(range(256)) * 40, "not_sqlite")],
)
def test_junk_files_are_refused_and_left_alone(tmp_path, content, code):
    path = tmp_path / "junk.hdesk"
    path.write_bytes(content)
    with pytest.raises(StoreError) as exc:
        Database(path)
    assert exc.value.code == code
    assert path.read_bytes() == content


def test_foreign_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(StoreError) as exc:
        Database(path)
    assert exc.value.code == "not_hdesk"
    assert digest(path) == before


def test_file_from_newer_hdesk_is_refused_unchanged(db, tmp_path):
    path = db.path
    db.db.execute_sql(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    before = digest(path)
    with pytest.raises(StoreError) as exc:
        Database(path, backup_dir=tmp_path / "b")
    assert exc.value.code == "newer"
    assert "update hdesk" in str(exc.value)
    assert digest(path) == before


def make_v1(path: Path) -> None:
    db = pw.SqliteDatabase(str(path))
    migrations.create_version(db, 1)
    db.execute_sql(
        "INSERT INTO plan (uuid, deleted, year, title, status) VALUES ('11111111-1111-1111-1111-111111111111', 0, 2023,"
        " 'Plan 2023', 'approved')"
    )
    db.execute_sql(
        "INSERT INTO objective (uuid, deleted, plan, title, principles) VALUES"
        " ('22222222-2222-2222-2222-222222222222', 0, '11111111-1111-1111-1111-111111111111', 'Old objective', '[]')"
    )
    db.execute_sql("INSERT INTO meta (key, value) VALUES ('site_id', 'old-site'), ('counter', '5'), ('hlc', '0')")
    db.close()


def test_v1_file_is_backed_up_then_migrated_forward(tmp_path):
    path = tmp_path / "old.hdesk"
    make_v1(path)
    backups = tmp_path / "backups"
    with Database(path, backup_dir=backups) as database:
        assert database.migrated_from == 1
        assert database.user_version() == SCHEMA_VERSION
        assert matches_version(database.db.connection(), SCHEMA_VERSION), differences(
            database.db.connection(), SCHEMA_VERSION
        )
        records = Records(database)
        assert records.get("objective", "22222222-2222-2222-2222-222222222222")["title"] == "Old objective"
        assert records.get("objective", "22222222-2222-2222-2222-222222222222")["origin"] is None
        assert records.list("agreement") == []
    saved = list_backups(backups, path)
    assert len(saved) == 1 and saved[0].reason == "migration-from-v1"
    conn = sqlite3.connect(saved[0].path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.close()


def test_v1_file_opened_read_only_is_not_migrated(tmp_path):
    path = tmp_path / "old.hdesk"
    make_v1(path)
    before = digest(path)
    with pytest.raises(StoreError) as exc:
        Database(path, readonly=True)
    assert exc.value.code == "readonly"
    assert digest(path) == before


def test_fresh_schema_matches_its_own_fingerprint_and_v1_differs(db):
    conn = db.db.connection()
    assert matches_version(conn, SCHEMA_VERSION)
    assert not matches_version(conn, 1)
    assert "unexpected table agreement" in differences(conn, 1)


def test_extra_trigger_is_a_schema_difference(db):
    db.db.execute_sql("CREATE TRIGGER evil AFTER INSERT ON partner BEGIN DELETE FROM plan; END")
    assert differences(db.db.connection(), SCHEMA_VERSION) == ["unexpected trigger evil"]


def test_damaged_file_is_refused(tmp_path, demo_file):
    data = bytearray(demo_file.read_bytes())
    page = struct.unpack(">H", data[16:18])[0]
    for offset in range(page * 2, min(len(data), page * 6)):
        data[offset] = 0xA5
    demo_file.write_bytes(bytes(data))
    with pytest.raises(StoreError) as exc:
        Database(demo_file)
    assert exc.value.code in ("damaged", "not_hdesk")


def test_copied_file_gets_a_new_site_id(tmp_path, demo_file):
    with Database(demo_file) as database:
        original = database.site_id
    copy = tmp_path / "copy.hdesk"
    shutil.copyfile(demo_file, copy)
    with Database(copy) as database:
        assert database.site_id != original
        assert database.meta("counter") == "0"
    with Database(demo_file) as database:
        assert database.site_id == original


def test_read_only_database_refuses_writes(demo_file):
    with Database(demo_file, readonly=True) as database:
        with pytest.raises(StoreError) as exc:
            Records(database).create("department", {"name": "New"})
        assert exc.value.code == "readonly"
