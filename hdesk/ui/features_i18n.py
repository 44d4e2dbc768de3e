"""View > Language: choose English, Russian or Turkmen; saved in Settings and applied on the next start.

Qt builds its widgets' texts once, so switching live would leave half the window in the old
language; a restart is honest and loses nothing (every edit is already saved in the file).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMessageBox

from hdesk.ui import i18n

# Said in the chosen language itself, so a person who cannot read the current one still understands.
NEXT_START = {
    "en": "The interface will be in English the next time hdesk starts.",
    "ru": "Интерфейс будет на русском языке при следующем запуске hdesk.",
    "tk": "hdesk indiki gezek açylanda interfeýs türkmen dilinde bolar.",
}


def install(window: Any) -> None:
    """Add the Language submenu to View (or do nothing when the window has no View menu)."""
    view = getattr(window, "menus", {}).get("view")
    if view is None:
        return
    menu = view.addMenu(QCoreApplication.translate("features_i18n", "&Language"))
    menu.setObjectName("menu_language")
    group = QActionGroup(menu)
    group.setExclusive(True)
    available = i18n.available_languages()
    chosen = window.ctx.settings.language
    for code, name in i18n.LANGUAGE_NAMES.items():
        action = QAction(name, menu)
        action.setObjectName(f"language_{code}")
        action.setCheckable(True)
        action.setChecked(code == chosen)
        action.setEnabled(code in available)
        action.setData(code)
        group.addAction(action)
        menu.addAction(action)
    group.triggered.connect(lambda action: choose_language(window, action.data()))
    window.language_menu = menu


def choose_language(window: Any, code: str) -> None:
    """Save `code` as the interface language and say when it takes effect."""
    settings = window.ctx.settings
    if code == settings.language:
        return
    settings.language = code
    try:
        settings.save()
    except OSError as exc:
        QMessageBox.warning(
            window,
            QCoreApplication.translate("features_i18n", "Language"),
            QCoreApplication.translate("features_i18n", "The language could not be saved: {reason}").format(
                reason=exc.strerror or exc
            ),
        )
        return
    if code == i18n.current_language():
        text = QCoreApplication.translate("features_i18n", "hdesk is already shown in this language.")
    else:
        text = QCoreApplication.translate(
            "features_i18n", "The new language is used the next time hdesk starts. Your work is saved."
        )
        text += "\n\n" + NEXT_START[code]
    window.status(NEXT_START[code])
    QMessageBox.information(window, QCoreApplication.translate("features_i18n", "Language"), text)
