"""supasoft-admin report list / run on every backend: the .xlsx holds the same numbers (read back with openpyxl)
and number formats as the service's result, the .csv the same plain values; bad requests end in one line."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from supasoft.services.report_presets import SALES_BY_CLIENT, lite_reports
from supasoft.services.reports import ReportService
from supasoft.services.session import Session
from supasoft.services.setup import lite_ids
from tests.cli.cli_run import admin, assert_refused

pytestmark = pytest.mark.all_backends


@pytest.fixture
def target(lite: Session) -> Iterator[str]:
    yield lite.storage.database.url if lite.storage.kind == "firebird" else str(lite.storage.database.path)


def test_list_names_the_shipped_reports(target: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = admin(capsys, "--database", target, "report", "list")
    assert code == 0, err
    assert "Sales by client\tOrder lines\tshared" in out and "Open tasks by assignee" in out


def test_xlsx_holds_the_reports_numbers_and_formats(lite: Session, target: str, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    out_file = tmp_path / "sales.xlsx"
    code, out, err = admin(capsys, "--database", target, "report", "run", "sales BY client", "--out", str(out_file))
    assert code == 0, err
    spec = next(s for s in lite_reports(lite.configuration.config, lite_ids(lite)) if s.name == SALES_BY_CLIENT)
    result = ReportService(lite.records).run(spec)
    sheet = openpyxl.load_workbook(out_file).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:4] == ("Client", "Number of records", "Sum of Cost", "Sum of Cost, share of total")
    body = {row[0]: row[1:] for row in rows[1:]}
    for header in result.rows:
        count, total, share = result.value(header.key, ())
        got = body[header.labels[0]]
        assert (got[0], Decimal(str(got[1])), round(Decimal(str(got[2])), 9)) == (count, total, share)
    assert body["Total"][0] == result.value((), ())[0] and Decimal(str(body["Total"][1])) == result.value((), ())[1]
    assert sheet.cell(row=2, column=3).number_format == "#,##0.00" and sheet.cell(row=2, column=4).number_format == "0.0%"
    import zipfile

    with zipfile.ZipFile(out_file) as book:  # the chart as saved with the report, as a picture under the table
        pictures = [book.read(n) for n in book.namelist() if n.startswith("xl/media/")]
    assert len(pictures) == 1 and pictures[0].startswith(b"\x89PNG")


def test_csv_with_a_parameter(lite: Session, target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from supasoft.core.reports.spec import Grouping, Measure, Param, ReportSpec
    from supasoft.services.report_library import ReportLibrary

    ids = lite_ids(lite)
    ReportLibrary(lite.records).save(ReportSpec(
        ids["payment"], rows=[Grouping((ids["payment.date"],), "year")], measures=[Measure(), Measure((ids["payment.amount"],), "sum")],
        params=[Param("period", (ids["payment.date"],))], name="Paid"))
    out_file = tmp_path / "paid.csv"
    code, out, err = admin(capsys, "--database", target, "report", "run", "Paid", "--param", "period=2000-01-01..2000-12-31",
                           "--out", str(out_file))
    assert code == 0, err
    with out_file.open(encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle))
    assert lines == [["Date (year)", "Number of records", "Sum of Amount"], ["Total", "0", ""]]
    code, out, err = admin(capsys, "--database", target, "report", "run", "Paid", "--out", str(out_file))
    assert code == 0, err
    with out_file.open(encoding="utf-8-sig", newline="") as handle:
        total = list(csv.reader(handle))[-1]
    everything = ReportService(lite.records).run(ReportLibrary(lite.records).load(ReportLibrary(lite.records).find("Paid").id))
    assert total == ["Total", str(everything.value((), ())[0]), format(everything.value((), ())[1], "f")]


def test_pdf_holds_the_table_on_numbered_pages_and_the_chart(lite: Session, target: str, tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    from tests.ui.reports.pdf_read import pdf_images, pdf_page_texts

    out_file = tmp_path / "sales.pdf"
    code, out, err = admin(capsys, "--database", target, "report", "run", "Sales by client", "--out", str(out_file))
    assert code == 0, err
    texts = pdf_page_texts(out_file)
    assert f"{len(texts)} pages" in out and texts
    spec = next(s for s in lite_reports(lite.configuration.config, lite_ids(lite)) if s.name == SALES_BY_CLIENT)
    result = ReportService(lite.records).run(spec)
    everything = "".join(texts)
    assert everything.startswith("Salesbyclient")  # the title
    assert "Client" in everything and "SumofCost" in everything  # the column headers
    for header in result.rows:  # every client, on some page
        assert header.labels[0].replace(" ", "") in everything, header.labels
    count, cost, _share = result.value((), ())
    assert f"Total{count}{cost:,.2f}".replace(" ", "") in everything  # the grand total line, as on screen
    for number, text in enumerate(texts, start=1):
        assert text.endswith(f"Salesbyclient·Page{number}of{len(texts)}"), text[-60:]
    assert pdf_images(out_file) >= 1  # the chart


@pytest.mark.parametrize("argv, message", [
    (["run", "No such report", "--out", "x.csv"], "There is no report named No such report"),
    (["run", "Paid", "--out", "x.txt"], "--out must end with .xlsx, .csv or .pdf"),
    (["run", "Sales by month", "--param", "oops", "--out", "x.csv"], "write it as name=value"),
    (["run", "Sales by month", "--param", "period=1..2", "--out", "x.csv"], "The report has no parameter period"),
])
def test_bad_requests_end_in_one_line(target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str],
                                      message: str) -> None:
    argv = [str(tmp_path / a) if a.startswith("x.") else a for a in argv]
    code, _out, err = admin(capsys, "--database", target, "report", *argv)
    assert_refused(code, err, message)


def test_a_pdf_names_the_referenced_record_its_filter_picks(lite: Session, target: str, tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    from supasoft.core.meta import Condition, FilterGroup
    from supasoft.core.reports.spec import Grouping, Measure, ReportSpec
    from supasoft.services.report_library import ReportLibrary
    from tests.ui.reports.pdf_read import pdf_page_texts

    ids = lite_ids(lite)
    client = lite.records.new(ids["client"])
    client.values[ids["client.name"]] = "Hurtownia Zielona"
    client_id = lite.records.save(client).id
    ReportLibrary(lite.records).save(ReportSpec(
        ids["payment"], rows=[Grouping((ids["payment.date"],), "year")], measures=[Measure()],
        filter=FilterGroup("and", [Condition((ids["payment.client"],), "eq", client_id)]), name="Paid by one"))
    out_file = tmp_path / "paid.pdf"
    code, _out, err = admin(capsys, "--database", target, "report", "run", "Paid by one", "--out", str(out_file))
    assert code == 0, err
    everything = "".join(pdf_page_texts(out_file))
    assert "HurtowniaZielona" in everything and f"equals{client_id}" not in everything
