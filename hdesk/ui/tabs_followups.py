"""The Follow-ups tab: what the partner work needs next (overdue and upcoming follow-ups to tick off,
partners nobody has talked to for months, agreements about to expire).

The tab queries services.partner_checks; the models only show rows (no database I/O in data()).
They are the record lists' models (ui/models): a ten-year file has thousands of silent partners, and a
QSortFilterProxyModel sorting a Python model asked data() 165,000 times on the first show (1.7 s).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QResizeEvent
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
from hdesk.ui.models.records import RESIZE_ROWS, RecordFilterProxy, RecordTableModel
from hdesk.ui.models.records import Column as ListColumn
from hdesk.ui.models.shaping import lay_out_plainly
from hdesk.ui.tabs.list_view import natural_widths, squeeze_columns, value_widths

_WATCH = {"interaction", "partner", "agreement"}


@dataclass(frozen=True)
class Column:
    title: str
    text: Callable[[Any], str]
    key: Callable[[Any], object]


class RowsModel(RecordTableModel):
    """Plain rows (dataclasses) shown through Column getters; `set_items` replaces them all.

    `urgent` rows are shown in the warning colour; `uuid_of` names the record a row opens.
    """

    def __init__(
        self,
        columns: Sequence[Column],
        uuid_of: Callable[[Any], str],
        urgent: Callable[[Any], bool] | None = None,
        parent: QObject | None = None,
    ):
        warn = (lambda row: urgent(row["item"])) if urgent else None
        super().__init__([_list_column(i, column, warn) for i, column in enumerate(columns)], parent)
        self.uuid_of = uuid_of

    def set_items(self, items: list[Any]) -> None:
        self.set_rows([{"uuid": self.uuid_of(item), "item": item} for item in items])

    def item(self, at: int) -> Any:
        return self.row(at)["item"]


def _list_column(at: int, column: Column, warn: Callable[[Any], bool] | None) -> ListColumn:
    return ListColumn(
        f"c{at}", column.title, lambda row: column.text(row["item"]), lambda row: column.key(row["item"]), warn=warn
    )


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
        self._natural: list[list[int]] = []  # each list's measured column widths (see _fit)
        self._values: list[list[int]] = []  # and the widths of their values alone
        tr = self.tr
        self.follow_model = RowsModel(
            [
                Column(tr("Due"), lambda f: text.format_date(f.due), lambda f: f.due),
                Column(tr("State"), self._state_text, lambda f: f.days),
                Column(tr("Partner"), lambda f: f.partner_name, lambda f: f.partner_name.casefold()),
                Column(tr("Follow-up"), lambda f: f.follow_up, lambda f: f.follow_up.casefold()),
                Column(tr("Engagement date"), lambda f: text.format_date(f.date), lambda f: f.date),
            ],
            lambda f: f.interaction,
            lambda f: f.state == "overdue",
            self,
        )
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
            lambda s: s.partner,
            parent=self,
        )
        self.agreement_model = RowsModel(
            [
                Column(tr("Valid until"), lambda a: text.format_date(a.valid_until), lambda a: a.valid_until),
                Column(tr("Days left"), lambda a: str(a.days), lambda a: a.days),
                Column(tr("Partner"), lambda a: a.partner_name, lambda a: a.partner_name.casefold()),
                Column(tr("Agreement"), lambda a: a.title, lambda a: a.title.casefold()),
            ],
            lambda a: a.agreement,
            lambda a: a.days <= 30,
            self,
        )
        self.follow_view = self._view(self.follow_model, "interaction")
        self.stale_view = self._view(self.stale_model, "partner")
        self.agreement_view = self._view(self.agreement_model, "agreement")
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

    def _view(self, model: RowsModel, entity: str) -> QTableView:
        proxy = RecordFilterProxy(self)
        proxy.setSourceModel(model)
        view = QTableView()
        view.setModel(proxy)
        view.setSortingEnabled(True)
        view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setWordWrap(False)
        lay_out_plainly(view)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.horizontalHeader().setStretchLastSection(True)
        view.verticalHeader().hide()

        def open_row(index: QModelIndex) -> None:
            if self.show_record is not None:
                self.show_record(entity, model.row(proxy.mapToSource(index).row())["uuid"])

        view.doubleClicked.connect(open_row)
        return view

    def _lists(self) -> list[tuple[QTableView, RowsModel, int]]:
        """Each list with its model and the column that keeps most of the width when space is short."""
        return [
            (self.follow_view, self.follow_model, 2),  # the partner
            (self.stale_view, self.stale_model, 0),
            (self.agreement_view, self.agreement_model, 3),  # the agreement's title
        ]

    def _fit(self) -> None:
        """Columns as wide as their longest texts (measured from the first rows), squeezed to the list's width."""
        texts = [model.shown_texts(RESIZE_ROWS) for _view, model, _main in self._lists()]
        self._natural = [natural_widths(view, t) for (view, _model, _main), t in zip(self._lists(), texts, strict=True)]
        self._values = [value_widths(view, t) for (view, _model, _main), t in zip(self._lists(), texts, strict=True)]
        self._squeeze()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self._squeeze)  # after the lists got their new width

    def _squeeze(self) -> None:
        for (view, model, main), natural, values in zip(self._lists(), self._natural, self._values, strict=False):
            squeeze_columns(view, model.columns, natural, main, values)

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
        self.follow_model.set_items(checks.follow_ups(records, today))
        self.stale_model.set_items(checks.stale_partners(records, today, months))
        self.agreement_model.set_items(checks.expiring_agreements(records, today))
        self._fit()
        self.stale_title.setText(self.tr("Partners not contacted for %n month(s) or more", "", months))
        font = self.stale_title.font()
        font.setBold(True)
        self.stale_title.setFont(font)

    def selected_follow_ups(self) -> list[str]:
        proxy = self.follow_view.model()
        assert isinstance(proxy, RecordFilterProxy)
        rows = {proxy.mapToSource(i).row() for i in self.follow_view.selectionModel().selectedRows()}
        return [self.follow_model.item(r).interaction for r in sorted(rows)]

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
