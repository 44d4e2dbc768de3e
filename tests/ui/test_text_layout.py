"""Record lists lay text out without OpenType shaping where the letters do not need it (shaping.py).

Skipping shaping makes each painted list cell about a third cheaper (tests/bench: filter). These
tests hold what that must not cost: the offices' letters read the same, and text that needs
shaping (Arabic, which some neighbouring Societies write) is still shaped in the lists.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QImage, QPainter
from PySide6.QtWidgets import QApplication, QStyledItemDelegate, QStyleOptionViewItem, QTableView

from hdesk.ui.main_window import MainWindow
from hdesk.ui.models.records import Column, RecordFilterProxy, RecordTableModel
from hdesk.ui.models.shaping import lay_out_plainly, needs_shaping

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

NO_SHAPING = QFont.StyleStrategy.PreferNoShaping
SHAPED = QFont.StyleStrategy.PreferDefault
TURKMEN = "Türkmenistanyň Gyzyl Ýarymaý jemgyýeti: ýaşlar, çagalar, žurnalistler"
RUSSIAN = "Общество Красного Полумесяца Ққ Ңң Өө Үү"
ARABIC = "جمعیت هلال احمر افغانستان"  # Afghan Red Crescent Society, in Dari


def _drawn(text: str, strategy: QFont.StyleStrategy) -> tuple[QImage, int]:
    """`text` drawn black on white in the window's font; the image and the width of its ink."""
    font = QFont(QApplication.font())
    font.setPointSize(14)
    font.setStyleStrategy(strategy)
    image = QImage(900, 60, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    painter.drawText(10, 40, text)
    painter.end()
    inked = [x for x in range(image.width()) if any(image.pixelColor(x, y).value() < 128 for y in range(60))]
    assert inked, f"nothing drawn for {text!r}"
    return image, inked[-1] - inked[0]


def test_the_record_lists_lay_their_text_out_without_shaping(window: MainWindow) -> None:
    assert QFontDatabase.families(), "no fonts visible to Qt: every text would be boxes"
    for name in ("objectives", "departments", "partners", "campaigns"):
        assert getattr(window, name).view.font().styleStrategy() & NO_SHAPING, name


@pytest.mark.parametrize("text", [TURKMEN, RUSSIAN])
def test_turkmen_and_cyrillic_letters_read_the_same_without_shaping(qapp, text: str) -> None:
    assert not needs_shaping(text)
    _, shaped = _drawn(text, SHAPED)
    _, plain = _drawn(text, NO_SHAPING)
    assert abs(plain - shaped) <= 0.03 * shaped  # only kerning goes: every letter is there, the line as long


def test_a_cell_in_arabic_is_shaped_and_the_next_cell_is_not(qtbot) -> None:
    # why it matters: without shaping Qt draws Arabic letters unjoined
    assert _drawn(ARABIC, NO_SHAPING)[0] != _drawn(ARABIC, SHAPED)[0]
    model = RecordTableModel([Column("name", "Name", lambda r: r["name"])])
    model.set_rows([{"uuid": "a", "name": ARABIC}, {"uuid": "b", "name": TURKMEN}, {"uuid": "c", "name": "UNICEF"}])
    proxy = RecordFilterProxy()
    proxy.setSourceModel(model)
    view = QTableView()
    view.setModel(proxy)
    lay_out_plainly(view)
    qtbot.addWidget(view)
    delegate = QStyledItemDelegate()  # one delegate reuses its roles' storage for every cell it paints

    def painted_strategy(row: int) -> QFont.StyleStrategy:
        option = QStyleOptionViewItem()
        option.font = view.font()  # what the view hands its delegate
        delegate.initStyleOption(option, proxy.index(row, 0))
        return option.font.styleStrategy()

    texts = [proxy.index(row, 0).data() for row in range(3)]
    arabic, turkmen, latin = (texts.index(t) for t in (ARABIC, TURKMEN, "UNICEF"))
    for _ in range(2):
        assert painted_strategy(arabic) == SHAPED
        assert painted_strategy(turkmen) & NO_SHAPING
        assert painted_strategy(latin) & NO_SHAPING
    font_role = Qt.ItemDataRole.FontRole  # what other readers of the model (sizes, tooltips) see
    assert proxy.index(arabic, 0).data(font_role).styleStrategy() == SHAPED
    assert proxy.index(latin, 0).data(font_role) is None
