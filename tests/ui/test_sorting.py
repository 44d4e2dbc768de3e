"""Sorting happens once in the source model; filtering then keeps that order without comparisons."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from hdesk.ui.models.records import Column, RecordFilterProxy, RecordTableModel


def _model() -> tuple[RecordTableModel, RecordFilterProxy, QTableView]:
    model = RecordTableModel(
        [
            Column("name", "Name", lambda r: r["name"]),
            Column("score", "Score", lambda r: "" if r["score"] is None else str(r["score"]), lambda r: r["score"]),
        ]
    )
    rows = [
        {"uuid": "a", "name": "Türkmen TV", "score": 3},
        {"uuid": "b", "name": "UNICEF", "score": None},
        {"uuid": "c", "name": "Kazakh Red Crescent", "score": 10},
        {"uuid": "d", "name": "turkmen elders", "score": 2},
    ]
    model.set_rows(rows)
    proxy = RecordFilterProxy()
    proxy.setSourceModel(model)
    view = QTableView()
    view.setModel(proxy)
    view.setSortingEnabled(True)
    return model, proxy, view


def _shown(proxy: RecordFilterProxy, column: int = 0) -> list[str]:
    return [proxy.index(r, column).data() for r in range(proxy.rowCount())]


def test_header_sort_orders_numbers_as_numbers_and_empties_last(qtbot, qtmodeltester):
    model, proxy, view = _model()
    qtbot.addWidget(view)
    view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert _shown(proxy, 1) == ["2", "3", "10", ""]
    view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert _shown(proxy, 1) == ["", "10", "3", "2"]
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)


def test_filter_keeps_the_sort_and_widening_restores_every_row_in_order(qtbot):
    _, proxy, view = _model()
    qtbot.addWidget(view)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    proxy.set_text("turkmen")
    assert _shown(proxy) == ["turkmen elders", "Türkmen TV"]
    proxy.set_text("")
    assert _shown(proxy) == ["Kazakh Red Crescent", "turkmen elders", "Türkmen TV", "UNICEF"]


def test_a_reload_keeps_the_chosen_order_and_selection_follows_its_row(qtbot):
    model, proxy, view = _model()
    qtbot.addWidget(view)
    view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    view.selectRow(2)  # score 10: Kazakh Red Crescent
    view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    selected = view.selectionModel().selectedRows()
    assert [proxy.index(i.row(), 0).data() for i in selected] == ["Kazakh Red Crescent"]
    model.set_rows([*model.rows(), {"uuid": "e", "name": "Zhas Otan", "score": 1}])
    assert _shown(proxy)[0] == "Zhas Otan"


def test_an_edited_value_sorts_by_its_new_value_in_every_column(qtbot):
    model, proxy, view = _model()
    qtbot.addWidget(view)
    view.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # score keys are made now
    model.update_row({"uuid": "c", "name": "Azerbaijan Red Crescent", "score": 1})
    view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert _shown(proxy) == ["Azerbaijan Red Crescent", "turkmen elders", "Türkmen TV", "UNICEF"]
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # name keys are made after the edit
    assert _shown(proxy) == ["Azerbaijan Red Crescent", "turkmen elders", "Türkmen TV", "UNICEF"]
    model.update_row({"uuid": "a", "name": "Afghan Red Crescent", "score": 3})
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert _shown(proxy)[:2] == ["Afghan Red Crescent", "Azerbaijan Red Crescent"]
    assert proxy.index(0, 1).data(Qt.ItemDataRole.UserRole + 1) == 3  # the sort role reads the new key
