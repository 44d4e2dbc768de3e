"""File → Export Plan PDF…: runs off the UI thread, can be cancelled, offers to open the result."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox

from hdesk.app import build_main_window, open_context
from hdesk.settings import Settings
from hdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def window(qtbot: Any, demo_file: Path) -> Iterator[MainWindow]:
    ctx = open_context(demo_file, Settings())
    win = build_main_window(ctx)
    qtbot.addWidget(win)
    win.show()
    yield win
    exporter = win.pdf_exporter  # type: ignore[attr-defined]
    if exporter.task is not None:
        exporter.task.cancel()
        qtbot.waitUntil(lambda: exporter.task is None, timeout=30_000)
    win.close()
    ctx.database.close()


def test_menu_item_with_ctrl_p(window: MainWindow) -> None:
    action = window.export_pdf_action  # type: ignore[attr-defined]
    assert action in window.menus["file"].actions()
    assert action.text() == "Export Plan PDF…"
    assert action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)


def test_export_writes_pdf_and_offers_to_open_it(
    window: MainWindow, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "board plan #1.pdf"
    opened: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target)[:-4], "PDF (*.pdf)"))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Open)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    exporter = window.pdf_exporter  # type: ignore[attr-defined]
    window.export_pdf_action.trigger()  # type: ignore[attr-defined]
    assert exporter.task is not None  # running in the background, the window stays responsive
    qtbot.waitUntil(lambda: bool(opened), timeout=60_000)
    assert opened == [str(target)]
    assert target.read_bytes().startswith(b"%PDF")
    assert exporter.task is None and exporter.dialog is None


def test_cancel_leaves_no_file(window: MainWindow, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "cancelled.pdf"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: pytest.fail("offered a cancelled file"))
    exporter = window.pdf_exporter  # type: ignore[attr-defined]
    exporter.start(target)
    assert exporter.dialog is not None
    exporter.dialog.canceled.emit()  # what the Cancel button and Esc do
    qtbot.waitUntil(lambda: exporter.task is None, timeout=60_000)
    assert not target.exists()
    assert list(tmp_path.glob("*.tmp")) == []
    assert "cancelled" in window.statusBar().currentMessage()


def test_no_plan_for_year_is_one_sentence(window: MainWindow, qtbot: Any, tmp_path: Path) -> None:
    window.ctx.plan_year = 2031
    exporter = window.pdf_exporter  # type: ignore[attr-defined]
    exporter.start(tmp_path / "none.pdf")
    qtbot.waitUntil(lambda: exporter.task is None, timeout=30_000)
    box = exporter.error_box
    assert box.text() == "There is no plan for 2031 to print."
    assert not (tmp_path / "none.pdf").exists()
    box.close()
