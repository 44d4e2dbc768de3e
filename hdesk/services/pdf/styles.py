"""Paragraph and table styles of the printed plan; every one names a DejaVu face."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Table, TableStyle

from hdesk.services.pdf.fast_table import PlanTable
from hdesk.services.pdf.fonts import BOLD, REGULAR
from hdesk.services.pdf.para import Para

RED = colors.HexColor("#C8102E")
INK = colors.HexColor("#1F2933")
GREY = colors.HexColor("#6B7280")
LINE = colors.HexColor("#9CA3AF")
HEAD_BG = colors.HexColor("#E5E7EB")
ZEBRA = colors.HexColor("#F7F7F8")


def _style(name: str, size: float, bold: bool = False, **kw: Any) -> ParagraphStyle:
    return ParagraphStyle(
        name,
        fontName=BOLD if bold else REGULAR,
        fontSize=size,
        leading=kw.pop("leading", size * 1.25),
        textColor=kw.pop("textColor", INK),
        **kw,
    )


class Styles:
    """The style sheet; attributes rather than a dict so a typo fails at once."""

    def __init__(self) -> None:
        self.title = _style("title", 24, True, leading=30, spaceAfter=10)
        self.subtitle = _style("subtitle", 14, leading=19, spaceAfter=6)
        self.h1 = _style("h1", 16, True, leading=20, spaceBefore=6, spaceAfter=8, textColor=RED)
        self.h2 = _style("h2", 12.5, True, leading=16, spaceBefore=10, spaceAfter=4)
        self.h3 = _style("h3", 10.5, True, leading=13, spaceBefore=6, spaceAfter=2)
        self.body = _style("body", 10, leading=13.5, spaceAfter=5)
        self.small = _style("small", 8, leading=10, textColor=GREY, spaceAfter=4)
        self.note = _style("note", 8.5, leading=10.5, spaceBefore=3, leftIndent=4)
        self.cell = _style("cell", 8.5, leading=10.5)
        self.cell_bold = _style("cell_bold", 8.5, True, leading=10.5)
        self.legend = _style("legend", 7.5, leading=9)
        self.tiny = _style("tiny", 6.5, leading=7.8)
        self.tiny_bold = _style("tiny_bold", 6.5, True, leading=7.8, alignment=TA_CENTER)
        self.mark = _style("mark", 9, True, leading=11, alignment=TA_CENTER)
        self.stamp = _style("stamp", 28, True, leading=34, alignment=TA_CENTER, textColor=RED)
        self.toc = [
            _style("toc0", 10.5, True, leading=15, leftIndent=0, firstLineIndent=0),
            _style("toc1", 9.5, leading=12.5, leftIndent=16, firstLineIndent=0),
        ]


def grid(header_rows: int = 1, zebra: bool = True) -> list[tuple[Any, ...]]:
    """Commands for a plain data table: thin grid, grey header, zebra rows."""
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header_rows:
        commands.append(("FONTNAME", (0, 0), (-1, header_rows - 1), BOLD))
    return commands + grid_lines(header_rows, zebra)


def grid_lines(header_rows: int = 1, zebra: bool = True) -> list[tuple[Any, ...]]:
    """The lines and backgrounds of `grid` alone (no cell commands)."""
    commands: list[tuple[Any, ...]] = [("GRID", (0, 0), (-1, -1), 0.4, LINE)]
    if header_rows:
        commands.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), HEAD_BG))
    if zebra:
        commands.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, ZEBRA]))
    return commands


def data_table(
    rows: Sequence[Sequence[Any]],
    fractions: Sequence[float],
    width: float,
    header_rows: int = 1,
    extra: Sequence[tuple[Any, ...]] = (),
    row_heights: Sequence[float | None] | None = None,
    zebra: bool = True,
) -> Table:
    """A table whose columns share `width` by `fractions`; it repeats its header on every page."""
    total = sum(fractions)
    widths = [width * f / total for f in fractions]
    table = PlanTable(
        list(map(list, rows)), colWidths=widths, rowHeights=row_heights, repeatRows=header_rows, hAlign="LEFT"
    )
    table.setStyle(TableStyle([*grid(header_rows, zebra), *extra]))
    return table


def cells(markup: Sequence[str], style: ParagraphStyle) -> list[Paragraph]:
    """Wrap already-escaped markup strings as Paragraph cells, so long words wrap inside the column."""
    return [Para(m, style) for m in markup]
