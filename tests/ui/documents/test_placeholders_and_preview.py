"""The placeholder panel copies the right tag (loops over detail sets included) and the preview shows a chosen
record's values, its lines as a table, read back from the filled .docx."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from supasoft.documents.preview_dialog import PreviewDialog
from supasoft.documents.templates_dialog import TemplatesDialog
from supasoft.services.documents import DocumentService
from supasoft.services.session import Session
from tests.services.document_files import docx
from tests.services.document_orders import CLIENT_NAME


def test_copying_a_placeholder_puts_its_tag_on_the_clipboard(qtbot: QtBot, lite: Session, order: dict[str, Any]) -> None:
    dialog = TemplatesDialog(lite, order["order"])
    qtbot.addWidget(dialog)
    dialog.show()
    panel = dialog.panel
    tags = panel.tags()
    assert tags == [p.tag for p in DocumentService(lite.records).placeholders(order["order"])]
    assert {"{{ client.name }}", "{%tr for line in lines %}", "{{ line.product.name }}", "{%tr endfor %}",
            "{{ lines_totals.cost }}"} <= set(tags)
    QApplication.clipboard().setText("something else")
    item = panel.select_tag("{{ client.name }}")
    rect = panel.tree.visualItemRect(item)
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # a real double-click
    assert QApplication.clipboard().text() == "something else"  # presses first
    qtbot.mouseDClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert QApplication.clipboard().text() == "{{ client.name }}"
    panel.select_tag("{%tr for line in lines %}")
    qtbot.mouseClick(panel.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == "{%tr for line in lines %}"
    assert "{%tr for line in lines %}" in panel.note.text()
    panel.filter.setText("total")
    shown = [panel.tree.topLevelItem(i).text(1) for i in range(panel.tree.topLevelItemCount())
             if not panel.tree.topLevelItem(i).isHidden()]
    assert shown and all("total" in t for t in shown)


def test_the_preview_shows_the_chosen_records_values_and_lines(qtbot: QtBot, lite: Session, order: dict[str, Any]) -> None:
    records = lite.records
    other = records.new(order["order"])
    other.values.update({order["order.client"]: order["the_client"], order["order.date"]: dt.date(2025, 4, 1)})
    other_id = records.save(other).id
    preview = PreviewDialog(lite, order["order"], order["template"], order["the_order"])
    qtbot.addWidget(preview)
    preview.show()
    text = preview.view.toPlainText()
    assert f"Order {order['order_code']} of" in text
    assert f"Client: {CLIENT_NAME} / {CLIENT_NAME} in Kraków" in text
    assert text.count("Widget") == 2 and text.count("Gadget") == 1  # the three lines as table rows
    assert preview.view.isReadOnly() and preview.open_button.isEnabled() and preview.message.text() == ""
    preview.record_box.setCurrentIndex(preview.record_box.findData(other_id))
    other_code = records.get(order["order"], other_id).code_text
    assert f"Order {other_code} of" in preview.view.toPlainText()
    assert "Widget" not in preview.view.toPlainText()


def test_a_template_that_fails_on_a_record_says_why_in_the_preview(qtbot: QtBot, lite: Session, order: dict[str, Any]) -> None:
    documents = DocumentService(lite.records)
    loop = documents.add_template(order["order"], "Huge", docx("{% for i in range(10**7) %}x{% endfor %}"))
    preview = PreviewDialog(lite, order["order"], loop, order["the_order"])
    qtbot.addWidget(preview)
    assert preview.view.toPlainText() == "" and not preview.open_button.isEnabled()
    assert "too much work" in preview.message.text()


def test_the_templates_dialog_opens_the_preview_of_the_selected_template(qtbot: QtBot, lite: Session,
                                                                         order: dict[str, Any]) -> None:
    dialog = TemplatesDialog(lite, order["order"])
    qtbot.addWidget(dialog)
    preview = dialog.show_preview()
    assert isinstance(preview, PreviewDialog) and preview.template_id() == order["template"]
    assert preview.record_id() is not None
    assert "Order " in preview.view.toPlainText()


def test_the_preview_shows_a_picture_from_a_file_field(qtbot: QtBot, lite: Session, order: dict[str, Any]) -> None:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument

    from supasoft.core.fieldtypes import FileValue
    from supasoft.core.meta import FieldDef
    from tests.services.test_documents_images import png

    field = lite.configuration.add_field(order["client"], FieldDef(0, "Logo", "file"))
    client = lite.records.get(order["client"], order["the_client"])
    client.values[field.id] = FileValue("logo.png", data=png(6, 3, (10, 120, 200)))
    lite.records.save(client)
    template = DocumentService(lite.records).add_template(order["order"], "Logo", docx("Logo: {{ client.logo|image(40) }}"))
    preview = PreviewDialog(lite, order["order"], template, order["the_order"])
    qtbot.addWidget(preview)
    assert 'src="picture:1"' in preview.view.toHtml() and preview.message.text() == ""
    shown = preview.view.document().resource(QTextDocument.ResourceType.ImageResource, QUrl("picture:1"))
    assert shown.width() == 6 and shown.height() == 3 and shown.pixelColor(0, 0).blue() == 200
    assert "width=\"151\"" in preview.view.toHtml()  # 40 mm at 96 dpi


def test_the_panel_names_only_formats_a_template_may_use(qtbot: QtBot, lite: Session, order: dict[str, Any],
                                                          translations: Any) -> None:
    import re

    from supasoft.services.document_filters import FILTER_NAMES

    for language in ("en", "pl", "ru"):
        translations(language)
        dialog = TemplatesDialog(lite, order["order"])
        qtbot.addWidget(dialog)
        hint = dialog.panel.formats.text()
        named = set(re.findall(r"\|(\w+)\(", hint))
        assert named == {"date", "money", "words", "number"} and named <= set(FILTER_NAMES), (language, hint)
        assert "|date('long')" in hint and "|words('PLN')" in hint
