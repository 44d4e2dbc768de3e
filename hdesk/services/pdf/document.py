"""The page machinery: portrait and landscape templates, header and footer, TOC and progress.

"Page X of Y" and the contents need numbers that are known only at the end: both are printed as
PDF forms that pages reference by name and that are defined when the canvas is saved (the
contents reserve their size up front, see contents.py). So the document is laid out and drawn in
one pass, and every page is written when it is finished.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from hdesk.services.pdf import safe_text
from hdesk.services.pdf.contents import Contents
from hdesk.services.pdf.context import Heading
from hdesk.services.pdf.data import PlanData
from hdesk.services.pdf.fonts import BOLD, REGULAR
from hdesk.services.pdf.labels import Labels
from hdesk.services.pdf.styles import GREY, LINE

PAPERS = {"A4": A4, "LETTER": LETTER}
MARGIN = 16 * mm
HEADER = 9 * mm  # space above the frame for the running header
FOOTER = 11 * mm

Progress = Callable[[int, str], bool]


class ExportCancelled(Exception):
    """The user pressed Cancel; nothing was written."""


def paper_size(paper: str) -> tuple[float, float]:
    try:
        return PAPERS[paper.upper()]
    except KeyError:
        raise ValueError(f"Unknown paper size {paper!r}; use A4 or letter.") from None


def frame_size(size: tuple[float, float]) -> tuple[float, float]:
    width, height = size
    return width - 2 * MARGIN, height - 2 * MARGIN - HEADER - FOOTER


def numbered_canvas(data: PlanData, words: Labels) -> type[rl_canvas.Canvas]:
    """A canvas class that stamps 'Page X of Y', print date and database identity on every page."""
    printed = words("printed", date=words.date(data.printed))
    identity = words("identity", site=data.identity, version=data.version, schema=data.schema)
    footer_text = safe_text.plain(printed) + "   ·   " + safe_text.plain(identity)

    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *args: Any, **kwargs: Any):
            kwargs["initialFontName"] = REGULAR  # not Helvetica, which would be listed unembedded
            super().__init__(*args, **kwargs)
            self._numbered = 0

        def showPage(self) -> None:
            # Pages are written as they come (links and bookmarks need their real page); the
            # "Page X of Y" text is a form, defined at save time when Y is known.
            self._numbered += 1
            self._footer(self._numbered)
            super().showPage()

        def save(self) -> None:
            total = self._numbered
            for number in range(1, total + 1):
                label = words("page_of", page=number, total=total)
                width = pdfmetrics.stringWidth(label, BOLD, 8)
                self.beginForm(f"page-of-{number}", lowerx=-width - 1, lowery=-4, upperx=1, uppery=10)
                self.setFillColor(GREY)
                self.setFont(BOLD, 8)
                self.drawRightString(0, 0, label)
                self.endForm()
            super().save()

        def _footer(self, number: int) -> None:
            width, _ = self._pagesize
            y = MARGIN - 2 * mm
            self.saveState()
            self.setStrokeColor(LINE)
            self.setLineWidth(0.4)
            self.line(MARGIN, y + 9, width - MARGIN, y + 9)
            self.setFillColor(GREY)
            self.setFont(REGULAR, 7.5)
            self.drawString(MARGIN, y, footer_text)
            self.translate(width - MARGIN, y)
            self.doForm(f"page-of-{number}")
            self.restoreState()

    return NumberedCanvas


class PlanDocument(BaseDocTemplate):
    """Portrait pages with a landscape template for wide tables; reports progress and can be cancelled."""

    def __init__(
        self,
        filename: str,
        data: PlanData,
        words: Labels,
        paper: tuple[float, float],
        progress: Progress | None,
        flowables: int,
    ):
        super().__init__(
            filename,
            pagesize=paper,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + HEADER,
            bottomMargin=MARGIN + FOOTER,
            title=safe_text.plain(data.plan["title"]),
            author=safe_text.plain(data.office.get("society") or ""),
            subject=safe_text.plain(f"{data.plan['title']} {data.year}"),
            creator="hdesk",
            lang={"en": "en-GB", "ru": "ru-RU", "tk": "tk-TM"}.get(words.lang, "en-GB"),
        )
        self.data = data
        self.words = words
        self.progress = progress
        self.flowables = max(1, flowables)
        self.done = 0
        self.outline_level = -1
        self.pages: dict[str, int] = {}  # heading key -> the page it starts on
        self.percent = 15
        self.header_text = safe_text.plain(
            f"{data.office.get('society') or data.plan['title']} · {words('plan_year')} {data.year}", 160
        )
        self.draft = data.plan.get("status") != "approved"
        self.addPageTemplates([self._template("portrait", paper), self._template("landscape", landscape(paper))])

    def _template(self, name: str, size: tuple[float, float]) -> PageTemplate:
        width, height = frame_size(size)
        frame = Frame(MARGIN, MARGIN + FOOTER, width, height, id=name, leftPadding=0, rightPadding=0)
        return PageTemplate(id=name, frames=[frame], onPage=self._decorate, pagesize=size)

    def _decorate(self, canvas: rl_canvas.Canvas, doc: BaseDocTemplate) -> None:
        width, height = canvas._pagesize
        canvas.saveState()
        if self.draft and canvas.getPageNumber() > 1:
            canvas.setFillColor(colors.Color(0.78, 0.06, 0.18, alpha=0.07))
            canvas.setFont(BOLD, 90)
            canvas.translate(width / 2, height / 2)
            canvas.rotate(35)
            canvas.drawCentredString(0, -30, self.words("draft"))
            canvas.rotate(-35)
            canvas.translate(-width / 2, -height / 2)
        if canvas.getPageNumber() > 1:
            top = height - MARGIN
            canvas.setFillColor(GREY)
            canvas.setFont(REGULAR, 8)
            canvas.drawString(MARGIN, top, self.header_text)
            if self.draft:
                canvas.setFont(BOLD, 8)
                canvas.setFillColor(colors.HexColor("#C8102E"))
                canvas.drawRightString(width - MARGIN, top, self.words("draft"))
            canvas.setStrokeColor(LINE)
            canvas.setLineWidth(0.4)
            canvas.line(MARGIN, top - 4, width - MARGIN, top - 4)
        canvas.restoreState()

    def layout(self, story: list[Any], canvasmaker: type[rl_canvas.Canvas]) -> None:
        """Lay out and draw `story` in one pass, then fill in the contents' page numbers and save."""
        contents = [f for f in story if isinstance(f, Contents)]
        for toc in contents:
            toc.reserve(story)
        self._doSave = 0  # saved below, once the contents' numbers are defined
        self.build(story, canvasmaker=canvasmaker)
        for toc in contents:
            toc.define_numbers(self.canv, self.pages)
        self.canv.save()

    def afterFlowable(self, flowable: Any) -> None:
        if isinstance(flowable, Heading):
            self.pages[flowable.toc_key] = self.page
            level = min(flowable.toc_level, self.outline_level + 1)
            self.outline_level = level
            self.canv.addOutlineEntry(safe_text.plain(flowable.toc_text, 160), flowable.toc_key, level=level)
        self.done += 1
        if self.progress is not None and self.done % 10 == 0:
            self.percent = max(self.percent, 15 + int(80 * min(1.0, self.done / self.flowables)))
            if not self.progress(self.percent, f"page {self.page}"):
                raise ExportCancelled("cancelled")
