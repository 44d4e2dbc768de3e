"""`hdesk exchange` as an office uses it, and every hostile file refused with one line (exit 2)."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from hdesk.services.demo import fill_demo
from hdesk.services.exchange.export import export_file
from hdesk.services.records import Records
from hdesk.store.database import Database
from tests.conftest import run_hdesk
from tests.e2e.exchange_helpers import big_database, content_hash, file_hash


@pytest.fixture
def local(tmp_path: Path) -> Path:
    """This office's file, with a few partners of its own (opened once, so its site id is settled)."""
    path = tmp_path / "office.hdesk"
    with Database(path, create=True) as database:
        records = Records(database)
        records.create("partner", {"name": "Ministry of Health", "stance": "supportive"})
    return path


@pytest.fixture(scope="module")
def good_export(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An exchange file of the demo office, written by the export service."""
    folder = tmp_path_factory.mktemp("exports")
    with Database(folder / "head.hdesk", create=True) as database:
        fill_demo(Records(database))
        export_file(database, folder / "from-head.hdesk")
    return folder / "from-head.hdesk"


def _edit_copy(good: Path, target: Path, *sql: str) -> Path:
    shutil.copyfile(good, target)
    conn = sqlite3.connect(target)
    for statement in sql:
        conn.execute(statement)
    conn.commit()
    conn.close()
    return target


def _random_bytes(good: Path, tmp: Path) -> Path:
    (tmp / "random.hdesk").write_bytes(os.urandom(64 * 1024))
    return tmp / "random.hdesk"


def _truncated(good: Path, tmp: Path) -> Path:
    (tmp / "cut.hdesk").write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    return tmp / "cut.hdesk"


def _foreign_app(good: Path, tmp: Path) -> Path:
    return _edit_copy(good, tmp / "foreign.hdesk", "PRAGMA application_id = 1")


def _newer(good: Path, tmp: Path) -> Path:
    return _edit_copy(good, tmp / "newer.hdesk", "PRAGMA user_version = 99")


def _trigger(good: Path, tmp: Path) -> Path:
    return _edit_copy(
        good, tmp / "trigger.hdesk", "CREATE TRIGGER evil AFTER INSERT ON meta BEGIN DELETE FROM partner; END"
    )


def _view(good: Path, tmp: Path) -> Path:
    return _edit_copy(good, tmp / "view.hdesk", "CREATE VIEW evil AS SELECT * FROM partner")


def _index(good: Path, tmp: Path) -> Path:
    return _edit_copy(good, tmp / "index.hdesk", "CREATE INDEX evil ON partner (notes)")


def _huge_text(good: Path, tmp: Path) -> Path:
    huge = json.dumps("x" * 50_000_000)
    return _edit_copy(
        good,
        tmp / "huge.hdesk",
        f"UPDATE field_value SET value = '{huge}'"
        " WHERE rowid = (SELECT min(rowid) FROM field_value WHERE field = 'notes')",
    )


def _wal_without_wal(good: Path, tmp: Path) -> Path:
    path = _edit_copy(good, tmp / "wal.hdesk", "PRAGMA journal_mode = WAL")
    assert not path.with_name(path.name + "-wal").exists()
    return path


def _bad_rows(good: Path, tmp: Path) -> Path:
    return _edit_copy(
        good,
        tmp / "bad.hdesk",
        """UPDATE field_value SET value = '"friendly"' WHERE field = 'stance'""",
        """UPDATE field_value SET value = '"2024-13-45"' WHERE field = 'date'""",
    )


HOSTILE: dict[str, tuple[Callable[[Path, Path], Path], str]] = {
    "random bytes": (_random_bytes, "not an hdesk database"),
    "truncated": (_truncated, "incomplete or damaged"),
    "foreign application id": (_foreign_app, "not an hdesk database"),
    "newer version": (_newer, "please update hdesk"),
    "extra trigger": (_trigger, "unexpected trigger evil"),
    "extra view": (_view, "unexpected view evil"),
    "extra index": (_index, "schema hdesk did not write"),
    "50 MB text field": (_huge_text, "larger than hdesk accepts"),
    "WAL file without its -wal": (_wal_without_wal, "live database file"),
    "invalid values": (_bad_rows, "stance must be one of"),
}


@pytest.mark.parametrize("case", list(HOSTILE))
def test_hostile_file_refused_in_one_line_and_local_file_untouched(
    case: str, good_export: Path, local: Path, tmp_path: Path, data_dir: Path
) -> None:
    make, words = HOSTILE[case]
    hostile = make(good_export, tmp_path)
    before = file_hash(local)
    result = run_hdesk("exchange", "import", str(local), str(hostile))
    assert result.returncode == 2, result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("hdesk: "), result.stderr
    assert words in lines[0]
    assert "Traceback" not in result.stderr
    assert file_hash(local) == before
    assert not (data_dir / "backups" / "office").exists() or not any((data_dir / "backups" / "office").iterdir())


def test_import_then_again_changes_nothing_and_dry_run_writes_nothing(good_export: Path, local: Path) -> None:
    before = file_hash(local)
    dry = run_hdesk("exchange", "import", str(local), str(good_export), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "dry run" in dry.stdout and "partner" in dry.stdout
    assert file_hash(local) == before
    first = run_hdesk("exchange", "import", str(local), str(good_export))
    assert first.returncode == 0, first.stderr
    total = next(line for line in first.stdout.splitlines() if line.startswith("total")).split()
    assert int(total[1]) > 50 and total[2:] == ["0", "0", "0"]
    dry_total = next(line for line in dry.stdout.splitlines() if line.startswith("total")).split()
    assert dry_total == total  # the preview said exactly what the import did
    again = run_hdesk("exchange", "import", str(local), str(good_export))
    assert "total           0          0          0          0" in again.stdout.replace("   ", "   ")
    check = run_hdesk("check", str(local))
    assert check.returncode == 0, check.stderr
    with Database(local) as database:
        assert len(Records(database).list("partner")) == 21
        log = list(database.m.import_log.select().dicts())
        assert len(log) == 2 and log[0]["source_office"].startswith("Red Crescent")


def test_path_with_hash_question_mark_percent_works(good_export: Path, local: Path, tmp_path: Path) -> None:
    folder = tmp_path / "stick #1 ?a=b %20"
    folder.mkdir()
    odd = folder / "head #2?%41.hdesk"
    shutil.copyfile(good_export, odd)
    result = run_hdesk("exchange", "import", str(local), str(odd))
    assert result.returncode == 0, result.stderr
    out = folder / "back #3?%.hdesk"
    exported = run_hdesk("exchange", "export", str(local), str(out))
    assert exported.returncode == 0, exported.stderr
    assert run_hdesk("check", str(out)).returncode == 0


def test_encrypted_round_trip_wrong_passphrase_and_tampering(
    local: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    private_tmp = tmp_path / "tmp"
    private_tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(private_tmp))  # the child's temp folder, to prove it is emptied
    head = tmp_path / "head.hdesk"
    with Database(head, create=True) as database:
        fill_demo(Records(database))
    secret = tmp_path / "pass.txt"
    secret.write_text("Red Crescent 2025 ключ\n", "utf-8")
    out = tmp_path / "exchange.hdeskx"
    exported = run_hdesk("exchange", "export", str(head), str(out), "--passphrase-file", str(secret))
    assert exported.returncode == 0, exported.stderr
    assert b"SQLite format 3" not in out.read_bytes() and b"Ministry" not in out.read_bytes()
    assert "Red Crescent 2025" not in exported.stdout + exported.stderr
    before = file_hash(local)
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("red crescent 2025 ключ\n", "utf-8")
    refused = run_hdesk("exchange", "import", str(local), str(out), "--passphrase-file", str(wrong))
    assert refused.returncode == 2 and "wrong passphrase" in refused.stderr
    none = run_hdesk("exchange", "import", str(local), str(out))
    assert none.returncode == 2 and "encrypted" in none.stderr
    tampered = tmp_path / "tampered.hdeskx"
    data = bytearray(out.read_bytes())
    data[len(data) // 2] ^= 0x40
    tampered.write_bytes(bytes(data))
    bad = run_hdesk("exchange", "import", str(local), str(tampered), "--passphrase-file", str(secret))
    assert bad.returncode == 2 and "changed or is incomplete" in bad.stderr
    assert len(bad.stderr.strip().splitlines()) == 1
    assert file_hash(local) == before
    ok = run_hdesk("exchange", "import", str(local), str(out), "--passphrase-file", str(secret))
    assert ok.returncode == 0, ok.stderr
    assert not list(private_tmp.iterdir())  # no plaintext copy left behind, even after refusals


def _wait_for(predicate: Callable[[], bool], timeout: float = 60.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.01)
    return False


def _spawn(*args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "hdesk", *args], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )


def test_kill_during_import_leaves_local_file_unchanged(
    local: Path, tmp_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TMPDIR", str(tmp_path))  # killed children cannot clean up: keep their copies here
    big = big_database(tmp_path / "big.hdesk", 6000)
    out = tmp_path / "big-export.hdesk"
    with Database(big) as database:
        export_file(database, out)
    before = content_hash(local)
    backups = data_dir / "backups" / "office"
    killed_mid_way = 0
    for delay in (0.0, 0.05, 0.2, 0.5):
        child = _spawn("--data-dir", str(data_dir), "exchange", "import", str(local), str(out))
        assert _wait_for(lambda c=child: (backups.is_dir() and any(backups.iterdir())) or c.poll() is not None)
        time.sleep(delay)
        finished = child.poll() is not None
        child.kill()
        child.wait()
        shutil.rmtree(backups, ignore_errors=True)
        assert run_hdesk("check", str(local)).returncode == 0
        if content_hash(local) == before:
            killed_mid_way += not finished
            continue
        with Database(local, readonly=True) as database:  # the kill came after the commit: all of it
            assert len(Records(database).list("partner")) == 6001
        break
    assert killed_mid_way >= 1


def test_interrupted_export_never_leaves_a_half_file(tmp_path: Path, data_dir: Path) -> None:
    big = big_database(tmp_path / "big.hdesk", 6000)
    for delay in (0.1, 0.3, 0.6, 1.0):
        out = tmp_path / f"out-{delay}.hdesk"
        child = _spawn("--data-dir", str(data_dir), "exchange", "export", str(big), str(out))
        time.sleep(delay)
        child.kill()
        child.wait()
        if out.exists():
            assert run_hdesk("check", str(out)).returncode == 0  # complete, or absent
