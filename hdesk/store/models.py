"""Peewee models: one table per entity of core.schema, plus the merge bookkeeping.

Entity tables hold the current ("winning") values for queries and the UI; the bookkeeping
tables (field_value, record_vv, history) hold what merging needs. Only services.records
writes either, and always both in one transaction.
"""

from __future__ import annotations

from typing import Any

import peewee as pw

from hdesk.core.schema import ENTITIES, ENTITY_ORDER, Entity, Kind

proxy = pw.DatabaseProxy()


class BaseModel(pw.Model):
    class Meta:
        database = proxy
        legacy_table_names = False


class Meta(BaseModel):
    """Key/value facts about this copy: site id, counters, office identity."""

    key = pw.TextField(primary_key=True)
    value = pw.TextField()


class Record(BaseModel):
    """Which entity a uuid belongs to (also for tombstones)."""

    uuid = pw.TextField(primary_key=True)
    entity = pw.TextField(index=True)


class FieldValue(BaseModel):
    """A live value of one field (several when offices edited it concurrently)."""

    uuid = pw.TextField()
    field = pw.TextField()
    site = pw.TextField()
    counter = pw.IntegerField()
    hlc = pw.IntegerField()
    value = pw.TextField()

    class Meta:
        primary_key = pw.CompositeKey("uuid", "field", "site")


class RecordVV(BaseModel):
    """Per-record version vector: the highest counter of each site seen for the record."""

    uuid = pw.TextField()
    site = pw.TextField()
    counter = pw.IntegerField()

    class Meta:
        table_name = "record_vv"
        primary_key = pw.CompositeKey("uuid", "site")


class History(BaseModel):
    """One line per changed field: old -> new, which office, when, and why."""

    id = pw.AutoField()
    uuid = pw.TextField(index=True)
    entity = pw.TextField()
    field = pw.TextField()
    old = pw.TextField(null=True)
    new = pw.TextField(null=True)
    site = pw.TextField()
    hlc = pw.IntegerField()
    at = pw.TextField()
    source = pw.TextField()  # edit | merge | conflict | resolve


class ImportLog(BaseModel):
    """One line per exchange import: where from, what it did."""

    id = pw.AutoField()
    at = pw.TextField()
    source_site = pw.TextField()
    source_office = pw.TextField()
    file_sha256 = pw.TextField()
    created = pw.IntegerField(default=0)
    updated = pw.IntegerField(default=0)
    deleted = pw.IntegerField(default=0)
    conflicts = pw.IntegerField(default=0)
    details = pw.TextField(default="{}")

    class Meta:
        table_name = "import_log"


def _column(field_kind: Kind, ref: str) -> pw.Field:
    if field_kind == Kind.INT:
        return pw.IntegerField(null=True)
    if field_kind == Kind.NUMBER:
        return pw.FloatField(null=True)
    if field_kind == Kind.BOOL:
        return pw.BooleanField(default=False)
    if field_kind == Kind.REF:
        return pw.TextField(
            null=True, index=True, constraints=[pw.SQL(f'REFERENCES "{ref}" ("uuid") DEFERRABLE INITIALLY DEFERRED')]
        )
    if field_kind == Kind.LIST:
        return pw.TextField(default="[]")
    return pw.TextField(null=True)


def _build(ent: Entity) -> type[BaseModel]:
    attrs: dict[str, Any] = {
        "uuid": pw.TextField(primary_key=True),
        "deleted": pw.BooleanField(default=False, index=True),
        "__module__": __name__,
    }
    for f in ent.fields:
        attrs[f.name] = _column(f.kind, f.ref)
    attrs["Meta"] = type("Meta", (), {"table_name": ent.name})
    name = "".join(part.title() for part in ent.name.split("_"))
    return type(name, (BaseModel,), attrs)


MODELS: dict[str, Any] = {name: _build(ENTITIES[name]) for name in ENTITY_ORDER}
BOOKKEEPING: tuple[type[BaseModel], ...] = (Meta, Record, FieldValue, RecordVV, History, ImportLog)
ALL_MODELS: tuple[type[BaseModel], ...] = BOOKKEEPING + tuple(MODELS[n] for n in ENTITY_ORDER)


def model(entity_name: str) -> Any:
    """The peewee model class of an entity."""
    return MODELS[entity_name]


class Bound:
    """The models bound to one open database, so several files can be open at once.

    Attributes mirror the bookkeeping models; `entity(name)` gives an entity's model. Each is
    made on first use: building all seventeen classes cost ~20 ms of every open.
    """

    def __init__(self, db: pw.Database):
        self._db = db
        self._made: dict[str, Any] = {}

    def _get(self, name: str, cls: type[BaseModel]) -> Any:
        bound = self._made.get(name)
        if bound is None:
            bound = self._made[name] = _rebind(cls, self._db)
        return bound

    @property
    def meta(self) -> Any:
        return self._get("_meta", Meta)

    @property
    def record(self) -> Any:
        return self._get("_record", Record)

    @property
    def field_value(self) -> Any:
        return self._get("_field_value", FieldValue)

    @property
    def record_vv(self) -> Any:
        return self._get("_record_vv", RecordVV)

    @property
    def history(self) -> Any:
        return self._get("_history", History)

    @property
    def import_log(self) -> Any:
        return self._get("_import_log", ImportLog)

    def entity(self, name: str) -> Any:
        return self._get(name, MODELS[name])

    def all(self) -> list[Any]:
        return [
            self.meta,
            self.record,
            self.field_value,
            self.record_vv,
            self.history,
            self.import_log,
            *(self.entity(name) for name in ENTITY_ORDER),
        ]


def _rebind(cls: type[BaseModel], db: pw.Database) -> Any:
    meta = type("Meta", (), {"database": db, "table_name": cls._meta.table_name})
    return type(cls.__name__, (cls,), {"Meta": meta, "__module__": __name__})
