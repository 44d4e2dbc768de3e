"""Refresh the translation catalogues from the code and build the .qm files.

Run from the project root, in the project's virtual environment:

    python resources/translations/update.py            # lupdate, fill from memory, lrelease
    python resources/translations/update.py --release  # only lrelease (after editing a .ts by hand)

Steps:
1. pyside6-lupdate over hdesk/app.py and hdesk/ui/**/*.py into hdesk_<lang>.ts (strings no longer in
   the code are dropped; locations are not stored, so diffs show only text changes).
2. Strings that lupdate filed under a context that is neither a class nor a literal
   `translate("context", ...)` are moved to the empty context (the run-time fallback).
3. Every string whose source text is in memory_<lang>.json (keys: "source", or "Context|source" for one
   context's own wording) takes its translation from there: edit the memory to change a translation.
   Finished translations of strings the memory lacks (e.g. made in Qt Linguist) are added to it.
4. pyside6-lrelease builds hdesk_<lang>.qm, and qtbase_<lang>.qm from the hand-written qtbase_<lang>.ts
   (Qt's own strings for languages Qt does not ship, i.e. Turkmen).
Exit status 1 when a string is still unfinished (they are listed).
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
LANGS = ("ru", "tk")
# lupdate names a context after whatever precedes `.tr(`: `window.tr(...)` lands in "window", a module-level
# `tr()` helper in "". Those are not contexts the code looks in at run time, so such strings are filed
# under the empty context, which hdesk.ui.i18n's translator searches when the real context has no match.
LITERAL_CONTEXT = re.compile(r"""(?:translate|QT_TRANSLATE_NOOP)\(\s*["']([^"']+)["']""")


def tool(name: str) -> str:
    """The Qt tool next to this Python (the venv), else on PATH."""
    local = Path(sys.executable).parent / name
    found = str(local) if local.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found; install PySide6 in this environment")
    return found


def sources() -> list[Path]:
    return [ROOT / "hdesk" / "app.py", *sorted((ROOT / "hdesk" / "ui").rglob("*.py"))]


def lupdate(ts_files: list[Path]) -> None:
    files = [str(p) for p in sources() if p.exists()]
    cmd = [tool("pyside6-lupdate"), *files, "-no-obsolete", "-locations", "none", "-silent", "-ts"]
    subprocess.run([*cmd, *map(str, ts_files)], check=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def _context(root: ET.Element, name: str) -> ET.Element:
    for ctx in root.findall("context"):
        if ctx.findtext("name") == name:
            return ctx
    ctx = ET.SubElement(root, "context")
    ET.SubElement(ctx, "name").text = name
    return ctx


def literal_contexts() -> set[str]:
    """Contexts named literally in the code (QCoreApplication.translate / QT_TRANSLATE_NOOP)."""
    found: set[str] = set()
    for path in sources():
        if path.exists():
            found.update(LITERAL_CONTEXT.findall(path.read_text("utf-8")))
    return found


def file_loose_strings(root: ET.Element) -> None:
    """Move messages of contexts the code never looks in (variable names) into the empty context."""
    literal = literal_contexts()
    loose = [
        ctx
        for ctx in root.findall("context")
        if (name := ctx.findtext("name") or "") and name[:1].islower() and name not in literal
    ]
    if not loose:
        return
    target = _context(root, "")
    known = {m.findtext("source") for m in target.findall("message")}
    for ctx in loose:
        for message in ctx.findall("message"):
            if message.findtext("source") not in known:
                known.add(message.findtext("source"))
                target.append(message)
        root.remove(ctx)


def is_finished(message: ET.Element) -> bool:
    tr = message.find("translation")
    if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete"):
        return False
    forms = tr.findall("numerusform")
    return all((f.text or "").strip() for f in forms) if forms else bool((tr.text or "").strip())


def _value(message: ET.Element) -> str | list[str]:
    tr = message.find("translation")
    assert tr is not None
    forms = tr.findall("numerusform")
    return [f.text or "" for f in forms] if forms else tr.text or ""


def fill(root: ET.Element, memory: dict[str, str | list[str]]) -> list[str]:
    """Fill unfinished messages from memory, remember finished ones; returns sources still unfinished."""
    missing = []
    for ctx in root.findall("context"):
        name = ctx.findtext("name") or ""
        for message in ctx.findall("message"):
            source = message.findtext("source") or ""
            # the memory wins; a context's own wording (e.g. a button "Start") wins over the plain source
            value = memory.get(f"{name}|{source}") or memory.get(source)
            if is_finished(message) and (value is None or value == _value(message)):
                memory.setdefault(source, _value(message))
                continue
            if value is None or not value:
                missing.append(f"[{name}] {source}")
                continue
            tr = message.find("translation")
            if tr is None:
                tr = ET.SubElement(message, "translation")
            tr.attrib.pop("type", None)
            for child in list(tr):
                tr.remove(child)
            if message.get("numerus") == "yes":
                tr.text = None
                for form in value if isinstance(value, list) else [value]:
                    ET.SubElement(tr, "numerusform").text = form
            else:
                tr.text = value if isinstance(value, str) else value[0]
    return missing


def write_ts(root: ET.Element, path: Path) -> None:
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", "utf-8")


def update(lang: str, refresh: bool) -> list[str]:
    ts = HERE / f"hdesk_{lang}.ts"
    memory_file = HERE / f"memory_{lang}.json"
    memory: dict[str, str | list[str]] = json.loads(memory_file.read_text("utf-8")) if memory_file.exists() else {}
    missing: list[str] = []
    if refresh:
        root = ET.parse(ts).getroot()
        file_loose_strings(root)
        missing = fill(root, memory)
        write_ts(root, ts)
        memory_file.write_text(json.dumps(dict(sorted(memory.items())), ensure_ascii=False, indent=1) + "\n", "utf-8")
    lrelease(ts, HERE / f"hdesk_{lang}.qm")
    qt_ts = HERE / f"qtbase_{lang}.ts"
    if qt_ts.exists():
        lrelease(qt_ts, HERE / f"qtbase_{lang}.qm")
    return missing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release", action="store_true", help="only build .qm from the .ts as they are")
    args = parser.parse_args()
    if not args.release:
        lupdate([HERE / f"hdesk_{lang}.ts" for lang in LANGS])
    status = 0
    for lang in LANGS:
        missing = update(lang, refresh=not args.release)
        for line in missing:
            print(f"{lang}: unfinished: {line}")
        status |= bool(missing)
    return status


if __name__ == "__main__":
    sys.exit(main())
