"""The Conflicts view: each conflicting field with its values, offices and times; choose one.

Choosing is an ordinary undoable edit (ctx.edit) whose new stamp covers every live value, so
the choice also settles the conflict in the other offices after the next exchange.

Finding conflicts reads the whole primary-key index of field_value: a few ms on an office's file,
about 0.4 s on a regional office's ten years. Above SCAN_NOW_BYTES the scan runs on the thread
pool, on a read-only connection of its own, and the tab says it is looking meanwhile.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hdesk.services.exchange.conflicts import Conflict, conflicting_fields, list_conflicts, resolve
from hdesk.store.background_check import CHECK_NOW_BYTES
from hdesk.ui.dialogs.exchange_models import ConflictsModel
from hdesk.ui.lazy import LazyLoad
from hdesk.ui.workers import Task, run_task

SCAN_NOW_BYTES = CHECK_NOW_BYTES  # larger files are scanned on the thread pool


class ConflictsView(LazyLoad, QWidget):
    """A tab listing conflicts; refreshes after edits, imports and undo."""

    def __init__(self, ctx: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("conflicts")
        self.ctx = ctx
        self.task: Task | None = None  # the running scan of a large file
        self._scans = 0  # the newest scan's number: an older one's result is dropped
        self._model = ConflictsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self._model)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.choose_selected())
        self.info = QLabel(self)
        self.info.setTextFormat(Qt.TextFormat.PlainText)
        self.info.setWordWrap(True)
        self.choose = QPushButton(self.tr("Use this value"), self)
        self.choose.setObjectName("choose_value")
        self.choose.clicked.connect(self.choose_selected)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        row = QHBoxLayout()
        row.addWidget(self.info, 1)
        row.addWidget(self.choose)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table)
        ctx.changed.connect(self.load_or_defer)
        ctx.reloaded.connect(self.load_or_defer)
        self.load_or_defer()

    @property
    def model(self) -> ConflictsModel:
        """The conflicts shown; reading it brings a hidden, stale tab up to date first."""
        self.reload_if_stale()
        return self._model

    def load_now(self) -> None:
        self.refresh()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.shown()

    def refresh(self) -> None:
        path = Path(self.ctx.database.path)
        self._scans += 1
        try:
            large = path.stat().st_size > SCAN_NOW_BYTES
        except OSError:
            large = False
        if not large:
            self._show(list_conflicts(self.ctx.records))
            return
        scan = self._scans
        self.info.setText(self.tr("Looking for conflicts…"))
        self.choose.setEnabled(False)
        self.task = run_task(
            lambda _progress: conflicting_fields(path),
            lambda pairs: self._scanned(scan, path, pairs),
            lambda _error: self._scanned(scan, path, None),  # scanned again here, where an error is shown
        )

    def _scanned(self, scan: int, path: Path, pairs: list[tuple[str, str]] | None) -> None:
        if scan != self._scans or Path(self.ctx.database.path) != path:
            return  # a newer scan is running, or another file is open
        self.task = None
        self._show(list_conflicts(self.ctx.records, pairs))

    def _show(self, conflicts: list[Conflict]) -> None:
        self._model.set_conflicts(conflicts)
        if conflicts:
            self.info.setText(
                self.tr(
                    "%n field(s) were changed differently in two offices. Choose the value to keep.", "", len(conflicts)
                )
            )
        else:
            self.info.setText(self.tr("No conflicts: every office's edits fit together."))
        self.table.resizeColumnsToContents()
        self._update_buttons()

    def _selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.proxy.mapToSource(rows[0]).row() if rows else None

    def _update_buttons(self) -> None:
        self.choose.setEnabled(self._selected_row() is not None and not self.ctx.readonly)

    def choose_selected(self) -> None:
        row = self._selected_row()
        if row is None or self.ctx.readonly:
            return
        conflict, value = self._model.entry(row)
        self.ctx.edit(
            self.tr("Choose a value in a conflict"),
            lambda: resolve(self.ctx.records, conflict.entity, conflict.uuid, conflict.field, value.value),
        )
        self.refresh()
