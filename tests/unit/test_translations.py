"""The Russian and Turkmen catalogues are complete, keep every placeholder, and the shipped .qm are current."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

FOLDER = Path(__file__).resolve().parents[2] / "resources" / "translations"
CATALOGUES = ["hdesk_ru.ts", "hdesk_tk.ts", "qtbase_tk.ts"]
PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%n|%L?\d")


def _tool(name: str) -> str | None:
    local = Path(sys.executable).parent / name
    return str(local) if local.exists() else shutil.which(name)


def _messages(ts: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(ts).getroot()
    assert root.tag == "TS"
    return [(ctx.findtext("name") or "", m) for ctx in root.findall("context") for m in ctx.findall("message")]


def _update_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("translations_update", FOLDER / "update.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", CATALOGUES)
def test_catalogue_is_finished(name: str) -> None:
    ts = FOLDER / name
    lang = name.split("_")[1][:2]
    assert ET.parse(ts).getroot().get("language", "").startswith(lang)
    messages = _messages(ts)
    assert len(messages) > 20
    problems = []
    for context, message in messages:
        source = message.findtext("source") or ""
        tr = message.find("translation")
        if tr is None or tr.get("type") is not None:
            problems.append(f"{context}: {source!r} is {tr.get('type') if tr is not None else 'missing'}")
            continue
        forms = [f.text or "" for f in tr.findall("numerusform")] or [tr.text or ""]
        for form in forms:
            if not form.strip():
                problems.append(f"{context}: {source!r} has an empty translation")
            elif sorted(set(PLACEHOLDER.findall(form))) != sorted(set(PLACEHOLDER.findall(source))):
                problems.append(f"{context}: {source!r} -> {form!r} changes the placeholders")
    assert not problems, "\n".join(problems)


def test_russian_principles_carry_their_official_names() -> None:
    translated = {
        m.findtext("source"): (m.find("translation").text or "")  # type: ignore[union-attr]
        for _c, m in _messages(FOLDER / "hdesk_ru.ts")
        if m.find("translation") is not None
    }
    expected = {"Humanity": "Гуманность", "Impartiality": "Беспристрастность", "Neutrality": "Нейтральность"}
    expected |= {"Independence": "Независимость", "Voluntary service": "Добровольность", "Unity": "Единство"}
    expected |= {"Universality": "Универсальность"}
    present = {k: v for k, v in expected.items() if k in translated}
    assert present, "the principles are not in the catalogue"
    assert {k: translated[k] for k in present} == present


def test_compiled_catalogues_are_current(tmp_path: Path) -> None:
    lrelease = _tool("pyside6-lrelease")
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed, so the .qm cannot be rebuilt to compare")
    for name in CATALOGUES:
        qm = tmp_path / name.replace(".ts", ".qm")
        subprocess.run([lrelease, "-silent", str(FOLDER / name), "-qm", str(qm)], check=True)
        shipped = FOLDER / qm.name
        assert shipped.exists(), f"{qm.name} is not committed; run python resources/translations/update.py"
        assert shipped.read_bytes() == qm.read_bytes(), f"{qm.name} is stale; run resources/translations/update.py"


def test_every_string_in_the_code_is_in_the_catalogues(tmp_path: Path) -> None:
    """A new tr() string without a translation fails here (run update.py, then translate what it lists)."""
    lupdate = _tool("pyside6-lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed, so the code cannot be scanned")
    update = _update_script()
    fresh = tmp_path / "fresh_ru.ts"
    fresh.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="ru_RU"/>\n')
    update.lupdate([fresh])
    root = ET.parse(fresh).getroot()
    update.file_loose_strings(root)
    wanted = {(c.findtext("name") or "", m.findtext("source")) for c in root.iter("context") for m in c.iter("message")}
    for name in ("hdesk_ru.ts", "hdesk_tk.ts"):
        have = {(c, m.findtext("source")) for c, m in _messages(FOLDER / name)}
        missing = sorted(wanted - have)
        assert not missing, f"{name} lacks {len(missing)} strings, e.g. {missing[:5]}"
