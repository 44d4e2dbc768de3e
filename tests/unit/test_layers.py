"""Layers are enforced, not hoped for: nothing below hdesk.ui imports Qt."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import hdesk

PACKAGE = Path(hdesk.__file__).parent


def test_core_store_services_cli_leave_pyside6_unimported():
    code = (
        "import sys, pkgutil, importlib, hdesk.core, hdesk.store, hdesk.services, hdesk.cli, hdesk.commands\n"
        "for pkg in (hdesk.core, hdesk.store, hdesk.services, hdesk.commands):\n"
        "    for info in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "        importlib.import_module(info.name)\n"
        "hdesk.cli.build_parser()\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


RULES = {
    "core": ("hdesk.store", "hdesk.services", "hdesk.ui", "hdesk.app", "peewee", "PySide6", "reportlab"),
    "store": ("hdesk.services", "hdesk.ui", "hdesk.app", "PySide6", "reportlab"),
    "services": ("hdesk.ui", "hdesk.app", "PySide6"),
}


def test_imports_run_downward_only():
    wrong = []
    for layer, forbidden in RULES.items():
        for path in (PACKAGE / layer).rglob("*.py"):
            for name in imports_of(path):
                if name.startswith(forbidden):
                    wrong.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert wrong == []
