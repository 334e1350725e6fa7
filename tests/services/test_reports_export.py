"""A report written to .xlsx and .csv: every number of the result (cells, subtotals, totals) sits under its
row and column headers, with the measure's number format; read back with openpyxl and csv."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

import openpyxl

from supasoft.core.reports.spec import Grouping, Measure, ReportSpec
from supasoft.services.report_export import write_csv, write_xlsx
from supasoft.services.reports import ReportService
from supasoft.services.session import Session
from tests.helpers.report_data import build_sales


def test_every_number_lands_under_its_headers(session: Session, tmp_path: Path) -> None:
    ids = build_sales(session)
    spec = ReportSpec(ids["sale"], rows=[Grouping((ids["region"],)), Grouping((ids["sale.rep"],))],
                      columns=[Grouping((ids["day"],), "year")],
                      measures=[Measure(), Measure((ids["amount"],), "sum"), Measure((ids["day"],), "max")], name="Sales: all?")
    result = ReportService(session.records).run(spec)
    write_xlsx(result, tmp_path / "r.xlsx")
    write_csv(result, tmp_path / "r.csv")
    sheet = openpyxl.load_workbook(tmp_path / "r.xlsx").active
    grid = [list(row) for row in sheet.iter_rows(values_only=True)]
    with (tmp_path / "r.csv").open(encoding="utf-8-sig", newline="") as handle:
        plain = list(csv.reader(handle))
    assert sheet.title == "Sales  all " and len(plain) == len(grid)
    columns = [*result.column_lines(), None]  # the last column group is the grand total
    rows = [*result.row_lines(), None]
    assert len(grid) == 2 + len(rows)
    checked = 0
    for r, row in enumerate(rows):
        line = grid[2 + r]
        row_key = () if row is None else row.key
        if row is None:
            assert line[0] == "Total"
        elif len(row.key) == 1:
            assert line[:2] == [row.labels[0], "Total"]
        else:
            assert line[:2] == list(row.labels)
        for c, column in enumerate(columns):
            col_key = () if column is None else column.key
            values = result.value(row_key, col_key) or [None, None, None]
            start = 2 + 3 * c
            got = line[start:start + 3]
            want = [values[0], None if values[1] is None else float(values[1]), values[2]]
            got_date = got[2].date() if got[2] is not None else None
            assert [got[0], got[1], got_date] == want, (row_key, col_key)
            text = plain[2 + r][start:start + 3]
            assert text == ["" if v is None else (format(v, "f") if isinstance(v, Decimal) else str(v)) for v in values]
            checked += 1
    assert checked == len(rows) * len(columns)
    assert grid[0][2] == str(result.columns[0].labels[0]) and grid[1][:5] == ["Region", "Rep", "Number of records",
                                                                                 "Sum of Amount", "Maximum of Day"]
    assert sheet.cell(row=3, column=4).number_format == "#,##0.00" and sheet.cell(row=3, column=3).number_format == "#,##0"
