"""The detail editor beside every list: one editor per schema field, saved as the person types.

Every save is one `ctx.edit` with merge key (entity, uuid, field), so a typing burst is one undo
step. A refused value stays in the editor with the reason in words underneath; other fields
keep working. Changes from elsewhere (undo, merge) refresh the editors that are not being typed in.
"""

from __future__ import annotations

import importlib.util
import weakref
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hdesk.core.schema import ENTITIES, Field, Kind
from hdesk.core.validation import ValidationError, clean_value
from hdesk.services.records import ChangeSet, NotFound
from hdesk.ui import text
from hdesk.ui.context import AppContext
from hdesk.ui.widgets.fields import FieldEditor, make_editor

SAVE_DELAY_MS = 600
HISTORY_MODULE = "hdesk.ui.dialogs.history"


# Every form that exists, so the window saves typed text without walking its whole widget tree.
LIVE: weakref.WeakSet[RecordForm] = weakref.WeakSet()


class RecordForm(QWidget):
    """Edit one record of `entity`; `set_record(row)` chooses which (None: nothing chosen).

    Args:
        ctx: the application context (records, undo stack, change signal).
        entity: the schema entity name.
        fields: the fields to show, in order (default: all of them).
        addable: LIST fields where a name not offered may be added (e.g. societies).
    Signals:
        saved(str): a field was saved.
    """

    saved = Signal(str)

    def __init__(
        self,
        ctx: AppContext,
        entity: str,
        fields: list[str] | None = None,
        addable: tuple[str, ...] = (),
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ctx = ctx
        self.entity = entity
        self.schema = ENTITIES[entity]
        self.row: dict[str, Any] | None = None
        self.editors: dict[str, FieldEditor] = {}
        self.errors: dict[str, QLabel] = {}
        self._pending: set[str] = set()
        self._readonly = ctx.readonly
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_pending)
        LIVE.add(self)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        head.addWidget(self.heading, 1)
        self.history = QPushButton(self.tr("History…"), self)
        self.history.setVisible(importlib.util.find_spec(HISTORY_MODULE) is not None)
        self.history.clicked.connect(self.show_history)
        head.addWidget(self.history)
        outer.addLayout(head)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(scroll)
        self.form = QFormLayout(body)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name in fields or list(self.schema.field_names):
            self._add_field(self.schema.field(name), name in addable)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self.placeholder = QLabel(self.tr("Choose a row on the left to see and edit it here."), self)
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(self.placeholder)
        self._body = scroll
        ctx.changed.connect(self._on_changed)
        self.set_record(None)

    def _add_field(self, field: Field, addable: bool) -> None:
        label = text.field_label(self.entity, field.name)
        editor = make_editor(field, label, addable_list=addable)
        editor.setObjectName(f"field_{field.name}")
        error = QLabel(self)
        error.setTextFormat(Qt.TextFormat.PlainText)
        error.setWordWrap(True)
        error.setStyleSheet("color: #b00020;")
        error.hide()
        holder = QWidget(self)
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(editor)
        box.addWidget(error)
        caption = "" if field.kind == Kind.BOOL else label + ("*" if field.required else "")
        self.form.addRow(caption, holder)
        self.editors[field.name] = editor
        self.errors[field.name] = error
        editor.edited.connect(lambda name=field.name: self._edited(name))
        editor.finished.connect(lambda name=field.name: self.save(name))

    # -- what is shown -----------------------------------------------------------------------
    def set_options(self, field: str, items: list[tuple[str, str]]) -> None:
        """Offer `items` (value, label) in a reference or list field."""
        if field in self.editors:
            self.editors[field].set_options(items)

    def set_readonly(self, readonly: bool) -> None:
        self._readonly = readonly
        for editor in self.editors.values():
            editor.set_readonly(readonly)

    def set_record(self, row: dict[str, Any] | None) -> None:
        """Show `row` (saving what was being typed in the previous one first)."""
        self.save_pending()
        self.row = dict(row) if row else None
        self._body.setVisible(row is not None)
        self.placeholder.setVisible(row is None)
        self.history.setEnabled(row is not None)
        for name, editor in self.editors.items():
            self.errors[name].hide()
            if row is not None:
                editor.set_value(row.get(name))
        self._update_heading()

    def _update_heading(self) -> None:
        if self.row is None:
            self.heading.setText("")
            return
        label = self.row.get(self.schema.label) or ""
        self.heading.setText(f"{text.entity_name(self.entity)}: {label}" if label else text.entity_name(self.entity))

    def refresh(self, row: dict[str, Any]) -> None:
        """New stored values of the shown record: update editors not holding unsaved typing."""
        if self.row is None or row.get("uuid") != self.row.get("uuid"):
            return
        self.row = dict(row)
        for name, editor in self.editors.items():
            if name in self._pending:
                continue
            if not _same(editor.field, editor.value(), row.get(name)):
                editor.set_value(row.get(name))
                self.errors[name].hide()
        self._update_heading()

    def _on_changed(self, changes: ChangeSet) -> None:
        if self.row is None:
            return
        uuid = self.row["uuid"]
        if not any(c.entity == self.entity and c.uuid == uuid for c in changes.changes):
            return
        try:
            self.refresh(self.ctx.records.get(self.entity, uuid))
        except NotFound:
            self.set_record(None)

    # -- saving ------------------------------------------------------------------------------
    def _edited(self, name: str) -> None:
        self._pending.add(name)
        self._timer.start()

    def save_pending(self) -> None:
        """Save every field with unsaved typing now (before switching record, closing, undo)."""
        self._timer.stop()
        for name in list(self._pending):
            self.save(name)

    def save(self, name: str) -> bool:
        """Save one field's editor value; False when it was refused (the reason is shown)."""
        self._pending.discard(name)
        if self.row is None or self._readonly:
            return False
        editor = self.editors[name]
        value = editor.value()
        if _same(editor.field, value, self.row.get(name)):
            self.errors[name].hide()
            return True
        uuid = self.row["uuid"]
        label = text.field_label(self.entity, name)
        try:
            self.ctx.edit(
                self.tr("Edit {field}").format(field=label),
                lambda: self.ctx.records.update(self.entity, uuid, {name: value}),
                merge_key=(self.entity, uuid, name),
            )
        except ValidationError as exc:
            self.errors[name].setText(" ".join(text.error_text(e, self.entity) for e in exc.errors))
            self.errors[name].show()
            return False
        except NotFound:
            self.set_record(None)
            return False
        self.errors[name].hide()
        if self.row is not None and self.row.get("uuid") == uuid:
            self.row = self.ctx.records.get(self.entity, uuid)
            self._update_heading()
        self.saved.emit(name)
        return True

    def focus_first(self) -> None:
        """F2: put the cursor in the first editor."""
        if self.editors and self.row is not None:
            next(iter(self.editors.values())).focus_widget().setFocus()

    def show_history(self) -> None:
        if self.row is None or importlib.util.find_spec(HISTORY_MODULE) is None:
            return
        module = importlib.import_module(HISTORY_MODULE)
        module.show_history(self, self.ctx, self.entity, self.row["uuid"])


def _same(field: Field, typed: Any, stored: Any) -> bool:
    """Whether what the editor holds would be stored as `stored` (so nothing needs saving)."""
    try:
        return bool(clean_value(field, typed) == stored)
    except Exception:
        return False
