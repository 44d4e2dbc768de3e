"""The influence × interest grid as vector graphics, partners as numbered markers.

Partners sit on a 1–5 scale, so many share a cell; markers in one cell are laid out on a small
sub-grid and carry a number instead of a name, which keeps labels from piling up. The numbered
list printed under the map names them. A cell holding more than CROWDED partners (thousands of
partners would print as specks) shows one boxed count per stance instead.
"""

from __future__ import annotations

import math
from typing import Any

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Rect, String
from reportlab.lib import colors

from hdesk.services.pdf import safe_text
from hdesk.services.pdf.fonts import BOLD, REGULAR, string_width
from hdesk.services.pdf.labels import Labels

STANCE_COLOURS = {
    "supportive": colors.HexColor("#2E7D32"),
    "neutral": colors.HexColor("#757575"),
    "sceptical": colors.HexColor("#EF6C00"),
    "opposed": colors.HexColor("#C62828"),
    "unknown": colors.HexColor("#1E88E5"),
}
QUADRANTS = (  # (high influence?, high interest?) -> label key and tint
    (True, True, "q_manage", "#FCE4E4"),
    (True, False, "q_satisfy", "#FFF4E0"),
    (False, True, "q_inform", "#E6F0FA"),
    (False, False, "q_monitor", "#F3F4F6"),
)
HIGH = 4  # 4 and 5 count as high on the 1–5 scale
CROWDED = 30  # more partners than this in one cell: counts per stance, not numbered markers


def _level(value: Any) -> int:
    try:
        return max(1, min(5, int(value)))
    except (TypeError, ValueError):
        return 3


def draw(partners: list[dict[str, Any]], words: Labels, width: float) -> Drawing:
    """A square-ish map `width` wide; partner i (1-based, in list order) is marker i."""
    left, bottom, right_pad, top_pad = 34.0, 30.0, 6.0, 6.0
    size = min(width - left - right_pad, 380.0)
    legend_h = 18.0
    drawing = Drawing(width, size + bottom + top_pad + legend_h)
    x0, y0 = left, bottom + legend_h
    cell = size / 5
    for high_inf, high_int, key, tint in QUADRANTS:
        qx = x0 + (3 * cell if high_int else 0)
        qy = y0 + (3 * cell if high_inf else 0)
        qw = 2 * cell if high_int else 3 * cell
        qh = 2 * cell if high_inf else 3 * cell
        drawing.add(Rect(qx, qy, qw, qh, fillColor=colors.HexColor(tint), strokeColor=None))
        drawing.add(
            String(
                qx + qw / 2,
                qy + qh - 11,
                safe_text.plain(words(key), 40),
                fontName=BOLD,
                fontSize=8,
                fillColor=colors.HexColor("#6B7280"),
                textAnchor="middle",
            )
        )
    for i in range(6):
        weight = 1.2 if i == 3 else 0.3
        shade = colors.HexColor("#374151") if i == 3 else colors.HexColor("#D1D5DB")
        drawing.add(Line(x0 + i * cell, y0, x0 + i * cell, y0 + size, strokeColor=shade, strokeWidth=weight))
        drawing.add(Line(x0, y0 + i * cell, x0 + size, y0 + i * cell, strokeColor=shade, strokeWidth=weight))
    for i in range(5):
        drawing.add(
            String(x0 + (i + 0.5) * cell, y0 - 10, str(i + 1), fontName=REGULAR, fontSize=7, textAnchor="middle")
        )
        drawing.add(
            String(x0 - 6, y0 + (i + 0.5) * cell - 2, str(i + 1), fontName=REGULAR, fontSize=7, textAnchor="end")
        )
    drawing.add(
        String(
            x0 + size / 2,
            y0 - 22,
            safe_text.plain(words("interest")) + " →",
            fontName=BOLD,
            fontSize=8.5,
            textAnchor="middle",
        )
    )
    axis = String(0, 0, safe_text.plain(words("influence")) + " →", fontName=BOLD, fontSize=8.5, textAnchor="middle")
    turned = Group(axis)
    turned.rotate(90)
    turned.translate(y0 + size / 2, -12)
    drawing.add(turned)
    _markers(drawing, partners, x0, y0, cell)
    _legend(drawing, words, x0, 2)
    return drawing


def _cells(partners: list[dict[str, Any]]) -> dict[tuple[int, int], list[tuple[int, dict[str, Any]]]]:
    by_cell: dict[tuple[int, int], list[tuple[int, dict[str, Any]]]] = {}
    for number, partner in enumerate(partners, start=1):
        key = (_level(partner.get("interest")), _level(partner.get("influence")))
        by_cell.setdefault(key, []).append((number, partner))
    return by_cell


def crowded(partners: list[dict[str, Any]]) -> bool:
    """True when some cell shows counts instead of numbered markers."""
    return any(len(members) > CROWDED for members in _cells(partners).values())


def _markers(drawing: Drawing, partners: list[dict[str, Any]], x0: float, y0: float, cell: float) -> None:
    inner = cell - 16  # leave the quadrant caption room at the cell top
    for (interest, influence), members in _cells(partners).items():
        if len(members) > CROWDED:
            _counts(drawing, members, x0 + (interest - 1) * cell, y0 + (influence - 1) * cell, cell, inner)
            continue
        cols = math.ceil(math.sqrt(len(members)))
        rows = math.ceil(len(members) / cols)
        step_x, step_y = cell / cols, inner / rows
        radius = max(2.5, min(9.0, min(step_x, step_y) * 0.42))
        font = max(3.5, min(7.5, radius * (1.0 if len(str(len(partners))) < 3 else 0.8)))
        cx0 = x0 + (interest - 1) * cell
        cy0 = y0 + (influence - 1) * cell
        for k, (number, partner) in enumerate(members):
            r, c = divmod(k, cols)
            cx = cx0 + (c + 0.5) * step_x
            cy = cy0 + inner - (r + 0.5) * step_y + 2
            fill = STANCE_COLOURS.get(partner.get("stance") or "unknown", STANCE_COLOURS["unknown"])
            drawing.add(Circle(cx, cy, radius, fillColor=fill, strokeColor=colors.white, strokeWidth=0.6))
            drawing.add(
                String(
                    cx,
                    cy - font * 0.35,
                    str(number),
                    fontName=BOLD,
                    fontSize=font,
                    fillColor=colors.white,
                    textAnchor="middle",
                )
            )


def _counts(
    drawing: Drawing, members: list[tuple[int, dict[str, Any]]], cx0: float, cy0: float, cell: float, inner: float
) -> None:
    """One boxed number per stance present: how many partners of that stance share the cell."""
    tally: dict[str, int] = {}
    for _, partner in members:
        stance = partner.get("stance") or "unknown"
        stance = stance if stance in STANCE_COLOURS else "unknown"
        tally[stance] = tally.get(stance, 0) + 1
    present = [s for s in STANCE_COLOURS if s in tally]
    cols = 2 if len(present) > 1 else 1
    rows = math.ceil(len(present) / cols)
    step_x, step_y = cell / cols, inner / rows
    box_w, box_h = min(step_x - 3, 30.0), min(step_y - 2, 13.0)
    font = max(4.0, min(7.5, box_h * 0.6, box_w / 3.2))
    for k, stance in enumerate(present):
        r, c = divmod(k, cols)
        cx = cx0 + (c + 0.5) * step_x
        cy = cy0 + inner - (r + 0.5) * step_y + 2
        drawing.add(
            Rect(
                cx - box_w / 2,
                cy - box_h / 2,
                box_w,
                box_h,
                rx=2,
                ry=2,
                fillColor=STANCE_COLOURS[stance],
                strokeColor=colors.white,
                strokeWidth=0.6,
            )
        )
        label = str(tally[stance])
        drawing.add(
            String(
                cx, cy - font * 0.35, label, fontName=BOLD, fontSize=font, fillColor=colors.white, textAnchor="middle"
            )
        )


def _legend(drawing: Drawing, words: Labels, x: float, y: float) -> None:
    for stance, colour in STANCE_COLOURS.items():
        drawing.add(Circle(x + 4, y + 4, 4, fillColor=colour, strokeColor=None))
        label = safe_text.plain(words.enum(stance), 30)
        drawing.add(String(x + 11, y + 1, label, fontName=REGULAR, fontSize=7.5))
        x += 22 + string_width(label, 7.5)
