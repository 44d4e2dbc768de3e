"""The main window's chrome: menu titles, the plan-year toolbar, the title and read-only banner, geometry.

Only what the frame needs before its first paint is imported at the top (see main_window.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QComboBox, QLabel, QToolBar

from hdesk import paths

if TYPE_CHECKING:
    from hdesk.ui.main_window import MainWindow


def window_settings() -> QSettings:
    """Geometry only, in the user data folder (so tests and --data-dir keep it apart)."""
    return QSettings(str(paths.data_dir() / "window.ini"), QSettings.Format.IniFormat)


def build_menu_bar(window: MainWindow) -> None:
    """The menus' titles into `window.menus`; main_menus.build fills them once a file is attached."""
    for key, title in (  # filled by main_menus.build once a file is attached
        ("file", window.tr("&File")),
        ("edit", window.tr("&Edit")),
        ("view", window.tr("&View")),
        ("plan", window.tr("&Plan")),
        ("partners", window.tr("Pa&rtners")),
        ("help", window.tr("&Help")),
    ):
        menu = window.menuBar().addMenu(title)
        menu.setObjectName(f"menu_{key}")
        window.menus[key] = menu


def build_toolbar(window: MainWindow) -> QComboBox:
    """The plan-year toolbar; returns its year selector."""
    bar = QToolBar(window.tr("Plan year"), window)
    bar.setObjectName("plan_toolbar")
    bar.setMovable(False)
    bar.addWidget(QLabel(window.tr("Plan year:") + " ", bar))
    combo = QComboBox(bar)
    combo.setObjectName("plan_year")
    combo.activated.connect(lambda _i: window.set_plan_year(combo.currentData()))
    bar.addWidget(combo)
    window.addToolBar(bar)
    return combo


def restore_geometry(window: MainWindow) -> None:
    stored = window_settings()
    geometry = stored.value("geometry")
    if isinstance(geometry, QByteArray) and not geometry.isEmpty():
        window.restoreGeometry(geometry)
    else:
        window.resize(1280, 800)
    state = stored.value("state")
    if isinstance(state, QByteArray):
        window.restoreState(state)


def save_geometry(window: MainWindow) -> None:
    stored = window_settings()
    stored.setValue("geometry", window.saveGeometry())
    stored.setValue("state", window.saveState())
    stored.sync()


def update(window: MainWindow) -> None:
    """Title, year selector and the read-only banner for the open file and plan."""
    from hdesk.services import queries

    records = window.ctx.records
    plans = queries.plans(records)
    window.year_combo.clear()
    for plan in plans:
        window.year_combo.addItem(str(plan["year"]), plan["year"])
    if not plans:
        window.year_combo.addItem(window.tr("no plan yet"), None)
    shown = queries.plan_for_year(records, window.ctx.plan_year)
    if shown is not None:
        window.year_combo.setCurrentIndex(max(window.year_combo.findData(shown["year"]), 0))
    society = queries.office(records).get("society") or "hdesk"
    year = window.tr("Plan {year}").format(year=shown["year"]) if shown else window.tr("No plan")
    title = f"{society} — {year} — {window.ctx.path.name}"
    if window.ctx.readonly:
        title += " " + window.tr("(read-only)")
    window.setWindowTitle(title)
    if window.ctx.readonly:
        reason = window.readonly_reason or window.tr("This file is open read-only.")
        window.banner.setText(reason + " " + window.tr("Nothing you see can be changed or lost."))
    window.banner.setVisible(window.ctx.readonly)
    window.saved_label.setText(window.tr("Read-only") if window.ctx.readonly else window.tr("All changes saved"))
