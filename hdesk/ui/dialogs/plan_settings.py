"""Plan settings: the Society's identity and the plan's year, title, status, approval and texts.

The plan fields save as they are typed (one undo step per field); the identity is stored in the
file's meta data when the dialog closes.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from hdesk.services import queries
from hdesk.ui.context import AppContext
from hdesk.ui.widgets.record_form import RecordForm

PLAN_FIELDS = ["year", "title", "status", "board_date", "introduction", "policy", "approvers"]


class OfficeFields(QGroupBox):
    """Society, country and office name of this copy of the database."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Society and office"))
        self.ctx = ctx
        office = queries.office(ctx.records)
        layout = QFormLayout(self)
        self.society = QLineEdit(office["society"], self)
        self.society.setPlaceholderText(self.tr("e.g. Red Crescent Society of Turkmenistan"))
        self.country = QLineEdit(office["country"], self)
        self.office_name = QLineEdit(office["office_name"], self)
        self.office_name.setPlaceholderText(self.tr("e.g. Head office"))
        for edit in (self.society, self.country, self.office_name):
            edit.setMaxLength(300)
            edit.setReadOnly(ctx.readonly)
        layout.addRow(self.tr("Society"), self.society)
        layout.addRow(self.tr("Country"), self.country)
        layout.addRow(self.tr("Office"), self.office_name)

    def save(self) -> None:
        if self.ctx.readonly:
            return
        queries.set_office(
            self.ctx.records,
            society=self.society.text(),
            country=self.country.text(),
            office_name=self.office_name.text(),
        )


class PlanSettingsDialog(QDialog):
    """Edit the shown plan and the office identity."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Plan settings"))
        self.resize(640, 640)
        layout = QVBoxLayout(self)
        self.office = OfficeFields(ctx, self)
        layout.addWidget(self.office)
        self.plan = queries.plan_for_year(ctx.records, ctx.plan_year)
        box = QGroupBox(self.tr("Plan"), self)
        box_layout = QVBoxLayout(box)
        self.form = RecordForm(ctx, "plan", PLAN_FIELDS, parent=box)
        self.form.set_readonly(ctx.readonly)
        if self.plan is None:
            box_layout.addWidget(
                QLabel(self.tr("There is no plan yet. Use File ▸ New or the first-run questions to start one."), box)
            )
        self.form.set_record(self.plan)
        box_layout.addWidget(self.form)
        layout.addWidget(box, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.finished.connect(self._save)

    def _save(self, _result: int) -> None:
        self.form.save_pending()
        self.office.save()
