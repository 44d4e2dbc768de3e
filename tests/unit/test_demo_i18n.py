"""The demo plan in English, Russian and Turkmen: same structure, the office's own words."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from hdesk.cli import main
from hdesk.commands.basic import check_file
from hdesk.core.schema import ENTITY_ORDER
from hdesk.services import demo_data, queries
from hdesk.services.demo import fill_demo
from hdesk.services.records import Records
from hdesk.store.database import Database

CYRILLIC = re.compile("[А-Яа-яЁё]")
TURKMEN = re.compile("[äçňöşüýžÄÇŇÖŞÜÝŽ]")


def _fill(path: Path, lang: str) -> dict[str, int]:
    with Database(path, create=True) as db:
        records = Records(db)
        fill_demo(records, lang)
        return {entity: len(records.list(entity)) for entity in ENTITY_ORDER}


def _texts(path: Path) -> dict[str, list[str]]:
    """Names and titles people read first, per entity."""
    with Database(path, readonly=True) as db:
        records = Records(db)
        plan = queries.plan_for_year(records, 2024)
        assert plan is not None
        return {
            "plan": [plan["title"], plan["introduction"], plan["approvers"]],
            "goal": [g["title"] for g in records.list("goal")],
            "department": [d["name"] for d in records.list("department")],
            "objective": [o["title"] for o in records.list("objective")],
            "activity": [a["title"] for a in records.list("activity")],
            "partner": [p["name"] for p in records.list("partner")],
            "contact": [c["name"] for c in records.list("contact")],
            "agreement": [a["title"] for a in records.list("agreement")],
            "campaign": [c["title"] for c in records.list("campaign")],
            "office": [queries.office(records)["society"]],
        }


@pytest.fixture(scope="module")
def english(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    path = tmp_path_factory.mktemp("en") / "demo.hdesk"
    return path, _fill(path, "en")


def test_english_demo_is_the_original(english: tuple[Path, dict[str, int]]) -> None:
    path, counts = english
    texts = _texts(path)
    assert texts["plan"][0] == demo_data.PLAN["title"]
    assert sorted(texts["department"]) == sorted(row[1] for row in demo_data.DEPARTMENTS)
    assert counts["objective"] == len(demo_data.OBJECTIVES) and counts["activity"] == 2


@pytest.mark.parametrize(("lang", "letters"), [("ru", CYRILLIC), ("tk", TURKMEN)])
def test_each_language_fills_a_sound_database_with_the_same_structure(
    lang: str, letters: re.Pattern[str], tmp_path: Path, english: tuple[Path, dict[str, int]]
) -> None:
    en_path, en_counts = english
    path = tmp_path / f"demo-{lang}.hdesk"
    assert _fill(path, lang) == en_counts
    assert check_file(path) == []
    en_texts, texts = _texts(en_path), _texts(path)
    for entity, values in texts.items():
        # names are in the language (Russian: every one; Turkmen words may lack special letters), none in English
        found = [bool(letters.search(v)) for v in values]
        assert all(found) if lang == "ru" else any(found), (entity, values)
        assert not set(values) & set(en_texts[entity]), entity


def test_russian_principles_campaign_uses_official_names() -> None:
    from hdesk.services.demo_i18n import demo_content

    messages = demo_content("ru").CAMPAIGNS[2]["key_messages"]
    for name in ("Гуманность", "беспристрастность", "нейтральность", "независимость", "добровольность"):
        assert name in messages
    tk = demo_content("tk").CAMPAIGNS[2]["key_messages"]
    for name in ("Ynsanperwerlik", "tarapgöýsüzlik", "bitaraplyk", "garaşsyzlyk", "meýletinlik", "ählumumylyk"):
        assert name in tk


def test_unknown_language_falls_back_to_english() -> None:
    from hdesk.services.demo_i18n import demo_content

    assert demo_content("fr").PLAN["title"] == demo_data.PLAN["title"]


def test_init_demo_uses_the_chosen_language(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ru, plain = tmp_path / "ru.hdesk", tmp_path / "plain.hdesk"
    assert main(["init", str(ru), "--demo", "--lang", "ru"]) == 0
    assert main(["--lang", "tk", "init", str(tmp_path / "tk.hdesk"), "--demo"]) == 0
    assert main(["init", str(plain), "--demo"]) == 0
    capsys.readouterr()
    assert _texts(ru)["plan"][0] == "Годовой план по гуманитарной дипломатии на 2024 год"
    assert TURKMEN.search(_texts(tmp_path / "tk.hdesk")["plan"][0])
    assert _texts(plain)["plan"][0] == demo_data.PLAN["title"]


def test_society_names_follow_the_language() -> None:
    from hdesk.services.demo_i18n import society_names

    assert society_names("en") == demo_data.CENTRAL_ASIAN_SOCIETIES
    assert society_names("ru")[0] == "Общество Красного Полумесяца Туркменистана"
    assert len(society_names("tk")) == 5 and all(TURKMEN.search(s) for s in society_names("tk"))
