"""Validation of values that enter a database, from any door (GUI, spreadsheet, exchange file).

Errors are codes with parameters, never sentences: the UI and CLI turn them into words
in the user's language.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from hdesk.core.schema import MAX_LIST_ITEMS, Entity, Field, Kind

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_BIDI = re.compile(r"[\u202a-\u202e\u2066-\u2069]")
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


@dataclass(frozen=True)
class FieldError:
    """One reason a value was refused.

    Codes: required, too_long, not_text, not_integer, not_number, too_small, too_large,
    bad_date, bad_month, bad_choice, bad_reference, too_many, bad_bool, end_before_start,
    unknown_field.
    """

    field: str
    code: str
    limit: object = None

    def __str__(self) -> str:  # for logs and the CLI's English fallback
        return describe(self)


class ValidationError(ValueError):
    """A record was refused; `errors` says which fields and why."""

    def __init__(self, entity: str, errors: list[FieldError]):
        self.entity = entity
        self.errors = errors
        super().__init__("; ".join(str(e) for e in errors))


def clean_text(value: str, multiline: bool) -> str:
    """NFC, no control characters (but tab/newline in paragraphs), no bidi overrides."""
    value = unicodedata.normalize("NFC", value)
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    if not multiline:
        value = value.replace("\n", " ").replace("\t", " ")
    value = _CONTROL.sub("", value)
    value = _BIDI.sub("", value)
    # Lone surrogates cannot be stored as UTF-8: replace them visibly.
    value = value.encode("utf-8", "replace").decode("utf-8") if _has_surrogate(value) else value
    return value.strip() if not multiline else value.strip("\n ")


def _has_surrogate(value: str) -> bool:
    return any("\ud800" <= ch <= "\udfff" for ch in value)


def fold(value: str) -> str:
    """Case- and diacritic-insensitive form for searching: 'Türkmen' -> 'turkmen'."""
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def is_uuid(value: object) -> bool:
    return isinstance(value, str) and bool(_UUID.match(value))


def clean_value(f: Field, value: Any) -> Any:
    """Return the stored form of `value` for field `f`, or raise FieldError."""
    if value is None or (isinstance(value, str) and not value.strip() and f.kind != Kind.LIST):
        if f.required:
            raise _Refused(FieldError(f.name, "required"))
        return [] if f.kind == Kind.LIST else (False if f.kind == Kind.BOOL else None)
    kind = f.kind
    if kind in (Kind.TEXT, Kind.LONGTEXT):
        if not isinstance(value, str):
            raise _Refused(FieldError(f.name, "not_text"))
        text = clean_text(value, kind == Kind.LONGTEXT)
        if not text and f.required:
            raise _Refused(FieldError(f.name, "required"))
        if len(text) > f.limit:
            raise _Refused(FieldError(f.name, "too_long", f.limit))
        return text or None
    if kind == Kind.INT:
        number = _as_number(f, value, integer=True)
        return int(number)
    if kind == Kind.NUMBER:
        return _as_number(f, value, integer=False)
    if kind == Kind.BOOL:
        if isinstance(value, bool):
            return value
        if isinstance(value, int) and value in (0, 1):
            return bool(value)
        if isinstance(value, str) and value.strip().lower() in _BOOL_WORDS:
            return _BOOL_WORDS[value.strip().lower()]
        raise _Refused(FieldError(f.name, "bad_bool"))
    if kind == Kind.DATE:
        return _as_date(f, value)
    if kind == Kind.MONTH:
        return _as_month(f, value)
    if kind == Kind.ENUM:
        code = value.strip() if isinstance(value, str) else value
        if code not in f.choices:
            raise _Refused(FieldError(f.name, "bad_choice", f.choices))
        return code
    if kind == Kind.REF:
        if not is_uuid(value):
            raise _Refused(FieldError(f.name, "bad_reference"))
        return value
    if kind == Kind.LIST:
        return _as_list(f, value)
    raise AssertionError(kind)  # pragma: no cover - every kind is handled above


_BOOL_WORDS = {"1": True, "0": False, "true": True, "false": False, "yes": True, "no": False}


class _Refused(Exception):
    def __init__(self, error: FieldError):
        self.error = error


def _as_number(f: Field, value: Any, integer: bool) -> float:
    if isinstance(value, bool):
        raise _Refused(FieldError(f.name, "not_integer" if integer else "not_number"))
    if isinstance(value, str):
        text = value.strip().replace("\u00a0", "").replace(" ", "").replace(",", ".")
        try:
            value = float(text)
        except ValueError:
            raise _Refused(FieldError(f.name, "not_integer" if integer else "not_number")) from None
    if not isinstance(value, (int, float)) or not math.isfinite(value):
        raise _Refused(FieldError(f.name, "not_integer" if integer else "not_number"))
    if integer and int(value) != value:
        raise _Refused(FieldError(f.name, "not_integer"))
    if f.minimum is not None and value < f.minimum:
        raise _Refused(FieldError(f.name, "too_small", f.minimum))
    if f.maximum is not None and value > f.maximum:
        raise _Refused(FieldError(f.name, "too_large", f.maximum))
    return int(value) if integer else float(value)


def _as_date(f: Field, value: Any) -> str:
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        day = value
    elif isinstance(value, str):
        try:
            day = dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            raise _Refused(FieldError(f.name, "bad_date")) from None
    else:
        raise _Refused(FieldError(f.name, "bad_date"))
    if not 1900 <= day.year <= 2200:
        raise _Refused(FieldError(f.name, "bad_date"))
    return day.isoformat()


def _as_month(f: Field, value: Any) -> str:
    if isinstance(value, dt.date):
        value = f"{value.year:04d}-{value.month:02d}"
    match = _MONTH.match(value.strip()) if isinstance(value, str) else None
    if not match or not (1 <= int(match.group(2)) <= 12) or not (1900 <= int(match.group(1)) <= 2200):
        raise _Refused(FieldError(f.name, "bad_month"))
    return match.group(0)


def _as_list(f: Field, value: Any) -> list[str]:
    if isinstance(value, str):
        value = [part for part in (p.strip() for p in value.split(";")) if part]
    if not isinstance(value, (list, tuple)):
        raise _Refused(FieldError(f.name, "not_text"))
    if len(value) > MAX_LIST_ITEMS:
        raise _Refused(FieldError(f.name, "too_many", MAX_LIST_ITEMS))
    items: list[str] = []
    for item in value:
        if not isinstance(item, str):
            raise _Refused(FieldError(f.name, "not_text"))
        text = clean_text(item, multiline=False)
        if not text:
            continue
        if f.choices and text not in f.choices:
            raise _Refused(FieldError(f.name, "bad_choice", f.choices))
        if f.ref and not is_uuid(text):
            raise _Refused(FieldError(f.name, "bad_reference"))
        if len(text) > f.limit:
            raise _Refused(FieldError(f.name, "too_long", f.limit))
        if text not in items:
            items.append(text)
    return items


def validate(ent: Entity, values: dict[str, Any], partial: bool = False) -> dict[str, Any]:
    """Clean every value of a record; raise ValidationError listing all problems.

    Args:
        ent: the entity the values belong to.
        values: field name -> raw value (strings from a form or a spreadsheet are fine).
        partial: when True only the given fields are checked (an edit of some fields);
            otherwise missing fields take their defaults and required ones are enforced.
    Returns:
        field name -> stored value.
    """
    errors: list[FieldError] = []
    cleaned: dict[str, Any] = {}
    known = set(ent.field_names)
    for name in values:
        if name not in known:
            errors.append(FieldError(name, "unknown_field"))
    for f in ent.fields:
        if f.name in values:
            raw = values[f.name]
        elif partial:
            continue
        else:
            raw = f.default
        try:
            cleaned[f.name] = clean_value(f, raw)
        except _Refused as refused:
            errors.append(refused.error)
    errors.extend(check_ranges(ent, cleaned))
    if errors:
        raise ValidationError(ent.name, errors)
    return cleaned


def check_ranges(ent: Entity, values: dict[str, Any]) -> list[FieldError]:
    """End-before-start errors for the ranges whose both ends are present in `values`."""
    errors = []
    for start, end in ent.ranges:
        a, b = values.get(start), values.get(end)
        if a is not None and b is not None and b < a:
            errors.append(FieldError(end, "end_before_start"))
    return errors


_ENGLISH = {
    "required": "{field} is required",
    "too_long": "{field} is longer than {limit} characters",
    "not_text": "{field} must be text",
    "not_integer": "{field} must be a whole number",
    "not_number": "{field} must be a number",
    "too_small": "{field} must be at least {limit:g}",
    "too_large": "{field} must be at most {limit:g}",
    "bad_date": "{field} must be a date like 2024-03-31",
    "bad_month": "{field} must be a month like 2024-03",
    "bad_choice": "{field} must be one of: {choices}",
    "bad_reference": "{field} must refer to an existing record",
    "too_many": "{field} has more than {limit} items",
    "bad_bool": "{field} must be yes or no",
    "end_before_start": "{field} is before the start",
    "unknown_field": "{field} is not a known column",
    "missing_parent": "{field} refers to a record that does not exist",
}


def describe(error: FieldError) -> str:
    """An English sentence for an error (the CLI's words; the GUI translates codes itself)."""
    template = _ENGLISH.get(error.code, "{field}: {code}")
    choices = ", ".join(error.limit) if isinstance(error.limit, tuple) else ""
    label = error.field.replace("_", " ")
    limit = error.limit if isinstance(error.limit, (int, float)) else 0
    return template.format(field=label, limit=limit, choices=choices, code=error.code)
