"""The printed plan's words exist in every language, and dates look as each language writes them."""

from __future__ import annotations

import datetime as dt

import pytest

from hdesk.core import principles, schema
from hdesk.services.pdf import labels
from hdesk.services.pdf.labels import Labels


@pytest.mark.parametrize("lang", labels.LANGS)
def test_every_heading_and_code_has_a_word(lang: str) -> None:
    english = set(labels._EN)
    assert set(labels._WORDS[lang]) == english
    codes = set(schema.PLAN_STATUS + schema.OBJECTIVE_STATUS + schema.PRIORITY + schema.ROLES + schema.PARTNER_KIND)
    codes |= set(schema.STANCE + schema.STAGE + schema.CAMPAIGN_STATUS + schema.SCOPE)
    assert codes <= set(labels.ENUMS[lang])
    assert len(set(labels.ROLE_LETTERS[lang].values())) == len(schema.ROLES)
    assert len(labels.MONTHS[lang]) == len(labels.MONTHS_SHORT[lang]) == 12


def test_dates_per_language() -> None:
    assert Labels("en").date("2024-02-15") == "15 February 2024"
    assert Labels("ru").date("2024-02-15") == "15.02.2024"
    assert Labels("tk").date(dt.date(2024, 2, 5)) == "05.02.2024"
    assert Labels("en").month_year("2024-11") == "November 2024"
    assert Labels("ru").month_year("2024-11") == "11.2024"
    assert Labels("en").date("not a date") == "not a date"
    assert Labels("ru").number(1234567.5) == "1\u00a0234\u00a0567,50"
    assert Labels("xx")("contents") == "Contents"  # unknown language falls back to English


@pytest.mark.parametrize("lang", principles.LANGUAGES)
def test_seven_principles_in_every_language(lang: str) -> None:
    found = principles.all_principles(lang)
    assert [p.code for p in found] == list(schema.PRINCIPLES)
    assert len({p.name for p in found}) == 7
    assert all(len(p.text) > 60 for p in found)


def test_principle_names() -> None:
    assert principles.name("voluntary_service", "ru") == "Добровольность"
    assert principles.name("impartiality", "tk") == "Tarapgöýsüzlik"
    assert principles.name("neutrality", "tk") == "Bitaraplyk"
    assert principles.principle("independence").text.endswith("principles of the Movement.")
    assert principles.name("bogus") == "bogus"
