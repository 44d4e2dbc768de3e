"""Year-end review and the planning features in the real main window (tabs, menu, rollover)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from hdesk.services import queries
from hdesk.ui.features_planning import RolloverDialog, run_rollover, show_year_end
from hdesk.ui.main_window import MainWindow
from hdesk.ui.yearend import ReviewModel, YearEndWidget

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def test_review_model_and_summary(window: MainWindow, qtbot, qtmodeltester) -> None:
    widget = YearEndWidget(window.ctx)
    qtbot.addWidget(widget)
    qtmodeltester.check(widget.model)
    assert widget.model.rowCount() == 13
    assert "13 objectives" in widget.summary.text() and "Done: 1" in widget.summary.text()
    statuses = {widget.model.index(r, ReviewModel.COL_STATUS).data() for r in range(13)}
    assert "In progress" in statuses
    widget.view.sortByColumn(ReviewModel.COL_ACHIEVED, Qt.SortOrder.DescendingOrder)
    top = widget.proxy.index(0, ReviewModel.COL_ACHIEVED).data()
    assert top.endswith("%")


def test_tabs_and_menu_installed(window: MainWindow) -> None:
    names = [window.tabs.widget(i).objectName() for i in range(window.tabs.count())]
    assert names.index("points_of_contact") == names.index("departments") + 1
    assert names.index("timeline") == names.index("campaigns") + 1
    actions = {a.objectName() for a in window.menus["plan"].actions()}
    assert {"start_next_year", "year_end_review"} <= actions
    dialog = show_year_end(window)
    assert dialog.isVisible()
    dialog.close()


def test_rollover_preview_then_run_follows_new_year(window: MainWindow, qtbot) -> None:
    dialog = RolloverDialog(window.ctx, 2024, window)
    qtbot.addWidget(dialog)
    text = dialog.text.toPlainText()
    assert "Moves to 2025 (12)" in text and "Stays in 2024 (1)" in text and "2.3 Join the platform" in text
    assert dialog.run_button.isEnabled()
    run_rollover(window, 2024, 2025)
    qtbot.waitUntil(lambda: window.ctx.plan_year == 2025, timeout=20000)
    plan = queries.plan_for_year(window.ctx.records, 2025)
    assert plan is not None and len(queries.objectives(window.ctx.records, plan["uuid"])) == 12
    matrix = window.tab("points_of_contact")
    qtbot.waitUntil(lambda: matrix.model.matrix is not None and matrix.model.matrix.plan["year"] == 2025)  # type: ignore[union-attr]
    again = RolloverDialog(window.ctx, 2024, window)
    qtbot.addWidget(again)
    assert "exists already" in again.text.toPlainText() and not again.run_button.isEnabled()
