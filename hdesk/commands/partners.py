"""`hdesk partners export FILE OUT.xlsx|OUT.csv` and `hdesk partners import FILE IN.xlsx|IN.csv [--dry-run]`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hdesk import paths
from hdesk.commands.basic import open_database
from hdesk.services.records import Records
from hdesk.services.spreadsheet_io import SheetError
from hdesk.services.spreadsheets import (
    CONTACT_COLUMNS,
    PARTNER_COLUMNS,
    ImportPlan,
    apply_import,
    contacts_sibling,
    export_partners,
    plan_import,
)

MAX_LISTED = 200

_FORMATS = f"""
columns of the Partners sheet (header row, any order, case-insensitive):
  {", ".join(PARTNER_COLUMNS)}
  (concerns: codes separated by ';' - neutrality; independence; impartiality)
columns of the Contacts sheet:
  {", ".join(CONTACT_COLUMNS)}
  (a contact names its partner by partner_uuid, or by partner_name)
.xlsx: sheets "Partners" and "Contacts".
.csv:  UTF-8 (written with a byte-order mark), separated by ',' or ';'; the contacts live in a
       sibling file: partners.csv -> partners.contacts.csv
"""


def register(sub: Any, global_options: Callable[[argparse.ArgumentParser], None]) -> None:
    group = sub.add_parser("partners", help="partners to and from spreadsheets (.xlsx, .csv)")
    verbs = group.add_subparsers(dest="partners_verb", metavar="VERB", required=True)
    export = verbs.add_parser(
        "export",
        help="write partners and contacts to OUT.xlsx or OUT.csv",
        description="Write every partner and contact to a spreadsheet.",
        epilog=_FORMATS,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    export.add_argument("file", help="the hdesk database")
    export.add_argument("out", help="OUT.xlsx or OUT.csv (contacts go to OUT.contacts.csv)")
    export.add_argument("--semicolon", action="store_true", help="separate CSV cells with ';' (Excel in ru/tk)")
    global_options(export)
    export.set_defaults(func=cmd_export)
    load = verbs.add_parser(
        "import",
        help="create and update partners from IN.xlsx or IN.csv",
        description=(
            "Create and update partners (and contacts) from a spreadsheet. A row with a known uuid updates "
            "that partner; a row without one creates a partner, unless it has the same name and country as "
            "an existing partner or an earlier row (a likely duplicate: reported and skipped). One bad cell "
            "refuses the whole import; the database is then unchanged."
        ),
        epilog=_FORMATS,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    load.add_argument("file", help="the hdesk database")
    load.add_argument("input", metavar="IN", help="IN.xlsx or IN.csv")
    load.add_argument("--dry-run", action="store_true", help="report what would happen; write nothing")
    load.add_argument("--contacts", metavar="CSV", help="contacts CSV (default: IN.contacts.csv when it exists)")
    global_options(load)
    load.set_defaults(func=cmd_import)


def _user_error(message: str) -> Exception:
    from hdesk.cli import UserError

    return UserError(message)


def cmd_export(args: argparse.Namespace) -> int:
    out = Path(args.out)
    if out.suffix.lower() not in (".xlsx", ".csv"):
        raise _user_error(f"{out.name}: choose a name ending in .xlsx or .csv.")
    with open_database(args.file, readonly=True) as database:
        records = Records(database)
        try:
            written = export_partners(records, out, delimiter=";" if args.semicolon else ",")
        except SheetError as exc:
            raise _user_error(str(exc)) from None
        partners = len(records.list("partner"))
        contacts = len(records.list("contact"))
    print(f"exported {partners} partners and {contacts} contacts to " + ", ".join(str(p) for p in written))
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    source = Path(args.input)
    if source.suffix.lower() not in (".xlsx", ".csv"):
        raise _user_error(f"{source.name}: hdesk reads .xlsx and .csv spreadsheets.")
    contacts = Path(args.contacts) if args.contacts else None
    if contacts is not None and not contacts.is_file():
        raise _user_error(f"{contacts} does not exist.")
    # Plan on a read-only connection first: a refused import leaves the file byte-for-byte as it was.
    with open_database(args.file, readonly=True) as database:
        plan = _plan(Records(database), source, contacts)
    if not plan.ok:
        _print_problems(plan)
        return 2
    _print_plan(plan, contacts or contacts_sibling(source))
    if args.dry_run:
        print("dry run: nothing was written")
        return 0
    with open_database(args.file) as database:
        records = Records(database)
        plan = _plan(records, source, contacts)  # again, on the connection that writes
        if not plan.ok:  # the file changed in between
            _print_problems(plan)
            return 2
        result = apply_import(records, plan, backup_dir=paths.backup_dir())
    print(f"imported: {result.created} created, {result.updated} updated")
    if result.backup:
        print(f"backup taken first: {result.backup}")
    return 0


def _plan(records: Records, source: Path, contacts: Path | None) -> ImportPlan:
    try:
        return plan_import(records, source, contacts)
    except SheetError as exc:
        raise _user_error(str(exc)) from None


def _print_problems(plan: ImportPlan) -> None:
    lines = plan.bad_lines
    err = sys.stderr
    print(
        f"hdesk: {plan.source.name}: import refused, nothing was changed: "
        f"{len(plan.problems)} problem(s) on {len(lines)} row(s)",
        file=err,
    )
    for problem in plan.problems[:MAX_LISTED]:
        print(f"  {problem.sheet} line {problem.line}, column {problem.column}: {problem.sentence()}", file=err)
    if len(plan.problems) > MAX_LISTED:
        print(f"  ... and {len(plan.problems) - MAX_LISTED} more", file=err)


def _print_plan(plan: ImportPlan, contacts: Path) -> None:
    for entity in ("partner", "contact"):
        counts = [plan.count(entity, action) for action in ("create", "update", "unchanged")]
        print(f"{entity}s: {counts[0]} to create, {counts[1]} to update, {counts[2]} unchanged")
    csv_alone = plan.source.suffix.lower() == ".csv" and not contacts.is_file()
    if csv_alone and not any(r.entity == "contact" for r in plan.rows):
        print(f"(no contacts file {contacts.name}; contacts left as they are)")
    for sheet, column in plan.ignored_columns:
        print(f"ignored column “{column}” in {sheet} (not a known column)")
    if plan.duplicates:
        print(f"{len(plan.duplicates)} likely duplicate(s) skipped (add the uuid to update instead):")
    for dup in plan.duplicates:
        where = f"line {dup.earlier_line}" if dup.earlier_line else f"the existing {dup.entity} {dup.existing_uuid}"
        print(f"  {dup.sheet} line {dup.line}: “{dup.label}” looks like {where}")
