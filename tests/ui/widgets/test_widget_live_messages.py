"""A value refused while typing is explained in the interface language (the services' message catalog)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt

from supasoft.core.meta import FieldDef
from supasoft.widgets.editors import create_editor

EXPECTED = {  # (field, typed text) -> the message in each language
    "pl_PL": ("ma za dużą wartość", "nie jest poprawnym adresem e-mail"),
    "ru_RU": ("слишком большое значение", "не является корректным адресом"),
    "en_GB": ("is too large", "is not a valid e-mail address"),
}


@pytest.mark.parametrize("locale", sorted(EXPECTED))
def test_a_value_typed_wrong_is_refused_in_the_users_language(qtbot, locale: str) -> None:  # noqa: ANN001
    before = QLocale()
    QLocale.setDefault(QLocale(locale))
    try:
        for field, typed, wanted in ((FieldDef(7, "Quantity", "decimal", precision=6, scale=2), "123456789", EXPECTED[locale][0]),
                                     (FieldDef(8, "E-mail", "email"), "nobody-at-home", EXPECTED[locale][1])):
            editor = create_editor(field)
            qtbot.addWidget(editor)
            editor.show()
            editor.edit.setFocus()
            qtbot.keyClicks(editor.edit, typed)
            qtbot.keyClick(editor.edit, Qt.Key.Key_Return)  # leaving the input checks it
            qtbot.waitUntil(lambda editor=editor: editor.error() is not None)
            assert wanted in (editor.error() or ""), editor.error()
    finally:
        QLocale.setDefault(before)
