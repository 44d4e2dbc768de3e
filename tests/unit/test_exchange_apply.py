"""Applying a merge writes only what changes, and only onto the file it was planned on."""

from __future__ import annotations

from pathlib import Path

import pytest

from hdesk.services.exchange.apply import apply_plan
from hdesk.services.exchange.export import export_file
from hdesk.services.exchange.incoming import ImportRefused, opened
from hdesk.services.exchange.merge import plan_merge
from hdesk.services.records import Records
from hdesk.store.database import Database


@pytest.fixture
def pair(tmp_path: Path):
    there = Records(Database(tmp_path / "there.hdesk", create=True))
    first = there.create("partner", {"name": "UNICEF", "influence": 2})
    there.create("partner", {"name": "WFP"})
    export_file(there.database, tmp_path / "start.hdesk")
    here = Records(Database(tmp_path / "here.hdesk", create=True))
    with opened(tmp_path / "start.hdesk") as incoming:
        apply_plan(here, plan_merge(here.database, incoming))
    there.update("partner", first, {"name": "UNICEF Iran"})
    export_file(there.database, tmp_path / "x.hdesk")
    yield here, first, tmp_path / "x.hdesk"
    here.database.close()
    there.database.close()


def test_only_the_changed_value_is_rewritten(pair) -> None:
    here, first, carried = pair
    conn = here.database.db.connection()
    query = "SELECT field, rowid FROM field_value WHERE uuid = ?"
    before = dict(conn.execute(query, (first,)).fetchall())
    with opened(carried) as incoming:
        apply_plan(here, plan_merge(here.database, incoming))
    after = dict(conn.execute(query, (first,)).fetchall())
    assert here.get("partner", first)["name"] == "UNICEF Iran"
    assert before.keys() == after.keys()
    moved = {k for k in before if before[k] != after[k]}
    assert moved == {"name", "_exists"}  # an edit re-asserts existence; the other values stay where they are


def test_a_file_written_between_planning_and_applying_refuses_the_import(pair, tmp_path: Path) -> None:
    here, first, carried = pair
    with opened(carried) as incoming:
        plan = plan_merge(here.database, incoming)
    with Database(here.database.path, lock=False) as other:  # e.g. an edit in the main window meanwhile
        Records(other).update("partner", first, {"influence": 4})
    with pytest.raises(ImportRefused) as info:
        apply_plan(here, plan)
    assert info.value.code == "changed"
    assert here.get("partner", first)["name"] == "UNICEF"
    assert here.get("partner", first)["influence"] == 4


def test_a_write_through_the_same_connection_also_refuses_it(pair) -> None:
    here, first, carried = pair
    with opened(carried) as incoming:
        plan = plan_merge(here.database, incoming)
    here.update("partner", first, {"influence": 5})
    with pytest.raises(ImportRefused):
        apply_plan(here, plan)
    assert here.get("partner", first)["name"] == "UNICEF"


@pytest.mark.parametrize("passphrase", [None, "correct horse battery"])
def test_the_import_log_names_the_file_received_by_its_hash(tmp_path: Path, passphrase: str | None) -> None:
    import hashlib

    from hdesk.services.exchange.merge import import_file

    there = Records(Database(tmp_path / "there.hdesk", create=True))
    there.create("partner", {"name": "UNICEF"})
    carried = tmp_path / "x.hdx"
    export_file(there.database, carried, passphrase=passphrase)
    there.database.close()
    here = Records(Database(tmp_path / "here.hdesk", create=True))
    import_file(here, carried, passphrase=passphrase, backup_dir=tmp_path / "b")
    logged = here.database.db.connection().execute("SELECT file_sha256 FROM import_log").fetchall()
    assert logged == [(hashlib.sha256(carried.read_bytes()).hexdigest(),)]
    here.database.close()
