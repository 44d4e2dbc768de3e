"""What every window, tab and dialog receives: the open file, its services, and one change signal.

Constructors take an AppContext instead of reaching for globals (STYLE.md habit 2).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from hdesk.services.records import ChangeSet, Records
from hdesk.settings import Settings
from hdesk.store.database import Database


class AppContext(QObject):
    """The open database and the services on it.

    Signals:
        changed(object): a ChangeSet after every edit, undo, redo, import or merge;
            views refresh the entities it names.
        reloaded(): everything may have changed (another file, a merge, a restore).
    """

    changed = Signal(object)
    reloaded = Signal()

    def __init__(self, database: Database, settings: Settings, parent: QObject | None = None):
        super().__init__(parent)
        self.database = database
        self.records = Records(database)
        self.settings = settings
        self.undo_stack = QUndoStack(self)
        self.plan_year: int | None = None  # which plan the tabs show (None: the latest)
        self.opening = False  # the main window is being built and shown for the first time
        self.lazy_tabs = False  # set by the main window: hidden tabs load when first shown (ui/lazy.py)

    @property
    def path(self) -> Path:
        return self.database.path

    @property
    def readonly(self) -> bool:
        return self.database.readonly

    def edit(self, text: str, action: Callable[[], ChangeSet | str | None], merge_key: object = None) -> object:
        """Run one user edit now and put it on the undo stack; returns the action's result.

        Args:
            text: the undo menu's words for it ("Edit partner name").
            action: calls services and returns the ChangeSet (or a created uuid).
            merge_key: consecutive edits with the same key (e.g. typing in one field) undo together.
        Raises:
            whatever the action raises (ValidationError, NotFound); nothing is pushed then.
        """
        from hdesk.ui.undo import EditCommand

        command = EditCommand(self, text, action, merge_key)
        result = command.first_run()
        if command.changes.changes:
            self.undo_stack.push(command)
        return result

    def notify(self, changes: ChangeSet) -> None:
        self.changed.emit(changes)
