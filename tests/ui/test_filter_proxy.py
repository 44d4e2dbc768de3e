"""The filter is a row mapping: one layout change per keystroke, selection kept, edits re-filtered."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QTableView

from hdesk.ui.models.records import Column, RecordFilterProxy, RecordTableModel

ROWS = [
    {"uuid": "a", "name": "Türkmen TV", "kind": "media"},
    {"uuid": "b", "name": "UNICEF", "kind": "un"},
    {"uuid": "c", "name": "Kazakh Red Crescent", "kind": "ns"},
    {"uuid": "d", "name": "turkmen elders", "kind": "ns"},
    {"uuid": "e", "name": "Türkmenistanyň Gyzyl Ýarymaý Jemgyýeti", "kind": "ns"},
]


def _setup(qtbot) -> tuple[RecordTableModel, RecordFilterProxy, QTableView]:
    model = RecordTableModel([Column("name", "Name", lambda r: r["name"]), Column("kind", "Kind", lambda r: r["kind"])])
    model.set_rows([dict(r) for r in ROWS])
    proxy = RecordFilterProxy()
    proxy.setSourceModel(model)
    view = QTableView()
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    qtbot.addWidget(view)
    return model, proxy, view


def _names(proxy: RecordFilterProxy) -> list[str]:
    return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]


def _select(view: QTableView, proxy: RecordFilterProxy, name: str) -> None:
    row = _names(proxy).index(name)
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    view.selectionModel().setCurrentIndex(proxy.index(row, 0), flags)


def test_typing_is_one_layout_change_and_a_same_result_is_none(qtbot, qtmodeltester) -> None:
    _, proxy, _ = _setup(qtbot)
    qtmodeltester.check(proxy)
    changes: list[int] = []
    proxy.layoutChanged.connect(lambda *_a: changes.append(proxy.rowCount()))
    proxy.rowsRemoved.connect(lambda *_a: changes.append(-1))
    for typed in ("t", "tu", "tur", "turk", "turkm"):
        proxy.set_text(typed)
    assert _names(proxy) == ["turkmen elders", "Türkmen TV", "Türkmenistanyň Gyzyl Ýarymaý Jemgyýeti"]
    assert -1 not in changes and changes[-1] == 3
    before = len(changes)
    proxy.set_text("TURKMEN")  # other case, same rows: nothing to tell the view
    proxy.set_text("türkme")  # fewer letters, still the same rows
    assert len(changes) == before
    proxy.set_text("gyzyl ýarymaý")  # two words, any order, diacritics ignored
    assert _names(proxy) == ["Türkmenistanyň Gyzyl Ýarymaý Jemgyýeti"]
    proxy.set_text("yarymay GYZYL")
    assert proxy.rowCount() == 1
    qtmodeltester.check(proxy)


def test_selection_follows_its_row_and_a_hidden_row_loses_it(qtbot) -> None:
    _, proxy, view = _setup(qtbot)
    _select(view, proxy, "UNICEF")
    proxy.set_text("e")  # UNICEF stays, other rows go: it is still the selected row
    assert [proxy.index(i.row(), 0).data() for i in view.selectionModel().selectedRows()] == ["UNICEF"]
    proxy.set_text("turkmen")  # UNICEF hidden: nothing selected rather than some other row
    assert view.selectionModel().selectedRows() == []
    assert not view.selectionModel().currentIndex().isValid()


def test_sorting_while_filtered_keeps_filter_and_selection(qtbot) -> None:
    _, proxy, view = _setup(qtbot)
    proxy.set_text("turkmen")
    _select(view, proxy, "Türkmen TV")
    view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert _names(proxy) == ["Türkmenistanyň Gyzyl Ýarymaý Jemgyýeti", "Türkmen TV", "turkmen elders"]
    assert [proxy.index(i.row(), 0).data() for i in view.selectionModel().selectedRows()] == ["Türkmen TV"]
    proxy.set_text("")
    assert len(_names(proxy)) == 5 and _names(proxy)[0] == "UNICEF"


def test_an_edited_row_enters_or_leaves_the_filtered_list(qtbot) -> None:
    model, proxy, _ = _setup(qtbot)
    proxy.set_text("red crescent")
    assert _names(proxy) == ["Kazakh Red Crescent"]
    model.update_row({**ROWS[2], "name": "Kazakh Red Crescent Society"})
    assert _names(proxy) == ["Kazakh Red Crescent Society"]
    model.update_row({**ROWS[1], "name": "UNICEF and the Red Crescent"})
    assert _names(proxy) == ["Kazakh Red Crescent Society", "UNICEF and the Red Crescent"]
    model.update_row({**ROWS[2], "name": "Kazakh Qyzyl Jarty Ai"})
    assert _names(proxy) == ["UNICEF and the Red Crescent"]


def test_conditions_and_text_combine_and_map_both_ways(qtbot) -> None:
    model, proxy, _ = _setup(qtbot)
    proxy.set_equals("kind", "ns")
    proxy.set_text("turkmen")
    assert _names(proxy) == ["turkmen elders", "Türkmenistanyň Gyzyl Ýarymaý Jemgyýeti"]
    for r in range(proxy.rowCount()):
        source = proxy.mapToSource(proxy.index(r, 1))
        assert model.row(source.row())["kind"] == "ns" and source.column() == 1
        assert proxy.mapFromSource(source).row() == r
    assert not proxy.mapFromSource(model.index(model.row_of("a"), 0)).isValid()
    proxy.set_equals("kind", None)
    assert len(_names(proxy)) == 3
    model.set_rows([dict(r) for r in ROWS[:2]])  # a reload keeps the filter
    assert _names(proxy) == ["Türkmen TV"]


def test_the_selected_record_stays_selected_as_rows_come_and_go_around_it(qtbot) -> None:
    _, proxy, view = _setup(qtbot)
    proxy.set_text("turkmen")
    _select(view, proxy, "Türkmenistanyň Gyzyl Ýarymaý Jemgyýeti")  # the last of three rows
    proxy.set_text("")  # two rows more: the record is now past where the list ended
    assert proxy.rowCount() == 5
    current = view.selectionModel().currentIndex()
    assert current.data() == "Türkmenistanyň Gyzyl Ýarymaý Jemgyýeti" and current.row() >= 3
    proxy.set_text("gyzyl")  # one row left: it moves up to the top
    assert view.selectionModel().currentIndex().row() == 0
    assert [i.data() for i in view.selectionModel().selectedRows()] == ["Türkmenistanyň Gyzyl Ýarymaý Jemgyýeti"]


def test_a_painted_cell_shows_its_text_alignment_and_warning_colour(qtbot) -> None:
    """What the view's delegate reads for a cell (one multiData call) equals what data() says."""
    from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

    from hdesk.ui.models.records import RIGHT, WARN_BRUSH

    model = RecordTableModel(
        [
            Column("name", "Name", lambda r: r["name"]),
            Column("count", "Engagements", lambda r: str(r["count"]), align_right=True, warn=lambda r: r["count"] == 0),
        ]
    )
    model.set_rows([{"uuid": "a", "name": "Türkmen TV", "count": 0}, {"uuid": "b", "name": "UNICEF", "count": 12}])
    proxy = RecordFilterProxy()
    proxy.setSourceModel(model)
    view = QTableView()
    view.setModel(proxy)
    qtbot.addWidget(view)
    delegate = QStyledItemDelegate()

    def painted(row: int, column: int) -> QStyleOptionViewItem:
        option = QStyleOptionViewItem()
        delegate.initStyleOption(option, proxy.index(row, column))
        return option

    assert painted(0, 0).text == "Türkmen TV"
    assert painted(0, 1).text == "0" and int(painted(0, 1).displayAlignment) == RIGHT
    assert painted(0, 1).palette.text().color() == WARN_BRUSH.color()  # no engagements: shown in red
    assert painted(1, 1).palette.text().color() != WARN_BRUSH.color()
    assert painted(1, 0).displayAlignment != painted(1, 1).displayAlignment
    proxy.set_text("unicef")
    assert painted(0, 0).text == "UNICEF" and painted(0, 1).text == "12"
    assert not proxy.setData(proxy.index(0, 0), "renamed")  # the list is read-only: edits go through forms
    assert painted(0, 0).text == "UNICEF"


def test_qt_asks_the_roles_in_the_order_the_proxy_answers_them(qtbot) -> None:
    """The proxy fills the delegate's seven roles by position; a Qt that asks otherwise fails here."""
    from PySide6.QtGui import QStandardItemModel

    from hdesk.ui.models.records import DELEGATE_ORDER

    asked: list[tuple[int, ...]] = []

    class Probe(QStandardItemModel):
        def multiData(self, index, roleDataSpan) -> None:
            asked.append(tuple(int(item.role()) for item in roleDataSpan))
            super().multiData(index, roleDataSpan)

    probe = Probe(2, 2)
    view = QTableView()
    view.setModel(probe)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: bool(asked))
    assert set(asked) == {DELEGATE_ORDER}


def test_a_big_list_shows_before_its_rows_are_computed_and_finds_any_row_at_once(qtbot) -> None:
    """Rows are computed when painted or while idle; a search before that still sees every row."""
    computed: list[str] = []

    def name(row: dict) -> str:
        computed.append(row["uuid"])
        return row["name"]

    model = RecordTableModel([Column("name", "Name", name)])
    model.set_rows([{"uuid": f"p{i}", "name": f"Partner {i:04}"} for i in range(3000)])
    assert len(computed) < 3000  # nothing waited for all 3,000 rows
    proxy = RecordFilterProxy()
    proxy.setSourceModel(model)
    assert proxy.rowCount() == 3000 and proxy.index(2999, 0).data() == "Partner 2999"
    proxy.set_text("partner 2998")  # typed at once: the rows not yet computed are searched too
    assert _names(proxy) == ["Partner 2998"]
    proxy.set_text("")
    qtbot.waitUntil(lambda: len(set(computed)) == 3000)  # the rest were computed while idle...
    assert len(computed) == 3000  # ...each row once
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert _names(proxy)[:2] == ["Partner 2999", "Partner 2998"]
