"""The words people type in spreadsheet cells for coded values ("UN agency", "Supportive", "MoU").

Codes are accepted case-insensitively, and so are the English names; anything else is passed on
unchanged so that validation reports it as a bad choice with the list of codes.
"""

from __future__ import annotations

from hdesk.core.schema import ENTITIES
from hdesk.core.validation import fold

_WORDS: dict[str, dict[str, str]] = {
    "kind": {
        "un agency": "un_agency",
        "un": "un_agency",
        "ifrc/icrc": "ifrc_icrc",
        "ifrc": "ifrc_icrc",
        "icrc": "ifrc_icrc",
        "red cross / red crescent movement": "ifrc_icrc",
        "national society": "national_society",
        "local authority": "local_authority",
        "private sector": "private_sector",
        "business": "private_sector",
        "community/religious leader": "community_leader",
        "community or religious leader": "community_leader",
        "religious leader": "community_leader",
        "community leader": "community_leader",
        "non-governmental organisation": "ngo",
        "non-governmental organization": "ngo",
        "university": "academia",
    },
    "stance": {"skeptical": "sceptical", "against": "opposed", "positive": "supportive"},
    "stage": {"agreement signed": "agreement", "mou": "agreement"},
    "concerns": {},
}


def _squash(text: str) -> str:
    return " ".join(fold(text).replace("_", " ").split())


def code_for(field: str, text: str) -> str:
    """The code for a cell of an enum field, or the stripped text when nothing matches."""
    stripped = text.strip()
    key = _squash(stripped)
    if not key:
        return ""
    choices = ENTITIES["partner"].field(field).choices
    for code in choices:
        if key == _squash(code):
            return code
    return _WORDS.get(field, {}).get(key, stripped)


def codes_for_list(field: str, text: str) -> list[str]:
    """Codes for a ';'-separated cell ("Neutrality; independence")."""
    return [code_for(field, part) for part in text.replace(",", ";").split(";") if part.strip()]
