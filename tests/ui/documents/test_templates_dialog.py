"""Documents → Templates…: adding a template through the dialog, a bad one's problems with their place (in the
user's language), replace, default, delete and a copy of the file, all on a real SQLite copy of the Lite database."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from supasoft.documents.templates_dialog import TemplatesDialog
from supasoft.services.documents import DocumentService
from supasoft.services.session import Session
from tests.services.document_files import docx
from tests.services.document_orders import make_order


def _dialog(qtbot: QtBot, lite: Session, object_id: int) -> TemplatesDialog:
    dialog = TemplatesDialog(lite, object_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _rows(dialog: TemplatesDialog) -> list[list[str]]:
    table = dialog.table
    return [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]


def test_a_template_added_through_the_dialog_is_listed_as_the_default(qtbot: QtBot, lite: Session, tmp_path: Path) -> None:
    ids = make_order(lite, lines=1)
    dialog = _dialog(qtbot, lite, ids["order"])
    assert dialog.object_id() == ids["order"] and _rows(dialog) == []
    assert dialog.add_button.isEnabled() and not dialog.preview_button.isEnabled()
    path = tmp_path / "offer letter.docx"
    path.write_bytes(docx("Order {{ code }} for {{ client.name }}"))
    template_id = dialog.add_from(path, "Offer")
    assert template_id is not None
    assert _rows(dialog) == [["Offer", "offer letter.docx", "Default"]]
    assert dialog.selected().id == template_id and dialog.preview_button.isEnabled()
    assert not dialog.problems.isVisible() and "Offer" in dialog.status.text()
    stored = DocumentService(lite.records).list_templates(ids["order"])
    assert [(t.name, t.file_name, t.is_default) for t in stored] == [("Offer", "offer letter.docx", True)]


def test_a_bad_template_shows_each_problem_with_its_place_in_polish(qtbot: QtBot, lite: Session, tmp_path: Path,
                                                                     translations: Any) -> None:
    translations("pl")
    ids = make_order(lite, lines=1)
    dialog = _dialog(qtbot, lite, ids["order"])
    bad = tmp_path / "bad.docx"
    bad.write_bytes(docx("Dear {{ client.nme }}", "Total {{ totl }}", split=("Hello {{ na", "me }}")))
    assert dialog.add_from(bad) is None
    shown = dialog.problems.toPlainText()
    assert dialog.problems.isVisible()
    assert "Nieznana nazwa client.nme w pobliżu „Dear {{ client.nme }}”" in shown
    assert "Nieznana nazwa totl w pobliżu „Total {{ totl }}”" in shown
    assert "Nieznana nazwa name w pobliżu „Hello {{ name }}”" in shown  # the tag Word split is joined, then named
    assert _rows(dialog) == []
    broken = tmp_path / "broken.docx"
    broken.write_bytes(docx("Dear {{ client.name Bye"))
    assert dialog.add_from(broken) is None
    assert "Dear {{ client.name Bye" in dialog.problems.toPlainText()
    notword = tmp_path / "notes.docx"
    notword.write_bytes(b"plain text")
    assert dialog.add_from(notword) is None
    assert "Word" in dialog.problems.toPlainText() and "Unknown" not in dialog.problems.toPlainText()


def test_replace_default_delete_and_a_copy_of_the_file(qtbot: QtBot, lite: Session, tmp_path: Path, monkeypatch: Any) -> None:
    ids = make_order(lite, lines=1)
    documents = DocumentService(lite.records)
    first = documents.add_template(ids["order"], "Invoice", docx("Invoice {{ code }}"), file_name="invoice.docx")
    second = documents.add_template(ids["order"], "Offer", docx("Offer {{ code }}"), file_name="offer.docx")
    dialog = _dialog(qtbot, lite, ids["order"])
    assert _rows(dialog) == [["Invoice", "invoice.docx", "Default"], ["Offer", "offer.docx", ""]]
    dialog.table.selectRow(1)
    assert dialog.selected().id == second and dialog.default_button.isEnabled()
    dialog.make_default()
    assert _rows(dialog)[0] == ["Offer", "offer.docx", "Default"] and dialog.selected().id == second
    assert documents.default_template(ids["order"]).id == second
    new_file = tmp_path / "offer2.docx"
    new_file.write_bytes(docx("New offer {{ code }}"))
    assert dialog.replace_from(new_file)
    copy = tmp_path / "copy.docx"
    assert dialog.save_copy_to(copy)
    assert copy.read_bytes() == new_file.read_bytes()
    monkeypatch.setattr("supasoft.documents.templates_dialog.QMessageBox.question",
                        lambda *a, **k: __import__("PySide6.QtWidgets").QtWidgets.QMessageBox.StandardButton.No)
    assert not dialog.delete_selected()  # asked, answered No
    assert len(documents.list_templates(ids["order"])) == 2
    assert dialog.delete_selected(confirm=False)
    assert [t.id for t in documents.list_templates(ids["order"])] == [first]
    assert [r[0] for r in _rows(dialog)] == ["Invoice"]
