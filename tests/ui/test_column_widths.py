"""List columns are as wide as their longest text, measured without Qt asking the model cell by cell."""

from __future__ import annotations

import pytest

from hdesk.ui.main_window import MainWindow
from hdesk.ui.tabs.list_view import natural_widths, value_widths

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.mark.parametrize("name", ["objectives", "departments", "partners", "campaigns"])
def test_natural_widths_match_what_qt_measures(window: MainWindow, name: str) -> None:
    tab = getattr(window, name)
    ours = natural_widths(tab.view, tab.model.shown_texts())
    header = tab.view.horizontalHeader()
    qt = [max(tab.view.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in range(tab.model.columnCount())]
    titles = tab.view.horizontalHeader().fontMetrics()
    for column, (mine, theirs) in enumerate(zip(ours, qt, strict=True)):
        title = tab.model.columns[column].title
        if tab.view.isColumnHidden(column):  # Qt measures a hidden column without its header
            assert mine >= titles.horizontalAdvance(title), (name, title, mine)
        else:
            assert 0 <= mine - theirs <= 4, (name, title, mine, theirs)  # never narrower: no text is cut


@pytest.mark.parametrize("size", [(1280, 800), (1024, 600)])
@pytest.mark.parametrize("name", ["objectives", "departments", "partners", "campaigns"])
def test_the_columns_fit_the_list_without_scrolling_sideways(
    window: MainWindow, qtbot, name: str, size: tuple[int, int]
) -> None:
    window.resize(*size)
    tab = getattr(window, name)
    window.tabs.setCurrentWidget(tab)
    view = tab.view
    qtbot.waitUntil(lambda: view.viewport().width() > 200)
    tab.reload()

    def total() -> int:
        return sum(view.columnWidth(c) for c in range(tab.model.columnCount()) if not view.isColumnHidden(c))

    # once laid out (a vertical scroll bar that appears narrows the list, and the columns follow)
    qtbot.waitUntil(lambda: total() <= view.viewport().width(), timeout=3000)
    # dates and numbers are never cut ("08.05.20…" cannot be read): an optional column hides first
    values = value_widths(view, tab.model.shown_texts())
    for column, spec in enumerate(tab.model.columns):
        if spec.whole and not view.isColumnHidden(column):
            assert view.columnWidth(column) >= values[column], (name, spec.title)
