"""The mutation path keeps merge bookkeeping equal to the data, whatever the sequence of calls."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hdesk.core.merge import HybridClock
from hdesk.core.schema import ENTITIES, EXISTS
from hdesk.core.validation import ValidationError
from hdesk.services.queries import link_uuid
from hdesk.services.records import NotFound, Records, live_stamps
from hdesk.services.table_rows import row_from_stamps
from hdesk.store.database import Database


def check_invariant(database: Database) -> None:
    """Every entity row equals the winners of its live stamps; vectors cover every stamp."""
    m = database.m
    vectors: dict[str, dict[str, int]] = {}
    for row in m.record_vv.select().dicts():
        vectors.setdefault(row["uuid"], {})[row["site"]] = row["counter"]
    for rec in m.record.select().dicts():
        entity = ENTITIES[rec["entity"]]
        stamps = live_stamps(database, rec["uuid"])
        assert EXISTS in stamps, rec
        expected = row_from_stamps(entity, stamps)
        model = m.entity(entity.name)
        actual = model.select().where(model.uuid == rec["uuid"]).dicts().get()
        for key, value in expected.items():
            assert actual[key] == value, (entity.name, key, actual[key], value)
        for values in stamps.values():
            for stamp in values:
                assert vectors[rec["uuid"]][stamp.site] >= stamp.counter
    for name in ENTITIES:
        model = m.entity(name)
        ids = {r["uuid"] for r in model.select(model.uuid).dicts()}
        known = {r["uuid"] for r in m.record.select(m.record.uuid).where(m.record.entity == name).dicts()}
        assert ids == known, name


operations = st.lists(
    st.tuples(
        st.sampled_from(["create", "update", "delete", "restore", "undo", "link"]),
        st.integers(0, 50),
        st.text(alphabet="abcÄöşñЖж <&>\n", max_size=12),
        st.integers(-2, 8),
    ),
    max_size=40,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=operations)
def test_bookkeeping_matches_data_after_random_service_calls(tmp_path_factory, ops):
    path: Path = tmp_path_factory.mktemp("bk") / "office.hdesk"
    with Database(path, create=True) as database:
        records = Records(database, clock=HybridClock(wall=lambda: 1_700_000_000_000))
        plan = records.create("plan", {"year": 2024, "title": "Plan"})
        made: list[tuple[str, str]] = [("plan", plan)]
        undo: list[Any] = []
        for op, pick, text, number in ops:
            try:
                if op == "create":
                    if pick % 3 == 0:
                        made.append(("department", records.create("department", {"name": text or "D"})))
                    elif pick % 3 == 1:
                        made.append(("partner", records.create("partner", {"name": text or "P", "influence": number})))
                    else:
                        uuid = records.create("objective", {"plan": plan, "title": text or "O", "progress": number})
                        made.append(("objective", uuid))
                elif op == "link":
                    objs = [u for e, u in made if e == "objective"]
                    depts = [u for e, u in made if e == "department"]
                    if objs and depts:
                        o, d = objs[pick % len(objs)], depts[number % len(depts)]
                        records.create("objective_department", {"objective": o, "department": d}, uuid=link_uuid(o, d))
                elif made:
                    entity, uuid = made[pick % len(made)]
                    if op == "update":
                        field = {"plan": "title", "department": "head", "partner": "interest", "objective": "code"}
                        value: Any = number if field[entity] == "interest" else text
                        undo.append(records.update(entity, uuid, {field[entity]: value}))
                    elif op == "delete":
                        undo.append(records.delete(entity, uuid))
                    elif op == "restore":
                        records.restore(entity, uuid)
                    elif op == "undo" and undo:
                        records.revert(undo.pop())
            except (ValidationError, NotFound, ValueError):
                pass
        check_invariant(database)
        assert database.integrity_check() == []


def test_delete_cascades_to_children_and_clears_references(demo_records):
    records = demo_records
    partner = next(p for p in records.list("partner") if p["name"].startswith("ICRC"))
    campaign_before = [c for c in records.list("campaign") if partner["uuid"] in c["partners"]]
    assert campaign_before
    changes = records.delete("partner", partner["uuid"])
    assert not records.list("contact", partner=partner["uuid"])
    assert not records.list("interaction", partner=partner["uuid"])
    assert not records.list("agreement", partner=partner["uuid"])
    assert all(partner["uuid"] not in c["partners"] for c in records.list("campaign"))
    records.revert(changes)
    assert records.list("contact", partner=partner["uuid"])
    assert records.list("agreement", partner=partner["uuid"])
    assert [c["uuid"] for c in records.list("campaign") if partner["uuid"] in c["partners"]] == [
        c["uuid"] for c in campaign_before
    ]
    check_invariant(records.database)


def test_every_change_has_a_history_line(records):
    uuid = records.create("department", {"name": "Health"})
    records.update("department", uuid, {"name": "Health and Care"})
    history = records.database.m.history
    lines = [(h.field, h.old, h.new) for h in history.select().where(history.uuid == uuid).order_by(history.id)]
    assert ("name", None, '"Health"') in lines
    assert ("name", '"Health"', '"Health and Care"') in lines


def test_update_that_changes_nothing_writes_nothing(records):
    uuid = records.create("department", {"name": "Health"})
    counter = records.database.meta("counter")
    assert records.update("department", uuid, {"name": "Health"}).changes == []
    assert records.database.meta("counter") == str(int(counter or 0) + 1)  # a transaction, but no stamp
    assert len(live_stamps(records.database, uuid)["name"]) == 1


def test_reference_to_missing_record_is_refused(records):
    with pytest.raises(ValidationError) as exc:
        records.create("contact", {"partner": "12345678-1234-1234-1234-123456789abc", "name": "N"})
    assert exc.value.errors[0].code == "missing_parent"
    assert records.list("contact") == []


def test_transaction_is_all_or_nothing(records):
    with pytest.raises(ValidationError), records.transaction():
        records.create("department", {"name": "Kept?"})
        records.create("department", {"name": ""})
    assert records.list("department") == []


def test_clock_is_monotonic_even_when_the_wall_clock_goes_back(db):
    times = iter([5_000, 4_000, 3_000])
    records = Records(db, clock=HybridClock(wall=lambda: next(times)))
    a = records.create("department", {"name": "A"})
    b = records.create("department", {"name": "B"})
    c = records.create("department", {"name": "C"})
    hlcs = [live_stamps(db, u)["name"][0].hlc for u in (a, b, c)]
    assert hlcs == sorted(hlcs) and len(set(hlcs)) == 3


def test_range_rule_applies_to_edits_of_one_end(records):
    uuid = records.create("campaign", {"title": "C", "start": "2024-05-01", "end": "2024-06-01"})
    with pytest.raises(ValidationError):
        records.update("campaign", uuid, {"end": "2024-04-01"})
    assert records.get("campaign", uuid)["end"] == "2024-06-01"
    assert dt.date.fromisoformat(records.get("campaign", uuid)["start"]).month == 5


def test_undo_of_a_create_with_required_fields_tombstones_and_redo_restores(records):
    from hdesk.services.records import Change, ChangeSet

    uuid = records.create("partner", {"name": "UNHCR", "kind": "un_agency"})
    history = records.database.m.history
    made = ChangeSet(
        [
            Change(h.entity, h.uuid, h.field, None, True if h.field == "_exists" else h.new)
            for h in history.select().where(history.uuid == uuid)
        ]
    )
    records.revert(made)
    assert not records.exists("partner", uuid)
    records.reapply(made)
    assert records.get("partner", uuid)["kind"] == "un_agency"
    check_invariant(records.database)
