"""Undo/redo of every edit, add and delete through one QUndoStack (STYLE.md habit 7).

A command runs its service call once when the user acts; undo applies the inverse of the
ChangeSet the call returned, redo applies it again. Typing bursts in one field merge.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from hdesk.services.records import ChangeSet

if TYPE_CHECKING:
    from hdesk.ui.context import AppContext

MERGE_ID = 4711


class EditCommand(QUndoCommand):
    def __init__(
        self,
        ctx: AppContext,
        text: str,
        action: Callable[[], ChangeSet | str | None],
        merge_key: object = None,
    ):
        super().__init__(text)
        self.ctx = ctx
        self.action = action
        self.merge_key = merge_key
        self.changes = ChangeSet()
        self._ran = False

    def first_run(self) -> object:
        """Do the edit; record what changed (the history lines written in this transaction)."""
        before = _last_history_id(self.ctx)
        result = self.action()
        if isinstance(result, ChangeSet):
            self.changes = result
        else:
            self.changes = _changes_since(self.ctx, before)
        self._ran = True
        if self.changes.changes:
            self.ctx.notify(self.changes)
        return result

    def redo(self) -> None:
        if self._ran:  # QUndoStack.push calls redo() right away: the edit is already done
            self._ran = False
            return
        self.ctx.notify(self.ctx.records.reapply(self.changes))

    def undo(self) -> None:
        self.ctx.notify(self.ctx.records.revert(self.changes))

    def id(self) -> int:
        return MERGE_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditCommand) or other.merge_key != self.merge_key:
            return False
        self.changes.extend(other.changes)
        return True


def _last_history_id(ctx: AppContext) -> int:
    history = ctx.database.m.history
    row = history.select(history.id).order_by(history.id.desc()).first()
    return row.id if row else 0


def _changes_since(ctx: AppContext, history_id: int) -> ChangeSet:
    """Rebuild a ChangeSet from history lines (for actions that return a uuid, e.g. create)."""
    import json

    from hdesk.services.records import Change

    history = ctx.database.m.history
    out = ChangeSet()
    for row in history.select().where(history.id > history_id).order_by(history.id):
        old = None if row.old is None else json.loads(row.old)
        out.changes.append(Change(row.entity, row.uuid, row.field, old, json.loads(row.new)))
    return out
