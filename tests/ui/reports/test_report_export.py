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


def test_the_workbook_holds_the_chart_as_drawn_below_the_table(qtbot, reports_window: MainWindow,  # noqa: ANN001
                                                               ids: dict[str, int], tmp_path: Path) -> None:
    import re
    import zipfile

    from PySide6.QtGui import QImage

    tab = new_report(qtbot, reports_window)
    build_sales_by_month(qtbot, tab, ids)
    tab.chart.set_kind("pie")  # the chart as the user left it, even while the table is in front
    target = tmp_path / "sales.xlsx"
    assert tab.export_to(target)
    with zipfile.ZipFile(target) as book:
        media = [n for n in book.namelist() if n.startswith("xl/media/")]
        assert len(media) == 1 and media[0].endswith(".png")
        picture = QImage.fromData(book.read(media[0]), "PNG")
        drawing = book.read(next(n for n in book.namelist() if n.startswith("xl/drawings/drawing"))).decode()
    assert picture.width() >= 200 and picture.height() >= 150
    assert len({picture.pixel(x, picture.height() // 2) for x in range(0, picture.width(), 4)}) > 2  # slices drawn
    rows = load_workbook(target).active.max_row
    anchor_row = int(re.search(r"<(?:xdr:)?from>.*?<(?:xdr:)?row>(\d+)<", drawing, re.S).group(1))  # 0-based
    assert anchor_row + 1 == rows + 3  # below the grand total, after two empty rows
    assert tab.export_to(tmp_path / "sales.csv")  # a .csv has no picture, and says nothing of one
