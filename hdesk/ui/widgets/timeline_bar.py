"""One draggable bar of the Timeline: its ends change a date, its middle moves the whole span."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsRectItem,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from hdesk.services.timeline import Bar
from hdesk.ui.widgets.matrix_model import plain_tip

LABEL_WIDTH = 300  # the row labels left of the months
EDGE = 6  # pixels at each end of a bar that grab the end instead of the whole bar
STATUS_COLOURS = {
    "planned": "#5b8fcf",
    "in_progress": "#2f6db5",
    "done": "#5a9e5a",
    "postponed": "#c8a040",
    "cancelled": "#a0a0a0",
    "active": "#c0392b",
    "completed": "#5a9e5a",
}
CAMPAIGN_PLANNED = "#c96a58"


class BarItem(QGraphicsRectItem):
    """One bar; dragging changes the rectangle, dropping hands the new span to `on_drop`."""

    def __init__(
        self, bar: Bar, rect: QRectF, month_width: float, on_drop: Callable[[BarItem, str, float, float], None]
    ):
        super().__init__(rect)
        self.bar = bar
        self.month_width = month_width
        self.on_drop = on_drop
        self.mode = ""
        self._press_x = 0.0
        self._origin = QRectF(rect)
        colour = STATUS_COLOURS.get(bar.status, "#7fa7d9")
        if bar.entity == "campaign" and bar.status == "planned":
            colour = CAMPAIGN_PLANNED
        self.setBrush(QBrush(QColor(colour)))
        self.setPen(QPen(QColor(colour).darker(130)))
        self.setAcceptHoverEvents(True)
        self.setToolTip(plain_tip(bar.label))
        self.setCursor(Qt.CursorShape.OpenHandCursor)

    def grab_mode(self, x: float) -> str:
        rect = self.rect()
        if x - rect.left() <= EDGE:
            return "start"
        if rect.right() - x <= EDGE:
            return "end"
        return "move"

    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        mode = self.grab_mode(event.pos().x())
        shape = Qt.CursorShape.OpenHandCursor if mode == "move" else Qt.CursorShape.SizeHorCursor
        self.setCursor(shape)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or not self.isEnabled():
            event.ignore()
            return
        self.mode = self.grab_mode(event.pos().x())
        self._press_x = event.scenePos().x()
        self._origin = QRectF(self.rect())
        event.accept()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.mode:
            self.drag(event.scenePos().x() - self._press_x)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.mode:
            self.drag(event.scenePos().x() - self._press_x)
            self.drop()

    def drag(self, dx: float) -> None:
        """Show the bar moved by dx pixels (start, end or both, by the grab mode)."""
        rect = QRectF(self._origin)
        if self.mode == "move":
            rect.translate(dx, 0)
        elif self.mode == "start":
            rect.setLeft(min(rect.left() + dx, rect.right() - 2))
        elif self.mode == "end":
            rect.setRight(max(rect.right() + dx, rect.left() + 2))
        self.setRect(rect)

    def drop(self) -> None:
        """Hand the new span (in months from 1 January) to the timeline, unless nothing moved."""
        mode, self.mode = self.mode, ""
        if not mode or self.rect() == self._origin:
            return
        start = (self.rect().left() - LABEL_WIDTH) / self.month_width
        end = (self.rect().right() - LABEL_WIDTH) / self.month_width
        self.on_drop(self, mode, start, end)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        super().paint(painter, option, widget)
        rect = self.rect().adjusted(4, 0, -4, 0)
        if rect.width() < 20:
            return
        painter.setPen(QColor("white"))
        metrics = painter.fontMetrics()
        text = metrics.elidedText(self.bar.label, Qt.TextElideMode.ElideRight, int(rect.width()))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), text)
