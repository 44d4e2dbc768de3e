"""The source model of every record list: all rows, kept in the chosen sort order.

Display strings, warning flags and one folded search text are computed once per row, so
answering Qt never computes anything twice. A big list appears without waiting for them: rows
are computed when first painted, and the rest in steps of FILL_STEP rows while the window is
idle (a filter keystroke before that finishes them at once). Sort keys are made for a column the
first time the list is sorted by it (most lists are sorted by one column).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QBrush, QColor

from hdesk.ui import text
from hdesk.ui.models.columns import Column, Row, quick_fold
from hdesk.ui.models.shaping import needs_shaping, shaped_font

AnyIndex = QModelIndex | QPersistentModelIndex

SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # raw value for sorting
UUID_ROLE = Qt.ItemDataRole.UserRole + 2  # the row's uuid
DISPLAY = int(Qt.ItemDataRole.DisplayRole)
ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
FONT = int(Qt.ItemDataRole.FontRole)
# the roles answered; a delegate asks seven roles per painted cell, most of them unused here
ROLES = frozenset((DISPLAY, FONT, ALIGN, FOREGROUND, int(Qt.ItemDataRole.ToolTipRole), int(SORT_ROLE), int(UUID_ROLE)))
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
WARN_BRUSH = QBrush(QColor("#b00020"))
CELL_SEPARATOR = " \u0001 "  # between a row's cells in its search text: no word spans two cells
FILL_STEP = 400  # rows computed per idle turn (5,000 partners: about 3-4 ms each)


class RecordTableModel(QAbstractTableModel):
    """Rows of one entity (or any dict rows) under a list of Columns."""

    def __init__(self, columns: list[Column], parent: QObject | None = None):
        super().__init__(parent)
        self.columns = columns
        self._rows: list[Row] = []
        # per row, None until computed (`_fill`): its cells' strings, warnings and folded search text
        self._cells: list[list[str] | None] = []
        self._warn: list[list[bool] | None] = []  # rows without a warning column share one list of False
        self._folded: list[str | None] = []
        self._keys: dict[int, list[tuple[int, Any]]] = {}  # column -> each row's sort key, once sorted by it
        self._no_warn: list[bool] = []
        self._warns = False
        self._unfilled = 0  # rows before this one are all computed
        self._filler = QTimer(self)
        self._filler.setInterval(0)
        self._filler.timeout.connect(self._fill_some)
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
        count = len(self._rows)
        self._cells, self._warn, self._folded, self._keys = [None] * count, [None] * count, [None] * count, {}
        self._warns = any(col.warn for col in self.columns)
        self._no_warn = [False] * len(self.columns)
        if self._sort is not None and self._sort[0] < len(self.columns):
            self._permute(self._order(*self._sort))
        self._index = {row.get("uuid", ""): i for i, row in enumerate(self._rows)}
        self._unfilled = 0
        self.endResetModel()
        if count:
            self._filler.start()

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
        keys = [_comparable(k) for k in self._column_keys(column)]
        descending = order == Qt.SortOrder.DescendingOrder
        return sorted(range(len(keys)), key=keys.__getitem__, reverse=descending)

    def _permute(self, perm: list[int]) -> None:
        self._rows = [self._rows[i] for i in perm]
        self._cells = [self._cells[i] for i in perm]
        self._keys = {column: [keys[i] for i in perm] for column, keys in self._keys.items()}
        self._warn = [self._warn[i] for i in perm]
        self._folded = [self._folded[i] for i in perm]
        self._unfilled = 0  # computed rows moved: look from the top again
        self.version += 1

    def _fill(self, at: int) -> list[str]:
        """Compute row `at`'s strings, warnings and search text (the same whenever it is done)."""
        row = self._rows[at]
        cells = [col.display(row) for col in self.columns]
        self._cells[at] = cells
        self._warn[at] = [bool(col.warn and col.warn(row)) for col in self.columns] if self._warns else self._no_warn
        # one fold of the joined cells: the same as folding each, as the separator starts no mark
        self._folded[at] = quick_fold(CELL_SEPARATOR.join(cells))
        return cells

    def _fill_some(self) -> None:
        """One idle step: the next FILL_STEP rows not yet computed; stops when all are."""
        cells, end = self._cells, min(self._unfilled + FILL_STEP, len(self._cells))
        for at in range(self._unfilled, end):
            if cells[at] is None:
                self._fill(at)
        self._unfilled = end
        if end >= len(cells):
            self._filler.stop()

    def _fill_all(self) -> None:
        cells = self._cells
        for at in range(self._unfilled, len(cells)):
            if cells[at] is None:
                self._fill(at)
        self._unfilled = len(cells)
        self._filler.stop()

    def cells_at(self, at: int) -> list[str]:
        cells = self._cells[at]
        return cells if cells is not None else self._fill(at)

    def warnings_at(self, at: int) -> list[bool]:
        warn = self._warn[at]
        if warn is None:
            self._fill(at)
            warn = self._warn[at]
        assert warn is not None
        return warn

    def _sort_key(self, column: int, row: Row, cells: list[str] | None) -> tuple[int, Any]:
        col = self.columns[column]
        if col.sort:
            return _key(col.sort(row))
        return _key(quick_fold(cells[column] if cells is not None else col.display(row)))

    def _column_keys(self, column: int) -> list[tuple[int, Any]]:
        """Every row's sort key in `column`, made the first time it is needed."""
        keys = self._keys.get(column)
        if keys is None:
            keys = [self._sort_key(column, row, cells) for row, cells in zip(self._rows, self._cells, strict=True)]
            self._keys[column] = keys
        return keys

    def update_row(self, row: Row) -> bool:
        """Show new values of one row already present; False when it is not shown here."""
        at = self._index.get(row.get("uuid", ""))
        if at is None:
            return False
        self._rows[at] = row
        cells = self._fill(at)
        for column, keys in self._keys.items():
            keys[at] = self._sort_key(column, row, cells)
        self.version += 1
        self.dataChanged.emit(self.index(at, 0), self.index(at, len(self.columns) - 1))
        return True

    def row(self, at: int) -> Row:
        return self._rows[at]

    def rows(self) -> list[Row]:
        return list(self._rows)

    def shown_texts(self, limit: int | None = None) -> list[list[str]]:
        """The cell strings of the first `limit` rows (all by default), as shown; for measuring columns."""
        count = len(self._rows) if limit is None else min(limit, len(self._rows))
        return [self.cells_at(at) for at in range(count)]

    def row_of(self, uuid: str) -> int:
        """Source row number of a uuid, -1 when not shown."""
        return self._index.get(uuid, -1)

    def folded(self, at: int) -> str:
        self.cells_at(at)
        return self._folded[at] or ""

    def folded_texts(self) -> list[str]:
        """Every row's folded search text (computing the rows not yet computed: the first keystroke)."""
        if self._unfilled < len(self._cells):
            self._fill_all()
        return self._folded  # type: ignore[return-value]  # no None is left

    def sort_key(self, at: int, column: int) -> tuple[int, Any]:
        return self._column_keys(column)[at]

    # -- Qt model API -----------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in ROLES or not index.isValid():
            return None
        return self.cell_data(index.row(), index.column(), role)

    def cell_data(self, r: int, c: int, role: int) -> Any:
        """What `data` answers for source row r, column c (the filter proxy asks here too)."""
        if role == DISPLAY:
            return self.cells_at(r)[c]
        if role == FONT:
            return shaped_font() if needs_shaping(self.cells_at(r)[c]) else None
        if role == ALIGN:
            return RIGHT if self.columns[c].align_right else None
        if role == FOREGROUND:
            return WARN_BRUSH if self.warnings_at(r)[c] else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return text.tooltip(str(self.cells_at(r)[c] or ""))
        if role == SORT_ROLE:
            value = self._column_keys(c)[r][1]
            return value if isinstance(value, (str, int, float)) else str(value)
        if role == UUID_ROLE:
            return self._rows[r].get("uuid", "")
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
        if horizontal and 0 <= section < len(self.columns):
            return self.columns[section].title
        return None


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
