"""File → Import from Another Office…: choose the file, a passphrase if needed, a PREVIEW of what
will change, then the import (backup first, one transaction) and a result summary.

Both steps run off the UI thread, each on its own connection; the preview is a dry run.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hdesk.services.exchange import crypto
from hdesk.services.exchange.plan import Summary
from hdesk.ui.dialogs.exchange_models import SummaryModel
from hdesk.ui.dialogs.exchange_words import import_refusal_text
from hdesk.ui.workers import Progress, Task, run_task


def import_job(local: Path, incoming: Path, passphrase: str | None, dry_run: bool) -> Any:
    def run(progress: Progress) -> Summary:
        from hdesk import paths
        from hdesk.services.exchange.incoming import opened
        from hdesk.services.exchange.merge import merge_incoming
        from hdesk.services.records import Records
        from hdesk.store.database import Database

        with (
            opened(incoming, passphrase, progress) as checked,
            Database(local, readonly=dry_run, backup_dir=paths.backup_dir()) as database,
        ):
            return merge_incoming(Records(database), checked, dry_run=dry_run, progress=progress)

    return run


class ImportDialog(QDialog):
    """Emits nothing itself: after an import it calls ctx.reloaded so every view refreshes."""

    def __init__(self, ctx: Any, parent: QWidget | None = None, path: Path | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.task: Task | None = None
        self.previewed: Summary | None = None
        self.outcome: Summary | None = None
        self.history_before = 0  # the newest history line before the import: the report lists what follows
        self.report_path: Path | None = None
        self.setWindowTitle(self.tr("Import from Another Office"))
        self.file = QLineEdit(str(path or ""), self)
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self.browse)
        where = QHBoxLayout()
        where.addWidget(self.file, 1)
        where.addWidget(browse)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.pass_label = QLabel(self.tr("Passphrase:"), self)
        form = QFormLayout()
        form.addRow(self.tr("File:"), where)
        form.addRow(self.pass_label, self.passphrase)
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.model = SummaryModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.preview_button = self.buttons.addButton(self.tr("Preview"), QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.preview_button.setObjectName("import_preview")
        self.import_button.setObjectName("import_go")
        self.preview_button.clicked.connect(self.preview)
        self.import_button.clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.table)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.file.textChanged.connect(self._file_changed)
        self.passphrase.textChanged.connect(lambda _t: self._forget_preview())
        self._file_changed()
        self.resize(640, 420)

    # -- state --------------------------------------------------------------------------------
    def _path(self) -> Path:
        return Path(self.file.text().strip())

    def _encrypted(self) -> bool:
        try:
            return self._path().is_file() and crypto.is_encrypted(self._path())
        except OSError:
            return False

    def _file_changed(self) -> None:
        encrypted = self._encrypted()
        self.pass_label.setVisible(encrypted)
        self.passphrase.setVisible(encrypted)
        self._forget_preview()

    def _forget_preview(self) -> None:
        self.previewed = None
        self.model.set_summary({})
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy = self.task is not None
        ready = bool(self.file.text().strip()) and not self.ctx.readonly
        self.preview_button.setEnabled(ready and not busy)
        self.import_button.setEnabled(ready and not busy and self.previewed is not None)

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import from Another Office"), "", self.tr("hdesk exchange files (*.hdesk *.hdeskx)")
        )
        if path:
            self.file.setText(path)

    # -- work ---------------------------------------------------------------------------------
    def _run(self, dry_run: bool) -> None:
        passphrase = self.passphrase.text() if self._encrypted() else None
        self.progress.setVisible(True)
        self.progress.setValue(0)
        self.message.setText(self.tr("Checking the file…") if dry_run else self.tr("Importing…"))
        if not dry_run:
            from hdesk.services.merge_report import last_history_id

            self.history_before = last_history_id(self.ctx.records)
        job = import_job(self.ctx.path, self._path(), passphrase, dry_run)
        on_done = self._previewed if dry_run else self._imported
        self.task = run_task(job, on_done, self._failed, self._progress)
        self._update_buttons()

    def preview(self) -> None:
        self._run(dry_run=True)

    def apply(self) -> None:
        if self.previewed is not None:
            self._run(dry_run=False)

    def _progress(self, percent: int, _message: str) -> None:
        self.progress.setValue(percent)

    def _previewed(self, summary: Summary) -> None:
        self.task = None
        self.previewed = summary
        self.model.set_summary(summary.per_entity)
        totals = summary.totals
        source = summary.source_office or self.tr("an office with no name")
        if not any(totals.values()):
            self.message.setText(self.tr("From %1: nothing new; this file was already imported.").replace("%1", source))
        else:
            self.message.setText(
                self.tr("From %1. Import these changes? A backup is taken first.").replace("%1", source)
            )
        self.progress.setVisible(False)
        self._update_buttons()

    def _imported(self, summary: Summary) -> None:
        self.task = None
        self.outcome = summary
        self.model.set_summary(summary.per_entity)
        text = self.tr("Imported. Conflicts: %1 (see Edit → Conflicts).").replace(
            "%1", str(summary.totals["conflicts"])
        )
        if summary.clock_ahead:
            text += " " + self.tr("The other office's PC clock seems more than a day ahead.")
        self.message.setText(text)
        self.progress.setValue(100)
        self.buttons.clear()
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.accept)
        report = self.buttons.addButton(self.tr("Save Report as PDF…"), QDialogButtonBox.ButtonRole.ActionRole)
        report.setObjectName("import_report")
        report.clicked.connect(self.save_report)
        self.ctx.undo_stack.clear()  # undo cannot step back over an import
        self.ctx.reloaded.emit()

    def save_report(self, target: Path | None = None) -> None:
        """Print what this import changed and which conflicts wait, for the files or the board."""
        if self.outcome is None:
            return
        if target is None:
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save merge report"), str(Path.home() / "merge-report.pdf"), self.tr("PDF (*.pdf)")
            )
            if not name:
                return
            target = Path(name if name.lower().endswith(".pdf") else name + ".pdf")
        summary, before, local = self.outcome, self.history_before, self.ctx.path

        def work(_progress: Progress) -> Path:
            from hdesk.services.merge_report import write_merge_report
            from hdesk.services.records import Records
            from hdesk.store.database import Database
            from hdesk.ui.i18n import current_language

            with Database(local, readonly=True) as database:
                return write_merge_report(Records(database), summary, target, before, current_language())

        def done(path: Path) -> None:
            self.report_path = path
            self.message.setText(self.tr("The report was saved as %1.").replace("%1", path.name))

        self.task = run_task(work, done, self._report_failed)

    def _report_failed(self, error: BaseException) -> None:
        self.task = None
        self.message.setText(self.tr("The report could not be saved: %1").replace("%1", str(error)))
        self._update_buttons()

    def _failed(self, error: BaseException) -> None:
        self.task = None
        self.progress.setVisible(False)
        self.message.setText(import_refusal_text(error, self._path().name))
        self._update_buttons()
