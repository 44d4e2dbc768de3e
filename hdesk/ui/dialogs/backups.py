"""File → Backups…: browse the automatic backups of the open file and restore one.

Listing (reading each backup's counts) and restoring run off the UI thread. A restore asks
first, closes the window's connection (restore needs the file closed), backs up the current
state, puts the backup in place and reopens the file, so even a restore can be undone by
restoring the "before restore" backup.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hdesk import paths
from hdesk.services import backups as service
from hdesk.services.backups import BackupInfo
from hdesk.store.errors import StoreError
from hdesk.ui.workers import Task, run_task

AnyIndex = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


def tr(text: str) -> str:
    return QCoreApplication.translate("backups", text)


def reason_text(reason: str) -> str:
    """Backup reasons are codes in file names; people read words."""
    words = {
        "daily": tr("Daily backup"),
        "manual": tr("Taken by hand"),
        "before-restore": tr("Before a restore"),
        "before-merge": tr("Before a merge"),
        "before-import": tr("Before an import from another office"),
        "before-partner-import": tr("Before a spreadsheet import"),
        "before-rollover": tr("Before the year-end rollover"),
    }
    if reason.startswith("migration-from-v"):
        return tr("Before an upgrade of the file")
    return words.get(reason, reason.replace("-", " "))


def tell(parent: QWidget, title: str, text: str) -> QMessageBox:
    """A warning with plain text (a message may quote file names), shown without blocking."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setObjectName("backups_message")
    box.open()
    return box


def when_text(taken: dt.datetime, long: bool = False) -> str:
    """A backup's date and time in the user's locale."""
    moment = QDateTime(QDate(taken.year, taken.month, taken.day), QTime(taken.hour, taken.minute, taken.second))
    return QLocale().toString(moment, QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat)


def size_text(size: int) -> str:
    return QLocale().formattedDataSize(size)


def counts_text(counts: dict[str, int] | None) -> str:
    if counts is None:
        return tr("Cannot be read")
    return tr("{objectives} objectives, {partners} partners, {departments} departments, {campaigns} campaigns").format(
        objectives=counts.get("objective", 0),
        partners=counts.get("partner", 0),
        departments=counts.get("department", 0),
        campaigns=counts.get("campaign", 0),
    )


class BackupsModel(QAbstractTableModel):
    """Backups, one per row: date, reason, size, what it holds. No I/O in data()."""

    COLUMNS = ("date", "reason", "size", "contents")

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.rows: list[BackupInfo] = []

    def set_rows(self, rows: list[BackupInfo]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return (tr("Date"), tr("Reason"), tr("Size"), tr("Contents"))[section]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        item = self.rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "date":
                return when_text(item.taken)
            if column == "reason":
                return reason_text(item.reason)
            if column == "size":
                return size_text(item.size)
            return counts_text(item.counts)
        if role == SORT_ROLE:
            return {"date": item.taken.isoformat(), "reason": reason_text(item.reason), "size": item.size}.get(
                column, counts_text(item.counts)
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(item.path)
        if role == Qt.ItemDataRole.ForegroundRole and item.counts is None:
            return Qt.GlobalColor.darkRed
        return None

    def backup_at(self, row: int) -> BackupInfo | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None


class BackupsDialog(QDialog):
    """The list of backups of `window.ctx.path` with Back up now and Restore.

    Signals:
        loaded(): the list was (re)read.
        restored(object): the Path of the file after a successful restore.
    """

    loaded = Signal()
    restored = Signal(object)

    def __init__(self, window: Any, parent: QWidget | None = None):
        super().__init__(parent or window)
        self.window_ = window
        self.path: Path = Path(window.ctx.path)
        self.task: Task | None = None
        self.setWindowTitle(tr("Backups of {name}").format(name=self.path.name))
        self.resize(760, 380)
        box = QVBoxLayout(self)
        self.note = QLabel(self)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.note.setText(
            tr(
                "hdesk keeps a copy of this file every day you open it, and before every merge, import, "
                "upgrade and restore. Backups are kept in {folder}."
            ).format(folder=str(paths.backup_dir()))
        )
        box.addWidget(self.note)
        self.model = BackupsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = QTableView(self)
        self.view.setObjectName("backups_table")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(lambda _index: self.ask_restore())
        box.addWidget(self.view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.backup_button = QPushButton(tr("Back up now"), self)
        self.restore_button = QPushButton(tr("Restore…"), self)
        buttons.addButton(self.backup_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.ask_restore)
        box.addWidget(buttons)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()
        self.reload()

    # -- listing ----------------------------------------------------------------------------
    def reload(self) -> None:
        path, folder = self.path, paths.backup_dir()
        self._busy(True)
        self.task = run_task(lambda _progress: service.backups(path, folder), self._on_loaded, self._on_failed)

    def _on_loaded(self, rows: object) -> None:
        self.model.set_rows(rows if isinstance(rows, list) else [])
        self._busy(False)
        if self.model.rowCount():
            self.view.selectRow(0)
        self.view.resizeColumnsToContents()
        self.loaded.emit()

    def _on_failed(self, error: BaseException) -> None:
        self._busy(False)
        tell(self, tr("Backups"), str(error))

    def _busy(self, busy: bool) -> None:
        self.backup_button.setEnabled(not busy and not self.window_.ctx.database.locked_out)
        self.view.setEnabled(not busy)
        self._update_buttons()
        if busy:
            self.restore_button.setEnabled(False)

    def _update_buttons(self) -> None:
        item = self.selected()
        self.restore_button.setEnabled(item is not None and item.counts is not None and self.view.isEnabled())

    def selected(self) -> BackupInfo | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.backup_at(self.proxy.mapToSource(rows[0]).row())

    # -- actions ----------------------------------------------------------------------------
    def back_up_now(self) -> None:
        from hdesk.store.backup import make_backup
        from hdesk.store.database import Database

        path, folder = self.path, paths.backup_dir()

        def work(_progress: object) -> Path:
            with Database(path, readonly=True) as database:
                return make_backup(database, folder, reason="manual")

        self._busy(True)
        self.task = run_task(work, lambda _made: self.reload(), self._on_failed)

    def confirm(self, item: BackupInfo) -> bool:
        """Ask before replacing the open file (tests replace this method)."""
        box = QMessageBox(
            QMessageBox.Icon.Question, tr("Restore a backup"), "", QMessageBox.StandardButton.Cancel, self
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            tr(
                "Replace {name} with the backup of {date}?\n\nChanges made since then will no longer be in the "
                "file. The current state is backed up first, so you can come back to it."
            ).format(name=self.path.name, date=when_text(item.taken, long=True))
        )
        restore = box.addButton(tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is restore

    def ask_restore(self) -> None:
        item = self.selected()
        if item is None or item.counts is None or not self.confirm(item):
            return
        window = self.window_
        if hasattr(window, "save_pending"):
            window.save_pending()
        window.ctx.database.close()  # restore needs the file closed; reopen() follows either way
        path, folder, backup = self.path, paths.backup_dir(), item.path
        self._busy(True)
        self.task = run_task(
            lambda _progress: service.restore(backup, path, folder), self._on_restored, self._on_restore_failed
        )

    def _on_restored(self, _kept: object) -> None:
        self._busy(False)
        if self.window_.reopen(self.path):
            self.window_.status(tr("The backup was restored; the previous state was backed up first."))
        self.restored.emit(self.path)
        self.accept()

    def _on_restore_failed(self, error: BaseException) -> None:
        self.window_.reopen(self.path)  # the file was not changed: go on with it
        self._busy(False)
        text = str(error)
        if isinstance(error, StoreError) and error.code == "locked":
            text = tr("{name} is open in another hdesk window. Close it there, then restore.").format(
                name=self.path.name
            )
        tell(self, tr("The backup was not restored"), text)
        self.reload()
