"""Record lists lay their text out without OpenType shaping wherever the letters do not need it.

Qt lays out every painted cell's text anew, through HarfBuzz. Latin (Turkmen, Uzbek, English),
Cyrillic and Greek letters, precomposed as keyboards type them, need no shaping: skipping it
(QFont.PreferNoShaping; kerning and ligatures go) makes a painted cell about a third cheaper,
which is most of a filter keystroke over a long list. Qt does not shape Arabic under that
strategy either, so its letters would stand unjoined: a cell with text beyond those alphabets,
or with combining marks, gets a font that is shaped (the view's font otherwise).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtGui import QFont

if TYPE_CHECKING:
    from PySide6.QtWidgets import QAbstractItemView

# combining marks, and everything from Hebrew on except Latin Extended Additional, punctuation and
# symbols (U+1E00-U+1EFF, U+2000-U+2BFF): Arabic, Indic, Thai, CJK, emoji sequences…
_NEEDS_SHAPING = re.compile("[\u0300-\u036f\u0483-\u0489\u0590-\u1dff\u1f00-\u1fff\u2c00-\U0010ffff]")


def needs_shaping(text: str) -> bool:
    """Whether `text` reads right only when shaped (joined letters, placed marks)."""
    return not text.isascii() and _NEEDS_SHAPING.search(text) is not None


def _strategy_only(strategy: QFont.StyleStrategy) -> QFont:
    """A font that sets only its style strategy: family and size still come from the widget."""
    font = QFont()
    font.setStyleStrategy(strategy)
    return font


@cache
def shaped_font() -> QFont:
    """For the cells that need shaping (a model answers it as their FontRole)."""
    return _strategy_only(QFont.StyleStrategy.PreferDefault)


def lay_out_plainly(view: QAbstractItemView) -> None:
    """The view's cells (and header) without shaping; its model answers `shaped_font()` where needed."""
    view.setFont(_strategy_only(QFont.StyleStrategy.PreferNoShaping))
