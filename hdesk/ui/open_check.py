"""The window's side of a large file's background quick_check (store/background_check.py).

The rows are on screen at once; the check finishes on the second core. When it fails the file
turns read-only (the store refuses every write), the banner says why, and the recovery screen
offers the newest good backup (RELIABILITY.md 4) — the same screen as a check at open.
"""

from __future__ import annotations

import logging
import sqlite3
import sys
import weakref
from types import TracebackType
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer

from hdesk.store.errors import StoreError

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("open_check", text)


_watched: weakref.WeakSet[Any] = weakref.WeakSet()


def watch(window: Any) -> None:
    """If the window's file is still being checked, report the outcome when the check ends.

    Polled from the UI thread (a few times a second) rather than waited for on a worker: the
    thread pool's two threads stay free for the work a person starts meanwhile.
    """
    database = window.ctx.database
    check = database.pending_check
    if check is None:
        return
    _watched.add(window)
    window.status(tr("Checking {name} for damage…").format(name=database.path.name))

    def poll() -> None:
        if check.done:
            finished(window, database)
        elif window.ctx.database is database:
            QTimer.singleShot(100, window, poll)

    QTimer.singleShot(100, window, poll)


def finished(window: Any, database: Any) -> None:
    """On the UI thread once the check has ended (at most once per opened file)."""
    if window.ctx.database is not database or database.pending_check is None:
        return  # another file is open now, or a write (or a damaged read) already collected the result
    problems = database.wait_for_check()
    if not problems:
        window.status(tr("{name} passed its check.").format(name=database.path.name))
        return
    show_damage(window, database, problems)


def show_damage(window: Any, database: Any, problems: list[str]) -> None:
    """Read-only with the reason in the banner, then the offer to restore a backup."""
    from hdesk.ui.dialogs.recovery import offer_recovery

    path = database.path
    window.readonly_reason = tr(
        "{name} is damaged, so it is open read-only. Restore a backup to go on working."
    ).format(name=path.name)
    window.ctx.reloaded.emit()
    restored = offer_recovery(window, path, StoreError("damaged", problems[0]), before_restore=database.close)
    if restored is not None:
        window.reopen(restored)


def install_read_guard() -> None:
    """Route a damaged page read while the check still runs to the damage flow, not a traceback.

    Before the check ends, a tab may read a page the check is about to report; SQLite then
    raises "database disk image is malformed" inside a Qt callback. The guard waits for the
    check (which will have found the damage) and shows the same read-only banner and recovery offer.
    """
    previous = sys.excepthook

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if not (is_damage(value) and _take_damage()):
            previous(kind, value, tb)

    sys.excepthook = hook


def is_damage(error: BaseException) -> bool:
    text = str(error).lower()
    is_db_error = isinstance(error, sqlite3.DatabaseError) or type(error).__name__ == "DatabaseError"
    return is_db_error and ("malformed" in text or "not a database" in text)


def _take_damage() -> bool:
    """True when a window whose file is still being checked takes the error."""
    for window in list(_watched):
        database = window.ctx.database
        if database.pending_check is not None:
            problems = database.wait_for_check()
            if problems:
                QTimer.singleShot(0, lambda w=window, d=database, p=problems: show_damage(w, d, p))
            return True
        if database.check_problems:
            return True  # the damage flow is already under way for this file
    return False
