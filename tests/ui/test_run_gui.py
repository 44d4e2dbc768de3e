"""`hdesk FILE`: the window is shown first, the file opened after its first paint; a bad file ends with one sentence."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from hdesk.app import run_gui

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture(autouse=True)
def no_real_exit(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """run_gui ends the program with QApplication.exit; here it must not stop the tests' own event loops."""
    codes: list[int] = []
    monkeypatch.setattr(QApplication, "exit", staticmethod(lambda code=0: codes.append(code)))
    QApplication.setQuitOnLastWindowClosed(False)
    yield codes
    QApplication.setQuitOnLastWindowClosed(True)


def _main_window() -> QMainWindow | None:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()]
    return found[0] if found else None


def test_the_window_opens_the_file_after_its_first_paint(qtbot, demo_file: Path, monkeypatch) -> None:
    seen: dict[str, object] = {}

    def exec_() -> int:
        window = _main_window()
        assert window is not None
        seen["first_title"] = window.windowTitle()  # what the first paint shows
        qtbot.waitUntil(lambda: getattr(window, "ctx", None) is not None and not window.ctx.opening)
        qtbot.waitUntil(lambda: window.tab("conflicts") is not None)  # the features installed
        seen["title"] = window.windowTitle()
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(exec_))
    code = run_gui(argparse.Namespace(file=str(demo_file), demo=False, lang="en", self_test=False))
    assert code == 0
    assert seen["first_title"] == f"hdesk — {demo_file.name}"
    assert "Plan" in str(seen["title"]) and demo_file.name in str(seen["title"])


def test_a_file_that_is_not_hdesk_ends_with_one_sentence(qtbot, tmp_path: Path, monkeypatch, no_real_exit) -> None:
    bad = tmp_path / "notes.hdesk"
    bad.write_text("not a database", "utf-8")
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda _parent, _title, text: said.append(text)))

    def exec_() -> int:
        qtbot.waitUntil(lambda: bool(said))
        qtbot.waitUntil(lambda: _main_window() is None)  # the window closed itself
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(exec_))
    code = run_gui(argparse.Namespace(file=str(bad), demo=False, lang="en", self_test=False))
    assert code == 1 and no_real_exit == [1]
    assert said == ["notes.hdesk is not a database file."]
    assert bad.read_text("utf-8") == "not a database"
