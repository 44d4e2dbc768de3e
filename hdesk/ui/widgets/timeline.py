"""The Timeline tab: objectives and campaigns of the plan year as bars you can drag.

Drag a bar's end to change its start or due date, or the bar's middle to move it; objectives snap
to months, campaigns to days (or months). Each drop is one undoable edit through ctx.edit.
The month header stays in view while the rows scroll.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QPointF, QRect, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter, QPen, QWheelEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hdesk.services import queries
from hdesk.services.records import ChangeSet
from hdesk.services.timeline import (
    BY_DEPARTMENT,
    BY_GOAL,
    CAMPAIGNS,
    NO_GOAL,
    NO_LEAD,
    Timeline,
    campaign_dates,
    objective_dates,
    timeline,
)
from hdesk.ui.context import AppContext
from hdesk.ui.lazy import LazyLoad
from hdesk.ui.widgets.matrix_model import plain_tip
from hdesk.ui.widgets.timeline_bar import CAMPAIGN_PLANNED, LABEL_WIDTH, STATUS_COLOURS, BarItem

RELEVANT = {"plan", "goal", "department", "objective", "campaign"}
HEADER_HEIGHT = 28
ROW_HEIGHT = 24
MONTH_WIDTH = 80.0


class TimelineView(QGraphicsView):
    """Ctrl+wheel zooms; the month header is repainted at the top of whatever is in view."""

    def __init__(self, owner: TimelineWidget):
        super().__init__(owner)
        self.owner = owner
        self.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.owner.zoom(1.25 if event.angleDelta().y() > 0 else 0.8)
            event.accept()
            return
        super().wheelEvent(event)

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        top = self.mapToScene(0, 0).y()
        if top > 0.5:  # scrolled: keep the months visible
            self.owner.paint_header(painter, top)


class TimelineWidget(LazyLoad, QWidget):
    """The plan of ctx.plan_year (None: the latest) on a month scale."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, today: dt.date | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.today = today or dt.date.today()
        self.zoom_factor = 1.0
        self.data: Timeline | None = None
        self.shown_year: int | None = None
        self.scene = QGraphicsScene(self)
        self.bars: list[BarItem] = []
        self._pending = False

        self.group_box = QComboBox()
        self.group_box.addItem(self.tr("Group by goal"), BY_GOAL)
        self.group_box.addItem(self.tr("Group by lead department"), BY_DEPARTMENT)
        self.group_box.currentIndexChanged.connect(self.refresh)
        self.month_snap = QCheckBox(self.tr("Campaigns snap to whole months"))
        zoom_in = QPushButton(self.tr("Zoom in"))
        zoom_in.clicked.connect(lambda: self.zoom(1.25))
        zoom_out = QPushButton(self.tr("Zoom out"))
        zoom_out.clicked.connect(lambda: self.zoom(0.8))
        export = QPushButton(self.tr("Export PNG…"))
        export.clicked.connect(self._ask_export)
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.view = TimelineView(self)
        self.view.setScene(self.scene)

        bar = QHBoxLayout()
        for widget in (self.group_box, self.month_snap, zoom_out, zoom_in, export):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.message)
        self.legend = QLabel(self._legend_html())
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.legend)
        layout.addWidget(self.view, 1)

        ctx.changed.connect(self._on_changed)
        ctx.reloaded.connect(self.load_or_defer)
        self.load_or_defer()

    def _legend_html(self) -> str:
        words = (
            (STATUS_COLOURS["planned"], self.tr("planned")),
            (STATUS_COLOURS["in_progress"], self.tr("in progress")),
            (STATUS_COLOURS["done"], self.tr("done")),
            (STATUS_COLOURS["postponed"], self.tr("postponed")),
            (CAMPAIGN_PLANNED, self.tr("campaign planned")),
            (STATUS_COLOURS["active"], self.tr("campaign active")),
        )
        parts = [f'<span style="background:{c}">&nbsp;&nbsp;&nbsp;&nbsp;</span> {w}' for c, w in words]
        hint = self.tr("Drag a bar's end to change a date, its middle to move it; Ctrl+wheel zooms")
        return " &nbsp; ".join(parts) + f" &nbsp; — {hint}"

    # -- loading -----------------------------------------------------------------------------
    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.entities & RELEVANT and not self._pending:
            self._pending = True  # rebuild after the current event: a dropped bar is still on the stack
            QTimer.singleShot(0, self._refresh_later)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.ctx.plan_year != self.shown_year:  # the main window's year selector moved
            self._stale = True
        self.shown()

    def load_now(self) -> None:
        self.refresh()

    def _refresh_later(self) -> None:
        self._pending = False
        self.load_or_defer()

    @property
    def month_width(self) -> float:
        return MONTH_WIDTH * self.zoom_factor

    def zoom(self, factor: float) -> None:
        self.zoom_factor = min(4.0, max(0.5, self.zoom_factor * factor))
        self.refresh()

    def refresh(self) -> None:
        self._pending = False
        plan = queries.plan_for_year(self.ctx.records, self.ctx.plan_year)
        self.shown_year = self.ctx.plan_year
        self.data = timeline(self.ctx.records, plan["uuid"], self.group_box.currentData()) if plan else None
        self._build()

    def _build(self) -> None:
        self.scene.clear()
        self.bars = []
        if self.data is None:
            self.scene.setSceneRect(QRectF(0, 0, LABEL_WIDTH + 12 * self.month_width, HEADER_HEIGHT))
            self.message.setText(self.tr("No plan yet."))
            return
        width = LABEL_WIDTH + 12 * self.month_width
        y = HEADER_HEIGHT
        bold = QFont(self.font())
        bold.setBold(True)
        editable = not self.ctx.readonly
        for group in self.data.groups:
            band = self.scene.addRect(QRectF(0, y, width, ROW_HEIGHT), QPen(Qt.PenStyle.NoPen), QColor("#e6e6e6"))
            band.setZValue(-2)
            self._text(self._group_title(group.kind, group.title), 6, y, LABEL_WIDTH * 2, bold)
            y += ROW_HEIGHT
            for bar in group.bars:
                self._text(bar.label, 14, y, LABEL_WIDTH - 20)
                left = LABEL_WIDTH + bar.start * self.month_width
                rect = QRectF(left, y + 4, max(4.0, (bar.end - bar.start) * self.month_width), ROW_HEIGHT - 8)
                item = BarItem(bar, rect, self.month_width, self._dropped)
                item.setEnabled(editable)
                self.scene.addItem(item)
                self.bars.append(item)
                y += ROW_HEIGHT
        grid = QPen(QColor("#d0d0d0"))
        for month in range(13):
            x = LABEL_WIDTH + month * self.month_width
            self.scene.addLine(x, 0, x, y, grid).setZValue(-1)
        self._header_items()
        if self.today.year == self.data.year:
            days = (dt.date(self.data.year + 1, 1, 1) - dt.date(self.data.year, 1, 1)).days
            x = LABEL_WIDTH + (self.today.timetuple().tm_yday - 0.5) / days * 12 * self.month_width
            line = self.scene.addLine(x, 0, x, y, QPen(QColor("#d62020"), 2))
            line.setZValue(5)
            line.setToolTip(self.tr("Today"))
        self.scene.setSceneRect(QRectF(0, 0, width, max(y, HEADER_HEIGHT + ROW_HEIGHT)))
        undated = len(self.data.undated)
        self.message.setText(self.tr("%n objective(s) without dates are not shown.", "", undated) if undated else "")

    def _text(self, text: str, x: float, y: float, width: float, font: QFont | None = None) -> None:
        item = self.scene.addSimpleText("")
        item.setFont(font or self.font())
        metrics = self.fontMetrics() if font is None else _metrics(font)
        item.setText(metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(width)))
        item.setPos(x, y + (ROW_HEIGHT - metrics.height()) / 2)
        item.setToolTip(plain_tip(text))

    def _group_title(self, kind: str, title: str) -> str:
        return {
            NO_GOAL: self.tr("Objectives without a goal"),
            NO_LEAD: self.tr("Objectives without a lead department"),
            CAMPAIGNS: self.tr("Campaigns"),
        }.get(kind, title)

    def _header_items(self) -> None:
        assert self.data is not None
        self.scene.addRect(
            QRectF(0, 0, LABEL_WIDTH + 12 * self.month_width, HEADER_HEIGHT), QPen(Qt.PenStyle.NoPen), QColor("#f2f2f2")
        ).setZValue(-2)
        self._text(str(self.data.year), 6, 2, LABEL_WIDTH - 12, _bold(self.font()))
        for month, name in enumerate(self.month_names()):
            self._text(name, LABEL_WIDTH + month * self.month_width + 4, 2, self.month_width - 8)

    def month_names(self) -> list[str]:
        locale = QLocale()
        fmt = QLocale.FormatType.LongFormat if self.month_width >= 90 else QLocale.FormatType.ShortFormat
        return [locale.standaloneMonthName(m, fmt) for m in range(1, 13)]

    def paint_header(self, painter: QPainter, top: float) -> None:
        """The month band drawn over the rows at scene height `top` (the view's drawForeground)."""
        painter.save()
        width = LABEL_WIDTH + 12 * self.month_width
        painter.fillRect(QRectF(0, top, width, HEADER_HEIGHT), QColor("#f2f2f2"))
        painter.setPen(QColor("#505050"))
        for month, name in enumerate(self.month_names()):
            x = LABEL_WIDTH + month * self.month_width
            painter.drawText(
                QRectF(x + 4, top, self.month_width - 8, HEADER_HEIGHT), Qt.AlignmentFlag.AlignVCenter, name
            )
        painter.drawLine(QPointF(0, top + HEADER_HEIGHT), QPointF(width, top + HEADER_HEIGHT))
        painter.restore()

    # -- editing -----------------------------------------------------------------------------
    def _dropped(self, item: BarItem, mode: str, start: float, end: float) -> None:
        """Store the dropped span; a dragged end changes only that end (the other stays exact)."""
        assert self.data is not None
        bar, year = item.bar, self.data.year
        if bar.entity == "objective":
            values = objective_dates(start, end, year)
            first, last = "start", "due"
            text = self.tr("Reschedule objective {name}").format(name=bar.label)
        else:
            values = campaign_dates(start, end, year, months=self.month_snap.isChecked())
            first, last = "start", "end"
            text = self.tr("Reschedule campaign {name}").format(name=bar.label)
        exists = self.ctx.records.exists(bar.entity, bar.uuid)
        current = self.ctx.records.get(bar.entity, bar.uuid) if exists and mode != "move" else {}
        if mode == "start":
            values = {first: values[first]}
            if current.get(last) and current[last] < values[first]:
                values[last] = values[first]
        elif mode == "end":
            values = {last: values[last]}
            if current.get(first) and current[first] > values[last]:
                values[first] = values[last]
        records = self.ctx.records
        try:
            changes = self.ctx.edit(text, lambda: records.update(bar.entity, bar.uuid, values))
        except (LookupError, ValueError):  # deleted meanwhile, or a date the schema refuses
            changes = None
            self.message.setText(self.tr("That change could not be saved."))
        if not isinstance(changes, ChangeSet) or not changes.changes:
            QTimer.singleShot(0, self.refresh)  # snap the bar back to what is stored

    # -- export ------------------------------------------------------------------------------
    def _ask_export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export timeline"), "timeline.png", self.tr("PNG image (*.png)")
        )
        if name and not self.export_png(Path(name)):
            self.message.setText(self.tr("Could not write the image."))

    def export_png(self, path: Path) -> bool:
        """The whole timeline (not only what is in view) as a PNG image."""
        path = path if path.suffix.lower() == ".png" else path.with_suffix(".png")
        rect = self.scene.sceneRect()
        image = QImage(int(rect.width()) + 1, int(rect.height()) + 1, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.scene.render(painter, QRectF(image.rect()), rect)
        painter.end()
        return image.save(str(path))  # the format follows the .png suffix


def _bold(font: QFont) -> QFont:
    out = QFont(font)
    out.setBold(True)
    return out


def _metrics(font: QFont) -> QFontMetrics:
    return QFontMetrics(font)
