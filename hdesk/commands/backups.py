"""`hdesk backups list FILE`, `hdesk backups restore FILE BACKUP`, `hdesk backups now FILE`."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hdesk import paths
from hdesk.services import backups as service
from hdesk.store.backup import make_backup
from hdesk.store.database import Database

SHOWN = (("department", "departments"), ("objective", "objectives"), ("partner", "partners"), ("campaign", "campaigns"))


def register(sub: Any, global_options: Callable[[argparse.ArgumentParser], None]) -> None:
    group = sub.add_parser("backups", help="list, take and restore automatic backups of a database")
    verbs = group.add_subparsers(dest="backups_verb", metavar="ACTION", required=True)
    listing = verbs.add_parser("list", help="the backups of FILE, newest first (date, reason, size, counts)")
    listing.add_argument("file")
    global_options(listing)
    listing.set_defaults(func=cmd_list)
    restore = verbs.add_parser("restore", help="replace FILE with a backup (the current state is backed up first)")
    restore.add_argument("file")
    restore.add_argument("backup", help="a number from `backups list` (1 = newest), a backup file name or path")
    global_options(restore)
    restore.set_defaults(func=cmd_restore)
    now = verbs.add_parser("now", help="take a backup of FILE now")
    now.add_argument("file")
    global_options(now)
    now.set_defaults(func=cmd_now)


def _size(size: int) -> str:
    return f"{size / 1024:.0f} KB" if size < 1024 * 1024 else f"{size / 1024 / 1024:.1f} MB"


def _counts(counts: dict[str, int] | None) -> str:
    if counts is None:
        return "cannot be read"
    return ", ".join(f"{counts.get(key, 0)} {word}" for key, word in SHOWN)


def _existing(file: str) -> Path:
    from hdesk.cli import UserError

    path = Path(file)
    if not path.exists():
        raise UserError(f"{path} does not exist.")
    return path


def cmd_list(args: argparse.Namespace) -> int:
    path = _existing(args.file)
    found = service.backups(path, paths.backup_dir())
    if not found:
        print(f"No backups of {path.name} yet (they are kept in {paths.backup_dir()}).")
        return 0
    for number, item in enumerate(found, start=1):
        print(
            f"{number:>3}  {item.taken:%Y-%m-%d %H:%M:%S}  {item.reason:<22} {_size(item.size):>9}  "
            f"{_counts(item.counts)}  {item.path.name}"
        )
    return 0


def _choose(path: Path, choice: str) -> Path:
    from hdesk.cli import UserError

    found = service.backups(path, paths.backup_dir())
    if choice.isdigit():
        number = int(choice)
        if not 1 <= number <= len(found):
            raise UserError(f"There is no backup number {number} of {path.name} (see `hdesk backups list`).")
        return found[number - 1].path
    for item in found:
        if item.path.name == choice:
            return item.path
    candidate = Path(choice)
    if candidate.is_file():
        return candidate
    raise UserError(f"No backup called {choice} (see `hdesk backups list {path}`).")


def cmd_restore(args: argparse.Namespace) -> int:
    path = _existing(args.file)
    backup = _choose(path, args.backup)
    kept = service.restore(backup, path, paths.backup_dir())
    print(f"restored {path.name} from {backup.name}")
    if kept is not None:
        print(f"the state before the restore is kept in {kept}")
    return 0


def cmd_now(args: argparse.Namespace) -> int:
    path = _existing(args.file)
    with Database(path, backup_dir=paths.backup_dir()) as database:
        made = make_backup(database, paths.backup_dir(), reason="manual")
    print(f"backed up {path.name} to {made}")
    return 0
