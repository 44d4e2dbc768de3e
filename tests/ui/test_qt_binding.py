"""The Qt binding itself must be sound: PySide6 6.12.0 dropped a reference to None on every
void call, which killed hdesk with "none_dealloc" after a few thousand calls (5,000 partners on the map)."""

from __future__ import annotations

import sys

from PySide6.QtGui import QColor, QFontDatabase, QPen
from PySide6.QtWidgets import QGraphicsEllipseItem, QLabel


def test_void_calls_keep_none_alive(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    item = QGraphicsEllipseItem(0, 0, 5, 5)
    pen = QPen(QColor("#b71c1c"))
    before = sys.getrefcount(None)
    for _ in range(200):
        label.setText("Türkmen Gyzyl Ýarymaý")
        item.setPen(pen)
    assert sys.getrefcount(None) - before > -50


def test_fonts_are_visible_to_qt(qapp):
    assert QFontDatabase.families(), "no fonts: Qt would draw empty boxes"
