"""The SQL pre-filter of the merge (diff.py) lists every record that differs, and the merge through
it ends exactly where the record-by-record comparison ends."""

from __future__ import annotations

import random
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from hdesk.services.exchange import merge as merge_module
from hdesk.services.exchange.diff import differing
from hdesk.services.exchange.export import export_file
from hdesk.services.exchange.incoming import ImportRefused
from hdesk.services.exchange.merge import import_file
from hdesk.services.records import Records
from hdesk.store.database import Database

TABLES = ("record", "field_value", "record_vv", "partner", "contact")


def _state(database: Database) -> dict[str, Any]:
    conn = database.db.connection()
    out: dict[str, Any] = {t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in TABLES}
    out["history"] = sorted(
        conn.execute("SELECT uuid, entity, field, old, new, site, hlc, source FROM history").fetchall(), key=repr
    )
    return out


def _offices(tmp_path: Path, seed: int) -> tuple[Path, Path, list[str]]:
    """A head office and a branch that started from the same 40 partners, then edited apart."""
    rnd = random.Random(seed)
    head = Records(Database(tmp_path / "head.hdesk", create=True))
    uuids = [head.create("partner", {"name": f"P{i}", "influence": 1 + i % 5}) for i in range(40)]
    head.create("contact", {"partner": uuids[0], "name": "Aylar"})
    start = tmp_path / "start.hdesk"
    export_file(head.database, start)
    branch = Records(Database(tmp_path / "branch.hdesk", create=True))
    import_file(branch, start, backup_dir=tmp_path / "b")
    for office, tag in ((head, "h"), (branch, "b")):
        for uuid in rnd.sample(uuids, 8):
            if office.get("partner", uuid)["deleted"]:
                continue
            choice = rnd.random()
            if choice < 0.15:
                office.delete("partner", uuid)
            elif choice < 0.6:
                office.update("partner", uuid, {"name": f"{tag}-{rnd.randint(0, 9)}"})
            else:
                office.update("partner", uuid, {"influence": rnd.randint(1, 5), "notes": tag})
        office.create("partner", {"name": f"new at {tag}"})
    export_file(branch.database, tmp_path / "branch-out.hdesk")
    head.database.close()
    branch.database.close()
    return tmp_path / "head.hdesk", tmp_path / "branch-out.hdesk", uuids


@pytest.mark.parametrize("seed", range(6))
def test_the_merge_through_the_sql_filter_equals_the_record_by_record_merge(
    tmp_path: Path, seed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    head, carried, _ = _offices(tmp_path, seed)
    slow = tmp_path / "head-slow.hdesk"
    shutil.copy(head, slow)
    with Database(head) as database:
        fast_summary = import_file(Records(database), carried, backup_dir=tmp_path / "b1")
        fast = _state(database)
    monkeypatch.setattr(merge_module, "differing", lambda _source, _local: None)
    with Database(slow) as database:
        slow_summary = import_file(Records(database), carried, backup_dir=tmp_path / "b2")
        slow_state = _state(database)
    assert fast_summary.as_dict() == slow_summary.as_dict()
    assert fast_summary.totals["updated"] > 0
    assert fast == slow_state


def test_the_filter_lists_new_edited_here_edited_there_and_deleted_records(tmp_path: Path) -> None:
    head = Records(Database(tmp_path / "head.hdesk", create=True))
    same, there, here, gone, vv_only = (head.create("partner", {"name": f"P{i}"}) for i in range(5))
    export_file(head.database, tmp_path / "start.hdesk")
    branch = Records(Database(tmp_path / "branch.hdesk", create=True))
    import_file(branch, tmp_path / "start.hdesk", backup_dir=tmp_path / "b")
    branch.update("partner", there, {"name": "edited there"})
    branch.delete("partner", gone)
    new = branch.create("partner", {"name": "new there"})
    head.update("partner", here, {"name": "edited here"})
    export_file(branch.database, tmp_path / "out.hdesk")
    # a version entry only (no stamp changed): the vectors differ
    conn = sqlite3.connect(tmp_path / "out.hdesk")
    conn.execute("UPDATE record_vv SET counter = counter + 1 WHERE uuid = ?", (vv_only,))
    conn.commit()
    conn.close()
    found = differing(tmp_path / "out.hdesk", head.database.path)
    assert found == {there, here, gone, new, vv_only}
    assert same not in found
    head.database.close()
    branch.database.close()


def test_a_record_of_another_kind_here_is_listed_and_refused(tmp_path: Path) -> None:
    head = Records(Database(tmp_path / "head.hdesk", create=True))
    uuid = head.create("partner", {"name": "P"})
    out = tmp_path / "out.hdesk"
    export_file(head.database, out)
    conn = sqlite3.connect(out)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("UPDATE record SET entity = 'department' WHERE uuid = ?", (uuid,))
    conn.commit()
    conn.close()
    with pytest.raises(ImportRefused) as info:
        import_file(head, out, backup_dir=tmp_path / "b")
    assert "is a partner here" in str(info.value)
    head.database.close()


@pytest.mark.parametrize(
    ("sql", "expected"),
    [
        ("UPDATE field_value SET site = 'not-a-site' WHERE field = 'name'", "malformed version stamp"),
        ("UPDATE field_value SET counter = -1 WHERE field = 'name'", "malformed version stamp"),
        ("UPDATE field_value SET value = x'33' WHERE field = 'influence'", "malformed version stamp"),
        ("UPDATE field_value SET counter = counter + 50 WHERE field = 'name'", "newer than its version"),
        (
            "INSERT INTO field_value SELECT '00000000-0000-4000-8000-000000000000', field, site, counter, hlc,"
            " value FROM field_value LIMIT 1",
            "a value of an unknown record",
        ),
    ],
)
def test_a_malformed_stamp_refuses_the_import_and_leaves_the_file_alone(tmp_path: Path, sql: str, expected: str):
    head = Records(Database(tmp_path / "head.hdesk", create=True))
    head.create("partner", {"name": "P", "influence": 2})
    out = tmp_path / "out.hdesk"
    export_file(head.database, out)
    conn = sqlite3.connect(out)
    conn.execute(sql)
    conn.commit()
    conn.close()
    before = head.database.path.read_bytes()
    with pytest.raises(ImportRefused) as info:
        import_file(head, out, backup_dir=tmp_path / "b")
    assert any(expected in p for p in info.value.problems), info.value.problems
    assert head.database.path.read_bytes() == before
    head.database.close()


def test_a_file_with_a_broken_reference_is_refused_as_damaged(tmp_path: Path) -> None:
    """The integrity and foreign-key check runs beside the read; its verdict still refuses the file."""
    there = Records(Database(tmp_path / "there.hdesk", create=True))
    there.create("partner", {"name": "P"})
    out = tmp_path / "out.hdesk"
    export_file(there.database, out)
    there.database.close()
    conn = sqlite3.connect(out)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute(
        "INSERT INTO contact (uuid, deleted, partner, name) VALUES"
        " ('00000000-0000-4000-8000-00000000000c', 0, '00000000-0000-4000-8000-0000000000ff', 'X')"
    )
    conn.commit()
    conn.close()
    here = Records(Database(tmp_path / "here.hdesk", create=True))
    with pytest.raises(ImportRefused) as info:
        import_file(here, out, backup_dir=tmp_path / "b")
    assert info.value.code == "damaged"
    assert here.list("partner") == []
    here.database.close()


def test_the_filter_works_for_a_local_file_whose_path_holds_hash_question_mark_percent(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    there = Records(Database(tmp_path / "there.hdesk", create=True))
    there.create("partner", {"name": "P"})
    export_file(there.database, tmp_path / "x.hdesk")
    there.database.close()
    folder = tmp_path / "a#b?c%20d"
    folder.mkdir()
    seen: list[set[str] | None] = []

    def recording(source: Path, local: Path) -> set[str] | None:
        seen.append(differing(source, local))
        return seen[-1]

    monkeypatch.setattr(merge_module, "differing", recording)
    with Database(folder / "here 100%.hdesk", create=True) as database:
        summary = import_file(Records(database), tmp_path / "x.hdesk", backup_dir=tmp_path / "b")
    assert summary.totals["created"] == 1
    assert seen and seen[0] is not None and len(seen[0]) == 1  # attached, not the fallback
