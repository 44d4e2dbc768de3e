"""Undoable creates: the undo step of an add is "the record exists", not each field's first value.

Reverting field by field would set required fields back to nothing and be refused, so an add
hands the undo stack one change of the hidden exists field; undo tombstones, redo restores.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hdesk.core.schema import EXISTS
from hdesk.services.records import Change, ChangeSet
from hdesk.ui.context import AppContext


def created(entity: str, uuid: str) -> ChangeSet:
    return ChangeSet([Change(entity, uuid, EXISTS, None, True)])


def create_record(ctx: AppContext, text: str, entity: str, values: dict[str, Any], uuid: str | None = None) -> str:
    """Create one record as one undo step; returns its uuid (ValidationError as records.create)."""
    made: list[str] = []

    def run() -> ChangeSet:
        made.append(ctx.records.create(entity, values, uuid=uuid))
        return created(entity, made[0])

    ctx.edit(text, run)
    return made[0]


def create_many(ctx: AppContext, text: str, make: Callable[[], list[tuple[str, str]]]) -> list[str]:
    """Run `make` (which creates records and returns (entity, uuid) pairs) as one undo step."""
    made: list[tuple[str, str]] = []

    def run() -> ChangeSet:
        out = ChangeSet()
        with ctx.records.transaction():
            made.extend(make())
        for entity, uuid in made:
            out.extend(created(entity, uuid))
        return out

    ctx.edit(text, run)
    return [uuid for _entity, uuid in made]
