"""Files to import are read as headers and rows: .xlsx (cached formula values, trailing empty rows left out),
.csv in UTF-8 (with or without BOM), cp1250 or cp1251 with ; , tab or | and each column's decimal comma and date
order detected; junk files are refused in words."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from supasoft.services.import_encoding import decode
from supasoft.services.import_read import ImportReadError, column_locale, read_table
from supasoft.storage.import_source import ImportSourceError


def write_xlsx(path: Path, sheets: dict[str, list[list]]) -> Path:
    wb = Workbook()
    wb.remove(wb.active)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    wb.save(path)
    return path


def with_cached_value(path: Path, formula: str, value: str) -> None:
    """What Excel or LibreOffice store: the formula and its last computed value."""
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(f"<f>{formula}</f><v></v>".encode(), f"<f>{formula}</f><v>{value}</v>".encode())
            dst.writestr(item, data)
    tmp.replace(path)


def test_xlsx_first_sheet_cached_formula_values_and_no_trailing_empty_rows(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "a.xlsx", {"Clients": [["Name", "Qty", "Double", None], ["Acme", 2, "=B2*2"],
                                                         ["Bolt", 3.5, None], [None, None], [None]],
                                            "Other": [["x"], [1]]})
    with_cached_value(path, "B2*2", "4")
    table = read_table(path)
    assert table.headers == ["Name", "Qty", "Double"]
    assert table.rows == [["Acme", 2, 4], ["Bolt", 3.5, None]]
    assert table.row_numbers == [2, 3]
    assert read_table(path, sheet="Other").rows == [[1]]
    with pytest.raises(ImportReadError, match="There is no sheet 'Nope' in a.xlsx: Clients, Other"):
        read_table(path, sheet="Nope")


def test_xlsx_dates_stay_dates(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "d.xlsx", {"S": [["When"], [dt.datetime(2025, 3, 14)]]})
    assert read_table(path).rows == [[dt.datetime(2025, 3, 14)]]


@pytest.mark.parametrize(("encoding", "text"), [
    ("utf-8", "Nazwa;Miasto\nŻółć sp. z o.o.;Łódź\n"),
    ("utf-8-sig", "Nazwa;Miasto\nŻółć sp. z o.o.;Łódź\n"),
    ("cp1250", "Nazwa;Miasto\nŻółć sp. z o.o.;Łódź\nGęś;Kraków\n"),
    ("cp1251", "Название;Город\nООО Ромашка;Москва\nЁлка;Санкт-Петербург\n"),
])
def test_csv_encodings_are_detected(tmp_path: Path, encoding: str, text: str) -> None:
    path = tmp_path / "c.csv"
    path.write_bytes(text.encode(encoding))
    table = read_table(path)
    assert table.encoding == encoding
    lines = [line.split(";") for line in text.splitlines()]
    assert table.headers == lines[0] and table.rows == lines[1:]


def test_cp1250_and_cp1251_are_told_apart_by_their_letters() -> None:
    assert decode("Łódź, Gdańsk, Świętochłowice".encode("cp1250"))[1] == "cp1250"
    assert decode("Ростов-на-Дону, Чебоксары".encode("cp1251"))[1] == "cp1251"


@pytest.mark.parametrize("delimiter", [";", ",", "\t", "|"])
def test_csv_delimiters_are_detected(tmp_path: Path, delimiter: str) -> None:
    path = tmp_path / "c.csv"
    rows = [["Name", "City", "Price"], ["Acme", "Paris", "12.5"], ["Bolt", "Rome", "3"], ["Cog", "Oslo", "7.25"]]
    path.write_text("\n".join(delimiter.join(r) for r in rows) + "\n", encoding="utf-8")
    table = read_table(path)
    assert table.delimiter == delimiter and table.headers == rows[0] and table.rows == rows[1:]


def test_each_columns_decimal_comma_and_date_order_are_detected() -> None:
    assert column_locale(["1 234,56", "7,5", None]) == "pl"
    assert column_locale(["1234.56", "7.5"]) == "en"
    assert column_locale(["01.02.2025", "13.02.2025"]) == "pl"  # a 13 in the first part: day first
    assert column_locale(["01/02/2025", "02/13/2025"]) == "en_US"  # a 13 in the second part: month first
    assert column_locale(["Acme", "42"]) == "en"


@pytest.mark.parametrize(("name", "data", "message"), [
    ("bad.xlsx", b"PK-not really a zip", "bad.xlsx is not an .xlsx workbook"),
    ("empty.csv", b"", "empty.csv is empty"),
    ("blank.csv", b"\n\n  \n", "blank.csv is empty"),
    ("binary.csv", b"\x00\x01\x02binary", "binary.csv is not a text (CSV) file"),
])
def test_junk_files_are_refused_in_words(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ImportReadError, match=re.escape(message)):
        read_table(path)


def test_a_broken_zip_named_xlsx_and_a_missing_file_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "fake.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("hello.txt", "not a workbook")
    with pytest.raises(ImportReadError, match="fake.xlsx is not an .xlsx workbook"):
        read_table(path)
    with pytest.raises(ImportReadError, match="There is no file"):
        read_table(tmp_path / "none.csv")
    with pytest.raises(ImportSourceError, match="not an SQLite database"):
        read_table(path, table="x")


def test_ragged_csv_rows_are_problems_with_their_row_number(tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    path.write_text("Name;City\nAcme;Paris\nBolt\nCog;Oslo;extra\n", encoding="utf-8")
    table = read_table(path)
    assert table.rows == [["Acme", "Paris"]]
    assert [(p.row, str(p.message)) for p in table.problems] == [
        (3, "the row has 1 cells, the header has 2"), (4, "the row has 3 cells, the header has 2")]


def test_formula_looking_text_in_an_xlsx_stays_text(tmp_path: Path) -> None:
    """A text cell (as our export writes one) is read as its text, not as a formula or its missing value."""
    from openpyxl.cell import WriteOnlyCell

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("S")
    ws.append(["Notes"])
    cell = WriteOnlyCell(ws, value=None)
    cell.value = "=cmd|' /C calc'!A0"
    cell.data_type = "s"
    ws.append([cell])
    path = tmp_path / "t.xlsx"
    wb.save(path)
    assert read_table(path).rows == [["=cmd|' /C calc'!A0"]]


def test_the_calamine_and_openpyxl_readers_give_the_same_cells(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from supasoft.services import import_read

    rows = [["Name", "Count", "Price", "When", "At", "Paid", "Note", None],
            ["Łódź", 3, 2.5, dt.datetime(2025, 3, 14), dt.datetime(2025, 3, 14, 9, 30), True, "=SUM(A1)", None],
            [None, -7, 1e15, None, None, False, "", None], [None, None, None, None, None, None, None, None]]
    path = write_xlsx(tmp_path / "t.xlsx", {"S": rows})
    fast = read_table(path)
    monkeypatch.setattr(import_read, "_has_calamine", lambda: False)
    slow = read_table(path)
    assert fast.headers == slow.headers == ["Name", "Count", "Price", "When", "At", "Paid", "Note"]
    assert fast.rows == slow.rows
    assert fast.rows[0] == ["Łódź", 3, 2.5, dt.datetime(2025, 3, 14), dt.datetime(2025, 3, 14, 9, 30), True, None]  # no cached value


def test_a_csv_converted_to_xlsx_by_libreoffice_reads_the_same(tmp_path: Path) -> None:
    import shutil
    import subprocess

    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        pytest.skip("LibreOffice is not installed")
    source = tmp_path / "clients.csv"
    source.write_text("Name,Count,Price\nŁódź,3,2.5\nKraków,-7,10\n", encoding="utf-8")
    subprocess.run([office, "--headless", "--norestore", f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
                    "--infilter=CSV:44,34,76,1", "--convert-to", "xlsx", "--outdir", str(tmp_path), str(source)],
                   check=True, capture_output=True, timeout=180)  # 44: comma, 34: quote, 76: UTF-8, 1: from line 1
    converted = read_table(tmp_path / "clients.xlsx")
    assert converted.headers == read_table(source).headers == ["Name", "Count", "Price"]
    assert converted.rows == [["Łódź", 3, 2.5], ["Kraków", -7, 10]]


def test_a_csv_read_with_the_encoding_and_delimiter_given(tmp_path: Path) -> None:
    from supasoft.services.importing import ImportService

    source = tmp_path / "clients.csv"
    source.write_bytes("Name;City,Note\nŁódź;Kraków,x\n".encode("cp1250"))
    detected = read_table(source)
    assert (detected.encoding, detected.delimiter, detected.headers) == ("cp1250", ",", ["Name;City", "Note"])
    service = ImportService(None)  # type: ignore[arg-type] - reading needs no records
    chosen = service.read(source, encoding="cp1251", delimiter=";")
    assert (chosen.encoding, chosen.delimiter, chosen.headers) == ("cp1251", ";", ["Name", "City,Note"])
    assert chosen.rows[0][0] != "Łódź"  # the code page the user chose, not the detected one
    assert service.read(source, encoding="cp1250", delimiter=";").rows == [["Łódź", "Kraków,x"]]


def test_the_service_lists_a_workbooks_sheets_and_a_databases_tables(tmp_path: Path) -> None:
    import sqlite3

    from openpyxl import Workbook

    from supasoft.services.importing import ImportService

    wb = Workbook()
    wb.active.title = "Orders"
    wb.create_sheet("Lines")
    wb.save(tmp_path / "old.xlsx")
    with sqlite3.connect(tmp_path / "old.db") as conn:
        conn.execute("CREATE TABLE Customers (id INTEGER)")
        conn.execute("CREATE VIEW Recent AS SELECT * FROM Customers")
    service = ImportService(None)  # type: ignore[arg-type] - listing needs no records
    assert [service.kind(tmp_path / n) for n in ("old.xlsx", "old.db", "a.csv")] == ["xlsx", "sqlite", "csv"]
    assert service.sheets(tmp_path / "old.xlsx") == ["Orders", "Lines"]
    assert service.tables(tmp_path / "old.db") == ["Customers", "Recent"]
