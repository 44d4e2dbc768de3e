"""Export for / Import from Another Office, the Conflicts tab and History, as a user meets them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from hdesk.services.exchange import crypto
from hdesk.services.exchange.export import export_file
from hdesk.services.exchange.merge import import_file
from hdesk.services.queries import set_office
from hdesk.services.records import Records
from hdesk.store.database import Database
from hdesk.ui.dialogs.conflicts import ConflictsView
from hdesk.ui.dialogs.exchange_export import ExportDialog
from hdesk.ui.dialogs.exchange_import import ImportDialog
from hdesk.ui.dialogs.exchange_models import ConflictsModel, HistoryModel, SummaryModel
from hdesk.ui.dialogs.history import show_history
from hdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def branch_file(window: MainWindow, tmp_path: Path) -> tuple[Path, str]:
    """A branch office that got the head office's file, then added a partner and edited one."""
    ctx = window.ctx
    first = tmp_path / "to-branch.hdesk"
    export_file(ctx.database, first)
    partner = sorted(ctx.records.list("partner"), key=lambda p: p["uuid"])[0]
    with Database(tmp_path / "branch.hdesk", create=True) as database:
        branch = Records(database)
        set_office(branch, society="Red Crescent", office_name="Mary branch")
        import_file(branch, first, backup_dir=tmp_path / "b")
        branch.create("partner", {"name": "Mary city council", "kind": "local_authority"})
        theirs = "opposed" if partner["stance"] != "opposed" else "supportive"
        branch.update("partner", partner["uuid"], {"stance": theirs})
        export_file(database, tmp_path / "from-branch.hdesk")
    ours = "sceptical" if partner["stance"] != "sceptical" else "neutral"
    ctx.edit("edit", lambda: ctx.records.update("partner", partner["uuid"], {"stance": ours}))
    return tmp_path / "from-branch.hdesk", partner["uuid"]


def test_menus_and_conflicts_tab_are_installed(window: MainWindow) -> None:
    texts = [a.text() for a in window.menus["file"].actions()]
    assert "Export for Another Office…" in texts and "Import from Another Office…" in texts
    assert isinstance(window.conflicts_view, ConflictsView)
    assert window.tabs.indexOf(window.conflicts_view) >= 0


def test_export_with_passphrase_twice(qtbot, window: MainWindow, tmp_path: Path) -> None:
    dialog = ExportDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dest = tmp_path / "stick" / "hdesk-exchange.hdeskx"
    dest.parent.mkdir()
    dialog.dest.setText(str(dest))
    dialog.encrypt.setChecked(True)
    dialog.pass1.setText("long enough phrase")
    dialog.pass2.setText("long enough phrasE")
    assert not dialog.go.isEnabled() and "differ" in dialog.message.text()
    dialog.pass2.setText("long enough phrase")
    assert dialog.go.isEnabled()
    dialog.go.click()
    qtbot.waitUntil(lambda: dialog.task is None and "Exported" in dialog.message.text(), timeout=20000)
    assert crypto.is_encrypted(dest)
    plain = tmp_path / "plain.hdesk"
    crypto.decrypt_file(dest, plain, "long enough phrase")
    with Database(plain, readonly=True) as copy:
        assert len(Records(copy).list("partner")) == len(window.ctx.records.list("partner"))


def test_import_previews_then_applies_and_conflict_is_chosen(
    qtbot, qtmodeltester, window: MainWindow, branch_file: tuple[Path, str]
) -> None:
    path, conflicted = branch_file
    ctx = window.ctx
    before = len(ctx.records.list("partner"))
    dialog = ImportDialog(ctx, window, path)
    qtbot.addWidget(dialog)
    assert not dialog.import_button.isEnabled()  # no import before a preview
    dialog.preview_button.click()
    qtbot.waitUntil(lambda: dialog.previewed is not None, timeout=20000)
    qtmodeltester.check(dialog.model)
    rows = {r[0]: r[1:] for r in dialog.model.rows}
    assert rows["Partner"] == (1, 0, 0, 1)  # new, changed (shown values), deleted, conflicts
    assert "Mary branch" in dialog.message.text()
    assert len(ctx.records.list("partner")) == before  # the preview changed nothing
    with qtbot.waitSignal(ctx.reloaded, timeout=20000):
        dialog.import_button.click()
    assert len(ctx.records.list("partner")) == before + 1
    view = window.conflicts_view
    qtmodeltester.check(view.model)
    values = [(c.uuid, v.value, v.office) for c, v in view.model.entries]
    assert {v[0] for v in values} == {conflicted}
    assert ("Red Crescent / Mary branch" in {v[2] for v in values}) and len(values) == 2
    pick = next(i for i, (_c, v) in enumerate(view.model.entries) if not v.shown)
    chosen = view.model.entries[pick][1].value
    view.table.selectRow(view.proxy.mapFromSource(view.model.index(pick, 0)).row())
    view.choose.click()
    assert view.model.rows == []
    assert ctx.records.get("partner", conflicted)["stance"] == chosen
    ctx.undo_stack.undo()  # choosing is an ordinary undoable edit
    assert ctx.records.get("partner", conflicted)["stance"] != chosen


def test_a_large_files_conflicts_are_found_while_the_window_answers(
    qtbot, monkeypatch: pytest.MonkeyPatch, window: MainWindow, branch_file: tuple[Path, str]
) -> None:
    """On a large file the scan runs on the thread pool: the tab says it is looking, then lists the same."""
    from hdesk.ui.dialogs import conflicts as conflicts_ui

    path, conflicted = branch_file
    import_file(window.ctx.records, path)
    view = window.conflicts_view
    view.refresh()
    expected = [(c.uuid, c.field, v.value) for c, v in view.model.entries]
    assert {e[0] for e in expected} == {conflicted}
    monkeypatch.setattr(conflicts_ui, "SCAN_NOW_BYTES", 0)  # every file counts as large
    view._show([])
    view.refresh()
    assert view.task is not None and "Looking for conflicts" in view.info.text()
    assert not view.choose.isEnabled()
    qtbot.waitUntil(lambda: view.task is None, timeout=10000)
    assert [(c.uuid, c.field, v.value) for c, v in view.model.entries] == expected
    assert "changed differently" in view.info.text()
    # a scan overtaken by a newer one (an edit meanwhile) does not overwrite what the newer one found
    view.refresh()
    stale = view.task
    view.refresh()
    assert view.task is not stale
    qtbot.waitUntil(lambda: view.task is None, timeout=10000)
    assert [(c.uuid, c.field, v.value) for c, v in view.model.entries] == expected


def test_history_dialog_lists_edits_and_imports(qtbot, qtmodeltester, window: MainWindow, branch_file) -> None:
    path, conflicted = branch_file
    import_file(window.ctx.records, path)
    dialog = show_history(window, window.ctx, "partner", conflicted)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    hows = {row[5] for row in dialog.model.rows}
    assert {"edit", "conflict"} <= hows
    assert any(row[1] == "Red Crescent / Mary branch" for row in dialog.model.rows)
    assert dialog.model.data(dialog.model.index(0, 0), Qt.ItemDataRole.DisplayRole)


def test_models_are_sound_when_empty(qtmodeltester) -> None:
    for model in (SummaryModel(), ConflictsModel(), HistoryModel()):
        qtmodeltester.check(model)


def test_after_an_import_the_merge_report_can_be_saved(
    qtbot, window: MainWindow, branch_file: tuple[Path, str], tmp_path: Path
) -> None:
    from pypdf import PdfReader

    path, _conflicted = branch_file
    dialog = ImportDialog(window.ctx, window, path)
    qtbot.addWidget(dialog)
    dialog.preview_button.click()
    qtbot.waitUntil(lambda: dialog.previewed is not None, timeout=20000)
    with qtbot.waitSignal(window.ctx.reloaded, timeout=20000):
        dialog.import_button.click()
    assert dialog.findChild(QPushButton, "import_report") is not None
    dialog.save_report(tmp_path / "report.pdf")
    qtbot.waitUntil(lambda: dialog.report_path is not None, timeout=20000)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(dialog.report_path).pages).split())
    assert "Conflicts waiting for a choice" in text and "Mary branch" in text


def test_a_refused_import_and_a_failed_export_speak_the_interface_language(
    qtbot, qapp, window: MainWindow, tmp_path: Path
) -> None:
    from hdesk.ui import i18n

    sealed = tmp_path / "from-hq.hdeskx"
    export_file(window.ctx.database, sealed, passphrase="long enough phrase")
    broken = tmp_path / "from-mary.hdesk"
    broken.write_bytes(b"SQLite format 3\x00" + bytes(4000))
    translators = i18n.install_translators(qapp, "ru")
    try:
        dialog = ImportDialog(window.ctx, window)
        qtbot.addWidget(dialog)
        dialog.file.setText(str(sealed))
        dialog.passphrase.setText("not the phrase")
        dialog.preview_button.click()
        qtbot.waitUntil(lambda: dialog.task is None and dialog.message.text() != "", timeout=20000)
        assert dialog.message.text() == "Неверный пароль: не удалось расшифровать from-hq.hdeskx."
        dialog.file.setText(str(broken))
        dialog.preview_button.click()
        qtbot.waitUntil(lambda: dialog.task is None and "from-mary.hdesk" in dialog.message.text(), timeout=20000)
        first, *detail = dialog.message.text().splitlines()
        assert first.startswith("Файл from-mary.hdesk") and "отклонён" in first
        assert len(detail) == 1 and detail[0].startswith("Подробности: ")  # the English specifics, for support

        export = ExportDialog(window.ctx, window)
        qtbot.addWidget(export)
        export.dest.setText(str(tmp_path / "no such folder" / "out.hdesk"))
        export.go.click()
        qtbot.waitUntil(lambda: export.task is None and "out.hdesk" in export.message.text(), timeout=20000)
        assert export.message.text() == "Папка для out.hdesk не существует; ничего не записано."
    finally:
        i18n.remove_translators(translators)
