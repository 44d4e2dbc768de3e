"""A structural description of a database schema, to compare an incoming file with ours.

Text of CREATE statements differs after ALTER TABLE, so tables are compared by their
columns, foreign keys and indexes; any trigger or view is a difference (RELIABILITY.md 16).
"""

from __future__ import annotations

import sqlite3
from functools import cache
from typing import Any

import peewee as pw

from hdesk.store import migrations

Fingerprint = dict[str, Any]


def fingerprint(conn: sqlite3.Connection) -> Fingerprint:
    objects = conn.execute(
        "SELECT type, name, tbl_name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"
    ).fetchall()
    out: Fingerprint = {"objects": [tuple(o) for o in objects]}
    for kind, name, _table in objects:
        if kind != "table":
            continue
        quoted = '"' + name.replace('"', '""') + '"'
        cols = [tuple(r[1:]) for r in conn.execute(f"PRAGMA table_info({quoted})")]
        fks = sorted(tuple(r[2:]) for r in conn.execute(f"PRAGMA foreign_key_list({quoted})"))
        idx = []
        for row in conn.execute(f"PRAGMA index_list({quoted})"):
            iname = '"' + row[1].replace('"', '""') + '"'
            columns = tuple(r[2] for r in conn.execute(f"PRAGMA index_info({iname})"))
            idx.append((row[1], row[2], row[3], row[4], columns))
        out[name] = {"columns": cols, "foreign_keys": fks, "indexes": sorted(idx)}
    return out


@cache
def _expected(version: int) -> str:
    db = pw.SqliteDatabase(":memory:")
    migrations.create_version(db, version)
    result = repr(fingerprint(db.connection()))
    db.close()
    return result


def matches_version(conn: sqlite3.Connection, version: int) -> bool:
    """True when the schema behind `conn` is exactly what hdesk writes for `version`."""
    return repr(fingerprint(conn)) == _expected(version)


def differences(conn: sqlite3.Connection, version: int) -> list[str]:
    """Names of tables or objects that differ from what hdesk writes for `version`."""
    import ast

    expected = ast.literal_eval(_expected(version))
    actual = fingerprint(conn)
    diffs = []
    exp_objects, act_objects = set(expected["objects"]), set(actual["objects"])
    for kind, name, _t in sorted(act_objects - exp_objects):
        diffs.append(f"unexpected {kind} {name}")
    for kind, name, _t in sorted(exp_objects - act_objects):
        diffs.append(f"missing {kind} {name}")
    for key in expected:
        if key != "objects" and key in actual and expected[key] != actual[key]:
            diffs.append(f"changed table {key}")
    return diffs
