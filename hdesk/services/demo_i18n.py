"""The demo plan in each interface language, so a Russian or Turkmen office sees its own words.

The English content in demo_data is the single source of structure (codes, dates, numbers,
links); demo_text_ru / demo_text_tk hold only the words, keyed like the English. Building the
translated content from the English one keeps every language at the same counts and links.
"""

from __future__ import annotations

from types import ModuleType, SimpleNamespace
from typing import Any

from hdesk.services import demo_data, demo_text_ru, demo_text_tk

LANGUAGES = ("en", "ru", "tk")

# The two activities under objectives 2.3 and 3.1 (objective code, title, department, start, end, status).
ACTIVITIES: list[tuple[Any, ...]] = [
    ("2.3", "Attend the online consultation with the IFRC Regional Office", "hd", "2024-01-25", "2024-01-25", "done"),
    ("3.1", "Stakeholder mapping workshop with branch focal points", "branches", "2024-02-14", "2024-02-15", "done"),
]

_TEXTS: dict[str, ModuleType] = {"ru": demo_text_ru, "tk": demo_text_tk}


def demo_content(lang: str = "en") -> SimpleNamespace:
    """The demo content (same attribute names as demo_data, plus ACTIVITIES) in `lang`; English otherwise."""
    d = demo_data
    english = SimpleNamespace(
        SOCIETY=d.SOCIETY,
        COUNTRY=d.COUNTRY,
        OFFICE=d.OFFICE,
        CENTRAL_ASIAN_SOCIETIES=d.CENTRAL_ASIAN_SOCIETIES,
        PLAN=d.PLAN,
        GOALS=d.GOALS,
        DEPARTMENTS=d.DEPARTMENTS,
        OBJECTIVES=d.OBJECTIVES,
        ACTIVITIES=ACTIVITIES,
        PARTNERS=d.PARTNERS,
        CONTACTS=d.CONTACTS,
        INTERACTIONS=d.INTERACTIONS,
        AGREEMENTS=d.AGREEMENTS,
        CAMPAIGNS=d.CAMPAIGNS,
    )
    text = _TEXTS.get(lang)
    if text is None:
        return english
    return _translated(english, text)


def society_names(lang: str = "en") -> tuple[str, ...]:
    """The Central Asian National Societies, named in `lang` (options for a campaign's Societies)."""
    return tuple(demo_content(lang).CENTRAL_ASIAN_SOCIETIES)


def _translated(en: SimpleNamespace, t: ModuleType) -> SimpleNamespace:
    words: dict[str, str] = t.WORDS

    def word(value: str) -> str:
        return words.get(value, value)

    goals = [(code, *t.GOALS[code], start, end) for code, _title, _desc, start, end in en.GOALS]
    departments = [(key, *t.DEPARTMENTS[key]) for key, *_rest in en.DEPARTMENTS]
    objectives = []
    for row in en.OBJECTIVES:
        title, indicator, description = t.OBJECTIVES[row[0]]
        objectives.append((*row[:2], title, *row[3:9], indicator, *row[10:15], description))
    activities = [(row[0], title, *row[2:]) for row, title in zip(en.ACTIVITIES, t.ACTIVITIES, strict=True)]
    partners = [
        (key, *t.PARTNERS[key][:1], kind, word(country), infl, inter, stance, stage, t.PARTNERS[key][1], concerns)
        for key, _name, kind, country, infl, inter, stance, stage, _notes, concerns in en.PARTNERS
    ]
    contacts = [
        (key, name, position, phone, email, language)
        for (key, _n, _p, phone, email, _l), (name, position, language) in zip(en.CONTACTS, t.CONTACTS, strict=True)
    ]
    interactions = [
        (key, date, kind, summary, follow_up, due, done)
        for (key, date, kind, _s, _f, due, done), (summary, follow_up) in zip(
            en.INTERACTIONS, t.INTERACTIONS, strict=True
        )
    ]
    agreements = [
        (key, title, signed, valid, obligations)
        for (key, _t, signed, valid, _o), (title, obligations) in zip(en.AGREEMENTS, t.AGREEMENTS, strict=True)
    ]
    campaigns = []
    for campaign, (title, theme, messages, audiences, channels) in zip(en.CAMPAIGNS, t.CAMPAIGNS, strict=True):
        campaigns.append(
            {
                **campaign,
                "title": title,
                "theme": theme,
                "key_messages": messages,
                "audiences": audiences,
                "channels": channels,
                "lead_society": word(campaign["lead_society"]),
            }
        )
    return SimpleNamespace(
        SOCIETY=word(en.SOCIETY),
        COUNTRY=word(en.COUNTRY),
        OFFICE=word(en.OFFICE),
        CENTRAL_ASIAN_SOCIETIES=tuple(word(s) for s in en.CENTRAL_ASIAN_SOCIETIES),
        PLAN={**en.PLAN, **t.PLAN},
        GOALS=goals,
        DEPARTMENTS=departments,
        OBJECTIVES=objectives,
        ACTIVITIES=activities,
        PARTNERS=partners,
        CONTACTS=contacts,
        INTERACTIONS=interactions,
        AGREEMENTS=agreements,
        CAMPAIGNS=campaigns,
    )
