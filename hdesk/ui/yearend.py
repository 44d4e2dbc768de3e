"""Plan -> Year-end Review: every objective's status and progress against its target.

Printing is left to the plan PDF (File -> Export PDF), which carries the same objectives.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hdesk.services import queries
from hdesk.services.yearend import Review, ReviewRow, review
from hdesk.ui.context import AppContext
from hdesk.ui.widgets.matrix_model import plain_tip

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


class ReviewModel(QAbstractTableModel):
    """Rows of a services.yearend.Review; sorting uses the raw values (SORT_ROLE)."""

    COL_CODE, COL_TITLE, COL_GOAL, COL_LEAD, COL_STATUS, COL_BASELINE, COL_TARGET, COL_PROGRESS, COL_ACHIEVED = range(9)

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._rows: list[ReviewRow] = []

    def set_rows(self, rows: list[ReviewRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 9

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole or not 0 <= section < 9:
            return None
        return (
            self.tr("Code"),
            self.tr("Objective"),
            self.tr("Goal"),
            self.tr("Lead department"),
            self.tr("Status"),
            self.tr("Baseline"),
            self.tr("Target"),
            self.tr("Progress"),
            self.tr("Achieved"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        obj, col = row.objective, index.column()
        raw = (
            obj["code"],
            obj["title"],
            row.goal,
            row.lead,
            obj["status"],
            obj["baseline"],
            obj["target"],
            obj["progress"],
            row.achievement,
        )[col]
        if role == SORT_ROLE:
            return raw if raw is not None else -1e18
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tip(str(self.data(index, Qt.ItemDataRole.DisplayRole)))
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_STATUS:
                return status_word(self, obj["status"])
            if col == self.COL_ACHIEVED:
                return "" if raw is None else f"{raw * 100:.0f} %"
            if col in (self.COL_BASELINE, self.COL_TARGET, self.COL_PROGRESS):
                return "" if raw is None else f"{raw:g}"
            return raw or ""
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= self.COL_BASELINE:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.BackgroundRole and col == self.COL_ACHIEVED and row.achievement is not None:
            return QBrush(
                QColor("#d8efd8" if row.achievement >= 1 else "#fbe3cf" if row.achievement < 0.5 else "#fff6cc")
            )
        return None


def status_word(obj: Any, code: str | None) -> str:
    return {
        "planned": obj.tr("Planned"),
        "in_progress": obj.tr("In progress"),
        "done": obj.tr("Done"),
        "postponed": obj.tr("Postponed"),
        "cancelled": obj.tr("Cancelled"),
    }.get(code or "", code or "")


class YearEndWidget(QWidget):
    """A plan year selector, a one-paragraph summary and the sortable table."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.result: Review | None = None
        self.model = ReviewModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.year = QComboBox()
        self.year.currentIndexChanged.connect(self.refresh)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ReviewModel.COL_TITLE, QHeaderView.ResizeMode.Stretch)
        note = QLabel(self.tr("To print, export the plan PDF for this year (File menu)."))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Plan year:")))
        top.addWidget(self.year)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(note)
        self._fill_years()
        ctx.changed.connect(lambda _c: self.refresh())
        ctx.reloaded.connect(self._fill_years)

    def _fill_years(self) -> None:
        plans = queries.plans(self.ctx.records)
        wanted = self.ctx.plan_year or (plans[-1]["year"] if plans else None)
        self.year.blockSignals(True)
        self.year.clear()
        for plan in plans:
            self.year.addItem(str(plan["year"]), plan["year"])
        self.year.setCurrentIndex(max(0, self.year.findData(wanted)))
        self.year.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        plan = queries.plan_for_year(self.ctx.records, self.year.currentData()) if self.year.count() else None
        self.result = review(self.ctx.records, plan["uuid"]) if plan else None
        self.model.set_rows(self.result.rows if self.result else [])
        self.summary.setText(self._summary_text())

    def _summary_text(self) -> str:
        result = self.result
        if result is None:
            return self.tr("No plan yet.")
        parts = ", ".join(f"{status_word(self, s)}: {n}" for s, n in result.status_counts())
        text = self.tr("{title}: {n} objectives ({parts}).").format(
            title=result.plan["title"], n=len(result.rows), parts=parts
        )
        mean = result.mean_achievement
        if mean is not None:
            text += " " + self.tr("Targets met: {met} of {measured} measured; average {mean:.0f} % of the way.").format(
                met=result.targets_met, measured=len(result.measured), mean=mean * 100
            )
        return text


class YearEndDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Year-end review"))
        self.widget = YearEndWidget(ctx, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.widget)
        layout.addWidget(buttons)
        self.resize(1000, 600)
