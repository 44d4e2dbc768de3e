"""The one mutation path: every create, update and delete of a synced record goes here.

In the same transaction as the change it writes the per-field live values, the per-record
version vector and a history line, so merging (services.exchange) always has what it needs.
No other code writes an entity table.
"""

from __future__ import annotations

import builtins
import datetime as dt
import json
import uuid as uuidlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from hdesk.core.merge import HybridClock, Stamp
from hdesk.core.schema import ENTITIES, EXISTS, Entity, Kind
from hdesk.core.validation import FieldError, ValidationError, validate
from hdesk.services.table_rows import converters, decode_row, encode, to_column
from hdesk.store.database import Database


@dataclass(frozen=True)
class Change:
    """One field of one record changed: enough to show it, undo it and refresh views."""

    entity: str
    uuid: str
    field: str
    old: Any
    new: Any


@dataclass
class ChangeSet:
    """What one operation changed; the UI refreshes from it and undo reverses it."""

    changes: list[Change] = field(default_factory=list)

    @property
    def entities(self) -> set[str]:
        return {c.entity for c in self.changes}

    def extend(self, other: ChangeSet) -> None:
        self.changes.extend(other.changes)


class NotFound(LookupError):
    """No live record of that entity has that uuid."""


class Records:
    """Create, read, update and delete records of every entity, with merge bookkeeping.

    Args:
        database: the open database (must be writable for mutations).
        clock: hybrid logical clock source; defaults to one resumed from the database.
    """

    def __init__(self, database: Database, clock: HybridClock | None = None):
        self.database = database
        self.m = database.m
        self.clock = clock or HybridClock(int(database.meta("hlc", "0") or 0))
        self._tx: tuple[int, int] | None = None  # (counter, hlc) of the open transaction

    # -- transactions ----------------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[tuple[int, int]]:
        """One user-level operation: one counter tick, one commit, all or nothing."""
        if self._tx is not None:
            yield self._tx
            return
        with self.database.atomic():
            counter = int(self.database.meta("counter", "0") or 0) + 1
            stored_hlc = int(self.database.meta("hlc", "0") or 0)
            self.clock.last = max(self.clock.last, stored_hlc)
            hlc = self.clock.tick()
            self.database.set_meta("counter", str(counter))
            self.database.set_meta("hlc", str(hlc))
            self._tx = (counter, hlc)
            try:
                yield self._tx
            finally:
                self._tx = None

    @property
    def site(self) -> str:
        return self.database.site_id

    # -- reads -----------------------------------------------------------------------------
    def get(self, entity: str, uuid: str, include_deleted: bool = False) -> dict[str, Any]:
        """A record as a dict of field -> value (lists decoded), plus 'uuid' and 'deleted'."""
        model = self.m.entity(entity)
        row = model.select().where(model.uuid == uuid).dicts().get_or_none()
        if row is None or (row["deleted"] and not include_deleted):
            raise NotFound(f"{entity} {uuid}")
        return decode_row(ENTITIES[entity], row)

    def exists(self, entity: str, uuid: str) -> bool:
        model = self.m.entity(entity)
        return model.select().where((model.uuid == uuid) & (model.deleted == False)).exists()  # noqa: E712

    def list(self, entity: str, include_deleted: bool = False, **equals: Any) -> list[dict[str, Any]]:
        """All live records of an entity (optionally filtered by field equality), one query."""
        ent = ENTITIES[entity]
        if all(isinstance(v, str) and k in ent.field_names for k, v in equals.items()):
            return self._list_fast(ent, include_deleted, equals)
        model = self.m.entity(entity)
        query = model.select()
        if not include_deleted:
            query = query.where(model.deleted == False)  # noqa: E712
        for name, value in equals.items():
            query = query.where(getattr(model, name) == value)
        return [decode_row(ent, row) for row in query.dicts()]

    def _list_fast(self, ent: Entity, include_deleted: bool, equals: dict[str, str]) -> builtins.list[dict[str, Any]]:
        """`list` on a plain cursor: the same rows and values without peewee's per-field work (5x faster)."""
        names = [f.name for f in ent.fields]
        sql = 'SELECT uuid, deleted, {} FROM "{}"'.format(", ".join(f'"{n}"' for n in names), ent.name)
        tests: builtins.list[str] = []
        params: builtins.list[Any] = []
        if not include_deleted:
            tests.append("deleted = ?")
            params.append(False)
        for name, value in equals.items():
            tests.append(f'"{name}" = ?')
            params.append(value)
        if tests:
            sql += " WHERE " + " AND ".join(f"({t})" for t in tests)
        fixes = [(name, fix) for name, fix in zip(names, converters(ent), strict=True) if fix is not None]
        out = []
        for uuid, deleted, *values in self.database.db.execute_sql(sql, params):
            row: dict[str, Any] = {"uuid": uuid, "deleted": bool(deleted)}
            row.update(zip(names, values, strict=True))
            for name, fix in fixes:
                row[name] = fix(row[name])
            out.append(row)
        return out

    # -- writes ----------------------------------------------------------------------------
    def create(self, entity: str, values: dict[str, Any], uuid: str | None = None) -> str:
        """Validate and add a record; returns its uuid."""
        ent = ENTITIES[entity]
        clean = validate(ent, values)
        uuid = uuid or str(uuidlib.uuid4())
        with self.transaction():
            self._check_refs(ent, clean)
            model = self.m.entity(entity)
            existing = model.get_or_none(model.uuid == uuid)
            if existing is not None:
                if not existing.deleted:
                    raise ValueError(f"{entity} {uuid} exists already")
                self._write(ent, uuid, {EXISTS: True, **clean}, source="edit")
                return uuid
            row = {name: to_column(ent.field(name).kind, v) for name, v in clean.items()}
            model.insert(uuid=uuid, deleted=False, **row).execute()
            self.m.record.insert(uuid=uuid, entity=entity).on_conflict_ignore().execute()
            self._stamp(ent, uuid, {EXISTS: True, **clean}, old=None, source="edit")
        return uuid

    def update(self, entity: str, uuid: str, changes: dict[str, Any], force: bool = False) -> ChangeSet:
        """Validate and apply an edit of some fields; returns what changed (maybe nothing).

        force: write the given fields even when equal to the shown values (resolving a
        conflict: the new stamp replaces every live value of the field).
        """
        ent = ENTITIES[entity]
        clean = validate(ent, changes, partial=True)
        with self.transaction():
            current = self.get(entity, uuid)
            merged = {**current, **clean}
            range_errors = [e for e in _ranges(ent, merged) if e.field in clean or _start_of(ent, e.field) in clean]
            if range_errors:
                raise ValidationError(entity, range_errors)
            self._check_refs(ent, clean)
            diff = dict(clean) if force else {k: v for k, v in clean.items() if current.get(k) != v}
            if not diff:
                return ChangeSet()
            return self._write(ent, uuid, diff, source="edit", old=current)

    def delete(self, entity: str, uuid: str) -> ChangeSet:
        """Tombstone a record, its children, and clear references to it from other records."""
        result = ChangeSet()
        with self.transaction():
            self.get(entity, uuid)  # NotFound for an unknown or deleted record
            result.extend(self._cascade(entity, uuid))
            result.extend(self._write(ENTITIES[entity], uuid, {EXISTS: False}, source="edit"))
        return result

    def restore(self, entity: str, uuid: str) -> ChangeSet:
        """Bring back a deleted record (undo of a delete)."""
        with self.transaction():
            self.get(entity, uuid, include_deleted=True)
            return self._write(ENTITIES[entity], uuid, {EXISTS: True}, source="edit")

    def revert(self, changes: ChangeSet) -> ChangeSet:
        """Apply the inverse of a change set, newest change first (the engine of undo)."""
        out = ChangeSet()
        born = _created(changes)
        with self.transaction():
            for change in reversed(changes.changes):
                if change.uuid in born and change.field != EXISTS:
                    continue  # undoing an add tombstones the record; its first values stay with it
                if change.field == EXISTS:
                    ent = ENTITIES[change.entity]
                    out.extend(self._write(ent, change.uuid, {EXISTS: bool(change.old)}, source="edit"))
                elif self.exists(change.entity, change.uuid):
                    out.extend(self.update(change.entity, change.uuid, {change.field: change.old}))
        return out

    def reapply(self, changes: ChangeSet) -> ChangeSet:
        """Apply a change set again, oldest first (the engine of redo)."""
        out = ChangeSet()
        born = _created(changes)
        with self.transaction():
            for change in changes.changes:
                if change.uuid in born and change.field != EXISTS:
                    continue
                if change.field == EXISTS:
                    ent = ENTITIES[change.entity]
                    out.extend(self._write(ent, change.uuid, {EXISTS: bool(change.new)}, source="edit"))
                elif self.exists(change.entity, change.uuid):
                    out.extend(self.update(change.entity, change.uuid, {change.field: change.new}))
        return out

    # -- internals -------------------------------------------------------------------------
    def _check_refs(self, ent: Entity, values: dict[str, Any]) -> None:
        errors = []
        for f in ent.fields:
            value = values.get(f.name)
            if f.kind == Kind.REF and value is not None and not self.exists(f.ref, value):
                errors.append(FieldError(f.name, "missing_parent"))
        if errors:
            raise ValidationError(ent.name, errors)

    def _cascade(self, entity: str, uuid: str) -> ChangeSet:
        out = ChangeSet()
        for other in ENTITIES.values():
            model = self.m.entity(other.name)
            for f in other.fields:
                if f.kind == Kind.REF and f.ref == entity:
                    rows = model.select(model.uuid).where((getattr(model, f.name) == uuid) & (model.deleted == False))  # noqa: E712
                    for (child,) in rows.tuples():
                        if child == uuid:
                            continue
                        if f.name in other.parents:
                            out.extend(self.delete(other.name, child))
                        else:
                            out.extend(self.update(other.name, child, {f.name: None}))
                elif f.kind == Kind.LIST and f.ref == entity:
                    rows = model.select(model.uuid, getattr(model, f.name)).where(
                        (getattr(model, f.name).contains(uuid)) & (model.deleted == False)  # noqa: E712
                    )
                    for child, raw in rows.tuples():
                        items = json.loads(raw or "[]")
                        if uuid in items:
                            out.extend(self.update(other.name, child, {f.name: [i for i in items if i != uuid]}))
        return out

    def _write(
        self, ent: Entity, uuid: str, values: dict[str, Any], source: str, old: dict[str, Any] | None = None
    ) -> ChangeSet:
        model = self.m.entity(ent.name)
        if old is None:
            old = self.get(ent.name, uuid, include_deleted=True)
        columns: dict[str, Any] = {}
        for name, value in values.items():
            if name == EXISTS:
                columns["deleted"] = not value
            else:
                columns[name] = to_column(ent.field(name).kind, value)
        model.update(**columns).where(model.uuid == uuid).execute()
        if EXISTS not in values:
            values = {**values, EXISTS: True}  # every edit re-asserts that the record exists
        return self._stamp(ent, uuid, values, old=old, source=source)

    def _stamp(
        self, ent: Entity, uuid: str, values: dict[str, Any], old: dict[str, Any] | None, source: str
    ) -> ChangeSet:
        assert self._tx is not None
        counter, hlc = self._tx
        site = self.site
        fv = self.m.field_value
        fv.delete().where((fv.uuid == uuid) & (fv.field.in_(list(values)))).execute()
        fv.insert_many(
            [
                {"uuid": uuid, "field": name, "site": site, "counter": counter, "hlc": hlc, "value": encode(value)}
                for name, value in values.items()
            ]
        ).execute()
        self.m.record_vv.insert(uuid=uuid, site=site, counter=counter).on_conflict_replace().execute()
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        changes = ChangeSet()
        lines = []
        for name, value in values.items():
            if name == EXISTS:
                before = None if old is None else not old.get("deleted", False)
            else:
                before = None if old is None else old.get(name)
            if old is not None and before == value:
                continue
            changes.changes.append(Change(ent.name, uuid, name, before, value))
            lines.append(
                {
                    "uuid": uuid,
                    "entity": ent.name,
                    "field": name,
                    "old": None if before is None else encode(before),
                    "new": encode(value),
                    "site": site,
                    "hlc": hlc,
                    "at": now,
                    "source": source,
                }
            )
        if lines:
            self.m.history.insert_many(lines).execute()
        return changes


def _created(changes: ChangeSet) -> set[str]:
    """Records that a change set brought into being (their exists-field went from nothing to True)."""
    return {c.uuid for c in changes.changes if c.field == EXISTS and c.old is None and c.new is True}


def _ranges(ent: Entity, values: dict[str, Any]) -> list[FieldError]:
    from hdesk.core.validation import check_ranges

    return check_ranges(ent, values)


def _start_of(ent: Entity, end: str) -> str:
    for start, stop in ent.ranges:
        if stop == end:
            return start
    return ""


def live_stamps(database: Database, uuid: str) -> dict[str, list[Stamp]]:
    """field -> live values of one record (the merge bookkeeping, for checks and the UI)."""
    fv = database.m.field_value
    out: dict[str, list[Stamp]] = {}
    for row in fv.select().where(fv.uuid == uuid).dicts():
        out.setdefault(row["field"], []).append(Stamp(row["hlc"], row["site"], row["counter"], row["value"]))
    return out
