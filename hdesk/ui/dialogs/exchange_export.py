"""File → Export for Another Office…: where to write, an optional passphrase (twice), progress.

The export runs off the UI thread on its own read-only connection. The suggested file name
holds a date, never partner data.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hdesk.ui.dialogs.exchange_words import export_failure_text
from hdesk.ui.workers import Progress, Task, run_task


def suggested_name(encrypted: bool, today: dt.date | None = None) -> str:
    day = today or dt.date.today()
    return f"hdesk-exchange-{day:%Y-%m-%d}" + (".hdeskx" if encrypted else ".hdesk")


def export_job(source: Path, dest: Path, passphrase: str | None) -> Any:
    """The worker: its own connection, the verified (and maybe encrypted) exchange file."""

    def run(progress: Progress) -> dict[str, int]:
        from hdesk.services.exchange.export import export_file
        from hdesk.store.database import Database

        with Database(source, readonly=True, check_later=True) as database:  # export waits for the check
            return export_file(database, dest, passphrase, progress)

    return run


class ExportDialog(QDialog):
    def __init__(self, ctx: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.task: Task | None = None
        self.setWindowTitle(self.tr("Export for Another Office"))
        self.dest = QLineEdit(str(Path.home() / suggested_name(False)), self)
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self.browse)
        where = QHBoxLayout()
        where.addWidget(self.dest, 1)
        where.addWidget(browse)
        self.encrypt = QCheckBox(self.tr("Protect with a passphrase (recommended on USB sticks)"), self)
        self.pass1 = QLineEdit(self)
        self.pass2 = QLineEdit(self)
        for edit in (self.pass1, self.pass2):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setEnabled(False)
            edit.textChanged.connect(self._validate)
        self.encrypt.toggled.connect(self._toggle)
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        form = QFormLayout()
        form.addRow(self.tr("Save as:"), where)
        form.addRow("", self.encrypt)
        form.addRow(self.tr("Passphrase:"), self.pass1)
        form.addRow(self.tr("Passphrase again:"), self.pass2)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.go = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.go.setObjectName("export_go")
        self.go.clicked.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.dest.textChanged.connect(self._validate)
        self._validate()

    def _toggle(self, on: bool) -> None:
        self.pass1.setEnabled(on)
        self.pass2.setEnabled(on)
        path = Path(self.dest.text())
        if path.name.startswith("hdesk-exchange-"):
            self.dest.setText(str(path.with_suffix(".hdeskx" if on else ".hdesk")))
        self._validate()

    def _validate(self) -> None:
        problem = ""
        if not self.dest.text().strip():
            problem = self.tr("Choose where to save the file.")
        elif self.encrypt.isChecked() and len(self.pass1.text()) < 8:
            problem = self.tr("The passphrase needs at least 8 characters.")
        elif self.encrypt.isChecked() and self.pass1.text() != self.pass2.text():
            problem = self.tr("The two passphrases differ.")
        self.message.setText(problem)
        self.go.setEnabled(not problem and self.task is None)

    def browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export for Another Office"), self.dest.text())
        if path:
            self.dest.setText(path)

    def start(self) -> None:
        passphrase = self.pass1.text() if self.encrypt.isChecked() else None
        self.progress.setVisible(True)
        self.progress.setValue(0)
        self.message.setText(self.tr("Exporting…"))
        job = export_job(self.ctx.path, Path(self.dest.text().strip()), passphrase)
        self.task = run_task(job, self._done, self._failed, self._progress)
        self._validate()

    def _progress(self, percent: int, _message: str) -> None:
        self.progress.setValue(percent)

    def _done(self, counts: dict[str, int]) -> None:
        self.task = None
        self.progress.setValue(100)
        self.message.setText(self.tr("Exported. Carry the file to the other office and import it there."))
        self.buttons.clear()
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.accept)

    def _failed(self, error: BaseException) -> None:
        self.task = None
        self.progress.setVisible(False)
        self._validate()  # the buttons again (it clears the message: the failure is said after it)
        self.message.setText(export_failure_text(error, Path(self.dest.text().strip()).name))
