"""One editor widget per schema field kind, all with the same small interface.

Each editor says `edited` while the person types (the form waits a moment, then saves) and
`finished` when a value is complete (focus left, a choice picked): the form saves at once.
`value()` returns what a service call should receive; validation does the parsing.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from hdesk.core.schema import Field, Kind
from hdesk.ui import text
from hdesk.ui.models.checklist import CheckListModel


class FieldEditor(QWidget):
    """Base of every field editor.

    Signals:
        edited(): the value is changing (typing); save after a pause.
        finished(): the value is complete; save now.
    """

    edited = Signal()
    finished = Signal()

    def __init__(self, field: Field, parent: QWidget | None = None):
        super().__init__(parent)
        self.field = field
        self.layout_ = QHBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def set_options(self, items: list[tuple[str, str]]) -> None:
        """Choices for reference fields and lists (uuid or code, label)."""

    def set_readonly(self, readonly: bool) -> None:
        self.setEnabled(not readonly)

    def focus_widget(self) -> QWidget:
        return self


class TextEditor(FieldEditor):
    def __init__(self, field: Field, parent: QWidget | None = None):
        super().__init__(field, parent)
        self.edit = QLineEdit(self)
        self.edit.setMaxLength(field.limit)
        self.layout_.addWidget(self.edit)
        self.edit.textEdited.connect(self.edited)
        self.edit.editingFinished.connect(self.finished)

    def value(self) -> Any:
        return self.edit.text()

    def set_value(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value))
        self.edit.setCursorPosition(0)  # a long title shows its beginning, not its end

    def set_readonly(self, readonly: bool) -> None:
        self.edit.setReadOnly(readonly)

    def focus_widget(self) -> QWidget:
        return self.edit


class NumberEditor(TextEditor):
    """Numbers as typed text, so '1 500,5' and an empty 'not set' both work; saved when complete."""

    def __init__(self, field: Field, parent: QWidget | None = None):
        super().__init__(field, parent)
        self.edit.setMaxLength(40)
        self.edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.edit.textEdited.disconnect(self.edited)

    def set_value(self, value: Any) -> None:
        from hdesk.ui.models.records import format_number

        self.edit.setText(format_number(value))


class LongTextEditor(FieldEditor):
    def __init__(self, field: Field, parent: QWidget | None = None):
        super().__init__(field, parent)
        self.edit = QPlainTextEdit(self)
        self.edit.setTabChangesFocus(True)
        lines = 3 if field.limit <= 4000 else 5
        height = QFontMetrics(self.edit.font()).lineSpacing() * lines + 12
        self.edit.setMinimumHeight(height)
        self.edit.setMaximumHeight(height * 2)
        self.layout_.addWidget(self.edit)
        self.edit.textChanged.connect(self._changed)
        self.edit.installEventFilter(self)
        self._setting = False

    def _changed(self) -> None:
        if not self._setting:
            self.edited.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.FocusOut:
            self.finished.emit()
        return False

    def value(self) -> Any:
        return self.edit.toPlainText()

    def set_value(self, value: Any) -> None:
        self._setting = True
        try:
            self.edit.setPlainText("" if value is None else str(value))
        finally:
            self._setting = False

    def set_readonly(self, readonly: bool) -> None:
        self.edit.setReadOnly(readonly)

    def focus_widget(self) -> QWidget:
        return self.edit


class IntEditor(FieldEditor):
    """A spin box; below the minimum it shows 'not set' for optional fields."""

    def __init__(self, field: Field, parent: QWidget | None = None):
        super().__init__(field, parent)
        self.spin = QSpinBox(self)
        low = int(field.minimum if field.minimum is not None else -1_000_000)
        high = int(field.maximum if field.maximum is not None else 1_000_000)
        self._unset = low - 1 if not field.required else None
        self.spin.setRange(self._unset if self._unset is not None else low, high)
        if self._unset is not None:
            self.spin.setSpecialValueText(text.tr("not set"))
        self.layout_.addWidget(self.spin)
        self.layout_.addStretch(1)
        self.spin.valueChanged.connect(self.edited)
        self.spin.editingFinished.connect(self.finished)

    def value(self) -> Any:
        number = self.spin.value()
        return None if number == self._unset else number

    def set_value(self, value: Any) -> None:
        blocked = self.spin.blockSignals(True)
        if value is None:
            self.spin.setValue(self._unset if self._unset is not None else self.spin.minimum())
        else:
            self.spin.setValue(int(value))
        self.spin.blockSignals(blocked)

    def focus_widget(self) -> QWidget:
        return self.spin


class DateEditor(FieldEditor):
    """A date (or month) typed as ISO text, or picked from a calendar; empty means not set."""

    def __init__(self, field: Field, parent: QWidget | None = None):
        super().__init__(field, parent)
        self.month = field.kind == Kind.MONTH
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(text.tr("YYYY-MM") if self.month else text.tr("YYYY-MM-DD"))
        self.edit.setMaxLength(10)
        width = QFontMetrics(self.edit.font()).horizontalAdvance("2024-12-31") + 24
        self.edit.setMinimumWidth(width)
        self.edit.setMaximumWidth(width + 40)
        self.pick = QToolButton(self)
        self.pick.setText(text.tr("Pick…"))
        self.pick.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.pick)
        self.calendar = QCalendarWidget(menu)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        self.pick.setMenu(menu)
        self.calendar.clicked.connect(self._picked)
        self.calendar.clicked.connect(menu.close)
        for widget in (self.edit, self.pick):
            self.layout_.addWidget(widget)
        self.layout_.addStretch(1)
        self.edit.editingFinished.connect(self.finished)

    def _picked(self, day: QDate) -> None:
        self.edit.setText(day.toString("yyyy-MM" if self.month else "yyyy-MM-dd"))
        self.finished.emit()

    def value(self) -> Any:
        return self.edit.text()

    def set_value(self, value: Any) -> None:
        self.edit.setText(value or "")
        if value:
            day = QDate.fromString(value + ("-01" if self.month else ""), "yyyy-MM-dd")
            if day.isValid():
                self.calendar.setSelectedDate(day)

    def set_readonly(self, readonly: bool) -> None:
        self.edit.setReadOnly(readonly)
        self.pick.setEnabled(not readonly)

    def focus_widget(self) -> QWidget:
        return self.edit


class ChoiceEditor(FieldEditor):
    """A combo box for enum codes and references; optional fields offer 'not set'."""

    def __init__(self, field: Field, parent: QWidget | None = None):
        super().__init__(field, parent)
        self.combo = QComboBox(self)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(12)
        self.layout_.addWidget(self.combo, 1)
        self._value: Any = None
        if field.kind == Kind.ENUM:
            self.set_options([(code, text.choice_label(code)) for code in field.choices])
        self.combo.activated.connect(self.finished)

    def set_options(self, items: list[tuple[str, str]]) -> None:
        current = self.value() if self.combo.count() else self._value
        blocked = self.combo.blockSignals(True)
        self.combo.clear()
        if not self.field.required:
            self.combo.addItem(text.tr("— not set —"), None)
        for value, label in items:
            self.combo.addItem(label, value)
        self.combo.blockSignals(blocked)
        self.set_value(current)

    def value(self) -> Any:
        return self.combo.currentData()

    def set_value(self, value: Any) -> None:
        self._value = value
        at = self.combo.findData(value)
        if at < 0 and value is not None:
            self.combo.addItem(text.tr("(deleted record)"), value)
            at = self.combo.count() - 1
        blocked = self.combo.blockSignals(True)
        self.combo.setCurrentIndex(max(at, 0))
        self.combo.blockSignals(blocked)

    def focus_widget(self) -> QWidget:
        return self.combo


class BoolEditor(FieldEditor):
    def __init__(self, field: Field, label: str, parent: QWidget | None = None):
        super().__init__(field, parent)
        self.check = QCheckBox(label, self)
        self.layout_.addWidget(self.check)
        self.check.clicked.connect(self.finished)

    def value(self) -> Any:
        return self.check.isChecked()

    def set_value(self, value: Any) -> None:
        self.check.setChecked(bool(value))

    def focus_widget(self) -> QWidget:
        return self.check


class ListEditor(FieldEditor):
    """Checkable choices; for free lists (Societies) a line to add a name not offered."""

    def __init__(self, field: Field, parent: QWidget | None = None, addable: bool = False):
        super().__init__(field, parent)
        box = QVBoxLayout()
        box.setContentsMargins(0, 0, 0, 0)
        self.layout_.addLayout(box, 1)
        self.model = CheckListModel(self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setUniformItemSizes(True)
        box.addWidget(self.view)
        self.new_item: QLineEdit | None = None
        if addable:
            row = QHBoxLayout()
            self.new_item = QLineEdit(self)
            self.new_item.setPlaceholderText(text.tr("Another Society…"))
            self.new_item.setMaxLength(field.limit)
            add = QPushButton(text.tr("Add"), self)
            add.clicked.connect(self._add)
            self.new_item.returnPressed.connect(self._add)
            row.addWidget(self.new_item, 1)
            row.addWidget(add)
            box.addLayout(row)
        if field.choices:
            self.set_options([(code, text.choice_label(code)) for code in field.choices])
        self.model.toggled.connect(self.finished)
        self.model.modelReset.connect(self._fit)
        self.model.rowsInserted.connect(self._fit)

    def _fit(self) -> None:
        rows = max(1, min(self.model.rowCount(), 8))
        height = max(self.view.sizeHintForRow(0), QFontMetrics(self.view.font()).height() + 2)
        self.view.setFixedHeight(rows * height + 2 * self.view.frameWidth() + 2)

    def _add(self) -> None:
        assert self.new_item is not None
        name = " ".join(self.new_item.text().split())
        if name:
            self.model.add_item(name, name)
            self.new_item.clear()
            self.finished.emit()

    def set_options(self, items: list[tuple[str, str]]) -> None:
        self.model.set_items(items, self.model.checked())

    def value(self) -> Any:
        return self.model.checked()

    def set_value(self, value: Any) -> None:
        # the model's own list: reading 5,000 partners back through index().data() took 0.1 s a record
        self.model.set_items(self.model.items(), list(value or []))

    def focus_widget(self) -> QWidget:
        return self.view


def make_editor(field: Field, label: str, addable_list: bool = False) -> FieldEditor:
    """The editor for a field's kind."""
    kind = field.kind
    if kind == Kind.TEXT:
        return TextEditor(field)
    if kind == Kind.LONGTEXT:
        return LongTextEditor(field)
    if kind == Kind.INT:
        return IntEditor(field)
    if kind == Kind.NUMBER:
        return NumberEditor(field)
    if kind in (Kind.DATE, Kind.MONTH):
        return DateEditor(field)
    if kind in (Kind.ENUM, Kind.REF):
        return ChoiceEditor(field)
    if kind == Kind.BOOL:
        return BoolEditor(field, label)
    return ListEditor(field, addable=addable_list)
