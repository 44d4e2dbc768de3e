"""Plan queries the tabs and the printed plan need; each a bounded number of queries."""

from __future__ import annotations

import datetime as dt
import uuid as uuidlib
from collections import Counter
from dataclasses import dataclass
from typing import Any

from hdesk.services.records import Records

LINK_NAMESPACE = uuidlib.UUID("5b0e9a56-3f3c-4a8e-9d1f-6a1c2f0e7d11")
OFFICE_KEYS = ("society", "country", "office_name")

Row = dict[str, Any]


def link_uuid(objective: str, department: str) -> str:
    """The same objective x department link gets the same uuid in every office."""
    return str(uuidlib.uuid5(LINK_NAMESPACE, f"{objective}:{department}"))


def office(records: Records) -> dict[str, str]:
    """This copy's identity: Society, country, office name and site id."""
    db = records.database
    out = {key: db.meta(f"office.{key}", "") or "" for key in OFFICE_KEYS}
    out["site_id"] = db.site_id
    return out


def set_office(records: Records, **values: str) -> None:
    from hdesk.core.validation import clean_text

    with records.database.atomic():
        for key, value in values.items():
            if key not in OFFICE_KEYS:
                raise KeyError(key)
            records.database.set_meta(f"office.{key}", clean_text(value or "", multiline=False)[:300])


def plans(records: Records) -> list[Row]:
    return sorted(records.list("plan"), key=lambda p: p["year"])


def plan_for_year(records: Records, year: int | None = None) -> Row | None:
    """The plan of `year`, or the latest plan when year is None."""
    all_plans = plans(records)
    if year is None:
        return all_plans[-1] if all_plans else None
    return next((p for p in all_plans if p["year"] == year), None)


def goals(records: Records) -> list[Row]:
    return sorted(records.list("goal"), key=lambda g: (g["position"] or 0, g["code"] or ""))


def _code_key(code: str | None) -> tuple[Any, ...]:
    parts = (code or "").replace("-", ".").split(".")
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in parts)


def objectives(records: Records, plan: str) -> list[Row]:
    rows = records.list("objective", plan=plan)
    return sorted(rows, key=lambda o: (_code_key(o["code"]), o["title"] or ""))


@dataclass
class GoalGroup:
    goal: Row | None  # None: objectives without a goal
    objectives: list[Row]


def objectives_by_goal(records: Records, plan: str) -> list[GoalGroup]:
    by_goal: dict[str | None, list[Row]] = {}
    for obj in objectives(records, plan):
        by_goal.setdefault(obj["goal"], []).append(obj)
    groups = [GoalGroup(g, by_goal.pop(g["uuid"])) for g in goals(records) if g["uuid"] in by_goal]
    rest = [o for key, rows in by_goal.items() for o in rows]
    if rest:
        groups.append(GoalGroup(None, rest))
    return groups


def links(records: Records, plan: str) -> list[Row]:
    """Objective x department links (points of contact) of one plan's objectives."""
    ids = {o["uuid"] for o in records.list("objective", plan=plan)}
    return [link for link in records.list("objective_department") if link["objective"] in ids]


def roles(records: Records, plan: str) -> dict[tuple[str, str], str]:
    """(objective uuid, department uuid) -> role; the lead department counts as 'lead'."""
    out: dict[tuple[str, str], str] = {}
    for link in links(records, plan):
        out[(link["objective"], link["department"])] = link["role"]
    for obj in records.list("objective", plan=plan):
        if obj["lead_department"]:
            out[(obj["uuid"], obj["lead_department"])] = "lead"
    return out


def departments(records: Records) -> list[Row]:
    return sorted(records.list("department"), key=lambda d: (d["name"] or "").casefold())


def points_of_contact(records: Records, plan: str) -> dict[str, list[tuple[Row, str]]]:
    """department uuid -> [(objective, role)] for one plan."""
    objs = {o["uuid"]: o for o in objectives(records, plan)}
    out: dict[str, list[tuple[Row, str]]] = {d["uuid"]: [] for d in departments(records)}
    for (obj, dept), role in sorted(roles(records, plan).items()):
        if obj in objs and dept in out:
            out[dept].append((objs[obj], role))
    for rows in out.values():
        rows.sort(key=lambda pair: _code_key(pair[0]["code"]))
    return out


def partners(records: Records) -> list[Row]:
    return sorted(records.list("partner"), key=lambda p: (p["name"] or "").casefold())


def partner_names(records: Records) -> dict[str, str]:
    """uuid -> name of every live partner, in name order: one narrow query for what only names partners."""
    rows = records.database.db.execute_sql('SELECT uuid, name FROM "partner" WHERE deleted = 0').fetchall()
    return {uuid: name or "" for uuid, name in sorted(rows, key=lambda row: (row[1] or "").casefold())}


def partners_by(records: Records, key: str) -> Counter[str]:
    """Count of partners per value of `key` ('kind' or 'stage' or 'stance')."""
    return Counter(p[key] for p in records.list("partner"))


def campaigns(records: Records, year: int | None = None) -> list[Row]:
    rows = records.list("campaign")
    if year is not None:
        rows = [c for c in rows if _touches_year(c["start"], c["end"], year)]
    return sorted(rows, key=lambda c: (c["start"] or "9999", c["title"] or ""))


def _touches_year(start: str | None, end: str | None, year: int) -> bool:
    if not start and not end:
        return True
    first = int((start or end or "0")[:4])
    last = int((end or start or "0")[:4])
    return first <= year <= last


@dataclass
class Deadline:
    entity: str
    uuid: str
    title: str
    due: str
    overdue: bool


def deadlines(records: Records, today: dt.date, days: int = 30) -> list[Deadline]:
    """Open follow-ups and objective due months that are overdue or due within `days`."""
    horizon = (today + dt.timedelta(days=days)).isoformat()
    now = today.isoformat()
    out: list[Deadline] = []
    partner_names = {p["uuid"]: p["name"] for p in records.list("partner")}
    for row in records.list("interaction", done=False):
        due = row["follow_up_due"]
        if due and due <= horizon:
            title = f"{partner_names.get(row['partner'], '')}: {row['follow_up'] or row['summary'] or ''}"
            out.append(Deadline("interaction", row["uuid"], title.strip(": "), due, due < now))
    month_now = now[:7]
    for obj in records.list("objective"):
        if obj["due"] and obj["status"] not in ("done", "cancelled") and obj["due"] <= horizon[:7]:
            out.append(Deadline("objective", obj["uuid"], obj["title"], obj["due"], obj["due"] < month_now))
    for agr in records.list("agreement"):
        if agr["valid_until"] and now <= agr["valid_until"] <= (today + dt.timedelta(days=90)).isoformat():
            out.append(Deadline("agreement", agr["uuid"], agr["title"], agr["valid_until"], False))
    return sorted(out, key=lambda d: d.due)


def counts(records: Records, plan: str | None) -> dict[str, int]:
    """How many live records of each kind (objectives of one plan)."""
    out = {name: len(records.list(name)) for name in ("department", "partner", "campaign", "goal")}
    out["objective"] = len(records.list("objective", plan=plan)) if plan else 0
    return out
