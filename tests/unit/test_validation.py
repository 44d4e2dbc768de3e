"""Every field rule of core.validation, as a form or spreadsheet would meet it."""

from __future__ import annotations

import pytest

from hdesk.core.schema import ENTITIES, Field, Kind
from hdesk.core.validation import ValidationError, clean_text, describe, fold, validate

PARTNER = ENTITIES["partner"]


def codes(exc: pytest.ExceptionInfo[ValidationError]) -> set[tuple[str, str]]:
    return {(e.field, e.code) for e in exc.value.errors}


def test_required_name_missing_is_refused():
    with pytest.raises(ValidationError) as exc:
        validate(PARTNER, {"kind": "media"})
    assert ("name", "required") in codes(exc)


def test_whitespace_only_counts_as_missing():
    with pytest.raises(ValidationError) as exc:
        validate(PARTNER, {"name": "   \t ", "kind": "media"})
    assert ("name", "required") in codes(exc)


def test_defaults_fill_missing_optional_fields():
    clean = validate(PARTNER, {"name": "UNICEF"})
    assert clean["kind"] == "ngo"
    assert clean["influence"] == 3 and clean["stage"] == "identified"
    assert clean["concerns"] == []


@pytest.mark.parametrize("value", [0, 6, "7", -1])
def test_influence_outside_one_to_five_is_refused(value):
    with pytest.raises(ValidationError) as exc:
        validate(PARTNER, {"name": "X", "influence": value})
    assert {c for _f, c in codes(exc)} & {"too_small", "too_large"}


@pytest.mark.parametrize("value", ["3", 3, 3.0, " 3 "])
def test_influence_accepts_whole_numbers_in_text(value):
    assert validate(PARTNER, {"name": "X", "influence": value})["influence"] == 3


@pytest.mark.parametrize("value", ["2.5", "three", True, float("nan")])
def test_influence_refuses_non_integers(value):
    with pytest.raises(ValidationError) as exc:
        validate(PARTNER, {"name": "X", "influence": value})
    assert ("influence", "not_integer") in codes(exc)


def test_unknown_enum_code_is_refused_with_choices():
    with pytest.raises(ValidationError) as exc:
        validate(PARTNER, {"name": "X", "kind": "martian"})
    error = exc.value.errors[0]
    assert error.code == "bad_choice" and "media" in error.limit
    assert "must be one of" in describe(error)


def test_text_longer_than_limit_is_refused():
    with pytest.raises(ValidationError) as exc:
        validate(PARTNER, {"name": "x" * 301})
    assert ("name", "too_long") in codes(exc)


def test_long_notes_up_to_limit_are_kept_whole():
    notes = "Примечание. " * 1500
    assert validate(PARTNER, {"name": "X", "notes": notes})["notes"] == notes.strip()


def test_nfc_normalisation_and_control_characters():
    decomposed = "Tu\u0308rkmenistan\x00\x07"  # u + combining diaeresis, NUL, BEL
    assert validate(PARTNER, {"name": decomposed})["name"] == "Türkmenistan"


def test_bidi_override_is_removed():
    assert clean_text("abc\u202egpj.exe", multiline=False) == "abcgpj.exe"


def test_single_line_fields_lose_newlines_paragraphs_keep_them():
    clean = validate(PARTNER, {"name": "A\nB", "notes": "line 1\r\nline 2\tend"})
    assert clean["name"] == "A B"
    assert clean["notes"] == "line 1\nline 2\tend"


def test_lone_surrogate_is_replaced_not_stored():
    clean = validate(PARTNER, {"name": "bad \ud800 text"})
    clean["name"].encode("utf-8")  # storable


@pytest.mark.parametrize("value", ["2024-02-30", "31.12.2024", "yesterday", "1800-01-01"])
def test_bad_dates_are_refused(value):
    with pytest.raises(ValidationError) as exc:
        validate(ENTITIES["interaction"], {"partner": "0" * 8 + "-0000-0000-0000-" + "0" * 12, "date": value})
    assert ("date", "bad_date") in codes(exc)


@pytest.mark.parametrize("value", ["2024-13", "2024-1", "24-01", "2024-00"])
def test_bad_months_are_refused(value):
    with pytest.raises(ValidationError) as exc:
        validate(ENTITIES["objective"], {"plan": _uuid(), "title": "T", "start": value}, partial=True)
    assert ("start", "bad_month") in codes(exc)


def test_end_before_start_is_refused_and_equal_is_fine():
    campaign = ENTITIES["campaign"]
    with pytest.raises(ValidationError) as exc:
        validate(campaign, {"title": "C", "start": "2024-05-01", "end": "2024-04-30"})
    assert ("end", "end_before_start") in codes(exc)
    assert validate(campaign, {"title": "C", "start": "2024-05-01", "end": "2024-05-01"})["end"] == "2024-05-01"


def test_objective_due_before_start_is_refused():
    with pytest.raises(ValidationError) as exc:
        validate(ENTITIES["objective"], {"plan": _uuid(), "title": "T", "start": "2024-06", "due": "2024-05"})
    assert ("due", "end_before_start") in codes(exc)


def test_references_must_be_uuids():
    with pytest.raises(ValidationError) as exc:
        validate(ENTITIES["contact"], {"partner": "DROP TABLE", "name": "N"})
    assert ("partner", "bad_reference") in codes(exc)


def test_principles_list_accepts_codes_and_refuses_others():
    objective = ENTITIES["objective"]
    clean = validate(objective, {"plan": _uuid(), "title": "T", "principles": "humanity; unity;humanity"})
    assert clean["principles"] == ["humanity", "unity"]
    with pytest.raises(ValidationError) as exc:
        validate(objective, {"plan": _uuid(), "title": "T", "principles": ["charity"]})
    assert ("principles", "bad_choice") in codes(exc)


def test_list_with_too_many_items_is_refused():
    with pytest.raises(ValidationError) as exc:
        validate(ENTITIES["campaign"], {"title": "C", "societies": [f"Society {i}" for i in range(101)]})
    assert ("societies", "too_many") in codes(exc)


def test_unknown_field_is_reported():
    with pytest.raises(ValidationError) as exc:
        validate(PARTNER, {"name": "X", "colour": "red"})
    assert ("colour", "unknown_field") in codes(exc)


def test_all_errors_are_reported_at_once():
    with pytest.raises(ValidationError) as exc:
        validate(PARTNER, {"influence": 9, "kind": "?", "stage": "?"})
    assert {f for f, _c in codes(exc)} == {"name", "influence", "kind", "stage"}


def test_partial_validation_checks_only_given_fields():
    assert validate(PARTNER, {"country": "Kyrgyzstan"}, partial=True) == {"country": "Kyrgyzstan"}


def test_bool_words():
    field = Field("done", Kind.BOOL)
    interaction = ENTITIES["interaction"]
    assert field.kind == Kind.BOOL
    base = {"partner": _uuid(), "date": "2024-01-01"}
    assert validate(interaction, {**base, "done": "yes"})["done"] is True
    assert validate(interaction, {**base, "done": 0})["done"] is False
    with pytest.raises(ValidationError):
        validate(interaction, {**base, "done": "maybe"})


def test_budget_accepts_decimal_comma_and_spaces():
    clean = validate(ENTITIES["campaign"], {"title": "C", "budget": "12 500,50"})
    assert clean["budget"] == 12500.5


def test_every_entity_validates_its_own_defaults_with_required_fields():
    for entity in ENTITIES.values():
        values = {}
        for f in entity.fields:
            if f.required:
                values[f.name] = {Kind.REF: _uuid(), Kind.DATE: "2024-01-01", Kind.INT: 2024}.get(f.kind, "x")
                if f.kind == Kind.ENUM:
                    values[f.name] = f.choices[0]
        validate(entity, values)


def test_fold_finds_turkmen_letters_from_ascii():
    assert fold("Türkmenistan") == "turkmenistan"
    assert "turkmen" in fold("TÜRKMEN Gyzyl Ýarymaý")
    assert fold("Ёлка") == fold("ёлка")


def _uuid() -> str:
    return "12345678-1234-1234-1234-123456789abc"
