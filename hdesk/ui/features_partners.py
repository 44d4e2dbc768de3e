"""Partners in depth: the stakeholder map and Follow-ups tabs, and spreadsheet import/export menu items."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox


def tr(text: str) -> str:
    return QCoreApplication.translate("features_partners", text)


def install(window: Any) -> None:
    from hdesk.ui.tabs_followups import FollowUpsTab
    from hdesk.ui.widgets.stakeholder_map import StakeholderMap

    ctx = window.ctx
    stakeholder_map = StakeholderMap(ctx)
    window.add_tab(stakeholder_map, tr("Stakeholder map"), after="partners")
    stakeholder_map.partnerActivated.connect(lambda uuid: window.show_record("partner", uuid))
    stakeholder_map.partnerSelected.connect(lambda uuid: _select_in_list(window, uuid))
    followups = FollowUpsTab(ctx, window.show_record)
    window.add_tab(followups, tr("Follow-ups"), after="stakeholder_map")
    window.stakeholder_map = stakeholder_map
    window.followups = followups
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
