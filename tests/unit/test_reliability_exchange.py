"""The exchange's safety nets that need no GUI: leftovers swept, time budget, clock warning, backup first."""

from __future__ import annotations

import os
import sqlite3
import tempfile
import time
from pathlib import Path

import pytest

from hdesk.core.merge import DAY_MS, HybridClock
from hdesk.services.exchange.export import export_file
from hdesk.services.exchange.incoming import MAX_VALUE_BYTES, TEMP_PREFIX, harden, sweep_temp
from hdesk.services.exchange.merge import import_file
from hdesk.services.records import Records
from hdesk.store.backup import list_backups
from hdesk.store.database import Database
from hdesk.store.snapshot import SNAPSHOT_PREFIX
from tests.conftest import run_hdesk


@pytest.mark.parametrize("prefix", [TEMP_PREFIX, SNAPSHOT_PREFIX])  # a killed import; a backup cut off
def test_plaintext_left_by_a_killed_import_is_swept_at_the_next_start(prefix: str):
    old = Path(tempfile.mkdtemp(prefix=prefix))
    (old / "snapshot.hdesk").write_bytes(b"partner names in clear")
    two_hours_ago = time.time() - 7200
    os.utime(old, (two_hours_ago, two_hours_ago))
    busy = Path(tempfile.mkdtemp(prefix=prefix))  # another window's import or backup, still running
    try:
        sweep_temp()
        assert not old.exists()
        assert busy.exists()
    finally:
        for folder in (old, busy):
            if folder.exists():
                for child in folder.iterdir():
                    child.unlink()
                folder.rmdir()


def test_the_command_line_sweeps_too(tmp_path):
    old = Path(tempfile.mkdtemp(prefix=TEMP_PREFIX))
    os.utime(old, (time.time() - 7200, time.time() - 7200))
    source = tmp_path / "a.hdesk"
    assert run_hdesk("init", str(source)).returncode == 0
    result = run_hdesk("exchange", "export", str(source), str(tmp_path / "out.hdesk"))
    assert result.returncode == 0, result.stderr
    assert not old.exists()


def test_a_query_that_runs_too_long_on_a_file_from_elsewhere_is_stopped():
    conn = harden(sqlite3.connect(":memory:"), budget_s=0.05)
    started = time.monotonic()
    with pytest.raises(sqlite3.OperationalError, match="interrupt"):
        conn.execute(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n"
        ).fetchone()
    assert time.monotonic() - started < 5
    conn.close()


def test_hardened_connection_refuses_huge_values():
    conn = harden(sqlite3.connect(":memory:"))
    with pytest.raises(sqlite3.DataError):
        conn.execute("SELECT ?", ("x" * (MAX_VALUE_BYTES + 1),)).fetchone()
    conn.close()


def _office(path: Path, wall_offset_ms: int = 0) -> Records:
    clock = HybridClock(wall=lambda: int(time.time() * 1000) + wall_offset_ms)
    return Records(Database(path, create=True), clock=clock)


def test_a_file_from_a_pc_whose_clock_runs_days_ahead_is_flagged(tmp_path):
    ahead = _office(tmp_path / "ahead.hdesk", wall_offset_ms=3 * DAY_MS)
    ahead.create("department", {"name": "Health"})
    carried = tmp_path / "carried.hdesk"
    export_file(ahead.database, carried)
    ahead.database.close()
    local = _office(tmp_path / "local.hdesk")
    summary = import_file(local, carried, backup_dir=tmp_path / "backups")
    assert summary.clock_ahead
    assert [d["name"] for d in local.list("department")] == ["Health"]
    local.database.close()


def test_a_file_from_a_correct_clock_is_not_flagged_and_a_backup_comes_first(tmp_path):
    other = _office(tmp_path / "other.hdesk")
    other.create("partner", {"name": "UNICEF", "kind": "un_agency"})
    carried = tmp_path / "carried.hdesk"
    export_file(other.database, carried)
    other.database.close()
    local = _office(tmp_path / "local.hdesk")
    local.create("department", {"name": "Youth"})
    summary = import_file(local, carried, backup_dir=tmp_path / "backups")
    assert not summary.clock_ahead
    backups = list_backups(tmp_path / "backups", local.database.path)
    assert [b.reason for b in backups] == ["before-import"]
    with Database(backups[0].path, readonly=True) as before:
        names = [p["name"] for p in Records(before).list("partner")]
        assert names == []  # the backup is the state before the merge
        assert [d["name"] for d in Records(before).list("department")] == ["Youth"]
    local.database.close()
