"""Timeline positions and the dates a drag turns into."""

from __future__ import annotations

from hdesk.services import queries
from hdesk.services.records import Records
from hdesk.services.timeline import (
    BY_DEPARTMENT,
    CAMPAIGNS,
    campaign_dates,
    campaign_span,
    date_position,
    month_position,
    objective_dates,
    objective_span,
    timeline,
)


def test_positions_round_trip() -> None:
    assert month_position("2024-01", 2024) == 0
    assert month_position("2025-03", 2024) == 14
    assert date_position("2024-02-01", 2024) == 1
    assert date_position("2024-02-29", 2024, end=True) == 2
    assert objective_span({"start": "2024-03", "due": "2024-05"}, 2024) == (2, 5)
    assert objective_span({"start": None, "due": "2024-05"}, 2024) == (4, 5)
    assert objective_span({"start": None, "due": None}, 2024) is None
    span = campaign_span({"start": "2024-06-01", "end": "2024-08-31"}, 2024)
    assert span == (5, 8)


def test_objective_drag_snaps_to_months() -> None:
    assert objective_dates(2.3, 5.4, 2024) == {"start": "2024-03", "due": "2024-05"}
    assert objective_dates(-1.2, 0.6, 2024) == {"start": "2023-12", "due": "2024-01"}
    # a bar squeezed to nothing keeps one month
    assert objective_dates(4.0, 4.2, 2024) == {"start": "2024-05", "due": "2024-05"}


def test_campaign_drag_snaps_to_days_or_months() -> None:
    start, end = campaign_span({"start": "2024-06-01", "end": "2024-08-31"}, 2024)  # type: ignore[misc]
    assert campaign_dates(start, end, 2024) == {"start": "2024-06-01", "end": "2024-08-31"}
    assert campaign_dates(start + 0.5, end + 0.5, 2024) == {"start": "2024-06-16", "end": "2024-09-15"}
    assert campaign_dates(start + 0.4, end + 0.4, 2024, months=True) == {"start": "2024-06-01", "end": "2024-08-31"}
    assert campaign_dates(start + 0.6, end + 0.6, 2024, months=True) == {"start": "2024-07-01", "end": "2024-09-30"}
    assert campaign_dates(3.0, 2.0, 2024) == {"start": "2024-04-01", "end": "2024-04-01"}


def test_timeline_groups_by_goal_and_by_department(demo_records: Records) -> None:
    plan = queries.plan_for_year(demo_records, 2024)
    assert plan is not None
    by_goal = timeline(demo_records, plan["uuid"])
    assert by_goal.year == 2024
    assert [g.title[:2] for g in by_goal.groups[:4]] == ["G1", "G2", "G3", "G4"]
    assert by_goal.groups[-1].kind == CAMPAIGNS and len(by_goal.groups[-1].bars) == 3
    bars = sum(len(g.bars) for g in by_goal.groups if g.kind != CAMPAIGNS)
    assert bars + len(by_goal.undated) == 13
    by_dept = timeline(demo_records, plan["uuid"], BY_DEPARTMENT)
    assert sum(len(g.bars) for g in by_dept.groups if g.kind != CAMPAIGNS) == bars
    assert {g.kind for g in by_dept.groups} == {"department", CAMPAIGNS}
