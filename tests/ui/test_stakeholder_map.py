"""The stakeholder map: placement without pile-ups, drag = undoable edit, filters, colours, PNG."""

from __future__ import annotations

import itertools
import math
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QMouseEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hdesk.services.records import Records
from hdesk.settings import Settings
from hdesk.ui.context import AppContext
from hdesk.ui.widgets import stakeholder_layout as geo
from hdesk.ui.widgets.stakeholder_map import STANCE_COLOURS, StakeholderMap

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform says so on show()


def test_cells_and_quadrants() -> None:
    x, y = geo.cell_origin(5, 1)
    assert geo.cell_at(x + 1, y + 1) == (5, 1)
    x, y = geo.cell_origin(1, 5)
    assert geo.cell_at(x + geo.CELL - 1, y + geo.CELL - 1) == (1, 5)
    assert geo.cell_at(-500, 9999) == (1, 1) and geo.cell_at(9999, -500) == (5, 5)
    assert geo.quadrant(5, 1) == "keep_satisfied" and geo.quadrant(4, 4) == "manage_closely"
    assert geo.quadrant(3, 3) == "monitor" and geo.quadrant(1, 5) == "keep_informed"


def test_no_marker_hides_another_even_with_500_in_few_cells() -> None:
    points = [geo.Point(f"u{i}", 1 + i % 2, 5 - i % 3, f"Partner {i}") for i in range(500)]
    points += [geo.Point("none", None, None, "No values")]  # type: ignore[arg-type]
    placed = geo.layout(points)
    assert len(placed) == 501
    for a, b in itertools.combinations(placed, 2):
        assert math.dist((a.x, a.y), (b.x, b.y)) >= a.radius + b.radius, (a, b)
    for p, point in zip(sorted(placed, key=lambda p: p.uuid), sorted(points, key=lambda p: p.uuid), strict=True):
        assert geo.cell_at(p.x, p.y) == (geo.level(point.influence), geo.level(point.interest))
        x0, y0 = geo.cell_origin(*geo.cell_at(p.x, p.y))
        assert x0 <= p.x - p.radius and p.x + p.radius <= x0 + geo.CELL
        assert y0 <= p.y - p.radius and p.y + p.radius <= y0 + geo.CELL


def test_few_partners_in_a_cell_get_labels() -> None:
    placed = geo.layout([geo.Point(f"u{i}", 3, 3, f"P{i}") for i in range(4)])
    assert all(p.label_width > 100 for p in placed)
    crowded = geo.layout([geo.Point(f"u{i}", 3, 3, f"P{i}") for i in range(40)])
    assert all(p.label_width == 0 for p in crowded)


def make_map(qtbot: QtBot, records: Records) -> tuple[StakeholderMap, AppContext, dict[str, str]]:
    ids = {
        "mfa": records.create(
            "partner",
            {
                "name": "Ministry <b>of</b> Foreign Affairs",
                "kind": "government",
                "influence": 5,
                "interest": 2,
                "stance": "neutral",
                "stage": "contacted",
            },
        ),
        "ngo": records.create(
            "partner",
            {
                "name": "Ýaşlar",
                "kind": "ngo",
                "influence": 2,
                "interest": 4,
                "stance": "supportive",
                "stage": "engaged",
            },
        ),
    }
    ctx = AppContext(records.database, Settings())
    widget = StakeholderMap(ctx)
    qtbot.addWidget(widget)
    widget.resize(1000, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget, ctx, ids


def drag(widget: StakeholderMap, uuid: str, target: QPointF) -> None:
    """Press on a marker, move with the left button held, release over another cell."""
    viewport = widget.view.viewport()
    start = widget.view.mapFromScene(widget.markers[uuid].scenePos())
    end = widget.view.mapFromScene(target)
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    mods = Qt.KeyboardModifier.NoModifier

    def send(kind: QEvent.Type, pos: QPoint, button: Qt.MouseButton, buttons: Qt.MouseButton) -> None:
        event = QMouseEvent(kind, QPointF(pos), QPointF(viewport.mapToGlobal(pos)), button, buttons, mods)
        QApplication.sendEvent(viewport, event)

    send(QEvent.Type.MouseButtonPress, start, left, left)
    for step in range(1, 6):
        send(QEvent.Type.MouseMove, start + (end - start) * step / 5, none, left)
    send(QEvent.Type.MouseButtonRelease, end, left, none)


def test_drag_changes_partner_and_undo_restores(qtbot: QtBot, records: Records) -> None:
    widget, ctx, ids = make_map(qtbot, records)
    x, y = geo.cell_origin(3, 5)  # influence 3, interest 5
    drag(widget, ids["mfa"], QPointF(x + 40, y + 70))
    qtbot.waitUntil(lambda: records.get("partner", ids["mfa"])["influence"] == 3)
    assert records.get("partner", ids["mfa"])["interest"] == 5
    qtbot.waitUntil(lambda: geo.cell_at(widget.markers[ids["mfa"]].x(), widget.markers[ids["mfa"]].y()) == (3, 5))
    assert ctx.undo_stack.count() == 1
    ctx.undo_stack.undo()
    partner = records.get("partner", ids["mfa"])
    assert (partner["influence"], partner["interest"]) == (5, 2)
    marker = widget.markers[ids["mfa"]]
    assert geo.cell_at(marker.x(), marker.y()) == (5, 2)


def test_drop_in_own_cell_snaps_back_without_edit(qtbot: QtBot, records: Records) -> None:
    widget, ctx, ids = make_map(qtbot, records)
    home = widget.markers[ids["ngo"]].pos()
    drag(widget, ids["ngo"], home + QPointF(30, 20))
    qtbot.waitUntil(lambda: widget.markers[ids["ngo"]].pos() == home)
    assert ctx.undo_stack.count() == 0


def test_click_selects_and_double_click_activates(qtbot: QtBot, records: Records) -> None:
    widget, _ctx, ids = make_map(qtbot, records)
    pos = widget.view.mapFromScene(widget.markers[ids["ngo"]].scenePos())
    with qtbot.waitSignal(widget.partnerSelected) as selected:
        qtbot.mouseClick(widget.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert selected.args == [ids["ngo"]]
    with qtbot.waitSignal(widget.partnerActivated) as activated:
        qtbot.mouseDClick(widget.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert activated.args == [ids["ngo"]]


def test_filters_colours_and_refresh(qtbot: QtBot, records: Records) -> None:
    widget, ctx, ids = make_map(qtbot, records)
    assert set(widget.markers) == set(ids.values())
    assert widget.markers[ids["ngo"]].brush().color().name() == STANCE_COLOURS["supportive"]
    widget.kind_filter.setCurrentIndex(widget.kind_filter.findData("government"))
    assert set(widget.markers) == {ids["mfa"]}
    assert widget.count_label.text() == "1 of 2 partners"
    widget.kind_filter.setCurrentIndex(0)
    widget.stage_filter.setCurrentIndex(widget.stage_filter.findData("engaged"))
    assert set(widget.markers) == {ids["ngo"]}
    widget.stage_filter.setCurrentIndex(0)
    widget.colour_by.setCurrentIndex(widget.colour_by.findData("kind"))
    assert widget.markers[ids["ngo"]].brush().color() != widget.markers[ids["mfa"]].brush().color()
    new = ctx.edit("add", lambda: records.create("partner", {"name": "New", "kind": "media"}))
    assert new in widget.markers


def test_markup_in_names_is_shown_literally(qtbot: QtBot, records: Records) -> None:
    widget, _ctx, ids = make_map(qtbot, records)
    assert "&lt;b&gt;of&lt;/b&gt;" in widget.markers[ids["mfa"]].toolTip()


def test_export_png(qtbot: QtBot, records: Records, tmp_path: Path) -> None:
    widget, _ctx, _ids = make_map(qtbot, records)
    assert widget.export_png(tmp_path / "map.png")
    image = QImage(str(tmp_path / "map.png"))
    assert image.width() > 1000 and image.height() > 800
