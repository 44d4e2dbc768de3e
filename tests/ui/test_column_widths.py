"""List columns are as wide as their longest text, measured without Qt asking the model cell by cell."""

from __future__ import annotations

import pytest

from hdesk.ui.main_window import MainWindow
from hdesk.ui.tabs.list_view import natural_widths

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.mark.parametrize("name", ["objectives", "departments", "partners", "campaigns"])
def test_natural_widths_match_what_qt_measures(window: MainWindow, name: str) -> None:
    tab = getattr(window, name)
    ours = natural_widths(tab.view, tab.model.shown_texts())
    header = tab.view.horizontalHeader()
    qt = [max(tab.view.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in range(tab.model.columnCount())]
    for column, (mine, theirs) in enumerate(zip(ours, qt, strict=True)):
        assert abs(mine - theirs) <= 4, (name, tab.model.columns[column].title, mine, theirs)
