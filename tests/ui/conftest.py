"""Fixtures for GUI tests: the real main window on a copy of the demo database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from hdesk.app import build_main_window, open_context
from hdesk.settings import Settings
from hdesk.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, demo_file: Path) -> Iterator[MainWindow]:
    """The main window, shown offscreen on a fresh copy of the demo plan; closed afterwards."""
    win = build_main_window(open_context(demo_file, Settings()))
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()
    win.ctx.database.close()
