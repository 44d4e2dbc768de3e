"""Item models that show plain record rows (dicts) in a QTableView, with sorting and filtering.

The tab queries the database and pushes rows with `set_rows`; every display string, sort key
and folded search text is computed there, so `data()` never touches the database and filtering
5,000 rows while typing stays cheap.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from hdesk.core.schema import ENTITIES, Kind
from hdesk.core.validation import fold
from hdesk.ui import text

Row = dict[str, Any]
Lookups = Mapping[str, Mapping[str, str]]  # entity -> uuid -> name
AnyIndex = QModelIndex | QPersistentModelIndex

SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # raw value for sorting
UUID_ROLE = Qt.ItemDataRole.UserRole + 2  # the row's uuid
RESIZE_ROWS = 200  # columns fit their content by sampling this many rows (5,000 rows stay fast)


@dataclass(frozen=True)
class Column:
    """One column: its header and how to show and sort a row's value."""

    key: str
    title: str
    display: Callable[[Row], str]
    sort: Callable[[Row], Any] | None = None
    align_right: bool = False
    warn: Callable[[Row], bool] | None = None  # show the cell in the warning colour
    optional: bool = False  # hidden first when the list is too narrow


@functools.lru_cache(maxsize=65536)
def quick_fold(value: str) -> str:
    """validation.fold, with a fast path for plain ASCII text (most cells of a big list)."""
    if value.isascii():
        return value.lower()
    return fold(value)


def format_number(value: Any) -> str:
    """Numbers as a person writes them, without a thousands separator validation could misread."""
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.15g}"
    return str(value)


def display_value(entity: str, name: str, value: Any, lookups: Lookups) -> str:
    """The words a table cell shows for a stored value of a field."""
    f = ENTITIES[entity].field(name)
    if value is None or value == []:
        return ""
    if f.kind == Kind.ENUM:
        return text.choice_label(value)
    if f.kind == Kind.REF:
        return lookups.get(f.ref, {}).get(value, "")
    if f.kind == Kind.BOOL:
        return text.tr("Yes") if value else ""
    if f.kind == Kind.INT:
        return format_number(value)
    if f.kind == Kind.NUMBER:
        return text.format_amount(value)
    if f.kind == Kind.DATE:
        return text.format_date(value)
    if f.kind == Kind.MONTH:
        return text.format_month(value)
    if f.kind == Kind.LIST:
        if f.choices:
            return ", ".join(text.choice_label(v) for v in value)
        if f.ref:
            names = lookups.get(f.ref, {})
            return "; ".join(names.get(v, "") for v in value if names.get(v))
        return "; ".join(value)
    if f.kind == Kind.LONGTEXT:
        return " ".join(str(value).split())[:200]
    return str(value)


def fit_widths(widths: list[int], available: int, main: int = -1, floor: int = 48) -> list[int]:
    """Column widths that fit `available`: the `main` column keeps up to 40%, the widest others shrink."""
    if sum(widths) <= available or not widths:
        return list(widths)
    reserved = min(widths[main], int(available * 0.4)) if 0 <= main < len(widths) else 0
    others = [w for i, w in enumerate(widths) if i != main] if reserved else list(widths)
    room = available - reserved
    low, high = floor, max(others, default=floor)
    while low < high:
        cap = (low + high + 1) // 2
        if sum(min(w, cap) for w in others) <= room:
            low = cap
        else:
            high = cap - 1
    fitted = [min(w, low) for w in others]
    if reserved:
        fitted.insert(main, max(reserved, available - sum(fitted)))
    return fitted


def code_key(code: str | None) -> tuple[tuple[int, int, str], ...] | None:
    """'1.10' sorts after '1.9': numbers in a code compare as numbers."""
    if not code:
        return None
    parts = code.replace("-", ".").split(".")
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, fold(p)) for p in parts)


def field_column(entity: str, name: str, lookups: Lookups, title: str = "", optional: bool = False) -> Column:
    """A column for one schema field; enums sort in their declared order, numbers as numbers."""
    f = ENTITIES[entity].field(name)

    def show(row: Row) -> str:
        return display_value(entity, name, row.get(name), lookups)

    def sort(row: Row) -> Any:
        value = row.get(name)
        if f.kind == Kind.ENUM:
            return f.choices.index(value) if value in f.choices else None
        return value

    numeric = f.kind in (Kind.INT, Kind.NUMBER)
    raw = f.kind in (Kind.ENUM, Kind.INT, Kind.NUMBER, Kind.DATE, Kind.MONTH)  # others sort by shown words
    title = title or text.field_label(entity, name)
    return Column(name, title, show, sort if raw else None, align_right=numeric, optional=optional)


class RecordTableModel(QAbstractTableModel):
    """Rows of one entity (or any dict rows) under a list of Columns."""

    def __init__(self, columns: list[Column], parent: QObject | None = None):
        super().__init__(parent)
        self.columns = columns
        self._rows: list[Row] = []
        self._cells: list[list[str]] = []
        self._keys: list[list[tuple[int, Any]]] = []
        self._warn: list[list[bool]] = []
        self._folded: list[str] = []
        self._index: dict[str, int] = {}
        self.version = 0  # bumped whenever rows or their text change (filter caches compare it)
        self._sort: tuple[int, Qt.SortOrder] | None = None  # the rows are kept in this order

    # -- rows -------------------------------------------------------------------------------
    def set_rows(self, rows: list[Row], columns: list[Column] | None = None) -> None:
        """Replace everything shown (a reload); columns may change with new lookups."""
        self.beginResetModel()
        if columns is not None:
            self.columns = columns
        self._rows = list(rows)
        self.version += 1
        self._cells, self._keys, self._warn, self._folded = [], [], [], []
        for row in self._rows:
            self._compute(row)
        if self._sort is not None and self._sort[0] < len(self.columns):
            self._permute(self._order(*self._sort))
        self._index = {row.get("uuid", ""): i for i, row in enumerate(self._rows)}
        self.endResetModel()

    # -- sorting ----------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Reorder rows by a column's raw values with one Python sort.

        The filter proxy forwards its sort() here and keeps source order, so a filter keystroke
        that brings thousands of rows back places them without a Qt comparison per pair.
        """
        if not 0 <= column < len(self.columns):
            self._sort = None
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        perm = self._order(column, order)
        self._permute(perm)
        where = {old: new for new, old in enumerate(perm)}
        self.changePersistentIndexList(before, [self.index(where[ix.row()], ix.column()) for ix in before])
        self._index = {row.get("uuid", ""): i for i, row in enumerate(self._rows)}
        self.layoutChanged.emit()

    def _order(self, column: int, order: Qt.SortOrder) -> list[int]:
        keys = [_comparable(k[column]) for k in self._keys]
        descending = order == Qt.SortOrder.DescendingOrder
        return sorted(range(len(keys)), key=keys.__getitem__, reverse=descending)

    def _permute(self, perm: list[int]) -> None:
        self._rows = [self._rows[i] for i in perm]
        self._cells = [self._cells[i] for i in perm]
        self._keys = [self._keys[i] for i in perm]
        self._warn = [self._warn[i] for i in perm]
        self._folded = [self._folded[i] for i in perm]
        self.version += 1

    def _compute(self, row: Row, at: int | None = None) -> None:
        cells = [col.display(row) for col in self.columns]
        folded_cells = [quick_fold(cell) for cell in cells]
        keys = [_key(col.sort(row) if col.sort else folded_cells[i]) for i, col in enumerate(self.columns)]
        warn = [bool(col.warn and col.warn(row)) for col in self.columns]
        folded = " \u0001 ".join(folded_cells)
        self.version += 1
        if at is None:
            self._cells.append(cells)
            self._keys.append(keys)
            self._warn.append(warn)
            self._folded.append(folded)
        else:
            self._cells[at], self._keys[at], self._warn[at], self._folded[at] = cells, keys, warn, folded

    def update_row(self, row: Row) -> bool:
        """Show new values of one row already present; False when it is not shown here."""
        at = self._index.get(row.get("uuid", ""))
        if at is None:
            return False
        self._rows[at] = row
        self._compute(row, at)
        self.dataChanged.emit(self.index(at, 0), self.index(at, len(self.columns) - 1))
        return True

    def row(self, at: int) -> Row:
        return self._rows[at]

    def rows(self) -> list[Row]:
        return list(self._rows)

    def row_of(self, uuid: str) -> int:
        """Source row number of a uuid, -1 when not shown."""
        return self._index.get(uuid, -1)

    def folded(self, at: int) -> str:
        return self._folded[at]

    def sort_key(self, at: int, column: int) -> tuple[int, Any]:
        return self._keys[at][column]

    # -- Qt model API -----------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # a view asks about ten roles per painted cell: answer the unused ones before anything else
        if role not in _ROLES or not index.isValid():
            return None
        r, c = index.row(), index.column()
        if role == _DISPLAY:
            return self._cells[r][c]
        if role == Qt.ItemDataRole.ToolTipRole:
            return text.tooltip(str(self._cells[r][c] or ""))
        if role == SORT_ROLE:
            value = self._keys[r][c][1]
            return value if isinstance(value, (str, int, float)) else str(value)
        if role == UUID_ROLE:
            return self._rows[r].get("uuid", "")
        if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[c].align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and self._warn[r][c]:
            return QBrush(QColor("#b00020"))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
        if horizontal and 0 <= section < len(self.columns):
            return self.columns[section].title
        return None


_DISPLAY = Qt.ItemDataRole.DisplayRole
_ROLES = frozenset(
    int(r)
    for r in (
        _DISPLAY,
        Qt.ItemDataRole.ToolTipRole,
        SORT_ROLE,
        UUID_ROLE,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ForegroundRole,
    )
)


def _key(value: Any) -> tuple[int, Any]:
    """Empty values sort last in ascending order; other values keep their type."""
    if value is None or value == "":
        return (1, "")
    if isinstance(value, (dt.date, dt.datetime)):
        return (0, value.isoformat())
    return (0, value)


def _comparable(key: tuple[int, Any]) -> tuple[int, int, Any]:
    """A sort key Python can always compare: empties last, then numbers, then text."""
    empty, value = key
    if isinstance(value, (int, float)):
        return (empty, 0, value)
    return (empty, 1, value if isinstance(value, str) else str(value))


class RecordFilterProxy(QSortFilterProxyModel):
    """Filter-as-you-type over folded row text (case and diacritics ignored) plus field equalities."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._words: list[str] = []
        self._equals: dict[str, Callable[[Row], bool]] = {}
        self._accept: list[bool] | None = None  # per source row, computed in one pass when text changes
        self._accept_version = -1
        self._model: RecordTableModel = RecordTableModel([])
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def source(self) -> RecordTableModel:
        model = self.sourceModel()
        assert isinstance(model, RecordTableModel)
        return model

    def set_text(self, value: str) -> None:
        words = fold(value).split()
        if words == self._words:
            return  # a space or a case change: the same rows (and no work)
        self.beginFilterChange()
        self._words = words
        self._accept = None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def _accepted(self) -> list[bool]:
        """Which source rows pass the text, in one Python pass (filterAcceptsRow then only indexes)."""
        model = self._model
        if self._accept is None or self._accept_version != model.version:
            self._accept_version = model.version
            words, folded = self._words, model._folded
            if len(words) == 1:
                word = words[0]
                self._accept = [word in haystack for haystack in folded]
            else:
                self._accept = [all(w in haystack for w in words) for haystack in folded]
        return self._accept

    def set_condition(self, key: str, test: Callable[[Row], bool] | None) -> None:
        """Keep only rows passing `test` (None removes the condition called `key`)."""
        self.beginFilterChange()
        if test is None:
            self._equals.pop(key, None)
        else:
            self._equals[key] = test
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_equals(self, field: str, value: Any) -> None:
        """Keep rows whose `field` equals `value` (or contains it, for lists); None: no condition."""
        if value is None:
            self.set_condition(field, None)
            return

        def test(row: Row) -> bool:
            current = row.get(field)
            return value in current if isinstance(current, list) else current == value

        self.set_condition(field, test)

    def setSourceModel(self, model: Any) -> None:
        self._model = model
        super().setSourceModel(model)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if self._words and not self._accepted()[source_row]:
            return False
        if self._equals:
            row = self._model._rows[source_row]
            return all(test(row) for test in self._equals.values())
        return True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting happens in the source model (one Python sort); this proxy keeps its order."""
        self._model.sort(column, order)
