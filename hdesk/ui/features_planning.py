"""Planning features in the main window: the points-of-contact and timeline tabs, the annual cycle.

Adds tabs "Points of contact" (after Departments) and "Timeline" (after Campaigns), and to the
Plan menu "Start Next Year…" (preview, then a rollover off the UI thread) and "Year-end Review".
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hdesk.services import queries
from hdesk.services.rollover import Preview, RolloverError, preview_rollover
from hdesk.ui.context import AppContext


def install(window: Any) -> None:
    """Add the planning tabs and Plan menu entries to `window` (missing parts are skipped)."""
    ctx: AppContext = window.ctx
    _add_tab(
        window,
        lambda: _matrix(ctx),
        QCoreApplication.translate("MatrixWidget", "Points of contact"),
        "departments",
        "points_of_contact",
    )
    _add_tab(
        window,
        lambda: _timeline(ctx),
        QCoreApplication.translate("TimelineWidget", "Timeline"),
        "campaigns",
        "timeline",
    )
    menu = getattr(window, "menus", {}).get("plan")
    if menu is None:
        return
    menu.addSeparator()
    start = menu.addAction(QCoreApplication.translate("MatrixWidget", "Start Next Year…"))
    start.setObjectName("start_next_year")
    start.triggered.connect(lambda: start_next_year(window))
    review = menu.addAction(QCoreApplication.translate("MatrixWidget", "Year-end Review"))
    review.setObjectName("year_end_review")
    review.triggered.connect(lambda: show_year_end(window))


def _matrix(ctx: AppContext) -> QWidget:
    from hdesk.ui.widgets.matrix import MatrixWidget

    return MatrixWidget(ctx)


def _timeline(ctx: AppContext) -> QWidget:
    from hdesk.ui.widgets.timeline import TimelineWidget

    return TimelineWidget(ctx)


def _add_tab(window: Any, factory: Callable[[], QWidget], title: str, after: str, name: str) -> None:
    try:
        window.add_tab(factory, title, after=after, name=name)
    except TypeError:  # a window whose add_tab takes only widgets
        widget = factory()
        widget.setObjectName(name)
        window.add_tab(widget, title)


def show_year_end(window: Any) -> QDialog:
    from hdesk.ui.yearend import YearEndDialog

    dialog = YearEndDialog(window.ctx, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


class RolloverDialog(QDialog):
    """Shows what moves and what stays before anything is written; accept() means run it."""

    def __init__(self, ctx: AppContext, from_year: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.from_year = from_year
        self.preview: Preview | None = None
        self.setWindowTitle(self.tr("Start next year"))
        self.to_year = QSpinBox()
        self.to_year.setRange(from_year + 1, 2100)
        self.to_year.setValue(from_year + 1)
        self.to_year.setPrefix(self.tr("New plan year: "))
        self.to_year.valueChanged.connect(self.update_preview)
        rules = QLabel(
            self.tr(
                "Objectives that are not done or cancelled move to the new plan as planned objectives, "
                "with this year's progress as their baseline, dates moved on, and the same departments. "
                "Done and cancelled objectives stay in {year}. A backup is made first."
            ).format(year=from_year)
        )
        rules.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.run_button = self.buttons.addButton(self.tr("Start"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(rules)
        layout.addWidget(self.to_year)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.buttons)
        self.resize(720, 520)
        self.update_preview()

    def update_preview(self) -> None:
        try:
            self.preview = preview_rollover(self.ctx.records, self.from_year, self.to_year.value())
        except RolloverError as exc:
            self.preview = None
            self.text.setPlainText(self.error_text(exc.code, exc.to_year))
        else:
            self.text.setPlainText(self.preview_text(self.preview))
        self.run_button.setEnabled(self.preview is not None and not self.ctx.readonly)

    def error_text(self, code: str, to_year: int) -> str:
        return rollover_error_text(self, code, self.from_year, to_year)

    def preview_text(self, preview: Preview) -> str:
        lines = [self.tr("New plan: {title} (draft)").format(title=preview.title), ""]
        lines.append(self.tr("Moves to {year} ({n}):").format(year=preview.to_year, n=len(preview.moves)))
        for move in preview.moves:
            base = move.new_values["baseline"]
            lines.append(
                "  "
                + self.tr("{label} — new baseline {baseline}").format(
                    label=_label(move.old), baseline="–" if base is None else f"{base:g}"
                )
            )
        lines += ["", self.tr("Stays in {year} ({n}):").format(year=preview.from_year, n=len(preview.stays))]
        lines += [f"  {_label(obj)}" for obj in preview.stays]
        return "\n".join(lines)


def start_next_year(window: Any, confirm: bool = True) -> RolloverDialog | None:
    """Preview, then roll the shown plan over on a worker thread; the window follows the new year."""
    ctx: AppContext = window.ctx
    plan = queries.plan_for_year(ctx.records, ctx.plan_year)
    if plan is None:
        QMessageBox.information(window, window.tr("Start next year"), window.tr("There is no plan to start from."))
        return None
    dialog = RolloverDialog(ctx, plan["year"], window)
    if confirm and dialog.exec() != QDialog.DialogCode.Accepted:
        return dialog
    if dialog.preview is None:
        return dialog
    run_rollover(window, dialog.preview.from_year, dialog.preview.to_year)
    return dialog


def run_rollover(window: Any, from_year: int, to_year: int) -> Any:
    """The rollover with its own connection off the UI thread (backup + one transaction)."""
    from hdesk import paths
    from hdesk.services.records import Records
    from hdesk.services.rollover import rollover
    from hdesk.store.database import Database
    from hdesk.ui.workers import run_task

    ctx: AppContext = window.ctx
    path, backups = ctx.path, paths.backup_dir()

    def work(progress: Any) -> Preview:
        progress(0, "")
        with Database(path) as database:
            return rollover(Records(database), from_year, to_year, backup_dir=backups)

    def done(result: Preview) -> None:
        ctx.undo_stack.clear()  # a rollover is not undoable; its backup is the way back
        if hasattr(window, "set_plan_year"):
            window.set_plan_year(result.to_year)
        else:
            ctx.plan_year = result.to_year
            ctx.reloaded.emit()
        if hasattr(window, "status"):
            window.status(
                window.tr("Plan {year} started with {n} objectives.").format(year=result.to_year, n=len(result.moves))
            )

    def failed(exc: BaseException) -> None:
        if isinstance(exc, RolloverError):
            message = rollover_error_text(window, exc.code, from_year, to_year)
        else:
            message = str(exc)
        QMessageBox.warning(
            window, window.tr("Start next year"), window.tr("Nothing was changed: {why}").format(why=message)
        )

    window.rollover_task = run_task(work, done, failed)  # keep a reference until it finishes
    return window.rollover_task


def rollover_error_text(obj: Any, code: str, from_year: int, to_year: int) -> str:
    """The words for a services.rollover error code (obj supplies tr())."""
    return {
        "source_missing": obj.tr("There is no plan for {year} to start from.").format(year=from_year),
        "target_exists": obj.tr("A plan for {year} exists already.").format(year=to_year),
        "bad_years": obj.tr("The new year must come after {year}.").format(year=from_year),
    }.get(code, code)


def _label(obj: dict[str, Any]) -> str:
    return f"{obj.get('code') or ''} {obj.get('title') or ''}".strip()
