"""A Paragraph that remembers its last line breaking.

ReportLab wraps a paragraph again every time it is asked (a table measures its cells, then wraps
them again to draw them; KeepTogether and the frame each wrap): the lines depend only on the
width, so a repeat at the same width reuses them.
"""

from __future__ import annotations

from reportlab.platypus import Paragraph


class Para(Paragraph):
    """A Paragraph whose wrap at an unchanged width costs nothing."""

    _wrapped_at: float | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if availWidth == self._wrapped_at and "blPara" in self.__dict__:  # split() may drop blPara
            return self.width, self.height
        width, height = super().wrap(availWidth, availHeight)
        self._wrapped_at = availWidth
        return width, height
