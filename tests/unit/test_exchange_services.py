"""Import, conflicts and history as an office sees them, through the real file path."""

from __future__ import annotations

import hashlib
import sqlite3
import uuid as uuidlib
from pathlib import Path

import peewee as pw
import pytest

from hdesk.core.schema import EXISTS
from hdesk.services.exchange.conflicts import conflicting_fields, list_conflicts, resolve
from hdesk.services.exchange.export import export_file
from hdesk.services.exchange.history import history
from hdesk.services.exchange.incoming import ImportRefused
from hdesk.services.exchange.merge import import_file
from hdesk.services.queries import set_office
from hdesk.services.records import Records, live_stamps
from hdesk.store import migrations
from hdesk.store.database import Database


def _office(path: Path, society: str, name: str) -> Records:
    records = Records(Database(path, create=True))
    set_office(records, society=society, office_name=name)
    return records


def _carry(src: Records, dst: Records, tmp: Path) -> dict[str, dict[str, int]]:
    out = tmp / f"carry-{uuidlib.uuid4().hex[:6]}.hdesk"
    export_file(src.database, out)
    return import_file(dst, out, backup_dir=tmp / "backups").as_dict()


def _hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def two(tmp_path: Path):
    head = _office(tmp_path / "head.hdesk", "Red Crescent", "Head office")
    branch = _office(tmp_path / "branch.hdesk", "Red Crescent", "Mary branch")
    yield head, branch
    head.database.close()
    branch.database.close()


def test_concurrent_edits_show_a_conflict_with_offices_and_resolving_travels(two, tmp_path: Path) -> None:
    head, branch = two
    uuid = head.create("partner", {"name": "Ministry", "stance": "neutral"})
    _carry(head, branch, tmp_path)
    head.update("partner", uuid, {"stance": "supportive"})
    branch.update("partner", uuid, {"stance": "opposed", "country": "TM"})
    summary = _carry(branch, head, tmp_path)
    assert summary["partner"] == {"created": 0, "updated": 1, "deleted": 0, "conflicts": 1}
    conflicts = list_conflicts(head)
    assert [(c.entity, c.uuid, c.field, c.label) for c in conflicts] == [("partner", uuid, "stance", "Ministry")]
    values = {v.value: v for v in conflicts[0].values}
    assert set(values) == {"supportive", "opposed"}
    assert values["opposed"].office == "Red Crescent / Mary branch" and not values["opposed"].here
    assert values["supportive"].office == "Red Crescent / Head office" and values["supportive"].here
    assert sum(v.shown for v in conflicts[0].values) == 1
    shown = head.get("partner", uuid)["stance"]
    resolve(head, "partner", uuid, "stance", shown)  # choosing the shown value still settles it
    assert list_conflicts(head) == []
    assert head.get("partner", uuid)["country"] == "TM"
    _carry(head, branch, tmp_path)
    assert list_conflicts(branch) == []
    assert branch.get("partner", uuid)["stance"] == shown
    lines = history(head, uuid)
    assert any(line.source == "conflict" and line.field == "stance" for line in lines)
    merged = [line for line in lines if line.source == "merge" and line.field == "country"]
    assert merged and merged[0].new == "TM" and merged[0].office == "Red Crescent / Mary branch"


def test_update_force_writes_an_equal_value_and_collapses_live_values(two, tmp_path: Path) -> None:
    head, branch = two
    uuid = head.create("partner", {"name": "Ministry"})
    _carry(head, branch, tmp_path)
    head.update("partner", uuid, {"name": "A"})
    branch.update("partner", uuid, {"name": "B"})
    _carry(branch, head, tmp_path)
    assert len(live_stamps(head.database, uuid)["name"]) == 2
    current = head.get("partner", uuid)["name"]
    assert head.update("partner", uuid, {"name": current}).changes == []
    assert len(live_stamps(head.database, uuid)["name"]) == 2  # without force nothing is written
    head.update("partner", uuid, {"name": current}, force=True)
    assert len(live_stamps(head.database, uuid)["name"]) == 1


def test_delete_versus_edit_is_a_conflict_and_choosing_delete_travels(two, tmp_path: Path) -> None:
    head, branch = two
    uuid = head.create("partner", {"name": "Ministry"})
    _carry(head, branch, tmp_path)
    head.delete("partner", uuid)
    branch.update("partner", uuid, {"notes": "met"})
    assert _carry(branch, head, tmp_path)["partner"]["conflicts"] == 1
    assert head.exists("partner", uuid)
    (conflict,) = list_conflicts(head)
    assert conflict.field == EXISTS and {v.value for v in conflict.values} == {True, False}
    scanned = conflicting_fields(head.database.path)  # what a scan on another thread finds
    assert list_conflicts(head, scanned) == [conflict]
    resolve(head, "partner", uuid, EXISTS, False)
    assert list_conflicts(head, scanned) == []  # settled after the scan: not listed
    assert not head.exists("partner", uuid)
    assert _carry(head, branch, tmp_path)["partner"]["deleted"] == 1
    assert not branch.exists("partner", uuid)


def test_a_record_of_another_kind_with_the_same_uuid_refuses_the_import(two, tmp_path: Path) -> None:
    head, branch = two
    shared = str(uuidlib.uuid4())
    head.create("partner", {"name": "Ministry"}, uuid=shared)
    branch.create("department", {"name": "Health"}, uuid=shared)
    out = tmp_path / "x.hdesk"
    export_file(branch.database, out)
    head.database.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    before = _hash(head.database.path)
    with pytest.raises(ImportRefused, match="is a partner here"):
        import_file(head, out, backup_dir=tmp_path / "b")
    assert _hash(head.database.path) == before


def test_an_invalid_value_refuses_everything_with_a_list(two, tmp_path: Path) -> None:
    head, branch = two
    for i in range(3):
        branch.create("partner", {"name": f"P{i}", "influence": 2})
    out = tmp_path / "x.hdesk"
    export_file(branch.database, out)
    conn = sqlite3.connect(out)
    conn.execute("UPDATE field_value SET value = '9' WHERE field = 'influence'")
    conn.commit()
    conn.close()
    with pytest.raises(ImportRefused) as info:
        import_file(head, out, backup_dir=tmp_path / "b")
    assert len(info.value.problems) == 3
    assert all("influence must be at most 5" in p for p in info.value.problems)
    assert head.list("partner") == []


def test_an_older_schema_file_is_migrated_privately_then_merged(tmp_path: Path, two) -> None:
    head, _branch = two
    old = tmp_path / "v1.hdesk"
    db = pw.SqliteDatabase(str(old))
    migrations.create_version(db, 1)
    site, uuid = str(uuidlib.uuid4()), str(uuidlib.uuid4())
    db.execute_sql("INSERT INTO meta (key, value) VALUES ('site_id', ?)", (site,))
    db.execute_sql("INSERT INTO record (uuid, entity) VALUES (?, 'partner')", (uuid,))
    db.execute_sql(
        "INSERT INTO partner (uuid, deleted, name, kind, concerns) VALUES (?, 0, 'Old friend', 'ngo', '[]')", (uuid,)
    )
    for fname, value in (("_exists", "true"), ("name", '"Old friend"'), ("kind", '"ngo"')):
        db.execute_sql(
            "INSERT INTO field_value (uuid, field, site, counter, hlc, value) VALUES (?, ?, ?, 1, 5, ?)",
            (uuid, fname, site, value),
        )
    db.execute_sql("INSERT INTO record_vv (uuid, site, counter) VALUES (?, ?, 1)", (uuid, site))
    db.close()
    before = _hash(old)
    summary = import_file(head, old, backup_dir=tmp_path / "b")
    assert summary.as_dict()["partner"]["created"] == 1
    assert head.get("partner", uuid)["name"] == "Old friend"
    assert _hash(old) == before  # the file from the stick is never written


def test_dry_run_reports_without_writing(two, tmp_path: Path) -> None:
    head, branch = two
    branch.create("partner", {"name": "New"})
    out = tmp_path / "x.hdesk"
    export_file(branch.database, out)
    summary = import_file(head, out, dry_run=True)
    assert summary.dry_run and summary.as_dict()["partner"]["created"] == 1
    assert head.list("partner") == [] and not list(head.database.m.import_log.select())
