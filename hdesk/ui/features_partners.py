"""Partners in depth: the stakeholder map and Follow-ups tabs, and spreadsheet import/export menu items."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox


def tr(text: str) -> str:
    return QCoreApplication.translate("features_partners", text)


def _stakeholder_map(window: Any) -> Any:
    from hdesk.ui.widgets.stakeholder_map import StakeholderMap

    stakeholder_map = StakeholderMap(window.ctx)
    stakeholder_map.partnerActivated.connect(lambda uuid: window.show_record("partner", uuid))
    stakeholder_map.partnerSelected.connect(lambda uuid: _select_in_list(window, uuid))
    return stakeholder_map


def _followups(window: Any) -> Any:
    from hdesk.ui.tabs_followups import FollowUpsTab

    return FollowUpsTab(window.ctx, window.show_record)


def install(window: Any) -> None:
    window.add_tab(
        lambda: _stakeholder_map(window),
        tr("Stakeholder map"),
        after="partners",
        name="stakeholder_map",
        alias="stakeholder_map",
    )
    window.add_tab(
        lambda: _followups(window), tr("Follow-ups"), after="stakeholder_map", name="followups", alias="followups"
    )
    menus = getattr(window, "menus", {}) or {}
    menu = menus.get("partners") or menus.get("file")
    if menu is None:
        return
    import_action = QAction(tr("Import Partners from Spreadsheet…"), window)
    import_action.triggered.connect(lambda: ask_import(window))
    export_action = QAction(tr("Export Partners to Spreadsheet…"), window)
    export_action.triggered.connect(lambda: ask_export(window))
    menu.addAction(import_action)
    menu.addAction(export_action)
    window.partner_import_action = import_action
    window.partner_export_action = export_action


def _select_in_list(window: Any, uuid: str) -> None:
    """Keep the Partners list's selection in step with the map (when that tab offers select())."""
    tab = window.tab("partners") if hasattr(window, "tab") else None
    if tab is not None and hasattr(tab, "select"):
        try:
            tab.select(uuid)
        except Exception:  # another tab's API; the map must keep working without it
            return


def ask_import(window: Any) -> None:
    if window.ctx.readonly:
        QMessageBox.information(window, tr("Import partners"), tr("This file is open read-only."))
        return
    name, _ = QFileDialog.getOpenFileName(
        window, tr("Import Partners from Spreadsheet"), "", tr("Spreadsheets (*.xlsx *.csv)")
    )
    if name:
        open_import(window, Path(name))


def open_import(window: Any, path: Path) -> Any:
    from hdesk.ui.dialogs.spreadsheet_import import SpreadsheetImportDialog

    dialog = SpreadsheetImportDialog(window.ctx, path, window)
    dialog.accepted.connect(lambda: window.status(tr("Partners imported: ") + dialog.result_text))
    dialog.open()
    return dialog


def ask_export(window: Any) -> None:
    name, chosen = QFileDialog.getSaveFileName(
        window,
        tr("Export Partners to Spreadsheet"),
        "partners.xlsx",
        tr("Excel workbook (*.xlsx)") + ";;" + tr("CSV, UTF-8 (*.csv)"),
    )
    if not name:
        return
    path = Path(name)
    if path.suffix.lower() not in (".xlsx", ".csv"):
        path = path.with_suffix(".csv" if "csv" in chosen.lower() else ".xlsx")
    export_to(window, path)


def export_to(window: Any, path: Path) -> Any:
    """Write the spreadsheet on a worker thread with its own read-only connection."""
    from hdesk.ui.workers import run_task

    db_path = window.ctx.path

    def work(_progress: Any) -> list[Path]:
        from hdesk.services.records import Records
        from hdesk.services.spreadsheets import export_partners
        from hdesk.store.database import Database

        with Database(db_path, readonly=True) as database:
            return export_partners(Records(database), path)

    def done(written: list[Path]) -> None:
        window.status(tr("Partners exported to {files}.").format(files=", ".join(p.name for p in written)))

    def failed(exc: BaseException) -> None:
        QMessageBox.warning(window, tr("Export partners"), str(exc) or tr("The spreadsheet could not be written."))

    return run_task(work, done, failed)
