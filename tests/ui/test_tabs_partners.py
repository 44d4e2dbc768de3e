"""Partners tab: the register a person works in, checked in the database and after reopening."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from hdesk.services.records import Records
from hdesk.store.database import Database
from hdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def window(window: MainWindow) -> MainWindow:
    window.tabs.setCurrentWidget(window.partners)
    return window


def type_text(widget: QWidget, text: str) -> None:
    """Type like a keyboard, one character at a time (keyClicks aborts on non-ASCII)."""
    for ch in text:
        QApplication.sendEvent(
            widget, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
        )


def stored(path: Path, entity: str, **equals: object) -> list[dict]:
    with Database(path, readonly=True) as database:
        return Records(database).list(entity, **equals)  # type: ignore[arg-type]


def test_demo_partners_are_listed(window: MainWindow) -> None:
    tab = window.partners
    assert tab.proxy.rowCount() == len(window.ctx.records.list("partner")) > 10
    names = {tab.proxy.index(r, 0).data() for r in range(tab.proxy.rowCount())}
    assert "Ministry of Foreign Affairs" in names


def test_add_and_type_a_turkmen_name(window: MainWindow, qtbot, demo_file: Path) -> None:
    tab = window.partners
    before = len(window.ctx.records.list("partner"))
    uuid = tab.add()
    assert uuid and tab.form.row["uuid"] == uuid
    edit = tab.form.editors["name"].edit
    edit.selectAll()
    type_text(edit, "Türkmenistanyň Gyzyl Ýarymaý")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.ctx.records.get("partner", uuid)["name"] == "Türkmenistanyň Gyzyl Ýarymaý")
    assert len(stored(demo_file, "partner")) == before + 1
    # the list shows the new name, and the typing burst is one undo step after the add
    row = tab.proxy.mapFromSource(tab.model.index(tab.model.row_of(uuid), 0))
    assert row.data() == "Türkmenistanyň Gyzyl Ýarymaý"
    assert window.ctx.undo_stack.count() == 2


def test_filter_ignores_case_and_diacritics(window: MainWindow, qtbot) -> None:
    tab = window.partners
    tab.filter_box.setText("turkmen state")
    qtbot.waitUntil(lambda: tab.proxy.rowCount() == 1)
    assert "Türkmen" in tab.proxy.index(0, 0).data() or "Turkmen" in tab.proxy.index(0, 0).data()
    tab.filter_box.setText("НЕЙТРАЛЬНЫЙ")  # Cyrillic, other case
    qtbot.waitUntil(lambda: tab.proxy.rowCount() == 1)
    tab.filter_box.setText("no such partner anywhere")
    qtbot.waitUntil(lambda: tab.proxy.rowCount() == 0)
    assert tab.no_match.isVisibleTo(tab)
    tab.filter_box.clear()
    qtbot.waitUntil(lambda: tab.proxy.rowCount() == tab.model.rowCount())


def test_combo_filter_by_kind(window: MainWindow) -> None:
    tab = window.partners
    combo = tab.filters["kind"]
    combo.setCurrentIndex(combo.findData("national_society"))
    kinds = {
        tab.model.row(tab.proxy.mapToSource(tab.proxy.index(r, 0)).row())["kind"] for r in range(tab.proxy.rowCount())
    }
    assert kinds == {"national_society"}
    combo.setCurrentIndex(0)
    assert tab.proxy.rowCount() == tab.model.rowCount()


def test_invalid_value_shows_words_and_keeps_database(window: MainWindow, qtbot) -> None:
    tab = window.partners
    uuid = tab.form.row["uuid"]
    before = window.ctx.records.get("partner", uuid)["name"]
    edit = tab.form.editors["name"].edit
    edit.clear()
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert tab.form.errors["name"].isVisibleTo(tab.form)
    assert tab.form.errors["name"].text() == "Name is required."
    assert window.ctx.records.get("partner", uuid)["name"] == before


def test_delete_with_confirmation_then_undo_redo(window: MainWindow, qtbot, monkeypatch, demo_file: Path) -> None:
    tab = window.partners
    tab.view.selectAll()
    chosen = tab.selected_uuids()[:3]
    tab.view.clearSelection()
    for uuid in chosen:
        at = tab.proxy.mapFromSource(tab.model.index(tab.model.row_of(uuid), 0))
        tab.view.selectionModel().select(
            at, tab.view.selectionModel().SelectionFlag.Select | tab.view.selectionModel().SelectionFlag.Rows
        )
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    assert tab.delete_selected() == 0
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert tab.delete_selected() == 3
    assert all(tab.model.row_of(u) < 0 for u in chosen)
    assert not any(window.ctx.records.exists("partner", u) for u in chosen)
    window.ctx.undo_stack.undo()
    assert all(window.ctx.records.exists("partner", u) for u in chosen)
    assert all(tab.model.row_of(u) >= 0 for u in chosen)
    window.ctx.undo_stack.redo()
    assert all(tab.model.row_of(u) < 0 for u in chosen)
    names = {p["uuid"] for p in stored(demo_file, "partner")}
    assert not names & set(chosen)


def test_contacts_and_engagement_log(window: MainWindow, qtbot, demo_file: Path) -> None:
    tab = window.partners
    partner = tab.form.row["uuid"]
    tab.pages.setCurrentWidget(tab.log)
    count = tab.log.model.rowCount()
    uuid = tab.log.add()
    assert tab.log.model.rowCount() == count + 1
    follow = tab.log.form.editors["follow_up"].edit
    type_text(follow, "Send the draft memorandum")
    qtbot.keyClick(follow, Qt.Key.Key_Return)
    done = tab.log.form.editors["done"].check
    done.click()
    qtbot.waitUntil(lambda: window.ctx.records.get("interaction", uuid)["done"] is True)
    row = next(r for r in stored(demo_file, "interaction", partner=partner) if r["uuid"] == uuid)
    assert row["follow_up"] == "Send the draft memorandum" and row["done"] is True
    tab.pages.setCurrentWidget(tab.contacts)
    contact = tab.contacts.add()
    assert window.ctx.records.get("contact", contact)["partner"] == partner


def test_concerns_warning_is_visible(window: MainWindow) -> None:
    tab = window.partners
    worrying = next(p for p in window.ctx.records.list("partner") if p["concerns"])
    tab.select(worrying["uuid"])
    assert tab.warning.isVisibleTo(tab)
    assert "Caution" in tab.warning.text()
    calm = next(p for p in window.ctx.records.list("partner") if not p["concerns"])
    tab.select(calm["uuid"])
    assert not tab.warning.isVisibleTo(tab)


def test_edits_survive_reopening(window: MainWindow, qtbot, demo_file: Path) -> None:
    tab = window.partners
    uuid = tab.form.row["uuid"]
    combo = tab.form.editors["stage"].combo
    combo.setCurrentIndex(combo.findData("agreement"))
    combo.activated.emit(combo.currentIndex())
    window.close()
    window.ctx.database.close()
    with Database(demo_file) as database:
        assert Records(database).get("partner", uuid)["stage"] == "agreement"


def test_filter_keeps_the_chosen_partner(window: MainWindow, qtbot) -> None:
    tab = window.partners
    chosen = next(p for p in window.ctx.records.list("partner") if p["name"] == "Ministry of Foreign Affairs")
    tab.select(chosen["uuid"])
    tab.filter_box.setText("no such partner anywhere")
    qtbot.waitUntil(lambda: tab.proxy.rowCount() == 0)
    assert tab.selected_uuids() == []
    assert tab.form.row["uuid"] == chosen["uuid"]  # the editor still shows the chosen partner, not a neighbour
    tab.filter_box.setText("foreign")
    qtbot.waitUntil(lambda: tab.proxy.rowCount() > 0)
    assert tab.selected_uuids() == [chosen["uuid"]]
    tab.filter_box.clear()
    qtbot.waitUntil(lambda: tab.proxy.rowCount() == tab.model.rowCount())
    assert tab.selected_uuids() == [chosen["uuid"]]
