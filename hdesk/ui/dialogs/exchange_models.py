"""Table models of the exchange dialogs: import preview/summary, conflicts, a record's history.

Rows are computed by services before the model is filled; data() only formats them.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from hdesk.core.schema import ENTITIES, EXISTS, Kind
from hdesk.services.exchange.conflicts import Conflict, ConflictValue
from hdesk.services.exchange.history import HistoryLine
from hdesk.services.exchange.plan import COUNTS
from hdesk.ui import text
from hdesk.ui.text import choice_label, entity_name, field_label

Index = QModelIndex | QPersistentModelIndex


def tr(text: str) -> str:
    return QCoreApplication.translate("exchange", text)


def value_text(entity: str, field: str, value: Any) -> str:
    """A stored value as people read it (choices translated, lists joined, yes/no)."""
    if field == EXISTS:
        return tr("kept") if value else tr("deleted")
    if value is None or value == []:
        return tr("(empty)")
    try:
        kind = ENTITIES[entity].field(field).kind
        choices = ENTITIES[entity].field(field).choices
    except KeyError:
        return str(value)
    if kind == Kind.BOOL:
        return tr("yes") if value else tr("no")
    if kind == Kind.ENUM:
        return choice_label(str(value))
    if kind == Kind.LIST:
        return "; ".join(choice_label(v) if choices else str(v) for v in value)
    text = str(value)
    return text if len(text) <= 300 else text[:300] + "…"


def field_name(entity: str, field: str) -> str:
    return tr("Record kept or deleted") if field == EXISTS else field_label(entity, field)


def when(moment: dt.datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


class _Table(QAbstractTableModel):
    headers: tuple[str, ...] = ()

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.rows: list[tuple[Any, ...]] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(self.headers):
            return tr(self.headers[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return text.tooltip(str(self.rows[index.row()][index.column()] or ""))
        return None

    def set_rows(self, rows: list[tuple[Any, ...]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()


class SummaryModel(_Table):
    """Per kind of record: new, changed, deleted, conflicts (the preview and the result)."""

    headers = (
        str(QT_TRANSLATE_NOOP("exchange", "Records")),
        str(QT_TRANSLATE_NOOP("exchange", "New")),
        str(QT_TRANSLATE_NOOP("exchange", "Changed")),
        str(QT_TRANSLATE_NOOP("exchange", "Deleted")),
        str(QT_TRANSLATE_NOOP("exchange", "Conflicts")),
    )

    def set_summary(self, per_entity: dict[str, dict[str, int]]) -> None:
        self.set_rows([(entity_name(e), *(c[k] for k in COUNTS)) for e, c in per_entity.items()])


class ConflictsModel(_Table):
    """One row per live value of a conflicting field; `entry(row)` gives what to resolve."""

    headers = (
        str(QT_TRANSLATE_NOOP("exchange", "Record")),
        str(QT_TRANSLATE_NOOP("exchange", "Field")),
        str(QT_TRANSLATE_NOOP("exchange", "Value")),
        str(QT_TRANSLATE_NOOP("exchange", "Office")),
        str(QT_TRANSLATE_NOOP("exchange", "Edited")),
        str(QT_TRANSLATE_NOOP("exchange", "Shown now")),
    )

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.entries: list[tuple[Conflict, ConflictValue]] = []

    def set_conflicts(self, conflicts: list[Conflict]) -> None:
        self.entries = [(c, v) for c in conflicts for v in c.values]
        rows = []
        for c, v in self.entries:
            office = v.office or (tr("this office") if v.here else tr("another office"))
            label = f"{entity_name(c.entity)}: {c.label}" if c.label else entity_name(c.entity)
            rows.append(
                (
                    label,
                    field_name(c.entity, c.field),
                    value_text(c.entity, c.field, v.value),
                    office,
                    when(v.at),
                    tr("yes") if v.shown else "",
                )
            )
        self.set_rows(rows)

    def entry(self, row: int) -> tuple[Conflict, ConflictValue]:
        return self.entries[row]


class HistoryModel(_Table):
    headers = (
        str(QT_TRANSLATE_NOOP("exchange", "Edited")),
        str(QT_TRANSLATE_NOOP("exchange", "Office")),
        str(QT_TRANSLATE_NOOP("exchange", "Field")),
        str(QT_TRANSLATE_NOOP("exchange", "Before")),
        str(QT_TRANSLATE_NOOP("exchange", "After")),
        str(QT_TRANSLATE_NOOP("exchange", "How")),
    )

    def set_lines(self, entity: str, lines: list[HistoryLine]) -> None:
        how = {"edit": tr("edit"), "merge": tr("import"), "conflict": tr("conflict"), "resolve": tr("choice")}
        rows = []
        for line in reversed(lines):
            office = line.office or (tr("this office") if line.here else tr("another office"))
            rows.append(
                (
                    when(line.edited),
                    office,
                    field_name(entity, line.field),
                    "" if line.old is None else value_text(entity, line.field, line.old),
                    value_text(entity, line.field, line.new),
                    how.get(line.source, line.source),
                )
            )
        self.set_rows(rows)
