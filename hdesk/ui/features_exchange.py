"""USB exchange in the window: File → Export for / Import from Another Office…, a Conflicts tab
(also reachable from Edit → Conflicts), and the history dialog behind each record's History… button.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction


def tr(text: str) -> str:
    return QCoreApplication.translate("features_exchange", text)


def install(window: Any) -> None:
    menus = getattr(window, "menus", None) or {}
    file_menu = menus.get("file")
    export = QAction(tr("Export for Another Office…"), window)
    export.setObjectName("exchange_export_action")
    export.setStatusTip(tr("Write a file to carry to another office (optionally with a passphrase)"))
    export.triggered.connect(lambda: open_export(window))
    imp = QAction(tr("Import from Another Office…"), window)
    imp.setObjectName("exchange_import_action")
    imp.setStatusTip(tr("Merge a file from another office; you see what changes before it is applied"))
    imp.triggered.connect(lambda: open_import(window))
    if file_menu is not None:
        file_menu.addSeparator()
        file_menu.addAction(export)
        file_menu.addAction(imp)
    window.exchange_export_action = export
    window.exchange_import_action = imp
    if hasattr(window, "add_tab"):
        window.add_tab(lambda: _conflicts_view(window), tr("Conflicts"), name="conflicts", alias="conflicts_view")
    edit_menu = menus.get("edit")
    if edit_menu is not None:
        show = QAction(tr("Conflicts"), window)
        show.setObjectName("exchange_conflicts_action")
        show.triggered.connect(lambda: _show_conflicts(window))
        edit_menu.addAction(show)
    window.ctx.reloaded.connect(lambda: _update(window))
    _update(window)


def _conflicts_view(window: Any) -> Any:
    from hdesk.ui.dialogs.conflicts import ConflictsView

    return ConflictsView(window.ctx, window)


def _update(window: Any) -> None:
    writable = not window.ctx.readonly
    window.exchange_import_action.setEnabled(writable)


def _show_conflicts(window: Any) -> None:
    tabs = getattr(window, "tabs", None)
    if tabs is not None:
        tabs.setCurrentWidget(window.conflicts_view)


def open_export(window: Any) -> Any:
    from hdesk.ui.dialogs.exchange_export import ExportDialog

    dialog = ExportDialog(window.ctx, window)
    dialog.open()
    return dialog


def open_import(window: Any) -> Any:
    from hdesk.ui.dialogs.exchange_import import ImportDialog

    dialog = ImportDialog(window.ctx, window)
    dialog.open()
    return dialog
