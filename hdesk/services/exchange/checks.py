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
    """Shape checks of every stamp and version, in SQL (one pass over the stamps, no rows kept).

    The values themselves are validated while merging (merge.plan_merge), where a stamp that
    already exists locally, exactly, needs no second check (RELIABILITY.md 18).
    """

    def where(uuid: object) -> str:
        return f"{incoming.entities.get(uuid) or 'record'} {str(uuid)[:36]}"  # type: ignore[call-overload]

    kinds = ",".join("?" * len(ENTITIES))
    bad_sites = [s for (s,) in conn.execute("SELECT DISTINCT site FROM field_value") if not is_uuid(s)]
    bad_sites += [s for (s,) in conn.execute("SELECT DISTINCT site FROM record_vv") if not is_uuid(s)]
    bad_sites = bad_sites[:_LIMIT]  # each one is found again below: the file is refused, the SQL stays short
    marks = ",".join("?" * len(bad_sites)) or "NULL"
    # one pass over every stamp (table order): its record, its shape, and its record's version of its site
    unknown = f"r.uuid IS NULL OR NOT (r.entity IN ({kinds}))"
    malformed = (
        f"f.site IN ({marks}) OR typeof(f.counter) != 'integer' OR f.counter < 1 OR f.counter >= ?"
        " OR typeof(f.hlc) != 'integer' OR f.hlc < 0 OR f.hlc >= ? OR typeof(f.value) != 'text'"
    )
    newer = "f.counter > coalesce(v.counter, 0)"
    for uuid, fname, is_unknown, is_malformed in conn.execute(
        f"SELECT f.uuid, f.field, {unknown}, {malformed} FROM field_value f NOT INDEXED"
        " LEFT JOIN record r ON r.uuid = f.uuid LEFT JOIN record_vv v ON v.uuid = f.uuid AND v.site = f.site"
        f" WHERE ({unknown}) OR ({malformed}) OR {newer} LIMIT ?",
        (*ENTITIES, *bad_sites, MAX_STAMP, MAX_STAMP, *ENTITIES, *bad_sites, MAX_STAMP, MAX_STAMP, _LIMIT),
    ):
        if is_unknown:
            problem = f"{where(uuid)}: a value of an unknown record"
        elif is_malformed:
            problem = f"{where(uuid)}: {str(fname)[:40]} has a malformed version stamp"
        else:  # newer
            problem = f"{where(uuid)}: a value newer than its version"
        if problem not in problems:
            problems.append(problem)
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
    from hdesk.services.table_rows import encode

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
