"""How a record's values sit in its entity table, and the canonical text of a stamped value.

Lists are stored as canonical JSON text, booleans as 0/1, numbers as SQLite numbers; reading a
row turns them back. records.py writes and reads the tables through these; the merge rebuilds a
row from the winning stamps with `row_from_stamps`.
"""

from __future__ import annotations

import json
from typing import Any

from hdesk.core.merge import Stamp, exists_value, winner
from hdesk.core.schema import EXISTS, Entity, Kind


def encode(value: Any) -> str:
    """The canonical JSON text of a stored value (equal values, equal text, on every site)."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def to_column(kind: Kind, value: Any) -> Any:
    if kind == Kind.LIST:
        return encode(list(value or []))
    return value


def _to_int(value: Any) -> Any:
    return None if value is None else int(value)


def _to_float(value: Any) -> Any:
    return None if value is None else float(value)


def _to_list(value: Any) -> Any:
    if not value or value == "[]":  # most list fields are empty: no parse (a new list each time)
        return []
    return json.loads(value)


def converters(ent: Entity) -> list[Any]:
    """Per field, what peewee's column type and decode_row would do to a stored value (None: nothing)."""
    table = {Kind.INT: _to_int, Kind.NUMBER: _to_float, Kind.BOOL: bool, Kind.LIST: _to_list}
    return [table.get(f.kind) for f in ent.fields]


def decode_row(ent: Entity, row: dict[str, Any]) -> dict[str, Any]:
    """A table row as field -> value with lists decoded and booleans as bool."""
    out: dict[str, Any] = {"uuid": row["uuid"], "deleted": bool(row["deleted"])}
    for f in ent.fields:
        value = row.get(f.name)
        if f.kind == Kind.LIST:
            value = _to_list(value)
        elif f.kind == Kind.BOOL:
            value = bool(value)
        out[f.name] = value
    return out


def row_from_stamps(ent: Entity, stamps: dict[str, list[Stamp]]) -> dict[str, Any]:
    """The winning value of each field, as the entity table should hold it."""
    row: dict[str, Any] = {"deleted": not exists_value(stamps.get(EXISTS, []))}
    for f in ent.fields:
        best = winner(stamps.get(f.name, []))
        value = json.loads(best.value) if best else ([] if f.kind == Kind.LIST else None)
        row[f.name] = to_column(f.kind, value)
    return row
