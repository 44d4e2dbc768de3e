"""Year-end review numbers: achievement against target, counts by status."""

from __future__ import annotations

import pytest

from hdesk.services import queries
from hdesk.services.records import Records
from hdesk.services.yearend import achievement, review


def test_achievement() -> None:
    assert achievement({"baseline": 10, "target": 110, "progress": 60}) == pytest.approx(0.5)
    assert achievement({"baseline": None, "target": 4, "progress": 4}) == 1.0
    assert achievement({"baseline": 5, "target": 5, "progress": 4}) == 0.0
    assert achievement({"baseline": 0, "target": None, "progress": 3}) is None
    assert achievement({"baseline": 0, "target": 3, "progress": None}) is None


def test_demo_review(demo_records: Records) -> None:
    plan = queries.plan_for_year(demo_records, 2024)
    assert plan is not None
    result = review(demo_records, plan["uuid"])
    assert len(result.rows) == 13
    assert sum(result.by_status.values()) == 13 and result.by_status["done"] == 1
    assert next(s for s, _n in result.status_counts()) == "planned"
    assert all(r.lead for r in result.rows)
    assert result.mean_achievement is not None and 0 <= result.mean_achievement <= 1.5


def test_overview_deadlines_list_only_the_shown_plans_objectives(demo_records):
    import datetime as dt

    from hdesk.services import overview, queries
    from hdesk.services.rollover import rollover

    records = demo_records
    old = queries.plan_for_year(records, 2024)
    rollover(records, 2024, 2025)
    new = queries.plan_for_year(records, 2025)
    today = dt.date(2025, 12, 31)
    shown = {d.uuid for d in overview.due_deadlines(records, today, 30, new["uuid"]) if d.entity == "objective"}
    old_ids = {o["uuid"] for o in queries.objectives(records, old["uuid"])}
    new_ids = {o["uuid"] for o in queries.objectives(records, new["uuid"])}
    assert shown and shown <= new_ids and not shown & old_ids
    every = {d.uuid for d in overview.due_deadlines(records, today, 30) if d.entity == "objective"}
    assert every & old_ids  # without a plan the unfinished 2024 objectives are listed too
