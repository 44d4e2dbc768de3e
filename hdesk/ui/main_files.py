"""The main window's File menu work: new, open, save a copy, dropped files.

Kept apart from main_window.py so the window module stays about the window. Strings use the
"MainWindow" translation context, where they have always been translated.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from hdesk import paths

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
        window.first_run()


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
