"""Objectives, Departments and Campaigns tabs on the demo plan."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from hdesk.services import queries
from hdesk.services.records import Records
from hdesk.store.database import Database
from hdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def type_text(widget: QWidget, text: str) -> None:
    for ch in text:
        QApplication.sendEvent(
            widget, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
        )


def test_objectives_filter_by_goal_and_status(window: MainWindow) -> None:
    tab = window.objectives
    window.tabs.setCurrentWidget(tab)
    goal = queries.goals(window.ctx.records)[0]
    combo = tab.filters["goal"]
    combo.setCurrentIndex(combo.findData(goal["uuid"]))
    shown = [tab.model.row(tab.proxy.mapToSource(tab.proxy.index(r, 0)).row()) for r in range(tab.proxy.rowCount())]
    assert shown and {o["goal"] for o in shown} == {goal["uuid"]}
    status = tab.filters["status"]
    status.setCurrentIndex(status.findData("done"))
    assert all(
        tab.model.row(tab.proxy.mapToSource(tab.proxy.index(r, 0)).row())["status"] == "done"
        for r in range(tab.proxy.rowCount())
    )


def test_objectives_sort_codes_as_numbers(window: MainWindow) -> None:
    tab = window.objectives
    window.tabs.setCurrentWidget(tab)
    codes = [tab.proxy.index(r, 0).data() for r in range(tab.proxy.rowCount())]
    assert codes[:3] == ["1.1", "1.2", "1.3"]


def test_add_objective_in_goal_with_principles_and_undo(window: MainWindow, qtbot, demo_file: Path) -> None:
    tab = window.objectives
    window.tabs.setCurrentWidget(tab)
    goal = queries.goals(window.ctx.records)[1]
    tab.filters["goal"].setCurrentIndex(tab.filters["goal"].findData(goal["uuid"]))
    uuid = tab.add()
    row = window.ctx.records.get("objective", uuid)
    assert row["goal"] == goal["uuid"] and row["plan"] == tab.plan["uuid"]
    principles = tab.form.editors["principles"].model
    principles.setData(
        principles.index(principles.row_of("neutrality")), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
    )
    assert window.ctx.records.get("objective", uuid)["principles"] == ["neutrality"]
    budget = tab.form.editors["budget"].edit
    type_text(budget, "12 500,5")
    qtbot.keyClick(budget, Qt.Key.Key_Return)
    assert window.ctx.records.get("objective", uuid)["budget"] == 12500.5
    window.ctx.undo_stack.undo()
    assert window.ctx.records.get("objective", uuid)["budget"] is None
    assert tab.form.editors["budget"].value() == ""
    window.ctx.undo_stack.redo()
    assert tab.form.editors["budget"].value() == "12500.5"
    with Database(demo_file, readonly=True) as database:
        assert Records(database).get("objective", uuid)["budget"] == 12500.5


def test_due_before_start_is_refused_in_words(window: MainWindow, qtbot) -> None:
    tab = window.objectives
    window.tabs.setCurrentWidget(tab)
    uuid = tab.form.row["uuid"]
    start = window.ctx.records.get("objective", uuid)["start"]
    due = tab.form.editors["due"].edit
    due.setText("2000-01")
    qtbot.keyClick(due, Qt.Key.Key_Return)
    assert tab.form.errors["due"].text() == "Due is before the start."
    assert window.ctx.records.get("objective", uuid)["start"] == start


def test_department_roles_and_activities(window: MainWindow, demo_file: Path) -> None:
    tab = window.objectives
    window.tabs.setCurrentWidget(tab)
    objective = tab.form.row["uuid"]
    linked = {r["department"] for r in tab.roles.model.rows()}
    free = next(d for d in queries.departments(window.ctx.records) if d["uuid"] not in linked)
    uuid = tab.add_role(objective, free["uuid"], "consulted")
    assert uuid == queries.link_uuid(objective, free["uuid"])
    assert tab.roles.model.row_of(uuid) >= 0
    tab.roles.select(uuid)
    tab.roles.delete_selected(confirm=False)
    assert tab.roles.model.row_of(uuid) < 0
    again = tab.add_role(objective, free["uuid"], "informed")  # a deleted link comes back
    assert again == uuid and window.ctx.records.get("objective_department", uuid)["role"] == "informed"
    activity = tab.activities.add()
    assert window.ctx.records.get("activity", activity)["objective"] == objective
    with Database(demo_file, readonly=True) as database:
        assert Records(database).exists("activity", activity)


def test_departments_show_objectives_they_touch(window: MainWindow, qtbot) -> None:
    tab = window.departments
    window.tabs.setCurrentWidget(tab)
    records = window.ctx.records
    plan = queries.plan_for_year(records)
    contacts = queries.points_of_contact(records, plan["uuid"])
    dept = max(queries.departments(records), key=lambda d: len(contacts[d["uuid"]]))
    tab.select(dept["uuid"])
    assert tab.touch_model.rowCount() == len(contacts[dept["uuid"]]) > 0
    roles = {tab.touch_model.index(r, 2).data() for r in range(tab.touch_model.rowCount())}
    assert roles <= {"Lead", "Contributes", "Consulted", "Informed"}
    index = tab.touch_proxy.index(0, 1)
    tab.touch_view.doubleClicked.emit(index)
    assert window.tabs.currentWidget() is window.objectives


def test_add_department_then_duplicate_and_undo(window: MainWindow) -> None:
    tab = window.departments
    window.tabs.setCurrentWidget(tab)
    count = tab.model.rowCount()
    uuid = tab.add()
    assert tab.model.rowCount() == count + 1
    made = tab.duplicate_selected()
    assert len(made) == 1 and window.ctx.records.get("department", made[0])["name"].endswith("(copy)")
    window.ctx.undo_stack.undo()
    window.ctx.undo_stack.undo()
    assert not window.ctx.records.exists("department", uuid)
    assert tab.model.rowCount() == count


def test_campaign_societies_and_links(window: MainWindow, demo_file: Path) -> None:
    tab = window.campaigns
    window.tabs.setCurrentWidget(tab)
    uuid = tab.add()
    societies = tab.form.editors["societies"]
    offered = [societies.model.index(r).data() for r in range(societies.model.rowCount())]
    assert "Red Crescent Society of Kyrgyzstan" in offered
    societies.new_item.setText("Afghan Red Crescent Society")
    societies._add()
    assert "Afghan Red Crescent Society" in window.ctx.records.get("campaign", uuid)["societies"]
    objectives = tab.links.editors["objectives"].model
    assert objectives.rowCount() > 0
    objectives.setData(objectives.index(0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    linked = window.ctx.records.get("campaign", uuid)["objectives"]
    assert linked == [objectives.index(0).data(Qt.ItemDataRole.UserRole)]
    with Database(demo_file, readonly=True) as database:
        assert Records(database).get("campaign", uuid)["objectives"] == linked
    # the partners to link: every live partner by name, in name order
    partners = tab.links.editors["partners"].model
    names = [partners.index(r).data() for r in range(partners.rowCount())]
    live = [p["name"] for p in window.ctx.records.list("partner")]
    assert names == sorted(live, key=str.casefold)


def test_year_selector_reloads_tabs(window: MainWindow) -> None:
    records = window.ctx.records
    window.ctx.edit("Add plan", lambda: records.create("plan", {"year": 2025, "title": "Plan 2025"}))
    years = [window.year_combo.itemData(i) for i in range(window.year_combo.count())]
    assert years == [2024, 2025]
    window.set_plan_year(2025)
    window.tabs.setCurrentWidget(window.objectives)
    assert window.objectives.model.rowCount() == 0
    assert "2025" in window.windowTitle()
    window.set_plan_year(2024)
    assert window.objectives.model.rowCount() > 0
