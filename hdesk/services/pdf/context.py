"""What every section builder receives: the data, the words, the styles and the frame sizes."""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import count
from typing import Any
from xml.sax.saxutils import escape

from reportlab.platypus import Paragraph

from hdesk.services.pdf import fonts, safe_text
from hdesk.services.pdf.data import PlanData
from hdesk.services.pdf.labels import Labels
from hdesk.services.pdf.para import Para
from hdesk.services.pdf.styles import Styles

_keys = count(1)


class Heading(Para):
    """A heading that the document lists in the table of contents and the PDF outline."""

    def __init__(self, text: str, style: object, level: int):
        self.toc_level = level
        self.toc_text = text  # plain, already cleaned
        self.toc_key = f"h{next(_keys)}"
        super().__init__(f'<a name="{self.toc_key}"/>' + safe_text.line(text, 200), style)

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        """Never split: a heading moves whole to the next page (and keeps its one contents entry)."""
        return []


@dataclass
class Ctx:
    data: PlanData
    L: Labels
    st: Styles
    width: float  # portrait frame width
    height: float  # portrait frame height
    land_width: float
    land_height: float
    widths: dict[tuple[tuple[str, ...], float], float] = field(default_factory=dict)

    def h1(self, text: str) -> Heading:
        return Heading(text, self.st.h1, 0)

    def h2(self, text: str, toc: bool = True) -> Paragraph:
        if toc:
            return Heading(text, self.st.h2, 1)
        return Para(safe_text.line(text, 300), self.st.h2)

    def para(self, text: object, style: object | None = None) -> list[Paragraph]:
        """User text as capped, split, escaped paragraphs."""
        chosen = style or self.st.body
        return [Para(p, chosen) for p in safe_text.paragraphs(text, self.L("truncated"))]

    def cell(self, text: object, limit: int = 600, bold: bool = False) -> Paragraph:
        return Para(safe_text.line(text, limit), self.st.cell_bold if bold else self.st.cell)

    def fit(self, text: object, width: float, bold: bool = False, limit: int = 600) -> str | Paragraph:
        """A plain cell string when the text fits `width` on one line (fast), else a wrapping Paragraph.

        Plain table strings are drawn as-is, never parsed as markup, so they are not escaped.
        """
        value = safe_text.plain(text, limit)
        if fonts.string_width(value, 8.5, bold) <= width - 7:
            return value
        return Para(escape(value), self.st.cell_bold if bold else self.st.cell)

    def label_width(self, keys: list[str], share: float) -> float:
        """Width of a label column: its longest word in bold, at most `share` of the frame."""
        key = (tuple(keys), share)
        if key not in self.widths:  # asked once per objective block
            longest = max(fonts.string_width(self.L(k), 8.5, True) for k in keys) + 8
            self.widths[key] = min(longest, self.width * share)
        return self.widths[key]

    def label(self, key: str) -> Paragraph:
        return Para(safe_text.line(self.L(key)), self.st.cell_bold)
