"""Campaigns with their participating Societies, and the calendar of the year."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import KeepTogether, Table

from hdesk.core import principles
from hdesk.services.pdf import calendar, safe_text
from hdesk.services.pdf.context import Ctx
from hdesk.services.pdf.fonts import REGULAR
from hdesk.services.pdf.para import Para
from hdesk.services.pdf.styles import grid

Row = dict[str, Any]


def _period(ctx: Ctx, c: Row) -> str:
    return f"{ctx.L.date(c.get('start'))} → {ctx.L.date(c.get('end'))}"


def campaigns(ctx: Ctx) -> list[Any]:
    L, data = ctx.L, ctx.data
    out: list[Any] = [ctx.h1(L("campaigns"))]
    if not data.campaigns:
        return [*out, Para(safe_text.line(L("no_campaigns")), ctx.st.body)]
    codes = {o["uuid"]: (o.get("code") or o["title"]) for o in data.objectives}
    partner_names = data.partner_names
    for c in data.campaigns:
        societies = [safe_text.line(s, 200) for s in c.get("societies") or []]
        linked = ", ".join(codes[u] for u in c.get("objectives") or [] if u in codes)
        partners = "; ".join(partner_names[u] for u in c.get("partners") or [] if u in partner_names)
        names = ", ".join(principles.name(p, L.lang) for p in c.get("principles") or [])
        facts: list[tuple[str, Any]] = [
            ("theme", ctx.cell(c.get("theme") or L("none"))),
            ("timing", ctx.cell(_period(ctx, c))),
            ("status", ctx.cell(L.enum(c.get("status")))),
            ("scope", ctx.cell(L.enum(c.get("scope")))),
            ("lead_society", ctx.cell(c.get("lead_society") or L("none"))),
            ("societies", Para("<br/>".join(societies) or L("none"), ctx.st.cell)),
            ("audiences", ctx.para(c.get("audiences"), ctx.st.cell) or ctx.cell(L("none"))),
            ("key_messages", ctx.para(c.get("key_messages"), ctx.st.cell) or ctx.cell(L("none"))),
            ("channels", ctx.cell(c.get("channels") or L("none"))),
            ("linked_objectives", ctx.cell(linked or L("none"))),
            ("partners", ctx.cell(partners or L("none"), 2000)),
            ("principles", ctx.cell(names or L("none"))),
            ("budget", ctx.cell(L.number(c.get("budget")))),
        ]
        table = Table(
            [[ctx.label(k), v] for k, v in facts], colWidths=[ctx.width * 0.25, ctx.width * 0.75], hAlign="LEFT"
        )
        table.setStyle(grid(header_rows=0, zebra=False))
        out.append(KeepTogether([ctx.h2(c["title"]), table]))
    return out


def year_calendar(ctx: Ctx) -> list[Any]:
    L, data, year = ctx.L, ctx.data, ctx.data.year
    out: list[Any] = [ctx.h1(L("calendar")), Para(safe_text.line(L("calendar_note", year=year)), ctx.st.small)]
    bars: list[calendar.Bar] = []
    for o in data.objectives:
        start = calendar.month_position(o.get("start") or o.get("due"), year)
        end = calendar.month_position(o.get("due") or o.get("start"), year, end=True)
        if start is None or end is None:
            continue
        label = safe_text.plain(f"{o.get('code') or ''} {o['title']}".strip(), 200)
        status = str(o.get("status") or "planned")
        bars.append(calendar.Bar(label, start, end, status if status in calendar.COLOURS else "planned"))
    for c in data.campaigns:
        start = calendar.month_position(c.get("start") or f"{year}-01-01", year)
        end = calendar.month_position(c.get("end") or f"{year}-12-31", year, end=True)
        if start is None or end is None:
            continue
        bars.append(calendar.Bar("◆ " + safe_text.plain(c["title"], 200), start, end, "campaign"))
    out.append(_legend(ctx))
    out += calendar.tiles(bars, L, ctx.width, ctx.height - 60)
    return out


def _legend(ctx: Ctx) -> Table:
    L = ctx.L
    keys = ["planned", "in_progress", "done", "postponed", "cancelled"]
    cells: list[Any] = []
    style: list[tuple[Any, ...]] = []
    for i, key in enumerate([*keys, "campaign"]):
        word = L.enum(key) if key != "campaign" else L("campaigns")
        cells += ["", Para(safe_text.line(word, 60), ctx.st.legend)]
        style.append(("BACKGROUND", (2 * i, 0), (2 * i, 0), calendar.COLOURS[key]))
    table = Table([cells], colWidths=[10, ctx.width / 6 - 10] * 6, hAlign="LEFT")
    table.setStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), *style])
    return table
