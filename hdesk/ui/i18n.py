"""Interface language: our Qt Linguist catalogues, Qt's own strings, and the locale for dates and numbers.

Called once by app.py before any window exists, because Qt widgets read translations when they
are built; a language change therefore takes effect on the next start (see features_i18n).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from hdesk import paths

# code -> the language's own name, as offered in View > Language
LANGUAGE_NAMES: dict[str, str] = {"en": "English", "ru": "Русский", "tk": "Türkmençe"}

_LOCALES = {"en": "en_GB", "ru": "ru_RU", "tk": "tk_TM"}
_current = "en"
_locale_before: QLocale | None = None


def current_language() -> str:
    """The language the running interface was started in."""
    return _current


def _translations_dir() -> Path | None:
    try:
        folder = paths.resource("translations")
    except FileNotFoundError:
        return None
    return folder if folder.is_dir() else None


def available_languages() -> list[str]:
    """Codes of the languages this installation can show: English and every built catalogue."""
    folder = _translations_dir()
    built = {p.stem.removeprefix("hdesk_") for p in folder.glob("hdesk_*.qm")} if folder else set()
    return [code for code in LANGUAGE_NAMES if code == "en" or code in built]


def locale_for(lang: str) -> QLocale:
    """The QLocale whose month names, date order and number separators suit `lang`."""
    return QLocale(_LOCALES.get(lang, "en_GB"))


class Catalogue(QTranslator):
    """A .qm catalogue that also answers from its context-free strings.

    lupdate cannot see the context of `tr()` helpers and `obj.tr()` calls on other objects; the
    update script files those strings under the empty context, searched here when the real one misses.
    """

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        found = super().translate(context, source, disambiguation, n)
        if not found and context:
            found = super().translate("", source, disambiguation, n)
        return found or None  # None: not ours, Qt asks the next translator or keeps the source


def _load(app: QCoreApplication, qm: Path, kind: type[QTranslator] = QTranslator) -> QTranslator | None:
    translator = kind(app)
    if not qm.is_file() or not translator.load(str(qm)):
        translator.deleteLater()
        return None
    QCoreApplication.installTranslator(translator)
    return translator


def install_translators(app: QCoreApplication, lang: str | None) -> list[QTranslator]:
    """Install hdesk's and Qt's translations for `lang` and make its locale the default.

    Returns the installed translators (parented to `app`, so they live as long as it does).
    English, or a language with no catalogue, installs nothing and keeps the English locale.
    """
    global _current, _locale_before
    lang = lang if lang in LANGUAGE_NAMES else "en"
    if _locale_before is None:
        _locale_before = QLocale()
    QLocale.setDefault(locale_for(lang))
    _current = lang
    if lang == "en":
        return []
    installed: list[QTranslator] = []
    folder = _translations_dir()
    # Qt's own strings (buttons of standard dialogs, context menus): Qt's catalogue when it ships one
    # (Russian), otherwise ours (Turkmen has none upstream).
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    qt_qm = qt_dir / f"qtbase_{lang}.qm"
    if not qt_qm.is_file() and folder is not None:
        qt_qm = folder / f"qtbase_{lang}.qm"
    for qm, kind in ((qt_qm, QTranslator), (folder / f"hdesk_{lang}.qm" if folder else None, Catalogue)):
        translator = _load(app, qm, kind) if qm is not None else None
        if translator is not None:
            installed.append(translator)
    return installed


def remove_translators(translators: list[QTranslator]) -> None:
    """Undo install_translators (tests switch languages within one QApplication)."""
    global _current, _locale_before
    for translator in translators:
        QCoreApplication.removeTranslator(translator)
        translator.deleteLater()
    _current = "en"
    if _locale_before is not None:
        QLocale.setDefault(_locale_before)
        _locale_before = None
