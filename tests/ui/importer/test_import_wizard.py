"""The Records → Import… wizard walked as a user would: a cp1251 CSV with ; and decimal commas, a column mapped by
hand, a problem cell with its reason, an import skipping the bad row, and the open table showing the new records."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from supasoft.importer.wizard import ImportWizard
from supasoft.services.record_model import ListQuery
from supasoft.shell.main_window import MainWindow
from tests.ui.importer.conftest import cp1251_csv, open_wizard

pytestmark = pytest.mark.all_backends

PRODUCT, PRODUCT_NAME, PRICE = 20, 21, 23


def prices(window: MainWindow) -> dict[str, Decimal]:
    rows = window.session.records.list(PRODUCT, ListQuery(columns=[(PRODUCT_NAME,), (PRICE,)], limit=10000))
    return {r.cells[0]: r.cells[1] for r in rows}


def read_file(qtbot, wizard: ImportWizard, path: Path) -> None:  # noqa: ANN001 - pytest-qt fixture
    wizard.file_page.set_path(path)
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=10000)


def next_page(qtbot, wizard: ImportWizard) -> None:  # noqa: ANN001
    """Next, then wait until the page is ready (the preview is built in a worker)."""
    before = wizard.currentPage()
    wizard.button(QWizard.WizardButton.NextButton).click()
    assert wizard.currentPage() is not before
    qtbot.waitUntil(lambda: not wizard.preview_page.is_checking(), timeout=15000)


def test_a_cp1251_csv_is_mapped_previewed_and_imported_skipping_its_bad_row(qtbot, import_window: MainWindow,
                                                                              tmp_path: Path) -> None:  # noqa: ANN001
    tab = import_window.open_object(PRODUCT)
    assert tab is not None
    shown_before = tab.model.rowCount()
    path = cp1251_csv(tmp_path, ["Name;Unit;Cena", "Чай зелёный;кг;1 234,50", "Кофе;кг;abc", "Сахар;кг;3,20"])
    wizard = open_wizard(import_window)
    assert wizard.job.object_id == PRODUCT  # the current table's object
    read_file(qtbot, wizard, path)
    page = wizard.file_page
    assert (page.encoding_combo.currentData(), page.delimiter_combo.currentData()) == ("cp1251", ";")
    assert "pl" in page.locale_combo.itemText(0) and page.status.text().startswith("Rows: 3, columns: 3")

    next_page(qtbot, wizard)
    mapping = wizard.mapping_page
    assert [mapping.field_combo(r).currentText() for r in range(3)] == ["Name", "Unit", "— leave out —"]
    assert "1 234,50" in mapping.table.item(2, 1).text()
    mapping.set_field("Cena", "Price")  # the user maps the Polish header by hand
    assert [c.field for c in wizard.job.mapping.columns] == [PRODUCT_NAME, 22, PRICE]
    assert not mapping.folder_edit.isVisible() and wizard.job.mapping.files is None  # no file field mapped

    next_page(qtbot, wizard)
    preview = wizard.preview_page
    assert preview.counts.text() == "Would create: 2, update: 0, skip: 1"
    model = preview.model
    assert model is not None and model.rowCount() == 3
    bad = model.index(model.row_of(3), 2 + 2)  # file row 3, column Cena
    assert bad.data() == "abc"
    assert "'abc'" in bad.data(Qt.ItemDataRole.ToolTipRole) and "number" in bad.data(Qt.ItemDataRole.ToolTipRole)
    assert bad.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(model.row_of(2), 4).data(Qt.ItemDataRole.ToolTipRole) is None  # a good cell has no reason
    preview.view.setCurrentIndex(bad)
    assert preview.details.text() == "row 3: Cena (Price): 'abc' is not a number"  # the current row's problems in full
    preview.only_problems.setChecked(True)
    assert model.rowCount() == 1 and model.index(0, 0).data() == "3" and model.index(0, 1).data() == "skip"

    next_page(qtbot, wizard)
    run = wizard.run_page
    assert run.skip_bad.isChecked()
    run.run_button.click()
    qtbot.waitUntil(lambda: wizard.job.result is not None, timeout=15000)
    assert run.outcome.text() == "Imported: created 2, updated 0, skipped 1."
    assert "row 3" in run.problems.toPlainText()
    assert prices(import_window)["Чай зелёный"] == Decimal("1234.50")
    assert "Кофе" not in prices(import_window)
    qtbot.waitUntil(lambda: tab.model.rowCount() == shown_before + 2, timeout=10000)  # the open table refreshed
    assert not run.run_button.isEnabled()  # an import runs once; undo or a new import from here


def test_all_or_nothing_refuses_a_file_with_a_problem_in_words(qtbot, import_window: MainWindow, tmp_path: Path) -> None:  # noqa: ANN001
    before = prices(import_window)
    path = cp1251_csv(tmp_path, ["Name;Price", "Новый;5", "Плохой;xyz"])
    wizard = open_wizard(import_window)
    read_file(qtbot, wizard, path)
    wizard.file_page.select_object(PRODUCT)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    wizard.run_page.all_or_nothing.setChecked(True)
    wizard.run_page.run_button.click()
    qtbot.waitUntil(lambda: "Nothing was imported" in wizard.run_page.outcome.text(), timeout=15000)
    assert "listed below" in wizard.run_page.outcome.text() and "Traceback" not in wizard.run_page.outcome.text()
    assert wizard.run_page.problems.toPlainText().startswith("row 3: Price")  # the problem in words, below
    assert prices(import_window) == before
    assert wizard.run_page.run_button.isEnabled()  # nothing happened: the user may choose to skip the bad row


def test_the_action_is_greyed_out_until_the_wizard_is_installed(window: MainWindow) -> None:
    assert window.actions["import"].text() == "&Import…" and not window.actions["import"].isEnabled()
