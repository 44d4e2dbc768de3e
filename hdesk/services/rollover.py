"""The annual cycle: start next year's plan from this year's unfinished work.

Rules (shown to the user in the preview before anything is written):
- the new plan copies title (year replaced), introduction, policy and approvers; status draft;
- objectives that are not done or cancelled MOVE: a new objective with `origin` = the old one,
  this year's progress as next year's baseline (the old baseline when no progress was recorded),
  progress empty, start/due shifted by the number of years, status planned — postponed ones too,
  because next year is the "later" they were postponed to; goal, code, lead, priority, indicator,
  target, budget, principles and the points of contact are copied;
- done and cancelled objectives STAY behind; activities and campaigns are dated and stay too.
New records get uuids derived from the old ones, so two offices that roll the same plan over
produce the same records and their files merge instead of doubling the plan.
"""

from __future__ import annotations

import uuid as uuidlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hdesk.services import queries
from hdesk.services.records import Records

Row = dict[str, Any]

FINISHED = ("done", "cancelled")
ROLLOVER_NAMESPACE = uuidlib.UUID("0f6c3b8e-9d55-4a47-8a53-6d2b7f1e4c20")
COPIED = ("goal", "code", "title", "description", "lead_department", "priority", "indicator", "target", "budget")


class RolloverError(Exception):
    """The rollover cannot run. Codes: source_missing, target_exists, bad_years."""

    def __init__(self, code: str, from_year: int, to_year: int):
        self.code = code
        self.from_year = from_year
        self.to_year = to_year
        super().__init__(describe(code, from_year, to_year))


def describe(code: str, from_year: int, to_year: int) -> str:
    """One English sentence for the CLI; the UI words the codes itself."""
    return {
        "source_missing": f"There is no plan for {from_year} to start from.",
        "target_exists": f"A plan for {to_year} exists already; nothing was changed.",
        "bad_years": f"The new year ({to_year}) must come after {from_year}.",
    }.get(code, code)


@dataclass
class Move:
    """One objective that moves: the old row and the values of its successor."""

    old: Row
    new_values: Row
    links: list[Row]  # the old objective's points of contact, copied
    new_uuid: str = ""


@dataclass
class Preview:
    source: Row
    from_year: int
    to_year: int
    title: str
    moves: list[Move]
    stays: list[Row]
    plan_uuid: str = ""
    backup: Path | None = None

    @property
    def link_count(self) -> int:
        return sum(len(m.links) for m in self.moves)


def new_title(title: str, from_year: int, to_year: int) -> str:
    """'Annual plan 2024' -> 'Annual plan 2025'; a title without the year gets it appended."""
    old, new = str(from_year), str(to_year)
    return title.replace(old, new) if old in title else f"{title} {new}".strip()


def shift_month(month: str | None, years: int) -> str | None:
    if not month:
        return month
    return f"{int(month[:4]) + years:04d}{month[4:]}"


def derived_uuid(kind: str, old: str, to_year: int) -> str:
    return str(uuidlib.uuid5(ROLLOVER_NAMESPACE, f"{kind}:{old}:{to_year}"))


def preview_rollover(records: Records, from_year: int, to_year: int | None = None) -> Preview:
    """What a rollover would do, without writing anything; RolloverError when it cannot run."""
    to_year = from_year + 1 if to_year is None else to_year
    if to_year <= from_year:
        raise RolloverError("bad_years", from_year, to_year)
    source = queries.plan_for_year(records, from_year)
    if source is None:
        raise RolloverError("source_missing", from_year, to_year)
    if queries.plan_for_year(records, to_year) is not None:
        raise RolloverError("target_exists", from_year, to_year)
    years = to_year - from_year
    links_by_obj: dict[str, list[Row]] = {}
    for link in queries.links(records, source["uuid"]):
        links_by_obj.setdefault(link["objective"], []).append(link)
    moves, stays = [], []
    for obj in queries.objectives(records, source["uuid"]):
        if obj["status"] in FINISHED:
            stays.append(obj)
            continue
        values = {name: obj[name] for name in COPIED}
        values.update(
            status="planned",
            baseline=obj["progress"] if obj["progress"] is not None else obj["baseline"],
            progress=None,
            start=shift_month(obj["start"], years),
            due=shift_month(obj["due"], years),
            principles=list(obj["principles"]),
            origin=obj["uuid"],
        )
        links = sorted(links_by_obj.get(obj["uuid"], []), key=lambda link: link["department"])
        moves.append(Move(obj, values, links, derived_uuid("objective", obj["uuid"], to_year)))
    title = new_title(source["title"] or "", from_year, to_year)
    plan_uuid = derived_uuid("plan", source["uuid"], to_year)
    return Preview(source, from_year, to_year, title, moves, stays, plan_uuid)


def rollover(records: Records, from_year: int, to_year: int | None = None, backup_dir: Path | None = None) -> Preview:
    """Create next year's plan in one transaction, after a backup; returns what was done."""
    from hdesk import paths
    from hdesk.store.backup import make_backup

    preview = preview_rollover(records, from_year, to_year)
    preview.backup = make_backup(records.database, backup_dir or paths.backup_dir(), "before-rollover")
    source = preview.source
    with records.transaction():
        if queries.plan_for_year(records, preview.to_year) is not None:  # re-checked inside the transaction
            raise RolloverError("target_exists", preview.from_year, preview.to_year)
        plan_values = {
            "year": preview.to_year,
            "title": preview.title,
            "status": "draft",
            "introduction": source["introduction"],
            "policy": source["policy"],
            "approvers": source["approvers"],
        }
        plan = records.create("plan", plan_values, uuid=preview.plan_uuid)
        for move in preview.moves:
            new = records.create("objective", {**move.new_values, "plan": plan}, uuid=move.new_uuid)
            for link in move.links:
                records.create(
                    "objective_department",
                    {"objective": new, "department": link["department"], "role": link["role"], "note": link["note"]},
                    uuid=queries.link_uuid(new, link["department"]),
                )
    return preview
