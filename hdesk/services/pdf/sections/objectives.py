"""Development strategy (goals), objectives by goal, and the year-end summary."""

from __future__ import annotations

from collections import Counter
from typing import Any

from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table

from hdesk.core import principles
from hdesk.core.schema import OBJECTIVE_STATUS
from hdesk.services.pdf import safe_text
from hdesk.services.pdf.context import Ctx
from hdesk.services.pdf.styles import data_table, grid

Row = dict[str, Any]


def _period(goal: Row) -> str:
    start, end = goal.get("period_start"), goal.get("period_end")
    if start and end:
        return f"{start}–{end}"
    return str(start or end or "")


def strategy(ctx: Ctx) -> list[Any]:
    L = ctx.L
    out: list[Any] = [ctx.h1(L("strategy"))]
    counts = Counter(o["goal"] for o in ctx.data.objectives)
    if not ctx.data.goals:
        return [*out, Paragraph(safe_text.line(L("none")), ctx.st.body)]
    header = [ctx.label("code"), ctx.label("goal"), ctx.label("period"), ctx.label("objective_count")]
    rows: list[list[Any]] = [header]
    for goal in ctx.data.goals:
        title = [ctx.cell(goal["title"], bold=True)]
        title += ctx.para(goal.get("description"), ctx.st.cell)
        rows.append([ctx.cell(goal["code"], 40), title, ctx.cell(_period(goal)), ctx.cell(str(counts[goal["uuid"]]))])
    out.append(data_table(rows, [1, 7, 1.6, 1.4], ctx.width))
    return out


def _timing(ctx: Ctx, obj: Row) -> str:
    start, due = obj.get("start"), obj.get("due")
    if not start and not due:
        return ctx.L("none")
    return f"{ctx.L.month_year(start)} → {ctx.L.month_year(due)}"


def _progress(ctx: Ctx, obj: Row) -> str:
    L = ctx.L
    share = achieved(obj)
    text = L.number(obj.get("progress"))
    return text + (f" ({share:.0%})" if share is not None else "")


def achieved(obj: Row) -> float | None:
    """Share of the way from baseline to target, 0..1 (None when it cannot be said)."""
    base, target, now = obj.get("baseline"), obj.get("target"), obj.get("progress")
    if target is None or now is None:
        return None
    base = base or 0
    if target == base:
        return 1.0 if now >= target else 0.0
    return max(0.0, min(1.0, (now - base) / (target - base)))


def objective_block(ctx: Ctx, obj: Row) -> Any:
    L, names = ctx.L, ctx.data.department_names
    lead = names.get(obj.get("lead_department") or "", L("none"))
    others = sorted(
        (names.get(dept, ""), role)
        for (o, dept), role in ctx.data.roles.items()
        if o == obj["uuid"] and dept != obj.get("lead_department")
    )
    contributing = "; ".join(f"{n} ({L.enum(r).lower()})" for n, r in others) or L("none")
    target = f"{L.number(obj.get('baseline'))} → {L.number(obj.get('target'))}"
    principle_names = ", ".join(principles.name(c, L.lang) for c in obj.get("principles") or []) or L("none")
    rows = [
        [ctx.label("lead"), ctx.cell(lead), ctx.label("status"), ctx.cell(L.enum(obj.get("status")))],
        [
            ctx.label("contributing"),
            ctx.cell(contributing, 2000),
            ctx.label("priority"),
            ctx.cell(L.enum(obj.get("priority"))),
        ],
        [
            ctx.label("indicator"),
            ctx.cell(obj.get("indicator") or L("none")),
            ctx.label("baseline_target"),
            ctx.cell(target),
        ],
        [ctx.label("timing"), ctx.cell(_timing(ctx, obj)), ctx.label("progress"), ctx.cell(_progress(ctx, obj))],
        [
            ctx.label("principles"),
            ctx.cell(principle_names),
            ctx.label("budget"),
            ctx.cell(L.number(obj.get("budget"))),
        ],
    ]
    w = ctx.width
    table = Table(rows, colWidths=[w * 0.17, w * 0.43, w * 0.17, w * 0.23], hAlign="LEFT")
    table.setStyle(grid(header_rows=0, zebra=False))
    code = safe_text.line(obj.get("code") or "", 20)
    title = Paragraph(f"{code}  {safe_text.line(obj['title'])}".strip(), ctx.st.h3)
    description = ctx.para(obj.get("description"), ctx.st.note)
    return KeepTogether([title, table, *description, Spacer(1, 4)])


def by_goal(ctx: Ctx) -> list[Any]:
    L = ctx.L
    out: list[Any] = [ctx.h1(L("objectives"))]
    if not ctx.data.objectives:
        return [*out, Paragraph(safe_text.line(L("no_objectives")), ctx.st.body)]
    for group in ctx.data.groups:
        goal = group.goal
        if goal is not None:
            out.append(ctx.h2(f"{goal['code']} — {goal['title']}"))
        else:
            out.append(ctx.h2(L("no_goal")))
        out += [objective_block(ctx, obj) for obj in group.objectives]
    return out


def summary(ctx: Ctx) -> list[Any]:
    L, objs = ctx.L, ctx.data.objectives
    out: list[Any] = [ctx.h1(L("summary")), ctx.h2(L("by_status"), toc=False)]
    counts = Counter(o.get("status") or "planned" for o in objs)
    rows: list[list[Any]] = [[ctx.label("status"), ctx.label("count")]]
    rows += [[ctx.cell(L.enum(s)), ctx.cell(str(counts[s]))] for s in OBJECTIVE_STATUS]
    rows.append([ctx.label("total"), ctx.cell(str(len(objs)), bold=True)])
    out.append(data_table(rows, [3, 1], ctx.width * 0.5))
    out.append(ctx.h2(L("against_target"), toc=False))
    if not objs:
        return [*out, Paragraph(safe_text.line(L("no_objectives")), ctx.st.body)]
    header = ["code", "objective", "status", "baseline_target", "progress", "achieved"]
    rows = [[ctx.label(k) for k in header]]
    for obj in objs:
        share = achieved(obj)
        rows.append(
            [
                ctx.cell(obj.get("code") or "", 20),
                ctx.cell(obj["title"], 300),
                ctx.cell(L.enum(obj.get("status"))),
                ctx.cell(f"{L.number(obj.get('baseline'))} → {L.number(obj.get('target'))}"),
                ctx.cell(L.number(obj.get("progress"))),
                ctx.cell(f"{share:.0%}" if share is not None else L("none")),
            ]
        )
    out.append(data_table(rows, [0.8, 5, 1.7, 1.9, 1.3, 1.2], ctx.width))
    return out
