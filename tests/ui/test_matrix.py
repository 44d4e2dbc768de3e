"""The points-of-contact tab: role cycling by mouse and keyboard, undo, highlights, overlaps, size."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from hdesk.core.schema import ROLES
from hdesk.services import queries
from hdesk.services.records import Records
from hdesk.settings import Settings
from hdesk.ui.context import AppContext
from hdesk.ui.widgets.matrix import MatrixWidget
from hdesk.ui.widgets.matrix_model import ROLE_CODE, MatrixModel, OverlapModel

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform says so on show()

SHOTS = os.environ.get("HDESK_SHOTS")  # set to a folder to keep screenshots for a human look


@pytest.fixture
def demo_ctx(demo_records: Records) -> Iterator[AppContext]:
    ctx = AppContext(demo_records.database, Settings())
    yield ctx
    ctx.undo_stack.clear()


def make_plan(records: Records, departments: int, objectives: int, goals: int = 5) -> str:
    """A plan of the given size with a sparse, varied role pattern (some objectives lead-less)."""
    with records.transaction():
        plan = records.create("plan", {"year": 2031, "title": f"Big plan {departments}x{objectives}"})
        goal_ids = [
            records.create("goal", {"code": f"G{g + 1}", "title": f"Strategic goal number {g + 1}", "position": g})
            for g in range(goals)
        ]
        dept_ids = [
            records.create("department", {"name": f"Department of long name number {d + 1:02d}"})
            for d in range(departments)
        ]
        for i in range(objectives):
            g = i * goals // objectives
            lead = dept_ids[i % (departments - 1)] if i % 7 != 3 else None
            obj = records.create(
                "objective",
                {
                    "plan": plan,
                    "goal": goal_ids[g],
                    "code": f"{g + 1}.{i + 1}",
                    "title": f"Objective {i + 1} with a title long enough to need eliding in the row header",
                    "lead_department": lead,
                },
            )
            roles = {dept_ids[(i * 3 + k * 5 + 1) % (departments - 1)]: r for k, r in enumerate(ROLES[1:])}
            if lead:
                roles[lead] = "lead"
            for dept, role in roles.items():
                values = {"objective": obj, "department": dept, "role": role}
                records.create("objective_department", values, uuid=queries.link_uuid(obj, dept))
    return plan


def shoot(widget: MatrixWidget, name: str, tmp_path: Path) -> Path:
    folder = Path(SHOTS) if SHOTS else tmp_path
    path = folder / name
    assert widget.grab().save(str(path))
    return path


def cell_point(widget: MatrixWidget, row: int, column: int) -> QPoint:
    rect = widget.view.visualRect(widget.model.index(row, column))
    return rect.center()


def first_objective_row(model: MatrixModel) -> int:
    return next(r for r in range(model.rowCount()) if model.objective_at(r) is not None)


def test_models_pass_modeltester(demo_ctx: AppContext, qtbot, qtmodeltester) -> None:
    widget = MatrixWidget(demo_ctx)
    qtbot.addWidget(widget)
    qtmodeltester.check(widget.model)
    qtmodeltester.check(widget.overlaps)
    assert isinstance(widget.overlaps, OverlapModel)
    assert widget.model.columnCount() == 9
    assert widget.model.rowCount() == 13 + 4 + 1  # objectives, goal header rows, totals


def test_cells_show_letters_and_header_shows_names(demo_ctx: AppContext, qtbot) -> None:
    widget = MatrixWidget(demo_ctx)
    qtbot.addWidget(widget)
    model = widget.model
    letters = {model.index(r, c).data() for r in range(model.rowCount() - 1) for c in range(model.columnCount())}
    assert {"L", "C", "Co", "I"} <= letters
    names = {model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())}
    assert "Disaster Management" in names
    totals = [model.index(model.rowCount() - 1, c).data() for c in range(model.columnCount())]
    assert sum(totals) == len(queries.roles(demo_ctx.records, queries.plan_for_year(demo_ctx.records)["uuid"]))  # type: ignore[index]


def test_click_cycles_role_and_undo_restores(demo_ctx: AppContext, qtbot, tmp_path: Path) -> None:
    widget = MatrixWidget(demo_ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    model = widget.model
    row = first_objective_row(model)
    obj = model.objective_at(row)
    assert obj is not None
    column = next(c for c in range(model.columnCount()) if model.index(row, c).data(ROLE_CODE) is None)
    dept = model.department_at(column)
    plan = obj["plan"]

    QTest.mouseClick(
        widget.view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        cell_point(widget, row, column),
    )
    assert queries.roles(demo_ctx.records, plan)[(obj["uuid"], dept["uuid"])] == "lead"
    assert demo_ctx.records.get("objective", obj["uuid"])["lead_department"] == dept["uuid"]
    assert model.index(row, column).data() == "L"
    old_leads = [c for c in range(model.columnCount()) if model.index(row, c).data(ROLE_CODE) == "lead"]
    assert old_leads == [column]  # the previous lead was demoted: one lead per objective

    QTest.mouseClick(
        widget.view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        cell_point(widget, row, column),
    )
    assert queries.roles(demo_ctx.records, plan)[(obj["uuid"], dept["uuid"])] == "contributes"
    assert demo_ctx.undo_stack.count() == 2

    demo_ctx.undo_stack.undo()
    demo_ctx.undo_stack.undo()
    assert (obj["uuid"], dept["uuid"]) not in queries.roles(demo_ctx.records, plan)
    assert demo_ctx.records.get("objective", obj["uuid"])["lead_department"] == obj["lead_department"]
    assert model.index(row, column).data() == ""
    shoot(widget, "matrix-demo.png", tmp_path)


def test_keyboard_cycles_and_delete_clears(demo_ctx: AppContext, qtbot) -> None:
    widget = MatrixWidget(demo_ctx)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    model = widget.model
    row = first_objective_row(model)
    obj = model.objective_at(row)
    assert obj is not None
    column = next(c for c in range(model.columnCount()) if model.index(row, c).data(ROLE_CODE) == "contributes")
    widget.view.setFocus()
    widget.view.setCurrentIndex(model.index(row, column))
    QTest.keyClick(widget.view, Qt.Key.Key_Space)
    assert model.index(row, column).data(ROLE_CODE) == "consulted"
    QTest.keyClick(widget.view, Qt.Key.Key_Return)
    assert model.index(row, column).data(ROLE_CODE) == "informed"
    QTest.keyClick(widget.view, Qt.Key.Key_Space, Qt.KeyboardModifier.ShiftModifier)
    assert model.index(row, column).data(ROLE_CODE) == "consulted"
    QTest.keyClick(widget.view, Qt.Key.Key_Delete)
    assert model.index(row, column).data(ROLE_CODE) is None
    assert widget.view.currentIndex() == model.index(row, column)  # focus survives the refresh
    while demo_ctx.undo_stack.canUndo():
        demo_ctx.undo_stack.undo()
    assert model.index(row, column).data(ROLE_CODE) == "contributes"


def test_highlights_lead_less_objective_and_idle_department(records: Records, qtbot) -> None:
    plan = records.create("plan", {"year": 2030, "title": "Small"})
    busy = records.create("department", {"name": "Busy"})
    idle = records.create("department", {"name": "Idle"})
    led = records.create("objective", {"plan": plan, "code": "1", "title": "Led", "lead_department": busy})
    records.create("objective", {"plan": plan, "code": "2", "title": "Orphan"})
    ctx = AppContext(records.database, Settings())
    widget = MatrixWidget(ctx)
    qtbot.addWidget(widget)
    model = widget.model
    rows = {model.objective_at(r)["title"]: r for r in range(model.rowCount()) if model.objective_at(r)}  # type: ignore[index]
    assert model.headerData(rows["Orphan"], Qt.Orientation.Vertical, Qt.ItemDataRole.DecorationRole) is not None
    assert model.headerData(rows["Led"], Qt.Orientation.Vertical, Qt.ItemDataRole.DecorationRole) is None
    assert "No lead" in model.headerData(rows["Orphan"], Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole)
    assert model.index(rows["Orphan"], 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    idle_col = [model.department_at(c)["uuid"] for c in range(2)].index(idle)
    assert model.headerData(idle_col, Qt.Orientation.Horizontal, Qt.ItemDataRole.BackgroundRole) is not None
    assert model.headerData(1 - idle_col, Qt.Orientation.Horizontal, Qt.ItemDataRole.BackgroundRole) is None
    assert "Orphan" not in widget.summary.text() and "2" in widget.summary.text() and "Idle" in widget.summary.text()
    assert led


def test_overlap_warning_listed(records: Records, qtbot) -> None:
    plan = records.create("plan", {"year": 2030, "title": "Small"})
    hd = records.create("department", {"name": "Diplomacy"})
    dm = records.create("department", {"name": "Disasters"})
    o1 = records.create("objective", {"plan": plan, "code": "1", "title": "Law", "lead_department": hd})
    o2 = records.create("objective", {"plan": plan, "code": "2", "title": "Drills", "lead_department": dm})
    ministry = records.create("partner", {"name": "Ministry of Emergencies", "kind": "government"})
    records.create("campaign", {"title": "Law week", "objectives": [o1], "partners": [ministry]})
    ctx = AppContext(records.database, Settings())
    widget = MatrixWidget(ctx)
    qtbot.addWidget(widget)
    assert widget.overlaps.rowCount() == 0
    with qtbot.waitSignal(ctx.changed):
        ctx.edit(
            "add campaign",
            lambda: records.create("campaign", {"title": "Drill", "objectives": [o2], "partners": [ministry]}),
        )
    assert widget.overlaps.rowCount() == 1
    assert widget.overlaps.index(0, 0).data() == "Ministry of Emergencies"
    assert widget.overlaps.index(0, 1).data() == "Diplomacy, Disasters"
    assert widget.overlaps.index(0, 2).data() == "1, 2"
    assert "(1)" in widget.overlap_label.text()


@pytest.mark.parametrize(("departments", "objectives"), [(10, 15), (25, 120)])
def test_large_matrix_is_readable(records: Records, qtbot, tmp_path: Path, departments: int, objectives: int) -> None:
    make_plan(records, departments, objectives)
    ctx = AppContext(records.database, Settings())
    widget = MatrixWidget(ctx)
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    qtbot.waitExposed(widget)
    model = widget.model
    assert model.columnCount() == departments
    assert model.rowCount() == objectives + 5 + 1
    header = widget.view.horizontalHeader()
    assert header.height() >= 150  # room for names written upwards
    assert header.sectionSize(0) >= widget.view.fontMetrics().height() + 8
    # all columns fit without horizontal scrolling at 1400 px, even with 25 departments
    assert widget.view.horizontalScrollBar().maximum() == 0
    assert widget.view.verticalHeader().width() >= 300
    shoot(widget, f"matrix-{departments}x{objectives}.png", tmp_path)


def test_markup_in_names_is_shown_as_typed(records: Records, qtbot) -> None:
    plan = records.create("plan", {"year": 2030, "title": "Small"})
    dept = records.create("department", {"name": "<b>Bold</b> dept"})
    records.create("objective", {"plan": plan, "code": "1", "title": "<i>x</i>", "lead_department": dept})
    widget = MatrixWidget(AppContext(records.database, Settings()))
    qtbot.addWidget(widget)
    model = widget.model
    tips = [model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)]
    tips += [model.index(r, 0).data(Qt.ItemDataRole.ToolTipRole) for r in range(model.rowCount())]
    tips += [model.headerData(r, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole) for r in range(model.rowCount())]
    joined = " ".join(t for t in tips if t)
    assert "&lt;b&gt;Bold&lt;/b&gt;" in joined and "&lt;i&gt;x&lt;/i&gt;" in joined
    assert "<b>Bold" not in joined and "<i>x" not in joined
