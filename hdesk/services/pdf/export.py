"""export_plan_pdf: read the plan, lay it out, and publish the file only when it is complete."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

from reportlab.platypus import PageBreak

from hdesk.services.pdf import fonts, matrix, safe_text
from hdesk.services.pdf.context import Ctx
from hdesk.services.pdf.data import PlanData, as_records, load
from hdesk.services.pdf.document import (
    ExportCancelled,
    PlanDocument,
    Progress,
    frame_size,
    numbered_canvas,
    paper_size,
)
from hdesk.services.pdf.labels import LANGS, Labels
from hdesk.services.pdf.sections import appendix, campaigns, front, objectives, partners
from hdesk.services.pdf.styles import Styles
from hdesk.services.records import Records
from hdesk.store.database import Database


def story(ctx: Ctx) -> list[Any]:
    """The flowables of the whole document, in the order the board reads them."""
    parts = [  # (builder, starts on a new page)
        (front.cover, False),
        (front.approval, False),
        (front.contents, False),
        (front.introduction, False),
        (objectives.strategy, False),
        (objectives.by_goal, True),
        (matrix.section, False),  # landscape pages, back to portrait afterwards
        (partners.overview, False),
        (partners.stakeholders, False),
        (campaigns.campaigns, True),
        (campaigns.year_calendar, True),
        (objectives.summary, True),
        (appendix.principles, True),
    ]
    out: list[Any] = []
    for build, new_page in parts:
        if new_page:
            out.append(PageBreak())
        out += build(ctx)
    return out


def render(
    data: PlanData, out_path: Path, lang: str = "en", paper: str = "A4", progress: Progress | None = None
) -> Path:
    """Lay out `data` into `out_path` (written to a temporary name first, renamed when complete)."""
    fonts.register()
    safe_text.lock_down_reportlab()
    size = paper_size(paper)
    words = Labels(lang)
    width, height = frame_size(size)
    land_width, land_height = frame_size((size[1], size[0]))
    ctx = Ctx(data, words, Styles(), width, height, land_width, land_height)
    flowables = story(ctx)
    if progress is not None and not progress(15, "layout"):
        raise ExportCancelled("cancelled")
    out_path = Path(out_path)
    handle, temp_name = tempfile.mkstemp(prefix=f".{out_path.stem}-", suffix=".pdf.tmp", dir=out_path.parent)
    os.close(handle)
    try:
        doc = PlanDocument(temp_name, data, words, size, progress, len(flowables))
        doc.layout(flowables, numbered_canvas(data, words))
        with open(temp_name, "rb+") as written:
            os.fsync(written.fileno())
        os.replace(temp_name, out_path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    if progress is not None:
        progress(100, "done")
    return out_path


def export_plan_pdf(
    database_or_records: Database | Records,
    out_path: str | Path,
    year: int | None = None,
    lang: str = "en",
    paper: str = "A4",
    progress: Progress | None = None,
) -> Path:
    """Print the plan of `year` (the latest when None) to `out_path`.

    `progress(percent, message)` returning False cancels: ExportCancelled is raised and no file is
    left at `out_path`. NoPlanError when there is no plan for that year; ValueError for a bad
    language or paper size.
    """
    if lang not in LANGS:
        raise ValueError(f"Unknown language {lang!r}; use one of {', '.join(LANGS)}.")
    paper_size(paper)
    if progress is not None and not progress(0, "reading"):
        raise ExportCancelled("cancelled")
    data = load(as_records(database_or_records), year)
    if progress is not None and not progress(10, "reading"):
        raise ExportCancelled("cancelled")
    return render(data, Path(out_path), lang, paper, progress)
