"""Conflicts left by merges: fields with more than one distinct live value, and resolving them.

Resolving writes the chosen value as an ordinary edit: its new stamp replaces every live value
of the field and its version covers both, so the choice travels on the next exchange and
settles the conflict in the other office too. The losing values stay in the history.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hdesk.core.merge import exists_value, winner
from hdesk.core.schema import ENTITIES, EXISTS
from hdesk.services.exchange.plan import chunks
from hdesk.services.records import ChangeSet, Records, live_stamps


@dataclass(frozen=True)
class ConflictValue:
    value: Any  # decoded value (for _exists: True = keep the record, False = deleted)
    site: str
    office: str  # office name when known, else "" (the UI shows "this office" / "unknown office")
    at: dt.datetime  # from the hybrid clock: the wall time of the edit, roughly
    shown: bool  # the value the tables show now
    here: bool  # written in this copy


@dataclass(frozen=True)
class Conflict:
    entity: str
    uuid: str
    label: str  # the record's name for people
    field: str
    values: tuple[ConflictValue, ...]


def office_names(records: Records) -> dict[str, str]:
    """site id -> office name, from this copy's identity and every import it logged."""
    database = records.database
    out: dict[str, str] = {}
    for row in database.m.import_log.select().order_by(database.m.import_log.id).dicts():
        try:
            known = json.loads(row["details"] or "{}").get("offices", {})
        except ValueError:
            known = {}
        if isinstance(known, dict):
            out.update({k: v for k, v in known.items() if isinstance(v, str) and v})
        if row["source_office"]:
            out[row["source_site"]] = row["source_office"]
    mine = [database.meta("office.society", ""), database.meta("office.office_name", "")]
    if any(mine):
        out[database.site_id] = " / ".join(p for p in mine if p)
    return out


# fields stamped by more than one office first, from the primary key's index alone (no value read):
# a third of the time of comparing every field's values on a large file
_CONFLICTING = """SELECT uuid, field FROM field_value
   WHERE (uuid, field) IN (SELECT uuid, field FROM field_value GROUP BY uuid, field HAVING count(*) > 1)
   GROUP BY uuid, field HAVING count(DISTINCT value) > 1"""


def conflicting_fields(path: Path) -> list[tuple[str, str]]:
    """(uuid, field) of every field with more than one distinct live value, read from the file at `path`.

    On a connection of its own, read-only, so another thread can run it while the window works: on a
    300 MB file the scan reads the whole primary-key index (about 0.4 s).
    """
    conn = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        return [(str(uuid), str(field)) for uuid, field in conn.execute(_CONFLICTING)]
    finally:
        conn.close()


def list_conflicts(records: Records, pairs: list[tuple[str, str]] | None = None) -> list[Conflict]:
    """Every conflicting field of a record (including delete-versus-edit), newest edit first.

    `pairs`: the fields found by `conflicting_fields` (a scan made earlier, maybe on another thread);
    a field settled since is left out.
    """
    database = records.database
    if pairs is None:
        pairs = database.db.connection().execute(_CONFLICTING).fetchall()
    if not pairs:
        return []
    conn = database.db.connection()
    uuids = sorted({u for u, _ in pairs})
    kinds: dict[str, str] = {}
    for part in chunks(uuids):
        marks = ",".join("?" * len(part))
        kinds.update(conn.execute(f"SELECT uuid, entity FROM record WHERE uuid IN ({marks})", part).fetchall())
    names = office_names(records)
    here = database.site_id
    out = []
    for uuid, fname in pairs:
        entity = kinds.get(uuid)
        if entity is None:
            continue
        stamps = live_stamps(database, uuid)
        values = stamps.get(fname, [])
        if len({stamp.value for stamp in values}) < 2:
            continue  # settled since the scan
        best = winner(values)
        try:
            row = records.get(entity, uuid, include_deleted=True)
            label = str(row.get(ENTITIES[entity].label) or "")
        except LookupError:
            label = ""
        shown_exists = exists_value(values) if fname == EXISTS else None
        listed = []
        for stamp in sorted(values, key=lambda s: (s.hlc, s.site), reverse=True):
            decoded = json.loads(stamp.value)
            is_shown = decoded == shown_exists if fname == EXISTS else stamp == best
            listed.append(
                ConflictValue(
                    decoded,
                    stamp.site,
                    names.get(stamp.site, ""),
                    dt.datetime.fromtimestamp(stamp.hlc / 1000, dt.UTC),
                    bool(is_shown),
                    stamp.site == here,
                )
            )
        out.append(Conflict(entity, uuid, label, fname, tuple(listed)))
    out.sort(key=lambda c: max(v.at for v in c.values), reverse=True)
    return out


def resolve(records: Records, entity: str, uuid: str, field: str, value: Any) -> ChangeSet:
    """Choose `value` for a conflicting field: an ordinary edit that covers every live value."""
    if field == EXISTS:
        if value:
            return records.restore(entity, uuid)
        return records.delete(entity, uuid)
    return records.update(entity, uuid, {field: value}, force=True)
