"""A list cell shows the same words whichever way the column computes them.

Columns of text, enums, whole numbers and lists of choices have fast paths (columns._shower);
for every value a file can hold in such a field (unknown codes included) they must show what
`display_value` shows for it.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hdesk.core.schema import ENTITIES, Kind
from hdesk.ui.models.columns import display_value, field_column

FAST_KINDS = (Kind.TEXT, Kind.ENUM, Kind.INT, Kind.LIST)
FIELDS = [
    (entity, f.name)
    for entity, spec in ENTITIES.items()
    for f in spec.fields
    if f.kind in FAST_KINDS and not (f.kind == Kind.LIST and f.ref)
]
LOOKUPS: dict[str, dict[str, str]] = {}


def _values(entity: str, name: str) -> st.SearchStrategy[object]:
    """What a stored value of this field can be (validated on every way in), unknown codes included."""
    f = ENTITIES[entity].field(name)
    words = st.sampled_from(list(f.choices)) if f.choices else st.text(max_size=12)
    any_word = st.one_of(words, st.text(max_size=12))
    by_kind = {
        Kind.TEXT: st.text(max_size=40),
        Kind.ENUM: any_word,
        Kind.INT: st.integers(-(10**12), 10**12),
        Kind.LIST: st.lists(any_word, max_size=4),
    }
    return st.one_of(st.none(), st.just(""), by_kind[f.kind])


@pytest.mark.parametrize(("entity", "name"), FIELDS)
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_a_cell_shows_what_display_value_shows(qapp, entity: str, name: str, data: st.DataObject) -> None:
    value = data.draw(_values(entity, name))
    column = field_column(entity, name, LOOKUPS)
    assert column.display({name: value}) == display_value(entity, name, value, LOOKUPS)


def test_every_fast_kind_is_covered() -> None:
    kinds = {ENTITIES[e].field(n).kind for e, n in FIELDS}
    assert {Kind.TEXT, Kind.ENUM, Kind.INT} <= kinds
    assert any(ENTITIES[e].field(n).kind == Kind.LIST and ENTITIES[e].field(n).choices for e, n in FIELDS)


@settings(max_examples=300, deadline=None)
@given(cells=st.lists(st.text(max_size=10), max_size=6))
def test_a_rows_search_text_is_its_cells_folded(cells: list[str]) -> None:
    """A row is folded once, joined: that must equal folding each cell (a search never joins two cells)."""
    from hdesk.ui.models.columns import quick_fold
    from hdesk.ui.models.record_table import CELL_SEPARATOR

    assert quick_fold(CELL_SEPARATOR.join(cells)) == CELL_SEPARATOR.join(quick_fold(c) for c in cells)
