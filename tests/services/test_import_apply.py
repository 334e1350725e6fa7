"""Imports write through the record services on every backend: create, update and upsert on key fields (text
without case), references by display text, Code or an old key, choices without case; all or nothing, or bad rows
skipped and reported; junk values are problems and import nothing; formulas and totals stay current."""

from __future__ import annotations

import datetime as dt
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest

from supasoft.core.errors import NotFound, PermissionDenied
from supasoft.core.messages import translate
from supasoft.core.meta import FieldDef
from supasoft.services.importing import ImportRefused, ImportService
from supasoft.services.record_model import ListQuery
from supasoft.services.session import Session

pytestmark = pytest.mark.all_backends

CLIENT, NAME = 1, 3
PRODUCT, PRODUCT_NAME, PRICE = 20, 21, 23
ORDER, ORDER_CLIENT, ORDER_DATE, STATUS, TOTAL, ORDER_NOTES = 24, 25, 27, 28, 37, 38
LINE, LINE_ORDER, LINE_PRODUCT, LINE_PRICE, QUANTITY = 30, 31, 33, 34, 35


def csv_file(tmp_path: Path, text: str, encoding: str = "utf-8", name: str = "in.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def run(s: Session, path: Path, object_name: str, **options):
    service = ImportService(s.records)
    table = service.read(path, table=options.pop("table", None))
    mapping = service.mapping(object_name, table.headers, mode=options.pop("mode", "create"), keys=options.pop("keys", None),
                              overrides=options.pop("overrides", None))
    preview = service.preview(table, mapping)
    return preview, (lambda **kw: service.apply(preview, **kw))


def names(s: Session, object_id: int, field_id: int) -> list:
    return sorted(str(r.cells[0]) for r in s.records.list(object_id, ListQuery(columns=[(field_id,)], limit=10000)))


def test_orders_from_a_cp1251_csv_with_references_by_name_choices_without_case_and_day_first_dates(lite: Session, tmp_path: Path) -> None:
    client = lite.records.list(CLIENT, ListQuery(columns=[(NAME,)], limit=1))[0]
    text = f"Клиент;Client;Date;Status;Notes\nx;{client.cells[0].upper()};14.03.2025;paid;Сумма 1 234,50\n" \
           f"x;{client.code};01.02.2025;NEW;=cmd|' /C calc'!A0\n"
    path = csv_file(tmp_path, text, "cp1251")
    preview, apply = run(lite, path, "orders")
    assert preview.problems == [] and preview.counts == {"create": 2, "update": 0, "skip": 0}
    created = apply().created
    first, second = (lite.records.get(ORDER, i) for i in created)
    assert first.values[ORDER_CLIENT] == client.id and second.values[ORDER_CLIENT] == client.id  # by name, by Code
    assert first.values[ORDER_DATE] == dt.date(2025, 3, 14) and second.values[ORDER_DATE] == dt.date(2025, 2, 1)
    assert (first.values[STATUS], second.values[STATUS]) == ("Paid", "New")
    assert first.values[ORDER_NOTES] == "Сумма 1 234,50"
    assert second.values[ORDER_NOTES] == "=cmd|' /C calc'!A0"  # formula-looking text stays text


def test_upsert_on_a_text_key_without_case_updates_and_creates(lite: Session, tmp_path: Path) -> None:
    existing = names(lite, PRODUCT, PRODUCT_NAME)
    target = existing[0]
    before = lite.records.count(PRODUCT)
    path = csv_file(tmp_path, f"Name,Price\n{target.upper()},99.90\nBrand new thing,5\n")
    preview, apply = run(lite, path, "Products", mode="upsert", keys=["name"])
    assert preview.counts == {"create": 1, "update": 1, "skip": 0}
    result = apply()
    assert result.counts == {"created": 1, "updated": 1, "skipped": 0}
    assert lite.records.count(PRODUCT) == before + 1
    assert lite.records.get(PRODUCT, result.updated[0]).values[PRICE] == Decimal("99.90")
    assert lite.records.get(PRODUCT, result.updated[0]).values[PRODUCT_NAME] == target  # the key's text was not retyped
    assert result.history is not None and result.history[0] <= result.history[1]  # undo reads the earlier price there


def test_update_by_code_changes_the_order_total_through_its_lines(lite: Session, tmp_path: Path) -> None:
    line = lite.records.list(LINE, ListQuery(columns=[(LINE_ORDER,), (QUANTITY,), (LINE_PRICE,)], limit=1))[0]
    order_id = line.cells[0].id
    path = csv_file(tmp_path, f"Code;Quantity\n{line.code.lower()};7\nL-999999;1\n")
    preview, apply = run(lite, path, "Order lines", mode="update", keys=["Code"])
    assert preview.counts == {"create": 0, "update": 1, "skip": 1}
    assert [str(p) for p in preview.problems] == ["row 3: no record has this key"]
    result = apply(skip_bad=True)
    assert result.counts == {"created": 0, "updated": 1, "skipped": 1}
    lines = lite.records.children(ORDER, order_id, 32)
    expected = sum((ln.values[LINE_PRICE] or 0) * (ln.values[QUANTITY] or 0) for ln in lines)
    assert lite.records.get(LINE, line.id).values[QUANTITY] == Decimal(7)
    assert lite.records.get(ORDER, order_id).values[TOTAL] == expected


def test_junk_values_are_problems_and_all_or_nothing_imports_nothing(lite: Session, tmp_path: Path) -> None:
    client = lite.records.list(CLIENT, ListQuery(columns=[(NAME,)], limit=1))[0].cells[0]
    path = csv_file(tmp_path, f"Client;Date;Status\n{client};31.02.2025;New\n{client};01.03.2025;Lost\n"
                              f"Nobody at all;01.03.2025;New\n{client};02.03.2025;New\n")
    before = lite.records.count(ORDER)
    preview, apply = run(lite, path, "Order")
    problems = [(p.row, p.column, str(p.message)) for p in preview.problems]
    assert problems == [(2, "Date", "'31.02.2025' is not a date (use YYYY-MM-DD or DD.MM.YYYY)"),
                        (3, "Status", "'Lost' is not one of: New, Confirmed, Shipped, Paid, Cancelled"),
                        (4, "Client", "no client matches 'Nobody at all'")]
    assert preview.counts == {"create": 1, "update": 0, "skip": 3}
    with pytest.raises(ImportRefused, match="Nothing was imported: 3 problem"):
        apply()
    assert lite.records.count(ORDER) == before
    result = apply(skip_bad=True)
    assert result.counts == {"created": 1, "updated": 0, "skipped": 3}
    assert lite.records.count(ORDER) == before + 1


def test_a_huge_number_and_a_ragged_row_import_nothing(lite: Session, tmp_path: Path) -> None:
    path = csv_file(tmp_path, "Name;Price\nA;1e400\nB;2;extra\nC;3\n")
    before = lite.records.count(PRODUCT)
    preview, apply = run(lite, path, "Products")
    assert [(p.row, str(p.message)) for p in preview.problems] == [(3, "the row has 3 cells, the header has 2"),
                                                                    (2, "'1e400' is too large")]
    with pytest.raises(ImportRefused):
        apply()
    assert lite.records.count(PRODUCT) == before


def test_skip_bad_rows_in_batches_with_progress_and_cancel(lite: Session, tmp_path: Path) -> None:
    rows = "\n".join(f"Batch item {n};{n},5" for n in range(25))
    path = csv_file(tmp_path, f"Name;Price\n{rows}\nBatch item 3;1\n")
    before = lite.records.count(PRODUCT)
    preview, apply = run(lite, path, "Products")
    assert [str(p) for p in preview.problems] == ["row 27: Name: the same value as row 5"]
    seen: list[tuple[int, int]] = []
    result = apply(skip_bad=True, batch=10, progress=lambda done, total: seen.append((done, total)),
                   cancelled=lambda: len(seen) >= 2)
    assert result.cancelled and len(result.created) == 20  # two batches committed, then cancelled
    assert lite.records.count(PRODUCT) == before + 20
    assert lite.records.get(PRODUCT, result.created[1]).values[PRICE] == Decimal("1.50")


def test_a_user_who_may_not_change_a_field_is_refused_that_column(db_path: Path | str, tmp_path: Path) -> None:
    from supasoft.services.session import open_session

    s = open_session(db_path)
    cfg = s.configuration
    client = cfg.add_object("Client", "Clients").id
    cfg.add_field(client, FieldDef(0, "Name", "string"))
    notes = cfg.add_field(client, FieldDef(0, "Notes", "string")).id
    s.users.sleep = lambda seconds: None
    s.users.create_user("admin", "correct horse", "Admin")
    anna = s.users.create_user("anna", "correct horse", "Anna")
    s.users.grant(("user", anna), client, "full")
    s.users.grant_field(("user", anna), client, notes, "read_only")
    s.close()
    s = open_session(db_path, login="anna", password="correct horse")
    try:
        path = csv_file(tmp_path, "Name;Notes\nAcme;secret\n")
        with pytest.raises(PermissionDenied, match="You may not change Notes: leave the column Notes out of the import"):
            run(s, path, "Clients")
        preview, apply = run(s, path, "Clients", overrides=["Notes="])
        assert apply().counts["created"] == 1
    finally:
        s.close()


def old_database(path: Path) -> Path:
    """Another program's database: its own keys, dates with a time part, orders with lines."""
    conn = sqlite3.connect(path)
    conn.executescript("""
        CREATE TABLE Customers (CustomerID TEXT PRIMARY KEY, CompanyName TEXT, City TEXT);
        CREATE TABLE Products (ProductID INTEGER PRIMARY KEY, ProductName TEXT, UnitPrice REAL);
        CREATE TABLE Orders (OrderID INTEGER PRIMARY KEY, CustomerID TEXT, OrderDate TEXT);
        CREATE TABLE "Order Details" (OrderID INTEGER, ProductID INTEGER, UnitPrice REAL, Quantity INTEGER);
        INSERT INTO Customers VALUES ('VINET', 'Vins et alcools Chevalier', 'Reims'), ('TOMSP', 'Toms Spezialitäten', 'Münster');
        INSERT INTO Products VALUES (11, 'Queso Cabrales', 14.0), (42, 'Singaporean Hokkien Fried Mee', 9.8), (72, 'Mozzarella di Giovanni', 34.8);
        INSERT INTO Orders VALUES (10248, 'VINET', '1996-07-04 00:00:00.000'), (10249, 'TOMSP', '1996-07-05 00:00:00.000');
        INSERT INTO "Order Details" VALUES (10248, 11, 14.0, 12), (10248, 42, 9.8, 10), (10248, 72, 34.8, 5), (10249, 42, 9.8, 9);
    """)
    conn.commit()
    conn.close()
    return path


def test_a_migrating_office_imports_customers_products_and_orders_with_lines_by_old_keys(lite: Session, tmp_path: Path) -> None:
    from supasoft.services.integrity import check_database

    cfg = lite.configuration
    cfg.add_field(CLIENT, FieldDef(0, "Old ID", "string", length=10, unique=True))
    cfg.add_field(PRODUCT, FieldDef(0, "Old ID", "integer", unique=True))
    cfg.add_field(ORDER, FieldDef(0, "Old ID", "integer", unique=True))
    old = old_database(tmp_path / "northwind.db")
    _, apply = run(lite, old, "Clients", table="Customers", overrides=["CustomerID=Old ID", "CompanyName=Name"])
    assert apply().counts == {"created": 2, "updated": 0, "skipped": 0}
    _, apply = run(lite, old, "Products", table="Products", overrides=["ProductID=Old ID", "ProductName=Name", "UnitPrice=Price"])
    assert apply().counts["created"] == 3
    preview, apply = run(lite, old, "Orders", table="Orders",
                         overrides=["OrderID=Old ID", "CustomerID=Client@Old ID", "OrderDate=Date"])
    assert preview.problems == []
    orders = apply().created
    preview, apply = run(lite, old, "Order lines", table="order details",
                         overrides=["OrderID=Order@Old ID", "ProductID=Product@Old ID", "UnitPrice=Price"])
    assert preview.problems == [], [str(p) for p in preview.problems]
    assert apply().counts["created"] == 4
    first, second = (lite.records.get(ORDER, i) for i in orders)
    assert first.values[ORDER_DATE] == dt.date(1996, 7, 4)
    assert lite.records.display(CLIENT, first.values[ORDER_CLIENT]) == "Vins et alcools Chevalier"
    assert first.values[TOTAL] == Decimal("14.0") * 12 + Decimal("9.8") * 10 + Decimal("34.8") * 5
    assert second.values[TOTAL] == Decimal("9.8") * 9
    # the old keys serve as the key of a second run: nothing is duplicated
    preview, _ = run(lite, old, "Orders", table="Orders", mode="upsert", keys=["Old ID"],
                     overrides=["OrderID=Old ID", "CustomerID=Client@Old ID", "OrderDate=Date"])
    assert preview.counts == {"create": 0, "update": 2, "skip": 0}
    assert check_database(lite) == []
    # an old key nobody has is named with the field it was looked for in
    old_db = sqlite3.connect(old)
    with old_db:
        old_db.execute("UPDATE Orders SET CustomerID = 'NOBODY' WHERE OrderID = (SELECT MIN(OrderID) FROM Orders)")
    old_db.close()
    preview, _ = run(lite, old, "Orders", table="Orders", mode="upsert", keys=["Old ID"],
                     overrides=["OrderID=Old ID", "CustomerID=Client@Old ID", "OrderDate=Date"])
    assert [p.message for p in preview.problems] == ["no client has 'NOBODY' in Old ID"]  # not also "already used'
    assert translate(preview.problems[0].message, "pl") == "żaden rekord (client) nie ma 'NOBODY' w polu Old ID"


def test_month_first_dates_and_a_time_that_is_not_midnight(lite: Session, tmp_path: Path) -> None:
    client = lite.records.list(CLIENT, ListQuery(columns=[(NAME,)], limit=1))[0].cells[0]
    path = csv_file(tmp_path, f"Client,Date\n{client},03-14-2025\n{client},12/01/2025\n")
    preview, _ = run(lite, path, "Orders")
    assert [r.values[ORDER_DATE] for r in preview.rows] == [dt.date(2025, 3, 14), dt.date(2025, 12, 1)]
    path = csv_file(tmp_path, f"Client;Date\n{client};2025-03-14 00:00\n{client};2025-03-14 10:30\n")
    preview, _ = run(lite, path, "Orders")
    assert preview.rows[0].values[ORDER_DATE] == dt.date(2025, 3, 14)
    assert [str(p) for p in preview.problems] == ["row 3: Date: '2025-03-14 10:30' has a time of day that a date cannot keep"]


def test_a_record_deleted_after_the_preview_takes_back_an_all_or_nothing_import(lite: Session, tmp_path: Path) -> None:
    first, second = names(lite, PRODUCT, PRODUCT_NAME)[:2]
    path = csv_file(tmp_path, f"Name;Price\nBrand new;1\n{first};2\n{second};3\n")
    preview, apply = run(lite, path, "Products", mode="upsert", keys=["Name"])
    assert preview.counts == {"create": 1, "update": 2, "skip": 0}
    second_id = preview.rows[2].record_id
    lite.records.delete(PRODUCT, second_id or 0)
    count = lite.records.count(PRODUCT)
    price = lite.records.get(PRODUCT, preview.rows[1].record_id or 0).values[PRICE]
    with pytest.raises(NotFound):
        apply()
    assert lite.records.count(PRODUCT) == count  # the created record went again
    assert lite.records.get(PRODUCT, preview.rows[1].record_id or 0).values[PRICE] == price  # the update was taken back
    result = apply(skip_bad=True)
    assert result.counts == {"created": 1, "updated": 1, "skipped": 1}
    assert result.skipped[0].row == 4


def test_upsert_on_two_key_fields_finds_an_order_line_by_its_order_and_product(lite: Session, tmp_path: Path) -> None:
    line = lite.records.list(LINE, ListQuery(columns=[(LINE_ORDER,), (LINE_PRODUCT,)], limit=1))[0]
    order_code = lite.records.get(ORDER, line.cells[0].id).code_text
    product = line.cells[1].text
    other = next(n for n in names(lite, PRODUCT, PRODUCT_NAME) if n != product and not any(
        ln.values[LINE_PRODUCT] and lite.records.display(PRODUCT, ln.values[LINE_PRODUCT]) == n
        for ln in lite.records.children(ORDER, line.cells[0].id, 32)))
    path = csv_file(tmp_path, f"Order;Product;Quantity\n{order_code};{product.lower()};11\n{order_code};{other};2\n")
    preview, apply = run(lite, path, "Order lines", mode="upsert", keys=["Order", "Product"])
    assert preview.counts == {"create": 1, "update": 1, "skip": 0}
    assert preview.rows[0].record_id == line.id
    result = apply()
    assert lite.records.get(LINE, line.id).values[QUANTITY] == Decimal(11)
    lines = lite.records.children(ORDER, line.cells[0].id, 32)
    assert lite.records.get(ORDER, line.cells[0].id).values[TOTAL] == sum(
        (ln.values[LINE_PRICE] or 0) * (ln.values[QUANTITY] or 0) for ln in lines)
    assert result.created[0] in {ln.id for ln in lines}


def test_a_user_without_the_create_right_is_refused_before_any_row_is_read(db_path: Path | str, tmp_path: Path) -> None:
    from supasoft.services.session import open_session

    s = open_session(db_path)
    client = s.configuration.add_object("Client", "Clients").id
    s.configuration.add_field(client, FieldDef(0, "Name", "string"))
    s.users.sleep = lambda seconds: None
    s.users.create_user("admin", "correct horse", "Admin")
    jim = s.users.create_user("jim", "correct horse", "Jim")
    s.users.grant(("user", jim), client, "change")
    s.close()
    s = open_session(db_path, login="jim", password="correct horse")
    try:
        path = csv_file(tmp_path, "Name\nAcme\n")
        with pytest.raises(PermissionDenied):
            run(s, path, "Clients")
        with pytest.raises(PermissionDenied):
            run(s, path, "Clients", mode="upsert", keys=["Name"])
        preview, _ = run(s, path, "Clients", mode="update", keys=["Name"])
        assert [str(p) for p in preview.problems] == ["row 2: no record has this key"]
    finally:
        s.close()


def test_the_last_mapping_of_an_object_is_used_again_for_the_same_headers(lite: Session, tmp_path: Path) -> None:
    service = ImportService(lite.records)
    path = csv_file(tmp_path, "Towar;Cena;Uwagi\nChair one;10\u00a0000,50;x\n")
    table = service.read(path)
    assert [c.field for c in service.mapping("Products", table.headers).columns] == [None, None, None]
    mapping = service.mapping("Products", table.headers, overrides=["towar=Name", "CENA=Price"])
    service.apply(service.preview(table, mapping))
    again = service.mapping("Products", ["cena", "TOWAR", "Unit"])
    assert [(c.column, c.field) for c in again.columns] == [("cena", PRICE), ("TOWAR", PRODUCT_NAME), ("Unit", 22)]
    assert service.remembered(PRODUCT) == mapping
    path = csv_file(tmp_path, "Towar;Cena\nChair two;7,25\n", name="second.csv")
    table = service.read(path)
    result = service.apply(service.preview(table, service.mapping("Products", table.headers)))
    assert lite.records.get(PRODUCT, result.created[0]).values[PRICE] == Decimal("7.25")


def test_a_user_field_takes_a_login_or_a_full_name(lite: Session, tmp_path: Path) -> None:
    lite.users.sleep = lambda seconds: None
    anna = lite.users.create_user("anna", "correct horse", "Anna Kowalska")
    path = csv_file(tmp_path, "Title;Assignee\nCall back;ANNA KOWALSKA\nSend offer;anna\nPay;nobody\n")
    preview, _ = run(lite, path, "Tasks")
    assert [r.values.get(64) for r in preview.rows[:2]] == [anna, anna]
    assert [str(p) for p in preview.problems] == ["row 4: Assignee: no user matches 'nobody'"]
