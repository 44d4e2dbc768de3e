"""Objectives of the shown plan: by strategic goal and status, with department roles and activities."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QMenu, QWidget

from hdesk.core.schema import OBJECTIVE_STATUS
from hdesk.services import queries
from hdesk.ui import text
from hdesk.ui.context import AppContext
from hdesk.ui.edits import create_record
from hdesk.ui.models.records import Column, Row, code_key, field_column
from hdesk.ui.tabs.list_tab import ListTab
from hdesk.ui.widgets.sub_table import SubTable


class ObjectivesTab(ListTab):
    entity = "objective"
    depends = frozenset({"objective", "goal", "department", "plan"})
    main_column = 1
    form_fields = (
        "code",
        "title",
        "goal",
        "lead_department",
        "status",
        "priority",
        "start",
        "due",
        "indicator",
        "baseline",
        "target",
        "progress",
        "budget",
        "principles",
        "description",
    )

    def __init__(self, ctx: AppContext, window: Any = None, parent: QWidget | None = None):
        self.plan: Row | None = None
        self.goals: list[Row] = []
        self.departments: list[Row] = []
        super().__init__(ctx, window, parent)
        self.roles = SubTable(
            ctx,
            "objective_department",
            "objective",
            ["department", "role", "note"],
            self.tr("No departments linked yet — click Add department role to say who contributes."),
            form_fields=["role", "note"],
            parent=self,
        )
        self.roles.add_button.setText(self.tr("Add department role"))
        self.roles.add_handler = self._add_role
        self.activities = SubTable(
            ctx,
            "activity",
            "objective",
            ["title", "department", "start", "end", "status"],
            self.tr("No activities yet — click Add activity to plan the steps of this objective."),
            new_values=lambda: {"title": self.tr("New activity")},
            parent=self,
        )
        self.add_page(self.roles, self.tr("Departments"))
        self.add_page(self.activities, self.tr("Activities"))
        self.load_or_defer()

    def add_text(self) -> str:
        return self.tr("Add objective")

    def empty_text(self) -> str:
        if self.plan is None and not queries.plans(self.ctx.records):
            return self.tr("There is no plan yet — open Plan ▸ Plan settings to start this year's plan.")
        return self.tr("No objectives in this plan yet — click Add objective to write the first one.")

    def load_rows(self) -> list[Row]:
        records = self.ctx.records
        self.plan = queries.plan_for_year(records, self.ctx.plan_year)
        self.goals = queries.goals(records)
        self.departments = queries.departments(records)
        self.lookups = {
            "goal": {g["uuid"]: g["code"] or g["title"] for g in self.goals},
            "department": {d["uuid"]: d["name"] for d in self.departments},
        }
        self.empty.setText(self.empty_text())
        return queries.objectives(records, self.plan["uuid"]) if self.plan else []

    def make_columns(self) -> list[Column]:
        lk = self.lookups

        def progress(row: Row) -> str:
            if row.get("progress") is None:
                return ""
            target = row.get("target")
            return (
                f"{text.format_amount(row['progress'])} / {text.format_amount(target)}"
                if target is not None
                else text.format_amount(row["progress"])
            )

        code = field_column("objective", "code", lk)
        return [
            Column(code.key, code.title, code.display, lambda r: code_key(r.get("code"))),
            field_column("objective", "title", lk),
            field_column("objective", "goal", lk, self.tr("Goal")),
            field_column("objective", "lead_department", lk, self.tr("Lead")),
            field_column("objective", "status", lk),
            field_column("objective", "due", lk, optional=True),
            Column(
                "progress",
                self.tr("Progress / target"),
                progress,
                lambda r: r.get("progress"),
                align_right=True,
                optional=True,
            ),
        ]

    def after_reload(self) -> None:
        goal_items = [(g["uuid"], f"{g['code']} — {g['title']}") for g in self.goals]
        dept_items = [(d["uuid"], d["name"]) for d in self.departments]
        self.form.set_options("goal", goal_items)
        self.form.set_options("lead_department", dept_items)
        self.add_filter("goal", self.tr("All goals"), [(g["uuid"], g["code"] or g["title"]) for g in self.goals])
        self.add_filter("status", self.tr("All statuses"), [(s, text.choice_label(s)) for s in OBJECTIVE_STATUS])
        self.activities.set_lookups(self.lookups)
        self.activities.form.set_options("department", dept_items)
        self.roles.set_lookups(self.lookups)

    def new_values(self) -> dict[str, Any] | None:
        if self.plan is None:
            self.status(self.tr("Create the plan first: Plan ▸ Plan settings."))
            return None
        values: dict[str, Any] = {"plan": self.plan["uuid"], "title": self.tr("New objective")}
        goal = self.filters["goal"].currentData() if "goal" in self.filters else None
        if goal:
            values["goal"] = goal
        return values

    def selected(self, row: Row | None) -> None:
        uuid = row["uuid"] if row else None
        self.roles.set_parent(uuid)
        self.activities.set_parent(uuid)
        self.roles.set_readonly(self.ctx.readonly)
        self.activities.set_readonly(self.ctx.readonly)

    # -- department roles -------------------------------------------------------------------
    def _add_role(self) -> None:
        objective = self.roles.parent_uuid
        if objective is None:
            return
        linked = {row["department"] for row in self.roles.model.rows()}
        menu = QMenu(self)
        for dept in self.departments:
            if dept["uuid"] not in linked:
                action = menu.addAction(dept["name"])
                assert action is not None
                action.triggered.connect(lambda _=False, d=dept["uuid"]: self.add_role(objective, d))
        if menu.isEmpty():
            self.status(self.tr("Every department is linked to this objective already."))
            return
        menu.exec(QCursor.pos())

    def add_role(self, objective: str, department: str, role: str = "contributes") -> str:
        """Link a department to an objective (a deleted link comes back under the same uuid)."""
        uuid = queries.link_uuid(objective, department)
        values = {"objective": objective, "department": department, "role": role}
        create_record(self.ctx, self.tr("Add department role"), "objective_department", values, uuid=uuid)
        self.roles.reload(select=uuid)
        return uuid
