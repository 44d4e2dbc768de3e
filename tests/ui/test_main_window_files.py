"""First run, plan settings, read-only files and keyboard use of the main window."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from hdesk.app import build_main_window, open_context
from hdesk.services import queries
from hdesk.settings import Settings
from hdesk.store.database import Database
from hdesk.ui.dialogs.first_run import FirstRunDialog
from hdesk.ui.dialogs.plan_settings import PlanSettingsDialog

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_first_run_sets_office_and_creates_plan(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "new.hdesk"
    Database(path, create=True).close()
    ctx = open_context(path, Settings())
    window = build_main_window(ctx)
    qtbot.addWidget(window)
    dialog = FirstRunDialog(ctx, window)
    dialog.office.society.setText("Red Crescent Society of Kazakhstan")
    dialog.year.setValue(2025)
    dialog.accept()
    assert queries.office(ctx.records)["society"] == "Red Crescent Society of Kazakhstan"
    assert queries.plan_for_year(ctx.records, 2025)["status"] == "draft"
    assert "Red Crescent Society of Kazakhstan" in window.windowTitle() and "2025" in window.windowTitle()
    window.tabs.setCurrentWidget(window.objectives)
    assert window.objectives.add() is not None  # a plan exists now, so objectives can be added
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()
    assert queries.plans(ctx.records) == []
    window.close()
    ctx.database.close()


def test_plan_settings_edits_plan_and_identity(qtbot, demo_file: Path) -> None:
    ctx = open_context(demo_file, Settings())
    dialog = PlanSettingsDialog(ctx)
    qtbot.addWidget(dialog)
    combo = dialog.form.editors["status"].combo
    combo.setCurrentIndex(combo.findData("approved"))
    combo.activated.emit(combo.currentIndex())
    dialog.office.office_name.setText("Branch office, Mary")
    dialog.done(0)
    assert queries.plan_for_year(ctx.records)["status"] == "approved"
    assert queries.office(ctx.records)["office_name"] == "Branch office, Mary"
    ctx.database.close()


def test_readonly_file_shows_banner_and_blocks_edits(qtbot, demo_file: Path) -> None:
    ctx = open_context(demo_file, Settings(), readonly=True)
    window = build_main_window(ctx, "You may not change this file, so it is open read-only.")
    qtbot.addWidget(window)
    window.show()
    assert window.banner.isVisible() and "read-only" in window.banner.text()
    assert "(read-only)" in window.windowTitle()
    window.tabs.setCurrentWidget(window.partners)
    assert not window.partners.add_button.isEnabled()
    assert window.partners.add() is None
    window.close()
    ctx.database.close()


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="root ignores file permissions")
def test_unwritable_file_opens_read_only(qtbot, demo_file: Path) -> None:
    from hdesk.ui.dialogs.open_file import open_database

    demo_file.chmod(0o444)
    opened = open_database(None, demo_file)
    assert opened is not None and opened[0].readonly and opened[1]
    opened[0].close()


def test_keyboard_new_filter_and_edit(qtbot, demo_file: Path) -> None:
    ctx = open_context(demo_file, Settings())
    window = build_main_window(ctx)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.tabs.setCurrentWidget(window.campaigns)
    count = len(ctx.records.list("campaign"))
    by_key = {a.shortcut().toString(): a for a in window.menus["edit"].actions()}
    by_key["Ctrl+N"].trigger()
    assert len(ctx.records.list("campaign")) == count + 1
    by_key["Ctrl+F"].trigger()
    assert window.campaigns.filter_box.hasFocus()
    by_key["F2"].trigger()
    assert window.campaigns.form.editors["title"].edit.hasFocus()
    assert by_key["Del"].shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut
    window.close()
    ctx.database.close()
