"""The merge's fast paths (skip exact local records, skip re-validating local stamps) stay exact."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from hdesk.services.exchange.export import export_file
from hdesk.services.exchange.incoming import ImportRefused
from hdesk.services.exchange.merge import import_file
from hdesk.services.records import Records
from hdesk.store.database import Database


def _tamper(path: Path, sql: str) -> None:
    conn = sqlite3.connect(path)
    conn.execute(sql)
    conn.commit()
    conn.close()


@pytest.fixture
def office(tmp_path: Path):
    records = Records(Database(tmp_path / "office.hdesk", create=True))
    for i in range(3):
        records.create("partner", {"name": f"P{i}", "influence": 2})
    yield records
    records.database.close()


def test_a_changed_value_of_a_record_known_here_is_still_validated(office, tmp_path: Path) -> None:
    out = tmp_path / "x.hdesk"
    export_file(office.database, out)
    _tamper(out, "UPDATE field_value SET value = '9' WHERE field = 'influence'")
    before = hashlib.sha256(office.database.path.read_bytes()).hexdigest()
    with pytest.raises(ImportRefused) as info:
        import_file(office, out, backup_dir=tmp_path / "b")
    assert len(info.value.problems) == 3
    assert all("influence must be at most 5" in p for p in info.value.problems)
    assert hashlib.sha256(office.database.path.read_bytes()).hexdigest() == before
    assert {p["influence"] for p in office.list("partner")} == {2}


def test_a_stamp_newer_than_its_version_is_refused_before_merging(office, tmp_path: Path) -> None:
    out = tmp_path / "x.hdesk"
    export_file(office.database, out)
    _tamper(out, "UPDATE field_value SET counter = counter + 100 WHERE field = 'name'")
    with pytest.raises(ImportRefused) as info:
        import_file(office, out, backup_dir=tmp_path / "b")
    assert any("newer than its version" in p for p in info.value.problems)


def test_reimporting_the_own_export_changes_nothing(office, tmp_path: Path) -> None:
    out = tmp_path / "x.hdesk"
    export_file(office.database, out)
    summary = import_file(office, out, backup_dir=tmp_path / "b")
    assert summary.totals == {"created": 0, "updated": 0, "deleted": 0, "conflicts": 0}
    assert sorted(p["name"] for p in office.list("partner")) == ["P0", "P1", "P2"]
