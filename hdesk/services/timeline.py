"""The plan year on a month scale: which bars, in which groups, and dates <-> positions.

Positions are in months from 1 January of the plan year (0.0 = 1 Jan, 12.0 = 31 Dec evening).
An objective spans whole months (start month to the end of its due month); a campaign spans
days (start date to the end of its end date). Dragging works on positions; these functions turn
them back into the MONTH or DATE values the schema stores, snapped as the bar kind requires.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
from dataclasses import dataclass, field
from typing import Any

from hdesk.services import queries
from hdesk.services.records import Records

Row = dict[str, Any]

BY_GOAL, BY_DEPARTMENT = "goal", "department"
# Group kinds the UI words itself: a goal, a department, or these.
NO_GOAL, NO_LEAD, CAMPAIGNS = "no_goal", "no_lead", "campaigns"


@dataclass
class Bar:
    entity: str  # "objective" or "campaign"
    uuid: str
    label: str
    start: float
    end: float
    status: str


@dataclass
class Group:
    kind: str  # "goal", "department", NO_GOAL, NO_LEAD or CAMPAIGNS
    title: str  # the goal or department's own words; "" for the others
    bars: list[Bar] = field(default_factory=list)


@dataclass
class Timeline:
    year: int
    groups: list[Group]
    undated: list[Row]  # objectives with neither start nor due


# -- dates <-> positions -----------------------------------------------------------------
def month_position(month: str, year: int) -> float:
    """Position of the first day of 'YYYY-MM'."""
    return (int(month[:4]) - year) * 12 + int(month[5:7]) - 1


def date_position(date: str, year: int, end: bool = False) -> float:
    """Position of the start of a day ('YYYY-MM-DD'), or of its end when end=True."""
    y, m, d = int(date[:4]), int(date[5:7]), int(date[8:10])
    days = calendar.monthrange(y, m)[1]
    return (y - year) * 12 + m - 1 + (d - (0 if end else 1)) / days


def _month_of(index: int, year: int) -> tuple[int, int]:
    y, m = divmod(index, 12)
    return year + y, m + 1


def position_month(position: float, year: int, end: bool = False) -> str:
    """The MONTH that starts at (or, with end=True, ends at) the month boundary nearest `position`."""
    index = round(position) - (1 if end else 0)
    y, m = _month_of(index, year)
    return f"{y:04d}-{m:02d}"


def position_date(position: float, year: int, end: bool = False, months: bool = False) -> str:
    """The DATE that starts (or ends) nearest `position`; months=True snaps to whole months."""
    if months:
        index = round(position) - (1 if end else 0)
        y, m = _month_of(index, year)
        day = calendar.monthrange(y, m)[1] if end else 1
        return dt.date(y, m, day).isoformat()
    index = math.floor(position - 1e-9) if end else math.floor(position)
    y, m = _month_of(index, year)
    days = calendar.monthrange(y, m)[1]
    frac = position - index
    day = round(frac * days) if end else round(frac * days) + 1
    if day < 1:  # nearest boundary is the month's start: the end falls on the previous day
        return (dt.date(y, m, 1) - dt.timedelta(days=1)).isoformat()
    if day > days:
        return (dt.date(y, m, days) + dt.timedelta(days=1)).isoformat()
    return dt.date(y, m, day).isoformat()


def objective_span(obj: Row, year: int) -> tuple[float, float] | None:
    start, due = obj["start"] or obj["due"], obj["due"] or obj["start"]
    if not start:
        return None
    return month_position(start, year), month_position(due, year) + 1


def campaign_span(campaign: Row, year: int) -> tuple[float, float] | None:
    start, end = campaign["start"] or campaign["end"], campaign["end"] or campaign["start"]
    if not start:
        return None
    return date_position(start, year), date_position(end, year, end=True)


def objective_dates(start: float, end: float, year: int) -> dict[str, str]:
    """New start/due of a dragged objective bar: whole months, at least one month long."""
    first = position_month(start, year)
    last = position_month(max(end, round(start) + 1), year, end=True)
    return {"start": first, "due": max(first, last)}


def campaign_dates(start: float, end: float, year: int, months: bool = False) -> dict[str, str]:
    """New start/end of a dragged campaign bar, snapped to days (or whole months); end >= start."""
    first = position_date(start, year, months=months)
    last = position_date(end, year, end=True, months=months)
    return {"start": first, "end": max(first, last)}


# -- the bars ------------------------------------------------------------------------------
def timeline(records: Records, plan: str, group_by: str = BY_GOAL) -> Timeline:
    """Objectives of a plan and the campaigns touching its year, grouped by goal or lead department."""
    plan_row = records.get("plan", plan)
    year = int(plan_row["year"])
    groups: list[Group] = []
    undated: list[Row] = []

    def bars_of(objs: list[Row]) -> list[Bar]:
        out = []
        for obj in objs:
            span = objective_span(obj, year)
            if span is None:
                undated.append(obj)
                continue
            label = f"{obj['code'] or ''} {obj['title']}".strip()
            out.append(Bar("objective", obj["uuid"], label, span[0], span[1], obj["status"] or "planned"))
        return out

    if group_by == BY_DEPARTMENT:
        objs = queries.objectives(records, plan)
        departments = queries.departments(records)
        for dept in departments:
            led = [o for o in objs if o["lead_department"] == dept["uuid"]]
            if led:
                groups.append(Group("department", dept["name"], bars_of(led)))
        known = {d["uuid"] for d in departments}
        orphans = [o for o in objs if o["lead_department"] not in known]
        if orphans:
            groups.append(Group(NO_LEAD, "", bars_of(orphans)))
    else:
        for group in queries.objectives_by_goal(records, plan):
            if group.goal is None:
                groups.append(Group(NO_GOAL, "", bars_of(group.objectives)))
            else:
                title = f"{group.goal['code'] or ''} {group.goal['title']}".strip()
                groups.append(Group("goal", title, bars_of(group.objectives)))
    campaign_bars = []
    for campaign in queries.campaigns(records, year):
        span = campaign_span(campaign, year)
        if span is not None:
            status = campaign["status"] or "planned"
            campaign_bars.append(Bar("campaign", campaign["uuid"], campaign["title"], span[0], span[1], status))
    if campaign_bars:
        groups.append(Group(CAMPAIGNS, "", campaign_bars))
    return Timeline(year, [g for g in groups if g.bars], undated)
