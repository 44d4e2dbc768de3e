"""Composition root of the GUI: paths -> Database -> AppContext -> MainWindow.

The one module that sees every layer; everything else receives what it needs.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from hdesk import paths
from hdesk.settings import Settings

if TYPE_CHECKING:
    from hdesk.ui.context import AppContext
    from hdesk.ui.main_window import MainWindow


def run_gui(args: argparse.Namespace) -> int:
    """Start the window on the chosen file; returns the exit code."""
    if getattr(args, "self_test", False):
        from hdesk.ui.selftest import run_self_test

        return int(run_self_test(args))

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("hdesk")
    app.setOrganizationName("hdesk")
    settings = Settings.load()
    lang = getattr(args, "lang", None) or settings.language
    from hdesk.ui.i18n import install_translators

    install_translators(app, lang)
    path, create, demo = choose_file(args)
    # The window first, the file after its first paint: a person sees hdesk at once, and the
    # database, its check and the tabs' modules load while the frame is already on screen.
    from hdesk.ui.main_window import MainWindow

    window = MainWindow(None, defer_features=True, opening=path.name)
    window.build_tabs_when_idle = True
    window.show()
    failed: list[int] = []

    def open_file() -> None:
        from PySide6.QtGui import QIcon

        icon = _resource("icons", "hdesk.svg")  # after the first paint: it loads Qt's SVG plugin
        if icon is not None:
            app.setWindowIcon(QIcon(str(icon)))
        if not _open_into(window, settings, path, create, demo, lang):
            failed.append(1)
            window.close()
            app.exit(1)

    window.after_first_paint(open_file)
    code = app.exec()
    ctx = getattr(window, "ctx", None)
    if ctx is not None:
        ctx.database.close()
    return 1 if failed else int(code)


def _open_into(window: MainWindow, settings: Settings, path: Path, create: bool, demo: bool, lang: str) -> bool:
    """Open `path` (dialogs for removable, read-only or damaged files) into the shown window."""
    from hdesk.services.exchange.incoming import sweep_temp
    from hdesk.store.errors import StoreError
    from hdesk.ui.context import AppContext
    from hdesk.ui.dialogs.open_file import open_database
    from hdesk.ui.open_check import install_read_guard, is_damage

    install_read_guard()
    sweep_temp()  # plaintext copies a killed import left behind (RELIABILITY.md 11)
    while True:
        opened = open_database(window, path, create=create)
        if opened is None:
            return False
        database, reason = opened
        if demo and create and not database.readonly:
            from hdesk.services.demo import fill_demo
            from hdesk.services.records import Records

            fill_demo(Records(database), lang)
        try:
            window.attach(AppContext(database, settings), reason)
            break
        except Exception as exc:  # a large file's damage met while its check still ran
            if not is_damage(exc):
                raise
            database.close()
            from hdesk.ui.dialogs.recovery import offer_recovery

            if offer_recovery(window, database.path, StoreError("damaged", str(exc))) is None:
                return False
            path, create = database.path, False
    from hdesk.services import queries
    from hdesk.ui import main_files

    main_files.remember(window, database.path)
    if not database.readonly and not queries.plans(window.ctx.records):
        main_files.first_run(window)
    return True


def choose_file(args: argparse.Namespace) -> tuple[Path, bool, bool]:
    """(path, create it if missing, it is the demo) from the command line."""
    if getattr(args, "file", None):
        return Path(args.file), False, False
    if getattr(args, "demo", False):
        path = paths.demo_database(getattr(args, "lang", None) or Settings.load().language)
        return path, not path.exists(), True
    path = paths.default_database()
    return path, not path.exists(), False


def _resource(*parts: str) -> Path | None:
    try:
        path = paths.resource(*parts)
    except FileNotFoundError:
        return None
    return path if path.exists() else None


def open_context(path: Path | str, settings: Settings, readonly: bool = False) -> AppContext:
    """An AppContext on `path` (no dialogs): for the self-test and tests."""
    from hdesk.store.database import Database
    from hdesk.ui.context import AppContext

    database = Database(Path(path), readonly=readonly, backup_dir=paths.backup_dir(), check_later=True)
    return AppContext(database, settings)


def build_main_window(ctx: AppContext, readonly_reason: str = "", defer_features: bool = False) -> MainWindow:
    """The main window on an open context, with every installed feature (after its first paint
    when `defer_features`)."""
    from hdesk.ui.main_window import MainWindow

    return MainWindow(ctx, readonly_reason, defer_features=defer_features)
