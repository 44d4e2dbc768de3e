"""Partners overview by kind and stage, principle concerns, agreements and the stakeholder map."""

from __future__ import annotations

from collections import Counter
from typing import Any

from reportlab.platypus import CondPageBreak, PageBreak, Paragraph

from hdesk.core import principles
from hdesk.core.schema import PARTNER_KIND, STAGE
from hdesk.services.pdf import fonts, safe_text, stakeholder_map
from hdesk.services.pdf.context import Ctx
from hdesk.services.pdf.fast_table import row_heights, uniform_table
from hdesk.services.pdf.para import Para
from hdesk.services.pdf.styles import data_table, grid_lines


def overview(ctx: Ctx) -> list[Any]:
    L, partners = ctx.L, ctx.data.partners
    out: list[Any] = [ctx.h1(L("partners"))]
    if not partners:
        return [*out, Para(safe_text.line(L("no_partners")), ctx.st.body)]
    out.append(ctx.h2(f"{L('by_kind')} / {L('by_stage')}", toc=False))
    tally = Counter((p.get("kind"), p.get("stage")) for p in partners)
    kinds = [k for k in PARTNER_KIND if any(tally[(k, s)] for s in STAGE)]
    kinds += sorted({k for k, _ in tally if k not in PARTNER_KIND and k})
    header = [ctx.label("kind")] + [ctx.cell(L.enum(s), bold=True) for s in STAGE] + [ctx.label("total")]
    rows: list[list[Any]] = [header]
    for kind in kinds:
        counts = [tally[(kind, s)] for s in STAGE]
        rows.append(
            [ctx.cell(L.enum(kind))]
            + [ctx.cell(str(n or "")) for n in counts]
            + [ctx.cell(str(sum(counts)), bold=True)]
        )
    totals = [sum(tally[(k, s)] for k in kinds) for s in STAGE]
    rows.append(
        [ctx.label("total")] + [ctx.cell(str(n), bold=True) for n in totals] + [ctx.cell(str(len(partners)), bold=True)]
    )
    out.append(data_table(rows, [2.6] + [1.6] * len(STAGE) + [1], ctx.width))
    out += concerns(ctx)
    out += agreements(ctx)
    return out


def concerns(ctx: Ctx) -> list[Any]:
    L = ctx.L
    flagged = [p for p in ctx.data.partners if p.get("concerns")]
    out: list[Any] = [ctx.h2(L("concerns"))]
    if not flagged:
        return [*out, Para(safe_text.line(L("no_concerns")), ctx.st.body)]
    rows: list[list[Any]] = [[ctx.label("partner"), ctx.label("concern"), ctx.label("stance")]]
    for p in flagged:
        names = ", ".join(principles.name(c, L.lang) for c in p["concerns"])
        note = ctx.para(p.get("concern_note"), ctx.st.cell)
        rows.append(
            [
                ctx.cell(p["name"], bold=True),
                [ctx.cell("⚠ " + names, bold=True), *note],
                ctx.cell(L.enum(p.get("stance"))),
            ]
        )
    out.append(data_table(rows, [3, 6, 1.6], ctx.width))
    return out


def agreements(ctx: Ctx) -> list[Any]:
    L = ctx.L
    out: list[Any] = [ctx.h2(L("agreements"))]
    if not ctx.data.agreements:
        return [*out, Para(safe_text.line(L("no_agreements")), ctx.st.body)]
    today = ctx.data.printed.isoformat()
    names = ctx.data.partner_names
    header = ["agreement", "partner", "signed", "valid_until", "validity"]
    rows: list[list[Any]] = [[ctx.label(k) for k in header]]
    for a in ctx.data.agreements:
        until = a.get("valid_until")
        validity = L("open_ended") if not until else (L("valid") if until >= today else L("expired"))
        rows.append(
            [
                ctx.cell(a["title"], bold=True),
                ctx.cell(names.get(a.get("partner") or "", "")),
                ctx.cell(L.date(a.get("signed"))),
                ctx.cell(L.date(until)),
                ctx.cell(validity, bold=validity == L("expired")),
            ]
        )
    out.append(data_table(rows, [3.5, 3.5, 1.6, 1.6, 1.4], ctx.width))
    return out


def stakeholders(ctx: Ctx) -> list[Any]:
    L, partners = ctx.L, ctx.data.partners
    out: list[Any] = [CondPageBreak(ctx.height * 0.6), ctx.h2(L("stakeholder_map"))]
    if not partners:
        return [*out, Para(safe_text.line(L("no_partners")), ctx.st.body)]
    note = L("map_note")
    if stakeholder_map.crowded(partners):
        note += " " + L("map_note_counts", limit=stakeholder_map.CROWDED)
    out.append(Para(safe_text.line(note, 600), ctx.st.small))
    out.append(stakeholder_map.draw(partners, L, ctx.width))
    header = ["№", L("partner"), L("kind"), L("stance"), L("stage"), L("influence"), L("interest")]
    number_width = max(ctx.width * 0.047, fonts.string_width(str(len(partners)), 8.5, bold=True) + 8)
    fractions = [4.2, 2.1, 1.5, 1.6, 1.4, 1.4]
    widths = [number_width] + [(ctx.width - number_width) * f / sum(fractions) for f in fractions]
    rows: list[list[Any]] = [[ctx.cell(h, bold=True) for h in header]]
    seen: dict[tuple[int, object], str | Paragraph] = {}  # kinds, stances and levels repeat thousands of times

    def short(column: int, value: object) -> str | Paragraph:
        key = (column, value)
        if key not in seen:
            seen[key] = ctx.fit(value, widths[column])
        return seen[key]

    for number, p in enumerate(partners, start=1):
        rows.append(
            [
                str(number),  # digits: plain, no markup; the column fits the largest number
                ctx.fit(p["name"], widths[1]),
                short(2, L.enum(p.get("kind"))),
                short(3, L.enum(p.get("stance"))),
                short(4, L.enum(p.get("stage"))),
                short(5, str(p.get("influence") or "")),
                short(6, str(p.get("interest") or "")),
            ]
        )
    if len(rows) <= PAGED:
        return [*out, uniform_table(rows, widths, grid_lines(), header_rows=1, bold_columns=[0])]
    return out + paged(rows, widths, ctx)


PAGED = 150  # a longer list is cut into page-sized tables


def paged(rows: list[list[Any]], widths: list[float], ctx: Ctx) -> list[Any]:
    """A long table as one table per page, each starting a page under its own header row.

    ReportLab splits one long table page by page, rebuilding the whole remainder each time: for
    5,000 rows that cost more than the rest of the document. The rows are measured once instead.
    """
    heights = row_heights(rows, widths)
    room = ctx.height - 12 - 2  # the frame's top and bottom padding, and a margin
    out: list[Any] = []
    start = 1
    while start < len(rows):
        used, end = heights[0], start
        while end < len(rows) and (end == start or used + heights[end] <= room):
            used += heights[end]
            end += 1
        page = [rows[0], *rows[start:end]]
        measured = [heights[0], *heights[start:end]]  # given, so they are not measured again
        out += [PageBreak(), uniform_table(page, widths, grid_lines(), 1, bold_columns=[0], row_heights=measured)]
        start = end
    return out
