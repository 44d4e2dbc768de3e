"""The main window on the demo plan: tabs, title, API for features, year selector, files."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QMenu, QTabWidget

from hdesk.services import queries
from hdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_fonts_are_available(qapp) -> None:
    assert QFontDatabase.families()


def test_window_shows_every_tab_with_demo_rows(window: MainWindow) -> None:
    names = [window.tabs.widget(i).objectName() for i in range(window.tabs.count())]
    mine = [n for n in names if n in ("overview", "objectives", "departments", "partners", "campaigns")]
    assert mine == ["overview", "objectives", "departments", "partners", "campaigns"]  # features may add more
    assert isinstance(window.tabs, QTabWidget)
    for tab in (window.objectives, window.departments, window.partners, window.campaigns):
        window.tabs.setCurrentWidget(tab)
        assert tab.proxy.rowCount() > 0, tab.objectName()
    assert "Red Crescent Society of Turkmenistan" in window.windowTitle()
    assert "2024" in window.windowTitle() and "demo.hdesk" in window.windowTitle()
    assert window.saved_label.text() == "All changes saved"


def test_menus_for_features(window: MainWindow) -> None:
    assert set(window.menus) >= {"file", "edit", "view", "plan", "partners", "help"}
    assert all(isinstance(m, QMenu) for m in window.menus.values())
    titles = [a.text() for a in window.menus["edit"].actions()]
    assert any("Undo" in t for t in titles) and any("Redo" in t for t in titles)


def test_add_tab_after_named_tab(window: MainWindow, qtbot) -> None:
    from PySide6.QtWidgets import QLabel

    extra = QLabel("x")
    extra.setObjectName("extra")
    at = window.tabs.indexOf(window.objectives)
    window.add_tab(extra, "Extra", after="objectives")
    assert window.tabs.widget(at + 1) is extra


def test_show_record_switches_tab_and_selects(window: MainWindow) -> None:
    partner = queries.partners(window.ctx.records)[5]
    assert window.show_record("partner", partner["uuid"])
    assert window.tabs.currentWidget() is window.partners
    assert window.partners.form.row["uuid"] == partner["uuid"]
    interaction = window.ctx.records.list("interaction")[0]
    assert window.show_record("interaction", interaction["uuid"])
    assert window.partners.form.row["uuid"] == interaction["partner"]
    assert window.partners.log.form.row["uuid"] == interaction["uuid"]


def test_overview_deadline_click_opens_record(window: MainWindow, qtbot) -> None:
    overview = window.overview
    assert overview.deadline_model.rowCount() > 0
    index = overview.deadline_proxy.index(0, 3)
    overview.deadline_view.clicked.emit(index)
    row = overview.deadline_model.row(overview.deadline_proxy.mapToSource(index).row())
    assert window.tabs.currentWidget() is not overview
    if row["entity"] == "objective":
        assert window.objectives.form.row["uuid"] == row["uuid"]


def test_reopen_switches_file_and_keeps_ctx(window: MainWindow, tmp_path: Path) -> None:
    from hdesk.store.database import Database

    empty = tmp_path / "empty.hdesk"
    Database(empty, create=True).close()
    ctx = window.ctx
    assert window.reopen(empty)
    assert window.ctx is ctx and ctx.path == empty
    window.tabs.setCurrentWidget(window.objectives)  # hidden tabs reload when shown
    assert window.objectives.model.rowCount() == 0
    assert window.objectives.stack.currentWidget() is window.objectives.empty
    assert "plan" in window.objectives.empty.text().lower()
    window.tabs.setCurrentWidget(window.partners)
    assert window.partners.stack.currentWidget() is window.partners.empty
    assert "Add partner" in window.partners.empty.text()


def test_a_started_window_paints_before_features_and_rows_arrive(qtbot, demo_file: Path) -> None:
    from hdesk.app import build_main_window, open_context
    from hdesk.settings import Settings

    win = build_main_window(open_context(demo_file, Settings()), defer_features=True)
    qtbot.addWidget(win)
    names = [win.tabs.page_name(i) for i in range(win.tabs.count())]
    assert names == ["overview", "objectives", "departments", "partners", "campaigns"]  # nothing else built yet
    assert not any(win.tabs.is_built(i) for i in range(1, win.tabs.count()))  # list tabs wait to be shown
    win.show()
    qtbot.waitUntil(lambda: not win.ctx.opening)
    names = [win.tabs.page_name(i) for i in range(win.tabs.count())]
    assert {"points_of_contact", "stakeholder_map", "conflicts", "timeline"} <= set(names)
    assert any(a.objectName() == "start_next_year" for a in win.menus["plan"].actions())
    win.tabs.setCurrentIndex(names.index("partners"))
    assert win.partners.model.rowCount() > 0
    win.close()
    win.ctx.database.close()


def test_the_frame_shows_before_a_file_is_attached(qtbot, demo_file: Path) -> None:
    """hdesk's start: the window is painted saying what it opens; the file arrives after the first paint."""
    from hdesk.app import open_context
    from hdesk.settings import Settings

    win = MainWindow(None, defer_features=True, opening="demo.hdesk")
    qtbot.addWidget(win)
    win.show()
    assert win.windowTitle() == "hdesk — demo.hdesk"
    assert "demo.hdesk" in win.statusBar().currentMessage()
    assert [win.menus[k].isEmpty() for k in ("file", "edit", "help")] == [True, True, True]
    assert not any(win.tabs.is_built(i) for i in range(win.tabs.count()))  # no tab reads a file that is not there
    opened: list[bool] = []
    win.after_first_paint(lambda: opened.append(True))
    qtbot.waitUntil(lambda: bool(opened))
    assert painted_first(qtbot)
    ctx = open_context(demo_file, Settings())
    win.attach(ctx)
    qtbot.waitUntil(lambda: not ctx.opening and win.tabs.is_built(0))
    assert "Plan" in win.windowTitle() and not win.menus["file"].isEmpty()
    qtbot.waitUntil(lambda: any(n == "conflicts" for n in (win.tabs.page_name(i) for i in range(win.tabs.count()))))
    win.tabs.setCurrentIndex(1)
    assert win.objectives.model.rowCount() > 0
    win.close()
    ctx.database.close()


def test_the_other_tabs_are_built_while_idle_and_read_no_rows_until_shown(qtbot, demo_file: Path) -> None:
    """The program's window builds the tabs nobody opened yet in the background: a first visit is quick."""
    from hdesk.app import build_main_window, open_context
    from hdesk.settings import Settings

    win = build_main_window(open_context(demo_file, Settings()), defer_features=True)
    win.build_tabs_when_idle = True
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: not win.ctx.opening)
    current = win.tabs.currentIndex()
    qtbot.waitUntil(lambda: all(win.tabs.is_built(i) for i in range(win.tabs.count())), timeout=20_000)
    assert win.tabs.currentIndex() == current  # built behind the tab on screen, which stays
    partners = win.tabs.widget([win.tabs.page_name(i) for i in range(win.tabs.count())].index("partners"))
    assert partners.model.rowCount() == 0  # a hidden list reads its rows when it is first shown...
    win.tabs.setCurrentWidget(partners)
    qtbot.waitUntil(lambda: partners.model.rowCount() > 0)  # ...and then it does
    win.close()
    win.ctx.database.close()


def painted_first(qtbot) -> bool:
    """What waits for a paint runs only after one: a hidden tab widget never runs it, a shown one does."""
    from PySide6.QtCore import QEvent, QObject

    from hdesk.ui.tab_pages import TabPages

    paints: list[int] = []

    class Count(QObject):
        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                paints.append(1)
            return False

    tabs = TabPages()
    qtbot.addWidget(tabs)
    counter = Count()
    tabs.installEventFilter(counter)
    ran: list[int] = []
    tabs.after_next_paint(lambda: ran.append(len(paints)))
    qtbot.wait(50)
    assert ran == []  # never painted: nothing ran
    tabs.show()
    qtbot.waitUntil(lambda: bool(ran))
    return ran[0] >= 1
