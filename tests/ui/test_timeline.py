"""The Timeline tab: bars for objectives and campaigns, drag to reschedule, undo, zoom, export."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest

from hdesk.services import queries
from hdesk.services.records import Records
from hdesk.settings import Settings
from hdesk.ui.context import AppContext
from hdesk.ui.widgets.timeline import BarItem, TimelineWidget

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform says so on show()

SHOTS = os.environ.get("HDESK_SHOTS")


@pytest.fixture
def demo_ctx(demo_records: Records) -> Iterator[AppContext]:
    ctx = AppContext(demo_records.database, Settings())
    yield ctx
    ctx.undo_stack.clear()


def shown(qtbot, ctx: AppContext) -> TimelineWidget:
    widget = TimelineWidget(ctx, today=dt.date(2024, 5, 15))
    qtbot.addWidget(widget)
    widget.resize(1400, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def bar_for(widget: TimelineWidget, title: str) -> BarItem:
    return next(b for b in widget.bars if title in b.bar.label)


def viewport_point(widget: TimelineWidget, x: float, y: float) -> QPoint:
    return widget.view.mapFromScene(x, y)


def test_bars_for_objectives_and_campaigns(demo_ctx: AppContext, qtbot, tmp_path: Path) -> None:
    widget = shown(qtbot, demo_ctx)
    kinds = {b.bar.entity for b in widget.bars}
    assert kinds == {"objective", "campaign"}
    heat = bar_for(widget, "Heat and health")
    assert heat.rect().left() == pytest.approx(300 + 5 * widget.month_width)  # 1 June
    assert heat.rect().right() == pytest.approx(300 + 8 * widget.month_width)  # 31 August
    before = len(widget.bars)
    widget.group_box.setCurrentIndex(1)  # by lead department
    assert len(widget.bars) == before
    assert widget.scene.sceneRect().width() == pytest.approx(300 + 12 * widget.month_width)
    path = Path(SHOTS) / "timeline-demo.png" if SHOTS else tmp_path / "timeline.png"
    assert widget.grab().save(str(path))


def test_drag_end_of_objective_with_mouse_and_undo(demo_ctx: AppContext, qtbot) -> None:
    widget = shown(qtbot, demo_ctx)
    item = bar_for(widget, "1.2 ")
    obj = demo_ctx.records.get("objective", item.bar.uuid)
    rect = item.rect()
    widget.view.ensureVisible(item)
    start = viewport_point(widget, rect.right() - 2, rect.center().y())
    target = viewport_point(widget, rect.right() - 2 + 2 * widget.month_width, rect.center().y())
    viewport = widget.view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(viewport, target)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, target)
    stored = demo_ctx.records.get("objective", item.bar.uuid)
    y, m = int(obj["due"][:4]), int(obj["due"][5:]) + 2
    assert stored["due"] == f"{y + (m - 1) // 12}-{(m - 1) % 12 + 1:02d}"
    assert stored["start"] == obj["start"]
    qtbot.waitUntil(lambda: bar_for(widget, "1.2 ").rect().width() > rect.width())
    demo_ctx.undo_stack.undo()
    assert demo_ctx.records.get("objective", item.bar.uuid)["due"] == obj["due"]
    qtbot.waitUntil(lambda: bar_for(widget, "1.2 ").rect().width() == pytest.approx(rect.width()))


def test_move_campaign_by_days_then_months(demo_ctx: AppContext, qtbot) -> None:
    widget = shown(qtbot, demo_ctx)
    item = bar_for(widget, "Heat and health")
    item.mode = "move"
    item._origin = item.rect()
    item.drag(widget.month_width / 2)  # half a month later: 16 June .. 15 September
    item.drop()
    campaign = demo_ctx.records.get("campaign", item.bar.uuid)
    assert (campaign["start"], campaign["end"]) == ("2024-06-16", "2024-09-15")
    qtbot.waitUntil(lambda: bar_for(widget, "Heat and health") is not item)
    widget.month_snap.setChecked(True)
    item = bar_for(widget, "Heat and health")
    item.mode, item._origin = "start", item.rect()
    item.drag(-widget.month_width * 1.2)
    item.drop()
    campaign = demo_ctx.records.get("campaign", item.bar.uuid)
    assert (campaign["start"], campaign["end"]) == ("2024-05-01", "2024-09-15")
    assert demo_ctx.undo_stack.count() == 2
    demo_ctx.undo_stack.undo()
    demo_ctx.undo_stack.undo()
    campaign = demo_ctx.records.get("campaign", item.bar.uuid)
    assert (campaign["start"], campaign["end"]) == ("2024-06-01", "2024-08-31")


def test_zoom_today_line_and_export(demo_ctx: AppContext, qtbot, tmp_path: Path) -> None:
    widget = shown(qtbot, demo_ctx)
    width = widget.scene.sceneRect().width()
    widget.zoom(1.25)
    assert widget.scene.sceneRect().width() > width
    lines = [i for i in widget.scene.items() if i.toolTip() == "Today"]
    assert len(lines) == 1
    x = lines[0].line().x1()  # type: ignore[attr-defined]
    assert 300 + 4.4 * widget.month_width < x < 300 + 4.6 * widget.month_width  # mid-May
    out = tmp_path / "timeline.png"
    assert widget.export_png(out)
    image = QImage(str(out))
    assert image.width() == int(widget.scene.sceneRect().width()) + 1
    if SHOTS:
        image.save(str(Path(SHOTS) / "timeline-export.png"))


def test_no_today_line_outside_plan_year_and_readonly(demo_file: Path, qtbot) -> None:
    from hdesk.store.database import Database

    database = Database(demo_file, readonly=True)
    try:
        ctx = AppContext(database, Settings())
        widget = TimelineWidget(ctx, today=dt.date(2030, 1, 1))
        qtbot.addWidget(widget)
        assert not [i for i in widget.scene.items() if i.toolTip() == "Today"]
        assert widget.bars and not any(b.isEnabled() for b in widget.bars)
        assert queries.plan_for_year(ctx.records)["year"] == 2024  # type: ignore[index]
    finally:
        database.close()
