"""Where each partner sits on the influence × interest grid, so that no marker hides another.

Pure geometry (no Qt), so it is tested directly: partners sharing a cell are spread in a small
list (few partners: marker + readable label) or a small grid (many: markers only, the name in
the tooltip), always inside their own cell.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

LEVELS = 5
CELL = 170.0  # scene units per grid cell
LEFT, TOP = 70.0, 44.0  # room for the influence axis and the upper quadrant titles
BOTTOM = 84.0  # tick numbers, lower quadrant titles, interest axis title
LIST_MAX = 10  # up to this many partners in a cell: one row each with a label
MAX_ROW = 36.0  # a list row is at most this tall (room for a two-line label)
MAX_RADIUS = 8.0
PAD = 6.0


@dataclass(frozen=True)
class Point:
    uuid: str
    influence: int
    interest: int
    label: str


@dataclass(frozen=True)
class Placement:
    uuid: str
    x: float  # marker centre, scene units
    y: float
    radius: float
    label_x: float  # top-left of the label box
    label_y: float
    label_width: float  # 0: no label drawn (name in the tooltip only)
    label_height: float  # room for the label (two lines fit when it is tall enough)


def level(value: object) -> int:
    """A stored 1-5 value (None or out of range becomes the middle)."""
    return value if isinstance(value, int) and 1 <= value <= LEVELS else 3


def cell_origin(influence: int, interest: int) -> tuple[float, float]:
    """Top-left corner of a cell: interest grows to the right, influence grows upwards."""
    return LEFT + (interest - 1) * CELL, TOP + (LEVELS - influence) * CELL


def cell_at(x: float, y: float) -> tuple[int, int]:
    """(influence, interest) of the cell under a scene point, clamped to the grid."""
    interest = min(LEVELS, max(1, math.floor((x - LEFT) / CELL) + 1))
    influence = min(LEVELS, max(1, LEVELS - math.floor((y - TOP) / CELL)))
    return influence, interest


def quadrant(influence: int, interest: int) -> str:
    """keep_satisfied | manage_closely | monitor | keep_informed (4-5 counts as high)."""
    high_influence, high_interest = influence >= 4, interest >= 4
    if high_influence:
        return "manage_closely" if high_interest else "keep_satisfied"
    return "keep_informed" if high_interest else "monitor"


def layout(points: list[Point]) -> list[Placement]:
    """Place every point inside its cell; markers of one cell never overlap."""
    cells: dict[tuple[int, int], list[Point]] = {}
    for point in points:
        cells.setdefault((level(point.influence), level(point.interest)), []).append(point)
    out: list[Placement] = []
    for (influence, interest), members in cells.items():
        members.sort(key=lambda p: (p.label.casefold(), p.uuid))
        x0, y0 = cell_origin(influence, interest)
        if len(members) <= LIST_MAX:
            out += _as_list(members, x0, y0, 1)
        else:
            out += _as_grid(members, x0, y0)
    return out


def _as_list(members: list[Point], x0: float, y0: float, columns: int) -> list[Placement]:
    """One row per partner (in one or two columns): marker, then its label to the right."""
    inner = CELL - 2 * PAD
    per_column = math.ceil(len(members) / columns)
    row = min(inner / per_column, MAX_ROW)
    column_width = inner / columns
    radius = min(row * 0.36, MAX_RADIUS)
    top = y0 + PAD + (inner - row * per_column) / 2
    out = []
    for index, point in enumerate(members):
        column, line = index // per_column, index % per_column
        cy = top + row * line + row / 2
        cx = x0 + PAD + column_width * column + radius + 2
        label_x = cx + radius + 4
        width = x0 + PAD + column_width * (column + 1) - label_x - 2
        out.append(Placement(point.uuid, cx, cy, radius, label_x, cy - row / 2, width, row))
    return out


def _as_grid(members: list[Point], x0: float, y0: float) -> list[Placement]:
    """Many partners: a small grid of equal dots, the names in tooltips."""
    inner = CELL - 2 * PAD
    columns = math.ceil(math.sqrt(len(members)))
    rows = math.ceil(len(members) / columns)
    slot_w, slot_h = inner / columns, inner / rows
    radius = max(1.5, min(min(slot_w, slot_h) * 0.4, MAX_RADIUS - 1))
    out = []
    for index, point in enumerate(members):
        col, line = index % columns, index // columns
        cx = x0 + PAD + slot_w * col + slot_w / 2
        cy = y0 + PAD + slot_h * line + slot_h / 2
        out.append(Placement(point.uuid, cx, cy, radius, cx, cy, 0.0, slot_h))
    return out


def scene_size(legend_width: float) -> tuple[float, float]:
    return LEFT + LEVELS * CELL + legend_width, TOP + LEVELS * CELL + BOTTOM
