"""Long work off the UI thread (STYLE.md habit 5): PDF export, merge, import, backups.

A task is a plain function `fn(progress)` where `progress(percent, message)` reports and returns
False once the user cancelled. The result or the error arrives in a main-thread slot.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

Progress = Callable[[int, str], bool]


class _Signals(QObject):
    progress = Signal(int, str)
    done = Signal(object)
    failed = Signal(object)


class Task(QRunnable):
    """One background job; connect to `signals` before starting it with `start()`."""

    def __init__(self, fn: Callable[[Progress], Any]):
        super().__init__()
        self.fn = fn
        self.signals = _Signals()
        self._cancel = threading.Event()
        self.setAutoDelete(False)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def _progress(self, percent: int, message: str = "") -> bool:
        self.signals.progress.emit(int(percent), message)
        return not self._cancel.is_set()

    def run(self) -> None:
        try:
            result = self.fn(self._progress)
        except BaseException as exc:  # delivered to the main thread, which shows one sentence
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)

    def start(self, pool: QThreadPool | None = None) -> None:
        (pool or QThreadPool.globalInstance()).start(self)


def run_task(
    fn: Callable[[Progress], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    on_progress: Callable[[int, str], None] | None = None,
) -> Task:
    """Start `fn` on the thread pool and deliver its outcome to main-thread callbacks."""
    task = Task(fn)
    task.signals.done.connect(on_done)
    task.signals.failed.connect(on_error)
    if on_progress is not None:
        task.signals.progress.connect(on_progress)
    task.start()
    return task
