"""Interface translations: Supasoft's own .qm files plus Qt's for standard dialogs and buttons."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

FOLDER = Path(__file__).resolve().parent
LANGUAGES = ("en", "pl", "ru")
_installed: list[QTranslator] = []


def system_language() -> str:
    """The system locale's language if we have it, else English."""
    name = QLocale.system().name().split("_")[0]
    return name if name in LANGUAGES else "en"


def install_translations(language: str = "") -> str:
    """Load translations for a language ('' = the system's) into the running app; returns the language used."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("create the QApplication before loading translations")
    remove_translations()
    language = language or system_language()
    if language != system_language():  # a chosen language also formats dates and numbers its way
        QLocale.setDefault(QLocale({"en": "en_GB", "pl": "pl_PL", "ru": "ru_RU"}[language]))
    else:  # back to the system's language (after a switch): its own formats and service messages again
        QLocale.setDefault(QLocale.system())
    ours = QTranslator(app)
    if ours.load(str(FOLDER / f"supasoft_{language}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
    if language == "en":
        return language  # English: our plural forms only ("1 record", "2 records")
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return language


def remove_translations() -> None:
    """Uninstall what install_translations loaded, so the source texts show again (a language switch, tests)."""
    app = QCoreApplication.instance()
    for old in _installed:
        if app is not None:
            app.removeTranslator(old)
    _installed.clear()
