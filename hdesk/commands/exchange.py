"""`hdesk exchange export FILE OUT` and `hdesk exchange import FILE IN`: files for another office."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hdesk.cli import UserError
from hdesk.commands.basic import open_database
from hdesk.services.exchange.incoming import sweep_temp
from hdesk.services.exchange.plan import COUNTS, Summary


def register(sub: Any, global_options: Callable[[argparse.ArgumentParser], None]) -> None:
    group = sub.add_parser("exchange", help="files to carry to and from another office")
    verbs = group.add_subparsers(dest="exchange_verb", metavar="ACTION", required=True)
    export = verbs.add_parser("export", help="write an exchange file (optionally encrypted)")
    export.add_argument("file", help="this office's database")
    export.add_argument("out", help="the exchange file to write (e.g. on a USB stick)")
    export.add_argument("--passphrase-file", metavar="P", help="encrypt with the passphrase in this file")
    global_options(export)
    export.set_defaults(func=cmd_export)
    imp = verbs.add_parser("import", help="check an exchange file and merge it into the database")
    imp.add_argument("file", help="this office's database")
    imp.add_argument("incoming", metavar="in", help="the exchange file from another office")
    imp.add_argument("--dry-run", action="store_true", help="only say what would change")
    imp.add_argument("--passphrase-file", metavar="P", help="the file is encrypted with the passphrase in P")
    imp.add_argument("--report", metavar="OUT.pdf", help="also print a merge report (changes and conflicts) to a PDF")
    global_options(imp)
    imp.set_defaults(func=cmd_import)


def read_passphrase(path: str | None) -> str | None:
    """The first line of a passphrase file (never echoed, never logged)."""
    if not path:
        return None
    try:
        text = Path(path).read_text("utf-8")
    except (OSError, UnicodeDecodeError):
        raise UserError(f"Could not read the passphrase file {path}.") from None
    lines = text.splitlines()
    passphrase = lines[0] if lines else ""
    if not passphrase:
        raise UserError(f"The passphrase file {path} is empty.")
    return passphrase


def cmd_export(args: argparse.Namespace) -> int:
    from hdesk.services.exchange.export import export_file

    sweep_temp()
    passphrase = read_passphrase(args.passphrase_file)
    with open_database(args.file, readonly=False, check_later=True) as database:
        found = export_file(database, Path(args.out), passphrase)
    what = ", ".join(f"{n} {entity}" for entity, n in found.items())
    print(f"exported {args.out}" + (" (encrypted)" if passphrase else "") + f": {what}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from hdesk.services.exchange.incoming import opened
    from hdesk.services.exchange.merge import merge_incoming
    from hdesk.services.merge_report import last_history_id, write_merge_report
    from hdesk.services.records import Records

    sweep_temp()
    passphrase = read_passphrase(args.passphrase_file)
    local = Path(args.file)
    if not local.exists():
        raise UserError(f"{local} does not exist.")
    # every check of the incoming file runs before the local file is opened
    report = Path(args.report) if args.report else None
    if report is not None and not report.parent.is_dir():
        raise UserError(f"The folder {report.parent} does not exist.")
    with opened(Path(args.incoming), passphrase) as incoming, open_database(local) as database:
        records = Records(database)
        before = last_history_id(records)
        summary = merge_incoming(records, incoming, dry_run=args.dry_run)
        if report is not None:
            write_merge_report(records, summary, report, before, lang=args.lang or "en")
    print(format_summary(summary, Path(args.incoming).name))
    if report is not None:
        print(f"report: {report}")
    return 0


def format_summary(summary: Summary, name: str) -> str:
    source = summary.source_office or "an office with no name"
    lines = [("dry run, nothing changed: " if summary.dry_run else "imported ") + f"{name} from {source}"]
    width = max([len(e) for e in summary.per_entity] + [6])
    lines.append(f"{'entity':<{width}}  " + "  ".join(f"{k:>9}" for k in COUNTS))
    for entity, counts in summary.as_dict().items():
        lines.append(f"{entity:<{width}}  " + "  ".join(f"{counts[k]:>9}" for k in COUNTS))
    totals = summary.totals
    lines.append(f"{'total':<{width}}  " + "  ".join(f"{totals[k]:>9}" for k in COUNTS))
    if summary.clock_ahead:
        lines.append("warning: the file holds times over a day in the future; check that office's PC clock")
    if totals["conflicts"]:
        lines.append("conflicts keep both values; choose one in Edit > Conflicts")
    if summary.backup is not None:
        lines.append(f"backup before the import: {summary.backup}")
    return "\n".join(lines)
