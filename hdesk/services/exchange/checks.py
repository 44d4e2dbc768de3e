"""Checks of what an incoming file holds: the shape of every stamp and version (in SQL), and
every value exactly as the GUI would validate it (RELIABILITY.md 18)."""

from __future__ import annotations

import json
import sqlite3
from typing import TYPE_CHECKING

from hdesk.core.schema import ENTITIES, EXISTS
from hdesk.core.validation import ValidationError, describe, is_uuid, validate

if TYPE_CHECKING:
    from hdesk.services.exchange.incoming import Incoming

MAX_STAMP = 2**62
MAX_LISTED = 20

_CACHE_LIMIT = 200_000
_LIMIT = 2 * MAX_LISTED


def check_stamps(conn: sqlite3.Connection, incoming: Incoming, problems: list[str]) -> None:
    """Shape checks of every stamp and version, in SQL (one pass each, no rows kept in memory).

    The values themselves are validated while merging (merge.plan_merge), where a stamp that
    already exists locally, exactly, needs no second check (RELIABILITY.md 18).
    """

    def where(uuid: object) -> str:
        return f"{incoming.entities.get(uuid) or 'record'} {str(uuid)[:36]}"  # type: ignore[call-overload]

    kinds = ",".join("?" * len(ENTITIES))
    for (uuid,) in conn.execute(
        "SELECT uuid FROM field_value WHERE uuid NOT IN (SELECT uuid FROM record)"
        f" OR uuid IN (SELECT uuid FROM record WHERE NOT (entity IN ({kinds}))) LIMIT ?",
        (*ENTITIES, _LIMIT),
    ):
        problems.append(f"{where(uuid)}: a value of an unknown record")
    bad_sites = [s for (s,) in conn.execute("SELECT DISTINCT site FROM field_value") if not is_uuid(s)]
    bad_sites += [s for (s,) in conn.execute("SELECT DISTINCT site FROM record_vv") if not is_uuid(s)]
    marks = ",".join("?" * len(bad_sites)) or "NULL"
    for uuid, fname in conn.execute(
        f"SELECT uuid, field FROM field_value WHERE site IN ({marks})"
        " OR typeof(counter) != 'integer' OR counter < 1 OR counter >= ?"
        " OR typeof(hlc) != 'integer' OR hlc < 0 OR hlc >= ? OR typeof(value) != 'text' LIMIT ?",
        (*bad_sites, MAX_STAMP, MAX_STAMP, _LIMIT),
    ):
        problems.append(f"{where(uuid)}: {str(fname)[:40]} has a malformed version stamp")
    row = conn.execute("SELECT max(hlc) FROM field_value WHERE typeof(hlc) = 'integer' AND hlc < ?", (MAX_STAMP,))
    incoming.max_hlc = max(0, row.fetchone()[0] or 0)
    for (uuid,) in conn.execute(
        "SELECT uuid FROM record_vv WHERE uuid NOT IN (SELECT uuid FROM record) LIMIT ?", (_LIMIT,)
    ):
        problems.append(f"record {str(uuid)[:36]}: a version of an unknown record")
    for (uuid,) in conn.execute(
        f"SELECT uuid FROM record_vv WHERE site IN ({marks})"
        " OR typeof(counter) != 'integer' OR counter < 1 OR counter >= ? LIMIT ?",
        (*bad_sites, MAX_STAMP, _LIMIT),
    ):
        problems.append(f"record {str(uuid)[:36]}: a malformed version")
    for (uuid,) in conn.execute(
        "SELECT uuid FROM record r WHERE NOT EXISTS"
        " (SELECT 1 FROM field_value f WHERE f.uuid = r.uuid AND f.field = ?) LIMIT ?",
        (EXISTS, _LIMIT),
    ):
        if uuid in incoming.entities:
            problems.append(f"{incoming.entities[uuid]} {uuid}: no existence mark")
    for (uuid,) in conn.execute(
        "SELECT DISTINCT f.uuid FROM field_value f WHERE f.counter > coalesce("
        "(SELECT v.counter FROM record_vv v WHERE v.uuid = f.uuid AND v.site = f.site), 0) LIMIT ?",
        (_LIMIT,),
    ):
        if uuid in incoming.entities:
            problems.append(f"{incoming.entities[uuid]} {uuid}: a value newer than its version")


class ValueChecker:
    """`_check_value` with a cache per distinct (entity, field, value)."""

    def __init__(self) -> None:
        self.cache: dict[tuple[str, str, str], str | None] = {}

    def __call__(self, entity: str, fname: str, value: str) -> str | None:
        key = (entity, fname, value)
        if key in self.cache:
            return self.cache[key]
        error = _check_value(entity, fname, value)
        if len(self.cache) < _CACHE_LIMIT:
            self.cache[key] = error
        return error


def _good_int(value: object, minimum: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and minimum <= value < MAX_STAMP


def _check_value(entity: str, fname: object, text: str) -> str | None:
    """None when `text` is the canonical JSON of a valid value of the field; else a reason."""
    from hdesk.services.records import encode

    ent = ENTITIES[entity]
    if fname == EXISTS:
        return None if text in ("true", "false") else "a malformed deletion mark"
    if not isinstance(fname, str) or fname not in ent.field_names:
        return f"unknown field {str(fname)[:40]!r}"
    try:
        raw = json.loads(text)
    except ValueError:
        return f"{fname} is not readable"
    try:
        clean = validate(ent, {fname: raw}, partial=True)
    except ValidationError as exc:
        return describe(exc.errors[0])
    except (TypeError, ValueError, AttributeError):
        return f"{fname} has a value of the wrong type"
    if encode(clean[fname]) != text:
        return f"{fname} is not stored the way hdesk stores it"
    return None
