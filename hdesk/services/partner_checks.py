"""What needs attention in the partner work: follow-ups, silent partners, expiring agreements, concerns.

Plain rows and codes for the Overview, the Follow-ups tab and the PDF; the UI words them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from hdesk.services.records import ChangeSet, Records

UPCOMING_DAYS = 14
EXPIRING_DAYS = 90


@dataclass(frozen=True)
class FollowUp:
    """An interaction whose follow-up is not done; state is 'overdue', 'upcoming' or 'later'."""

    interaction: str
    partner: str
    partner_name: str
    date: str
    follow_up: str
    due: str
    state: str
    days: int  # due - today (negative: overdue by that many days)


@dataclass(frozen=True)
class StalePartner:
    partner: str
    name: str
    last_contact: str | None  # None: never contacted
    months: int  # whole months since the last contact (or since ever: -1)


@dataclass(frozen=True)
class ExpiringAgreement:
    agreement: str
    partner: str
    partner_name: str
    title: str
    valid_until: str
    days: int


@dataclass(frozen=True)
class ConcernWarning:
    """Codes: concern_neutrality, concern_independence, concern_impartiality, concern_without_note,
    agreement_with_concern (a signed-stage partnership carries a principle concern)."""

    partner: str
    name: str
    code: str


def follow_ups(
    records: Records, today: dt.date, days: int = UPCOMING_DAYS, include_later: bool = False
) -> list[FollowUp]:
    """Open follow-ups, most urgent first: overdue, then due within `days`, then (optionally) later."""
    names = {p["uuid"]: p["name"] for p in records.list("partner")}
    out = []
    for row in records.list("interaction", done=False):
        if not row["follow_up_due"] or row["partner"] not in names:
            continue
        delta = (dt.date.fromisoformat(row["follow_up_due"]) - today).days
        state = "overdue" if delta < 0 else "upcoming" if delta <= days else "later"
        if state == "later" and not include_later:
            continue
        out.append(
            FollowUp(
                row["uuid"],
                row["partner"],
                names[row["partner"]],
                row["date"],
                row["follow_up"] or row["summary"] or "",
                row["follow_up_due"],
                state,
                delta,
            )
        )
    return sorted(out, key=lambda f: (f.due, f.partner_name.casefold()))


def mark_done(records: Records, interaction: str, done: bool = True) -> ChangeSet:
    """Tick a follow-up off (or back on); the ChangeSet makes it undoable."""
    return records.update("interaction", interaction, {"done": done})


def months_between(earlier: dt.date, later: dt.date) -> int:
    months = (later.year - earlier.year) * 12 + later.month - earlier.month
    return months - 1 if later.day < earlier.day else months


def stale_partners(records: Records, today: dt.date, months: int) -> list[StalePartner]:
    """Partners with no interaction in the last `months` months (never-contacted ones too), longest silence first."""
    last: dict[str, str] = {}
    for row in records.list("interaction"):
        if row["date"] and row["date"] <= today.isoformat() and row["date"] > last.get(row["partner"], ""):
            last[row["partner"]] = row["date"]
    out = []
    for partner in records.list("partner"):
        seen = last.get(partner["uuid"])
        if seen is None:
            out.append(StalePartner(partner["uuid"], partner["name"], None, -1))
            continue
        gap = months_between(dt.date.fromisoformat(seen), today)
        if gap >= months:
            out.append(StalePartner(partner["uuid"], partner["name"], seen, gap))
    return sorted(out, key=lambda s: (s.last_contact is not None, s.last_contact or "", s.name.casefold()))


def expiring_agreements(records: Records, today: dt.date, days: int = EXPIRING_DAYS) -> list[ExpiringAgreement]:
    """Agreements whose validity ends between today and `days` days from now, soonest first."""
    names = {p["uuid"]: p["name"] for p in records.list("partner")}
    out = []
    for row in records.list("agreement"):
        if not row["valid_until"] or row["partner"] not in names:
            continue
        delta = (dt.date.fromisoformat(row["valid_until"]) - today).days
        if 0 <= delta <= days:
            out.append(
                ExpiringAgreement(
                    row["uuid"], row["partner"], names[row["partner"]], row["title"], row["valid_until"], delta
                )
            )
    return sorted(out, key=lambda a: (a.valid_until, a.partner_name.casefold()))


def concern_warnings(partner: dict[str, Any]) -> list[str]:
    """Warning codes for one partner row (empty when its partnership raises no principle concern)."""
    raw = partner.get("concerns")
    concerns = [c for c in raw if isinstance(c, str)] if isinstance(raw, list) else []
    codes = [f"concern_{c}" for c in concerns]
    if concerns and not partner.get("concern_note"):
        codes.append("concern_without_note")
    if concerns and partner.get("stage") == "agreement":
        codes.append("agreement_with_concern")
    return codes


def all_concern_warnings(records: Records) -> list[ConcernWarning]:
    out = []
    for partner in sorted(records.list("partner"), key=lambda p: (p["name"] or "").casefold()):
        out += [ConcernWarning(partner["uuid"], partner["name"], code) for code in concern_warnings(partner)]
    return out
