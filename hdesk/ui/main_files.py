"""The main window's File menu work: new, open, save a copy, dropped files, the recent list, first run.

Kept apart from main_window.py so the window module stays about the window. Strings use the
"MainWindow" translation context, where they have always been translated.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox

from hdesk import paths
from hdesk.ui import main_chrome

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from hdesk.ui.main_window import MainWindow


def new_file(window: MainWindow) -> None:
    name, _ = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("MainWindow", "New database"),
        str(paths.data_dir() / "office.hdesk"),
        QCoreApplication.translate("MainWindow", "hdesk files (*.hdesk)"),
    )
    if not name:
        return
    path = Path(name if name.endswith(".hdesk") else name + ".hdesk")
    if path.exists():
        QMessageBox.warning(
            window,
            QCoreApplication.translate("MainWindow", "New database"),
            QCoreApplication.translate("MainWindow", "{name} exists already; open it instead.").format(name=path.name),
        )
        return
    from hdesk.store.database import Database

    Database(path, create=True, backup_dir=paths.backup_dir()).close()
    if window.reopen(path):
        first_run(window)


def open_file(window: MainWindow) -> None:
    name, _ = QFileDialog.getOpenFileName(
        window,
        QCoreApplication.translate("MainWindow", "Open database"),
        str(window.ctx.path.parent),
        QCoreApplication.translate("MainWindow", "hdesk files (*.hdesk);;All files (*)"),
    )
    if name:
        window.reopen(name)


def save_copy(window: MainWindow) -> None:
    name, _ = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("MainWindow", "Save a copy as"),
        str(Path.home() / window.ctx.path.name),
        QCoreApplication.translate("MainWindow", "hdesk files (*.hdesk)"),
    )
    if name:
        write_copy(window, Path(name if name.endswith(".hdesk") else name + ".hdesk"))


def write_copy(window: MainWindow, dest: Path) -> None:
    """A consistent snapshot of the open file, written off the UI thread."""
    from hdesk.store.database import Database
    from hdesk.store.snapshot import write_snapshot
    from hdesk.ui.workers import run_task

    window.save_pending()
    source = window.ctx.path

    def work(_progress: Any) -> dict[str, int]:
        with Database(source, readonly=True) as database:
            return write_snapshot(database, dest)

    def failed(exc: BaseException) -> None:
        QMessageBox.warning(
            window,
            QCoreApplication.translate("MainWindow", "Save a copy"),
            QCoreApplication.translate("MainWindow", "The copy was not saved: {reason}").format(reason=str(exc)),
        )

    def saved(_counts: Any) -> None:
        window.status(QCoreApplication.translate("MainWindow", "A copy was saved as {name}.").format(name=dest.name))

    window.status(QCoreApplication.translate("MainWindow", "Writing a copy to {name}…").format(name=dest.name))
    window._copy_task = run_task(work, saved, failed)


def dropped_file(mime: Any) -> Path | None:
    """The first .hdesk file among dropped URLs, if any."""
    if not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile() and url.toLocalFile().lower().endswith(".hdesk"):
            return Path(url.toLocalFile())
    return None


def reopen(window: MainWindow, path: Path) -> bool:
    """Open another database file in this window (after New, Open, a drop or a restore)."""
    from hdesk.services.records import Records
    from hdesk.ui import open_check
    from hdesk.ui.dialogs.open_file import open_database

    window.save_pending()
    opened = open_database(window, path)
    if opened is None:
        return False
    database, reason = opened
    old = window.ctx.database
    window.ctx.database = database
    window.ctx.records = Records(database)
    window.ctx.undo_stack.clear()
    window.ctx.plan_year = None
    window.readonly_reason = reason
    old.close()
    remember(window, database.path)
    # The title and year selector now; the tab on screen reads its rows on the next event-loop
    # turn, so a large file never holds the window still for the whole open.
    window.ctx.opening = True
    window.ctx.reloaded.emit()
    QTimer.singleShot(1, window._opened)  # 1 ms, not 0: a zero timer runs before input and due timers
    window.status(window.tr("Opened {name}.").format(name=database.path.name))
    open_check.watch(window)
    return True


def remember(window: MainWindow, path: Path) -> None:
    """The file becomes the last one opened and heads the recent list (settings saved at once)."""
    settings = window.ctx.settings
    settings.add_recent(str(Path(path).resolve()))
    settings.last_file = str(Path(path).resolve())
    try:
        settings.save()
    except OSError:
        log.warning("could not save settings")


def first_run(window: MainWindow) -> None:
    """A new, empty file: ask for the office's name and the plan year (window-modal: the window keeps painting)."""
    from hdesk.ui.dialogs.first_run import FirstRunDialog

    dialog = FirstRunDialog(window.ctx, window)
    dialog.finished.connect(lambda _r: main_chrome.update(window))
    dialog.open()
