"""The points-of-contact tab: departments x objectives, one click per role change.

Department names run upwards in the column headers so 25 departments still fit a screen; the
objective labels stay on the left while the cells scroll. Overlap warnings are listed below.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QMouseEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hdesk.services import queries
from hdesk.services.planning import Matrix, matrix, next_role, previous_role, set_role
from hdesk.services.records import ChangeSet
from hdesk.ui.context import AppContext
from hdesk.ui.lazy import LazyLoad
from hdesk.ui.widgets.matrix_model import ROLE_BACKGROUND, ROLE_CODE, TOTAL_ROLE, MatrixModel, OverlapModel

RELEVANT = {"plan", "goal", "department", "objective", "objective_department", "campaign", "partner"}
MIN_HEADER = 120
MAX_HEADER = 250  # longer names are elided in the middle; the tooltip has them whole
COLUMN_WIDTH = 36
ROW_LABEL_WIDTH = 340
MAX_LISTED = 20


class RotatedHeader(QHeaderView):
    """Column labels that read bottom-to-top under each department's total, always in view."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setDefaultSectionSize(COLUMN_WIDTH)
        self.setMinimumSectionSize(COLUMN_WIDTH)
        self.setHighlightSections(False)

    def _total_height(self) -> int:
        return self.fontMetrics().height() + 8

    def sizeHint(self) -> QSize:
        model = self.model()
        widest = 0
        if model is not None:
            for column in range(model.columnCount()):
                text = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
                widest = max(widest, self.fontMetrics().horizontalAdvance(text))
        view = self.parentWidget()
        # On a small screen the names may take at most ~45% of the view, so rows stay visible.
        cap = MAX_HEADER if view is None else max(MIN_HEADER, min(MAX_HEADER, int(view.height() * 0.45)))
        height = max(MIN_HEADER, min(cap, widest + 16)) + self._total_height()
        return QSize(super().sizeHint().width(), height)

    def paintSection(self, painter: QPainter, rect: QRect, logical_index: int) -> None:
        model = self.model()
        if model is None or not rect.isValid():
            return
        painter.save()
        brush = model.headerData(logical_index, Qt.Orientation.Horizontal, Qt.ItemDataRole.BackgroundRole)
        painter.fillRect(rect, brush if brush is not None else self.palette().brush(QPalette.ColorRole.Button))
        painter.setPen(self.palette().color(QPalette.ColorRole.Mid))
        painter.drawLine(rect.topRight(), rect.bottomRight())
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        band = self._total_height()
        painter.drawLine(rect.left(), rect.top() + band, rect.right(), rect.top() + band)
        painter.setPen(self.palette().color(QPalette.ColorRole.ButtonText))
        total = model.headerData(logical_index, Qt.Orientation.Horizontal, TOTAL_ROLE)
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), band), Qt.AlignmentFlag.AlignCenter, str(total))
        painter.setFont(self.font())
        text = str(model.headerData(logical_index, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
        room = rect.height() - band - 10
        text = self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideMiddle, room)
        painter.translate(rect.left() + (rect.width() + self.fontMetrics().ascent()) / 2 - 2, rect.bottom() - 5)
        painter.rotate(-90)
        painter.drawText(0, 0, text)
        painter.restore()


class FrameDelegate(QStyledItemDelegate):
    """Keeps the role colour of a selected cell and marks the selection with a frame instead."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        plain = QStyleOptionViewItem(option)
        plain.state &= ~QStyle.StateFlag.State_Selected
        plain.state &= ~QStyle.StateFlag.State_HasFocus
        if selected:  # the view has already painted the row panel in the highlight colour
            painter.fillRect(option.rect, option.palette.base())
        super().paint(painter, plain, index)
        if selected:
            painter.save()
            painter.setPen(QPen(QColor("#e07000"), 3))
            painter.drawRect(option.rect.adjusted(1, 1, -2, -2))
            painter.restore()


class MatrixView(QTableView):
    """Click, Space or Enter cycles a cell's role (Shift goes backwards); Delete clears it."""

    cycle_requested = Signal(QModelIndex, bool)  # index, backwards
    clear_requested = Signal(QModelIndex)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setHorizontalHeader(RotatedHeader(self))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        vertical = self.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 10)
        vertical.setFixedWidth(ROW_LABEL_WIDTH)
        vertical.setTextElideMode(Qt.TextElideMode.ElideRight)
        vertical.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        vertical.setHighlightSections(True)
        self.delegate = FrameDelegate(self)  # keep a reference: Qt does not own the Python side
        self.setItemDelegate(self.delegate)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        pressed = self.currentIndex()
        super().mouseReleaseEvent(event)
        selectable = index.isValid() and bool(index.flags() & Qt.ItemFlag.ItemIsSelectable)
        if event.button() == Qt.MouseButton.LeftButton and selectable and index == pressed:
            self.cycle_requested.emit(index, bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        selectable = index.isValid() and bool(index.flags() & Qt.ItemFlag.ItemIsSelectable)
        if selectable and event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.cycle_requested.emit(index, bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier))
            event.accept()
            return
        if selectable and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.clear_requested.emit(index)
            event.accept()
            return
        super().keyPressEvent(event)


class MatrixWidget(LazyLoad, QWidget):
    """Shows the matrix of ctx.plan_year (None: the latest plan) and edits roles through ctx.edit."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._model = MatrixModel(self)
        self.overlaps = OverlapModel(self)
        self.shown_year: int | None = None
        self._built_for: object = ()

        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.legend = QLabel(self._legend_html())
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)
        self.view = MatrixView(self)
        self.view.setModel(self._model)
        self.view.cycle_requested.connect(self.cycle)
        self.view.clear_requested.connect(lambda index: self.apply_role(index, None))
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.overlap_view = QTableView(self)
        self.overlap_view.setModel(self.overlaps)
        self.overlap_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.overlap_view.verticalHeader().hide()
        overlap_header = self.overlap_view.horizontalHeader()
        overlap_header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        overlap_header.setStretchLastSection(True)
        for column, width in ((OverlapModel.COL_PARTNER, 240), (OverlapModel.COL_DEPARTMENTS, 420)):
            overlap_header.resizeSection(column, width)
        self.overlap_view.setWordWrap(False)  # one line per partner; the tooltip has the whole text
        self.overlap_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.overlap_label = QLabel()
        self.overlap_label.setTextFormat(Qt.TextFormat.PlainText)

        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.summary)
        bottom_layout.addWidget(self.overlap_label)
        bottom_layout.addWidget(self.overlap_view)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.view)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.message)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.legend)
        layout.addWidget(splitter, 1)

        ctx.changed.connect(self._on_changed)
        ctx.reloaded.connect(self.load_or_defer)
        self.load_or_defer()

    def _legend_html(self) -> str:
        parts = []
        for code, word in (
            ("lead", self._model.role_word("lead")),
            ("contributes", self._model.role_word("contributes")),
            ("consulted", self._model.role_word("consulted")),
            ("informed", self._model.role_word("informed")),
        ):
            colour = ROLE_BACKGROUND[code].name()
            fg = "white" if code == "lead" else "black"
            letter = self._model.role_letter(code)
            parts.append(f'<span style="background:{colour};color:{fg}">&nbsp;<b>{letter}</b>&nbsp;</span> {word}')
        hint = self.tr("Click, Space or Enter: next role · Shift: previous · Delete: none")
        return " &nbsp; ".join(parts) + f" &nbsp; — {hint}"

    # -- loading ----------------------------------------------------------------------------
    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.entities & RELEVANT:
            self.load_or_defer()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.ctx.plan_year != self.shown_year:  # the main window's year selector moved
            self._stale = True
        self.shown()

    def load_now(self) -> None:
        self.refresh()

    @property
    def model(self) -> MatrixModel:
        """The matrix shown; reading it brings a hidden, stale tab up to date first."""
        self.reload_if_stale()
        return self._model

    def refresh(self) -> None:
        current = self._current_key()
        records = self.ctx.records
        plan = queries.plan_for_year(records, self.ctx.plan_year)
        self.shown_year = self.ctx.plan_year
        data = matrix(records, plan["uuid"]) if plan else None
        self._model.set_matrix(data)
        if data is None:
            self.title.setText(self.tr("No plan yet: create a plan to see its points of contact."))
        else:
            self.title.setText(self.tr("Points of contact — {title}").format(title=data.plan["title"]))
        self._fill_summary(data)
        if current:
            index = self._model.index_of(*current)
            if index.isValid():
                self.view.setCurrentIndex(index)

    def _fill_summary(self, data: Matrix | None) -> None:
        if data is None:
            self.summary.clear()
            self.overlaps.set_rows([])
            self.overlap_label.clear()
            return
        names = {d["uuid"]: d["name"] for d in data.departments}
        objs = {o["uuid"]: o for o in data.objectives}
        parts = []
        if data.without_lead:
            parts.append(
                self.tr("Objectives without a lead: {codes}.").format(
                    codes=_some(_short(objs[o]) for o in data.without_lead)
                )
            )
        if data.idle_departments:
            parts.append(
                self.tr("Departments with no objective: {names}.").format(
                    names=_some(names[d] for d in data.idle_departments)
                )
            )
        self.summary.setText(" ".join(parts) or self.tr("Every objective has a lead; every department has a role."))
        campaigns = {c["uuid"]: c["title"] for c in self.ctx.records.list("campaign")}
        rows = [
            (
                o.partner["name"],
                ", ".join(names[d] for d in o.departments),
                ", ".join(_short(objs[x]) for x in o.objectives),
                ", ".join(campaigns.get(c, "") for c in o.campaigns),
            )
            for o in data.overlaps
        ]
        self.overlaps.set_rows(rows)
        self.overlap_label.setText(
            self.tr(
                "Overlap warnings: partners approached by different departments for different objectives ({n})"
            ).replace("{n}", str(len(rows)))
        )
        self.overlap_view.setVisible(bool(rows))
        self.view.horizontalHeader().updateGeometry()
        self.view.updateGeometries()

    def _current_key(self) -> tuple[str, str] | None:
        index = self.view.currentIndex()
        if not index.isValid() or self._model.matrix is None:
            return None
        obj = self._model.objective_at(index.row())
        if obj is None:
            return None
        return obj["uuid"], self._model.department_at(index.column())["uuid"]

    # -- editing ----------------------------------------------------------------------------
    def cycle(self, index: QModelIndex | QPersistentModelIndex, backwards: bool = False) -> None:
        current = index.data(ROLE_CODE)
        self.apply_role(index, previous_role(current) if backwards else next_role(current))

    def apply_role(self, index: QModelIndex | QPersistentModelIndex, role: str | None) -> None:
        obj = self._model.objective_at(index.row())
        if obj is None:
            return
        dept = self._model.department_at(index.column())
        if self.ctx.readonly:
            self.message.setText(self.tr("This file is open read-only."))
            return
        self.view.setCurrentIndex(self._model.index(index.row(), index.column()))
        text = self.tr("Set role of {department} on {objective}").format(department=dept["name"], objective=_short(obj))
        try:
            self.ctx.edit(text, lambda: set_role(self.ctx.records, obj["uuid"], dept["uuid"], role))
        except LookupError:  # someone deleted the objective or department meanwhile
            self.message.setText(self.tr("That objective or department no longer exists."))
            self.refresh()
        else:
            self.message.clear()


def _some(items: Any) -> str:
    """A list for a sentence, cut after MAX_LISTED items ('…and 12 more' is counted, not listed)."""
    items = list(items)
    text = ", ".join(items[:MAX_LISTED])
    return text + (f", … (+{len(items) - MAX_LISTED})" if len(items) > MAX_LISTED else "")


def _short(obj: dict[str, Any]) -> str:
    return obj.get("code") or obj.get("title") or ""
