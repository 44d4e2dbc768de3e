"""Tabs load their rows when first shown, not when the window opens.

A large file holds ~80k rows; reading them all for tabs nobody looks at kept the window from
appearing for seconds. A tab inside the main window (ctx.lazy_tabs) that is hidden only marks
itself stale on a change; the main window calls `reload_if_stale()` when the tab becomes current.
A widget outside the main window (tests, dialogs) loads at once, as before.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QTimer


class LazyLoad:
    """Mixin for a QWidget with `ctx` whose `load_now()` (default: `reload()`) reads its rows."""

    ctx: Any
    _stale = False

    def load_now(self) -> None:
        self.reload()  # type: ignore[attr-defined]

    def should_defer(self) -> bool:
        """True when loading now would read rows nobody sees (a hidden tab of the main window), or
        while the window opens a file (the current tab loads on the next event-loop turn)."""
        if not getattr(self.ctx, "lazy_tabs", False):
            return False
        return not self.isVisible() or bool(getattr(self.ctx, "opening", False))  # type: ignore[attr-defined]

    def load_or_defer(self, *_args: Any) -> bool:
        """Load now when shown (or standing alone); otherwise remember to load when shown."""
        if self.should_defer():
            self._stale = True
            return False
        self._stale = False
        self.load_now()
        return True

    def shown(self) -> None:
        """From showEvent: catch up now, or (while the window opens) right after its first paint."""
        if getattr(self.ctx, "opening", False):
            QTimer.singleShot(0, self._catch_up)
        else:
            self.reload_if_stale()

    def _catch_up(self) -> None:
        if self.isVisible():  # type: ignore[attr-defined]
            self.reload_if_stale()

    def reload_if_stale(self, complete: bool = False) -> bool:
        """Load the rows a deferred change or the first show still owes; True when it loaded.

        `complete`: everything at once (reload), for code that reads the tab right after;
        otherwise the tab's own catch-up (load_now), which may finish on the next turn.
        """
        if not self._stale:
            return False
        self._stale = False
        if complete:
            self.reload()  # type: ignore[attr-defined]
        else:
            self.load_now()
        if self.isVisible():  # type: ignore[attr-defined]
            # texts set while showing: lay them out now, not after the first paint
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        return True


def reload_if_stale(widget: object) -> None:
    """Bring a tab up to date if it knows how (tabs of other kinds are left alone)."""
    method = getattr(widget, "reload_if_stale", None)
    if callable(method):
        method()
