"""`hdesk --self-test` is what an office's IT person runs after installing: every check must pass."""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

from tests.conftest import run_hdesk

CHECKS = ("resources", "fonts", "translations", "database", "window", "tabs", "pdf", "cleanup")


def leftovers() -> set[str]:
    return {p.name for p in os.scandir(tempfile.gettempdir()) if p.name.startswith("hdesk-selftest-")}


def test_self_test_passes_reports_every_check_and_leaves_nothing_behind(tmp_path: Path) -> None:
    before = leftovers()
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
    assert leftovers() <= before
    assert not list((tmp_path / "data").rglob("*.hdesk")), "the self-test wrote into the user data folder"
