"""One source picker serves both file choices of the wizard: the detail rows' own CSV file gets the same detected
encoding and delimiter, overridable and read again, as the imported file."""

from __future__ import annotations

from pathlib import Path

from supasoft.importer.source_picker import SourcePicker
from supasoft.shell.main_window import MainWindow
from tests.ui.importer.conftest import cp1251_csv, open_wizard
from tests.ui.importer.test_import_sources import choose
from tests.ui.importer.test_import_wizard import next_page, read_file

ORDER, LINE = 24, 30


def test_the_detail_rows_csv_has_the_same_encoding_and_delimiter_choice(qtbot, import_window: MainWindow, tmp_path: Path) -> None:  # noqa: ANN001
    orders = cp1251_csv(tmp_path, ["OrderID;Date", "10248;04.07.1996"], name="orders.csv")
    lines = cp1251_csv(tmp_path, ["OrderID;Товар;Количество", "10248;Чай;12"], name="lines.csv")
    wizard = open_wizard(import_window)
    wizard.file_page.select_object(ORDER)
    read_file(qtbot, wizard, orders)
    next_page(qtbot, wizard)
    wizard.mapping_page.details.setChecked(True)
    next_page(qtbot, wizard)
    details = wizard.details_page
    assert isinstance(details.picker, SourcePicker) and isinstance(wizard.file_page.picker, SourcePicker)
    assert not details.picker.encoding_combo.isVisibleTo(details)  # no file yet: nothing to choose
    details.set_path(lines)
    qtbot.waitUntil(lambda: wizard.job.detail_source is not None, timeout=10000)
    picker = details.picker
    assert picker.encoding_combo.isVisibleTo(details) and not picker.table_combo.isVisibleTo(details)
    assert (picker.encoding_combo.currentData(), picker.delimiter_combo.currentData()) == ("cp1251", ";")
    assert wizard.job.detail_source.headers == ["OrderID", "Товар", "Количество"] and wizard.job.link_column == "OrderID"
    choose(picker.delimiter_combo, "Comma ,")
    qtbot.waitUntil(lambda: wizard.job.detail_source is not None and len(wizard.job.detail_source.headers) == 1, timeout=10000)
    choose(picker.delimiter_combo, "Semicolon ;")
    qtbot.waitUntil(lambda: wizard.job.detail_source is not None and len(wizard.job.detail_source.headers) == 3, timeout=10000)
    assert wizard.job.link_column == "OrderID" and details.object_combo.currentData() == LINE
