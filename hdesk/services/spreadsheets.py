"""Partners and their contacts to and from spreadsheets (.xlsx, .csv), with a plan before any write.

Offices keep partner lists in Excel; this is the door in and out. An import is planned first
(`plan_import`: what would be created, updated, skipped as a likely duplicate, or refused), so the
CLI's --dry-run and the GUI's preview show exactly what `apply_import` will then do in one
transaction. One bad cell refuses the whole import.
"""

from __future__ import annotations

import uuid as uuidlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hdesk.core.schema import ENTITIES, EXISTS
from hdesk.core.validation import FieldError, ValidationError, describe, fold, is_uuid, validate
from hdesk.services.records import Change, ChangeSet, Records
from hdesk.services.spreadsheet_io import Formula, SheetError, as_text, read_tables, write_csv, write_xlsx
from hdesk.services.spreadsheet_words import code_for, codes_for_list

PARTNER_COLUMNS = (
    "uuid",
    "name",
    "kind",
    "country",
    "influence",
    "interest",
    "stance",
    "stage",
    "notes",
    "concerns",
    "concern_note",
)
CONTACT_COLUMNS = ("uuid", "partner_uuid", "partner_name", "name", "position", "phone", "email", "language", "notes")
_CONTACT_FIELDS = ("name", "position", "phone", "email", "language", "notes")

_EXTRA_ENGLISH = {
    "bad_uuid": "uuid must look like 0f8fad5b-d9cb-469f-a165-70867728950e or be empty",
    "duplicate_uuid": "this uuid appears on an earlier row too",
    "formula": "{field} holds a formula; hdesk never calculates formulas, paste the value instead",
    "unknown_partner": "{field} does not name a partner in this file or the database",
    "ambiguous_partner": "{field} matches more than one partner; give partner_uuid instead",
    "missing_column": "the sheet has no “{field}” column",
    "duplicate_column": "the column “{field}” appears twice",
}


class ImportRefused(Exception):
    """apply_import was given a plan with problems; nothing was written."""


@dataclass(frozen=True)
class Problem:
    """One reason a row (or the file) is refused: sheet, spreadsheet line, column, code."""

    sheet: str
    line: int
    column: str
    code: str
    limit: object = None

    def sentence(self) -> str:
        """English words for the CLI (the GUI translates the code itself)."""
        if self.code in _EXTRA_ENGLISH:
            return _EXTRA_ENGLISH[self.code].format(field=self.column.replace("_", " "))
        return describe(FieldError(self.column, self.code, self.limit))


@dataclass
class PlannedRow:
    """One row that will be written: `values` are all fields for a create, the changed ones for an update."""

    entity: str
    sheet: str
    line: int
    uuid: str
    action: str  # create | update | unchanged
    values: dict[str, Any]
    label: str


@dataclass(frozen=True)
class Duplicate:
    """A row without uuid that looks like an existing record (existing_uuid) or an earlier row (earlier_line)."""

    entity: str
    sheet: str
    line: int
    label: str
    existing_uuid: str = ""
    earlier_line: int = 0


@dataclass
class ImportPlan:
    source: Path
    rows: list[PlannedRow] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    ignored_columns: list[tuple[str, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def count(self, entity: str, action: str) -> int:
        return sum(1 for r in self.rows if r.entity == entity and r.action == action)

    @property
    def bad_lines(self) -> list[tuple[str, int]]:
        return sorted({(p.sheet, p.line) for p in self.problems})


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int
    backup: Path | None
    changes: ChangeSet = field(default_factory=ChangeSet)  # undo: creates revert to deleted, updates to old


# -- export ----------------------------------------------------------------------------------------
def contacts_sibling(path: Path) -> Path:
    """partners.csv -> partners.contacts.csv: where a CSV export puts the contacts."""
    return path.with_name(path.stem + ".contacts.csv")


def partner_rows(records: Records) -> tuple[list[list[Any]], list[list[Any]]]:
    """The rows of the Partners and Contacts sheets, ordered by partner name."""
    partners = sorted(records.list("partner"), key=lambda p: (fold(p["name"] or ""), p["uuid"]))
    names = {p["uuid"]: p["name"] for p in partners}
    prows = []
    for p in partners:
        values = {**p, "concerns": ";".join(p["concerns"] or [])}
        prows.append([values.get(c) for c in PARTNER_COLUMNS])
    contacts = [c for c in records.list("contact") if c["partner"] in names]
    contacts.sort(key=lambda c: (fold(names[c["partner"]] or ""), fold(c["name"] or ""), c["uuid"]))
    crows = []
    for c in contacts:
        values = {**c, "partner_uuid": c["partner"], "partner_name": names[c["partner"]]}
        crows.append([values.get(col) for col in CONTACT_COLUMNS])
    return prows, crows


def export_partners(records: Records, path: Path, delimiter: str = ",") -> list[Path]:
    """Write partners (and contacts) to .xlsx (two sheets) or .csv (+ a .contacts.csv sibling)."""
    path = Path(path)
    prows, crows = partner_rows(records)
    if path.suffix.lower() == ".xlsx":
        write_xlsx(path, [("Partners", PARTNER_COLUMNS, prows), ("Contacts", CONTACT_COLUMNS, crows)])
        return [path]
    if path.suffix.lower() == ".csv":
        write_csv(path, PARTNER_COLUMNS, prows, delimiter)
        write_csv(contacts_sibling(path), CONTACT_COLUMNS, crows, delimiter)
        return [path, contacts_sibling(path)]
    raise SheetError("not_xlsx", f"{path.name}: choose a name ending in .xlsx or .csv.")


# -- planning --------------------------------------------------------------------------------------
def plan_import(records: Records, path: Path, contacts: Path | None = None) -> ImportPlan:
    """Read a spreadsheet and decide, row by row, what an import would do. Writes nothing.

    Raises:
        SheetError: the file itself cannot be read (one sentence).
    """
    path = Path(path)
    tables = read_tables(path)
    if path.suffix.lower() == ".csv":
        partners = next(iter(tables.values()))
        contacts = contacts or (contacts_sibling(path) if contacts_sibling(path).is_file() else None)
        contact_table = next(iter(read_tables(contacts).values())) if contacts else None
    else:
        partners = tables.get("partners") or next(iter(tables.values()))
        contact_table = tables.get("contacts") if partners is not tables.get("contacts") else None
    plan = ImportPlan(path)
    _Planner(records, plan).run(partners, contact_table)
    return plan


class _Planner:
    def __init__(self, records: Records, plan: ImportPlan):
        self.records = records
        self.plan = plan
        everyone = records.list("partner", include_deleted=True)
        self.partners = {p["uuid"]: p for p in everyone if not p["deleted"]}
        self.deleted = {p["uuid"] for p in everyone if p["deleted"]}
        self.keys: dict[tuple[str, str], tuple[str, int]] = {}  # name+country -> (uuid, line or 0)
        for p in self.partners.values():
            self.keys.setdefault(_key(p["name"], p["country"]), (p["uuid"], 0))
        self.seen: dict[str, int] = {}

    def run(self, partners: Any, contacts: Any) -> None:
        columns = self._columns(partners, PARTNER_COLUMNS, required=("name",))
        if columns is not None:
            for row in partners.rows:
                self._partner(partners.name, row.line, {c: _cell(row.cells, i) for c, i in columns.items()})
        if contacts is not None:
            columns = self._columns(contacts, CONTACT_COLUMNS, required=("name",))
            if columns is not None:
                self._prepare_contacts()
                for row in contacts.rows:
                    self._contact(contacts.name, row.line, {c: _cell(row.cells, i) for c, i in columns.items()})

    def _columns(self, table: Any, known: tuple[str, ...], required: tuple[str, ...]) -> dict[str, int] | None:
        columns: dict[str, int] = {}
        ok = True
        for index, raw in enumerate(table.header):
            name = raw.strip().lower().replace(" ", "_")
            if not name:
                continue
            if name not in known:
                self.plan.ignored_columns.append((table.name, raw))
            elif name in columns:
                self.plan.problems.append(Problem(table.name, 1, name, "duplicate_column"))
                ok = False
            else:
                columns[name] = index
        for name in required:
            if name not in columns:
                self.plan.problems.append(Problem(table.name, 1, name, "missing_column"))
                ok = False
        return columns if ok else None

    def _uuid(self, sheet: str, line: int, raw: Any) -> tuple[str, bool]:
        """The row's uuid ('' when none) and whether it is acceptable."""
        text = as_text(raw).strip().lower()
        if not text:
            return "", True
        if not is_uuid(text):
            self.plan.problems.append(Problem(sheet, line, "uuid", "bad_uuid"))
            return text, False
        if text in self.seen:
            self.plan.problems.append(Problem(sheet, line, "uuid", "duplicate_uuid"))
            return text, False
        self.seen[text] = line
        return text, True

    def _values(self, sheet: str, line: int, cells: dict[str, Any], names: tuple[str, ...], update: bool) -> Any:
        values: dict[str, Any] = {}
        refused: set[str] = set()
        for name in names:
            if name not in cells:
                continue
            raw = cells[name]
            if isinstance(raw, Formula):
                self.plan.problems.append(Problem(sheet, line, name, "formula"))
                refused.add(name)
                continue
            if name in ("influence", "interest"):
                value: Any = raw.strip() if isinstance(raw, str) else raw
            elif name in ("kind", "stance", "stage"):
                value = code_for(name, as_text(raw))
            elif name == "concerns":
                value = codes_for_list(name, as_text(raw))
            else:
                value = as_text(raw)
            if value in ("", None, []) and not update:
                continue  # a new record takes the field's default
            values[name] = None if value == "" else value
        return values, refused

    def _check(self, entity: str, sheet: str, line: int, values: dict[str, Any], partial: bool, skip: set[str]) -> Any:
        try:
            return validate(ENTITIES[entity], values, partial=partial)
        except ValidationError as exc:
            for error in exc.errors:
                if error.field in skip:
                    continue  # already reported in other words
                column = "partner_uuid" if error.field == "partner" else error.field
                self.plan.problems.append(Problem(sheet, line, column, error.code, error.limit))
            return None

    def _partner(self, sheet: str, line: int, cells: dict[str, Any]) -> None:
        uuid, uuid_ok = self._uuid(sheet, line, cells.get("uuid"))
        current = self.partners.get(uuid)
        values, refused = self._values(sheet, line, cells, ENTITIES["partner"].field_names, current is not None)
        clean = self._check("partner", sheet, line, values, current is not None, refused)
        if clean is None or refused or not uuid_ok:
            return
        if current is not None:
            changes = {k: v for k, v in clean.items() if current.get(k) != v}
            merged = {**current, **clean}
            self.partners[uuid] = merged
            action = "update" if changes else "unchanged"
            self.plan.rows.append(PlannedRow("partner", sheet, line, uuid, action, changes, merged["name"]))
            return
        key = _key(clean["name"], clean.get("country"))
        if not uuid and key in self.keys:
            existing, earlier = self.keys[key]
            self.plan.duplicates.append(
                Duplicate("partner", sheet, line, clean["name"], "" if earlier else existing, earlier)
            )
            return
        uuid = uuid or str(uuidlib.uuid4())
        self.keys.setdefault(key, (uuid, line))
        self.partners[uuid] = {**clean, "uuid": uuid}
        self.plan.rows.append(PlannedRow("partner", sheet, line, uuid, "create", clean, clean["name"]))

    def _prepare_contacts(self) -> None:
        self.by_name: dict[str, list[str]] = {}
        for uuid, p in self.partners.items():
            self.by_name.setdefault(_norm(p.get("name")), []).append(uuid)
        self.contacts = {c["uuid"]: c for c in self.records.list("contact")}
        self.contact_keys = {(c["partner"], _norm(c["name"])): (c["uuid"], 0) for c in self.contacts.values()}
        self.seen = {}

    def _contact(self, sheet: str, line: int, cells: dict[str, Any]) -> None:
        uuid, uuid_ok = self._uuid(sheet, line, cells.get("uuid"))
        current = self.contacts.get(uuid)
        partner = self._contact_partner(sheet, line, cells)
        values, refused = self._values(sheet, line, cells, _CONTACT_FIELDS, update=current is not None)
        if partner:
            values["partner"] = partner
        elif current is None and partner == "":
            values["partner"] = None  # reported as a required partner
        partial = current is not None
        if partner is None:
            refused.add("partner")
        clean = self._check("contact", sheet, line, values, partial, refused)
        if clean is None or refused or not uuid_ok:
            return
        if current is not None:
            changes = {k: v for k, v in clean.items() if current.get(k) != v}
            action = "update" if changes else "unchanged"
            label = clean.get("name") or current["name"]
            self.plan.rows.append(PlannedRow("contact", sheet, line, uuid, action, changes, label))
            return
        key = (clean["partner"], _norm(clean["name"]))
        if not uuid and key in self.contact_keys:
            existing, earlier = self.contact_keys[key]
            self.plan.duplicates.append(
                Duplicate("contact", sheet, line, clean["name"], "" if earlier else existing, earlier)
            )
            return
        uuid = uuid or str(uuidlib.uuid4())
        self.contact_keys[key] = (uuid, line)
        self.plan.rows.append(PlannedRow("contact", sheet, line, uuid, "create", clean, clean["name"]))

    def _contact_partner(self, sheet: str, line: int, cells: dict[str, Any]) -> str | None:
        """The partner a contact row belongs to ('' when the row names none), None when refused."""
        ref = as_text(cells.get("partner_uuid")).strip().lower()
        if ref:
            if ref in self.partners:
                return ref
            self.plan.problems.append(Problem(sheet, line, "partner_uuid", "unknown_partner"))
            return None
        name = _norm(as_text(cells.get("partner_name")))
        if not name:
            return ""
        matches = self.by_name.get(name, [])
        if len(matches) == 1:
            return matches[0]
        code = "ambiguous_partner" if matches else "unknown_partner"
        self.plan.problems.append(Problem(sheet, line, "partner_name", code))
        return None


def _cell(cells: list[Any], index: int) -> Any:
    return cells[index] if index < len(cells) else None


def _norm(value: Any) -> str:
    return " ".join(fold(value or "").split())


def _key(name: Any, country: Any) -> tuple[str, str]:
    return _norm(name), _norm(country)


# -- applying --------------------------------------------------------------------------------------
def apply_import(records: Records, plan: ImportPlan, backup_dir: Path | None = None) -> ImportResult:
    """Write a planned import in ONE transaction (after a backup when backup_dir is given).

    Raises:
        ImportRefused: the plan has problems; nothing is written.
    """
    if plan.problems:
        raise ImportRefused(f"{len(plan.problems)} problems in {plan.source.name}")
    work = [r for r in plan.rows if r.action in ("create", "update")]
    if not work:
        return ImportResult(0, 0, None, ChangeSet())  # not even a counter tick
    backup = None
    if backup_dir is not None:
        from hdesk.store.backup import make_backup

        backup = make_backup(records.database, backup_dir, "before-partner-import")
    changes = ChangeSet()
    with records.transaction():
        for row in work:
            if row.action == "create":
                records.create(row.entity, row.values, uuid=row.uuid)
                # Undoing a create is a delete; the field lines of a new record need no reverting.
                changes.changes.append(Change(row.entity, row.uuid, EXISTS, None, True))
            else:
                changes.extend(records.update(row.entity, row.uuid, row.values))
    created = sum(1 for r in work if r.action == "create")
    return ImportResult(created, len(work) - created, backup, changes)
