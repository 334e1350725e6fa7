"""Records → Export… writes the current view to a CSV file as well as .xlsx (the save dialog offers both), the CSV
read back by the import; a formula-like text stays text."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from supasoft.services.importing import ImportService
from supasoft.services.session import Session
from supasoft.shell.main_window import MainWindow
from supasoft.shell.table_ops import export_path


def test_the_current_view_goes_to_a_csv_file(qtbot, lite: Session, window: MainWindow, ids: dict[str, int],  # noqa: ANN001
                                             tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    clients = window.open_object(ids["client"])
    clients.search_now("Kraków")
    path = tmp_path / "view"
    asked: list[str] = []

    def save_name(_parent, _title, _start, filters):  # noqa: ANN001, ANN202 - QFileDialog's arguments
        asked.append(filters)
        return str(path), filters.split(";;")[1]  # the user picks the CSV filter and types a name without a suffix

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    clients.ask_export()
    written = tmp_path / "view.csv"
    assert "*.xlsx" in asked[0] and "*.csv" in asked[0]
    with written.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))
    assert rows[0][0] == "Code" and [r[1] for r in rows[1:]] == ["Zakład Stolarski Kowalski"]
    assert str(written) in clients.status.currentMessage()
    table = ImportService(lite.records).read(written)
    assert table.headers == rows[0] and len(table.rows) == 1


def test_a_typed_suffix_decides_the_format() -> None:
    assert export_path("/x/a.csv", as_csv=False) == "/x/a.csv"
    assert export_path("/x/a.XLSX", as_csv=True) == "/x/a.XLSX"
    assert export_path("/x/a", as_csv=True) == "/x/a.csv" and export_path("/x/a", as_csv=False) == "/x/a.xlsx"
