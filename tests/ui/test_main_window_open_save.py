"""Files from the window: Save a Copy, drag and drop, Open Recent, geometry remembered."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from hdesk.services import queries
from hdesk.services.records import Records
from hdesk.store.database import Database
from hdesk.ui import main_menus
from hdesk.ui.main_window import MainWindow


def test_save_a_copy_writes_a_complete_snapshot_with_the_latest_edit(qtbot, window: MainWindow, tmp_path: Path):
    records = window.ctx.records
    dept = queries.departments(records)[0]
    window.ctx.edit("rename", lambda: records.update("department", dept["uuid"], {"head": "Acting head"}))
    dest = tmp_path / "copy for the board.hdesk"
    window.write_copy(dest)
    qtbot.waitUntil(lambda: "copy was saved" in window.statusBar().currentMessage(), timeout=10_000)
    with Database(dest, readonly=True) as copy:
        copied = Records(copy)
        assert copied.get("department", dept["uuid"])["head"] == "Acting head"
        assert len(copied.list("partner")) == len(records.list("partner"))
    assert not list(tmp_path.glob(".*.part"))


def _drop(window: MainWindow, path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(QPoint(10, 10)),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)


def test_dropping_an_hdesk_file_opens_it_and_remembers_it(window: MainWindow, demo_file: Path, tmp_path: Path):
    other = tmp_path / "branch office.hdesk"
    shutil.copyfile(demo_file, other)
    with Database(other) as database:
        Records(database).create("department", {"name": "Mary branch"})
    _drop(window, other)
    assert window.ctx.path == other
    assert "Mary branch" in [d["name"] for d in queries.departments(window.ctx.records)]
    assert str(other.resolve()) == window.ctx.settings.recent_files[0]
    menu = window.menus["file"].addMenu("recent (test)")
    main_menus._fill_recent(window, menu)
    assert "branch office.hdesk" in [a.text() for a in menu.actions()]


def test_dropping_something_else_changes_nothing(window: MainWindow, tmp_path: Path):
    text_file = tmp_path / "notes.txt"
    text_file.write_text("not a database")
    before = window.ctx.path
    _drop(window, text_file)
    assert window.ctx.path == before


def test_window_size_is_remembered(qtbot, window: MainWindow, demo_file: Path):
    from hdesk.app import build_main_window, open_context
    from hdesk.settings import Settings

    window.resize(window.width(), 517)  # within the offscreen screen (800x600); a new window would be taller
    window.close()
    again = build_main_window(open_context(demo_file, Settings(), readonly=True))
    qtbot.addWidget(again)
    assert again.height() == 517  # (restoreGeometry fits the width to the 800-pixel offscreen screen)
    again.close()
    again.ctx.database.close()
