"""Table columns of record lists: the words a cell shows for a stored value, and how columns fit.

Kept apart from the item models (records.py) so those stay about Qt's model rules.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from hdesk.core.schema import ENTITIES, Field, Kind
from hdesk.core.validation import fold
from hdesk.ui import text

Row = dict[str, Any]
Lookups = Mapping[str, Mapping[str, str]]  # entity -> uuid -> name


@dataclass(frozen=True)
class Column:
    """One column: its header and how to show and sort a row's value."""

    key: str
    title: str
    display: Callable[[Row], str]
    sort: Callable[[Row], Any] | None = None
    align_right: bool = False
    warn: Callable[[Row], bool] | None = None  # show the cell in the warning colour
    optional: bool = False  # hidden first when the list is too narrow
    whole: bool = False  # never narrower than its values (dates, numbers: a cut one cannot be read)


@functools.lru_cache(maxsize=65536)
def quick_fold(value: str) -> str:
    """validation.fold, with a fast path for plain ASCII text (most cells of a big list)."""
    if value.isascii():
        return value.lower()
    return fold(value)


def format_number(value: Any) -> str:
    """Numbers as a person writes them, without a thousands separator validation could misread."""
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.15g}"
    return str(value)


def display_value(entity: str, name: str, value: Any, lookups: Lookups, field: Field | None = None) -> str:
    """The words a table cell shows for a stored value of a field (`field`: its schema, if at hand)."""
    f = field or ENTITIES[entity].field(name)
    if value is None or value == []:
        return ""
    if f.kind == Kind.ENUM:
        return text.choice_label(value)
    if f.kind == Kind.REF:
        return lookups.get(f.ref, {}).get(value, "")
    if f.kind == Kind.BOOL:
        return text.tr("Yes") if value else ""
    if f.kind == Kind.INT:
        return format_number(value)
    if f.kind == Kind.NUMBER:
        return text.format_amount(value)
    if f.kind == Kind.DATE:
        return text.format_date(value)
    if f.kind == Kind.MONTH:
        return text.format_month(value)
    if f.kind == Kind.LIST:
        if f.choices:
            return ", ".join(text.choice_label(v) for v in value)
        if f.ref:
            names = lookups.get(f.ref, {})
            return "; ".join(names.get(v, "") for v in value if names.get(v))
        return "; ".join(value)
    if f.kind == Kind.LONGTEXT:
        return " ".join(str(value).split())[:200]
    return str(value)


def _shower(entity: str, name: str, lookups: Lookups, f: Field) -> Callable[[Row], str]:
    """`display_value` for one column, with the kind decided and choice words looked up once
    (text, enum, whole numbers and lists of choices; other kinds and unexpected values go through
    `display_value` itself).

    A 5,000-partner list shows 40,000 cells; asking the translator for every enum cell was most of
    the time the Partners tab took to appear.
    """
    if f.kind in (Kind.TEXT, Kind.ENUM):
        words = {code: text.choice_label(code) for code in f.choices}

        def plain(row: Row) -> str:
            value = row.get(name)
            if value is None or value == "":
                return ""
            if not isinstance(value, str):
                return display_value(entity, name, value, lookups, f)
            return words.get(value) or (text.choice_label(value) if f.kind == Kind.ENUM else value)

        return plain
    if f.kind == Kind.INT:

        def number(row: Row) -> str:
            value = row.get(name)
            if isinstance(value, int) and not isinstance(value, bool):
                return str(value)
            return display_value(entity, name, value, lookups, f)

        return number
    if f.kind == Kind.LIST and f.choices:
        labels = {code: text.choice_label(code) for code in f.choices}

        def listed(row: Row) -> str:
            value = row.get(name)
            if isinstance(value, list):
                try:
                    return ", ".join([labels[v] for v in value])
                except (KeyError, TypeError):  # a code this program does not know
                    pass
            return display_value(entity, name, value, lookups, f)

        return listed

    def general(row: Row) -> str:
        return display_value(entity, name, row.get(name), lookups, f)

    return general


def fit_widths(widths: list[int], available: int, main: int = -1, floor: int = 48) -> list[int]:
    """Column widths that fit `available`: the `main` column keeps up to 40%, the widest others shrink."""
    if sum(widths) <= available or not widths:
        return list(widths)
    reserved = min(widths[main], int(available * 0.4)) if 0 <= main < len(widths) else 0
    others = [w for i, w in enumerate(widths) if i != main] if reserved else list(widths)
    room = available - reserved
    low, high = floor, max(others, default=floor)
    while low < high:
        cap = (low + high + 1) // 2
        if sum(min(w, cap) for w in others) <= room:
            low = cap
        else:
            high = cap - 1
    fitted = [min(w, low) for w in others]
    if reserved:
        fitted.insert(main, max(reserved, available - sum(fitted)))
    return fitted


def code_key(code: str | None) -> tuple[tuple[int, int, str], ...] | None:
    """'1.10' sorts after '1.9': numbers in a code compare as numbers."""
    if not code:
        return None
    parts = code.replace("-", ".").split(".")
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, fold(p)) for p in parts)


def field_column(entity: str, name: str, lookups: Lookups, title: str = "", optional: bool = False) -> Column:
    """A column for one schema field; enums sort in their declared order, numbers as numbers."""
    f = ENTITIES[entity].field(name)
    show = _shower(entity, name, lookups, f)

    def sort(row: Row) -> Any:
        value = row.get(name)
        if f.kind == Kind.ENUM:
            return f.choices.index(value) if value in f.choices else None
        return value

    numeric = f.kind in (Kind.INT, Kind.NUMBER)
    raw = f.kind in (Kind.ENUM, Kind.INT, Kind.NUMBER, Kind.DATE, Kind.MONTH)  # others sort by shown words
    title = title or text.field_label(entity, name)
    whole = f.kind in (Kind.INT, Kind.NUMBER, Kind.DATE, Kind.MONTH)
    return Column(name, title, show, sort if raw else None, align_right=numeric, optional=optional, whole=whole)
