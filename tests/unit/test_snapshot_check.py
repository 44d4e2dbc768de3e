"""The full check of a copy that leaves the office finds what SQLite's integrity_check finds.

It runs as quick_check of the whole file plus integrity_check of each table on two
connections; these tests damage a copy in ways only one of those parts can see.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from hdesk.store import snapshot
from hdesk.store.database import Database
from hdesk.store.errors import StoreError


@pytest.fixture
def copy(demo_file: Path, tmp_path: Path) -> Path:
    target = tmp_path / "copy.hdesk"
    with Database(demo_file, readonly=True) as database:
        snapshot.vacuum_into(database, target)
    return target


def _edit_schema(path: Path, sql: str) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute(sql)
    conn.commit()
    conn.close()


def _sqlite_says(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [row[0] for row in conn.execute("PRAGMA integrity_check")]
    finally:
        conn.close()


def test_a_sound_copy_passes_with_the_same_counts_as_verify(copy: Path) -> None:
    found = snapshot.check(copy)
    assert found == snapshot.verify(copy)
    assert found["partner"] > 0


def test_the_biggest_tables_index_out_of_step_with_its_rows_is_found(copy: Path, tmp_path: Path) -> None:
    # the stored rows no longer match their primary-key index: quick_check cannot see this
    _edit_schema(
        copy,
        """UPDATE sqlite_master SET sql = replace(sql, '"uuid" TEXT NOT NULL, "field" TEXT NOT NULL',
           '"field" TEXT NOT NULL, "uuid" TEXT NOT NULL') WHERE name = 'field_value'""",
    )
    assert _sqlite_says(copy) != ["ok"]
    snapshot.verify(copy)  # the quick check passes ...
    with pytest.raises(StoreError, match="missing from index sqlite_autoindex_field_value_1") as caught:
        snapshot.check(copy)  # ... the full one does not
    assert caught.value.code == "damaged"


def test_pages_that_no_table_owns_are_found(copy: Path) -> None:
    # only a check of the whole file sees these: each table's own check passes
    _edit_schema(copy, "DELETE FROM sqlite_master WHERE tbl_name = 'history'")
    with pytest.raises(StoreError, match=r"has a problem \(Page \d+ is never used\)"):
        snapshot.check(copy)


def test_a_broken_reference_is_found(copy: Path, tmp_path: Path) -> None:
    conn = sqlite3.connect(copy)
    conn.execute("UPDATE contact SET partner = 'gone' WHERE rowid = (SELECT min(rowid) FROM contact)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="foreign key: contact row"):
        snapshot.check(copy, about="office.hdesk")


def test_a_torn_file_is_refused_before_sqlite_reads_it(copy: Path, tmp_path: Path) -> None:
    torn = tmp_path / "torn.hdesk"
    shutil.copy(copy, torn)
    with torn.open("r+b") as handle:
        handle.truncate(torn.stat().st_size - 4096)
    with pytest.raises(StoreError):
        snapshot.check(torn)
