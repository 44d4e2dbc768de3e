"""A printable report of one import from another office: what came in, what changed, what conflicts.

The caller notes the last history line before the import (`last_history_id`) and, afterwards,
writes the report from the import's Summary and the history lines the import added.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from hdesk import __version__
from hdesk.core.schema import EXISTS
from hdesk.services.exchange.conflicts import list_conflicts, office_names
from hdesk.services.exchange.plan import COUNTS, Summary
from hdesk.services.pdf import fonts
from hdesk.services.pdf.labels import Labels
from hdesk.services.pdf.safe_text import line, lock_down_reportlab
from hdesk.services.pdf.styles import Styles, data_table
from hdesk.services.queries import office
from hdesk.services.records import Records

MAX_LINES = 2000  # a report of a very large import lists the first changes and says how many more

_WORDS = {
    "title": "Import from another office",
    "from": "From: {office}",
    "when": "Imported: {at} · file SHA-256 {sha}",
    "backup": "A backup of this database was taken first: {name}",
    "dry": "Dry run: nothing was changed.",
    "clock": "Warning: the file holds times over a day in the future; check that office's PC clock.",
    "counts": "What changed",
    "kind": "Kind of record",
    "conflicts_h": "Conflicts waiting for a choice",
    "no_conflicts": "No conflicts: every office's edits fit together.",
    "record": "Record",
    "field": "Field",
    "values": "Values (office, time)",
    "changes_h": "Changes brought by this import",
    "no_changes": "Nothing new: this file was already imported.",
    "old": "Before",
    "new": "After",
    "more": "… and {count} more changes (see each record's history).",
    "created": "created",
    "updated": "updated",
    "deleted": "deleted",
    "restored": "restored",
    "conflicts": "conflicts",
    "exists": "record kept or deleted",
    "unknown": "unknown office",
    "footer": "hdesk {version} · merge report · page {page}",
}


def last_history_id(records: Records) -> int:
    """The newest history line now; lines after it belong to whatever runs next."""
    h = records.database.m.history
    row = h.select(h.id).order_by(h.id.desc()).first()
    return int(row.id) if row else 0


def _value(raw: str | None, limit: int = 120) -> str:
    if raw is None:
        return ""
    try:
        value: Any = json.loads(raw)
    except ValueError:
        value = raw
    if isinstance(value, list):
        value = "; ".join(str(v) for v in value)
    elif isinstance(value, bool):
        value = "yes" if value else "no"
    return line(value, limit)


def _what(field: str, old: str | None, new: str | None) -> str:
    """The changed field's name; for the hidden exists-field, what happened to the record."""
    if field != EXISTS:
        return field.replace("_", " ")
    if new == "false":
        return _WORDS["deleted"]
    return _WORDS["created"] if old is None else _WORDS["restored"]


def _labels(records: Records) -> dict[str, str]:
    """uuid -> the record's name, for every record the report mentions (one query per entity)."""
    from hdesk.core.schema import ENTITIES

    out: dict[str, str] = {}
    for name, ent in ENTITIES.items():
        for row in records.list(name, include_deleted=True):
            out[row["uuid"]] = str(row.get(ent.label) or "")
    return out


def write_merge_report(
    records: Records, summary: Summary, out: Path | str, since_history_id: int, lang: str = "en"
) -> Path:
    """Write the report of the import that produced `summary` to `out` (temp name, then rename)."""
    fonts.register()
    lock_down_reportlab()
    labels = Labels(lang)
    styles = Styles()
    out = Path(out)
    width = landscape(A4)[0] - 30 * mm
    names = office_names(records)
    record_names = _labels(records)
    me = office(records)
    story: list[Any] = [
        Paragraph(line(_WORDS["title"]), styles.title),
        Paragraph(line(" — ".join(p for p in (me["society"], me["office_name"]) if p)), styles.subtitle),
        Paragraph(line(_WORDS["from"].format(office=summary.source_office or _WORDS["unknown"])), styles.body),
        Paragraph(
            line(
                _WORDS["when"].format(
                    at=labels.date(dt.date.today()), sha=(summary.sha256 or "")[:16] + ("…" if summary.sha256 else "")
                )
            ),
            styles.body,
        ),
    ]
    if summary.dry_run:
        story.append(Paragraph(line(_WORDS["dry"]), styles.body))
    if summary.backup is not None:
        story.append(Paragraph(line(_WORDS["backup"].format(name=Path(summary.backup).name)), styles.small))
    if summary.clock_ahead:
        story.append(Paragraph(line(_WORDS["clock"]), styles.body))

    story.append(Paragraph(line(_WORDS["counts"]), styles.h2))
    rows: list[list[Any]] = [[_WORDS["kind"], *(_WORDS[k] for k in COUNTS)]]
    for entity, counts in summary.as_dict().items():
        rows.append([line(labels(entity) if labels(entity) != entity else entity), *(str(counts[k]) for k in COUNTS)])
    totals = summary.totals
    rows.append(["Σ", *(str(totals[k]) for k in COUNTS)])
    story.append(data_table(rows, [3, 1, 1, 1, 1], width * 0.6))

    story.append(Paragraph(line(_WORDS["conflicts_h"]), styles.h2))
    conflicts = list_conflicts(records)
    if not conflicts:
        story.append(Paragraph(line(_WORDS["no_conflicts"]), styles.body))
    else:
        table: list[list[Any]] = [[_WORDS["record"], _WORDS["field"], _WORDS["values"]]]
        for c in conflicts:
            shown = "<br/>".join(
                f"{line(v.value, 120)} — {line(v.office or _WORDS['unknown'], 60)}, {v.at:%Y-%m-%d %H:%M}"
                for v in c.values
            )
            field = _WORDS["exists"] if c.field == EXISTS else c.field.replace("_", " ")
            table.append(
                [
                    Paragraph(line(c.label), styles.cell),
                    Paragraph(line(field), styles.cell),
                    Paragraph(shown, styles.cell),
                ]
            )
        story.append(data_table(table, [3, 1.5, 5], width))

    story.append(Paragraph(line(_WORDS["changes_h"]), styles.h2))
    h = records.database.m.history
    query = h.select().where((h.id > since_history_id) & h.source.in_(("merge", "conflict"))).order_by(h.id)
    total = query.count()
    if not total:
        story.append(Paragraph(line(_WORDS["no_changes"]), styles.body))
    else:
        table = [[_WORDS["record"], _WORDS["field"], _WORDS["old"], _WORDS["new"], _WORDS["from"].split(":")[0]]]
        for row in query.limit(MAX_LINES).dicts():
            field = _what(row["field"], row["old"], row["new"])
            table.append(
                [
                    Paragraph(line(f"{labels(row['entity'])}: {record_names.get(row['uuid'], '')}"), styles.cell),
                    Paragraph(line(field), styles.cell),
                    Paragraph(_value(row["old"]), styles.cell),
                    Paragraph(_value(row["new"]), styles.cell),
                    Paragraph(line(names.get(row["site"], _WORDS["unknown"]), 60), styles.cell),
                ]
            )
        story.append(data_table(table, [3, 1.5, 3, 3, 2], width))
        if total > MAX_LINES:
            story.append(Paragraph(line(_WORDS["more"].format(count=total - MAX_LINES)), styles.small))
    story.append(Spacer(1, 6 * mm))

    def footer(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(fonts.REGULAR, 7.5)
        canvas.drawString(15 * mm, 8 * mm, _WORDS["footer"].format(version=__version__, page=doc.page))
        canvas.restoreState()

    part = out.with_name(f".{out.name}.part")
    try:
        doc = SimpleDocTemplate(
            str(part),
            pagesize=landscape(A4),
            leftMargin=15 * mm,
            rightMargin=15 * mm,
            topMargin=15 * mm,
            bottomMargin=15 * mm,
            title=_WORDS["title"],
            author="hdesk",
        )
        doc.build(story, onFirstPage=footer, onLaterPages=footer)
        os.replace(part, out)
    finally:
        part.unlink(missing_ok=True)
    return out
