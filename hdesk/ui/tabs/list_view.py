"""The table of a list tab: how it is set up, and how its columns share the width.

Kept out of list_tab.py so that one stays about records, filters and actions.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView, QWidget

from hdesk.ui.models.records import RESIZE_ROWS, Column, fit_widths


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
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setResizeContentsPrecision(RESIZE_ROWS)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.setAlternatingRowColors(True)
    return view


def squeeze_columns(view: QTableView, columns: list[Column], widths: list[int], main_column: int) -> None:
    """Narrow the widest columns until every column fits the list's width (text is elided).

    `widths` are the natural widths; optional columns hide first when even the floors do not fit.
    """
    if not widths:
        return
    available = view.viewport().width() - 2
    header = view.horizontalHeader()
    metrics = header.fontMetrics()
    floors = [min(metrics.horizontalAdvance(c.title) + 24, w) for c, w in zip(columns, widths, strict=True)]
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
    for col in range(len(widths)):
        view.setColumnHidden(col, col in hidden)
    for col, width in zip(shown, fitted, strict=True):
        view.setColumnWidth(col, max(width, floors[col]))


def natural_widths(view: QTableView, cells: list[list[str]], sample: int = RESIZE_ROWS) -> list[int]:
    """Each column's width for its longest text, from the model's shown strings.

    What resizeColumnsToContents measures, without asking the model for every role of every
    sampled cell through Python: the longest strings (by characters) of each column are measured
    with the view's font, plus the cell's text margins; a column is never narrower than its header.
    """
    header = view.horizontalHeader()
    metrics = view.fontMetrics()
    margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1) + 1
    rows = cells[:sample]
    widths = []
    for column in range(header.count()):
        texts = sorted({row[column] for row in rows if column < len(row)}, key=len, reverse=True)[:8]
        text = max((metrics.horizontalAdvance(t) for t in texts), default=0)
        widths.append(max(text + margin if text else 0, header.sectionSizeHint(column)))
    return widths
