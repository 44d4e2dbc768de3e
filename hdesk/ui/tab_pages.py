"""A tab widget whose pages are built the first time they are needed.

Building all ten tabs (their forms, tables and the modules behind them) kept the window from
appearing for half a second. A lazy page is an empty placeholder holding a factory; the real
widget is made when the page is first shown or when code asks for it (`widget(i)`,
`currentWidget()`, the window's `tab(name)`). Callers never see a placeholder.

Once the window shows its file, `build_when_idle` builds the remaining pages one at a time with
pauses between them, so the first visit of a tab costs its rows, not its modules and forms
(150-300 ms on a slow PC otherwise). A hidden page reads no rows until it is shown (ui/lazy.py).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtGui import QPaintEvent, QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

Factory = Callable[[], QWidget]


class LazyPage(QWidget):
    """A placeholder that becomes its real widget (`made`) on first show or first request."""

    def __init__(
        self,
        name: str,
        factory: Factory,
        on_made: Callable[[QWidget], None] | None = None,
        pages: TabPages | None = None,
    ):
        super().__init__()
        self._pages = pages
        self.setObjectName(name)
        self._factory: Factory | None = factory
        self._on_made = on_made
        self.made: QWidget | None = None
        self._box = QVBoxLayout(self)
        self._box.setContentsMargins(0, 0, 0, 0)

    def make(self) -> QWidget:
        if self.made is None and self._factory is not None:
            factory, self._factory = self._factory, None
            widget = factory()
            widget.setObjectName(self.objectName())
            self.made = widget
            self._box.addWidget(widget)
            if self.isVisible():
                widget.show()  # a layout shows a new child only on the next event-loop turn
            if self._on_made is not None:
                self._on_made(widget)
        return self.made if self.made is not None else self

    def showEvent(self, event: QShowEvent) -> None:
        if self._pages is None or not self._pages.hold:
            self.make()
        super().showEvent(event)


class TabPages(QTabWidget):
    """QTabWidget that maps lazy placeholders to their real widgets in every lookup.

    While `hold` is True (the window has no file yet) a shown placeholder stays empty.
    """

    hold = False
    IDLE_PAUSE_MS = 60  # between two pages built in the background: input and paints go first
    _after_paint: list[Callable[[], None]] | None = None

    def after_next_paint(self, work: Callable[[], None]) -> None:
        """Run `work` on the event-loop turn after this widget's next paint.

        A paintEvent override rather than an event filter: a filter would bring every event of the
        tabs into Python before the first frame, and PySide builds a class (and its enums) for each
        kind of event it meets, a few ms of every start.
        """
        if self._after_paint is None:
            self._after_paint = []
        self._after_paint.append(work)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._after_paint:
            hooks, self._after_paint = self._after_paint, None
            for work in hooks:
                QTimer.singleShot(0, work)

    def build_when_idle(self) -> None:
        """Build the pages not built yet, one per pause, while nothing else is waiting."""
        QTimer.singleShot(self.IDLE_PAUSE_MS, self, self._build_next)

    def _build_next(self) -> None:
        if self.hold:
            return  # no file: nothing to build pages for
        for index in range(self.count()):
            page = super().widget(index)
            if isinstance(page, LazyPage) and page.made is None:
                page.make()
                self.build_when_idle()
                return

    def add_lazy(
        self, index: int, name: str, factory: Factory, title: str, on_made: Callable[[QWidget], None] | None = None
    ) -> int:
        return self.insertTab(index, LazyPage(name, factory, on_made, self), title)

    def page_name(self, index: int) -> str:
        """The objectName of the page at `index` without building it."""
        page = super().widget(index)
        return page.objectName() if page is not None else ""

    def is_built(self, index: int) -> bool:
        page = super().widget(index)
        return not isinstance(page, LazyPage) or page.made is not None

    def widget(self, index: int) -> QWidget | None:
        page = super().widget(index)
        return page.make() if isinstance(page, LazyPage) else page

    def currentWidget(self) -> QWidget:
        page = super().currentWidget()
        return page.make() if isinstance(page, LazyPage) else page

    def indexOf(self, widget: QWidget) -> int:
        index = super().indexOf(widget)
        if index >= 0:
            return index
        for i in range(self.count()):
            page = super().widget(i)
            if isinstance(page, LazyPage) and page.made is widget:
                return i
        return -1

    def setCurrentWidget(self, widget: QWidget) -> None:
        index = self.indexOf(widget)
        if index >= 0:
            self.setCurrentIndex(index)
