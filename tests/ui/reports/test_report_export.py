"""Exporting the report on screen: an .xlsx with the same numbers and totals, and a plain .csv."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

from openpyxl import load_workbook

from supasoft.shell.main_window import MainWindow
from tests.ui.reports.test_report_designer import build_sales_by_month, new_report


def test_export_to_xlsx_and_csv_has_the_screens_numbers(qtbot, reports_window: MainWindow, ids: dict[str, int],  # noqa: ANN001
                                                        tmp_path: Path) -> None:
    tab = new_report(qtbot, reports_window)
    build_sales_by_month(qtbot, tab, ids)
    total_sum, total_count = tab.result.value((), ())
    target = tmp_path / "sales"  # no suffix: a workbook
    assert tab.export_to(target)
    sheet = load_workbook(tmp_path / "sales.xlsx").active
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    last = [v for v in rows[-1] if v not in (None, "")]
    assert Decimal(str(last[-2])) == total_sum and last[-1] == total_count
    data_rows = [r for r in rows if isinstance(r[-1], int)]
    assert len(data_rows) == len(tab.result.rows) + 1  # every month and the grand total
    assert tab.export_to(tmp_path / "sales.csv")
    with (tmp_path / "sales.csv").open(encoding="utf-8-sig") as handle:
        lines = list(csv.reader(handle))
    assert Decimal(lines[-1][-2]) == total_sum and int(lines[-1][-1]) == total_count
