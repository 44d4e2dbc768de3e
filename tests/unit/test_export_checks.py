"""What leaves the office is sound: a damaged database is refused and nothing reaches the stick."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from hdesk.services.exchange import crypto, export
from hdesk.services.exchange.export import export_file
from hdesk.services.exchange.incoming import private_dir
from hdesk.services.records import Records
from hdesk.store.database import Database
from hdesk.store.errors import StoreError


def _office(path: Path) -> None:
    records = Records(Database(path, create=True))
    unicef = records.create("partner", {"name": "UNICEF", "kind": "un_agency"})
    records.create("partner", {"name": "WFP", "kind": "un_agency"})
    records.create("contact", {"name": "Amina", "partner": unicef})
    records.database.close()


def _break_index(path: Path) -> None:
    """An index whose entries no longer match its table: quick_check at open cannot see it."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("""UPDATE sqlite_master SET sql = 'CREATE INDEX "partner_deleted" ON "partner" ("name")'
                    WHERE name = 'partner_deleted'""")
    conn.commit()
    conn.close()


def _break_reference(path: Path) -> None:
    conn = sqlite3.connect(path)  # foreign keys are off on a bare connection
    conn.execute("UPDATE contact SET partner = 'no-such-partner'")
    conn.commit()
    conn.close()


@pytest.fixture
def private_dirs(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The private temp folders the export makes for its plaintext copy."""
    made: list[Path] = []

    def recording() -> Path:
        made.append(private_dir())
        return made[-1]

    monkeypatch.setattr(export, "private_dir", recording)
    return made


@pytest.mark.parametrize("damage", [_break_index, _break_reference])
@pytest.mark.parametrize("passphrase", [None, "long enough phrase"])
def test_a_damaged_database_is_not_exported_and_the_earlier_file_stays(
    tmp_path, private_dirs, damage, passphrase
) -> None:
    source = tmp_path / "office.hdesk"
    _office(source)
    stick = tmp_path / "stick"
    stick.mkdir()
    dest = stick / "for-hq.hdesk"
    with Database(source, readonly=True) as database:
        export_file(database, dest, passphrase=passphrase)
    earlier = dest.read_bytes()
    damage(source)
    # the file still passes the quick check at open
    with Database(source, readonly=True) as database, pytest.raises(StoreError) as caught:
        export_file(database, dest, passphrase=passphrase)
    assert caught.value.code == "damaged"
    assert "office.hdesk has a problem" in str(caught.value)
    assert dest.read_bytes() == earlier
    assert [p.name for p in stick.iterdir()] == ["for-hq.hdesk"]  # no half-written temporary file
    assert private_dirs and not any(folder.exists() for folder in private_dirs)  # no plaintext left


def test_an_encrypted_export_holds_the_checked_snapshot(tmp_path) -> None:
    source = tmp_path / "office.hdesk"
    _office(source)
    dest = tmp_path / "for-hq.hdesk"
    with Database(source, readonly=True) as database:
        found = export_file(database, dest, passphrase="long enough phrase")
    assert found["partner"] == 2
    assert crypto.is_encrypted(dest)
    plain = tmp_path / "back.hdesk"
    crypto.decrypt_file(dest, plain, "long enough phrase")
    conn = sqlite3.connect(plain)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert sorted(r[0] for r in conn.execute("SELECT name FROM partner")) == ["UNICEF", "WFP"]
        assert conn.execute("SELECT count(*) FROM meta WHERE key = 'home'").fetchone()[0] == 0
    finally:
        conn.close()


class _FailingCheck:
    """A background quick_check (large files, check_later) that has found damage."""

    def wait(self, timeout: float | None = None) -> list[str]:
        return ["Tree 5 page 9: btreeInitPage() returns error code 11"]

    def cancel(self) -> None:
        pass


def test_an_export_waits_for_the_open_check_of_a_large_file_and_refuses_on_damage(tmp_path, private_dirs) -> None:
    source = tmp_path / "office.hdesk"
    _office(source)
    stick = tmp_path / "stick"
    stick.mkdir()
    with Database(source, readonly=True) as database:
        database.pending_check = _FailingCheck()  # type: ignore[assignment]
        with pytest.raises(StoreError) as caught:
            export_file(database, stick / "for-hq.hdesk", passphrase="long enough phrase")
    assert caught.value.code == "damaged"
    assert "office.hdesk is damaged" in str(caught.value)
    assert list(stick.iterdir()) == []
    assert private_dirs and not any(folder.exists() for folder in private_dirs)


def test_a_really_damaged_large_file_leaves_nothing_on_the_stick(tmp_path, private_dirs, monkeypatch) -> None:
    from hdesk.store import database as database_module
    from tests.unit.test_reliability import corrupt

    monkeypatch.setattr(database_module, "CHECK_NOW_BYTES", 0)  # check in the background, as for 300 MB
    source = tmp_path / "office.hdesk"
    _office(source)
    corrupt(source, range(3, 6))
    stick = tmp_path / "stick"
    stick.mkdir()
    # refused at open, at the snapshot or after the check: never written
    with pytest.raises(StoreError) as caught, Database(source, readonly=True, check_later=True) as database:
        export_file(database, stick / "for-hq.hdesk")
    assert caught.value.code in {"damaged", "io"}
    assert list(stick.iterdir()) == []
