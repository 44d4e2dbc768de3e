"""The hostile-string suite, GUI part (RELIABILITY.md 30): names full of markup shown in every tab
never turn into rich text in a label or a tooltip. (Lives here because the reliability engineer
owns tests/ui/test_backups_ui*.py.)"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import Qt as QtGui_Qt
from PySide6.QtWidgets import QLabel, QWidget

from hdesk.app import build_main_window, open_context
from hdesk.services import queries
from hdesk.services.records import Records
from hdesk.settings import Settings
from hdesk.store.database import Database
from hdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

MARK = "<b>HOSTILE</b>"
NAMES = {
    "partner": f'{MARK} Ministry <img src="x"> & co',
    "department": f"{MARK} Legal \u202edept",
    "objective": f"{MARK} <a href='file:///etc/passwd'>objective</a>",
    "campaign": f"{MARK} campaign <script>x</script>",
}


@pytest.fixture
def window(qtbot, demo_file: Path) -> Iterator[MainWindow]:
    with Database(demo_file) as database:
        records = Records(database)
        plan = queries.plans(records)[-1]
        dept = records.create("department", {"name": NAMES["department"], "description": MARK})
        partner = records.create("partner", {"name": NAMES["partner"], "kind": "ngo", "notes": MARK})
        records.create("contact", {"partner": partner, "name": MARK, "position": MARK})
        records.create(
            "objective", {"plan": plan["uuid"], "title": NAMES["objective"], "lead_department": dept, "indicator": MARK}
        )
        records.create("campaign", {"title": NAMES["campaign"], "theme": MARK, "start": f"{plan['year']}-03-01"})
    ctx = open_context(demo_file, Settings())
    win = build_main_window(ctx)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()
    ctx.database.close()


def rich_labels(root: QWidget) -> list[str]:
    """Visible labels that show hostile text and would interpret it as HTML."""
    bad = []
    for label in root.findChildren(QLabel):
        if "HOSTILE" not in label.text() or not label.isVisibleTo(root):
            continue
        plain = label.textFormat() == Qt.TextFormat.PlainText
        guessed_rich = label.textFormat() == Qt.TextFormat.AutoText and QtGui_Qt.mightBeRichText(label.text())
        if not plain and (guessed_rich or label.textFormat() == Qt.TextFormat.RichText) and MARK in label.text():
            bad.append(label.text())
    return bad


def columns(model: QAbstractItemModel) -> int:
    try:
        return model.columnCount(QModelIndex())
    except TypeError:  # a list model keeps columnCount private: one column
        return 1


def rich_tooltips(model: QAbstractItemModel) -> list[str]:
    """Tooltips with raw hostile markup: Qt would render them as rich text."""
    bad = []
    for row in range(min(model.rowCount(QModelIndex()), 500)):
        for column in range(columns(model)):
            index = model.index(row, column, QModelIndex())
            for role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.StatusTipRole, Qt.ItemDataRole.WhatsThisRole):
                value = model.data(index, role)
                if isinstance(value, str) and MARK in value and QtGui_Qt.mightBeRichText(value):
                    bad.append(value)
    return bad


def test_hostile_names_stay_plain_text_on_every_tab(window: MainWindow, qtbot) -> None:
    seen_in_a_table = False
    problems: dict[str, list[str]] = {}
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        qtbot.waitUntil(lambda i=i: window.tabs.currentIndex() == i)
        tab = window.tabs.widget(i)
        title = window.tabs.tabText(i)
        problems.setdefault(f"{title}: labels", []).extend(rich_labels(window))
        for model in tab.findChildren(QAbstractItemModel):
            problems.setdefault(f"{title}: {type(model).__name__} tooltips", []).extend(rich_tooltips(model))
            for row in range(min(model.rowCount(QModelIndex()), 500)):
                for column in range(columns(model)):
                    shown = model.data(model.index(row, column, QModelIndex()), Qt.ItemDataRole.DisplayRole)
                    if isinstance(shown, str) and MARK in shown:
                        seen_in_a_table = True
                        assert "\u202e" not in shown
    assert seen_in_a_table  # the hostile records really are on screen, as typed
    assert {where: sorted(set(found)) for where, found in problems.items() if found} == {}


def test_hostile_names_in_labels_stay_plain_text(window: MainWindow, qtbot) -> None:
    """Labels (banners, summaries, forms) already pass; this part must stay green."""
    found: dict[str, list[str]] = {}
    shown = 0
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        qtbot.waitUntil(lambda i=i: window.tabs.currentIndex() == i)
        tab = window.tabs.currentWidget()
        if hasattr(tab, "form"):  # the chosen record's editor fills a moment after the rows
            qtbot.waitUntil(lambda tab=tab: tab.form.row is not None or tab.proxy.rowCount() == 0)
        shown += sum(MARK in label.text() and label.isVisibleTo(window) for label in window.findChildren(QLabel))
        bad = rich_labels(window)
        if bad:
            found[window.tabs.tabText(i)] = bad
    assert shown >= 3  # the selected department, partner and campaign are named in their detail panes
    assert found == {}
