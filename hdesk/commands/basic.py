"""`hdesk init FILE [--demo]` and `hdesk check FILE`."""

from __future__ import annotations

import argparse
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hdesk import paths
from hdesk.services.demo import fill_demo
from hdesk.services.records import Records
from hdesk.store.database import Database
from hdesk.store.errors import StoreError
from hdesk.store.fingerprint import differences
from hdesk.store.header import read_header


def register(sub: Any, global_options: Callable[[argparse.ArgumentParser], None]) -> None:
    init = sub.add_parser("init", help="create a database file")
    init.add_argument("file")
    init.add_argument("--demo", action="store_true", help="fill it with the demo plan")
    global_options(init)
    init.set_defaults(func=cmd_init)
    check = sub.add_parser("check", help="integrity and schema check; exit 0 only when sound")
    check.add_argument("file")
    global_options(check)
    check.set_defaults(func=cmd_check)


def open_database(file: str | Path, readonly: bool = False, check_later: bool = False) -> Database:
    """Open an existing database for a command, with backups before any migration.

    check_later: a large file's quick_check may run beside the command's own reading; the command
    must call `wait_for_check()` before anything it produced leaves (export does).
    """
    return Database(Path(file), readonly=readonly, backup_dir=paths.backup_dir(), check_later=check_later)


def cmd_init(args: argparse.Namespace) -> int:
    from hdesk.cli import UserError

    path = Path(args.file)
    if path.exists():
        raise UserError(f"{path} already exists; choose another name.")
    if not path.parent.is_dir():
        raise UserError(f"The folder {path.parent} does not exist.")
    try:
        with Database(path, create=True) as db:
            if args.demo:
                fill_demo(Records(db), args.lang or "en")
    except OSError as exc:
        raise UserError(f"Could not create {path} ({exc.strerror or exc}).") from None
    print(f"created {path}" + (" with the demo plan" if args.demo else ""))
    return 0


def check_file(path: Path) -> list[str]:
    """Problems with a database file, without writing to it; empty when sound."""
    header = read_header(path)
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        problems = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall() if r[0] != "ok"]
        problems += [f"foreign key: {r[0]} -> {r[2]}" for r in conn.execute("PRAGMA foreign_key_check")]
        if not problems:
            problems += differences(conn, header.user_version)
    except sqlite3.DatabaseError as exc:
        problems = [str(exc)]
    finally:
        conn.close()
    return problems


def cmd_check(args: argparse.Namespace) -> int:
    path = Path(args.file)
    problems = check_file(path)
    if problems:
        raise StoreError(
            "damaged",
            f"{path.name} is not sound: {problems[0]}"
            + (f" (and {len(problems) - 1} more problems)" if len(problems) > 1 else ""),
        )
    version = read_header(path).user_version
    print(f"{path.name}: ok (hdesk schema {version})")
    return 0
