"""Undo and redo of adds, typing bursts and deletes through the one undo stack, with shortcuts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from hdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def window(window: MainWindow) -> MainWindow:
    window.tabs.setCurrentWidget(window.departments)
    return window


def test_typing_burst_is_one_undo_step(window: MainWindow, qtbot) -> None:
    tab = window.departments
    uuid = tab.form.row["uuid"]
    original = window.ctx.records.get("department", uuid)["head"]
    edit = tab.form.editors["head"].edit
    edit.clear()
    for ch in "Начальник отдела":
        QApplication.sendEvent(
            edit, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
        )
        tab.form.save_pending()  # as if the pause timer fired after every key
    assert window.ctx.records.get("department", uuid)["head"] == "Начальник отдела"
    assert window.ctx.undo_stack.count() == 1
    window.ctx.undo_stack.undo()
    assert window.ctx.records.get("department", uuid)["head"] == original
    assert edit.text() == original


def test_pause_in_typing_saves_without_leaving_the_field(window: MainWindow, qtbot) -> None:
    tab = window.departments
    uuid = tab.form.row["uuid"]
    edit = tab.form.editors["focal_point"].edit
    edit.setFocus()
    edit.selectAll()
    for ch in "Aýna":
        QApplication.sendEvent(
            edit, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
        )
    qtbot.waitUntil(lambda: window.ctx.records.get("department", uuid)["focal_point"] == "Aýna", timeout=3000)


def test_undo_redo_of_add_and_delete_via_menu_shortcuts(window: MainWindow, qtbot, monkeypatch) -> None:
    tab = window.departments
    records = window.ctx.records
    uuid = tab.add()
    assert records.exists("department", uuid)
    undo = next(a for a in window.menus["edit"].actions() if "Undo" in a.text())
    redo = next(a for a in window.menus["edit"].actions() if "Redo" in a.text())
    assert undo.shortcut().toString() == "Ctrl+Z"
    assert {s.toString() for s in redo.shortcuts()} == {"Ctrl+Shift+Z", "Ctrl+Y"}
    undo.trigger()
    assert not records.exists("department", uuid) and tab.model.row_of(uuid) < 0
    redo.trigger()
    assert records.exists("department", uuid) and tab.model.row_of(uuid) >= 0
    tab.select(uuid)
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    tab.delete_selected()
    assert not records.exists("department", uuid)
    undo.trigger()
    assert records.exists("department", uuid) and tab.model.row_of(uuid) >= 0


def test_delete_cascades_and_undo_restores_children(window: MainWindow, monkeypatch) -> None:
    tab = window.partners
    window.tabs.setCurrentWidget(tab)
    records = window.ctx.records
    partner = next(p for p in records.list("partner") if records.list("interaction", partner=p["uuid"]))
    children = {r["uuid"] for r in records.list("interaction", partner=partner["uuid"])}
    tab.select(partner["uuid"])
    assert tab.delete_selected(confirm=False) == 1
    assert not records.list("interaction", partner=partner["uuid"])
    window.ctx.undo_stack.undo()
    assert {r["uuid"] for r in records.list("interaction", partner=partner["uuid"])} == children
