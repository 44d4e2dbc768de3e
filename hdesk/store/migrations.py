"""Schema versions: create the current schema, or move an older file forward step by step.

Each step runs in one transaction together with its user_version bump, so a file is always
at exactly one version. Older schemas are kept as the SQL this program once wrote (in
`schemas/`), so an older file from another office can be checked against it before it is
migrated (RELIABILITY.md 16-17).
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import resources

import peewee as pw

from hdesk.store.header import APPLICATION_ID, SCHEMA_VERSION
from hdesk.store.models import Bound


def create_current(db: pw.Database, bound: Bound | None = None) -> None:
    """Create every table of the current schema in an empty database and stamp it."""
    bound = bound or Bound(db)
    db.create_tables(bound.all())
    stamp(db, SCHEMA_VERSION)


def stamp(db: pw.Database, version: int) -> None:
    db.execute_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute_sql(f"PRAGMA user_version = {int(version)}")


def schema_sql(version: int) -> str:
    """The SQL that created version `version` of the schema (older versions only)."""
    return resources.files("hdesk.store").joinpath(f"schemas/v{version}.sql").read_text("utf-8")


def create_version(db: pw.Database, version: int) -> None:
    """Create an empty database at an older schema version (for checks and tests)."""
    if version == SCHEMA_VERSION:
        create_current(db)
        return
    for statement in schema_sql(version).split(";\n"):
        if statement.strip():
            db.execute_sql(statement)
    stamp(db, version)


def _v1_to_v2(db: pw.Database) -> None:
    """v2: agreements with partners, a rolled-over objective's origin, the import log."""
    bound = Bound(db)
    db.create_tables([bound.entity("agreement"), bound.import_log])
    db.execute_sql(
        'ALTER TABLE "objective" ADD COLUMN "origin" TEXT REFERENCES "objective" ("uuid") DEFERRABLE INITIALLY DEFERRED'
    )
    db.execute_sql('CREATE INDEX "objective_origin" ON "objective" ("origin")')


STEPS: dict[int, Callable[[pw.Database], None]] = {2: _v1_to_v2}


def migrate(db: pw.Database, from_version: int) -> None:
    """Run every step from `from_version` to the current version, each in one transaction."""
    for target in range(from_version + 1, SCHEMA_VERSION + 1):
        with db.atomic():
            STEPS[target](db)
            db.execute_sql(f"PRAGMA user_version = {target}")
