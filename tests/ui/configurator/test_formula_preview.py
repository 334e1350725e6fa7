"""The formula editor's preview shows the value as tables will: the user's number and date formats."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from supasoft.configurator.formula_editor import FormulaEditor
from supasoft.services.record_model import ListQuery
from supasoft.services.session import Session
from supasoft.services.setup import lite_ids


def preview(qtbot, lite: Session, object_id: int, text: str) -> str:  # noqa: ANN001
    config = lite.configuration.config
    editor = FormulaEditor(config, config.object_by_id(object_id), lite.records)
    qtbot.addWidget(editor)
    editor.text.setPlainText(text)
    qtbot.waitUntil(lambda: editor.compiled is not None and editor.preview.text() != "", timeout=3000)
    return editor.preview.text()


def test_the_preview_uses_the_locales_formats(qtbot, lite: Session, translations) -> None:  # noqa: ANN001
    ids = lite_ids(lite)
    QLocale.setDefault(QLocale("pl_PL"))  # the translations fixture puts the previous locale back
    first = lite.records.list(ids["order"], ListQuery(columns=[], limit=1))[0].id
    order = lite.records.get(ids["order"], first)
    total = order.values[ids["order.total"]] * 1000
    assert preview(qtbot, lite, ids["order"], "{Total} * 1000").endswith(f": {format_value_pl(total)}")
    day = order.values[ids["order.date"]]
    assert preview(qtbot, lite, ids["order"], "{Date}").endswith(f": {day:%d.%m.%Y}")


def format_value_pl(number: object) -> str:
    """A number as Polish tables show a formula result: grouped with a non-breaking space, a comma, 2 decimals."""
    return f"{number:,.2f}".replace(",", "\u00a0").replace(".", ",")
