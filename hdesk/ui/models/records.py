"""Item models that show plain record rows (dicts) in a QTableView, with sorting and filtering.

The tab queries the database and pushes rows with `set_rows` into a RecordTableModel
(record_table.py), which computes every display string, sort key and folded search text once.
Views show a RecordFilterProxy: the rows passing the filter, as a list of source rows.

The proxy is a row mapping kept in Python rather than a QSortFilterProxyModel: that one calls
filterAcceptsRow in Python once per row on every keystroke, announces the result in hundreds of
row-removal signals, and reaches the source through three Python calls per painted cell and
role. Here a keystroke is one pass over the folded texts and one layout signal.

Painting is the rest of a keystroke, and on a slow office PC half of it was Python: Qt asks a
model for an index and seven roles per visible cell. The proxy therefore stands on
QStandardItemModel (with no items): its row and column counts live in C++, so Qt makes the
indexes itself, and one `multiData` call per cell answers the delegate's seven roles.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QStandardItemModel

from hdesk.core.validation import fold
from hdesk.ui.models.columns import (
    Column,
    Lookups,
    Row,
    code_key,
    display_value,
    field_column,
    fit_widths,
    format_number,
    quick_fold,
)
from hdesk.ui.models.record_table import (
    ALIGN,
    DISPLAY,
    FOREGROUND,
    RIGHT,
    ROLES,
    SORT_ROLE,
    UUID_ROLE,
    WARN_BRUSH,
    AnyIndex,
    RecordTableModel,
)
from hdesk.ui.models.shaping import needs_shaping, shaped_font

__all__ = [
    "RESIZE_ROWS",
    "SORT_ROLE",
    "UUID_ROLE",
    "Column",
    "Lookups",
    "RecordFilterProxy",
    "RecordTableModel",
    "Row",
    "code_key",
    "display_value",
    "field_column",
    "fit_widths",
    "format_number",
    "quick_fold",
]

RESIZE_ROWS = 200  # columns fit their content by sampling this many rows (5,000 rows stay fast)
_ROWS_MOVED = QAbstractItemModel.LayoutChangeHint.VerticalSortHint
_LIST, _HINT = "QList<QPersistentModelIndex>", "QAbstractItemModel::LayoutChangeHint"  # the signal overload
# QStyledItemDelegate.initStyleOption asks these roles in this order (Qt 6.0-6.11) in one multiData
# call; test_filter_proxy checks the order against the Qt in use
DELEGATE_ORDER = tuple(
    int(role)
    for role in (
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.CheckStateRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.BackgroundRole,
    )
)
_FONT, _DELEGATE_ROLES = DELEGATE_ORDER[0], len(DELEGATE_ORDER)
_AT_FONT, _AT_ALIGN, _AT_FOREGROUND, _AT_DISPLAY = 0, 1, 2, 5


class RecordFilterProxy(QStandardItemModel):
    """The source rows that pass the filter text (case and diacritics ignored) and field conditions.

    Rows keep the source model's order (it sorts itself once, see RecordTableModel.sort). The
    QStandardItemModel base holds no items, only the shape (`_reshape`); it is read-only.
    """

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._words: list[str] = []
        self._equals: dict[str, Callable[[Row], bool]] = {}
        self._model: RecordTableModel = RecordTableModel([], self)
        self._shown: list[int] = []  # source rows passing the filter, ascending
        self._version = -1  # the source version `_shown` was computed for
        self._saved: list[tuple[QModelIndex, QPersistentModelIndex]] = []  # across a source sort
        self._fonts_set = False  # a cell got a font: from then on every cell sets or clears one

    # -- source -------------------------------------------------------------------------------
    def setSourceModel(self, model: RecordTableModel) -> None:
        self.beginResetModel()
        self._model = model
        model.modelAboutToBeReset.connect(self.beginResetModel)
        model.modelReset.connect(self._source_reset)
        model.layoutAboutToBeChanged.connect(self._source_layout_about)
        model.layoutChanged.connect(self._source_layout_done)
        model.dataChanged.connect(self._source_data)
        model.headerDataChanged.connect(self.headerDataChanged)
        # RecordTableModel never inserts or removes rows on its own; a reset keeps this true to it
        for about, done in (
            (model.rowsAboutToBeInserted, model.rowsInserted),
            (model.rowsAboutToBeRemoved, model.rowsRemoved),
            (model.columnsAboutToBeInserted, model.columnsInserted),
            (model.columnsAboutToBeRemoved, model.columnsRemoved),
        ):
            about.connect(lambda *_a: self.beginResetModel())
            done.connect(lambda *_a: self._source_reset())
        self._shown = self._matching()
        self._reshape()
        self.endResetModel()

    def sourceModel(self) -> RecordTableModel:
        return self._model

    def source(self) -> RecordTableModel:
        return self._model

    def mapToSource(self, index: AnyIndex) -> QModelIndex:
        if not index.isValid():
            return QModelIndex()
        return self._model.index(self._shown[index.row()], index.column())

    def mapFromSource(self, index: AnyIndex) -> QModelIndex:
        at = self._position(index.row()) if index.isValid() else -1
        return self.index(at, index.column()) if at >= 0 else QModelIndex()

    def _reshape(self) -> None:
        """Make the C++ row and column counts those of `_shown` and the columns, silently.

        Callers announce the change themselves (a reset or a layout change); QStandardItemModel's
        own row signals would tell the views about rows at the end that did not move there.
        """
        blocked = self.blockSignals(True)
        try:
            if super().columnCount() != len(self._model.columns):
                self.setColumnCount(len(self._model.columns))
            if super().rowCount() != len(self._shown):
                self.setRowCount(len(self._shown))
        finally:
            self.blockSignals(blocked)

    def _position(self, source_row: int) -> int:
        """Where a source row is shown, -1 when the filter hides it."""
        at = bisect_left(self._shown, source_row)
        return at if at < len(self._shown) and self._shown[at] == source_row else -1

    # -- filter ---------------------------------------------------------------------------------
    def set_text(self, value: str) -> None:
        words = sorted(set(fold(value).split()), key=len, reverse=True)  # the longest word rejects most
        if words == self._words:
            return  # a space or a case change: the same rows (and no work)
        # each old word inside a new one: the new rows are a subset of the rows shown now
        narrower = all(any(old in new for new in words) for old in self._words)
        self._words = words
        self._refilter(narrower)

    def set_condition(self, key: str, test: Callable[[Row], bool] | None) -> None:
        """Keep only rows passing `test` (None removes the condition called `key`)."""
        narrower = key not in self._equals and test is not None
        if test is None:
            if self._equals.pop(key, None) is None:
                return
        else:
            self._equals[key] = test
        self._refilter(narrower)

    def set_equals(self, field: str, value: Any) -> None:
        """Keep rows whose `field` equals `value` (or contains it, for lists); None: no condition."""
        if value is None:
            self.set_condition(field, None)
            return

        def test(row: Row) -> bool:
            current = row.get(field)
            return value in current if isinstance(current, list) else current == value

        self.set_condition(field, test)

    def _matching(self, within: list[int] | None = None) -> list[int]:
        """Source rows passing every word and condition: one Python pass per word, no Qt calls."""
        model = self._model
        self._version = model.version
        rows: list[int] | range = range(model.rowCount()) if within is None else within
        if self._words:  # the search texts of a big list may still be computing (record_table.py)
            folded = model.folded_texts()
            for word in self._words:
                rows = [i for i in rows if word in folded[i]]
        if self._equals:
            data, tests = model._rows, list(self._equals.values())
            rows = [i for i in rows if all(test(data[i]) for test in tests)]
        return list(rows)

    def _refilter(self, narrower: bool = False) -> None:
        within = self._shown if narrower and self._version == self._model.version else None
        shown = self._matching(within)
        if shown == self._shown:
            return  # nothing appears or disappears: no signal, no repaint
        self._about_to_move()
        before = self.persistentIndexList()
        old, self._shown = self._shown, shown
        self._move_persistent(before, [old[index.row()] for index in before])
        self._moved()

    def _move_persistent(self, before: list[QModelIndex], source_rows: list[int]) -> None:
        """Point the views' remembered indexes at their source rows' new places and set the row count.

        Rows added at the end exist before anything points there; rows dropped from the end go
        after nothing points there any more (QStandardItemModel would drop those indexes).
        """
        if len(self._shown) > super().rowCount():
            self._reshape()
        after = []
        for index, source_row in zip(before, source_rows, strict=True):
            at = self._position(source_row) if source_row >= 0 else -1
            after.append(self.index(at, index.column()) if at >= 0 else QModelIndex())
        self.changePersistentIndexList(before, after)
        self._reshape()

    # -- following the source -----------------------------------------------------------------
    def _source_reset(self) -> None:
        self._shown = self._matching()
        self._reshape()
        self.endResetModel()

    def _source_layout_about(self, *_args: Any) -> None:
        """The source sorts: remember each persistent index by its source row (which Qt moves)."""
        self._about_to_move()
        model = self._model
        self._saved = [
            (index, QPersistentModelIndex(model.index(self._shown[index.row()], index.column())))
            for index in self.persistentIndexList()
        ]

    def _source_layout_done(self, *_args: Any) -> None:
        self._shown = self._matching()
        before = [mine for mine, _ in self._saved]
        rows = [theirs.row() if theirs.isValid() else -1 for _, theirs in self._saved]
        self._saved = []
        self._move_persistent(before, rows)
        self._moved()

    def _source_data(self, top_left: QModelIndex, bottom_right: QModelIndex, roles: Any = ()) -> None:
        """An edited row may now pass or fail the filter; otherwise repaint it where it is shown."""
        if not top_left.isValid():
            return
        changed = range(top_left.row(), bottom_right.row() + 1)
        if self._words or self._equals:
            model = self._model
            passing = set(self._matching(list(changed)))
            self._version = model.version
            if any((row in passing) != (self._position(row) >= 0) for row in changed):
                self._refilter()
                return
        at = [p for p in (self._position(row) for row in changed) if p >= 0]
        if at:
            self.dataChanged.emit(self.index(min(at), top_left.column()), self.index(max(at), bottom_right.column()))

    def _about_to_move(self) -> None:
        """Announce a layout change that only moves, adds or drops whole rows (views keep one index per row)."""
        signal: Any = self.layoutAboutToBeChanged  # the stubs do not know signal overloads
        signal[_LIST, _HINT].emit([], _ROWS_MOVED)

    def _moved(self) -> None:
        signal: Any = self.layoutChanged
        signal[_LIST, _HINT].emit([], _ROWS_MOVED)

    # -- Qt model API (row and column counts and indexes are QStandardItemModel's, in C++) ------
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        r = index.row()
        if r < 0 or role not in ROLES:
            return None
        return self._model.cell_data(self._shown[r], index.column(), role)

    def multiData(self, index: AnyIndex, roleDataSpan: QModelRoleDataSpan | QModelRoleData) -> None:
        """The delegate's seven roles in one call: text, font, alignment and warning colour are all it uses.

        Qt's delegate reuses one span for every cell it paints, so font, alignment and colour are
        set or cleared each time; the three other roles are never set by this model and stay empty
        (each view shows only this model). The font is set only for text that must be shaped
        (shaping.py); until one was, there is none to clear.
        """
        span: Any = roleDataSpan  # the stubs know neither len() nor [] of a span
        at = index.row()
        if at >= 0 and len(span) == _DELEGATE_ROLES and span[0].role() == _FONT:
            model, r, c = self._model, self._shown[at], index.column()
            cells = model._cells[r]
            text = (cells if cells is not None else model._fill(r))[c]
            span[_AT_DISPLAY].setData(text)
            if text.isascii() or not needs_shaping(text):
                if self._fonts_set:
                    span[_AT_FONT].clearData()
            else:
                span[_AT_FONT].setData(shaped_font())
                self._fonts_set = True
            if model.columns[c].align_right:
                span[_AT_ALIGN].setData(RIGHT)
            else:
                span[_AT_ALIGN].clearData()
            if model._warn[r][c]:  # type: ignore[index]  # computed with the cells
                span[_AT_FOREGROUND].setData(WARN_BRUSH)
            else:
                span[_AT_FOREGROUND].clearData()
            return
        for item in span:
            item.setData(self.data(index, item.role()))

    def itemData(self, index: AnyIndex) -> dict[int, Any]:
        found = {role: self.data(index, role) for role in (DISPLAY, ALIGN, FOREGROUND)}
        return {role: value for role, value in found.items() if value is not None}

    # flags() stays QStandardItemModel's (a Python one would be another call per painted cell): it
    # says "editable", but every view of this model has NoEditTriggers and no drag and drop, and
    # nothing can be written here.
    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        return False  # rows change in the database, never here

    def setItemData(self, index: AnyIndex, roles: dict[int, Any]) -> bool:
        return False

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return self._model.headerData(section, orientation, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting happens in the source model (one Python sort); this proxy keeps its order."""
        self._model.sort(column, order)
