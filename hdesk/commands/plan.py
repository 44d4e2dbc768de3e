"""`hdesk plan new-year FILE --from Y [--to Y+1] [--dry-run]`: the annual rollover from a script."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from hdesk.services.records import Records
from hdesk.services.rollover import Preview, RolloverError, preview_rollover, rollover


def register(sub: Any, global_options: Callable[[argparse.ArgumentParser], None]) -> None:
    plan = sub.add_parser("plan", help="plan-level operations")
    plan_sub = plan.add_subparsers(dest="plan_verb", metavar="ACTION", required=True)
    new_year = plan_sub.add_parser("new-year", help="start next year's plan from this year's unfinished objectives")
    new_year.add_argument("file")
    new_year.add_argument("--from", dest="from_year", type=int, required=True, metavar="YEAR")
    new_year.add_argument("--to", dest="to_year", type=int, metavar="YEAR", help="default: the year after --from")
    new_year.add_argument("--dry-run", action="store_true", help="show what would move and what stays; change nothing")
    global_options(plan)
    global_options(new_year)
    new_year.set_defaults(func=cmd_new_year)


def cmd_new_year(args: argparse.Namespace) -> int:
    from pathlib import Path

    from hdesk.cli import UserError
    from hdesk.commands.basic import open_database

    path = Path(args.file)
    if not path.is_file():
        raise UserError(f"{path} does not exist.")
    with open_database(path, readonly=args.dry_run) as db:
        records = Records(db)
        try:
            result = (preview_rollover if args.dry_run else rollover)(records, args.from_year, args.to_year)
        except RolloverError as exc:
            raise UserError(str(exc)) from None
        departments = {d["uuid"]: d["name"] for d in records.list("department")}
        print(summary(result, departments, dry_run=args.dry_run))
    return 0


def summary(result: Preview, departments: dict[str, str], dry_run: bool) -> str:
    """The words the CLI prints: what moves (with its new baseline) and what stays."""
    lines = [f"{result.source['title']} ({result.from_year}) -> {result.title} ({result.to_year})"]
    lines.append(f"moves: {_count(len(result.moves), 'objective')}")
    for move in result.moves:
        old = move.old
        lead = departments.get(old["lead_department"] or "", "no lead")
        lines.append(
            f"  {_label(old)}  [{old['status']}; baseline {_num(move.new_values['baseline'])}; "
            f"due {move.new_values['due'] or '-'}; {lead}]"
        )
    lines.append(f"stays: {_count(len(result.stays), 'objective')}")
    lines += [f"  {_label(old)}  [{old['status']}]" for old in result.stays]
    if dry_run:
        lines.append("dry run: nothing was changed")
    else:
        lines.append(
            f"created plan {result.to_year} (draft) with {len(result.moves)} objectives and "
            f"{result.link_count} points of contact; backup: {result.backup}"
        )
    return "\n".join(lines)


def _label(obj: dict[str, Any]) -> str:
    return f"{obj['code'] or ''} {obj['title']}".strip()


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def _num(value: float | None) -> str:
    if value is None:
        return "-"
    return f"{value:g}"
