"""Item models: Qt's model rules (qtmodeltester), shown words, sorting, filtering, bounded loading."""

from __future__ import annotations

from pathlib import Path

import pytest
from playhouse.test_utils import count_queries
from PySide6.QtCore import Qt

from hdesk.app import build_main_window, open_context
from hdesk.services.records import Records
from hdesk.settings import Settings
from hdesk.ui.models.checklist import CheckListModel
from hdesk.ui.models.records import RecordFilterProxy, RecordTableModel, field_column, fit_widths
from hdesk.ui.tabs.partners import PartnersTab

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

ROWS = [
    {"uuid": "a", "name": "Türkmen State University", "kind": "academia", "influence": 2, "concerns": []},
    {"uuid": "b", "name": "Ministry of Health", "kind": "government", "influence": 5, "concerns": ["neutrality"]},
    {"uuid": "c", "name": "Газета «Нейтральный Туркменистан»", "kind": "media", "influence": None, "concerns": []},
]


def partner_model() -> tuple[RecordTableModel, RecordFilterProxy]:
    columns = [field_column("partner", f, {}) for f in ("name", "kind", "influence", "concerns")]
    model = RecordTableModel(columns)
    model.set_rows([dict(r) for r in ROWS])
    proxy = RecordFilterProxy()
    proxy.setSourceModel(model)
    return model, proxy


def test_record_model_passes_qt_rules(qtmodeltester) -> None:
    model, proxy = partner_model()
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)


def test_record_model_shows_words_not_codes(qapp) -> None:
    model, _ = partner_model()
    assert model.index(0, 1).data() == "Academia"
    assert model.index(1, 3).data() == "Neutrality"
    assert model.index(2, 2).data() == ""
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Kind of partner"
    assert model.index(0, 2).data(Qt.ItemDataRole.TextAlignmentRole) is not None


def test_filter_folds_case_and_diacritics(qapp) -> None:
    _, proxy = partner_model()
    proxy.set_text("turkmen")
    assert proxy.rowCount() == 1
    proxy.set_text("ТУРКМЕНИСТАН")
    assert proxy.rowCount() == 1 and "Газета" in proxy.index(0, 0).data()
    proxy.set_text("")
    proxy.set_equals("kind", "government")
    assert proxy.rowCount() == 1
    proxy.set_equals("kind", None)
    proxy.set_equals("concerns", "neutrality")
    assert proxy.rowCount() == 1 and proxy.index(0, 0).data() == "Ministry of Health"


def test_sort_numbers_as_numbers_and_empty_last(qapp) -> None:
    _, proxy = partner_model()
    proxy.sort(2, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, 2).data() for r in range(3)] == ["2", "5", ""]


def test_update_row_changes_one_row(qapp, qtbot) -> None:
    model, _proxy = partner_model()
    with qtbot.waitSignal(model.dataChanged):
        assert model.update_row({**ROWS[0], "name": "Magtymguly University"})
    assert model.index(0, 0).data() == "Magtymguly University"
    assert not model.update_row({**ROWS[0], "uuid": "zzz"})


def test_checklist_model(qtmodeltester, qtbot) -> None:
    model = CheckListModel()
    model.set_items([("humanity", "Humanity"), ("unity", "Unity")], ["unity", "Other Society"])
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    with qtbot.waitSignal(model.toggled):
        model.setData(model.index(0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert model.checked() == ["humanity", "unity", "Other Society"]


def test_fit_widths_keeps_main_column() -> None:
    assert fit_widths([100, 100], 300) == [100, 100]
    fitted = fit_widths([400, 200, 200, 200], 600, main=0)
    assert sum(fitted) <= 600 and fitted[0] >= 240


def test_tab_models_pass_qt_rules_on_demo(qtbot, qtmodeltester, demo_file: Path) -> None:
    ctx = open_context(demo_file, Settings())
    window = build_main_window(ctx)
    qtbot.addWidget(window)
    for tab in (window.objectives, window.departments, window.partners, window.campaigns):
        qtmodeltester.check(tab.model)
        qtmodeltester.check(tab.proxy)
    qtmodeltester.check(window.overview.deadline_model)
    qtmodeltester.check(window.overview.status_model)
    qtmodeltester.check(window.partners.log.model)
    qtmodeltester.check(window.departments.touch_model)
    window.close()
    ctx.database.close()


def test_partner_list_loads_in_bounded_queries(qtbot, demo_file: Path) -> None:
    """Loading the list costs the same few queries for 20 or 220 partners (no query per row)."""
    ctx = open_context(demo_file, Settings())
    tab = PartnersTab(ctx)
    qtbot.addWidget(tab)
    with count_queries() as small:
        tab.reload()
    records = Records(ctx.database)
    with records.transaction():
        for i in range(200):
            records.create("partner", {"name": f"Partner {i}", "kind": "ngo"})
    with count_queries() as large:
        tab.reload()
    assert tab.model.rowCount() >= 220
    assert 0 < small.count == large.count
    assert large.count < 40
    ctx.database.close()
