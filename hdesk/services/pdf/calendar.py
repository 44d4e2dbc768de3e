"""A Gantt-like month calendar of the plan year, tiled into page-sized drawings.

Objectives run from their start month to their due month; campaigns from their start date to
their end date. Anything reaching outside the year is clipped and marked with an arrow.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors

from hdesk.services.pdf import safe_text
from hdesk.services.pdf.fonts import BOLD, REGULAR, string_width
from hdesk.services.pdf.labels import Labels

ROW = 13.0
HEAD = 16.0
COLOURS = {
    "planned": colors.HexColor("#90A4C8"),
    "in_progress": colors.HexColor("#1E63B5"),
    "done": colors.HexColor("#2E7D32"),
    "postponed": colors.HexColor("#EF6C00"),
    "cancelled": colors.HexColor("#BDBDBD"),
    "campaign": colors.HexColor("#C8102E"),
}


@dataclass
class Bar:
    label: str
    start: float  # months from 1 January of the year (0..12), may lie outside
    end: float
    colour: str  # key of COLOURS


def month_position(value: str | None, year: int, end: bool = False) -> float | None:
    """Position on the year axis: yyyy-mm (whole month) or yyyy-mm-dd (day share)."""
    if not value:
        return None
    try:
        y, m = int(value[:4]), int(value[5:7])
        base = (y - year) * 12 + (m - 1)
        if len(value) >= 10:
            day = dt.date.fromisoformat(value[:10])
            days = ((day.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)).day
            return base + (day.day - (0 if end else 1)) / days
        return float(base + (1 if end else 0))
    except ValueError:
        return None


def fit(text: str, width: float, size: float) -> str:
    """Shorten `text` with an ellipsis until it fits `width` points."""
    if string_width(text, size) <= width:
        return text
    low, high = 0, len(text)  # the longest prefix that fits with the ellipsis, found by halving
    while low < high:
        middle = (low + high + 1) // 2
        if string_width(text[:middle] + "…", size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"


def draw(bars: list[Bar], words: Labels, width: float) -> Drawing:
    label_w = width * 0.34
    month_w = (width - label_w) / 12
    height = HEAD + ROW * len(bars) + 2
    d = Drawing(width, height)
    top = height - HEAD
    for m in range(12):
        x = label_w + m * month_w
        if m % 2 == 0:
            d.add(Rect(x, 0, month_w, top, fillColor=colors.HexColor("#F5F6F8"), strokeColor=None))
        name = safe_text.plain(words.month(m + 1, short=True))
        d.add(String(x + month_w / 2, top + 4, name, fontName=BOLD, fontSize=7.5, textAnchor="middle"))
        d.add(Line(x, 0, x, top, strokeColor=colors.HexColor("#D1D5DB"), strokeWidth=0.3))
    d.add(Line(0, top, width, top, strokeColor=colors.HexColor("#374151"), strokeWidth=0.6))
    for i, bar in enumerate(bars):
        y = top - (i + 1) * ROW
        d.add(String(2, y + 3.5, fit(bar.label, label_w - 6, 7), fontName=REGULAR, fontSize=7))
        d.add(Line(0, y, width, y, strokeColor=colors.HexColor("#ECEDEF"), strokeWidth=0.3))
        start, end = max(0.0, bar.start), min(12.0, bar.end)
        if end <= start:
            continue
        x1, x2 = label_w + start * month_w, label_w + end * month_w
        d.add(Rect(x1, y + 2.5, max(1.5, x2 - x1), ROW - 5, fillColor=COLOURS[bar.colour], strokeColor=None))
        if bar.start < 0:
            d.add(
                Polygon(
                    [x1, y + ROW / 2, x1 + 4, y + 2.5, x1 + 4, y + ROW - 2.5], fillColor=colors.white, strokeColor=None
                )
            )
        if bar.end > 12:
            d.add(
                Polygon(
                    [x2, y + ROW / 2, x2 - 4, y + 2.5, x2 - 4, y + ROW - 2.5], fillColor=colors.white, strokeColor=None
                )
            )
    return d


def tiles(bars: list[Bar], words: Labels, width: float, height: float) -> list[Drawing]:
    """Drawings of at most one frame's height each, every one with the month header."""
    per = max(5, int((height - HEAD - 8) // ROW))
    return [draw(bars[i : i + per], words, width) for i in range(0, len(bars), per)]
