"""Import partners from a spreadsheet: read and plan off the UI thread, preview every row, then apply.

Nothing is written until the user presses Import, and a plan with problems cannot be applied;
the import itself is one undoable step (after an automatic backup).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hdesk import paths
from hdesk.core.validation import FieldError
from hdesk.services.records import ChangeSet
from hdesk.services.spreadsheets import Duplicate, ImportPlan, ImportResult, PlannedRow, Problem, apply_import
from hdesk.ui import text
from hdesk.ui.context import AppContext
from hdesk.ui.text import error_text, field_label

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
COL_SHEET, COL_LINE, COL_ACTION, COL_NAME, COL_DETAILS = range(5)
_ORDER = {"error": 0, "duplicate": 1, "create": 2, "update": 3, "unchanged": 4}


class PreviewModel(QAbstractTableModel):
    """One row per spreadsheet row: what the import would do with it, or why it is refused."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.rows: list[tuple[str, int, str, str, str]] = []  # sheet, line, action, name, details

    def set_plan(self, plan: ImportPlan | None) -> None:
        self.beginResetModel()
        self.rows = [] if plan is None else self._rows(plan)
        self.endResetModel()

    def _rows(self, plan: ImportPlan) -> list[tuple[str, int, str, str, str]]:
        out = [(p.sheet, p.line, "error", "", problem_text(p)) for p in plan.problems]
        out += [(d.sheet, d.line, "duplicate", d.label, self._duplicate_text(d)) for d in plan.duplicates]
        out += [(r.sheet, r.line, r.action, r.label, self._change_text(r)) for r in plan.rows]
        return sorted(out, key=lambda r: (_ORDER[r[2]], r[0], r[1]))

    def _duplicate_text(self, d: Duplicate) -> str:
        if d.earlier_line:
            return self.tr("Same name and country as line {line}; skipped.").format(line=d.earlier_line)
        return self.tr("Same name and country as an existing record; skipped. Add its uuid to update it.")

    def _change_text(self, row: PlannedRow) -> str:
        if row.action != "update":
            return ""
        return ", ".join(field_label(row.entity, name) for name in row.values)

    def action_text(self, action: str) -> str:
        return {
            "error": self.tr("Refused"),
            "duplicate": self.tr("Likely duplicate"),
            "create": self.tr("New"),
            "update": self.tr("Update"),
            "unchanged": self.tr("Unchanged"),
        }[action]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        sheet, line, action, name, details = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            shown = (sheet, str(line), self.action_text(action), name, details)[column]
            return shown if role == Qt.ItemDataRole.DisplayRole else text.tooltip(shown)
        if role == SORT_ROLE:
            return (sheet, line, _ORDER[action], name.casefold(), details)[column]
        if role == Qt.ItemDataRole.ForegroundRole and action in ("error", "duplicate"):
            return QBrush(QColor("#b71c1c" if action == "error" else "#e65100"))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = (self.tr("Sheet"), self.tr("Line"), self.tr("What happens"), self.tr("Name"), self.tr("Details"))
        return titles[section] if 0 <= section < len(titles) else None


def problem_text(problem: Problem) -> str:
    """A refused cell in the interface language."""
    from PySide6.QtCore import QCoreApplication

    def tr(text: str) -> str:
        return QCoreApplication.translate("SpreadsheetImport", text)

    column = problem.column
    words = {
        "bad_uuid": tr("uuid is not a valid identifier (leave it empty for a new partner)."),
        "duplicate_uuid": tr("This uuid appears on an earlier row too."),
        "formula": tr("“{column}” holds a formula; hdesk never calculates formulas, paste the value instead."),
        "unknown_partner": tr("“{column}” does not name a partner in this file or the database."),
        "ambiguous_partner": tr("“{column}” matches more than one partner; give partner_uuid instead."),
        "missing_column": tr("The sheet has no “{column}” column."),
        "duplicate_column": tr("The column “{column}” appears twice."),
    }
    if problem.code in words:
        return words[problem.code].format(column=column)
    entity = "contact" if problem.sheet == "contacts" else "partner"
    limit = problem.limit
    return error_text(FieldError(column, problem.code, limit), entity)


class SpreadsheetImportDialog(QDialog):
    """Preview of an import from `path`; Import applies it as one undoable edit."""

    def __init__(self, ctx: AppContext, path: Path, parent: QWidget | None = None, start: bool = True):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import partners from {name}").format(name=Path(path).name))
        self.ctx = ctx
        self.path = Path(path)
        self.plan: ImportPlan | None = None
        self.result_text = ""
        self.model = PreviewModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.summary = QLabel(self.tr("Reading {name}…").format(name=self.path.name))
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        self.resize(900, 520)
        self.task: Any = None
        if start:
            self.start()

    def start(self) -> None:
        """Read and plan on a worker thread with its own connection (never the UI's Records)."""
        from hdesk.ui.workers import run_task

        db_path, source = self.ctx.path, self.path

        def work(_progress: Any) -> ImportPlan:
            from hdesk.services.records import Records
            from hdesk.services.spreadsheets import plan_import
            from hdesk.store.database import Database

            with Database(db_path, readonly=True) as database:
                return plan_import(Records(database), source)

        self.task = run_task(work, self.set_plan, self.failed)

    def failed(self, exc: BaseException) -> None:
        self.plan = None
        self.model.set_plan(None)
        self.import_button.setEnabled(False)
        self.summary.setText(str(exc) if str(exc) else self.tr("The spreadsheet could not be read."))

    def set_plan(self, plan: ImportPlan) -> None:
        self.plan = plan
        self.model.set_plan(plan)
        self.view.sortByColumn(COL_LINE, Qt.SortOrder.AscendingOrder)
        self.view.sortByColumn(COL_ACTION, Qt.SortOrder.AscendingOrder)
        work = sum(plan.count(e, a) for e in ("partner", "contact") for a in ("create", "update"))
        if plan.problems:
            text = self.tr(
                "Nothing can be imported: {count} problem(s) on {rows} row(s). Correct the spreadsheet and try again."
            ).format(count=len(plan.problems), rows=len(plan.bad_lines))
        else:
            text = self.tr(
                "Partners: {pc} new, {pu} updated. Contacts: {cc} new, {cu} updated. "
                "{dups} likely duplicate(s) will be skipped."
            ).format(
                pc=plan.count("partner", "create"),
                pu=plan.count("partner", "update"),
                cc=plan.count("contact", "create"),
                cu=plan.count("contact", "update"),
                dups=len(plan.duplicates),
            )
            if plan.ignored_columns:
                names = ", ".join(c for _s, c in plan.ignored_columns)
                text += " " + self.tr("Ignored columns: {names}.").format(names=names)
        self.summary.setText(text)
        self.import_button.setEnabled(plan.ok and work > 0 and not self.ctx.readonly)

    def apply(self) -> None:
        plan = self.plan
        if plan is None or not plan.ok:
            return
        records = self.ctx.records
        outcome: list[ImportResult] = []

        def action() -> ChangeSet:
            outcome.append(apply_import(records, plan, backup_dir=paths.backup_dir()))
            return outcome[0].changes

        try:
            self.ctx.edit(self.tr("Import partners from {name}").format(name=self.path.name), action)
        except Exception as exc:  # the transaction rolled back; say so in one sentence
            QMessageBox.warning(
                self, self.tr("Import partners"), self.tr("Nothing was imported: {reason}").format(reason=exc)
            )
            return
        result = outcome[0]
        self.result_text = self.tr("{created} created, {updated} updated.").format(
            created=result.created, updated=result.updated
        )
        self.accept()
