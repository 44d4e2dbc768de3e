"""Item models behind the points-of-contact tab: the matrix itself and the overlap warnings.

The models only show a services.planning.Matrix built by the tab; they never query the database.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QApplication, QStyle

from hdesk.core.schema import ROLES
from hdesk.services.planning import Matrix

Index = QModelIndex | QPersistentModelIndex

ROLE_CODE = Qt.ItemDataRole.UserRole + 1  # the role code of a cell ("lead"...), None when empty
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
TOTAL_ROLE = Qt.ItemDataRole.UserRole + 3  # column header: number of objectives the department is on

# Colours: strong for lead, fading towards informed, so a column reads at a glance.
ROLE_BACKGROUND = {
    "lead": QColor("#1f5fa8"),
    "contributes": QColor("#8db6e6"),
    "consulted": QColor("#d3e3f6"),
    "informed": QColor("#eef3fa"),
}
NO_LEAD_TINT = QColor("#fbd9c0")  # rows of objectives without a lead
IDLE_TINT = QColor("#f6c8c8")  # headers of departments with no objective
GOAL_TINT = QColor("#e4e4e4")
TOTAL_TINT = QColor("#f4f4f4")

GOAL, OBJECTIVE, TOTAL = "goal", "objective", "total"


def plain_tip(*lines: str) -> str:
    """A tooltip that shows user text as typed: Qt would render raw markup in a tooltip as rich text."""
    return "<p>" + "<br>".join(html.escape(line) for line in lines) + "</p>"


class MatrixModel(QAbstractTableModel):
    """Rows: a header row per goal, its objectives, then one totals row. Columns: departments."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.matrix: Matrix | None = None
        self._rows: list[tuple[str, dict[str, Any] | None]] = []
        self._no_lead: set[str] = set()
        self._idle: set[str] = set()

    # -- loading -----------------------------------------------------------------------------
    def set_matrix(self, matrix: Matrix | None) -> None:
        self.beginResetModel()
        self.matrix = matrix
        self._rows = []
        if matrix is not None:
            for group in matrix.groups:
                self._rows.append((GOAL, group.goal))
                self._rows += [(OBJECTIVE, obj) for obj in group.objectives]
            if matrix.departments:
                self._rows.append((TOTAL, None))
            self._no_lead = set(matrix.without_lead)
            self._idle = set(matrix.idle_departments)
        self.endResetModel()

    # -- lookups for the view ----------------------------------------------------------------
    def row_kind(self, row: int) -> str:
        return self._rows[row][0]

    def objective_at(self, row: int) -> dict[str, Any] | None:
        kind, payload = self._rows[row]
        return payload if kind == OBJECTIVE else None

    def department_at(self, column: int) -> dict[str, Any]:
        assert self.matrix is not None
        return self.matrix.departments[column]

    def index_of(self, objective: str, department: str) -> QModelIndex:
        if self.matrix is None:
            return QModelIndex()
        cols = [d["uuid"] for d in self.matrix.departments]
        for row, (kind, payload) in enumerate(self._rows):
            if kind == OBJECTIVE and payload and payload["uuid"] == objective and department in cols:
                return self.index(row, cols.index(department))
        return QModelIndex()

    # -- Qt model API ------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or self.matrix is None else len(self.matrix.departments)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._rows[index.row()][0] == OBJECTIVE:
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return Qt.ItemFlag.ItemIsEnabled

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.matrix is None:
            return None
        kind, payload = self._rows[index.row()]
        dept = self.matrix.departments[index.column()]
        if kind == OBJECTIVE and payload is not None:
            return self._cell(payload, dept, role)
        if kind == TOTAL:
            counts = self.matrix.totals[dept["uuid"]]
            if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
                return sum(counts.values())
            if role == Qt.ItemDataRole.ToolTipRole:
                lines = [f"{self.role_word(r)}: {counts[r]}" for r in ROLES if counts[r]]
                return plain_tip(*(lines or [self.tr("No objective")]))
            if role == Qt.ItemDataRole.FontRole:
                return _bold()
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(IDLE_TINT if dept["uuid"] in self._idle else TOTAL_TINT)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return Qt.AlignmentFlag.AlignCenter
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(GOAL_TINT)
        return None

    def _cell(self, obj: dict[str, Any], dept: dict[str, Any], role: int) -> Any:
        assert self.matrix is not None
        code = self.matrix.role(obj["uuid"], dept["uuid"])
        if role == Qt.ItemDataRole.DisplayRole:
            return self.role_letter(code)
        if role in (ROLE_CODE, SORT_ROLE):
            return code
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tip(
                self.tr("{department} on {objective}: {role}").format(
                    department=dept["name"], objective=_label(obj), role=self.role_word(code)
                )
            )
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.role_word(code)
        if role == Qt.ItemDataRole.BackgroundRole:
            if code:
                return QBrush(ROLE_BACKGROUND[code])
            if obj["uuid"] in self._no_lead:
                return QBrush(NO_LEAD_TINT)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and code == "lead":
            return QBrush(QColor("white"))
        if role == Qt.ItemDataRole.FontRole and code == "lead":
            return _bold()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.matrix is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self.matrix.departments):
                return None
            return self._column_header(self.matrix.departments[section], role)
        if not 0 <= section < len(self._rows):
            return None
        return self._row_header(*self._rows[section], role)

    def _column_header(self, dept: dict[str, Any], role: int) -> Any:
        idle = dept["uuid"] in self._idle
        if role == Qt.ItemDataRole.DisplayRole:
            return dept["name"]
        if role == Qt.ItemDataRole.ToolTipRole:
            if idle:
                return plain_tip(dept["name"], self.tr("No role on any objective of this plan"))
            return plain_tip(dept["name"])
        if role == Qt.ItemDataRole.BackgroundRole and idle:
            return QBrush(IDLE_TINT)
        if role == TOTAL_ROLE:
            assert self.matrix is not None
            return sum(self.matrix.totals[dept["uuid"]].values())
        return None

    def _row_header(self, kind: str, payload: dict[str, Any] | None, role: int) -> Any:
        if kind == TOTAL:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("Points of contact")
            if role == Qt.ItemDataRole.FontRole:
                return _bold()
            return None
        if kind == GOAL:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                text = _label(payload) if payload else self.tr("Objectives without a goal")
                return plain_tip(text) if role == Qt.ItemDataRole.ToolTipRole else text
            if role == Qt.ItemDataRole.FontRole:
                return _bold()
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(GOAL_TINT)
            return None
        assert payload is not None
        no_lead = payload["uuid"] in self._no_lead
        if role == Qt.ItemDataRole.DisplayRole:
            return _label(payload)
        if role == Qt.ItemDataRole.ToolTipRole:
            if no_lead:
                return plain_tip(_label(payload), self.tr("No lead department"))
            return plain_tip(_label(payload))
        if role == Qt.ItemDataRole.DecorationRole and no_lead:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.BackgroundRole and no_lead:
            return QBrush(NO_LEAD_TINT)
        return None

    # -- words -------------------------------------------------------------------------------
    def role_letter(self, code: str | None) -> str:
        return {
            "lead": self.tr("L", "lead"),
            "contributes": self.tr("C", "contributes"),
            "consulted": self.tr("Co", "consulted"),
            "informed": self.tr("I", "informed"),
        }.get(code or "", "")

    def role_word(self, code: str | None) -> str:
        return {
            "lead": self.tr("lead"),
            "contributes": self.tr("contributes"),
            "consulted": self.tr("consulted"),
            "informed": self.tr("informed"),
        }.get(code or "", self.tr("no role"))


class OverlapModel(QAbstractTableModel):
    """One row per partner approached by several departments for different objectives."""

    COL_PARTNER, COL_DEPARTMENTS, COL_OBJECTIVES, COL_CAMPAIGNS = range(4)

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._rows: list[tuple[str, str, str, str]] = []

    def set_rows(self, rows: list[tuple[str, str, str, str]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tip(self._rows[index.row()][index.column()])
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole or not 0 <= section < 4:
            return None
        return (self.tr("Partner"), self.tr("Departments"), self.tr("Objectives"), self.tr("Campaigns"))[section]


def _label(row: dict[str, Any] | None) -> str:
    if not row:
        return ""
    return f"{row.get('code') or ''} {row.get('title') or ''}".strip()


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font
