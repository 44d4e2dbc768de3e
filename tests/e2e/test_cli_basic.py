"""The real `hdesk` command on temporary files: init, check, version, and user mistakes."""

from __future__ import annotations

import sqlite3

import pytest

from hdesk import __version__
from hdesk.store.header import APPLICATION_ID, SCHEMA_VERSION
from tests.conftest import run_hdesk


def test_version():
    result = run_hdesk("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"hdesk {__version__}"


def test_init_demo_then_check(tmp_path):
    path = tmp_path / "x.hdesk"
    made = run_hdesk("init", str(path), "--demo")
    assert made.returncode == 0, made.stderr
    checked = run_hdesk("check", str(path))
    assert checked.returncode == 0, checked.stderr
    assert "ok" in checked.stdout
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("SELECT count(*) FROM department WHERE deleted = 0").fetchone()[0] >= 6
    assert 10 <= conn.execute("SELECT count(*) FROM objective WHERE deleted = 0").fetchone()[0] <= 15
    assert 12 <= conn.execute("SELECT count(*) FROM partner WHERE deleted = 0").fetchone()[0] <= 20
    conn.close()


def test_init_refuses_to_overwrite(tmp_path):
    path = tmp_path / "x.hdesk"
    path.write_text("precious")
    result = run_hdesk("init", str(path))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "already exists" in result.stderr
    assert path.read_text() == "precious"


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "empty"),
        (bytes(range(256)) * 64, "not an hdesk database"),
    ],
)
def test_check_refuses_junk_with_one_line(tmp_path, content, words):
    path = tmp_path / "junk.hdesk"
    path.write_bytes(content)
    result = run_hdesk("check", str(path))
    assert result.returncode == 2
    assert words in result.stderr
    assert result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr
    assert path.read_bytes() == content


def test_check_missing_file(tmp_path):
    result = run_hdesk("check", str(tmp_path / "nope.hdesk"))
    assert result.returncode == 2 and "does not exist" in result.stderr


def test_check_refuses_newer_file_unchanged(tmp_path):
    path = tmp_path / "x.hdesk"
    assert run_hdesk("init", str(path)).returncode == 0
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    result = run_hdesk("check", str(path))
    assert result.returncode == 2 and "newer hdesk" in result.stderr
    assert path.read_bytes() == before


def test_check_reports_an_extra_trigger(tmp_path):
    path = tmp_path / "x.hdesk"
    assert run_hdesk("init", str(path)).returncode == 0
    conn = sqlite3.connect(path)
    conn.execute("CREATE TRIGGER t AFTER INSERT ON partner BEGIN SELECT 1; END")
    conn.commit()
    conn.close()
    result = run_hdesk("check", str(path))
    assert result.returncode == 2 and "trigger" in result.stderr


def test_data_dir_option_is_used(tmp_path):
    folder = tmp_path / "userdata"
    path = tmp_path / "x.hdesk"
    result = run_hdesk("--data-dir", str(folder), "init", str(path))
    assert result.returncode == 0
    assert folder.is_dir()
