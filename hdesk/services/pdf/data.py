"""Everything the printed plan shows, read once from the database (the layout never queries)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from hdesk import __version__
from hdesk.services import queries
from hdesk.services.records import Records
from hdesk.store.database import Database

Row = dict[str, Any]


class NoPlanError(Exception):
    """There is no plan to print (for that year); the message is one sentence for the user."""

    def __init__(self, year: int | None, available: list[int]):
        self.year = year
        self.available = available
        if year is None:
            message = "This database has no plan yet."
        else:
            message = f"There is no plan for {year}"
            message += f" (plans: {', '.join(map(str, available))})." if available else "."
        super().__init__(message)


@dataclass
class PlanData:
    office: dict[str, str]
    plan: Row
    goals: list[Row]
    groups: list[queries.GoalGroup]
    objectives: list[Row]
    departments: list[Row]
    roles: dict[tuple[str, str], str]
    partners: list[Row]
    agreements: list[Row]
    campaigns: list[Row]
    site: str
    schema: int
    version: str = __version__
    printed: dt.date = field(default_factory=dt.date.today)

    @property
    def year(self) -> int:
        return int(self.plan["year"])

    @cached_property
    def department_names(self) -> dict[str, str]:
        return {d["uuid"]: d["name"] or "" for d in self.departments}

    @cached_property
    def partner_names(self) -> dict[str, str]:
        return {p["uuid"]: p["name"] or "" for p in self.partners}

    @cached_property
    def roles_by_objective(self) -> dict[str, list[tuple[str, str]]]:
        """objective uuid -> [(department uuid, role)]."""
        out: dict[str, list[tuple[str, str]]] = {}
        for (objective, department), role in self.roles.items():
            out.setdefault(objective, []).append((department, role))
        return out

    @property
    def identity(self) -> str:
        """Short site id: enough to tell two offices' printouts apart."""
        return (self.site or "unknown")[:8]


def as_records(source: Database | Records) -> Records:
    return source if isinstance(source, Records) else Records(source)


def load(source: Database | Records, year: int | None = None) -> PlanData:
    """Read the plan of `year` (the latest when None) and everything printed with it."""
    records = as_records(source)
    plan = queries.plan_for_year(records, year)
    if plan is None:
        raise NoPlanError(year, [p["year"] for p in queries.plans(records)])
    uid = plan["uuid"]
    objectives = queries.objectives(records, uid)
    used_goals = {o["goal"] for o in objectives}
    goals = [g for g in queries.goals(records) if g["uuid"] in used_goals or _goal_touches(g, plan["year"])]
    return PlanData(
        office=queries.office(records),
        plan=plan,
        goals=goals,
        groups=queries.objectives_by_goal(records, uid),
        objectives=objectives,
        departments=queries.departments(records),
        roles=queries.roles(records, uid),
        partners=queries.partners(records),
        agreements=sorted(records.list("agreement"), key=lambda a: (a["valid_until"] or "9999", a["title"] or "")),
        campaigns=queries.campaigns(records, plan["year"]),
        site=records.database.site_id,
        schema=records.database.user_version(),
    )


def _goal_touches(goal: Row, year: int) -> bool:
    start, end = goal["period_start"], goal["period_end"]
    return (start is None or start <= year) and (end is None or year <= end)
