"""The first thing seen in the morning: plan status, counts, objectives by status, what is due."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hdesk.core.schema import OBJECTIVE_STATUS
from hdesk.services import overview as summary
from hdesk.services import queries
from hdesk.services.records import ChangeSet
from hdesk.ui import text
from hdesk.ui.context import AppContext
from hdesk.ui.lazy import LazyLoad
from hdesk.ui.models.records import RESIZE_ROWS, Column, RecordFilterProxy, RecordTableModel, Row

DAYS_AHEAD = 30


def _table(parent: QWidget, model: RecordTableModel) -> tuple[QTableView, RecordFilterProxy]:
    proxy = RecordFilterProxy(parent)
    proxy.setSourceModel(model)
    view = QTableView(parent)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setResizeContentsPrecision(RESIZE_ROWS)
    view.setWordWrap(False)
    return view, proxy


class OverviewTab(LazyLoad, QWidget):
    """Read-only summary; a click on a deadline or a status opens the records behind it."""

    def __init__(self, ctx: AppContext, window: Any = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.window_ = window
        self.today = dt.date.today()
        self._stale = False
        root = QVBoxLayout(self)
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        root.addWidget(self.heading)
        self.plan_line = QLabel(self)
        self.plan_line.setTextFormat(Qt.TextFormat.PlainText)
        self.plan_line.setWordWrap(True)
        root.addWidget(self.plan_line)

        row = QHBoxLayout()
        counts_box = QGroupBox(self.tr("In this file"), self)
        self.counts_grid = QGridLayout(counts_box)
        self.count_labels: dict[str, QLabel] = {}
        for i, key in enumerate(("objective", "department", "partner", "campaign", "goal")):
            name = QLabel(self._count_name(key), counts_box)
            number = QLabel("0", counts_box)
            number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.counts_grid.addWidget(name, i, 0)
            self.counts_grid.addWidget(number, i, 1)
            self.count_labels[key] = number
        self.counts_grid.setRowStretch(6, 1)
        row.addWidget(counts_box)

        status_box = QGroupBox(self.tr("Objectives by status"), self)
        status_layout = QVBoxLayout(status_box)
        self.status_model = RecordTableModel(
            [
                Column(
                    "status",
                    text.field_label("objective", "status"),
                    lambda r: text.choice_label(r["status"]),
                    lambda r: r["order"],
                ),
                Column(
                    "count", self.tr("Objectives"), lambda r: str(r["count"]), lambda r: r["count"], align_right=True
                ),
            ],
            self,
        )
        self.status_view, self.status_proxy = _table(status_box, self.status_model)
        self.status_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.status_view.activated.connect(self._open_status)
        self.status_view.clicked.connect(self._open_status)
        status_layout.addWidget(self.status_view)
        row.addWidget(status_box, 1)
        root.addLayout(row)

        due_box = QGroupBox(self.tr("Overdue and due in the next {days} days").format(days=DAYS_AHEAD), self)
        due_layout = QVBoxLayout(due_box)
        self.deadline_model = RecordTableModel(
            [
                Column(
                    "due",
                    self.tr("Due"),
                    lambda r: text.format_due(r["due"]),
                    lambda r: r["due"],
                    warn=lambda r: r["overdue"],
                ),
                Column(
                    "state",
                    self.tr("State"),
                    lambda r: self.tr("Overdue") if r["overdue"] else "",
                    warn=lambda r: r["overdue"],
                ),
                Column("entity", self.tr("What"), lambda r: text.entity_name(r["entity"])),
                Column("title", text.field_label("objective", "title"), lambda r: r["title"]),
            ],
            self,
        )
        self.deadline_view, self.deadline_proxy = _table(due_box, self.deadline_model)
        self.deadline_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.deadline_view.activated.connect(self._open_deadline)
        self.deadline_view.clicked.connect(self._open_deadline)
        self.no_deadlines = QLabel(
            self.tr("Nothing is overdue or due in the next {days} days.").format(days=DAYS_AHEAD), due_box
        )
        due_layout.addWidget(self.no_deadlines)
        due_layout.addWidget(self.deadline_view)
        root.addWidget(due_box, 2)
        ctx.changed.connect(self._on_changed)
        ctx.reloaded.connect(self.load_or_defer)
        self.load_or_defer()

    def _count_name(self, key: str) -> str:
        names = {
            "objective": self.tr("Objectives in this plan"),
            "department": self.tr("Departments"),
            "partner": self.tr("Partners"),
            "campaign": self.tr("Campaigns"),
            "goal": self.tr("Strategic goals"),
        }
        return names[key]

    def _on_changed(self, _changes: ChangeSet) -> None:
        self.load_or_defer()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.shown()

    def reload(self) -> None:
        self._stale = False
        records = self.ctx.records
        office = queries.office(records)
        plan = queries.plan_for_year(records, self.ctx.plan_year)
        society = office.get("society") or self.tr("Your Society")
        self.heading.setText(society if not office.get("office_name") else f"{society} — {office['office_name']}")
        if plan is None:
            self.plan_line.setText(self.tr("There is no plan yet. Open Plan ▸ Plan settings to start one."))
        else:
            parts = [
                plan["title"] if str(plan["year"]) in plan["title"] else f"{plan['title']} ({plan['year']})",
                self.tr("Status: {status}").format(status=text.choice_label(plan["status"])),
            ]
            if plan.get("board_date"):
                parts.append(self.tr("Board approval: {date}").format(date=text.format_date(plan["board_date"])))
            self.plan_line.setText(" · ".join(parts))
        counts = summary.counts(records, plan["uuid"] if plan else None)
        for key, label in self.count_labels.items():
            label.setText(str(counts.get(key, 0)))
        by_status = summary.objectives_by_status(records, plan["uuid"] if plan else None)
        self.status_model.set_rows(
            [{"uuid": s, "status": s, "count": by_status.get(s, 0), "order": i} for i, s in enumerate(OBJECTIVE_STATUS)]
        )
        self.status_view.resizeColumnsToContents()
        rows: list[Row] = [
            {"uuid": d.uuid, "entity": d.entity, "title": d.title, "due": d.due, "overdue": d.overdue}
            for d in summary.due_deadlines(records, self.today, DAYS_AHEAD, plan["uuid"] if plan else None)
        ]
        self.deadline_model.set_rows(rows)
        self.deadline_view.resizeColumnsToContents()
        self.no_deadlines.setVisible(not rows)
        self.deadline_view.setVisible(bool(rows))

    def _open_deadline(self, index: QModelIndex) -> None:
        row = self.deadline_model.row(self.deadline_proxy.mapToSource(index).row())
        if self.window_ is not None:
            self.window_.show_record(row["entity"], row["uuid"])

    def _open_status(self, index: QModelIndex) -> None:
        row = self.status_model.row(self.status_proxy.mapToSource(index).row())
        if self.window_ is not None and hasattr(self.window_, "show_objectives_with_status"):
            self.window_.show_objectives_with_status(row["status"])
