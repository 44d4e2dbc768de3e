"""Child records of the selected record (contacts, engagement log, activities…) with an editor below.

The parent tab calls `set_parent(uuid)`; the table loads the children in one query, and the
form under it edits the chosen child exactly like the main form (each save one undo step).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hdesk.core.schema import ENTITIES, EXISTS
from hdesk.services.records import ChangeSet
from hdesk.ui import text
from hdesk.ui.context import AppContext
from hdesk.ui.edits import create_record
from hdesk.ui.models.records import (
    RESIZE_ROWS,
    Column,
    Lookups,
    RecordFilterProxy,
    RecordTableModel,
    Row,
    field_column,
    fit_widths,
)
from hdesk.ui.widgets.record_form import RecordForm


class SubTable(QWidget):
    """A table of `entity` rows whose `parent_field` is the chosen parent, and their editor.

    Args:
        ctx: the application context.
        entity: the child entity ('contact', 'interaction', ...).
        parent_field: the REF field naming the parent.
        columns: the fields shown as columns.
        form_fields: the fields the editor shows (default: all but the parent field).
        new_values: values of a new child besides the parent (e.g. a name to start from).
        empty: what to say when the parent has no children yet.
    """

    def __init__(
        self,
        ctx: AppContext,
        entity: str,
        parent_field: str,
        columns: list[str],
        empty: str,
        form_fields: list[str] | None = None,
        new_values: Callable[[], dict[str, Any]] | None = None,
        sort_column: int = 0,
        sort_order: Qt.SortOrder = Qt.SortOrder.AscendingOrder,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ctx = ctx
        self.entity = entity
        self.parent_field = parent_field
        self.column_fields = columns
        self.parent_uuid: str | None = None
        self.lookups: Lookups = {}
        self.new_values = new_values or (lambda: {})
        self.add_handler: Callable[[], None] | None = None

        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        name = text.entity_name(entity)
        self.add_button = QPushButton(self.tr("Add {what}").format(what=name.lower()), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.add_button.clicked.connect(self.add)
        self.delete_button.clicked.connect(self.delete_selected)
        self.empty_label = QLabel(empty, self)
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_label.setWordWrap(True)
        bar.addWidget(self.add_button)
        bar.addWidget(self.delete_button)
        bar.addStretch(1)
        layout.addLayout(bar)
        layout.addWidget(self.empty_label)

        self.model = RecordTableModel(self._columns(), self)
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(sort_column, sort_order)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setResizeContentsPrecision(RESIZE_ROWS)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.setWordWrap(False)
        fields = form_fields or [f for f in ENTITIES[entity].field_names if f != parent_field]
        self.form = RecordForm(ctx, entity, fields, parent=self)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.view)
        split.addWidget(self.form)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setChildrenCollapsible(False)
        layout.addWidget(split, 1)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        ctx.changed.connect(self._on_changed)
        self.set_parent(None)

    def _columns(self) -> list[Column]:
        return [field_column(self.entity, name, self.lookups) for name in self.column_fields]

    def set_lookups(self, lookups: Lookups) -> None:
        self.lookups = lookups

    def set_readonly(self, readonly: bool) -> None:
        self.add_button.setEnabled(not readonly and self.parent_uuid is not None)
        self.delete_button.setEnabled(not readonly)
        self.form.set_readonly(readonly)

    def set_parent(self, uuid: str | None) -> None:
        """Show the children of `uuid` (None: nothing chosen)."""
        self.parent_uuid = uuid
        self.reload()
        self.add_button.setEnabled(uuid is not None and not self.ctx.readonly)

    def reload(self, select: str | None = None) -> None:
        keep = select or (self.form.row or {}).get("uuid")
        rows: list[Row] = []
        if self.parent_uuid is not None:
            equals: dict[str, object] = {self.parent_field: self.parent_uuid}
            rows = self.ctx.records.list(self.entity, **equals)  # type: ignore[arg-type]
        self.model.set_rows(rows, self._columns())
        self.view.resizeColumnsToContents()
        natural = [min(self.view.columnWidth(c), 260) for c in range(self.model.columnCount())]
        for col, width in enumerate(fit_widths(natural, max(self.view.viewport().width(), 300))):
            self.view.setColumnWidth(col, width)
        self.empty_label.setVisible(not rows and self.parent_uuid is not None)
        self.select(keep)

    def select(self, uuid: str | None) -> None:
        at = self.model.row_of(uuid) if uuid else -1
        if at < 0:
            self.view.clearSelection()
            self.form.set_record(None)
            return
        index = self.proxy.mapFromSource(self.model.index(at, 0))
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.view.scrollTo(index)
        self.form.set_record(self.model.row(at))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.form.set_record(None)
            return
        self.form.set_record(self.model.row(self.proxy.mapToSource(current).row()))

    def _on_changed(self, changes: ChangeSet) -> None:
        if self.parent_uuid is None:
            return
        mine = [c for c in changes.changes if c.entity == self.entity]
        if not mine:
            return
        if any(c.field in (EXISTS, self.parent_field) for c in mine):
            self.reload()
            return
        for uuid in {c.uuid for c in mine}:
            if self.model.row_of(uuid) >= 0:
                self.model.update_row(self.ctx.records.get(self.entity, uuid))

    # -- actions -----------------------------------------------------------------------------
    def add(self) -> str | None:
        """Add a child of the chosen parent and select it for editing."""
        if self.add_handler is not None:
            self.add_handler()
            return None
        if self.parent_uuid is None:
            return None
        values = {**self.new_values(), self.parent_field: self.parent_uuid}
        parent_uuid = self.parent_uuid
        name = text.entity_name(self.entity).lower()
        values[self.parent_field] = parent_uuid
        uuid = create_record(self.ctx, self.tr("Add {what}").format(what=name), self.entity, values)
        self.reload(select=uuid)
        self.form.focus_first()
        return uuid

    def selected_uuids(self) -> list[str]:
        rows = {self.proxy.mapToSource(i).row() for i in self.view.selectionModel().selectedRows()}
        return [self.model.row(r)["uuid"] for r in sorted(rows)]

    def delete_selected(self, confirm: bool = True) -> int:
        uuids = self.selected_uuids()
        if not uuids:
            return 0
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Delete"),
                self.tr("Delete {n} selected row(s)? You can undo this with Ctrl+Z.").format(n=len(uuids)),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return 0
        self.ctx.edit(
            self.tr("Delete {what}").format(what=text.entity_name(self.entity).lower()),
            lambda: _delete_all(self.ctx, self.entity, uuids),
        )
        return len(uuids)


def _delete_all(ctx: AppContext, entity: str, uuids: list[str]) -> ChangeSet:
    out = ChangeSet()
    with ctx.records.transaction():
        for uuid in uuids:
            if ctx.records.exists(entity, uuid):
                out.extend(ctx.records.delete(entity, uuid))
    return out
