"""The annual rollover: what moves, what stays, baselines, origins, refusals."""

from __future__ import annotations

from pathlib import Path

import pytest

from hdesk.services import queries
from hdesk.services.records import Records
from hdesk.services.rollover import RolloverError, new_title, preview_rollover, rollover


def objectives_of(records: Records, year: int) -> list[dict]:
    plan = queries.plan_for_year(records, year)
    assert plan is not None
    return queries.objectives(records, plan["uuid"])


def test_preview_writes_nothing(demo_records: Records) -> None:
    before = demo_records.database.meta("counter")
    preview = preview_rollover(demo_records, 2024)
    assert preview.to_year == 2025
    assert [o["code"] for o in preview.stays] == ["2.3"]
    assert len(preview.moves) == 12
    assert queries.plan_for_year(demo_records, 2025) is None
    assert demo_records.database.meta("counter") == before


def test_rollover_moves_unfinished_and_leaves_finished(demo_records: Records, tmp_path: Path) -> None:
    old = {o["uuid"]: o for o in objectives_of(demo_records, 2024)}
    result = rollover(demo_records, 2024, backup_dir=tmp_path / "b")
    plan = queries.plan_for_year(demo_records, 2025)
    assert plan is not None and plan["status"] == "draft"
    assert plan["title"] == "Annual plan on humanitarian diplomacy 2025"
    assert plan["introduction"] == result.source["introduction"] and plan["policy"] == result.source["policy"]
    new = objectives_of(demo_records, 2025)
    assert {o["code"] for o in new} == {o["code"] for o in old.values() if o["status"] not in ("done", "cancelled")}
    for obj in new:
        origin = old[obj["origin"]]
        assert obj["code"] == origin["code"] and obj["title"] == origin["title"]
        expected = origin["progress"] if origin["progress"] is not None else origin["baseline"]
        assert obj["baseline"] == expected
        assert obj["progress"] is None
        assert obj["status"] == "planned"
        assert obj["lead_department"] == origin["lead_department"]
        assert obj["principles"] == origin["principles"]
        if origin["due"]:
            assert obj["due"] == f"{int(origin['due'][:4]) + 1}{origin['due'][4:]}"
    # the old plan is untouched
    assert {o["uuid"]: o for o in objectives_of(demo_records, 2024)} == old
    assert result.backup is not None and result.backup.is_file()


def test_baseline_is_last_progress(records: Records, tmp_path: Path) -> None:
    plan = records.create("plan", {"year": 2030, "title": "Plan"})
    records.create(
        "objective",
        {"plan": plan, "title": "Train", "status": "in_progress", "baseline": 10, "target": 100, "progress": 64},
    )
    records.create("objective", {"plan": plan, "title": "Quiet", "baseline": 5, "target": 9})
    records.create("objective", {"plan": plan, "title": "Gone", "status": "cancelled"})
    rollover(records, 2030, backup_dir=tmp_path)
    new = {o["title"]: o for o in objectives_of(records, 2031)}
    assert set(new) == {"Train", "Quiet"}
    assert (new["Train"]["baseline"], new["Train"]["target"], new["Train"]["progress"]) == (64, 100, None)
    assert new["Quiet"]["baseline"] == 5
    assert queries.plan_for_year(records, 2031)["title"] == "Plan 2031"  # type: ignore[index]


def test_points_of_contact_are_copied_with_link_uuids(demo_records: Records, tmp_path: Path) -> None:
    old_plan = queries.plan_for_year(demo_records, 2024)
    assert old_plan is not None
    old_roles = queries.roles(demo_records, old_plan["uuid"])
    rollover(demo_records, 2024, backup_dir=tmp_path)
    new_plan = queries.plan_for_year(demo_records, 2025)
    assert new_plan is not None
    new_objs = {o["uuid"]: o for o in queries.objectives(demo_records, new_plan["uuid"])}
    for link in queries.links(demo_records, new_plan["uuid"]):
        assert link["uuid"] == queries.link_uuid(link["objective"], link["department"])
    for (obj, dept), role in queries.roles(demo_records, new_plan["uuid"]).items():
        assert old_roles[(new_objs[obj]["origin"], dept)] == role
    assert len(queries.roles(demo_records, new_plan["uuid"])) > 20


def test_refuses_existing_target_and_missing_source(demo_records: Records, tmp_path: Path) -> None:
    rollover(demo_records, 2024, backup_dir=tmp_path)
    counter = demo_records.database.meta("counter")
    with pytest.raises(RolloverError) as err:
        rollover(demo_records, 2024, backup_dir=tmp_path)
    assert err.value.code == "target_exists"
    with pytest.raises(RolloverError) as err:
        preview_rollover(demo_records, 2019)
    assert err.value.code == "source_missing"
    with pytest.raises(RolloverError) as err:
        preview_rollover(demo_records, 2024, 2024)
    assert err.value.code == "bad_years"
    assert demo_records.database.meta("counter") == counter


def test_skipping_years_shifts_dates_by_the_gap(records: Records, tmp_path: Path) -> None:
    plan = records.create("plan", {"year": 2030, "title": "Plan 2030"})
    records.create("objective", {"plan": plan, "title": "X", "start": "2030-02", "due": "2030-11"})
    rollover(records, 2030, 2032, backup_dir=tmp_path)
    (obj,) = objectives_of(records, 2032)
    assert (obj["start"], obj["due"]) == ("2032-02", "2032-11")


def test_new_title() -> None:
    assert new_title("Plan 2024 (draft)", 2024, 2025) == "Plan 2025 (draft)"
    assert new_title("Annual plan", 2024, 2025) == "Annual plan 2025"
