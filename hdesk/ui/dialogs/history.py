"""A record's history: who changed what, from which office, when (the record form's History… button)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from hdesk.services.exchange.history import history
from hdesk.ui.dialogs.exchange_models import HistoryModel
from hdesk.ui.text import entity_name


class HistoryDialog(QDialog):
    def __init__(self, parent: QWidget | None, ctx: Any, entity: str, uuid: str):
        super().__init__(parent)
        self.setWindowTitle(self.tr("History of this %1").replace("%1", entity_name(entity).lower()))
        self.model = HistoryModel(self)
        self.model.set_lines(entity, history(ctx.records, uuid))
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setModel(proxy)
        self.table.setSortingEnabled(False)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.resizeColumnsToContents()
        note = QLabel(self.tr("Newest first. Values that lost a conflict stay here."), self)
        note.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(820, 420)


def show_history(parent: QWidget | None, ctx: Any, entity: str, uuid: str) -> HistoryDialog:
    """Open the history of one record (non-modal, so the user can keep editing)."""
    dialog = HistoryDialog(parent, ctx, entity, uuid)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
