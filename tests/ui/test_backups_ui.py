"""File → Backups…, the recovery screen and the removable-media warning, as a user meets them."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from hdesk import paths
from hdesk.app import build_main_window, open_context
from hdesk.services.backups import BackupInfo
from hdesk.settings import Settings
from hdesk.store.backup import list_backups, make_backup
from hdesk.store.database import Database
from hdesk.store.errors import StoreError
from hdesk.ui import features_safety
from hdesk.ui.dialogs import recovery
from hdesk.ui.dialogs.backups import BackupsDialog, BackupsModel
from hdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def partner_names(window: MainWindow) -> set[str]:
    return {p["name"] for p in window.ctx.records.list("partner")}


def test_backups_model(qtmodeltester, tmp_path: Path) -> None:
    model = BackupsModel()
    model.set_rows(
        [
            BackupInfo(tmp_path / "a.hdesk", dt.datetime(2025, 3, 1, 9), "daily", 120_000, {"partner": 14}),
            BackupInfo(tmp_path / "b.hdesk", dt.datetime(2025, 3, 2, 9), "migration-from-v1", 90_000, None),
        ]
    )
    qtmodeltester.check(model)
    assert model.index(0, 1).data() == "Daily backup"
    assert model.index(1, 1).data() == "Before an upgrade of the file"
    assert "14 partners" in model.index(0, 3).data()
    assert model.index(1, 3).data() == "Cannot be read"


def test_daily_backup_is_taken_when_the_window_opens(window: MainWindow, qtbot) -> None:
    qtbot.waitUntil(lambda: bool(list_backups(paths.backup_dir(), window.ctx.path)), timeout=10_000)
    assert [b.reason for b in list_backups(paths.backup_dir(), window.ctx.path)] == ["daily"]
    first = window.safety.task
    window.ctx.reloaded.emit()  # also sent for a change of plan year: no second backup for it
    assert window.safety.task is first
    assert len(list_backups(paths.backup_dir(), window.ctx.path)) == 1


def test_restore_from_the_backups_dialog(window: MainWindow, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    qtbot.waitUntil(lambda: bool(list_backups(paths.backup_dir(), window.ctx.path)), timeout=10_000)
    window.ctx.records.create("partner", {"name": "Added after the backup", "kind": "media"})
    assert window.menus["file"].actions()[-1] is window.backups_action
    window.backups_action.trigger()
    dialog = window.findChild(BackupsDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1 and dialog.restore_button.isEnabled(), timeout=10_000)
    assert dialog.proxy.index(0, 1).data() == "Daily backup"
    monkeypatch.setattr(dialog, "confirm", lambda item: True)
    old_database = window.ctx.database
    with qtbot.waitSignal(dialog.restored, timeout=20_000):
        dialog.restore_button.click()
    assert window.ctx.database is not old_database and not window.ctx.readonly
    assert "Added after the backup" not in partner_names(window)
    reasons = [b.reason for b in list_backups(paths.backup_dir(), window.ctx.path)]
    assert reasons == ["before-restore", "daily"]
    window.ctx.records.create("partner", {"name": "After the restore", "kind": "ngo"})  # still writable


def test_a_failed_restore_leaves_the_file_open_and_unchanged(
    window: MainWindow, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_backup(window.ctx.database, paths.backup_dir(), "manual")
    window.ctx.records.create("partner", {"name": "Kept", "kind": "media"})
    dialog = window.safety.show_backups()
    qtbot.waitUntil(lambda: dialog.restore_button.isEnabled(), timeout=10_000)
    monkeypatch.setattr(dialog, "confirm", lambda item: True)

    def refuse(*args: Any) -> None:
        raise StoreError("io", "The disk is full; nothing was changed.")

    monkeypatch.setattr("hdesk.services.backups.restore", refuse)
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: dialog.findChild(QMessageBox, "backups_message") is not None, timeout=10_000)
    message = dialog.findChild(QMessageBox, "backups_message")
    assert message.textFormat() == Qt.TextFormat.PlainText and "disk is full" in message.text()
    assert "Kept" in partner_names(window)
    window.ctx.records.create("partner", {"name": "Still writable", "kind": "ngo"})
    message.close()


def test_recovery_offers_the_newest_good_backup(demo_file: Path, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    with Database(demo_file, backup_dir=paths.backup_dir()) as database:
        make_backup(database, paths.backup_dir(), "daily")
    with demo_file.open("r+b") as handle:
        handle.seek(4096 * 3)
        handle.write(b"\x00\xff" * 8192)
    with pytest.raises(StoreError) as caught:
        Database(demo_file)
    shown: list[recovery.RecoveryDialog] = []

    def accept(self: recovery.RecoveryDialog) -> int:
        shown.append(self)
        qtbot.addWidget(self)
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(recovery.RecoveryDialog, "exec", accept)
    assert recovery.offer_recovery(None, demo_file, caught.value) == demo_file
    text = shown[0].explanation
    assert text.textFormat() == Qt.TextFormat.PlainText
    assert "has not changed the file" in text.text() and "newest good backup" in text.text()
    with Database(demo_file) as database:
        assert database.integrity_check() == []
    assert any(p.name.endswith(".hdesk-damaged") for p in (paths.backup_dir() / demo_file.stem).iterdir())


def test_recovery_without_a_backup_changes_nothing(demo_file: Path, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    with demo_file.open("r+b") as handle:
        handle.seek(4096 * 3)
        handle.write(b"\x00\xff" * 8192)
    damaged = demo_file.read_bytes()
    shown: list[recovery.RecoveryDialog] = []

    def cancel(self: recovery.RecoveryDialog) -> int:
        shown.append(self)
        qtbot.addWidget(self)
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(recovery.RecoveryDialog, "exec", cancel)
    assert recovery.offer_recovery(None, demo_file, StoreError("damaged", "x")) is None
    assert shown[0].restore_button is None and "no good backup" in shown[0].explanation.text()
    assert demo_file.read_bytes() == damaged


@pytest.mark.parametrize("choice", ["Work on a local copy", "Open read-only"])
def test_file_on_a_stick_is_not_edited_in_place(
    demo_file: Path, qtbot, monkeypatch: pytest.MonkeyPatch, choice: str
) -> None:
    monkeypatch.setattr(features_safety, "on_removable_media", lambda path: path == demo_file)
    ctx = open_context(demo_file, Settings())
    win = build_main_window(ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.safety.media_box is not None and win.safety.media_box.isVisible(), timeout=5000)
    box = win.safety.media_box
    assert box.textFormat() == Qt.TextFormat.PlainText and demo_file.name in box.text()
    button = next(b for b in box.buttons() if b.text() == choice)
    button.click()
    if choice == "Work on a local copy":
        qtbot.waitUntil(lambda: win.ctx.path != demo_file, timeout=10_000)
        assert win.ctx.path.parent == paths.data_dir() / "copies"
        assert not win.ctx.readonly
        assert partner_names(win)  # the copy holds the plan
    else:
        qtbot.waitUntil(lambda: win.ctx.readonly, timeout=10_000)
        assert win.ctx.path == demo_file
        with pytest.raises(StoreError):
            win.ctx.records.create("partner", {"name": "x", "kind": "ngo"})
    win.close()
    win.ctx.database.close()


def test_second_window_on_a_file_is_read_only_and_says_why(
    demo_file: Path, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from hdesk.store import lock

    monkeypatch.setattr(lock, "_try_lock", lambda fd: False)  # another hdesk process holds the file
    ctx = open_context(demo_file, Settings())
    assert ctx.database.locked_out and ctx.readonly
    win = build_main_window(ctx)
    qtbot.addWidget(win)
    win.show()
    assert win.banner.isVisible() and "another hdesk window" in win.banner.text()
    assert win.banner.textFormat() == Qt.TextFormat.PlainText
    with pytest.raises(StoreError) as caught:
        win.ctx.records.create("partner", {"name": "x", "kind": "ngo"})
    assert caught.value.code == "locked"
    assert list_backups(paths.backup_dir(), demo_file) == []  # the writing window takes the backups
    win.close()
    ctx.database.close()


class _HeldCheck:
    """A background quick_check that has not finished yet (the test finishes it)."""

    def __init__(self) -> None:
        self.finished = threading.Event()

    @property
    def done(self) -> bool:
        return self.finished.is_set()

    def wait(self, timeout: float | None = None) -> list[str] | None:
        return [] if self.finished.wait(timeout) else None

    def cancel(self) -> None:
        self.finished.set()


def test_the_daily_backup_waits_for_a_large_files_open_check(qtbot, demo_file: Path) -> None:
    ctx = open_context(demo_file, Settings())
    held = _HeldCheck()
    ctx.database.pending_check = held  # type: ignore[assignment]
    win = build_main_window(ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: not ctx.opening)
    qtbot.wait(600)  # two whole-file reads at once would slow the window: no backup yet
    assert list_backups(paths.backup_dir(), ctx.path) == []
    held.finished.set()
    qtbot.waitUntil(lambda: bool(list_backups(paths.backup_dir(), ctx.path)), timeout=10_000)
    win.close()
    ctx.database.pending_check = None
    ctx.database.close()


def test_the_daily_backup_notice_never_replaces_what_the_status_bar_says_about_an_action(window: MainWindow) -> None:
    window.status("PDF export cancelled.")
    window.safety._backed_up(Path("backup.hdesk"))  # type: ignore[attr-defined]  # the backup ends meanwhile
    assert window.statusBar().currentMessage() == "PDF export cancelled."
    window.statusBar().clearMessage()
    window.safety._backed_up(Path("backup.hdesk"))  # type: ignore[attr-defined]
    assert window.statusBar().currentMessage() == "Daily backup taken."
