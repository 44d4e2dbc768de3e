"""The shape every list tab shares: toolbar, filter box, list, and the detail editor beside it.

A concrete tab says which entity it lists, how to load rows (one bounded set of queries), which
columns and filters to offer, and which extra pages sit next to the record form.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hdesk.core.schema import EXISTS
from hdesk.services.records import ChangeSet, NotFound
from hdesk.ui import text
from hdesk.ui.context import AppContext
from hdesk.ui.edits import create_many, create_record
from hdesk.ui.lazy import LazyLoad
from hdesk.ui.models.records import RESIZE_ROWS, Column, Lookups, RecordFilterProxy, RecordTableModel, Row
from hdesk.ui.tabs.list_view import make_list_view, natural_widths, squeeze_columns, value_widths
from hdesk.ui.widgets.record_form import RecordForm

MAX_COLUMN_WIDTH = 320


class ListTab(LazyLoad, QWidget):
    """A list of one entity's records with add, duplicate, delete, filters and a detail editor.

    Subclasses set `entity`, `depends` (entities whose change means a full reload) and implement
    `load_rows`, `make_columns` and `new_values`; they may add pages with `add_page`.
    """

    entity = ""
    depends: frozenset[str] = frozenset()
    form_fields: tuple[str, ...] | None = None
    addable: tuple[str, ...] = ()
    main_column = 0  # the column that names a row keeps its width first

    def __init__(self, ctx: AppContext, window: Any = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.window_ = window
        self.lookups: Lookups = {}
        self._stale = False
        self.filters: dict[str, QComboBox] = {}

        root = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.add_button = QPushButton(self.add_text(), self)
        self.duplicate_button = QPushButton(self.tr("Duplicate"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.add_button.clicked.connect(self.add)
        self.duplicate_button.clicked.connect(self.duplicate_selected)
        self.delete_button.clicked.connect(lambda: self.delete_selected())
        for button in (self.add_button, self.duplicate_button, self.delete_button):
            bar.addWidget(button)
        bar.addSpacing(12)
        self.filter_box = QLineEdit(self)
        self.filter_box.setObjectName("filter")
        self.filter_box.setPlaceholderText(self.tr("Filter (Ctrl+F)…"))
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.setMinimumWidth(140)
        bar.addWidget(self.filter_box, 1)
        self.filter_bar = bar
        root.addLayout(bar)

        self.model = RecordTableModel([], self)
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = make_list_view(self, self.proxy)
        self.empty = QLabel(self.empty_text(), self)
        self.empty.setObjectName("empty_state")
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_match = QLabel(self.tr("No rows match the filter. Clear the filter box to see all rows."), self)
        self.no_match.setWordWrap(True)
        self.no_match.hide()
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        left = QWidget(self)
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addWidget(self.no_match)
        left_box.addWidget(self.stack, 1)

        self.form = RecordForm(
            ctx, self.entity, list(self.form_fields or ()) or None, addable=self.addable, parent=self
        )
        self.pages = QTabWidget(self)
        self.pages.setDocumentMode(True)
        self.pages.addTab(self.form, self.tr("Details"))
        self.split = QSplitter(Qt.Orientation.Horizontal, self)
        self.split.addWidget(left)
        self.split.addWidget(self.pages)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)
        self.split.setChildrenCollapsible(False)
        self.view.viewport().installEventFilter(self)
        self.pages.setMinimumWidth(340)
        left.setMinimumWidth(300)
        root.addWidget(self.split, 1)
        self._sized = False
        self._natural: list[int] = []  # the columns' measured widths, and their values' alone (_fit_columns)
        self._values: list[int] = []

        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(120)
        self._filter_timer.timeout.connect(self._apply_filter)
        self.filter_box.textChanged.connect(self._filter_timer.start)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.proxy.rowsInserted.connect(self._update_no_match)
        self.proxy.rowsRemoved.connect(self._update_no_match)
        self.proxy.modelReset.connect(self._update_no_match)
        self.proxy.layoutChanged.connect(self._update_no_match)
        ctx.changed.connect(self._on_changed)
        ctx.reloaded.connect(self.load_or_defer)

    # -- what a subclass provides ---------------------------------------------------------------
    def add_text(self) -> str:
        return self.tr("Add")

    def empty_text(self) -> str:
        return self.tr("Nothing here yet — click Add to create the first record.")

    def load_rows(self) -> list[Row]:
        raise NotImplementedError

    def make_columns(self) -> list[Column]:
        raise NotImplementedError

    def new_values(self) -> dict[str, Any] | None:
        """Values of a new record (None: adding is not possible now, say why in the status bar)."""
        return {}

    def selected(self, row: Row | None) -> None:
        """The chosen record changed: update the extra pages."""

    def after_reload(self) -> None:
        """Rows and lookups were reloaded: refresh options of the form and filters."""

    # -- building blocks for subclasses -----------------------------------------------------------
    def add_page(self, widget: QWidget, title: str) -> None:
        self.pages.addTab(widget, title)

    def add_filter(self, key: str, label: str, items: list[tuple[Any, str]]) -> QComboBox:
        """A combo filter: 'All …' plus items (value, label); picks set a proxy condition."""
        combo = self.filters.get(key)
        if combo is None:
            combo = QComboBox(self)
            combo.setObjectName(f"filter_{key}")
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(lambda _i, k=key: self._combo_changed(k))
            self.filter_bar.addWidget(combo)
            self.filters[key] = combo
        current = combo.currentData()
        blocked = combo.blockSignals(True)
        combo.clear()
        combo.addItem(label, None)
        for value, words in items:
            combo.addItem(words, value)
        at = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(at, 0))
        combo.blockSignals(blocked)
        self._combo_changed(key)
        return combo

    def _combo_changed(self, key: str) -> None:
        self.proxy.set_equals(key, self.filters[key].currentData())
        self._after_filter()

    def status(self, message: str) -> None:
        if self.window_ is not None and hasattr(self.window_, "status"):
            self.window_.status(message)

    # -- loading ------------------------------------------------------------------------------
    def load_now(self) -> None:
        """A tab of the main window catching up when shown: the rows now, the chosen record's
        editor on the next turn (opening a large file then never holds the window still for both)."""
        self.reload(editor_later=bool(getattr(self.ctx, "lazy_tabs", False)))

    def reload(self, editor_later: bool = False) -> None:
        """Query the rows again and show them, keeping the chosen record."""
        self._stale = False
        keep = (self.form.row or {}).get("uuid")
        rows = self.load_rows()
        self.model.set_rows(rows, self.make_columns())
        self.stack.setCurrentWidget(self.view if rows else self.empty)
        self._fit_columns()
        self.after_reload()
        self.form.set_readonly(self.ctx.readonly)
        for button in (self.add_button, self.duplicate_button, self.delete_button):
            button.setEnabled(not self.ctx.readonly)
        if editor_later:
            version = self.model.version
            QTimer.singleShot(1, lambda: self._choose_after_reload(keep, version))
        else:
            self._choose_after_reload(keep)

    def _choose_after_reload(self, keep: str | None, version: int | None = None) -> None:
        if version is not None and version != self.model.version:
            return  # the rows changed again meanwhile; that reload chose the record
        if keep and self.model.row_of(keep) >= 0:
            self.select(keep)
        elif self.proxy.rowCount():
            self.select(self.proxy.index(0, 0).data(Qt.ItemDataRole.UserRole + 2))
        else:
            self.form.set_record(None)
            self.selected(None)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            width = max(self.split.width(), 800)
            self.split.setSizes([width * 11 // 20, width * 9 // 20])
        self.shown()

    def _fit_columns(self) -> None:
        texts = self.model.shown_texts(RESIZE_ROWS)
        self._natural = [min(w, MAX_COLUMN_WIDTH) for w in natural_widths(self.view, texts)]
        self._values = value_widths(self.view, texts)
        self._squeeze()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self._squeeze()
        return False

    def _squeeze(self) -> None:
        squeeze_columns(self.view, self.model.columns, self._natural, self.main_column, self._values)

    def _on_changed(self, changes: ChangeSet) -> None:
        if self._stale or self.should_defer():
            self._stale = True  # a hidden tab catches up when it is shown
            return
        touched = changes.entities
        mine = [c for c in changes.changes if c.entity == self.entity]
        if (touched & self.depends) - {self.entity} or any(c.field == EXISTS for c in mine):
            self.reload()
            return
        for uuid in {c.uuid for c in mine}:
            try:
                row = self.ctx.records.get(self.entity, uuid)
            except NotFound:
                continue
            if not self.model.update_row(row):
                self.reload()
                return

    # -- selection ----------------------------------------------------------------------------
    def select(self, uuid: str | None) -> bool:
        """Choose the record `uuid` in the list (clearing filters that hide it)."""
        at = self.model.row_of(uuid) if uuid else -1
        if at < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(at, 0))
        if not index.isValid():
            self.filter_box.clear()
            self._apply_filter()
            for combo in self.filters.values():
                combo.setCurrentIndex(0)
            index = self.proxy.mapFromSource(self.model.index(at, 0))
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.view.scrollTo(index)
        self._show(self.model.row(at))
        return True

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._show(self.model.row(self.proxy.mapToSource(current).row()))

    def _show(self, row: Row) -> None:
        if (self.form.row or {}).get("uuid") != row["uuid"]:
            self.form.set_record(row)
            self.selected(row)

    def selected_uuids(self) -> list[str]:
        rows = {self.proxy.mapToSource(i).row() for i in self.view.selectionModel().selectedRows()}
        return [self.model.row(r)["uuid"] for r in sorted(rows)]

    def _apply_filter(self) -> None:
        self._filter_timer.stop()
        self.proxy.set_text(self.filter_box.text())
        self._after_filter()

    def _after_filter(self) -> None:
        """The chosen record is selected again when the filter shows it again."""
        uuid = (self.form.row or {}).get("uuid")
        selection = self.view.selectionModel()
        if uuid and not selection.hasSelection():
            at = self.model.row_of(uuid)
            index = self.proxy.mapFromSource(self.model.index(at, 0)) if at >= 0 else QModelIndex()
            if index.isValid():
                flags = QItemSelectionModel.SelectionFlag
                selection.setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
        self._update_no_match()
        # lay the list out now: the next paint then shows the new rows once, not stale ones and then again
        self.view.executeDelayedItemsLayout()

    def _update_no_match(self) -> None:
        self.no_match.setVisible(self.model.rowCount() > 0 and self.proxy.rowCount() == 0)

    def focus_filter(self) -> None:
        self.filter_box.setFocus()
        self.filter_box.selectAll()

    # -- actions ------------------------------------------------------------------------------
    def add(self) -> str | None:
        """Create a record from `new_values`, select it and put the cursor in the form."""
        values = self.new_values()
        if values is None or self.ctx.readonly:
            return None
        name = text.entity_name(self.entity).lower()
        uuid = create_record(self.ctx, self.tr("Add {what}").format(what=name), self.entity, values)
        self._stale = False
        if self.model.row_of(uuid) < 0:
            self.reload()
        self.select(uuid)
        self.form.focus_first()
        return uuid

    def duplicate_selected(self) -> list[str]:
        """Copy each chosen record (its fields, not its children) with '(copy)' after its name."""
        uuids = self.selected_uuids()
        if not uuids or self.ctx.readonly:
            return []
        label = self.form.schema.label

        def run() -> list[tuple[str, str]]:
            out = []
            for uuid in uuids:
                row = self.ctx.records.get(self.entity, uuid)
                values = {k: v for k, v in row.items() if k not in ("uuid", "deleted")}
                if isinstance(values.get(label), str):
                    values[label] = self.tr("{name} (copy)").format(name=values[label])[:300]
                out.append((self.entity, self.ctx.records.create(self.entity, values)))
            return out

        made = create_many(
            self.ctx, self.tr("Duplicate {what}").format(what=text.entity_name(self.entity).lower()), run
        )
        if made:
            self.select(made[-1])
        return made

    def delete_selected(self, confirm: bool = True) -> int:
        """Delete the chosen records (and their children) after asking; one undo step."""
        uuids = self.selected_uuids()
        if not uuids or self.ctx.readonly:
            return 0
        if confirm:
            what = (
                self.tr("Delete “{name}”?").format(name=(self.form.row or {}).get(self.form.schema.label) or "")
                if len(uuids) == 1
                else self.tr("Delete {n} records?").format(n=len(uuids))
            )
            answer = QMessageBox.question(
                self,
                self.tr("Delete"),
                what + "\n" + self.tr("Records that belong to it are deleted too. You can undo this with Ctrl+Z."),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return 0

        def run() -> ChangeSet:
            out = ChangeSet()
            with self.ctx.records.transaction():
                for uuid in uuids:
                    if self.ctx.records.exists(self.entity, uuid):
                        out.extend(self.ctx.records.delete(self.entity, uuid))
            return out

        self.ctx.edit(self.tr("Delete {what}").format(what=text.entity_name(self.entity).lower()), run)
        self.status(self.tr("Deleted {n} record(s).").format(n=len(uuids)))
        return len(uuids)
