"""First run on a new, empty database: who we are and which year's plan we write."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hdesk.core.validation import ValidationError
from hdesk.ui import text
from hdesk.ui.context import AppContext
from hdesk.ui.dialogs.plan_settings import OfficeFields
from hdesk.ui.edits import create_record


class FirstRunDialog(QDialog):
    """Ask for the Society, office and the first plan; creates the plan on OK (one undo step)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.created: str | None = None
        self.setWindowTitle(self.tr("Welcome to hdesk"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("This file is new. Tell hdesk who you are and which year's plan you are writing."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.office = OfficeFields(ctx, self)
        layout.addWidget(self.office)
        form = QFormLayout()
        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        self.year.setValue(dt.date.today().year)
        self.title = QLineEdit(self)
        self.title.setMaxLength(300)
        self.title.setPlaceholderText(self.tr("Annual plan on humanitarian diplomacy"))
        form.addRow(text.field_label("plan", "year"), self.year)
        form.addRow(text.field_label("plan", "title"), self.title)
        layout.addLayout(form)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        title = self.title.text().strip() or self.tr("Annual plan on humanitarian diplomacy {year}").format(
            year=self.year.value()
        )
        values = {"year": self.year.value(), "title": title, "status": "draft"}
        try:
            self.office.save()
            self.created = create_record(self.ctx, self.tr("Create plan"), "plan", values)
        except ValidationError as exc:
            self.error.setText(" ".join(text.error_text(e, "plan") for e in exc.errors))
            self.error.show()
            return
        self.ctx.plan_year = self.year.value()
        self.ctx.reloaded.emit()
        super().accept()
