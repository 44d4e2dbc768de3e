"""Tables with less work per cell: a large plan prints tens of thousands of cells.

`PlanTable` is a ReportLab Table whose plain one-line string cells are written as PDF text
operators directly (the same operators `canvas.drawString` writes), with each distinct string's
font encoding computed once per document: partner kinds, stances and levels repeat thousands of
times. `uniform_table` builds a table whose cells share a few ready-made cell styles instead of
applying every style command to every cell, and `row_heights` measures rows the way Table does
without building one.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import Flowable, Table, TableStyle
from reportlab.platypus.tables import CellStyle

from hdesk.services.pdf.fonts import BOLD, REGULAR

_CELL_OPS = {"FONT", "FONTNAME", "FACE", "SIZE", "FONTSIZE", "LEADING", "TEXTCOLOR", "ALIGN", "ALIGNMENT"}
_CELL_OPS |= {"VALIGN", "LEFTPADDING", "RIGHTPADDING", "TOPPADDING", "BOTTOMPADDING", "HREF", "DESTINATION"}
_CELL_OPS |= {"DIRECTION", "SHAPING"}


def _text(canv: rl_canvas.Canvas, style: Any, text: str) -> tuple[float, str] | None:
    """(width, the PDF operators that show `text` in the cell's font), cached on the canvas.

    The operators name the document's font subsets, which stay fixed once a letter has one, so
    they can be reused anywhere in the same document. None when the font is not a TrueType font.
    """
    cache: dict[tuple[str, float, float, str], tuple[float, str] | None] = canv.__dict__.setdefault("_hdesk_text", {})
    key = (style.fontname, style.fontsize, style.leading, text)
    if key not in cache:
        font = pdfmetrics.getFont(style.fontname)
        if not getattr(font, "_dynamicFont", False):
            cache[key] = None
        else:
            doc, escape = canv._doc, canv._escape
            tf = f"{fp_str(style.fontsize)} Tf {fp_str(style.leading)} TL"
            shows = [
                f"{font.getSubsetInternalName(subset, doc)} {tf} ({escape(encoded)}) Tj"
                for subset, encoded in font.splitString(text, doc)
            ]
            cache[key] = (font.stringWidth(text, style.fontsize), " ".join(shows))
    return cache[key]


class PlanTable(Table):
    """A Table that writes one-line string cells without a text object per cell."""

    def _drawCell(self, cellval: Any, cellstyle: Any, pos: tuple[float, float], size: tuple[float, float]) -> None:
        if (
            type(cellval) is not str
            or "\n" in cellval
            or cellstyle.href
            or cellstyle.destination
            or cellstyle.direction
            or cellstyle.shaping
            or cellstyle.alignment not in ("LEFT", "CENTER", "CENTRE", "RIGHT")
            or cellstyle.valign not in ("TOP", "MIDDLE", "BOTTOM")
        ):
            super()._drawCell(cellval, cellstyle, pos, size)
            return
        if not cellval:
            return  # Table would write an empty text object
        canv = self.canv
        shown = _text(canv, cellstyle, cellval)
        if shown is None:
            super()._drawCell(cellval, cellstyle, pos, size)
            return
        cur: Any = self._curcellstyle  # type: ignore[has-type]
        if cur is not cellstyle:  # the same font and colour bookkeeping as Table._drawCell
            if cur is None or cellstyle.color != cur.color:
                canv.setFillColor(cellstyle.color)
            if (
                cur is None
                or cellstyle.leading != cur.leading
                or cellstyle.fontname != cur.fontname
                or cellstyle.fontsize != cur.fontsize
            ):
                canv.setFont(cellstyle.fontname, cellstyle.fontsize, cellstyle.leading)
            self._curcellstyle = cellstyle
        colpos, rowpos = pos
        colwidth, rowheight = size
        fontsize, leading = cellstyle.fontsize, cellstyle.leading
        just, valign = cellstyle.alignment, cellstyle.valign
        width, operators = shown
        if just == "LEFT":
            x = colpos + cellstyle.leftPadding
        elif just == "RIGHT":
            x = colpos + colwidth - cellstyle.rightPadding - width
        else:
            x = colpos + (colwidth + cellstyle.leftPadding - cellstyle.rightPadding) * 0.5 - 0.5 * width
        if valign == "TOP":
            y = rowpos + rowheight - cellstyle.topPadding - fontsize
        elif valign == "BOTTOM":
            y = rowpos + cellstyle.bottomPadding + leading - fontsize
        else:
            y = rowpos + (cellstyle.bottomPadding + rowheight - cellstyle.topPadding + leading) / 2.0 - fontsize
        canv.addLiteral(f"BT 1 0 0 1 {fp_str(x, y)} Tm {operators} ET")


def uniform_table(
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    commands: Sequence[tuple[Any, ...]],
    header_rows: int,
    bold_columns: Sequence[int] = (),
    row_heights: Sequence[float] | None = None,
) -> PlanTable:
    """A data table (8.5 pt, top-aligned, 3-3-2-3 padding, bold header) with shared cell styles.

    `commands` may hold only lines and backgrounds: cell commands would change every cell sharing
    a style, so they are refused.
    """
    refused = [c[0] for c in commands if c[0] in _CELL_OPS]
    if refused:
        raise ValueError(f"uniform_table takes no cell style commands: {refused}")
    body = CellStyle("cell")
    body.fontname, body.fontsize, body.valign = REGULAR, 8.5, "TOP"
    body.leftPadding = body.rightPadding = 3
    body.topPadding, body.bottomPadding = 2, 3
    bold = CellStyle("cell_bold", body)
    bold.fontname = BOLD
    styles = [
        [bold if (r < header_rows or c in bold_columns) else body for c in range(len(widths))] for r in range(len(rows))
    ]
    table = PlanTable(
        [list(r) for r in rows],
        colWidths=list(widths),
        rowHeights=list(row_heights) if row_heights is not None else None,
        repeatRows=header_rows,
        hAlign="LEFT",
        cellStyles=styles,
    )
    table.setStyle(TableStyle(list(commands)))
    return table


def row_heights(rows: Sequence[Sequence[Any]], widths: Sequence[float], padding: float = 6) -> list[float]:
    """Heights of rows as `uniform_table` lays them out (Table's rules: string cells 12 pt a line).

    `padding` is the left plus right padding; 5 pt (top 2 + bottom 3) is added to every row.
    """
    out: list[float] = []
    for row in rows:
        tallest = 0.0
        for value, width in zip(row, widths, strict=True):
            if isinstance(value, Flowable | list | tuple):
                flowables = [value] if isinstance(value, Flowable) else list(value)
                height = sum(
                    f.wrap(width - padding, 1e9)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in flowables
                )
                if flowables:  # Table leaves out the first one's space before and the last one's after
                    height -= flowables[0].getSpaceBefore() + flowables[-1].getSpaceAfter()
            else:
                height = 12.0 * len(str(value).split("\n"))
            tallest = max(tallest, height)
        out.append(tallest + 5)
    return out
