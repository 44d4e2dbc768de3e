"""Write a merge plan in ONE transaction: values, vectors, entity rows, history, clock, import log."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from hdesk.core.schema import ENTITIES, ENTITY_ORDER
from hdesk.services.exchange.incoming import ImportRefused
from hdesk.services.exchange.plan import Change, Plan, Summary
from hdesk.services.records import Records
from hdesk.store.database import Database


def apply_plan(records: Records, plan: Plan) -> Summary:
    """Write a plan in one transaction; the caller made a backup first.

    Only what changes is written: the live values and version entries that differ from the
    local ones the plan was computed from (Change.before / old_vector). So the local file must
    still be the one planned on: its write mark is compared inside the transaction, and a file
    written meanwhile refuses the import (nothing changes; importing again plans afresh).
    """
    database = records.database
    conn = database.db.connection()
    summary = plan.summary
    with database.atomic():
        conn.execute("SELECT 1 FROM meta LIMIT 1").fetchall()  # the transaction's snapshot starts here
        if plan.mark is not None and write_mark(database) != plan.mark:
            raise ImportRefused(
                "changed", "The database changed while the import was prepared; nothing was imported. Import again."
            )
        gone, added = _stamp_changes(plan.changes)
        conn.executemany("DELETE FROM field_value WHERE uuid = ? AND field = ? AND site = ?", gone)
        conn.executemany(
            "INSERT INTO field_value (uuid, field, site, counter, hlc, value) VALUES (?, ?, ?, ?, ?, ?)", added
        )
        conn.executemany(
            "DELETE FROM record_vv WHERE uuid = ? AND site = ?",
            ((c.uuid, site) for c in plan.changes for site in c.old_vector if site not in c.vector),
        )
        conn.executemany(
            "INSERT OR REPLACE INTO record_vv (uuid, site, counter) VALUES (?, ?, ?)",
            ((c.uuid, site, n) for c in plan.changes for site, n in c.vector.items() if c.old_vector.get(site) != n),
        )
        conn.executemany(
            "INSERT OR IGNORE INTO record (uuid, entity) VALUES (?, ?)",
            ((c.uuid, c.entity) for c in plan.changes if c.new),
        )
        for name in ENTITY_ORDER:
            _write_rows(conn, name, [c for c in plan.changes if c.entity == name])
        lines = [line for c in plan.changes for line in c.history]
        if lines:
            conn.executemany(
                "INSERT INTO history (uuid, entity, field, old, new, site, hlc, at, source)"
                " VALUES (:uuid, :entity, :field, :old, :new, :site, :hlc, :at, :source)",
                lines,
            )
        records.clock.see(plan.max_hlc)
        stored = int(database.meta("hlc", "0") or 0)
        database.set_meta("hlc", str(max(stored, records.clock.last)))
        _log(database, summary, plan.offices)
        fk = conn.execute("PRAGMA foreign_key_check").fetchone()
        if fk is not None:
            raise ImportRefused("invalid", f"The import would leave a broken reference ({fk[0]}); nothing changed.")
    return summary


def write_mark(database: Database) -> tuple[int, int]:
    """Changes made through this connection, and SQLite's counter of commits by any other one."""
    conn = database.db.connection()
    return conn.total_changes, conn.execute("PRAGMA data_version").fetchone()[0]


def _stamp_changes(changes: list[Change]) -> tuple[list[tuple[str, str, str]], list[tuple[Any, ...]]]:
    """(uuid, field, site) of the local values to remove, and the rows of the values to add."""
    gone: list[tuple[str, str, str]] = []
    added: list[tuple[Any, ...]] = []
    for c in changes:
        for fname in c.before.keys() | c.stamps.keys():
            old = c.before.get(fname, frozenset())
            new = c.stamps.get(fname, frozenset())
            if old == new:
                continue
            gone.extend((c.uuid, fname, s.site) for s in old - new)
            added.extend((c.uuid, fname, s.site, s.counter, s.hlc, s.value) for s in new - old)
    return gone, added


def _write_rows(conn: Any, name: str, changes: list[Change]) -> None:
    if not changes:
        return
    columns = ["deleted", *ENTITIES[name].field_names]
    quoted = ", ".join(f'"{c}"' for c in columns)
    new = [c for c in changes if c.new]
    old = [c for c in changes if not c.new]
    if new:
        marks = ", ".join("?" * (len(columns) + 1))
        conn.executemany(
            f'INSERT INTO "{name}" ("uuid", {quoted}) VALUES ({marks})',
            ([c.uuid, *(c.row[k] for k in columns)] for c in new),
        )
    if old:
        sets = ", ".join(f'"{c}" = ?' for c in columns)
        conn.executemany(
            f'UPDATE "{name}" SET {sets} WHERE "uuid" = ?', ([*(c.row[k] for k in columns), c.uuid] for c in old)
        )


def _log(database: Database, summary: Summary, offices: dict[str, str]) -> None:
    totals = summary.totals
    database.m.import_log.insert(
        at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        source_site=summary.source_site,
        source_office=summary.source_office,
        file_sha256=summary.sha256,
        details=json.dumps({"entities": summary.as_dict(), "offices": offices}, ensure_ascii=False, sort_keys=True),
        **totals,
    ).execute()
