"""The pdf floor: bare sqlite3 + ReportLab laying out the same tables the printed plan holds.

Per objective a heading, a 5x4 key/value table and its description; then the department matrix
(objectives x departments), the partner and campaign tables and the 300-row summary table.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

FONTS = Path(__file__).resolve().parents[2] / "resources" / "fonts"


def build(path: str, year: int, out: Path) -> None:
    pdfmetrics.registerFont(TTFont("F", str(FONTS / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("FB", str(FONTS / "DejaVuSans-Bold.ttf")))
    body = ParagraphStyle("b", fontName="F", fontSize=8, leading=10)
    head = ParagraphStyle("h", fontName="FB", fontSize=10, leading=13)
    conn = sqlite3.connect(path)
    plan = conn.execute("SELECT uuid FROM plan WHERE year = ? AND deleted = 0", (year,)).fetchone()[0]
    depts = dict(conn.execute("SELECT uuid, name FROM department WHERE deleted = 0"))
    objs = conn.execute(
        "SELECT uuid, code, title, description, lead_department, priority, status, start, due, indicator,"
        " baseline, target, progress, budget, principles FROM objective WHERE plan = ? AND deleted = 0",
        (plan,),
    ).fetchall()
    links: dict[str, list[tuple[str, str]]] = {}
    for obj, dept, role in conn.execute(
        "SELECT objective, department, role FROM objective_department WHERE deleted = 0"
    ):
        links.setdefault(obj, []).append((dept, role))
    partners = conn.execute("SELECT name, kind, country, influence, interest, stance FROM partner WHERE deleted = 0")
    partner_rows = partners.fetchall()
    campaigns = conn.execute(
        'SELECT title, theme, start, "end", status FROM campaign WHERE deleted = 0 AND start LIKE ?', (f"{year}%",)
    ).fetchall()
    conn.close()
    width = A4[0] - 36 * mm
    style = TableStyle(
        [
            ("GRID", (0, 0), (-1, -1), 0.3, "#999999"),
            ("FONTNAME", (0, 0), (-1, -1), "F"),
            ("FONTSIZE", (0, 0), (-1, -1), 8),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]
    )

    def p(text: object) -> Paragraph:
        return Paragraph(escape("" if text is None else str(text)), body)

    story: list = [Paragraph(f"Plan {year}", head), PageBreak()]
    for uuid, code, title, desc, lead, prio, status, start, due, ind, base, target, prog, budget, pr in objs:
        others = "; ".join(f"{depts.get(d, '')} ({r})" for d, r in links.get(uuid, []) if d != lead)
        rows = [
            ["Lead", p(depts.get(lead, "")), "Status", p(status)],
            ["Contributing", p(others), "Priority", p(prio)],
            ["Indicator", p(ind), "Target", p(f"{base} → {target}")],
            ["Timing", p(f"{start} – {due}"), "Progress", p(prog)],
            ["Principles", p(pr), "Budget", p(budget)],
        ]
        table = Table(rows, colWidths=[width * 0.16, width * 0.46, width * 0.16, width * 0.22])
        table.setStyle(style)
        story.append(KeepTogether([Paragraph(escape(f"{code}  {title}"), head), table, p(desc), Spacer(1, 4)]))
    dept_ids = list(depts)
    matrix = [["", *[p(depts[d][:12]) for d in dept_ids]]]
    for uuid, code, *_ in objs:
        roles = dict(links.get(uuid, []))
        matrix.append([p(code), *[p(roles.get(d, "")[:1]) for d in dept_ids]])
    story += [PageBreak(), _table(matrix, width, style)]
    story += [PageBreak(), _table([[p(v) for v in row] for row in partner_rows[:200]], width, style)]
    story += [PageBreak(), _table([[p(v) for v in row] for row in campaigns] or [[""]], width, style)]
    summary = [
        [p(code), p(title), p(status), p(f"{base} → {target}"), p(prog)]
        for (_u, code, title, _d, _l, _p, status, _s, _e, _i, base, target, prog, _b, _r) in objs
    ]
    story += [PageBreak(), _table(summary, width, style)]
    SimpleDocTemplate(str(out), pagesize=A4).build(story)


def _table(rows: list, width: float, style: TableStyle) -> Table:
    table = Table(rows, colWidths=[width / len(rows[0])] * len(rows[0]), repeatRows=1)
    table.setStyle(style)
    return table
