"""`hdesk export-pdf FILE -o OUT.pdf [--year Y] [--lang L] [--paper A4|letter]`: print the plan."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hdesk.commands.basic import open_database


def register(sub: Any, global_options: Callable[[argparse.ArgumentParser], None]) -> None:
    parser = sub.add_parser("export-pdf", help="print the annual plan to a PDF for the board")
    parser.add_argument("file", help="the hdesk database")
    parser.add_argument("-o", "--output", required=True, metavar="OUT.pdf", help="the PDF to write")
    parser.add_argument("--year", type=int, help="plan year (default: the latest plan)")
    parser.add_argument("--paper", default="A4", type=str.upper, choices=("A4", "LETTER"), help="A4 or letter")
    global_options(parser)
    parser.set_defaults(func=cmd_export_pdf)


def cmd_export_pdf(args: argparse.Namespace) -> int:
    from hdesk.cli import UserError
    from hdesk.services.pdf import NoPlanError, export_plan_pdf

    out = Path(args.output)
    if out.is_dir():
        raise UserError(f"{out} is a folder; give a file name such as plan.pdf.")
    if not out.parent.is_dir():
        raise UserError(f"The folder {out.parent} does not exist.")
    with open_database(args.file, readonly=True) as database:
        try:
            export_plan_pdf(database, out, year=args.year, lang=args.lang or "en", paper=args.paper)
        except NoPlanError as exc:
            raise UserError(str(exc)) from None
        except OSError as exc:
            raise UserError(f"Could not write {out} ({exc.strerror or exc}).") from None
    print(f"wrote {out}")
    return 0
