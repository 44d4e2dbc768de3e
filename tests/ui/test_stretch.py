"""String-stretch check: with every text ~40% longer (as Russian and Turkmen often are), nothing clips at 1024×600.

A pseudo-translator wraps each string in [ ] and doubles its vowels, so an untranslated or clipped
label is visible at once, without waiting for real translations.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTabBar, QTabWidget, QToolButton, QWidget

from hdesk.app import build_main_window, open_context
from hdesk.settings import Settings
from hdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

PLACEHOLDER = re.compile(r"(\{[^}]*\}|%L?\d|%n|&.|<[^>]*>|\([^)]*\*[^)]*\))")

# Widgets that clip with 40% longer text, owned by other modules (reported to the lead, see the
# localisation report). Findings read "tab title / widget kind / English text"; new clipping fails the test.
KNOWN_CLIPPED: tuple[str, ...] = (  # prefixes of findings
    # main_window.py: nine tabs need ~1160 px with 40% longer titles; the last ones scroll out of sight.
    "main / tab bar /",
    # tabs/partners.py: the record pane's four tabs need more than its 446 px.
    "Partners / tab bar /",
)


def stretch(text: str) -> str:
    """Longer text that keeps placeholders, accelerators, markup and file filters intact."""
    parts = PLACEHOLDER.split(text)
    out = [p if PLACEHOLDER.fullmatch(p) else re.sub(r"([aeiouAEIOU])", r"\1\1", p) for p in parts]
    return "[" + "".join(out) + "]"


class PseudoTranslator(QTranslator):
    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        if not source or context.startswith("Q"):  # leave Qt's own strings alone
            return None
        return stretch(source)

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def stretched_window(qapp: QApplication, qtbot: Any, demo_file: Path) -> Iterator[MainWindow]:
    translator = PseudoTranslator(qapp)
    QCoreApplication.installTranslator(translator)
    ctx = open_context(demo_file, Settings())
    window = build_main_window(ctx)
    qtbot.addWidget(window)
    window.resize(1024, 600)
    window.show()
    qtbot.waitUntil(lambda: window.width() == 1024 and not ctx.opening)  # the first tab has read its rows
    yield window
    window.close()
    ctx.database.close()
    QCoreApplication.removeTranslator(translator)


def test_stretch_keeps_placeholders() -> None:
    assert stretch("Delete “{name}”?") == "[Deeleetee “{name}”?]"
    assert stretch("&Open… %1") == "[&Opeen… %1]"
    assert len(stretch("Partners not contacted")) >= 1.3 * len("Partners not contacted")


def _source(text: str) -> str:
    """The English behind a stretched text (undo the doubling), for readable reports."""
    return re.sub(r"([aeiouAEIOU])\1", r"\1", text.strip("[]"))


def clipped_widgets(window: MainWindow) -> list[str]:
    """Visible labels, buttons and tabs whose text needs more width than they have."""
    tab = _source(window.tabs.tabText(window.tabs.currentIndex()))
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel):
            if widget.wordWrap() or not widget.text():  # wrapped labels grow downwards instead
                continue
            if widget.sizeHint().width() > widget.width():
                found.append(f"{tab} / QLabel / {_source(widget.text())}")
        elif isinstance(widget, QAbstractButton) and not isinstance(widget, QToolButton):
            if widget.text() and widget.sizeHint().width() > widget.width():
                found.append(f"{tab} / {type(widget).__name__} / {_source(widget.text())}")
        elif isinstance(widget, QTabBar) and widget.elideMode().name == "ElideNone":
            for i in range(widget.count()):
                if widget.tabSizeHint(i).width() > widget.tabRect(i).width():
                    found.append(f"{tab} / tab / {_source(widget.tabText(i))}")
            if widget.sizeHint().width() > widget.width():  # the last tabs hide behind scroll arrows
                where = "main" if widget is window.tabs.tabBar() else tab
                names = ", ".join(_source(widget.tabText(i)) for i in range(widget.count()))
                found.append(f"{where} / tab bar / {names} do not fit in {widget.width()} px")
    return found


def test_stretched_texts_fit_on_every_tab(stretched_window: MainWindow, qtbot: Any) -> None:
    window = stretched_window
    assert window.tabs.tabText(0).startswith("[")  # the pseudo-translation is active
    found: list[str] = []
    tabs: QTabWidget = window.tabs
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        qtbot.waitUntil(lambda i=i: tabs.currentIndex() == i)
        found += clipped_widgets(window)
    assert window.minimumSizeHint().width() <= 1024 and window.minimumSizeHint().height() <= 600
    new = sorted(f for f in set(found) if not f.startswith(KNOWN_CLIPPED))
    assert not new, "clipped with 40% longer text at 1024x600:\n" + "\n".join(new)
