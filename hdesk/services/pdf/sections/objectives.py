"""Development strategy (goals), objectives by goal, and the year-end summary."""

from __future__ import annotations

from collections import Counter
from typing import Any

from reportlab.platypus import KeepTogether, Spacer

from hdesk.core import principles
from hdesk.core.schema import OBJECTIVE_STATUS
from hdesk.services.pdf import safe_text
from hdesk.services.pdf.context import Ctx
from hdesk.services.pdf.fast_table import uniform_table
from hdesk.services.pdf.para import Para
from hdesk.services.pdf.styles import HEAD_BG, data_table, grid_lines

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
        return [*out, Para(safe_text.line(L("none")), ctx.st.body)]
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


LEFT_KEYS = ["lead", "contributing", "indicator", "timing", "principles"]
RIGHT_KEYS = ["status", "priority", "baseline_target", "progress", "budget"]


def objective_block(ctx: Ctx, obj: Row) -> Any:
    L, names = ctx.L, ctx.data.department_names
    lead = names.get(obj.get("lead_department") or "", L("none"))
    others = sorted(
        (names.get(dept, ""), role)
        for dept, role in ctx.data.roles_by_objective.get(obj["uuid"], [])
        if dept != obj.get("lead_department")
    )
    contributing = "; ".join(f"{n} ({L.enum(r).lower()})" for n, r in others) or L("none")
    target = f"{L.number(obj.get('baseline'))} → {L.number(obj.get('target'))}"
    principle_names = ", ".join(principles.name(c, L.lang) for c in obj.get("principles") or []) or L("none")
    left = [lead, contributing, obj.get("indicator") or L("none"), _timing(ctx, obj), principle_names]
    right = [L.enum(obj.get("status")), L.enum(obj.get("priority")), target, _progress(ctx, obj)]
    right.append(L.number(obj.get("budget")))
    w = ctx.width
    k1, k2 = ctx.label_width(LEFT_KEYS, 0.2), ctx.label_width(RIGHT_KEYS, 0.2)
    v2 = w * 0.2
    v1 = w - k1 - k2 - v2
    rows = [
        [L(a), ctx.fit(x, v1, limit=2000), L(b), ctx.fit(y, v2)]
        for a, x, b, y in zip(LEFT_KEYS, left, RIGHT_KEYS, right, strict=True)
    ]
    labels = [("BACKGROUND", (0, 0), (0, -1), HEAD_BG), ("BACKGROUND", (2, 0), (2, -1), HEAD_BG)]
    commands = grid_lines(header_rows=0, zebra=False) + labels
    table = uniform_table(rows, [k1, v1, k2, v2], commands, header_rows=0, bold_columns=[0, 2])
    code = safe_text.line(obj.get("code") or "", 20)
    title = Para(f"{code}  {safe_text.line(obj['title'])}".strip(), ctx.st.h3)
    description = ctx.para(obj.get("description"), ctx.st.note)
    return KeepTogether([title, table, *description, Spacer(1, 4)])


def by_goal(ctx: Ctx) -> list[Any]:
    L = ctx.L
    out: list[Any] = [ctx.h1(L("objectives"))]
    if not ctx.data.objectives:
        return [*out, Para(safe_text.line(L("no_objectives")), ctx.st.body)]
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
        return [*out, Para(safe_text.line(L("no_objectives")), ctx.st.body)]
    header = ["code", "objective", "status", "baseline_target", "progress", "achieved"]
    fractions = [0.8, 5, 1.7, 1.9, 1.3, 1.2]
    rows = [[ctx.label(k) for k in header]]
    for obj in objs:
        share = achieved(obj)
        values = [
            obj.get("code") or "",
            obj["title"],
            L.enum(obj.get("status")),
            f"{L.number(obj.get('baseline'))} → {L.number(obj.get('target'))}",
            L.number(obj.get("progress")),
            f"{share:.0%}" if share is not None else L("none"),
        ]
        rows.append([ctx.fit(v, ctx.width * f / sum(fractions)) for v, f in zip(values, fractions, strict=True)])
    out.append(data_table(rows, fractions, ctx.width))
    return out
