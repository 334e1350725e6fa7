"""Installing and removing the interface translators: a switch or a test leaves no translator of another language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from supasoft.i18n import install_translations, remove_translations


def _texts() -> tuple[str, str]:
    """A plural and a menu title as the running app shows them."""
    return (QCoreApplication.translate("TableTab", "%n record(s)", "", 1),
            QCoreApplication.translate("MainWindow", "&File"))


def test_remove_translations_brings_back_the_source_texts(qapp: QApplication) -> None:
    before = QLocale()
    try:
        assert _texts() == ("1 record(s)", "&File")  # nothing installed by an earlier test
        install_translations("pl")
        assert _texts() == ("1 rekord", "&Plik")
        install_translations("en")  # a switch drops Polish
        assert _texts() == ("1 record", "&File")
        remove_translations()
        assert _texts() == ("1 record(s)", "&File")
        remove_translations()  # nothing left: harmless
        assert _texts() == ("1 record(s)", "&File")
    finally:
        remove_translations()
        QLocale.setDefault(before)


def test_switching_back_to_the_system_language_restores_its_formats(qapp: QApplication) -> None:
    before = QLocale()
    try:
        install_translations("ru")
        assert QLocale().name() == "ru_RU"
        install_translations("")  # the system's language again: dates, numbers and service messages follow it
        assert QLocale().name() == QLocale.system().name()
    finally:
        remove_translations()
        QLocale.setDefault(before)
