"""The stakeholder map: partners on an influence × interest grid, coloured by stance or kind.

Dragging a marker to another cell is an undoable edit of the partner's influence and interest
(through ctx.edit); the map redraws from ctx.changed, so the marker snaps into its new cell.

Signals:
    partnerSelected(str): a marker was clicked (uuid).
    partnerActivated(str): a marker was double-clicked (uuid).
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QImage, QPainter, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hdesk.core.schema import PARTNER_KIND, STAGE, STANCE
from hdesk.ui.context import AppContext
from hdesk.ui.lazy import LazyLoad
from hdesk.ui.text import choice_label
from hdesk.ui.widgets import stakeholder_layout as geo

LEGEND_WIDTH = 210.0
STANCE_COLOURS = {
    "supportive": "#2e7d32",
    "neutral": "#1565c0",
    "sceptical": "#ef6c00",
    "opposed": "#c62828",
    "unknown": "#9e9e9e",
}
KIND_COLOURS = dict(
    zip(
        PARTNER_KIND,
        (
            "#1f77b4",
            "#aec7e8",
            "#17becf",
            "#d62728",
            "#ff9896",
            "#2ca02c",
            "#9467bd",
            "#8c564b",
            "#e377c2",
            "#bcbd22",
            "#ff7f0e",
        ),
        strict=True,
    )
)
QUADRANT_TINT = {
    "keep_satisfied": "#fff8e1",
    "manage_closely": "#ffebee",
    "monitor": "#f5f5f5",
    "keep_informed": "#e8f5e9",
}


def fit_label(name: str, metrics: QFontMetricsF, width: float, two_lines: bool) -> str:
    """The name in one line (elided), or wrapped at a space into two lines, the second elided."""
    elide = Qt.TextElideMode.ElideRight
    if not two_lines or metrics.horizontalAdvance(name) <= width:
        return metrics.elidedText(name, elide, width)
    words = name.split()
    first = ""
    for count in range(len(words), 0, -1):
        candidate = " ".join(words[:count])
        if metrics.horizontalAdvance(candidate) <= width:
            first, rest = candidate, " ".join(words[count:])
            break
    if not first:
        return metrics.elidedText(name, elide, width)
    return first + "\n" + metrics.elidedText(rest, elide, width)


MARKER_FLAGS = (  # combined once: a 5,000-partner map spent 70 ms or-ing Python enums per marker
    QGraphicsItem.GraphicsItemFlag.ItemIsMovable
    | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
    | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges
)


class Marker(QGraphicsEllipseItem):
    """One partner: a movable dot whose release asks the map to move the partner to a cell."""

    def __init__(self, owner: StakeholderMap, uuid: str, radius: float):
        super().__init__(-radius, -radius, 2 * radius, 2 * radius)
        self.owner = owner
        self.uuid = uuid
        self.setFlags(MARKER_FLAGS)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setZValue(2)
        self.home = QPointF()

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if (self.pos() - self.home).manhattanLength() > 2:
            self.owner.drop_marker(self.uuid, self.pos())

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseDoubleClickEvent(event)
        self.owner.partnerActivated.emit(self.uuid)


class StakeholderMap(LazyLoad, QWidget):
    partnerSelected = Signal(str)
    partnerActivated = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("stakeholder_map")
        self.ctx = ctx
        self.partners: list[dict[str, Any]] = []
        self.markers: dict[str, Marker] = {}
        self.placements: dict[str, geo.Placement] = {}
        self.scene = QGraphicsScene(self)
        self.view = QGraphicsView(self.scene)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.colour_by = QComboBox()
        self.colour_by.addItem(self.tr("Colour by stance"), "stance")
        self.colour_by.addItem(self.tr("Colour by kind"), "kind")
        self.kind_filter = self._filter_combo(self.tr("All kinds"), PARTNER_KIND)
        self.stage_filter = self._filter_combo(self.tr("All stages"), STAGE)
        self.export_button = QPushButton(self.tr("Export map as PNG…"))
        self.count_label = QLabel()
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        bar = QHBoxLayout()
        for widget in (self.colour_by, self.kind_filter, self.stage_filter):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        for combo in (self.colour_by, self.kind_filter, self.stage_filter):
            combo.currentIndexChanged.connect(self.redraw)
        self.export_button.clicked.connect(self.ask_export_png)
        self.scene.selectionChanged.connect(self._selection_changed)
        ctx.changed.connect(self._on_changed)
        ctx.reloaded.connect(self.load_or_defer)
        self.load_or_defer()

    def _filter_combo(self, everything: str, codes: tuple[str, ...]) -> QComboBox:
        combo = QComboBox()
        combo.addItem(everything, "")
        for code in codes:
            combo.addItem(choice_label(code), code)
        return combo

    # -- data --------------------------------------------------------------------------------
    def _on_changed(self, changes: Any) -> None:
        if "partner" in getattr(changes, "entities", {"partner"}):
            self.load_or_defer()

    def reload(self) -> None:
        """Read the partners again (one query) and redraw."""
        self.partners = self.ctx.records.list("partner")
        self.redraw()

    def visible_partners(self) -> list[dict[str, Any]]:
        kind, stage = self.kind_filter.currentData(), self.stage_filter.currentData()
        return [p for p in self.partners if (not kind or p["kind"] == kind) and (not stage or p["stage"] == stage)]

    @staticmethod
    def _colour(partner: dict[str, Any], by_kind: bool) -> QColor:
        if by_kind:
            return QColor(KIND_COLOURS.get(partner["kind"], "#607d8b"))
        return QColor(STANCE_COLOURS.get(partner["stance"] or "unknown", "#9e9e9e"))

    # -- drawing -----------------------------------------------------------------------------
    def redraw(self) -> None:
        selected = {m.uuid for m in self.markers.values() if m.isSelected()}
        self.scene.blockSignals(True)
        self.scene.clear()
        self.scene.blockSignals(False)
        self.markers = {}
        width, height = geo.scene_size(LEGEND_WIDTH)
        self.scene.setSceneRect(0, 0, width, height)
        self._draw_grid()
        partners = self.visible_partners()
        points = [geo.Point(p["uuid"], p["influence"], p["interest"], p["name"] or "") for p in partners]
        self.placements = {pl.uuid: pl for pl in geo.layout(points)}
        small = QFont(self.font())
        small.setPointSizeF(8.0)
        by_kind = self.colour_by.currentData() == "kind"
        paints: dict[str, tuple[QBrush, QPen]] = {}  # one brush and pen per colour, not per marker
        for partner in partners:
            colour = self._colour(partner, by_kind)
            if colour.name() not in paints:
                paints[colour.name()] = (QBrush(colour), QPen(colour.darker(160), 1.2))
            place = self.placements[partner["uuid"]]
            self._draw_marker(partner, place, small, partner["uuid"] in selected, paints[colour.name()])
        self._draw_legend()
        total = len(self.partners)
        self.count_label.setText(self.tr("{shown} of {total} partners").format(shown=len(partners), total=total))
        self._fit()

    def _draw_marker(
        self, partner: dict[str, Any], place: geo.Placement, font: QFont, selected: bool, paint: tuple[QBrush, QPen]
    ) -> None:
        marker = Marker(self, partner["uuid"], place.radius)
        marker.setBrush(paint[0])
        marker.setPen(paint[1])
        marker.setPos(place.x, place.y)
        marker.home = QPointF(place.x, place.y)
        name = partner["name"] or ""
        marker.setToolTip("<p>" + html.escape(name) + "</p>")  # escaped: shown literally, never as markup
        self.scene.addItem(marker)
        marker.setSelected(selected)
        self.markers[partner["uuid"]] = marker
        if place.label_width > 0:
            metrics = QFontMetricsF(font)
            two_lines = place.label_height >= 2 * metrics.lineSpacing() + 2
            text = fit_label(name, metrics, place.label_width, two_lines)
            label = QGraphicsSimpleTextItem(text)  # plain text by construction
            label.setFont(font)
            label.setToolTip(marker.toolTip())
            label.setPos(place.label_x, place.y - label.boundingRect().height() / 2)
            label.setZValue(1)
            self.scene.addItem(label)

    def _draw_grid(self) -> None:
        grid_pen = QPen(QColor("#bdbdbd"), 1)
        for influence in range(1, geo.LEVELS + 1):
            for interest in range(1, geo.LEVELS + 1):
                x, y = geo.cell_origin(influence, interest)
                tint = QColor(QUADRANT_TINT[geo.quadrant(influence, interest)])
                self.scene.addRect(QRectF(x, y, geo.CELL, geo.CELL), grid_pen, QBrush(tint)).setZValue(-2)
        left, top, size = geo.LEFT, geo.TOP, geo.CELL * geo.LEVELS
        self.scene.addRect(QRectF(left, top, size, size), QPen(QColor("#424242"), 2)).setZValue(-1)
        split_x, split_y = left + 3 * geo.CELL, top + 2 * geo.CELL
        strong = QPen(QColor("#616161"), 2, Qt.PenStyle.DashLine)
        self.scene.addLine(split_x, top, split_x, top + size, strong).setZValue(-1)
        self.scene.addLine(left, split_y, left + size, split_y, strong).setZValue(-1)
        bold = QFont(self.font())
        bold.setBold(True)
        bold.setPointSizeF(11)
        titles = (
            (self.tr("Keep satisfied"), left, left + 3 * geo.CELL, top - 30),
            (self.tr("Manage closely"), split_x, left + size, top - 30),
            (self.tr("Monitor"), left, split_x, top + size + 24),
            (self.tr("Keep informed"), split_x, left + size, top + size + 24),
        )
        for text, x0, x1, y in titles:
            self._centred(text, bold, (x0 + x1) / 2, y)
        plain = QFont(self.font())
        for value in range(1, geo.LEVELS + 1):
            x, y = geo.cell_origin(value, value)
            self._centred(str(value), plain, x + geo.CELL / 2, top + size + 4)
            self._centred(str(value), plain, left - 14, y + geo.CELL / 2 - 8)
        self._centred(self.tr("Interest →"), bold, left + size / 2, top + size + 52)
        axis = self.scene.addSimpleText(self.tr("Influence →"), bold)
        axis.setRotation(-90)
        axis.setPos(left - 52, top + size / 2 + axis.boundingRect().width() / 2)

    def _centred(self, text: str, font: QFont, x: float, y: float) -> QGraphicsSimpleTextItem:
        item = self.scene.addSimpleText(text, font)
        item.setPos(x - item.boundingRect().width() / 2, y)
        return item

    def _draw_legend(self) -> None:
        by_kind = self.colour_by.currentData() == "kind"
        codes = PARTNER_KIND if by_kind else STANCE
        colours = KIND_COLOURS if by_kind else STANCE_COLOURS
        x = geo.LEFT + geo.CELL * geo.LEVELS + 24
        bold = QFont(self.font())
        bold.setBold(True)
        title = self.scene.addSimpleText(self.tr("Kind") if by_kind else self.tr("Stance"), bold)
        title.setPos(x, geo.TOP)
        for index, code in enumerate(codes):
            y = geo.TOP + 28 + index * 24
            colour = QColor(colours[code])
            self.scene.addEllipse(QRectF(x, y, 14, 14), QPen(colour.darker(160)), QBrush(colour))
            self.scene.addSimpleText(choice_label(code), self.font()).setPos(x + 22, y - 1)

    def _fit(self) -> None:
        self.view.fitInView(self.scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.shown()
        self._fit()

    # -- interaction -------------------------------------------------------------------------
    def drop_marker(self, uuid: str, pos: QPointF) -> None:
        """A marker was released at `pos`: move the partner to that cell (later, outside the item's event)."""
        influence, interest = geo.cell_at(pos.x(), pos.y())
        QTimer.singleShot(0, lambda: self.move_partner(uuid, influence, interest))

    def move_partner(self, uuid: str, influence: int, interest: int) -> None:
        """Set a partner's influence and interest as one undoable edit; the map redraws (the marker snaps)."""
        partner = next((p for p in self.partners if p["uuid"] == uuid), None)
        if partner is None or self.ctx.readonly:
            self.redraw()
            return
        if (partner["influence"], partner["interest"]) == (influence, interest):
            self.redraw()  # dropped in its own cell: back to its place
            return
        records = self.ctx.records
        self.ctx.edit(
            self.tr("Move partner on the stakeholder map"),
            lambda: records.update("partner", uuid, {"influence": influence, "interest": interest}),
        )

    def _selection_changed(self) -> None:
        chosen = [item for item in self.scene.selectedItems() if isinstance(item, Marker)]
        if len(chosen) == 1:
            self.partnerSelected.emit(chosen[0].uuid)

    def select(self, uuid: str) -> None:
        """Select a partner's marker (e.g. when the Partners list selects it)."""
        self.scene.clearSelection()
        marker = self.markers.get(uuid)
        if marker is not None:
            marker.setSelected(True)
            self.view.ensureVisible(marker)

    # -- export ------------------------------------------------------------------------------
    def render_image(self, scale: float = 2.0) -> QImage:
        rect = self.scene.sceneRect()
        image = QImage(int(rect.width() * scale), int(rect.height() * scale), QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.scene.render(painter, QRectF(image.rect()), rect)
        painter.end()
        return image

    def export_png(self, path: Path) -> bool:
        return self.render_image().save(str(path))  # the format follows the .png suffix

    def ask_export_png(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export map as PNG"), "stakeholder-map.png", "PNG (*.png)")
        if not name:
            return
        path = Path(name if name.lower().endswith(".png") else name + ".png")
        if not self.export_png(path):
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self, self.tr("Export map"), self.tr("Could not write {path}.").format(path=path))
