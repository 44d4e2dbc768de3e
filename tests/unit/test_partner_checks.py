"""Follow-ups, silent partners, expiring agreements and principle-concern warnings."""

from __future__ import annotations

import datetime as dt

from hdesk.services.partner_checks import (
    all_concern_warnings,
    concern_warnings,
    expiring_agreements,
    follow_ups,
    mark_done,
    months_between,
    stale_partners,
)
from hdesk.services.records import Records

TODAY = dt.date(2025, 6, 15)


def setup(records: Records) -> dict[str, str]:
    ids = {
        "a": records.create("partner", {"name": "Alpha", "kind": "ngo"}),
        "b": records.create("partner", {"name": "beta", "kind": "ngo"}),
        "c": records.create("partner", {"name": "Gamma", "kind": "ngo"}),
    }

    def talk(partner: str, date: str, due: str | None = None, done: bool = False, text: str = "call back") -> str:
        values = {"partner": ids[partner], "date": date, "kind": "call", "follow_up": text, "follow_up_due": due}
        return records.create("interaction", {**values, "done": done})

    ids["overdue"] = talk("a", "2025-05-01", "2025-06-01")
    ids["soon"] = talk("b", "2025-06-10", "2025-06-20", text="send the MoU draft")
    ids["later"] = talk("b", "2024-06-10", "2025-09-01")
    ids["done"] = talk("a", "2025-05-02", "2025-05-03", done=True)
    return ids


def test_follow_ups_overdue_then_upcoming(records: Records) -> None:
    ids = setup(records)
    got = [(f.interaction, f.state, f.days, f.partner_name) for f in follow_ups(records, TODAY)]
    assert got == [(ids["overdue"], "overdue", -14, "Alpha"), (ids["soon"], "upcoming", 5, "beta")]
    assert [f.state for f in follow_ups(records, TODAY, include_later=True)][-1] == "later"


def test_mark_done_removes_it_and_revert_brings_it_back(records: Records) -> None:
    ids = setup(records)
    changes = mark_done(records, ids["overdue"])
    assert ids["overdue"] not in {f.interaction for f in follow_ups(records, TODAY)}
    records.revert(changes)
    assert ids["overdue"] in {f.interaction for f in follow_ups(records, TODAY)}


def test_follow_ups_of_deleted_partners_are_gone(records: Records) -> None:
    ids = setup(records)
    records.delete("partner", ids["a"])
    assert [f.partner_name for f in follow_ups(records, TODAY)] == ["beta"]


def test_stale_partners(records: Records) -> None:
    setup(records)
    stale = stale_partners(records, TODAY, months=1)
    assert [(s.name, s.last_contact, s.months) for s in stale] == [("Gamma", None, -1), ("Alpha", "2025-05-02", 1)]
    assert [s.name for s in stale_partners(records, TODAY, months=6)] == ["Gamma"]


def test_months_between() -> None:
    assert months_between(dt.date(2025, 1, 31), dt.date(2025, 2, 28)) == 0
    assert months_between(dt.date(2025, 1, 15), dt.date(2025, 7, 15)) == 6
    assert months_between(dt.date(2024, 12, 16), dt.date(2025, 6, 15)) == 5


def test_expiring_agreements_within_90_days(records: Records) -> None:
    ids = setup(records)
    for title, until in (
        ("Past", "2025-06-14"),
        ("Today", "2025-06-15"),
        ("Edge", "2025-09-13"),
        ("Far", "2025-09-14"),
    ):
        records.create("agreement", {"partner": ids["c"], "title": title, "valid_until": until})
    got = [(a.title, a.days) for a in expiring_agreements(records, TODAY)]
    assert got == [("Today", 0), ("Edge", 90)]


def test_concern_warnings() -> None:
    assert concern_warnings({"concerns": [], "stage": "agreement"}) == []
    assert concern_warnings({"concerns": ["neutrality"], "concern_note": "party to the conflict"}) == [
        "concern_neutrality"
    ]
    assert concern_warnings({"concerns": ["independence"], "stage": "agreement"}) == [
        "concern_independence",
        "concern_without_note",
        "agreement_with_concern",
    ]


def test_all_concern_warnings(records: Records) -> None:
    records.create("partner", {"name": "Z", "kind": "donor", "concerns": ["independence"], "concern_note": "tied"})
    records.create("partner", {"name": "Clean", "kind": "donor"})
    assert [(w.name, w.code) for w in all_concern_warnings(records)] == [("Z", "concern_independence")]
