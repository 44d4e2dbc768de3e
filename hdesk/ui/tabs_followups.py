"""The Follow-ups tab: what the partner work needs next (overdue and upcoming follow-ups to tick off,
partners nobody has talked to for months, agreements about to expire).

The tab queries services.partner_checks; the models only show rows (no database I/O in data()).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
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

from hdesk.services import partner_checks as checks
from hdesk.ui import text
from hdesk.ui.context import AppContext
from hdesk.ui.lazy import LazyLoad

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
_WATCH = {"interaction", "partner", "agreement"}


@dataclass(frozen=True)
class Column:
    title: str
    text: Callable[[Any], str]
    key: Callable[[Any], object]


class RowsModel(QAbstractTableModel):
    """Plain rows (dataclasses) shown through Column getters; `set_rows` replaces them all."""

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None):
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []
        self.urgent: Callable[[Any], bool] = lambda row: False

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        row, column = self.rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return text.tooltip(column.text(row))
        if role == SORT_ROLE:
            return column.key(row)
        if role == Qt.ItemDataRole.ForegroundRole and self.urgent(row):
            return QBrush(QColor("#b71c1c"))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(self.columns):
            return self.columns[section].title
        return None


class FollowUpsTab(LazyLoad, QWidget):
    """Signals come from ctx; `show_record(entity, uuid)` opens a row's record (double-click)."""

    def __init__(
        self,
        ctx: AppContext,
        show_record: Callable[[str, str], object] | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("followups")
        self.ctx = ctx
        self.show_record = show_record
        self.today: dt.date | None = None  # None: the real today (tests pin a date)
        tr = self.tr
        self.follow_model = RowsModel(
            [
                Column(tr("Due"), lambda f: text.format_date(f.due), lambda f: f.due),
                Column(tr("State"), self._state_text, lambda f: f.days),
                Column(tr("Partner"), lambda f: f.partner_name, lambda f: f.partner_name.casefold()),
                Column(tr("Follow-up"), lambda f: f.follow_up, lambda f: f.follow_up.casefold()),
                Column(tr("Engagement date"), lambda f: text.format_date(f.date), lambda f: f.date),
            ],
            self,
        )
        self.follow_model.urgent = lambda f: f.state == "overdue"
        self.stale_model = RowsModel(
            [
                Column(tr("Partner"), lambda s: s.name, lambda s: s.name.casefold()),
                Column(
                    tr("Last contact"),
                    lambda s: text.format_date(s.last_contact) or tr("never"),
                    lambda s: s.last_contact or "",
                ),
                Column(tr("Months"), self._months_text, lambda s: 10_000 if s.months < 0 else s.months),
            ],
            self,
        )
        self.agreement_model = RowsModel(
            [
                Column(tr("Valid until"), lambda a: text.format_date(a.valid_until), lambda a: a.valid_until),
                Column(tr("Days left"), lambda a: str(a.days), lambda a: a.days),
                Column(tr("Partner"), lambda a: a.partner_name, lambda a: a.partner_name.casefold()),
                Column(tr("Agreement"), lambda a: a.title, lambda a: a.title.casefold()),
            ],
            self,
        )
        self.agreement_model.urgent = lambda a: a.days <= 30
        self.follow_view = self._view(self.follow_model, "interaction", lambda f: f.interaction)
        self.stale_view = self._view(self.stale_model, "partner", lambda s: s.partner)
        self.agreement_view = self._view(self.agreement_model, "agreement", lambda a: a.agreement)
        self.done_button = QPushButton(tr("Mark done"))
        self.done_button.clicked.connect(self.mark_selected_done)
        self.stale_title = QLabel()
        self.stale_title.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        head.addWidget(self._title(tr("Overdue and upcoming follow-ups")))
        head.addStretch(1)
        head.addWidget(self.done_button)
        layout.addLayout(head)
        layout.addWidget(self.follow_view, 3)
        layout.addWidget(self.stale_title)
        layout.addWidget(self.stale_view, 2)
        layout.addWidget(self._title(tr("Agreements expiring within 90 days")))
        layout.addWidget(self.agreement_view, 2)
        ctx.changed.connect(self._on_changed)
        ctx.reloaded.connect(self.load_or_defer)
        self.load_or_defer()

    def _title(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.PlainText)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    def _view(self, model: RowsModel, entity: str, uuid_of: Callable[[Any], str]) -> QTableView:
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(model)
        proxy.setSortRole(SORT_ROLE)
        view = QTableView()
        view.setModel(proxy)
        view.setSortingEnabled(True)
        view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        view.verticalHeader().hide()

        def open_row(index: QModelIndex) -> None:
            if self.show_record is not None:
                self.show_record(entity, uuid_of(model.rows[proxy.mapToSource(index).row()]))

        view.doubleClicked.connect(open_row)
        return view

    def _state_text(self, f: checks.FollowUp) -> str:
        if f.state == "overdue":
            return self.tr("overdue by %n day(s)", "", -f.days)
        if f.days == 0:
            return self.tr("due today")
        return self.tr("due in %n day(s)", "", f.days)

    def _months_text(self, s: checks.StalePartner) -> str:
        return "—" if s.months < 0 else str(s.months)

    # -- data --------------------------------------------------------------------------------
    def _on_changed(self, changes: Any) -> None:
        if _WATCH & set(getattr(changes, "entities", _WATCH)):
            self.load_or_defer()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.shown()

    def reload(self) -> None:
        records = self.ctx.records
        today = self.today or dt.date.today()
        months = max(1, int(self.ctx.settings.stale_partner_months or 6))
        self.follow_model.set_rows(checks.follow_ups(records, today))
        self.stale_model.set_rows(checks.stale_partners(records, today, months))
        self.agreement_model.set_rows(checks.expiring_agreements(records, today))
        self.stale_title.setText(self.tr("Partners not contacted for %n month(s) or more", "", months))
        font = self.stale_title.font()
        font.setBold(True)
        self.stale_title.setFont(font)

    def selected_follow_ups(self) -> list[str]:
        proxy = self.follow_view.model()
        assert isinstance(proxy, QSortFilterProxyModel)
        rows = {proxy.mapToSource(i).row() for i in self.follow_view.selectionModel().selectedRows()}
        return [self.follow_model.rows[r].interaction for r in sorted(rows)]

    def mark_selected_done(self) -> None:
        """Tick off the selected follow-ups as ONE undoable step."""
        chosen = self.selected_follow_ups()
        if not chosen or self.ctx.readonly:
            return
        records = self.ctx.records

        def action() -> Any:
            from hdesk.services.records import ChangeSet

            out = ChangeSet()
            with records.transaction():
                for uuid in chosen:
                    out.extend(checks.mark_done(records, uuid))
            return out

        self.ctx.edit(self.tr("Mark follow-up done"), action)
