"""The table of contents, laid out and drawn in the document's single pass.

Its entries are known before layout (every heading is in the story), so its size is right at
once. Its page numbers are not known when it is drawn: each entry's dots and number are a PDF
form XObject that the contents page references by name and the document defines at save time,
when every heading's page is known (the classic "page X of Y" technique).
"""

from __future__ import annotations

from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import KeepTogether, LayoutError, Spacer, Table
from reportlab.platypus.tableofcontents import TableOfContents

from hdesk.services.pdf import safe_text
from hdesk.services.pdf.context import Heading
from hdesk.services.pdf.para import Para

CALLBACK = "hdeskContentsEnd"
DOT = " . "


def headings(flowables: list[Any]) -> list[Heading]:
    """Every contents heading in the story, including those inside KeepTogether groups."""
    out: list[Heading] = []
    for f in flowables:
        if isinstance(f, Heading):
            out.append(f)
        elif isinstance(f, KeepTogether):
            out += headings(list(f._content))
    return out


def form_name(key: str) -> str:
    return f"contents-{key}"


class Contents(TableOfContents):
    """Entries reserved up front; the page numbers are forms filled in by `define_numbers`."""

    def __init__(self, **kwargs: Any):
        super().__init__(**kwargs)
        self.entries: list[tuple[int, str, str]] = []  # (level, escaped text, heading key)
        self.slots: dict[str, tuple[float, int]] = {}  # key -> (room right of the title, level)

    def reserve(self, story: list[Any]) -> None:
        self.entries = [(h.toc_level, safe_text.line(h.toc_text, 160), h.toc_key) for h in headings(story)]

    def isIndexing(self) -> int:
        return 0  # nothing to learn from a second pass

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        def entry_end(canvas: rl_canvas.Canvas, kind: str, label: str) -> None:
            level, key = label.split(",")
            x, y = canvas._curr_tx_info["cur_x"], canvas._curr_tx_info["cur_y"]
            self.slots[key] = (availWidth - x, int(level))
            canvas.saveState()
            canvas.translate(x, y)
            canvas.doForm(form_name(key))
            canvas.restoreState()
            leading = self.getLevelStyle(int(level)).leading
            canvas.linkRect("", key, (x, y, availWidth, y + leading), relative=1)

        self.canv.setNamedCB(CALLBACK, entry_end)
        rows: list[list[Any]] = []
        for level, text, key in self.entries:
            style = self.getLevelStyle(level)
            markup = f'<a href="#{key}">{text}</a><onDraw name="{CALLBACK}" label="{level},{key}"/>'
            if style.spaceBefore:
                rows.append([Spacer(1, style.spaceBefore)])
            rows.append([Para(markup, style)])
        if not rows:
            rows = [[""]]
        self._table = Table(rows, colWidths=(availWidth,), style=self.tableStyle)
        self.width, self.height = self._table.wrapOn(self.canv, availWidth, availHeight)
        return self.width, self.height

    def define_numbers(self, canvas: rl_canvas.Canvas, pages: dict[str, int]) -> None:
        """Define the form of every drawn entry: dots up to its section's page number, right-aligned."""
        for key, (room, level) in self.slots.items():
            if key not in pages:
                raise LayoutError(f"The contents list a heading that was never printed ({key})")
            style = self.getLevelStyle(level)
            number, size = str(pages[key]), style.fontSize
            width = stringWidth(number, style.fontName, size)
            while width > room and size >= 1.0:  # as ReportLab's contents: shrink a number that cannot fit
                size *= 0.9
                width = stringWidth(number, style.fontName, size)
            dot_width = stringWidth(DOT, style.fontName, size)
            dots = max(0, int((room - width) / dot_width)) if level >= self.dotsMinLevel >= 0 else 0
            canvas.beginForm(form_name(key), lowerx=-1, lowery=-size, upperx=max(room, width) + 1, uppery=2 * size)
            text = canvas.beginText(room - dots * dot_width - width, 0)
            text.setFont(style.fontName, size)
            text.setFillColor(style.textColor)
            text.textLine(dots * DOT + number)
            canvas.drawText(text)
            canvas.endForm()
