"""Merge a checked exchange file into the local database (DESIGN.md "Exchange and merge").

Planning is pure: SQLite first lists the incoming records that differ from the local ones
(diff.py); only those are read in batches from both sides and merged, per record and field,
in Python (core.merge). Applying writes the plan in ONE transaction (apply.py): the values and
version entries that change, entity rows (= winners), history lines, the clock, an import log
line. A dry run is the plan without the apply. The backup before an import is written on a
second thread meanwhile (store.backup.PendingBackup) and published before the first write.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from hdesk.core.merge import DAY_MS, Stamp, exists_value, merge_values, merge_vectors, winner
from hdesk.core.schema import ENTITIES, EXISTS, Entity, Kind
from hdesk.services.exchange.apply import apply_plan, write_mark
from hdesk.services.exchange.checks import ValueChecker
from hdesk.services.exchange.diff import differing
from hdesk.services.exchange.incoming import (
    MAX_LISTED,
    ImportRefused,
    Incoming,
    Row,
    open_source,
    opened,
    read_part,
    refusal,
)
from hdesk.services.exchange.plan import BATCH, Change, Plan, Progress, Summary, chunks
from hdesk.services.records import Records
from hdesk.store.backup import PendingBackup
from hdesk.store.database import Database


def _local_state(
    database: Database, part: list[str]
) -> tuple[dict[str, str], dict[str, list[Row]], dict[str, dict[str, int]]]:
    """Entity, live values (rows sorted by field, site) and vector of each of `part` in the local file."""
    conn = database.db.connection()
    marks = ",".join("?" * len(part))
    entities = dict(conn.execute(f"SELECT uuid, entity FROM record WHERE uuid IN ({marks})", part).fetchall())
    rows: dict[str, list[Row]] = {}
    for uuid, *row in conn.execute(
        "SELECT uuid, field, site, counter, hlc, value FROM field_value"
        f" WHERE uuid IN ({marks}) ORDER BY uuid, field, site",
        part,
    ):
        rows.setdefault(uuid, []).append(tuple(row))
    vectors: dict[str, dict[str, int]] = {}
    for uuid, site, counter in conn.execute(f"SELECT uuid, site, counter FROM record_vv WHERE uuid IN ({marks})", part):
        vectors.setdefault(uuid, {})[site] = counter
    return entities, rows, vectors


def _stamps(rows: list[Row]) -> dict[str, list[Stamp]]:
    out: dict[str, list[Stamp]] = {}
    for fname, site, counter, hlc, value in rows:
        out.setdefault(fname, []).append(Stamp(hlc, site, counter, value))
    return out


def _by_field(rows: list[Row]) -> dict[str, list[Row]]:
    out: dict[str, list[Row]] = {}
    for row in rows:
        out.setdefault(row[0], []).append(row)
    return out


def _distinct(stamps: Iterable[Stamp]) -> int:
    return len({s.value for s in stamps})


def plan_merge(database: Database, incoming: Incoming, progress: Progress | None = None) -> Plan:
    """Compute the merge of `incoming` into `database` without writing anything.

    A record whose incoming stamps and vector are exactly the local ones has nothing to merge
    and is never read (diff.py lists the others); the others are read in batches from both
    sides. An incoming value is validated unless that exact stamp (field, site, counter, hlc,
    value) is already in the local record (it was validated when typed or first imported).
    """
    summary = Summary(source_site=incoming.site_id, source_office=incoming.office, sha256=incoming.sha256)
    mark = write_mark(database)  # apply writes changes, not whole records: the local file must not move
    local_entities: dict[str, str] = {}
    problems: list[str] = []
    invalid: list[str] = []
    changes: list[Change] = []
    check = ValueChecker() if incoming.source is not None else None
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    source = open_source(incoming)
    try:
        uuids = _candidates(database, incoming)
        for start, part in enumerate(chunks(uuids)):
            if progress and start % 4 == 0:
                progress(40 + int(30 * start * BATCH / max(1, len(uuids))), "planning")
            their_rows, their_vvs = read_part(incoming, source, part)
            entities, my_rows, my_vvs = _local_state(database, part)
            local_entities.update(entities)
            for uuid in part:
                entity = incoming.entities[uuid]
                known = entities.get(uuid)
                if known is not None and known != entity:
                    problems.append(f"{entity} {uuid} is a {known} here")
                    continue
                theirs_rows = their_rows.get(uuid, [])
                mine_rows = my_rows.get(uuid, [])
                my_vv = my_vvs.get(uuid, {})
                their_vv = their_vvs.get(uuid, {})
                if known is not None and theirs_rows == mine_rows and their_vv == my_vv:
                    continue  # exactly the local record: nothing to merge, nothing new to validate
                if check is not None:
                    local = set(mine_rows)
                    for row in theirs_rows:
                        if row not in local:
                            error = check(entity, row[0], row[4])
                            if error:
                                invalid.append(f"{entity} {uuid[:36]}: {error}")
                if invalid:
                    continue  # refused below; keep collecting what is wrong
                change = _merge_record(uuid, entity, known, mine_rows, theirs_rows, my_vv, their_vv, summary, now)
                if change is not None:
                    changes.append(change)
    finally:
        if source is not None:
            source.close()
    if invalid:
        shown = "; ".join(invalid[:3]) + (f" (and {len(invalid) - 3} more)" if len(invalid) > 3 else "")
        raise ImportRefused(
            "invalid", f"{incoming.name} was refused, nothing was imported: {shown}.", invalid[:MAX_LISTED]
        )
    if problems:
        raise ImportRefused(
            "invalid", f"{incoming.name} does not fit this database: {problems[0]}; nothing was imported.", problems
        )
    _check_references(database, incoming, changes, local_entities)
    summary.clock_ahead = incoming.max_hlc > time.time() * 1000 + DAY_MS
    return Plan(summary, changes, incoming.max_hlc, incoming.offices, mark)


def _candidates(database: Database, incoming: Incoming) -> list[str]:
    """The incoming records that may differ from the local ones (diff.py), in file order."""
    if incoming.source is None:
        return list(incoming.entities)
    try:
        found = differing(incoming.source, database.path)
    except sqlite3.DatabaseError as exc:
        raise refusal(incoming.name, exc) from None
    if found is None:
        return list(incoming.entities)
    return [u for u in incoming.entities if u in found]


def _merge_record(
    uuid: str,
    entity: str,
    known: str | None,
    mine_rows: list[Row],
    theirs_rows: list[Row],
    my_vv: dict[str, int],
    their_vv: dict[str, int],
    summary: Summary,
    now: str,
) -> Change | None:
    """The merged live values of one record, or None when nothing changes here."""
    mine = _stamps(mine_rows)
    theirs = _stamps(theirs_rows)
    before = {f: frozenset(v) for f, v in mine.items()}
    vector = merge_vectors(my_vv, their_vv)
    merged: dict[str, frozenset[Stamp]] = {}
    if known is None:  # a record new here: its live values are the incoming ones
        merged = {f: frozenset(v) for f, v in theirs.items()}
    else:
        mine_by, theirs_by = _by_field(mine_rows), _by_field(theirs_rows)
        for fname in mine.keys() | theirs.keys():
            if fname in mine_by and mine_by[fname] == theirs_by.get(fname):
                merged[fname] = before[fname]  # the same live values on both sides: all kept
                continue
            values = merge_values(mine.get(fname, ()), theirs.get(fname, ()), my_vv, their_vv)
            if values:
                merged[fname] = values
    if (
        known is not None
        and vector == my_vv
        and all(before.get(f, frozenset()) == merged.get(f, frozenset()) for f in before.keys() | merged.keys())
    ):
        return None  # nothing new for this record
    change = _plan_record(uuid, entity, known is None, mine, before, merged, vector, summary, now)
    change.old_vector = my_vv
    return change


def _plan_record(
    uuid: str,
    entity: str,
    new: bool,
    mine: dict[str, list[Stamp]],
    mine_sets: dict[str, frozenset[Stamp]],
    merged: dict[str, frozenset[Stamp]],
    vector: dict[str, int],
    summary: Summary,
    now: str,
) -> Change:
    ent = ENTITIES[entity]
    nothing: frozenset[Stamp] = frozenset()
    was_live = not new and exists_value(mine.get(EXISTS, []))
    is_live = exists_value(merged.get(EXISTS, []))
    history: list[dict[str, Any]] = []
    visible_change = False
    for fname in (EXISTS, *ent.field_names):
        after = merged.get(fname, nothing)
        if mine_sets.get(fname, nothing) == after:
            continue  # the same live values: the same value shown, no new conflict
        before = mine.get(fname, [])
        old_win, new_win = winner(before), winner(after)
        old_value = _shown(fname, before, old_win)
        new_value = _shown(fname, after, new_win)
        if new_win is not None and old_value != new_value and (not new or fname == EXISTS):
            # a record new here gets one line (created, by whom, when); its values are in the record
            visible_change = True
            history.append(_line(uuid, entity, fname, old_value, new_value, new_win, "merge", now))
        if len(after) > 1 and _distinct(after) > 1 and _distinct(before) <= 1:
            summary.add(entity, "conflicts")
            assert new_win is not None
            for other in sorted(after, key=lambda s: (s.hlc, s.site), reverse=True):
                if other.value != new_win.value:
                    history.append(_line(uuid, entity, fname, new_win.value, other.value, other, "conflict", now))
                    break
    if new and is_live:
        summary.add(entity, "created")
    elif was_live and not is_live:
        summary.add(entity, "deleted")
    elif not new and is_live and visible_change:
        summary.add(entity, "updated")
    return Change(uuid, entity, new, merged, vector, _row(ent, merged, is_live), history, before=mine_sets)


def _row(ent: Entity, merged: dict[str, frozenset[Stamp]], live: bool) -> dict[str, Any]:
    """The entity row of the winners (as table_rows.row_from_stamps, without re-encoding lists)."""
    row: dict[str, Any] = {"deleted": not live}
    for f in ent.fields:
        best = winner(merged.get(f.name, ()))
        if f.kind == Kind.LIST:
            row[f.name] = best.value if best else "[]"  # stamps hold the canonical JSON of the list
        elif f.kind == Kind.BOOL:
            row[f.name] = bool(json.loads(best.value)) if best else False
        else:
            row[f.name] = json.loads(best.value) if best else None
    return row


def _shown(fname: str, stamps: Iterable[Stamp], best: Stamp | None) -> str | None:
    if fname == EXISTS:
        return "true" if exists_value(stamps) else ("false" if best else None)
    return best.value if best else None


def _line(uuid: str, entity: str, fname: str, old: str | None, new: str | None, stamp: Stamp, source: str, now: str):
    return {
        "uuid": uuid,
        "entity": entity,
        "field": fname,
        "old": old,
        "new": new,
        "site": stamp.site,
        "hlc": stamp.hlc,
        "at": now,
        "source": source,
    }


def _check_references(
    database: Database, incoming: Incoming, changes: list[Change], local_entities: dict[str, str]
) -> None:
    """Every reference a merged row will hold points to a record of the right kind."""
    wanted: dict[str, list[tuple[str, str, str]]] = {}
    for change in changes:
        for f in ENTITIES[change.entity].fields:
            target = change.row.get(f.name) if f.kind == Kind.REF else None
            if target is not None:
                wanted.setdefault(target, []).append((change.entity, change.uuid, f.name))
    kinds = {u: incoming.entities.get(u) or local_entities.get(u) for u in wanted}
    missing = [u for u, k in kinds.items() if k is None]
    conn = database.db.connection()
    for part in chunks(missing):
        marks = ",".join("?" * len(part))
        for uuid, entity in conn.execute(f"SELECT uuid, entity FROM record WHERE uuid IN ({marks})", part):
            kinds[uuid] = entity
    problems = []
    for target, users in wanted.items():
        for entity, uuid, fname in users:
            if kinds.get(target) != ENTITIES[entity].field(fname).ref:
                problems.append(f"{entity} {uuid}: {fname} refers to a record that does not exist")
    if problems:
        raise ImportRefused(
            "invalid", f"{incoming.name} was refused, nothing was imported: {problems[0]}.", problems[:20]
        )


def import_file(
    records: Records,
    path: Path,
    passphrase: str | None = None,
    dry_run: bool = False,
    backup_dir: Path | None = None,
    progress: Progress | None = None,
) -> Summary:
    """Check `path`, merge it into the open database (backup first), and say what happened."""
    with opened(Path(path), passphrase, progress) as incoming:
        return merge_incoming(records, incoming, dry_run, backup_dir, progress)


def merge_incoming(
    records: Records,
    incoming: Incoming,
    dry_run: bool = False,
    backup_dir: Path | None = None,
    progress: Progress | None = None,
) -> Summary:
    """Plan, back up the local file, and apply in one transaction (a dry run only plans).

    The backup is written on a second thread while the merge is planned (the incoming file's
    own checks, on that thread before, are done by then); it is published before anything is
    written, and dropped when the file is refused.
    """
    report = progress or (lambda _p, _m: True)
    if dry_run:
        plan = plan_merge(records.database, incoming, report)
        plan.summary.dry_run = True
        return plan.summary
    backup = _start_backup(records, backup_dir)
    try:
        plan = plan_merge(records.database, incoming, report)
        report(75, "backup")
        kept = backup.keep()  # the backup is complete and durable before the first write
    except BaseException:
        backup.discard()
        raise
    report(85, "merging")
    summary = apply_plan(records, plan)
    summary.backup = kept
    report(100, "done")
    return summary


def _start_backup(records: Records, backup_dir: Path | None) -> PendingBackup:
    from hdesk import paths

    return PendingBackup(records.database, backup_dir or paths.backup_dir(), "before-import")
