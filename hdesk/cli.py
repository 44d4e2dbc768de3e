"""The command line: `hdesk VERB ...` for scripts and IT staff, `hdesk [FILE]` for the GUI.

Every user mistake ends with one clear line on standard error and a non-zero exit, never a
traceback. Importing this module never imports Qt.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import sys
from collections.abc import Sequence

import hdesk
from hdesk import paths
from hdesk.store.errors import StoreError

EXIT_USER = 2


class UserError(Exception):
    """A mistake the user can fix; its message is the one line shown."""


def _global_options(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS: an option given before the verb is not reset by the verb's own parser.
    parser.add_argument(
        "--data-dir", metavar="DIR", default=argparse.SUPPRESS, help="user data folder (settings, backups, database)"
    )
    parser.add_argument(
        "--lang", choices=("en", "ru", "tk"), default=argparse.SUPPRESS, help="interface and printed language"
    )


class _Version(argparse.Action):
    """`--version`, reading the version only when asked (it costs part of every window start)."""

    def __call__(self, parser: argparse.ArgumentParser, *_args: object, **_kwargs: object) -> None:
        print(f"hdesk {hdesk.__version__}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="hdesk", description="Humanitarian diplomacy desk.")
    parser.add_argument("--version", action=_Version, nargs=0, help="show the program's version and exit")
    _global_options(parser)
    sub = parser.add_subparsers(dest="verb", metavar="VERB")
    from hdesk.commands import MODULES

    for name in MODULES:
        if importlib.util.find_spec(name) is not None:
            importlib.import_module(name).register(sub, _global_options)
    return parser


def gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="hdesk", description="Humanitarian diplomacy desk (opens the window).")
    parser.add_argument("--version", action=_Version, nargs=0, help="show the program's version and exit")
    _global_options(parser)
    parser.add_argument("file", nargs="?", help="database to open (default: the one in the user data folder)")
    parser.add_argument("--demo", action="store_true", help="open a demo database (made on first use)")
    parser.add_argument("--self-test", action="store_true", help="offscreen check that this installation works")
    return parser


def _verbs(parser: argparse.ArgumentParser) -> set[str]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices)
    return set()


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    first = _first_word(args_list)
    asks_help = any(a in ("-h", "--help", "--version") for a in args_list[:1])
    # Verbs are words like "export-pdf"; a file path cannot be one, so opening a file skips
    # importing every command module (about 0.1 s of each start).
    could_be_verb = first is not None and first.replace("-", "").isalpha()
    parser = build_parser() if could_be_verb or asks_help else None
    wants_cli = parser is not None and (first in _verbs(parser) or asks_help)
    try:
        if wants_cli and first is not None:
            assert parser is not None
            args = parser.parse_args(args_list)
            _apply_globals(args)
            return int(args.func(args) or 0)
        if wants_cli:
            assert parser is not None
            parser.parse_args(args_list)
            return 0
        args = _plain_open(args_list) or gui_parser().parse_args(args_list)
        _apply_globals(args)
        from hdesk.app import run_gui  # Qt is imported only here

        return run_gui(args)
    except (UserError, StoreError) as exc:
        print(f"hdesk: {exc}", file=sys.stderr)
        return EXIT_USER
    except Exception as exc:
        validation = sys.modules.get("hdesk.core.validation")  # loaded by whatever raised it
        if validation is None or not isinstance(exc, validation.ValidationError):
            raise
        print(f"hdesk: {exc.entity}: " + "; ".join(validation.describe(e) for e in exc.errors), file=sys.stderr)
        return EXIT_USER
    except KeyboardInterrupt:
        print("hdesk: interrupted", file=sys.stderr)
        return 130


def _plain_open(args: list[str]) -> argparse.Namespace | None:
    """`hdesk` or `hdesk FILE` (a double-click on a file): no options to parse, so no parser to build.

    argparse's messages load gettext and locale, a few ms of every start of the window.
    """
    if len(args) > 1 or any(a.startswith("-") for a in args):
        return None
    return argparse.Namespace(file=args[0] if args else None, demo=False, self_test=False)


def _first_word(args: list[str]) -> str | None:
    """The first argument that is neither an option nor an option's value."""
    skip = False
    for arg in args:
        if skip:
            skip = False
        elif arg in ("--data-dir", "--lang"):
            skip = True
        elif not arg.startswith("-"):
            return arg
    return None


def _apply_globals(args: argparse.Namespace) -> None:
    for name in ("data_dir", "lang"):
        if not hasattr(args, name):
            setattr(args, name, None)
    if args.data_dir:
        paths.set_data_dir(args.data_dir)
        paths.data_dir()
