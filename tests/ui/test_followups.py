"""The Follow-ups tab: overdue and upcoming follow-ups, mark done (undoable), silent partners, expiring MoUs."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QItemSelectionModel, Qt
from pytestqt.qtbot import QtBot

from hdesk.services.records import Records
from hdesk.settings import Settings
from hdesk.ui.context import AppContext
from hdesk.ui.tabs_followups import FollowUpsTab, RowsModel

TODAY = dt.date(2025, 6, 15)


def build(qtbot: QtBot, records: Records) -> tuple[FollowUpsTab, AppContext, dict[str, str], list[tuple[str, str]]]:
    a = records.create("partner", {"name": "Alpha <i>ministry</i>", "kind": "government"})
    b = records.create("partner", {"name": "Beta", "kind": "ngo"})
    records.create("partner", {"name": "Silent", "kind": "ngo"})
    ids = {
        "late": records.create(
            "interaction",
            {
                "partner": a,
                "date": "2025-05-01",
                "kind": "call",
                "follow_up": "Send letter",
                "follow_up_due": "2025-06-05",
            },
        ),
        "soon": records.create(
            "interaction",
            {
                "partner": b,
                "date": "2025-06-10",
                "kind": "meeting",
                "follow_up": "Draft MoU",
                "follow_up_due": "2025-06-17",
            },
        ),
    }
    records.create(
        "agreement", {"partner": b, "title": "MoU 2023", "signed": "2023-07-01", "valid_until": "2025-07-01"}
    )
    opened: list[tuple[str, str]] = []
    ctx = AppContext(records.database, Settings(stale_partner_months=3))
    tab = FollowUpsTab(ctx, lambda entity, uuid: opened.append((entity, uuid)))
    tab.today = TODAY
    tab.reload()
    qtbot.addWidget(tab)
    return tab, ctx, ids, opened


def texts(model: RowsModel, column: int) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_lists_show_what_needs_attention(qtbot: QtBot, records: Records, qtmodeltester) -> None:
    tab, _ctx, _ids, _opened = build(qtbot, records)
    assert texts(tab.follow_model, 2) == ["Alpha <i>ministry</i>", "Beta"]
    assert texts(tab.follow_model, 1) == ["overdue by 10 day(s)", "due in 2 day(s)"]
    assert tab.follow_model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert tab.follow_model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert texts(tab.stale_model, 0) == ["Silent"] and texts(tab.stale_model, 1) == ["never"]
    assert texts(tab.agreement_model, 3) == ["MoU 2023"] and texts(tab.agreement_model, 1) == ["16"]
    assert tab.stale_title.text() == "Partners not contacted for 3 month(s) or more"
    for model in (tab.follow_model, tab.stale_model, tab.agreement_model):
        qtmodeltester.check(model)


def test_mark_done_is_one_undoable_step(qtbot: QtBot, records: Records) -> None:
    tab, ctx, ids, _opened = build(qtbot, records)
    view = tab.follow_view
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in range(2):
        view.selectionModel().select(view.model().index(row, 0), flags)
    assert set(tab.selected_follow_ups()) == {ids["late"], ids["soon"]}
    tab.done_button.click()
    assert records.get("interaction", ids["late"])["done"] and records.get("interaction", ids["soon"])["done"]
    assert tab.follow_model.rowCount() == 0
    assert ctx.undo_stack.count() == 1
    ctx.undo_stack.undo()
    assert not records.get("interaction", ids["late"])["done"]
    assert tab.follow_model.rowCount() == 2


def test_double_click_opens_the_record(qtbot: QtBot, records: Records) -> None:
    tab, _ctx, ids, opened = build(qtbot, records)
    tab.follow_view.doubleClicked.emit(tab.follow_view.model().index(0, 2))
    assert opened == [("interaction", ids["late"])]


def test_new_engagement_refreshes_the_lists(qtbot: QtBot, records: Records) -> None:
    tab, ctx, _ids, _opened = build(qtbot, records)
    (silent,) = records.list("partner", name="Silent")
    ctx.edit(
        "log", lambda: records.create("interaction", {"partner": silent["uuid"], "date": "2025-06-01", "kind": "call"})
    )
    assert texts(tab.stale_model, 0) == []


def test_the_lists_fit_a_narrow_window_without_scrolling_sideways(qtbot: QtBot, records: Records) -> None:
    tab, _ctx, _ids, _opened = build(qtbot, records)
    tab.resize(520, 600)
    tab.show()
    qtbot.waitUntil(lambda: tab.follow_view.viewport().width() < 520)
    tab.reload()
    for view in (tab.follow_view, tab.stale_view, tab.agreement_view):
        qtbot.waitUntil(lambda view=view: not view.horizontalScrollBar().isVisible())
        shown = [view.columnWidth(c) for c in range(view.model().columnCount()) if not view.isColumnHidden(c)]
        assert sum(shown[:-1]) < view.viewport().width()  # the last column takes what is left
