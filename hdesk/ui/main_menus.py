"""The main window's menus and keyboard shortcuts (kept apart so the window module stays short)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

import hdesk

if TYPE_CHECKING:
    from hdesk.ui.main_window import MainWindow


def _action(
    window: MainWindow, text: str, slot: object, *keys: QKeySequence | QKeySequence.StandardKey | str
) -> QAction:
    action = QAction(text, window)
    if keys:
        action.setShortcuts([QKeySequence(k) for k in keys])
    action.triggered.connect(slot)
    return action


def build(window: MainWindow) -> None:
    """Fill the menus with their actions and shortcuts (once a file is attached: Undo needs its stack)."""
    from PySide6.QtCore import Qt  # not at import: the window's frame is painted before Qt's enums load

    tr = window.tr
    file = window.menus["file"]
    file.addAction(_action(window, tr("&New database…"), window.new_file, "Ctrl+Shift+N"))
    file.addAction(_action(window, tr("&Open…"), window.open_file, QKeySequence.StandardKey.Open))
    recent = file.addMenu(tr("Open &Recent"))
    recent.setObjectName("menu_recent")
    recent.aboutToShow.connect(lambda: _fill_recent(window, recent))
    _fill_recent(window, recent)
    file.addAction(_action(window, tr("Save a &Copy As…"), window.save_copy, "Ctrl+Shift+S"))
    file.addSeparator()
    quit_action = _action(window, tr("&Quit"), window.close, QKeySequence.StandardKey.Quit)
    quit_action.setMenuRole(QAction.MenuRole.QuitRole)
    file.addAction(quit_action)

    edit = window.menus["edit"]
    undo = window.ctx.undo_stack.createUndoAction(window, tr("&Undo"))
    undo.setShortcuts([QKeySequence("Ctrl+Z")])
    redo = window.ctx.undo_stack.createRedoAction(window, tr("&Redo"))
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    undo.triggered.connect(window.save_pending, Qt.ConnectionType.DirectConnection)
    edit.addAction(undo)
    edit.addAction(redo)
    edit.addSeparator()
    edit.addAction(_action(window, tr("&New record"), lambda: _on_tab(window, "add"), "Ctrl+N"))
    edit.addAction(_action(window, tr("D&uplicate"), lambda: _on_tab(window, "duplicate_selected"), "Ctrl+D"))
    delete = _action(
        window, tr("&Delete…"), lambda: _on_tab(window, "delete_selected"), QKeySequence.StandardKey.Delete
    )
    delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    edit.addAction(delete)
    window.delete_action = delete  # Delete deletes rows only while a list has the focus (each list tab adds it)
    for tab in window.list_tabs:
        tab.view.addAction(delete)
    edit.addSeparator()
    edit.addAction(
        _action(window, tr("&Filter"), lambda: _on_tab(window, "focus_filter"), QKeySequence.StandardKey.Find)
    )
    edit.addAction(_action(window, tr("&Edit record"), lambda: _edit_record(window), "F2"))

    view = window.menus["view"]
    for i in range(window.tabs.count()):
        name = window.tabs.tabText(i)
        view.addAction(_action(window, name, lambda _=False, n=i: window.tabs.setCurrentIndex(n), f"Ctrl+{i + 1}"))

    plan = window.menus["plan"]
    plan.addAction(_action(window, tr("Plan &settings…"), window.open_plan_settings))

    window.menus["help"].addAction(_action(window, tr("&About hdesk"), lambda: _about(window)))


def _on_tab(window: MainWindow, method: str) -> None:
    tab = window.current_list_tab()
    if tab is None:
        window.status(window.tr("Choose the Objectives, Departments, Partners or Campaigns tab first."))
        return
    getattr(tab, method)()


def _edit_record(window: MainWindow) -> None:
    tab = window.current_list_tab()
    if tab is not None:
        tab.form.focus_first()


def _fill_recent(window: MainWindow, menu: QMenu) -> None:
    menu.clear()
    files = [f for f in window.ctx.settings.recent_files if Path(f).exists()]
    for file in files:
        action = menu.addAction(Path(file).name)
        action.setToolTip(file)
        action.triggered.connect(lambda _=False, f=file: window.reopen(f))
    if not files:
        empty = menu.addAction(window.tr("No recent files"))
        empty.setEnabled(False)


def _about(window: MainWindow) -> None:
    QMessageBox.about(
        window,
        window.tr("About hdesk"),
        window.tr(
            "hdesk {version}\nHumanitarian diplomacy desk for Red Cross and Red Crescent National Societies: "
            "annual plans, partners and campaigns, offline."
        ).format(version=hdesk.__version__),
    )
