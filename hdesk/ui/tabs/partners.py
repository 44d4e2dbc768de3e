"""The partner register: kind, country, influence, interest, stance, stage; contacts, log, agreements."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from hdesk.core.schema import PARTNER_KIND, STAGE, STANCE
from hdesk.services import queries
from hdesk.ui import text
from hdesk.ui.context import AppContext
from hdesk.ui.models.records import Column, Row, field_column
from hdesk.ui.tabs.list_tab import ListTab
from hdesk.ui.widgets.sub_table import SubTable


class PartnersTab(ListTab):
    entity = "partner"
    depends = frozenset({"partner"})

    def __init__(self, ctx: AppContext, window: Any = None, parent: QWidget | None = None):
        super().__init__(ctx, window, parent)
        self.warning = QLabel(self)
        self.warning.setObjectName("concerns_warning")
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(
            "QLabel { background: #fff4e5; color: #6b3e00; border: 1px solid #e0a040; padding: 6px; }"
        )
        self.warning.hide()
        form_layout = self.form.layout()
        assert isinstance(form_layout, QVBoxLayout)
        form_layout.insertWidget(1, self.warning)
        self.form.saved.connect(lambda _name: self._update_warning(self.form.row))
        self.contacts = SubTable(
            ctx,
            "contact",
            "partner",
            ["name", "position", "phone", "email"],
            self.tr("No contacts yet — click Add contact to note who you talk to."),
            new_values=lambda: {"name": self.tr("New contact")},
            parent=self,
        )
        self.log = SubTable(
            ctx,
            "interaction",
            "partner",
            ["date", "kind", "summary", "follow_up", "follow_up_due", "done"],
            self.tr("No engagement yet — click Add engagement after a meeting, call or letter."),
            new_values=lambda: {"date": dt.date.today().isoformat()},
            sort_order=Qt.SortOrder.DescendingOrder,
            parent=self,
        )
        self.agreements = SubTable(
            ctx,
            "agreement",
            "partner",
            ["title", "signed", "valid_until"],
            self.tr("No agreements yet — click Add agreement to record a memorandum or contract."),
            new_values=lambda: {"title": self.tr("New agreement")},
            parent=self,
        )
        self.add_page(self.contacts, self.tr("Contacts"))
        self.add_page(self.log, self.tr("Engagement log"))
        self.add_page(self.agreements, self.tr("Agreements"))
        ctx.changed.connect(lambda _c: self._update_warning(self.form.row))
        self.load_or_defer()

    def add_text(self) -> str:
        return self.tr("Add partner")

    def empty_text(self) -> str:
        return self.tr("No partners yet — click Add partner or import a spreadsheet.")

    def load_rows(self) -> list[Row]:
        return queries.partners(self.ctx.records)

    def make_columns(self) -> list[Column]:
        lk: dict[str, dict[str, str]] = {}
        concerns = field_column("partner", "concerns", lk, self.tr("Concerns"))
        return [
            field_column("partner", "name", lk),
            field_column("partner", "kind", lk, self.tr("Kind")),
            field_column("partner", "country", lk, optional=True),
            field_column("partner", "influence", lk, optional=True),
            field_column("partner", "interest", lk, optional=True),
            field_column("partner", "stance", lk),
            field_column("partner", "stage", lk),
            Column(
                concerns.key,
                concerns.title,
                concerns.display,
                concerns.sort,
                warn=lambda r: bool(r["concerns"]),
                optional=True,
            ),
        ]

    def after_reload(self) -> None:
        self.add_filter("kind", self.tr("All kinds"), [(k, text.choice_label(k)) for k in PARTNER_KIND])
        self.add_filter("stage", self.tr("All stages"), [(s, text.choice_label(s)) for s in STAGE])
        self.add_filter("stance", self.tr("All stances"), [(s, text.choice_label(s)) for s in STANCE])

    def new_values(self) -> dict[str, Any] | None:
        values: dict[str, Any] = {"name": self.tr("New partner")}
        for key in ("kind", "stage", "stance"):
            chosen = self.filters[key].currentData() if key in self.filters else None
            if chosen:
                values[key] = chosen
        return values

    def selected(self, row: Row | None) -> None:
        uuid = row["uuid"] if row else None
        for table in (self.contacts, self.log, self.agreements):
            table.set_parent(uuid)
            table.set_readonly(self.ctx.readonly)
        self._update_warning(row)

    def _update_warning(self, row: Row | None) -> None:
        concerns = (row or {}).get("concerns") or []
        if not concerns:
            self.warning.hide()
            return
        names = ", ".join(text.choice_label(c) for c in concerns)
        message = self.tr("Caution: working with this partner may put at risk our {principles}.").format(
            principles=names
        )
        note = (row or {}).get("concern_note")
        self.warning.setText(f"{message}\n{note}" if note else message)
        self.warning.show()
