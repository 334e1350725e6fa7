"""The wizard's file page on a workbook with several sheets and on another program's SQLite database; an upsert on a
key field; a reference matched by a field of its target (an old key); the number style chosen over the detected one."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt

from supasoft.core.meta import FieldDef
from supasoft.services.record_model import ListQuery
from supasoft.shell.main_window import MainWindow
from tests.ui.importer.conftest import cp1251_csv, open_wizard, two_table_database, workbook
from tests.ui.importer.test_import_wizard import PRODUCT, PRODUCT_NAME, next_page, prices, read_file

CLIENT, CLIENT_NAME, TAX_ID = 1, 3, 4
CONTACT, CONTACT_NAME, CONTACT_CLIENT = 13, 14, 18
ORDER, ORDER_DATE = 24, 27


def choose(combo, text: str) -> None:  # noqa: ANN001 - a QComboBox
    """Pick an entry as a user does (activated fires)."""
    index = combo.findText(text)
    assert index >= 0, text
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_an_xlsx_sheet_is_chosen_and_upserted_on_the_name_without_case(qtbot, import_window: MainWindow, tmp_path: Path) -> None:  # noqa: ANN001
    existing = sorted(prices(import_window))[0]
    path = workbook(tmp_path, {"Notes": [["Just", "notes"], ["x", "y"]],
                               "Prices": [["Name", "Price"], [existing.upper(), 77.5], ["Brand new", 3]]})
    wizard = open_wizard(import_window)
    read_file(qtbot, wizard, path)
    page = wizard.file_page
    assert [page.sheet_combo.itemText(i) for i in range(page.sheet_combo.count())] == ["Notes", "Prices"]
    assert wizard.job.source.headers == ["Just", "notes"]  # the first sheet at first
    choose(page.sheet_combo, "Prices")
    qtbot.waitUntil(lambda: page.isComplete() and wizard.job.source.headers == ["Name", "Price"], timeout=10000)
    page.select_object(PRODUCT)
    next_page(qtbot, wizard)
    mapping = wizard.mapping_page
    mapping.set_mode("upsert", ["Name"])
    assert wizard.job.mapping.mode == "upsert" and wizard.job.mapping.keys == [PRODUCT_NAME]
    next_page(qtbot, wizard)
    assert wizard.preview_page.counts.text() == "Would create: 1, update: 1, skip: 0"
    next_page(qtbot, wizard)
    wizard.run_page.run_button.click()
    qtbot.waitUntil(lambda: wizard.job.result is not None, timeout=15000)
    assert wizard.run_page.outcome.text() == "Imported: created 1, updated 1, skipped 0."
    after = prices(import_window)
    assert after[existing] == Decimal("77.50") and after["Brand new"] == Decimal("3.00")


def test_update_mode_without_a_key_cannot_go_on(qtbot, import_window: MainWindow, tmp_path: Path) -> None:  # noqa: ANN001
    wizard = open_wizard(import_window)
    read_file(qtbot, wizard, cp1251_csv(tmp_path, ["Name;Price", "Chai;5"]))
    wizard.file_page.select_object(PRODUCT)
    next_page(qtbot, wizard)
    wizard.mapping_page.set_mode("update", [])
    assert not wizard.mapping_page.isComplete()
    assert "key" in wizard.mapping_page.status.text()


def test_a_table_of_another_sqlite_database_with_references_by_an_old_key(qtbot, import_window: MainWindow, tmp_path: Path) -> None:  # noqa: ANN001
    records = import_window.session.records
    client = records.list(CLIENT, ListQuery(columns=[(CLIENT_NAME,)], limit=1))[0]
    stored = records.get(CLIENT, client.id)
    stored.values[TAX_ID] = "vinet"  # the old program's key, matched without case
    records.save(stored)
    database = two_table_database(tmp_path)
    wizard = open_wizard(import_window)
    wizard.file_page.select_object(CONTACT)
    read_file(qtbot, wizard, database)
    page = wizard.file_page
    assert [page.table_combo.itemText(i) for i in range(page.table_combo.count())] == ["Customers", "Products"]
    choose(page.table_combo, "Customers")
    qtbot.waitUntil(lambda: page.isComplete() and wizard.job.source.headers[0] == "CustomerID", timeout=10000)
    next_page(qtbot, wizard)
    mapping = wizard.mapping_page
    mapping.set_field("CompanyName", "Full name")
    mapping.set_field("CustomerID", "Client")
    match = mapping.match_combo(0)
    assert match is not None and match.itemText(0) == "Name or Code" and mapping.match_combo(1) is None
    match.setCurrentIndex(match.findText("@Tax ID"))
    assert wizard.job.mapping.columns[0].match == TAX_ID
    next_page(qtbot, wizard)
    model = wizard.preview_page.model
    assert wizard.preview_page.counts.text() == "Would create: 1, update: 0, skip: 1"
    tomsp = model.index(model.row_of(2), 2)
    assert "TOMSP" in tomsp.data(Qt.ItemDataRole.ToolTipRole)  # no client has that old key
    next_page(qtbot, wizard)
    wizard.run_page.run_button.click()
    qtbot.waitUntil(lambda: wizard.job.result is not None, timeout=15000)
    created = records.get(CONTACT, wizard.job.result.created[0])
    assert created.values[CONTACT_NAME] == "Vins et alcools" and created.values[CONTACT_CLIENT] == client.id


def test_the_date_order_chosen_overrides_the_detected_one(qtbot, import_window: MainWindow, tmp_path: Path) -> None:  # noqa: ANN001
    records = import_window.session.records
    client = records.list(CLIENT, ListQuery(columns=[(CLIENT_NAME,)], limit=1))[0]
    path = cp1251_csv(tmp_path, ["Client;Date;Status", f"{client.cells[0]};03/04/2025;New"])  # read day first: 3 April
    wizard = open_wizard(import_window)
    read_file(qtbot, wizard, path)
    wizard.file_page.select_object(ORDER)
    choose(wizard.file_page.locale_combo, "American: 1,234.56 and 12/31/2025")  # the user knows it is 4 March
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    assert wizard.preview_page.counts.text() == "Would create: 1, update: 0, skip: 0"
    next_page(qtbot, wizard)
    wizard.run_page.run_button.click()
    qtbot.waitUntil(lambda: wizard.job.result is not None, timeout=15000)
    assert records.get(ORDER, wizard.job.result.created[0]).values[ORDER_DATE] == dt.date(2025, 3, 4)


def test_file_fields_are_filled_from_the_folder_beside_the_file_or_one_chosen(qtbot, import_window: MainWindow,
                                                                              tmp_path: Path) -> None:  # noqa: ANN001
    config = import_window.session.configuration
    contract = config.add_object("Contract", "Contracts")
    config.add_field(contract.id, FieldDef(0, "Title", "string", length=40))
    scan = config.add_field(contract.id, FieldDef(0, "Scan", "file"))
    (tmp_path / "umowa 1.pdf").write_bytes(b"%PDF-1 first")
    scans = tmp_path / "scans"
    scans.mkdir()
    (scans / "umowa 1.pdf").write_bytes(b"%PDF-1 from the scans folder")
    wizard = open_wizard(import_window)
    read_file(qtbot, wizard, cp1251_csv(tmp_path, ["Title;Scan", "First;umowa 1.pdf"]))
    wizard.file_page.select_object(contract.id)
    next_page(qtbot, wizard)
    mapping = wizard.mapping_page
    assert mapping.folder_edit.isVisible() and mapping.folder_edit.text() == str(tmp_path)  # beside the file at first
    mapping.set_folder(str(scans))
    assert wizard.job.mapping.files == str(scans)
    next_page(qtbot, wizard)
    assert wizard.preview_page.counts.text() == "Would create: 1, update: 0, skip: 0"
    next_page(qtbot, wizard)
    wizard.run_page.run_button.click()
    qtbot.waitUntil(lambda: wizard.job.result is not None, timeout=15000)
    record_id = wizard.job.result.created[0]
    records = import_window.session.records
    value = records.get(contract.id, record_id).values[scan.id]
    assert records.read_file(value.file_id, object_id=contract.id, record_id=record_id) == (
        "umowa 1.pdf", b"%PDF-1 from the scans folder")


def test_the_encoding_and_delimiter_can_be_overridden_and_the_file_is_read_again(qtbot, import_window: MainWindow,
                                                                                 tmp_path: Path) -> None:  # noqa: ANN001
    wizard = open_wizard(import_window)
    read_file(qtbot, wizard, cp1251_csv(tmp_path, ["Название;Цена", "Чай;1,5"]))
    page = wizard.file_page
    assert wizard.job.source.headers == ["Название", "Цена"]
    choose(page.delimiter_combo, "Comma ,")
    qtbot.waitUntil(lambda: page.isComplete() and wizard.job.source.headers == ["Название;Цена"], timeout=10000)
    choose(page.delimiter_combo, "Semicolon ;")
    choose(page.encoding_combo, "cp1250")  # the wrong code page: the letters change, the user sees it at once
    qtbot.waitUntil(lambda: page.isComplete() and wizard.job.source.encoding == "cp1250", timeout=10000)
    assert wizard.job.source.headers == ["Íŕçâŕíčĺ", "Öĺíŕ"]
    choose(page.encoding_combo, "cp1251")
    qtbot.waitUntil(lambda: page.isComplete() and wizard.job.source.headers == ["Название", "Цена"], timeout=10000)
