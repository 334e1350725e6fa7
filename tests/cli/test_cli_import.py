"""supasoft-admin import on every backend: an .xlsx made with openpyxl, a table of another SQLite database with
old keys, a dry run, upsert on a key, problems listed with their rows, junk files refused in one line."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook

from supasoft.core.meta import FieldDef
from supasoft.services.record_model import ListQuery
from supasoft.services.session import Session
from tests.cli.cli_run import admin, assert_refused

pytestmark = pytest.mark.all_backends

PRODUCT, PRODUCT_NAME, PRICE = 20, 21, 23


@pytest.fixture
def target(lite: Session) -> Iterator[str]:
    yield lite.storage.database.url if lite.storage.kind == "firebird" else str(lite.storage.database.path)


def products_xlsx(path: Path, rows: list[list]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Cennik"
    ws.append(["Nazwa", "Unit", "PRICE", "Ignored column"])
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def prices(lite: Session) -> dict[str, Decimal]:
    rows = lite.records.list(PRODUCT, ListQuery(columns=[(PRODUCT_NAME,), (PRICE,)], limit=10000))
    return {r.cells[0]: r.cells[1] for r in rows}


def test_dry_run_then_import_then_upsert_from_an_xlsx(lite: Session, target: str, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    path = products_xlsx(tmp_path / "p.xlsx", [["Ławka", "pcs", 120.5, "x"], ["Stół", "pcs", 300, None]])
    before = lite.records.count(PRODUCT)
    code, out, err = admin(capsys, "--database", target, "import", "Products", str(path), "--sheet", "Cennik",
                           "--map", "Nazwa=Name", "--dry-run")
    assert code == 0, err
    assert "column 'Nazwa' -> Name" in out and "column 'Ignored column' -> -" in out
    assert "would create 2, update 0, skip 0" in out
    assert lite.records.count(PRODUCT) == before
    code, out, err = admin(capsys, "--database", target, "import", "Products", str(path), "--map", "Nazwa=Name")
    assert code == 0, err
    assert "created 2, updated 0, skipped 0" in out
    assert prices(lite)["Ławka"] == Decimal("120.50")
    path = products_xlsx(tmp_path / "p2.xlsx", [["ŁAWKA", "pcs", 99, None], ["Krzesło", "pcs", 50, None]])
    code, out, err = admin(capsys, "--database", target, "import", "products", str(path), "--map", "Nazwa=Name",
                           "--mode", "upsert", "--key", "name")
    assert code == 0, err
    assert "created 1, updated 1, skipped 0" in out
    assert prices(lite)["Ławka"] == Decimal("99.00") and prices(lite)["Krzesło"] == Decimal("50.00")


def test_problems_are_listed_and_nothing_is_imported_unless_skip_bad(lite: Session, target: str, tmp_path: Path,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "p.csv"
    path.write_text("Name;Price\nGood one;1,5\nBad one;abc\n;2\n", encoding="utf-8")
    before = lite.records.count(PRODUCT)
    code, out, err = admin(capsys, "--database", target, "import", "Products", str(path))
    assert code == 1
    assert "row 3: Price: 'abc' is not a number" in out and "row 4: Name: is required" in out
    assert "nothing imported: 2 row(s) with problems" in out
    assert lite.records.count(PRODUCT) == before
    code, out, err = admin(capsys, "--database", target, "import", "Products", str(path), "--skip-bad")
    assert code == 0, err
    assert "created 1, updated 0, skipped 2" in out
    assert lite.records.count(PRODUCT) == before + 1


def test_a_table_of_another_sqlite_database_with_references_by_an_old_key(lite: Session, target: str, tmp_path: Path,
                                                                          capsys: pytest.CaptureFixture[str]) -> None:
    lite.configuration.add_field(PRODUCT, FieldDef(0, "Old ID", "integer", unique=True))
    old = tmp_path / "old.sqlite"
    conn = sqlite3.connect(old)
    conn.executescript("CREATE TABLE goods (id INTEGER, title TEXT, cost REAL);"
                       "INSERT INTO goods VALUES (7, 'Chai', 18.0), (8, 'Chang', 19.0);"
                       "CREATE TABLE lines (good INTEGER, qty INTEGER); INSERT INTO lines VALUES (8, 3);")
    conn.commit()
    conn.close()
    code, out, err = admin(capsys, "--database", target, "import", "Products", str(old), "--table", "goods",
                           "--map", "id=Old ID", "--map", "title=Name", "--map", "cost=Price")
    assert code == 0, err
    assert "created 2" in out and prices(lite)["Chang"] == Decimal("19.00")
    order = lite.records.list(24, ListQuery(limit=1))[0]
    conn = sqlite3.connect(old)
    conn.execute("ALTER TABLE lines ADD COLUMN ord TEXT")
    conn.execute("UPDATE lines SET ord = ?", (order.code,))
    conn.commit()
    conn.close()
    total_before = lite.records.get(24, order.id).values[37] or 0
    code, out, err = admin(capsys, "--database", target, "import", "Order lines", str(old), "--table", "lines",
                           "--map", "good=Product@Old ID", "--map", "qty=Quantity", "--map", "ord=Order")
    assert code == 0, err
    assert "created 1" in out
    assert lite.records.get(24, order.id).values[37] == total_before + Decimal("19.00") * 3  # price taken from the product


@pytest.mark.parametrize(("name", "data", "message"), [
    ("fake.xlsx", b"not a zip", "fake.xlsx is not an .xlsx workbook"),
    ("empty.csv", b"", "empty.csv is empty"),
])
def test_junk_files_are_refused_in_one_line(target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                            name: str, data: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    code, out, err = admin(capsys, "--database", target, "import", "Products", str(path))
    assert_refused(code, err, message)


def test_unknown_objects_columns_and_fields_are_named(target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "p.csv"
    path.write_text("Name;Price\nA;1\n", encoding="utf-8")
    assert_refused(*admin(capsys, "--database", target, "import", "Nothing", str(path))[::2], "There is no object named 'Nothing'")
    assert_refused(*admin(capsys, "--database", target, "import", "Products", str(path), "--map", "Cost=Price")[::2],
                   "The file has no column 'Cost'")
    assert_refused(*admin(capsys, "--database", target, "import", "Products", str(path), "--map", "Price=Weight")[::2],
                   "Product has no field 'Weight'")
    assert_refused(*admin(capsys, "--database", target, "import", "Products", str(path), "--mode", "update")[::2],
                   "Updating needs one or more key fields")


def test_an_error_file_fixed_imports_again_and_an_import_is_undone_by_its_number(
        lite: Session, target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "p.csv"
    path.write_text("Old code;Name;Price\n4100;Good one;1,5\n4101;Bad one;abc\n", encoding="utf-8")
    errors = tmp_path / "errors.csv"
    before = lite.records.count(PRODUCT)
    code, out, err = admin(capsys, "--database", target, "import", "Products", str(path), "--codes-from", "Old code",
                           "--errors", str(errors))
    assert code == 1 and "1 row(s) with problems written to" in out
    assert lite.records.count(PRODUCT) == before
    fixed = errors.read_text(encoding="utf-8-sig").replace(";abc;", ";2,5;")
    assert fixed.splitlines()[0] == "Old code;Name;Price;Row;Reason"
    errors.write_text(fixed, encoding="utf-8")
    code, out, err = admin(capsys, "--database", target, "import", "Products", str(errors), "--codes-from", "Old code")
    assert code == 0, err
    assert "created 1, updated 0, skipped 0" in out and "import number 1" in out
    assert prices(lite)["Bad one"] == Decimal("2.50")
    assert "P-4101" in {r.code for r in lite.records.list(PRODUCT, ListQuery(limit=10000))}
    code, out, err = admin(capsys, "--database", target, "import", "--undo", "1")
    assert code == 0, err
    assert "import 1 undone: 1 record(s) moved to the trash, 0 given their earlier values" in out
    assert "undoing import 1: 1 of 1 record(s)" in err  # progress on stderr
    assert lite.records.count(PRODUCT) == before
    code, out, err = admin(capsys, "--database", target, "import", "--undo", "1")
    assert_refused(code, err, "Import number 1 was already undone")
    code, out, err = admin(capsys, "--database", target, "import")
    assert_refused(code, err, "Name the OBJECT and the FILE to import (or --undo N)")


def test_orders_and_their_lines_from_two_sheets_in_one_run(lite: Session, target: str, tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    from tests.services.test_import_apply import CLIENT, NAME, ORDER, TOTAL
    from tests.services.test_import_details import workbook

    client = lite.records.list(CLIENT, ListQuery(columns=[(NAME,)], limit=1))[0].cells[0]
    products = sorted(prices(lite))[:2]
    path = workbook(tmp_path / "old.xlsx", client, products, [[7001, products[0], 10, 2], [7002, products[1], 5, 1]])
    code, out, err = admin(capsys, "--database", target, "import", "Orders", str(path), "--sheet", "Orders",
                           "--codes-from", "Order number", "--details", "Order lines", "--details-sheet", "Lines",
                           "--link", "Order number")
    assert code == 0, err
    assert "created 2, updated 0, detail rows created 2" in out
    totals = {r.code: r.cells[0] for r in lite.records.list(ORDER, ListQuery(columns=[(TOTAL,)], limit=10000))}
    code_text = lite.records.obj(ORDER).format_code
    assert totals[code_text(7001)] == Decimal("20") and totals[code_text(7002)] == Decimal("5")


def test_orders_and_lines_with_problems_are_listed_apart_and_written_to_the_error_file(
        lite: Session, target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from openpyxl import load_workbook

    from tests.services.test_import_apply import CLIENT, NAME
    from tests.services.test_import_details import workbook

    client = lite.records.list(CLIENT, ListQuery(columns=[(NAME,)], limit=1))[0].cells[0]
    products = sorted(prices(lite))[:1]
    path = workbook(tmp_path / "old.xlsx", client, products, [[7001, products[0], 10, 2], [7002, "No such product", 5, 1]])
    errors = tmp_path / "errors.xlsx"
    code, out, _err = admin(capsys, "--database", target, "import", "Orders", str(path), "--sheet", "Orders",
                            "--details", "Order lines", "--details-sheet", "Lines", "--link", "Order number",
                            "--skip-bad", "--errors", str(errors))
    assert code == 1
    listed = out.splitlines()
    lines_heading = listed.index(f"{lite.records.obj(30).plural}:")
    assert listed[lines_heading + 1].startswith("  row 3: Product")  # the Lines sheet's row, under its object
    assert "--skip-bad does not apply with --details" in out
    assert f"0 row(s) and 1 detail row(s) with problems written to {errors}" in out
    book = load_workbook(errors)
    assert [c.value for c in book["Details"][2]][:2] == [7002, "No such product"]
