"""Documents → Fill template for selected…: three orders make one merged document or a zip, a document kept on
each record as a file, PDF without LibreOffice says so, and long work can be cancelled."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import zipfile
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel
from pytestqt.qtbot import QtBot

from supasoft.core.fieldtypes import FileValue
from supasoft.core.meta import FieldDef
from supasoft.documents.fill_dialog import FillDialog
from supasoft.documents.filling import DOCX, ZIP, FillRequest, fill
from supasoft.documents.menu import documents_menu, fill_menu, fill_selected, open_templates, sync_enabled
from supasoft.documents.service import documents_of
from supasoft.services.session import Session
from supasoft.shell.main_window import MainWindow
from supasoft.widgets.busy import Cancelled
from tests.services.document_files import texts
from tests.ui.documents.conftest import Opened


def _three_orders(lite: Session, order: dict[str, Any]) -> list[int]:
    ids = [order["the_order"]]
    for day in (2, 3):
        other = lite.records.new(order["order"])
        other.values.update({order["order.client"]: order["the_client"], order["order.date"]: dt.date(2025, 5, day)})
        ids.append(lite.records.save(other).id)
    return ids


def _select(window: MainWindow, object_id: int, record_ids: list[int]) -> None:
    tab = window.open_object(object_id)
    assert tab is not None
    model, selection = tab.model, tab.view.selectionModel()
    selection.clearSelection()
    for rid in record_ids:
        row = model.row_of(rid)
        assert row is not None
        selection.select(model.index(row, 0), QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    assert sorted(tab.selected_ids()) == sorted(record_ids)


def _codes(lite: Session, order: dict[str, Any], ids: list[int]) -> list[str]:
    return [lite.records.get(order["order"], rid).code_text for rid in ids]


def test_three_selected_orders_merge_into_one_document_or_a_zip(qtbot: QtBot, lite: Session, order: dict[str, Any],
                                                                docs_window: MainWindow, tmp_path: Path, opened: Opened) -> None:
    ids = _three_orders(lite, order)
    _select(docs_window, order["order"], ids)
    menu = documents_menu(docs_window)
    fill_menu(docs_window, menu)
    action = next(a for a in menu.actions() if a.objectName() == "action_fill_selected")
    assert menu.isEnabled() and action.isEnabled()
    action.trigger()
    dialog = docs_window.fill_dialog
    assert isinstance(dialog, FillDialog) and sorted(dialog.record_ids) == sorted(ids)
    assert dialog.template_box.currentData() == order["template"] and dialog.zip_choice.isVisible()
    merged = tmp_path / "offers.docx"
    assert dialog.save_to(merged)
    lines = [t for t in texts(merged.read_bytes()) if t.startswith("Order ")]
    assert sorted(line.split()[1] for line in lines) == sorted(_codes(lite, order, ids))
    dialog.zip_choice.setChecked(True)
    assert not dialog.pdf_choice.isEnabled()
    path = dialog.open_result()
    assert path is not None and opened.paths == [path] and path.name == "Offer.zip"
    with zipfile.ZipFile(io.BytesIO(path.read_bytes())) as archive:
        names = sorted(archive.namelist())
        assert names == sorted(f"{code}.docx" for code in _codes(lite, order, ids))
        first = texts(archive.read(f"{order['order_code']}.docx"))[0]
    assert first.startswith(f"Order {order['order_code']} of")


def test_keep_on_the_record_stores_the_document_in_a_file_field(qtbot: QtBot, lite: Session, order: dict[str, Any]) -> None:
    field = lite.configuration.add_field(order["order"], FieldDef(0, "Documents", "file"))
    dialog = FillDialog(lite, order["order"], [order["the_order"]])
    qtbot.addWidget(dialog)
    assert dialog.field_box.currentData() == field.id and not dialog.zip_choice.isVisible()
    assert dialog.keep() == 1
    kept = lite.records.get(order["order"], order["the_order"]).values[field.id]
    assert isinstance(kept, FileValue) and kept.name == f"Offer {order['order_code']}.docx"
    _name, data = lite.records.read_file(kept.file_id, object_id=order["order"], record_id=order["the_order"], field_id=field.id)
    assert texts(data)[0].startswith(f"Order {order['order_code']} of")
    assert "1" in dialog.message.text()


def test_pdf_without_libreoffice_says_so_and_opens_nothing(qtbot: QtBot, lite: Session, order: dict[str, Any],
                                                          opened: Opened, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SUPASOFT_SOFFICE", "no-such-libreoffice-program")
    dialog = FillDialog(lite, order["order"], [order["the_order"]])
    qtbot.addWidget(dialog)
    dialog.pdf_choice.setChecked(True)
    assert dialog.open_result() is None
    assert opened.paths == []
    assert "PDF needs LibreOffice" in dialog.message.text() and ".docx" in dialog.message.text()


def test_filling_many_records_reports_progress_and_stops_when_cancelled(lite: Session, order: dict[str, Any]) -> None:
    ids = _three_orders(lite, order)
    request = FillRequest(order["order"], ids, order["template"], "Offer", DOCX)
    seen: list[tuple[int, int]] = []
    fill(documents_of(lite), request, lambda done, total: seen.append((done, total)) or True)
    assert seen == [(0, 4), (1, 4), (2, 4), (3, 4), (4, 4)]  # a step per record, one for merging them
    seen.clear()
    fill(documents_of(lite), FillRequest(order["order"], ids, order["template"], "Offer", ZIP),
         lambda done, total: seen.append((done, total)) or True)
    assert seen == [(0, 3), (1, 3), (2, 3), (3, 3)]
    asked: list[int] = []

    def stop_after_one(done: int, total: int) -> bool:
        asked.append(done)
        return done < 1

    with pytest.raises(Cancelled):
        fill(documents_of(lite), request, stop_after_one)
    assert asked == [0, 1] and request.codes == [order["order_code"]]  # one record made, then stopped


def test_the_menu_follows_templates_and_rights(qtbot: QtBot, lite: Session, order: dict[str, Any],
                                               docs_window: MainWindow) -> None:
    menu = documents_menu(docs_window)
    assert menu.isEnabled() and sync_enabled(docs_window)
    fill_menu(docs_window, menu)
    action = next(a for a in menu.actions() if a.objectName() == "action_fill_selected")
    assert not action.isEnabled() and action.toolTip()  # nothing selected
    dialog = open_templates(docs_window)
    assert dialog.isVisible() and dialog.add_button.isEnabled()
    assert fill_selected(docs_window) is None


@pytest.mark.skipif(not (shutil.which("soffice") or shutil.which("libreoffice")), reason="LibreOffice is not installed")
def test_pdf_with_libreoffice_is_saved(qtbot: QtBot, lite: Session, order: dict[str, Any], tmp_path: Path) -> None:
    dialog = FillDialog(lite, order["order"], [order["the_order"]])
    qtbot.addWidget(dialog)
    dialog.pdf_choice.setChecked(True)
    target = tmp_path / "offer.pdf"
    assert dialog.save_to(target), dialog.message.text()
    assert target.read_bytes().startswith(b"%PDF")
