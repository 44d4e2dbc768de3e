"""Safety nets in the window: File → Backups…, the daily backup, and a warning for files on
USB sticks or network shares (RELIABILITY.md 2, 10).

The daily backup runs off the UI thread with its own read-only connection. The media warning
is shown after the window appears and offers a local working copy or read-only viewing.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from hdesk import paths
from hdesk.ui.workers import Task, run_task

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("features_safety", text)


def install(window: Any) -> None:
    safety = Safety(window)
    window.safety = safety
    menu = (getattr(window, "menus", None) or {}).get("file")
    if menu is not None:
        action = QAction(tr("Backups…"), window)
        action.setObjectName("backups_action")
        action.setStatusTip(tr("Browse the automatic backups of this file and restore one"))
        action.triggered.connect(safety.show_backups)
        menu.addAction(action)
        window.backups_action = action
    window.ctx.reloaded.connect(safety.file_opened)
    if window.ctx.database.locked_out:
        safety.explain_locked_out()
    QTimer.singleShot(0, safety, safety.file_opened)  # the daily backup starts after the first paint
    QTimer.singleShot(0, safety, safety.check_media)


def daily_backup(path: Path, backup_dir: Path) -> Path | None:
    """The worker: its own read-only connection, the daily snapshot if none was taken today."""
    from hdesk.services.backups import backup_if_first_today
    from hdesk.store.database import Database

    with Database(path, readonly=True) as database:
        return backup_if_first_today(database, backup_dir)


def on_removable_media(path: Path) -> bool:
    from hdesk.store import media

    return media.is_removable(path) or media.is_network(path)


class Safety(QObject):
    """Owned by the window, so its slots are disconnected when the window goes away."""

    def __init__(self, window: Any):
        super().__init__(window)
        self.window = window
        self.checked_path: Path | None = None
        self.task: Task | None = None
        self.media_box: QMessageBox | None = None

    # -- the daily backup ----------------------------------------------------------------------
    def file_opened(self) -> None:
        """Once per opened file (reloaded also fires for a change of plan year)."""
        ctx = self.window.ctx
        path = Path(ctx.path)
        if ctx.database.locked_out:
            self.explain_locked_out()
        if path == self.checked_path:
            return
        self.checked_path = path
        if ctx.database.locked_out:
            return  # the window that writes the file takes its backups
        self._start_backup(path)

    def _start_backup(self, path: Path) -> None:
        """After a large file's open check: two whole-file reads at once would slow the window on two cores."""
        database = self.window.ctx.database
        if Path(self.window.ctx.path) != path:
            return  # another file was opened meanwhile
        if database.pending_check is not None and not database.pending_check.done:
            QTimer.singleShot(250, self, lambda: self._start_backup(path))
            return
        folder = paths.backup_dir()
        self.task = run_task(lambda _progress: daily_backup(path, folder), self._backed_up, self._backup_failed)

    def explain_locked_out(self) -> None:
        """Another hdesk window writes this file: say so in the read-only banner (RELIABILITY.md 6)."""
        window = self.window
        reason = tr("{name} is open for editing in another hdesk window, so here it is open read-only.").format(
            name=Path(window.ctx.path).name
        )
        if getattr(window, "readonly_reason", "") in ("", reason):
            window.readonly_reason = reason
            banner = getattr(window, "banner", None)
            if banner is not None:
                banner.setText(reason + " " + tr("Close the other window and open the file again to edit it."))

    def _backed_up(self, made: object) -> None:
        # a routine notice: it never replaces what the status bar is telling about the person's own action
        if made is not None and not self.window.statusBar().currentMessage():
            self.window.status(tr("Daily backup taken."))

    def _backup_failed(self, error: BaseException) -> None:
        log.warning("daily backup failed: %s", error)
        self.window.status(tr("The daily backup could not be taken: {reason}").format(reason=str(error)))

    # -- File → Backups… ---------------------------------------------------------------------
    def show_backups(self) -> Any:
        from hdesk.ui.dialogs.backups import BackupsDialog

        dialog = BackupsDialog(self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # -- USB sticks and network shares ---------------------------------------------------------
    def check_media(self) -> None:
        ctx = self.window.ctx
        if ctx.readonly:
            return
        path = Path(ctx.path)
        try:
            risky = on_removable_media(path)
        except Exception:  # never stop the window over a detection problem
            log.exception("media check failed for %s", path)
            return
        if risky:
            self.warn_media(path)

    def warn_media(self, path: Path) -> QMessageBox:
        box = QMessageBox(self.window)
        box.setObjectName("media_warning")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setWindowTitle(tr("File on a removable drive or network share"))
        box.setText(
            tr(
                "{name} is on a USB drive or a network share. If the drive is pulled out or the network drops "
                "while hdesk writes, recent work can be lost or the file damaged.\n\n"
                "Work on a copy on this computer (recommended), or look at the file read-only."
            ).format(name=path.name)
        )
        copy = box.addButton(tr("Work on a local copy"), QMessageBox.ButtonRole.AcceptRole)
        view = box.addButton(tr("Open read-only"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(tr("Keep working there"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(copy)

        def chosen() -> None:
            clicked = box.clickedButton()
            if clicked is copy:
                self.work_on_local_copy(path)
            elif clicked is view:
                self.reopen_read_only(path)

        box.finished.connect(lambda _code: chosen())
        self.media_box = box
        box.open()
        return box

    def work_on_local_copy(self, path: Path) -> Path | None:
        """A verified snapshot in the user data folder, then the window switches to it."""
        from hdesk.services.copies import local_copy

        try:
            target = local_copy(self.window.ctx.database)
        except Exception as exc:
            self.window.status(tr("The local copy could not be made: {reason}").format(reason=str(exc)))
            return None
        if not self.window.reopen(target):
            return None
        self.window.status(tr("You are working on a local copy: {path}").format(path=str(target)))
        return target

    def reopen_read_only(self, path: Path) -> bool:
        """Switch the window to a read-only connection on the same file."""
        from hdesk.services.records import Records
        from hdesk.store.database import Database
        from hdesk.store.errors import StoreError

        window, ctx = self.window, self.window.ctx
        if hasattr(window, "save_pending"):
            window.save_pending()
        try:
            database = Database(path, readonly=True, backup_dir=paths.backup_dir())
        except StoreError as exc:
            window.status(str(exc))
            return False
        old = ctx.database
        ctx.database = database
        ctx.records = Records(database)
        ctx.undo_stack.clear()
        window.readonly_reason = tr("This file is on a removable drive or network share, so it is open read-only.")
        old.close()
        self.checked_path = path
        ctx.reloaded.emit()
        return True
