"""`hdesk --self-test` is what an office's IT person runs after installing: every check must pass."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import run_hdesk

CHECKS = (
    "qt",
    "modules",
    "resources",
    "fonts",
    "icons",
    "translations",
    "database",
    "window",
    "tabs",
    "pdf",
    "cleanup",
)


def test_self_test_passes_reports_every_check_and_leaves_nothing_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))  # the self-test's scratch folder goes here
    result = run_hdesk("--self-test", "--data-dir", str(tmp_path / "data"))
    lines = result.stdout.splitlines()
    assert result.returncode == 0, result.stdout + result.stderr
    for name in CHECKS:
        assert any(re.match(rf"ok   {name}\b", line) for line in lines), f"no 'ok   {name}' line in:\n{result.stdout}"
    assert not [line for line in lines if line.startswith("FAIL")]
    assert lines[-1] == "self-test passed"
    tabs = next(line for line in lines if line.startswith("ok   tabs"))
    for title in ("Departments", "Objectives", "Partners", "Campaigns"):
        assert title in tabs, tabs
    assert not list(temp.iterdir()), "the self-test left its scratch folder behind"
    assert not list((tmp_path / "data").rglob("*.hdesk")), "the self-test wrote into the user data folder"


def test_a_hung_self_test_fails_and_cleans_up(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A dialog waiting for input offscreen would hang an unattended check forever; the watchdog ends it."""
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    monkeypatch.setenv("HDESK_SELFTEST_TIMEOUT", "0.01")
    result = run_hdesk("--self-test")
    assert result.returncode == 1
    assert "FAIL timeout" in result.stdout
    assert not [p for p in tmp_path.iterdir() if p.name.startswith("hdesk-selftest-")]
