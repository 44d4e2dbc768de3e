"""What every section builder receives: the data, the words, the styles and the frame sizes."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import count

from reportlab.platypus import Paragraph

from hdesk.services.pdf import safe_text
from hdesk.services.pdf.data import PlanData
from hdesk.services.pdf.labels import Labels
from hdesk.services.pdf.styles import Styles

_keys = count(1)


class Heading(Paragraph):
    """A heading that the document lists in the table of contents and the PDF outline."""

    def __init__(self, text: str, style: object, level: int):
        self.toc_level = level
        self.toc_text = text  # plain, already cleaned
        self.toc_key = f"h{next(_keys)}"
        super().__init__(f'<a name="{self.toc_key}"/>' + safe_text.line(text, 200), style)


@dataclass
class Ctx:
    data: PlanData
    L: Labels
    st: Styles
    width: float  # portrait frame width
    height: float  # portrait frame height
    land_width: float
    land_height: float

    def h1(self, text: str) -> Heading:
        return Heading(text, self.st.h1, 0)

    def h2(self, text: str, toc: bool = True) -> Paragraph:
        if toc:
            return Heading(text, self.st.h2, 1)
        return Paragraph(safe_text.line(text, 300), self.st.h2)

    def para(self, text: object, style: object | None = None) -> list[Paragraph]:
        """User text as capped, split, escaped paragraphs."""
        chosen = style or self.st.body
        return [Paragraph(p, chosen) for p in safe_text.paragraphs(text, self.L("truncated"))]

    def cell(self, text: object, limit: int = 600, bold: bool = False) -> Paragraph:
        return Paragraph(safe_text.line(text, limit), self.st.cell_bold if bold else self.st.cell)

    def label(self, key: str) -> Paragraph:
        return Paragraph(safe_text.line(self.L(key)), self.st.cell_bold)
