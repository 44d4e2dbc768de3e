"""Departments and, for the chosen one, every objective of the plan it touches and its role there."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableView, QVBoxLayout, QWidget

from hdesk.services import queries
from hdesk.ui import text
from hdesk.ui.context import AppContext
from hdesk.ui.models.records import Column, RecordFilterProxy, RecordTableModel, Row, field_column
from hdesk.ui.tabs.list_tab import ListTab


class DepartmentsTab(ListTab):
    entity = "department"
    depends = frozenset({"department", "objective", "objective_department", "plan"})

    def __init__(self, ctx: AppContext, window: Any = None, parent: QWidget | None = None):
        self.contacts: dict[str, list[tuple[Row, str]]] = {}
        super().__init__(ctx, window, parent)
        page = QWidget(self)
        box = QVBoxLayout(page)
        self.touch_note = QLabel(page)
        self.touch_note.setWordWrap(True)
        self.touch_note.setTextFormat(Qt.TextFormat.PlainText)
        box.addWidget(self.touch_note)
        self.touch_model = RecordTableModel(self._touch_columns(), self)
        self.touch_proxy = RecordFilterProxy(self)
        self.touch_proxy.setSourceModel(self.touch_model)
        self.touch_view = QTableView(page)
        self.touch_view.setModel(self.touch_proxy)
        self.touch_view.setSortingEnabled(True)
        self.touch_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.touch_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.touch_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.touch_view.verticalHeader().hide()
        self.touch_view.horizontalHeader().setStretchLastSection(True)
        self.touch_view.activated.connect(self._open_objective)
        self.touch_view.doubleClicked.connect(self._open_objective)
        box.addWidget(self.touch_view, 1)
        self.add_page(page, self.tr("Objectives it touches"))
        self.load_or_defer()

    def add_text(self) -> str:
        return self.tr("Add department")

    def empty_text(self) -> str:
        return self.tr("No departments yet — click Add department to list the departments of your Society.")

    def load_rows(self) -> list[Row]:
        records = self.ctx.records
        plan = queries.plan_for_year(records, self.ctx.plan_year)
        self.contacts = queries.points_of_contact(records, plan["uuid"]) if plan else {}
        return queries.departments(records)

    def make_columns(self) -> list[Column]:
        def count(row: Row) -> int:
            return len(self.contacts.get(row["uuid"], []))

        return [
            field_column("department", "name", {}),
            field_column("department", "head", {}),
            field_column("department", "focal_point", {}, optional=True),
            field_column("department", "contact", {}, optional=True),
            Column("objectives", self.tr("Objectives"), lambda r: str(count(r)), count, align_right=True),
        ]

    def new_values(self) -> dict[str, Any] | None:
        return {"name": self.tr("New department")}

    def _touch_columns(self) -> list[Column]:
        return [
            Column("code", text.field_label("objective", "code"), lambda r: r["code"] or ""),
            Column("title", text.field_label("objective", "title"), lambda r: r["title"] or ""),
            Column(
                "role",
                text.field_label("objective_department", "role"),
                lambda r: text.choice_label(r["role"]),
                lambda r: r["role_order"],
            ),
        ]

    def selected(self, row: Row | None) -> None:
        rows: list[Row] = []
        if row is not None:
            order = {"lead": 0, "contributes": 1, "consulted": 2, "informed": 3}
            for objective, role in self.contacts.get(row["uuid"], []):
                rows.append({**objective, "role": role, "role_order": order.get(role, 9)})
        self.touch_model.set_rows(rows)
        self.touch_view.resizeColumnsToContents()
        if row is None:
            self.touch_note.setText("")
        elif rows:
            self.touch_note.setText(
                self.tr("{name} is a point of contact for {n} objective(s). Double-click one to open it.").format(
                    name=row["name"], n=len(rows)
                )
            )
        else:
            self.touch_note.setText(
                self.tr(
                    "{name} has no role in this plan's objectives yet. Add it on an objective's Departments page."
                ).format(name=row["name"])
            )

    def after_reload(self) -> None:
        row = self.form.row
        if row is not None:
            self.selected(row)

    def _open_objective(self, index: QModelIndex) -> None:
        uuid = self.touch_model.row(self.touch_proxy.mapToSource(index).row())["uuid"]
        if self.window_ is not None:
            self.window_.show_record("objective", uuid)
