"""The year-end review: where each objective of a plan ended, against its target."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from hdesk.core.schema import OBJECTIVE_STATUS
from hdesk.services import queries
from hdesk.services.records import Records

Row = dict[str, Any]


def achievement(obj: Row) -> float | None:
    """Share of the way from baseline to target reached (1.0 = target met); None when unmeasured."""
    target, progress = obj.get("target"), obj.get("progress")
    if target is None or progress is None:
        return None
    baseline = obj.get("baseline") or 0.0
    span = target - baseline
    if span == 0:
        return 1.0 if progress >= target else 0.0
    return (progress - baseline) / span


@dataclass
class ReviewRow:
    objective: Row
    goal: str  # "G1 title" or ""
    lead: str  # department name or ""
    achievement: float | None


@dataclass
class Review:
    plan: Row
    rows: list[ReviewRow]
    by_status: Counter[str]

    @property
    def measured(self) -> list[float]:
        return [r.achievement for r in self.rows if r.achievement is not None]

    @property
    def mean_achievement(self) -> float | None:
        values = self.measured
        return sum(values) / len(values) if values else None

    @property
    def targets_met(self) -> int:
        return sum(1 for v in self.measured if v >= 1.0)

    def status_counts(self) -> list[tuple[str, int]]:
        return [(s, self.by_status[s]) for s in OBJECTIVE_STATUS if self.by_status[s]]


def review(records: Records, plan: str) -> Review:
    """All objectives of one plan with their goal, lead and achievement (a fixed number of queries)."""
    plan_row = records.get("plan", plan)
    goals = {g["uuid"]: f"{g['code'] or ''} {g['title']}".strip() for g in queries.goals(records)}
    depts = {d["uuid"]: d["name"] for d in records.list("department")}
    rows = [
        ReviewRow(o, goals.get(o["goal"] or "", ""), depts.get(o["lead_department"] or "", ""), achievement(o))
        for o in queries.objectives(records, plan)
    ]
    return Review(plan_row, rows, Counter(r.objective["status"] or "planned" for r in rows))
