"""Which incoming records differ from the local ones, found in SQL (a pre-filter of the merge).

An office usually imports a copy that is mostly what it already has: of 20,000 records, 10%
changed. Reading all 200,000 stamps of both files into Python to find that out costs seconds;
SQLite compares them in C in a fraction of that. Only the records found here go through the
Python merge (and the validation of every value not already stored here exactly).

The comparison runs on hardened, read-only connections to the CHECKED PRIVATE COPY of the
incoming file, with the local file attached read-only (`mode=ro`). The live connection never
sees the untrusted file (RELIABILITY.md 14), and nothing can be written to the local file
through these connections. The costly comparison of every stamp runs in two halves on two
connections (SQLite releases the GIL, so on two cores).

A record is listed when it is new here, of another kind here, holds an incoming stamp or version
that is not stored here exactly, or holds a different number of stamps or versions on each side.
With (uuid, field, site) and (uuid, site) unique on both sides, a record that is not listed has
exactly the same stamps and vector in both files, which is what the merge would skip anyway.
Any doubt (a value SQL cannot compare) only lists more records, never fewer.
"""

from __future__ import annotations

import sqlite3
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

_SAME_STAMP = (
    "m.uuid = o.uuid AND m.field = o.field AND m.site = o.site"
    " AND m.counter = o.counter AND m.hlc = o.hlc AND m.value = o.value"
)
# an incoming stamp not stored here exactly (the costly one: run in two halves, on two cores)
_STAMPS = (
    "SELECT DISTINCT o.uuid FROM main.field_value o NOT INDEXED WHERE o.rowid BETWEEN ? AND ?"
    f" AND NOT EXISTS (SELECT 1 FROM here.field_value m WHERE {_SAME_STAMP})"
)
_OTHERS = (
    # new here, or of another kind here
    "SELECT o.uuid FROM main.record o LEFT JOIN here.record m ON m.uuid = o.uuid"
    " WHERE m.uuid IS NULL OR m.entity IS NOT o.entity",
    # an incoming version not stored here exactly
    "SELECT DISTINCT o.uuid FROM main.record_vv o"
    " WHERE NOT EXISTS (SELECT 1 FROM here.record_vv m WHERE m.uuid = o.uuid AND m.site = o.site"
    " AND m.counter = o.counter)",
    # as many stamps and versions here as in the file (with the above: the same sets)
    "SELECT r.uuid FROM main.record r WHERE"
    " (SELECT count(*) FROM main.field_value f WHERE f.uuid = r.uuid)"
    " IS NOT (SELECT count(*) FROM here.field_value f WHERE f.uuid = r.uuid)"
    " OR (SELECT count(*) FROM main.record_vv v WHERE v.uuid = r.uuid)"
    " IS NOT (SELECT count(*) FROM here.record_vv v WHERE v.uuid = r.uuid)",
)


def differing(source: Path, local: Path) -> set[str] | None:
    """Uuids of the incoming records whose stamps, vector or kind differ from the local file's.

    `source` is the checked private copy, opened read-only on hardened connections; `local`
    the live file, attached read-only to them. None when the local file cannot be attached
    (the caller then compares every record in Python). Any SQLite error of the copy is raised.
    The local file must not change meanwhile: the caller holds its write mark (apply.py).
    """
    first = _attached(source, local)
    if first is None:
        return None
    second = _attached(source, local)
    try:
        if second is None:
            return None
        low, high = first.execute("SELECT min(rowid), max(rowid) FROM main.field_value").fetchone()
        middle = ((low or 0) + (high or 0)) // 2
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="hdesk-diff") as pool:
            half = pool.submit(_uuids, second, _STAMPS, (low or 0, middle))
            found = _uuids(first, _STAMPS, (middle + 1, high or 0))
            for sql in _OTHERS:
                found |= _uuids(first, sql, ())
            found |= half.result()
        return found
    finally:
        first.close()
        if second is not None:
            second.close()


def _attached(source: Path, local: Path) -> sqlite3.Connection | None:
    from hdesk.services.exchange.incoming import harden

    conn = harden(sqlite3.connect(source.resolve().as_uri() + "?mode=ro", uri=True, check_same_thread=False))
    try:
        conn.execute("ATTACH DATABASE ? AS here", (Path(local).resolve().as_uri() + "?mode=ro",))
    except sqlite3.Error:
        conn.close()
        return None
    return conn


def _uuids(conn: sqlite3.Connection, sql: str, args: tuple[int, ...]) -> set[str]:
    return {uuid for (uuid,) in conn.execute(sql, args)}
