"""The page machinery: portrait and landscape templates, header and footer, TOC and progress.

"Page X of Y" needs the page count before the footer is drawn, so the canvas keeps every page's
state and draws footers when it is saved (the classic numbered canvas). The contents need every
heading's page: the first pass only lays out (nothing is drawn, the contents reserve their final
size because the headings are known in advance), the second lays out and draws the same pages.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, KeepTogether, LayoutError, PageTemplate
from reportlab.platypus.tableofcontents import TableOfContents

from hdesk.services.pdf import safe_text
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

    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *args: Any, **kwargs: Any):
            kwargs["initialFontName"] = REGULAR  # not Helvetica, which would be listed unembedded
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._footer(number, total)
                super().showPage()
            super().save()

        def _footer(self, number: int, total: int) -> None:
            width, _ = self._pagesize
            y = MARGIN - 2 * mm
            self.saveState()
            self.setStrokeColor(LINE)
            self.setLineWidth(0.4)
            self.line(MARGIN, y + 9, width - MARGIN, y + 9)
            self.setFillColor(GREY)
            self.setFont(REGULAR, 7.5)
            self.drawString(MARGIN, y, safe_text.plain(printed) + "   ·   " + safe_text.plain(identity))
            self.setFont(BOLD, 8)
            self.drawRightString(width - MARGIN, y, words("page_of", page=number, total=total))
            self.restoreState()

    return NumberedCanvas


class LayoutCanvas(rl_canvas.Canvas):
    """The canvas of a layout-only pass: frames skip drawing on it and it is never saved."""

    layout_only = True

    def __init__(self, *args: Any, **kwargs: Any):
        kwargs["initialFontName"] = REGULAR
        super().__init__(*args, **kwargs)


def _skip_draw(*args: Any, **kwargs: Any) -> None:
    return None


class PlanFrame(Frame):
    """A frame that only measures and places flowables while the canvas is a LayoutCanvas."""

    def _add(self, flowable: Flowable, canv: rl_canvas.Canvas, trySplit: int = 0) -> int:
        if not getattr(canv, "layout_only", False):
            return int(super()._add(flowable, canv, trySplit))
        flowable.__dict__["drawOn"] = _skip_draw  # past Drawing's attribute checks
        try:
            return int(super()._add(flowable, canv, trySplit))
        finally:
            del flowable.__dict__["drawOn"]

    add = _add


class Contents(TableOfContents):
    """A table of contents that knows its entries before layout, so its size is right at once."""

    def reserve(self, entries: list[tuple[int, str, int, str]]) -> None:
        self._entries = list(entries)


def headings(flowables: list[Any]) -> list[Any]:
    """Every contents heading in the story, including those inside KeepTogether groups."""
    out: list[Any] = []
    for f in flowables:
        if isinstance(f, Heading):
            out.append(f)
        elif isinstance(f, KeepTogether):
            out += headings(list(f._content))
    return out


def toc_entry(heading: Any, page: int) -> tuple[int, str, int, str]:
    return (heading.toc_level, safe_text.line(heading.toc_text, 160), page, heading.toc_key)


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
        self.passes = 0
        self.percent = 15
        self.header_text = safe_text.plain(
            f"{data.office.get('society') or data.plan['title']} · {words('plan_year')} {data.year}", 160
        )
        self.draft = data.plan.get("status") != "approved"
        self.addPageTemplates([self._template("portrait", paper), self._template("landscape", landscape(paper))])

    def _template(self, name: str, size: tuple[float, float]) -> PageTemplate:
        width, height = frame_size(size)
        frame = PlanFrame(MARGIN, MARGIN + FOOTER, width, height, id=name, leftPadding=0, rightPadding=0)
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

    def layout(self, story: list[Any], canvasmaker: type[rl_canvas.Canvas], max_passes: int = 6) -> int:
        """Like multiBuild, but a pass whose page numbers are still unknown only lays out (no drawing).

        Returns the number of passes (2 when the reserved contents were right, as they should be).
        """
        for toc in (f for f in story if isinstance(f, Contents)):
            toc.reserve([toc_entry(h, 0) for h in headings(story)])
        self._indexingFlowables = [f for f in story if f.isIndexing()]
        self._doSave = 0
        edits: list[Any] = []
        self._multiBuildEdits = edits.append
        drawing = False
        for passes in range(1, max_passes + 1):
            for flowable in self._indexingFlowables:
                flowable.beforeBuild()
            self.build(story[:], canvasmaker=canvasmaker if drawing else LayoutCanvas)
            for flowable in self._indexingFlowables:
                flowable.afterBuild()
            if self._allSatisfied() and drawing:
                self.canv.save()
                del self._multiBuildEdits
                return passes
            drawing = True  # the page numbers are known now: draw while checking them
            while edits:
                edit = edits.pop(0)
                edit[0](*edit[1:])
        raise LayoutError(f"Contents page numbers not settled after {max_passes} passes")

    def build(self, flowables: list[Any], *args: Any, **kwargs: Any) -> None:
        self.passes += 1
        self.done = 0
        self.outline_level = -1
        super().build(flowables, *args, **kwargs)

    def afterFlowable(self, flowable: Any) -> None:
        if isinstance(flowable, Heading):
            self.notify("TOCEntry", toc_entry(flowable, self.page))
            level = min(flowable.toc_level, self.outline_level + 1)
            self.outline_level = level
            self.canv.addOutlineEntry(safe_text.plain(flowable.toc_text, 160), flowable.toc_key, level=level)
        self.done += 1
        if self.progress is not None and self.done % 10 == 0:
            share = min(1.0, (self.passes - 1 + min(1.0, self.done / self.flowables)) / 2)
            self.percent = max(self.percent, 15 + int(80 * share))
            if not self.progress(self.percent, f"page {self.page}"):
                raise ExportCancelled("cancelled")
