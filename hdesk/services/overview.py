"""What the Overview tab shows, computed in SQL so opening a large file stays fast.

queries.deadlines and queries.counts read every interaction and partner into Python (50,000 rows
on a ten-year file); these give the same answers with a few aggregate queries that return only
the rows shown. Index that would help `due_deadlines` on very large files (a schema decision, not
made here): interaction(done, follow_up_due) WHERE deleted = 0.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from hdesk.services.queries import Deadline
from hdesk.services.records import Records

COUNTED = ("department", "partner", "campaign", "goal")


def _rows(records: Records, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    return list(records.database.db.execute_sql(sql, params))


def counts(records: Records, plan: str | None) -> dict[str, int]:
    """Like queries.counts: live records of each kind (objectives of one plan), by COUNT(*)."""
    parts = " UNION ALL ".join(f"SELECT '{name}', COUNT(*) FROM \"{name}\" WHERE deleted = 0" for name in COUNTED)
    out = {name: int(n) for name, n in _rows(records, parts)}
    out["objective"] = 0
    if plan:
        out["objective"] = int(
            _rows(records, 'SELECT COUNT(*) FROM "objective" WHERE deleted = 0 AND plan = ?', (plan,))[0][0]
        )
    return out


def objectives_by_status(records: Records, plan: str | None) -> dict[str, int]:
    """How many live objectives of the plan have each status."""
    if not plan:
        return {}
    sql = 'SELECT status, COUNT(*) FROM "objective" WHERE deleted = 0 AND plan = ? GROUP BY status'
    return {status: int(n) for status, n in _rows(records, sql, (plan,))}


def due_deadlines(records: Records, today: dt.date, days: int = 30, plan: str | None = None) -> list[Deadline]:
    """The rows of queries.deadlines (same filter, titles and order), filtered by SQLite.

    With `plan`, only that plan's objectives are listed: unfinished objectives of past years are
    carried into the next plan by the rollover, and listing them all would bury this year's.
    """
    horizon = (today + dt.timedelta(days=days)).isoformat()
    now = today.isoformat()
    out: list[Deadline] = []
    follow_ups = _rows(
        records,
        'SELECT i.uuid, p.name, i.follow_up, i.summary, i.follow_up_due FROM "interaction" i '
        'LEFT JOIN "partner" p ON p.uuid = i.partner AND p.deleted = 0 '
        "WHERE i.deleted = 0 AND i.done = 0 AND i.follow_up_due IS NOT NULL AND i.follow_up_due != '' "
        "AND i.follow_up_due <= ? ORDER BY i.rowid",
        (horizon,),
    )
    for uuid, partner, follow_up, summary, due in follow_ups:
        title = f"{partner or ''}: {follow_up or summary or ''}"
        out.append(Deadline("interaction", uuid, title.strip(": "), due, due < now))
    month_now = now[:7]
    objectives = _rows(
        records,
        "SELECT uuid, title, due FROM \"objective\" WHERE deleted = 0 AND due IS NOT NULL AND due != '' "
        "AND COALESCE(status, '') NOT IN ('done', 'cancelled') AND due <= ? "
        + ("AND plan = ? " if plan else "")
        + "ORDER BY rowid",
        (horizon[:7], plan) if plan else (horizon[:7],),
    )
    for uuid, title, due in objectives:
        out.append(Deadline("objective", uuid, title, due, due < month_now))
    agreements = _rows(
        records,
        'SELECT uuid, title, valid_until FROM "agreement" WHERE deleted = 0 AND valid_until IS NOT NULL '
        "AND valid_until != '' AND valid_until >= ? AND valid_until <= ? ORDER BY rowid",
        (now, (today + dt.timedelta(days=90)).isoformat()),
    )
    for uuid, title, until in agreements:
        out.append(Deadline("agreement", uuid, title, until, False))
    return sorted(out, key=lambda d: d.due)
