"""The points-of-contact matrix: who does what on each objective, and where departments collide.

The matrix, its highlights and the role edits live here (no Qt) so the tab, the printed plan
and tests read the same facts.

Overlap rule (a warning, never a block): a department *approaches* a partner for an objective
when a campaign lists both that partner and that objective and the department leads or
contributes to the objective. A partner is an OVERLAP when two different departments approach it
for two different objectives through two different campaigns. Inside one campaign the approach is
already joint, so it does not count. Interactions carry no objective, so they cannot tell.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from hdesk.core.schema import EXISTS, ROLES
from hdesk.services import queries
from hdesk.services.records import Change, ChangeSet, Records

Row = dict[str, Any]

ROLE_CYCLE: tuple[str | None, ...] = (None, *ROLES)  # none -> lead -> contributes -> consulted -> informed
APPROACHING = ("lead", "contributes")


def next_role(role: str | None) -> str | None:
    """The role after `role` in the cycle none -> lead -> contributes -> consulted -> informed -> none."""
    index = ROLE_CYCLE.index(role) if role in ROLE_CYCLE else 0
    return ROLE_CYCLE[(index + 1) % len(ROLE_CYCLE)]


def previous_role(role: str | None) -> str | None:
    """The cycle backwards (Shift+click), to undo an overshoot without going round."""
    index = ROLE_CYCLE.index(role) if role in ROLE_CYCLE else 0
    return ROLE_CYCLE[(index - 1) % len(ROLE_CYCLE)]


@dataclass(frozen=True)
class Approach:
    department: str
    objective: str
    campaign: str


@dataclass
class Overlap:
    """Several departments approach one partner for different objectives, in different campaigns."""

    partner: Row
    departments: list[str]  # uuids, in matrix column order
    objectives: list[str]  # uuids, in matrix row order
    campaigns: list[str]  # uuids
    approaches: list[Approach] = field(default_factory=list)


@dataclass
class Matrix:
    """Everything the matrix view and the printed matrix show for one plan."""

    plan: Row
    departments: list[Row]
    groups: list[queries.GoalGroup]
    roles: dict[tuple[str, str], str]  # (objective, department) -> role
    totals: dict[str, Counter[str]]  # department -> role -> count
    without_lead: list[str]  # objective uuids, in row order
    idle_departments: list[str]  # department uuids with no role on any objective
    overlaps: list[Overlap]

    @property
    def objectives(self) -> list[Row]:
        return [o for g in self.groups for o in g.objectives]

    def role(self, objective: str, department: str) -> str | None:
        return self.roles.get((objective, department))


def matrix(records: Records, plan: str) -> Matrix:
    """Build the matrix of one plan with a fixed number of queries."""
    plan_row = records.get("plan", plan)
    departments = queries.departments(records)
    groups = queries.objectives_by_goal(records, plan)
    objectives = [o for g in groups for o in g.objectives]
    dept_ids = {d["uuid"] for d in departments}
    obj_ids = {o["uuid"] for o in objectives}
    roles = {k: v for k, v in queries.roles(records, plan).items() if k[0] in obj_ids and k[1] in dept_ids}
    totals: dict[str, Counter[str]] = {d["uuid"]: Counter() for d in departments}
    for (_obj, dept), role in roles.items():
        totals[dept][role] += 1
    leads = {obj for (obj, _dept), role in roles.items() if role == "lead"}
    without_lead = [o["uuid"] for o in objectives if o["uuid"] not in leads]
    idle = [d["uuid"] for d in departments if not totals[d["uuid"]]]
    overlaps = find_overlaps(records, roles, objectives, departments)
    return Matrix(plan_row, departments, groups, roles, totals, without_lead, idle, overlaps)


def find_overlaps(
    records: Records, roles: dict[tuple[str, str], str], objectives: list[Row], departments: list[Row]
) -> list[Overlap]:
    """Partners approached by different departments for different objectives (see module doc)."""
    obj_order = {o["uuid"]: i for i, o in enumerate(objectives)}
    dept_order = {d["uuid"]: i for i, d in enumerate(departments)}
    approachers: dict[str, list[str]] = {}
    for (obj, dept), role in roles.items():
        if role in APPROACHING:
            approachers.setdefault(obj, []).append(dept)
    by_partner: dict[str, list[Approach]] = {}
    for campaign in records.list("campaign"):
        for obj in campaign["objectives"]:
            for dept in approachers.get(obj, []):
                for partner in campaign["partners"]:
                    by_partner.setdefault(partner, []).append(Approach(dept, obj, campaign["uuid"]))
    if not by_partner:
        return []
    # which partners exist, without reading 5,000 whole rows; the few that clash are read below
    live = {row[0] for row in records.database.db.execute_sql('SELECT uuid FROM "partner" WHERE deleted = 0')}
    out = []
    for partner_id, approaches in by_partner.items():
        if partner_id not in live:
            continue
        clashing = {
            a
            for a in approaches
            for b in approaches
            if a.department != b.department and a.objective != b.objective and a.campaign != b.campaign
        }
        if not clashing:
            continue
        ordered = sorted(clashing, key=lambda a: (obj_order[a.objective], dept_order[a.department], a.campaign))
        out.append(
            Overlap(
                records.get("partner", partner_id),
                sorted({a.department for a in clashing}, key=dept_order.__getitem__),
                sorted({a.objective for a in clashing}, key=obj_order.__getitem__),
                sorted({a.campaign for a in clashing}),
                ordered,
            )
        )
    return sorted(out, key=lambda o: (o.partner["name"] or "").casefold())


def set_role(records: Records, objective: str, department: str, role: str | None) -> ChangeSet:
    """Give `department` this role on `objective` (None removes it), as one undoable transaction.

    The link record gets uuid=queries.link_uuid(...). The objective's lead_department follows the
    lead role, and an objective has at most one lead: a new lead demotes the old one to contributes.
    """
    if role is not None and role not in ROLES:
        raise ValueError(f"unknown role {role}")
    out = ChangeSet()
    with records.transaction():
        obj = records.get("objective", objective)
        records.get("department", department)  # NotFound for a deleted department
        if role == "lead":
            for link in records.list("objective_department", objective=objective, role="lead"):
                if link["department"] != department:
                    out.extend(records.update("objective_department", link["uuid"], {"role": "contributes"}))
            old_lead = obj["lead_department"]
            if old_lead and old_lead != department:
                out.extend(_put_link(records, objective, old_lead, "contributes"))
            out.extend(records.update("objective", objective, {"lead_department": department}))
        elif obj["lead_department"] == department:
            out.extend(records.update("objective", objective, {"lead_department": None}))
        out.extend(_put_link(records, objective, department, role))
    return out


def _put_link(records: Records, objective: str, department: str, role: str | None) -> ChangeSet:
    """Create, update or tombstone the objective x department link(s)."""
    out = ChangeSet()
    existing = records.list("objective_department", objective=objective, department=department)
    if role is None:
        for link in existing:
            out.extend(records.delete("objective_department", link["uuid"]))
        return out
    if existing:
        for link in existing:
            out.extend(records.update("objective_department", link["uuid"], {"role": role}))
        return out
    uuid = queries.link_uuid(objective, department)
    values = {"objective": objective, "department": department, "role": role}
    model = records.m.entity("objective_department")
    if model.select().where(model.uuid == uuid).exists():  # a tombstone: bring it back
        out.extend(records.restore("objective_department", uuid))
        out.extend(records.update("objective_department", uuid, values))
    else:
        records.create("objective_department", values, uuid=uuid)
        out.changes.append(Change("objective_department", uuid, EXISTS, None, True))
    return out
