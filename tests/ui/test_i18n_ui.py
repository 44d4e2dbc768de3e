"""The window in Russian and Turkmen: tabs, menus and every visible label in the chosen language."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QMessageBox,
    QTabBar,
    QTableView,
    QWidget,
)

from hdesk.app import build_main_window, open_context
from hdesk.services.demo import fill_demo
from hdesk.services.records import Records
from hdesk.settings import Settings
from hdesk.store.database import Database
from hdesk.ui import features_i18n, i18n
from hdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

EXPECTED = {
    "ru": {
        "tabs": ["Обзор", "Задачи", "Отделы", "Партнёры", "Кампании"],
        "file": "&Файл",
        "open": "&Открыть…",
        "letters": re.compile("[А-Яа-яЁё]"),
        "ok": "OK",
    },
    "tk": {
        "tabs": ["Umumy syn", "Wezipeler", "Bölümler", "Hyzmatdaşlar", "Kampaniýalar"],
        "file": "&Faýl",
        "open": "&Açmak…",
        "letters": re.compile("[äçňöşüýžÄÇŇÖŞÜÝŽ]"),
        "ok": "Bolýar",
    },
}
# Words that stay as they are in every language (names of formats, keys, the program).
KEEP = re.compile(r"hdesk|PDF|PNG|CSV|UTF-8|Excel|Ctrl|Shift|Enter|Delete|uuid|xlsx|csv|IFRC|ICRC|UN\b|[A-Z]\d|\d")


def _demo(tmp_path: Path, lang: str) -> Path:
    path = tmp_path / f"demo-{lang}.hdesk"
    with Database(path, create=True) as db:
        fill_demo(Records(db), lang)
    return path


@pytest.fixture(params=["ru", "tk"])
def localized(request: pytest.FixtureRequest, qapp: QApplication, qtbot: Any, tmp_path: Path) -> Iterator[Any]:
    lang = request.param
    translators = i18n.install_translators(qapp, lang)
    ctx = open_context(_demo(tmp_path, lang), Settings(language=lang))
    window = build_main_window(ctx)
    qtbot.addWidget(window)
    window.resize(1024, 600)
    window.show()
    yield lang, window
    window.close()
    ctx.database.close()
    i18n.remove_translators(translators)


def test_tabs_and_file_menu_are_in_the_language(localized: tuple[str, MainWindow]) -> None:
    lang, window = localized
    expected = EXPECTED[lang]
    names = ["overview", "objectives", "departments", "partners", "campaigns"]
    assert [window.tabs.tabText(window.tabs.indexOf(window.tab(n))) for n in names] == expected["tabs"]
    assert window.menus["file"].title() == expected["file"]
    assert expected["open"] in [a.text() for a in window.menus["file"].actions()]
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
    assert box.buttons()[0].text().replace("&", "") == expected["ok"]  # Qt's own strings too


def _english_sources(lang: str) -> set[str]:
    """English source texts whose translation into `lang` differs from them."""
    import xml.etree.ElementTree as ET

    from hdesk import paths

    out = set()
    for message in ET.parse(paths.resource("translations", f"hdesk_{lang}.ts")).getroot().iter("message"):
        source, tr = message.findtext("source") or "", message.find("translation")
        if tr is not None and (tr.text or "") != source:
            out.add(source.replace("&", ""))
    return out


def _english_leftovers(window: QWidget, lang: str) -> list[str]:
    """Visible texts still in English: a known English source, or (Russian) Latin words without Cyrillic."""
    sources = _english_sources(lang)
    letters = EXPECTED[lang]["letters"]
    texts: list[str] = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QTableView) and widget.model() is not None:  # column headers too
            model = widget.model()
            texts += [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(model.columnCount())]
    for menu in window.menus.values():  # type: ignore[attr-defined]
        texts.append(menu.title())
        texts += [a.text() for a in menu.actions() if a.text()]
    leftovers = []
    for text in texts:
        plain = KEEP.sub("", re.sub(r"<[^>]+>", "", text)).replace("&", "")
        english = lang == "ru" and re.search("[A-Za-z]{3,}", plain) and not letters.search(plain)
        if english or text.replace("&", "") in sources:
            leftovers.append(text)
    return sorted(set(leftovers))


def test_no_visible_english_on_any_tab(localized: tuple[str, MainWindow], qtbot: Any) -> None:
    lang, window = localized
    found: dict[str, list[str]] = {}
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        qtbot.waitUntil(lambda i=i: window.tabs.currentIndex() == i)
        leftovers = _english_leftovers(window, lang)
        if leftovers:
            found[window.tabs.tabText(i)] = leftovers
    assert not found, found


def test_dates_follow_the_locale(localized: tuple[str, MainWindow]) -> None:
    lang, _window = localized
    month = QLocale().monthName(3)
    assert month == {"ru": "март", "tk": "mart"}[lang] or month.lower().startswith("мар" if lang == "ru" else "mar")
    assert QLocale().toString(QDate(2024, 3, 5), "d MMMM yyyy") != "5 March 2024"


def test_language_menu_saves_the_choice_for_the_next_start(
    qapp: QApplication, qtbot: Any, demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text, *a: shown.append(text))
    ctx = open_context(demo_file, Settings())
    window = build_main_window(ctx)
    qtbot.addWidget(window)
    try:
        menu = window.language_menu  # type: ignore[attr-defined]
        assert menu in [a.menu() for a in window.menus["view"].actions()]
        actions = {a.data(): a for a in menu.actions()}
        assert [a.text() for a in actions.values()] == ["English", "Русский", "Türkmençe"]
        assert actions["en"].isChecked() and all(a.isEnabled() for a in actions.values())
        actions["ru"].trigger()
        assert actions["ru"].isChecked() and not actions["en"].isChecked()
        assert Settings.load().language == "ru"
        assert shown and features_i18n.NEXT_START["ru"] in shown[-1]
        actions["tk"].trigger()
        assert Settings.load().language == "tk"
        assert features_i18n.NEXT_START["tk"] in shown[-1]
    finally:
        window.close()
        ctx.database.close()


def test_available_languages_lists_the_built_catalogues() -> None:
    assert i18n.available_languages() == ["en", "ru", "tk"]
