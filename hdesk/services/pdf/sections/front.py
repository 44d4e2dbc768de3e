"""Cover, approval block, table of contents, introduction and policy statement."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import NextPageTemplate, PageBreak, Spacer, Table, TableStyle

from hdesk.services.pdf import safe_text
from hdesk.services.pdf.contents import Contents
from hdesk.services.pdf.context import Ctx
from hdesk.services.pdf.fonts import BOLD, REGULAR
from hdesk.services.pdf.para import Para
from hdesk.services.pdf.styles import LINE, RED, data_table


def cover(ctx: Ctx) -> list[Any]:
    d, L, st = ctx.data, ctx.L, ctx.st
    plan, office = d.plan, d.office
    out: list[Any] = [NextPageTemplate("portrait"), Spacer(1, 18 * mm)]
    society = office.get("society") or ""
    if society:
        out.append(Para(safe_text.line(society), st.subtitle))
    out.append(Spacer(1, 10 * mm))
    out.append(Para(safe_text.line(plan["title"]), st.title))
    out.append(Para(f"{safe_text.line(L('plan_year'))}: <b>{d.year}</b>", st.subtitle))
    out.append(Spacer(1, 8 * mm))
    facts = [
        (L("office"), office.get("office_name")),
        (L("country"), office.get("country")),
        (L("status"), L.enum(plan.get("status"))),
        (L("board_date"), L.date(plan.get("board_date"))),
    ]
    rows = [[ctx.cell(k, bold=True), ctx.cell(v)] for k, v in facts if v]
    table = Table(rows, colWidths=[ctx.width * 0.3, ctx.width * 0.7], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, LINE),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    out.append(table)
    if plan.get("status") != "approved":
        out.append(Spacer(1, 16 * mm))
        stamp = Table(
            [
                [Para(safe_text.line(L("draft")), st.stamp)],
                [Para(safe_text.line(L("not_approved")), st.mark)],
            ],
            colWidths=[ctx.width * 0.6],
        )
        stamp.setStyle(
            TableStyle(
                [
                    ("BOX", (0, 0), (-1, -1), 2.5, RED),
                    ("FONTNAME", (0, 0), (-1, -1), BOLD),
                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                ]
            )
        )
        out.append(stamp)
    out.append(PageBreak())
    return out


def approval(ctx: Ctx) -> list[Any]:
    L, st = ctx.L, ctx.st
    lines = [x.strip() for x in (ctx.data.plan.get("approvers") or "").splitlines() if x.strip()][:40]
    out: list[Any] = [ctx.h1(L("approval"))]
    if ctx.data.plan.get("board_date"):
        out.append(
            Para(f"{safe_text.line(L('board_date'))}: {safe_text.line(L.date(ctx.data.plan['board_date']))}", st.body)
        )
    header = [ctx.label("role"), ctx.label("name"), ctx.label("date"), ctx.label("signature")]
    rows = [header] + [[ctx.cell(role, 200), "", "", ""] for role in (lines or ["", ""])]
    heights = [None] + [12 * mm] * (len(rows) - 1)
    table = data_table(rows, [3.2, 3, 1.6, 2.4], ctx.width, row_heights=heights, zebra=False)
    out += [table, Spacer(1, 8 * mm)]
    return out


def contents(ctx: Ctx) -> list[Any]:
    toc = Contents(dotsMinLevel=0)
    toc.levelStyles = ctx.st.toc
    toc.tableStyle = TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    return [Para(safe_text.line(ctx.L("contents")), ctx.st.h1), toc, PageBreak()]


def introduction(ctx: Ctx) -> list[Any]:
    plan, L = ctx.data.plan, ctx.L
    out: list[Any] = [ctx.h1(L("introduction"))]
    out += ctx.para(plan.get("introduction")) or [Para(L("none"), ctx.st.body)]
    out.append(ctx.h2(L("policy")))
    out += ctx.para(plan.get("policy")) or [Para(L("none"), ctx.st.body)]
    return out
