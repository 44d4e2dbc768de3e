"""Import from the GUI: a preview of every row first, nothing written until Import; the menu items and tabs."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from hdesk.services.records import Records
from hdesk.services.spreadsheets import plan_import
from hdesk.settings import Settings
from hdesk.ui.context import AppContext
from hdesk.ui.dialogs.spreadsheet_import import COL_ACTION, COL_DETAILS, COL_LINE, SpreadsheetImportDialog
from tests.unit.test_spreadsheets import content_hash

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def ctx(records: Records) -> Iterator[AppContext]:
    records.create("partner", {"name": "Existing", "kind": "ngo", "country": "Turkmenistan"})
    yield AppContext(records.database, Settings())


def cells(dialog: SpreadsheetImportDialog, column: int) -> list[str]:
    model = dialog.model
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_preview_then_import_is_one_undoable_step(qtbot: QtBot, ctx: AppContext, tmp_path: Path, qtmodeltester) -> None:
    source = tmp_path / "in.csv"
    source.write_text("name;country\nNew one;Kazakhstan\nexisting;TURKMENISTAN\n", "utf-8")
    before = content_hash(ctx.database)
    dialog = SpreadsheetImportDialog(ctx, source)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.plan is not None)
    qtmodeltester.check(dialog.model)
    assert cells(dialog, COL_ACTION) == ["Likely duplicate", "New"]
    assert cells(dialog, COL_LINE) == ["3", "2"]
    assert content_hash(ctx.database) == before  # the preview wrote nothing
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    names = sorted(p["name"] for p in ctx.records.list("partner"))
    assert names == ["Existing", "New one"]
    assert ctx.undo_stack.count() == 1
    ctx.undo_stack.undo()
    assert [p["name"] for p in ctx.records.list("partner")] == ["Existing"]


def test_bad_rows_are_listed_and_import_is_impossible(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    source = tmp_path / "bad.csv"
    source.write_text("name,influence,kind\nA,9,ngo\n,2,ngo\nC,2,spaceship\n", "utf-8")
    dialog = SpreadsheetImportDialog(ctx, source, start=False)
    qtbot.addWidget(dialog)
    dialog.set_plan(plan_import(ctx.records, source))
    assert not dialog.import_button.isEnabled()
    assert cells(dialog, COL_LINE) == ["2", "3", "4"]
    details = cells(dialog, COL_DETAILS)
    assert details[0] == "Influence must be at most 5."
    assert details[1] == "Name is required."
    assert details[2].startswith("Kind of partner must be one of: Government, Local authority")
    assert "problem(s) on 3 row(s)" in dialog.summary.text()


def test_unreadable_file_says_one_sentence(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    source = tmp_path / "fake.xlsx"
    source.write_text("hello")
    dialog = SpreadsheetImportDialog(ctx, source)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "not an Excel .xlsx workbook" in dialog.summary.text())
    assert not dialog.import_button.isEnabled()


class FakeWindow(QWidget):
    """The part of MainWindow a feature module uses."""

    def __init__(self, ctx: AppContext, menus: dict[str, object]):
        super().__init__()
        self.ctx = ctx
        self.menus = menus
        self.tabs = QTabWidget(self)
        partners = QWidget()
        partners.setObjectName("partners")
        self.tabs.addTab(partners, "Partners")
        self.tabs.addTab(QWidget(), "Campaigns")
        self.shown: list[tuple[str, str]] = []
        self.messages: list[str] = []

    def add_tab(self, widget, title: str, after: str | None = None, name: str = "", alias: str = "") -> int:  # type: ignore[no-untyped-def]
        """The window's contract: a widget, or a factory built here at once (the real window waits)."""
        if not isinstance(widget, QWidget):
            widget = widget()
            widget.setObjectName(name)
            if alias:
                setattr(self, alias, widget)
        at = self.tabs.count()
        for i in range(self.tabs.count()):
            if getattr(self.tabs.widget(i), "objectName", lambda: "")() == after:
                at = i + 1
        return self.tabs.insertTab(at, widget, title)

    def tab(self, name: str) -> QWidget | None:
        return self.findChild(QWidget, name)

    def show_record(self, entity: str, uuid: str) -> bool:
        self.shown.append((entity, uuid))
        return True

    def status(self, message: str) -> None:
        self.messages.append(message)


def test_install_adds_tabs_after_partners_and_menu_items(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QMenu

    from hdesk.ui import features_partners

    menu = QMenu()
    window = FakeWindow(ctx, {"partners": menu})
    qtbot.addWidget(window)
    features_partners.install(window)
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == ["Partners", "Stakeholder map", "Follow-ups", "Campaigns"]
    assert [a.text() for a in menu.actions()] == [
        "Import Partners from Spreadsheet…",
        "Export Partners to Spreadsheet…",
    ]
    (existing,) = ctx.records.list("partner")
    getattr(window, "stakeholder_map").partnerActivated.emit(existing["uuid"])  # noqa: B009
    assert window.shown == [("partner", existing["uuid"])]
    out = tmp_path / "out.xlsx"
    features_partners.export_to(window, out)
    qtbot.waitUntil(lambda: bool(window.messages))
    assert out.is_file() and window.messages == ["Partners exported to out.xlsx."]


def test_install_without_menus_still_adds_tabs(qtbot: QtBot, ctx: AppContext) -> None:
    from hdesk.ui import features_partners

    window = FakeWindow(ctx, {})
    qtbot.addWidget(window)
    features_partners.install(window)
    assert window.tabs.count() == 4
