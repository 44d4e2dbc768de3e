"""A large file shows its rows before its quick_check ends; a failed check makes it read-only and offers a backup."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from hdesk import paths
from hdesk.app import build_main_window, open_context
from hdesk.settings import Settings
from hdesk.store import database as database_module
from hdesk.store.backup import make_backup
from hdesk.store.database import Database
from hdesk.ui import open_check
from hdesk.ui.dialogs import recovery
from tests.unit.test_reliability import corrupt


def _root_page(path: Path, table: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0])
    finally:
        conn.close()


@pytest.fixture
def large_damaged(demo_file: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The demo, opened here once and backed up, then damaged where the window does not read at open
    (the change stamps); treated as a large file."""
    with Database(demo_file, backup_dir=paths.backup_dir()) as database:
        make_backup(database, paths.backup_dir(), "daily")
    root = _root_page(demo_file, "field_value")
    corrupt(demo_file, range(root - 1, root))  # pages count from 1, the file from 0
    monkeypatch.setattr(database_module, "CHECK_NOW_BYTES", 0)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    open_check.install_read_guard()  # as run_gui does: a damaged page read goes to the damage flow
    return demo_file


def _window(qtbot, path: Path):
    ctx = open_context(path, Settings())
    assert ctx.database.pending_check is not None  # the window opens before the check ends
    window = build_main_window(ctx)
    qtbot.addWidget(window)
    window.show()
    return window


def test_a_failed_background_check_makes_the_window_read_only(
    large_damaged: Path, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = large_damaged.read_bytes()
    shown: list[recovery.RecoveryDialog] = []

    def cancel(self: recovery.RecoveryDialog) -> int:
        shown.append(self)
        qtbot.addWidget(self)
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(recovery.RecoveryDialog, "exec", cancel)
    window = _window(qtbot, large_damaged)
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert window.ctx.readonly
    assert window.banner.isVisible() and "damaged" in window.banner.text()
    assert "read-only" in window.windowTitle()
    window.close()
    window.ctx.database.close()
    assert large_damaged.read_bytes() == before


def test_restoring_from_the_check_reopens_the_good_backup(
    large_damaged: Path, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(recovery.RecoveryDialog, "exec", lambda self: int(QDialog.DialogCode.Accepted))
    window = _window(qtbot, large_damaged)
    damaged_db = window.ctx.database
    qtbot.waitUntil(lambda: window.ctx.database is not damaged_db, timeout=10000)
    assert not window.ctx.readonly
    assert window.ctx.database.integrity_check() == []
    assert window.partners.model.rowCount() > 0
    window.close()
    window.ctx.database.close()
