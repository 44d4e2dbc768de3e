"""The only fonts the printed plan uses: the bundled DejaVu Sans, embedded.

ReportLab's built-in fonts print a black box for Cyrillic and most Central Asian letters, so
nothing in the PDF may name Helvetica or Times; `REGULAR` and `BOLD` are the names to use.
"""

from __future__ import annotations

import threading

from reportlab import rl_config
from reportlab.graphics import shapes
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from hdesk import paths

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
_lock = threading.Lock()
_coverage: frozenset[int] | None = None


def register() -> frozenset[int]:
    """Register DejaVu (idempotent, thread-safe) and return the code points both faces can print."""
    global _coverage
    with _lock:
        if _coverage is None:
            regular = TTFont(REGULAR, str(paths.resource("fonts", "DejaVuSans.ttf")))
            bold = TTFont(BOLD, str(paths.resource("fonts", "DejaVuSans-Bold.ttf")))
            pdfmetrics.registerFont(regular)
            pdfmetrics.registerFont(bold)
            pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)
            for italic in (0, 1):
                addMapping(REGULAR, 0, italic, REGULAR)
                addMapping(REGULAR, 1, italic, BOLD)
            # Defaults that would otherwise pull an unembedded Helvetica into every page.
            shapes.STATE_DEFAULTS["fontName"] = REGULAR
            rl_config.canvas_basefontname = REGULAR
            _coverage = frozenset(regular.face.charWidths) & frozenset(bold.face.charWidths)
        return _coverage


def string_width(text: str, size: float, bold: bool = False) -> float:
    return float(pdfmetrics.stringWidth(text, BOLD if bold else REGULAR, size))
