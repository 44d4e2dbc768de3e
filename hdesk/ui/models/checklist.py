"""A list of checkable choices: Fundamental Principles, Societies, linked objectives or partners."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from hdesk.ui import text

AnyIndex = QModelIndex | QPersistentModelIndex


class CheckListModel(QAbstractListModel):
    """Items (value, label) with a check box each; the checked values keep the item order.

    Signals:
        toggled(): the user checked or unchecked an item.
    """

    toggled = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._items: list[tuple[str, str]] = []
        self._checked: set[str] = set()

    def set_items(self, items: list[tuple[str, str]], checked: list[str]) -> None:
        """Show `items`; checked values not among them are appended (e.g. a Society typed once)."""
        known = {value for value, _ in items}
        extra = [(value, value) for value in checked if value not in known]
        self.beginResetModel()
        self._items = [*items, *extra]
        self._checked = set(checked)
        self.endResetModel()

    def add_item(self, value: str, label: str, checked: bool = True) -> None:
        if any(v == value for v, _ in self._items):
            if checked and value not in self._checked:
                self._checked.add(value)
                at = self.row_of(value)
                self.dataChanged.emit(self.index(at), self.index(at))
            return
        at = len(self._items)
        self.beginInsertRows(QModelIndex(), at, at)
        self._items.append((value, label))
        if checked:
            self._checked.add(value)
        self.endInsertRows()

    def items(self) -> list[tuple[str, str]]:
        """Every (value, label) shown, in order (what set_items was given, plus values added since)."""
        return list(self._items)

    def row_of(self, value: str) -> int:
        return next((i for i, (v, _) in enumerate(self._items) if v == value), -1)

    def checked(self) -> list[str]:
        return [value for value, _ in self._items if value in self._checked]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value, label = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return label
        if role == Qt.ItemDataRole.ToolTipRole:
            return text.tooltip(label)
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if value in self._checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.UserRole:
            return value
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        code = self._items[index.row()][0]
        state = value.value if isinstance(value, Qt.CheckState) else int(value)
        if state == Qt.CheckState.Checked.value:
            self._checked.add(code)
        else:
            self._checked.discard(code)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.toggled.emit()
        return True
