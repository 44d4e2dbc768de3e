"""Regional and national campaigns: messages, audiences, Societies taking part, linked work."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from hdesk.core.schema import CAMPAIGN_STATUS, SCOPE
from hdesk.services import queries
from hdesk.services.demo_i18n import society_names
from hdesk.ui import text
from hdesk.ui.context import AppContext
from hdesk.ui.i18n import current_language
from hdesk.ui.models.records import Column, Row, field_column
from hdesk.ui.tabs.list_tab import ListTab
from hdesk.ui.widgets.record_form import RecordForm


class CampaignsTab(ListTab):
    entity = "campaign"
    depends = frozenset({"campaign", "objective", "partner", "plan"})
    form_fields = (
        "title",
        "theme",
        "status",
        "scope",
        "start",
        "end",
        "budget",
        "lead_society",
        "societies",
        "channels",
        "key_messages",
        "audiences",
        "principles",
    )
    addable = ("societies",)

    def __init__(self, ctx: AppContext, window: Any = None, parent: QWidget | None = None):
        self.objective_items: list[tuple[str, str]] = []
        self.partner_items: list[tuple[str, str]] = []
        super().__init__(ctx, window, parent)
        self.links = RecordForm(ctx, "campaign", ["objectives", "partners"], parent=self)
        self.add_page(self.links, self.tr("Objectives and partners"))
        self.load_or_defer()

    def add_text(self) -> str:
        return self.tr("Add campaign")

    def empty_text(self) -> str:
        return self.tr("No campaigns yet — click Add campaign to plan a joint campaign with other Societies.")

    def load_rows(self) -> list[Row]:
        records = self.ctx.records
        plan = queries.plan_for_year(records, self.ctx.plan_year)
        year = self.ctx.plan_year or (plan["year"] if plan else None)
        objectives = queries.objectives(records, plan["uuid"]) if plan else []
        self.objective_items = [(o["uuid"], f"{o['code'] or ''} {o['title']}".strip()) for o in objectives]
        self.partner_items = list(queries.partner_names(records).items())
        self.lookups = {"objective": dict(self.objective_items), "partner": dict(self.partner_items)}
        return queries.campaigns(records, year)

    def make_columns(self) -> list[Column]:
        lk = self.lookups
        optional = {"theme", "lead_society", "end", "budget"}
        return [
            field_column("campaign", name, lk, optional=name in optional)
            for name in ("title", "theme", "scope", "lead_society", "start", "end", "status", "budget")
        ]

    def after_reload(self) -> None:
        self.form.set_options("societies", [(s, s) for s in society_names(current_language())])
        self.links.set_options("objectives", self.objective_items)
        self.links.set_options("partners", self.partner_items)
        self.links.set_readonly(self.ctx.readonly)
        self.add_filter("status", self.tr("All statuses"), [(s, text.choice_label(s)) for s in CAMPAIGN_STATUS])
        self.add_filter("scope", self.tr("National and regional"), [(s, text.choice_label(s)) for s in SCOPE])
        if self.form.row is not None:
            self.links.set_record(self.form.row)

    def new_values(self) -> dict[str, Any] | None:
        office = queries.office(self.ctx.records)
        values: dict[str, Any] = {"title": self.tr("New campaign")}
        if office.get("society"):
            values["lead_society"] = office["society"]
            values["societies"] = [office["society"]]
        return values

    def selected(self, row: Row | None) -> None:
        self.links.set_record(row)
