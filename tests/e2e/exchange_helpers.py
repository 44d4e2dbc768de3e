"""Builders for exchange tests: big valid files made quickly, hashes of files and contents."""

from __future__ import annotations

import hashlib
import sqlite3
import uuid as uuidlib
from pathlib import Path

from hdesk.core.merge import Stamp
from hdesk.services.exchange.apply import apply_plan
from hdesk.services.exchange.incoming import Incoming
from hdesk.services.exchange.merge import plan_merge
from hdesk.services.records import Records
from hdesk.services.table_rows import encode
from hdesk.store.database import Database


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def content_hash(path: Path) -> str:
    """A hash of every row of every table, read-only (unchanged by a WAL replay)."""
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        digest = hashlib.sha256()
        for line in conn.iterdump():
            digest.update(line.encode())
        return digest.hexdigest()
    finally:
        conn.close()


def synthetic_incoming(n: int, notes: str = ("A meeting note. " * 20).strip()) -> Incoming:
    """`n` partners as another office would carry them (bookkeeping only, like a real file)."""
    site = str(uuidlib.uuid4())
    inc = Incoming("synthetic", "", 2, site, "Branch office")
    for i in range(n):
        uuid = str(uuidlib.uuid4())
        counter, hlc = i + 1, 1_700_000_000_000 + i
        values = {
            "_exists": True,
            "name": f"Partner {i}",
            "kind": "ngo",
            "influence": 1 + i % 5,
            "interest": 3,
            "stance": "unknown",
            "stage": "identified",
            "notes": notes,
            "concerns": [],
        }
        inc.entities[uuid] = "partner"
        inc.stamps[uuid] = {k: [Stamp(hlc, site, counter, encode(v))] for k, v in values.items()}
        inc.vectors[uuid] = {site: counter}
        inc.max_hlc = hlc
    return inc


def big_database(path: Path, n: int) -> Path:
    """A valid hdesk file with `n` partners, made in seconds through the merge path."""
    with Database(path, create=True) as database:
        records = Records(database)
        apply_plan(records, plan_merge(database, synthetic_incoming(n)))
        database.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return path
