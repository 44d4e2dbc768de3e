"""What needs attention in the partner work: follow-ups, silent partners, expiring agreements, concerns.

Plain rows and codes for the Overview, the Follow-ups tab and the PDF; the UI words them.
The lists read only the columns they show with plain SQL: on a ten-year file `records.list` of every
partner and interaction (JSON values decoded) took the Follow-ups tab over a second.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from hdesk.services import queries
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
    names = queries.partner_names(records)
    sql = """SELECT uuid, partner, date, follow_up, summary, follow_up_due FROM "interaction"
             WHERE deleted = 0 AND done = 0 AND follow_up_due IS NOT NULL AND follow_up_due != ''"""
    out = []
    for uuid, partner, date, follow_up, summary, due in records.database.db.execute_sql(sql):
        if partner not in names:
            continue
        delta = (dt.date.fromisoformat(due) - today).days
        state = "overdue" if delta < 0 else "upcoming" if delta <= days else "later"
        if state == "later" and not include_later:
            continue
        out.append(FollowUp(uuid, partner, names[partner], date, follow_up or summary or "", due, state, delta))
    return sorted(out, key=lambda f: (f.due, f.partner_name.casefold()))


def mark_done(records: Records, interaction: str, done: bool = True) -> ChangeSet:
    """Tick a follow-up off (or back on); the ChangeSet makes it undoable."""
    return records.update("interaction", interaction, {"done": done})


def months_between(earlier: dt.date, later: dt.date) -> int:
    months = (later.year - earlier.year) * 12 + later.month - earlier.month
    return months - 1 if later.day < earlier.day else months


def stale_partners(records: Records, today: dt.date, months: int) -> list[StalePartner]:
    """Partners with no interaction in the last `months` months (never-contacted ones too), longest silence first."""
    sql = """SELECT partner, MAX(date) FROM "interaction"
             WHERE deleted = 0 AND date IS NOT NULL AND date != '' AND date <= ? GROUP BY partner"""
    last: dict[str, str] = dict(records.database.db.execute_sql(sql, (today.isoformat(),)))
    out = []
    for uuid, name in queries.partner_names(records).items():
        seen = last.get(uuid)
        if seen is None:
            out.append(StalePartner(uuid, name, None, -1))
            continue
        gap = months_between(dt.date.fromisoformat(seen), today)
        if gap >= months:
            out.append(StalePartner(uuid, name, seen, gap))
    return sorted(out, key=lambda s: (s.last_contact is not None, s.last_contact or "", s.name.casefold()))


def expiring_agreements(records: Records, today: dt.date, days: int = EXPIRING_DAYS) -> list[ExpiringAgreement]:
    """Agreements whose validity ends between today and `days` days from now, soonest first."""
    names = queries.partner_names(records)
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
