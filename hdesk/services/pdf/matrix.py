"""The department × objective points-of-contact matrix on landscape pages.

Objectives run down the page (so 120 of them simply continue on the next page under a repeated
header row); departments run across and are split into column groups that each fit the page,
every group repeating the objective labels on the left.
"""

from __future__ import annotations

import math
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import NextPageTemplate, PageBreak, Spacer, Table, TableStyle

from hdesk.core.schema import ROLES
from hdesk.services.pdf import safe_text
from hdesk.services.pdf.context import Ctx
from hdesk.services.pdf.fonts import BOLD
from hdesk.services.pdf.para import Para
from hdesk.services.pdf.styles import data_table, grid

MIN_COLUMN = 44.0  # points: a department name still wraps legibly at 6.5 pt
LABEL_SHARE = 0.27
ROLE_FILL = {
    "lead": colors.HexColor("#F4C7CE"),
    "contributes": colors.HexColor("#DCE8F5"),
    "consulted": colors.HexColor("#EEF3E2"),
    "informed": colors.HexColor("#F5F5F5"),
}


def column_groups(count: int, width: float) -> list[range]:
    """Split `count` department columns into groups that fit `width` (as even as possible)."""
    if count == 0:
        return []
    per_page = max(1, int(width * (1 - LABEL_SHARE) // MIN_COLUMN))
    groups = math.ceil(count / per_page)
    size = math.ceil(count / groups)
    return [range(start, min(count, start + size)) for start in range(0, count, size)]


def legend(ctx: Ctx) -> Table:
    L = ctx.L
    rows = [[Para(safe_text.line(L.role_letter(r)), ctx.st.mark), ctx.cell(L.enum(r))] for r in ROLES]
    table = Table([[cell for pair in rows for cell in pair]], colWidths=[22, 90] * len(ROLES), hAlign="LEFT")
    style = grid(header_rows=0, zebra=False)
    style += [("BACKGROUND", (2 * i, 0), (2 * i, 0), ROLE_FILL[r]) for i, r in enumerate(ROLES)]
    table.setStyle(TableStyle(style))
    return table


def section(ctx: Ctx) -> list[Any]:
    L, data = ctx.L, ctx.data
    out: list[Any] = [NextPageTemplate("landscape"), PageBreak(), ctx.h1(L("matrix")), legend(ctx), Spacer(1, 6)]
    depts, objs = data.departments, data.objectives
    if not objs or not depts:
        out.append(Para(safe_text.line(L("no_objectives")), ctx.st.body))
        return [*out, NextPageTemplate("portrait"), PageBreak()]
    width = ctx.land_width
    label_width = width * LABEL_SHARE
    groups = column_groups(len(depts), width)
    for number, group in enumerate(groups):
        if len(groups) > 1:
            note = L("matrix_note", first=group.start + 1, last=group.stop, total=len(depts))
            out.append(Para(safe_text.line(note), ctx.st.small))
        column = (width - label_width) / len(group)
        header = [Para(safe_text.line(L("objective")), ctx.st.tiny_bold)]
        header += [Para(safe_text.line(depts[i]["name"], 90), ctx.st.tiny_bold) for i in group]
        rows: list[list[Any]] = [header]
        style: list[tuple[Any, ...]] = [
            ("ALIGN", (1, 1), (-1, -1), "CENTER"),
            ("VALIGN", (1, 1), (-1, -1), "MIDDLE"),
            ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
            ("FONTNAME", (1, 1), (-1, -1), BOLD),
        ]
        for r, obj in enumerate(objs, start=1):
            label = f"<b>{safe_text.line(obj.get('code') or '', 20)}</b> {safe_text.line(obj['title'], 110)}"
            row: list[Any] = [Para(label, ctx.st.tiny)]
            for c, i in enumerate(group, start=1):
                role = data.roles.get((obj["uuid"], depts[i]["uuid"]))
                row.append(L.role_letter(role) if role else "")
                if role:
                    style.append(("BACKGROUND", (c, r), (c, r), ROLE_FILL.get(role, colors.white)))
            rows.append(row)
        table = data_table(rows, [label_width] + [column] * len(group), width, extra=style)
        out.append(table)
        if number < len(groups) - 1:
            out.append(PageBreak())
    return [*out, NextPageTemplate("portrait"), PageBreak()]
