"""Finding things in the main window: which tab holds a record, going to it, and building the list tabs.

Kept apart from main_window.py, which is about the window's life (frame, file, first paint, menus).
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, TypeGuard

if TYPE_CHECKING:
    from hdesk.ui.context import AppContext
    from hdesk.ui.main_window import MainWindow
    from hdesk.ui.tabs.list_tab import ListTab

TAB_OF = {
    "objective": "objectives",
    "activity": "objectives",
    "objective_department": "objectives",
    "goal": "objectives",
    "department": "departments",
    "partner": "partners",
    "contact": "partners",
    "interaction": "partners",
    "agreement": "partners",
    "campaign": "campaigns",
}


def show_record(window: MainWindow, entity: str, uuid: str) -> bool:
    """Switch to the tab that holds the record and select it; False when it is gone."""
    from hdesk.services.records import NotFound

    records = window.ctx.records
    try:
        row = records.get(entity, uuid)
    except (NotFound, KeyError):
        window.status(window.tr("That record no longer exists."))
        return False
    if entity == "plan":
        window.set_plan_year(row["year"])
        window.open_plan_settings()
        return True
    tab = window.tab(TAB_OF.get(entity, ""))
    if not is_list_tab(tab):
        return False
    if entity in ("activity", "objective_department"):
        page, target = (tab.activities if entity == "activity" else tab.roles), row["objective"]  # type: ignore[attr-defined]
    elif entity in ("contact", "interaction", "agreement"):
        tabs = {"contact": "contacts", "interaction": "log", "agreement": "agreements"}
        page, target = getattr(tab, tabs[entity]), row["partner"]
    else:
        page, target = None, uuid
    if entity == "goal":
        window.tabs.setCurrentWidget(tab)
        tab.filters["goal"].setCurrentIndex(max(tab.filters["goal"].findData(uuid), 0))
        return True
    if entity in ("objective", "activity", "objective_department"):
        objective = records.get("objective", target)
        plan = records.get("plan", objective["plan"])
        if plan["year"] != (window.ctx.plan_year or plan["year"]) or tab.model.row_of(target) < 0:
            window.set_plan_year(plan["year"])
    window.tabs.setCurrentWidget(tab)
    if tab._stale or tab.model.row_of(target) < 0:
        tab.reload()
    tab.select(target)
    if page is not None:
        tab.pages.setCurrentWidget(page)
        page.select(uuid)
    else:
        tab.pages.setCurrentIndex(0)
    tab.view.setFocus()
    return True


def is_list_tab(widget: object) -> TypeGuard[ListTab]:
    """isinstance(widget, ListTab) without importing the list tabs before one is built."""
    module = sys.modules.get("hdesk.ui.tabs.list_tab")
    return module is not None and isinstance(widget, module.ListTab)


def list_tab(name: str, ctx: AppContext, window: MainWindow) -> ListTab:
    """Build one of the four list tabs (imported here: each pulls in its forms and models)."""
    if name == "objectives":
        from hdesk.ui.tabs.objectives import ObjectivesTab

        return ObjectivesTab(ctx, window)
    if name == "departments":
        from hdesk.ui.tabs.departments import DepartmentsTab

        return DepartmentsTab(ctx, window)
    if name == "partners":
        from hdesk.ui.tabs.partners import PartnersTab

        return PartnersTab(ctx, window)
    from hdesk.ui.tabs.campaigns import CampaignsTab

    return CampaignsTab(ctx, window)
