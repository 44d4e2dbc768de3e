"""The table of a list tab: how it is set up, and how its columns share the width.

Kept out of list_tab.py so that one stays about records, filters and actions.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView, QWidget

from hdesk.ui.models.records import RESIZE_ROWS, Column, fit_widths
from hdesk.ui.models.shaping import lay_out_plainly


def make_list_view(parent: QWidget, proxy: QAbstractItemModel) -> QTableView:
    """Rows selected whole, sorted by clicking a header, never edited in place, one line per row."""
    view = QTableView(parent)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    lay_out_plainly(view)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setResizeContentsPrecision(RESIZE_ROWS)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.setAlternatingRowColors(True)
    return view


def squeeze_columns(
    view: QTableView, columns: list[Column], widths: list[int], main_column: int, values: list[int] | None = None
) -> None:
    """Narrow the widest columns until every column fits the list's width (text is elided).

    `widths` are the natural widths, `values` the widths of the values alone (`value_widths`);
    optional columns hide first when even the floors do not fit. A column of dates or numbers
    (`whole`) is never narrower than its values: "08.05.20…" cannot be read (its title may be cut).
    """
    if not widths:
        return
    available = view.viewport().width() - 2
    header = view.horizontalHeader()
    metrics = header.fontMetrics()
    floors = [min(metrics.horizontalAdvance(c.title) + 24, w) for c, w in zip(columns, widths, strict=True)]
    for col, column in enumerate(columns):
        if column.whole:
            floors[col] = max(floors[col], min(values[col], widths[col])) if values else widths[col]
    hidden: set[int] = set()
    for col in reversed(range(len(widths))):
        shown = [i for i in range(len(widths)) if i not in hidden]
        need = sum(floors[i] for i in shown if i != main_column) + min(widths[main_column], available * 2 // 5)
        if need <= available:
            break
        if columns[col].optional:
            hidden.add(col)
    shown = [i for i in range(len(widths)) if i not in hidden]
    main = shown.index(main_column) if main_column in shown else -1
    fitted = fit_widths([max(widths[i], 0) for i in shown], available, main)
    raised = [max(width, floors[col]) for col, width in zip(shown, fitted, strict=True)]
    final = _within(raised, [floors[c] for c in shown], available)
    for col in range(len(widths)):
        view.setColumnHidden(col, col in hidden)
    for col, width in zip(shown, final, strict=True):
        view.setColumnWidth(col, width)


def _within(widths: list[int], floors: list[int], available: int) -> list[int]:
    """Widths raised to their floors can overflow again: take the excess from the room above the floors."""
    excess = sum(widths) - available
    room = [w - f for w, f in zip(widths, floors, strict=True)]
    total = sum(room)
    if excess <= 0 or total <= 0:
        return widths
    take = min(excess, total)
    return [w - (r * take + total - 1) // total for w, r in zip(widths, room, strict=True)]


def natural_widths(view: QTableView, cells: list[list[str]], sample: int = RESIZE_ROWS) -> list[int]:
    """Each column's width for its longest text, from the model's shown strings.

    What resizeColumnsToContents measures, without asking the model for every role of every
    sampled cell through Python: the longest strings (by characters) of each column are measured
    with the view's font, plus the cell's text margins; a column is never narrower than its header.
    """
    header = view.horizontalHeader()
    return [max(text, _header_width(header, column)) for column, text in enumerate(value_widths(view, cells, sample))]


def value_widths(view: QTableView, cells: list[list[str]], sample: int = RESIZE_ROWS) -> list[int]:
    """Each column's width for its longest value alone (0 for a column with none), header aside."""
    metrics = view.fontMetrics()
    # the delegate's text margins, the grid line, and 1 for the fraction of a pixel that
    # horizontalAdvance rounds away but the painted text layout needs (else "15/03/20…")
    margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1) + 2
    rows = cells[:sample]
    widths = []
    for column in range(view.horizontalHeader().count()):
        texts = sorted({row[column] for row in rows if column < len(row)}, key=len, reverse=True)[:8]
        text = max((metrics.horizontalAdvance(t) for t in texts), default=0)
        widths.append(text + margin if text else 0)
    return widths


def _header_width(header: QHeaderView, column: int) -> int:
    """The header's width for its title, as Qt measures it: the title in bold (room for a highlighted
    section), the margins and the sort indicator's room.

    Qt answers -1 for a hidden section; its title is then measured with the room Qt adds to the
    title of a shown one, so a column hidden while the list was narrow gets the width it will need.
    """
    hint = header.sectionSizeHint(column) if not header.isSectionHidden(column) else -1
    if hint > 0:
        return int(hint)
    bold = QFont(header.font())
    bold.setBold(True)
    metrics = QFontMetrics(bold)
    room = 24
    for shown in range(header.count()):
        if not header.isSectionHidden(shown):
            room = header.sectionSizeHint(shown) - metrics.horizontalAdvance(_title(header, shown))
            break
    return metrics.horizontalAdvance(_title(header, column)) + room


def _title(header: QHeaderView, column: int) -> str:
    model = header.model()
    return str(model.headerData(column, Qt.Orientation.Horizontal) or "") if model is not None else ""
