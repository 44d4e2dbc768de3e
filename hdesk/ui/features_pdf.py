"""File → Export Plan PDF…: print the shown plan for the board, off the UI thread, with Cancel.

The worker opens its own read-only Database (a connection never crosses threads); the service
writes to a temporary name and renames, so a cancelled or failed export leaves no file behind.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from hdesk.ui.workers import Task, run_task


def tr(text: str) -> str:
    return QCoreApplication.translate("features_pdf", text)


def install(window: Any) -> None:
    exporter = PdfExporter(window)
    window.pdf_exporter = exporter
    menu = (getattr(window, "menus", None) or {}).get("file")
    if menu is None:
        return
    action = QAction(tr("Export Plan PDF…"), window)
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
    action.setStatusTip(tr("Print the annual plan to a PDF for the board"))
    action.triggered.connect(exporter.ask)
    menu.addAction(action)
    window.export_pdf_action = action


def default_paper() -> str:
    """Letter where people measure in inches (US), A4 everywhere else."""
    return "letter" if QLocale.system().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem else "A4"


class PdfExporter(QObject):
    """Runs one export at a time and reports it in the window."""

    def __init__(self, window: Any):
        super().__init__(window)
        self.window = window
        self.task: Task | None = None
        self.dialog: QProgressDialog | None = None
        self.target: Path | None = None

    def ask(self) -> None:
        ctx = self.window.ctx
        year = ctx.plan_year
        suggested = Path.home() / (f"{ctx.path.stem}-plan-{year}.pdf" if year else f"{ctx.path.stem}-plan.pdf")
        name, _ = QFileDialog.getSaveFileName(self.window, tr("Export Plan PDF"), str(suggested), tr("PDF (*.pdf)"))
        if name:
            self.start(Path(name) if name.lower().endswith(".pdf") else Path(name + ".pdf"))

    def start(self, target: Path, lang: str | None = None, paper: str | None = None) -> Task | None:
        """Export the plan the window shows to `target`; returns the running task."""
        if self.task is not None:
            return None
        save_pending = getattr(self.window, "save_pending", None)
        if callable(save_pending):
            save_pending()
        ctx = self.window.ctx
        path, year = ctx.path, ctx.plan_year
        language = lang or getattr(ctx.settings, "language", "en") or "en"
        chosen_paper = paper or default_paper()

        def work(progress: Any) -> Path:
            from hdesk.services.pdf import export_plan_pdf
            from hdesk.store.database import Database

            with Database(path, readonly=True) as database:
                return export_plan_pdf(database, target, year, language, chosen_paper, progress)

        self.target = target
        dialog = QProgressDialog(tr("Preparing the plan PDF…"), tr("Cancel"), 0, 100, self.window)
        dialog.setWindowTitle(tr("Export Plan PDF"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setValue(0)
        self.dialog = dialog
        self.task = run_task(work, self._done, self._failed, self._progress)
        dialog.canceled.connect(self.task.cancel)
        return self.task

    def _progress(self, percent: int, _message: str) -> None:
        if self.dialog is not None and not self.dialog.wasCanceled():
            self.dialog.setValue(min(99, percent))

    def _finish(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
        self.dialog = None
        self.task = None

    def _done(self, path: Path) -> None:
        self._finish()
        self.window.status(tr("Plan PDF saved: %1").replace("%1", str(path)))
        self.offer_open(path)

    def offer_open(self, path: Path) -> None:
        answer = QMessageBox.question(
            self.window,
            tr("Export Plan PDF"),
            tr("The plan was saved as %1. Open it now?").replace("%1", path.name),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close,
            QMessageBox.StandardButton.Open,
        )
        if answer == QMessageBox.StandardButton.Open:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _failed(self, exc: BaseException) -> None:
        from hdesk.services.pdf import ExportCancelled, NoPlanError

        self._finish()
        if isinstance(exc, ExportCancelled):
            self.window.status(tr("PDF export cancelled; no file was written."))
            return
        if isinstance(exc, NoPlanError):
            message = (
                tr("This file has no plan to print yet.")
                if exc.year is None
                else tr("There is no plan for %1 to print.").replace("%1", str(exc.year))
            )
        elif isinstance(exc, OSError):
            message = tr("The PDF could not be written: %1").replace("%1", exc.strerror or str(exc))
        else:
            message = tr("The PDF could not be made: %1").replace("%1", str(exc) or type(exc).__name__)
        box = QMessageBox(QMessageBox.Icon.Warning, tr("Export Plan PDF"), message, parent=self.window)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.open()
        self.error_box = box
