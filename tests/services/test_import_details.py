"""Orders and their lines imported together from two sheets linked by the old order number, in one transaction:
the old numbers become the orders' Codes, the totals are current, a line without its order refuses everything."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook

from supasoft.services import import_details
from supasoft.services.importing import ImportRefused, ImportService
from supasoft.services.record_model import ListQuery
from supasoft.services.session import Session
from tests.services.test_import_apply import CLIENT, NAME, ORDER, ORDER_DATE, PRODUCT, PRODUCT_NAME, TOTAL

pytestmark = pytest.mark.all_backends


def workbook(path: Path, client: str, products: list[str], lines: list[list]) -> Path:
    wb = Workbook()
    orders = wb.active
    orders.title = "Orders"
    orders.append(["Order number", "Client", "Date"])
    orders.append([7001, client, dt.datetime(2024, 5, 6)])
    orders.append([7002, client, dt.datetime(2024, 5, 7)])
    sheet = wb.create_sheet("Lines")
    sheet.append(["Order number", "Product", "Price", "Quantity"])
    for line in lines:
        sheet.append(line)
    wb.save(path)
    return path


def plan(lite: Session, path: Path):
    service = ImportService(lite.records)
    orders = service.read(path, sheet="Orders")
    lines = service.read(path, sheet="Lines")
    parent = service.preview(orders, service.mapping("Orders", orders.headers, codes_from="Order number"))
    mapping = service.mapping("Order lines", lines.headers)
    return service, service.preview_details(orders, parent, "Order number", lines, mapping, "order NUMBER")


def test_orders_and_lines_from_two_sheets_with_old_numbers_as_codes_and_totals_current(lite: Session, tmp_path: Path) -> None:
    client = lite.records.list(CLIENT, ListQuery(columns=[(NAME,)], limit=1))[0].cells[0]
    products = sorted(str(r.cells[0]) for r in lite.records.list(PRODUCT, ListQuery(columns=[(PRODUCT_NAME,)], limit=3)))
    path = workbook(tmp_path / "old.xlsx", client, products, [[7001, products[0], 10, 2], [7001, products[1], 2.5, 4],
                                                              [7002, products[2], 100, 1]])
    service, details = plan(lite, path)
    assert details.problems == []
    parents, lines = service.apply_details(details)
    assert len(parents.created) == 2 and len(lines.created) == 3
    first, second = (lite.records.get(ORDER, i) for i in parents.created)
    assert (first.code, second.code) == (7001, 7002)
    assert first.values[ORDER_DATE] == dt.date(2024, 5, 6)
    assert first.values[TOTAL] == Decimal("30") and second.values[TOTAL] == Decimal("100")
    # undo of the orders takes their lines along to the trash
    count = lite.records.count(ORDER)
    service.undo(parents.import_id or 0)
    assert lite.records.count(ORDER) == count - 2


def test_a_line_whose_order_is_not_in_the_file_refuses_the_whole_import(lite: Session, tmp_path: Path) -> None:
    client = lite.records.list(CLIENT, ListQuery(columns=[(NAME,)], limit=1))[0].cells[0]
    products = sorted(str(r.cells[0]) for r in lite.records.list(PRODUCT, ListQuery(columns=[(PRODUCT_NAME,)], limit=3)))
    path = workbook(tmp_path / "old.xlsx", client, products, [[7001, products[0], 10, 2], [9999, products[1], 1, 1]])
    service, details = plan(lite, path)
    assert [str(p) for p in details.problems] == ["row 3: Order number (Order): no row of the orders file has the key '9999'"]
    orders, lines = lite.records.count(ORDER), lite.records.count(30)
    with pytest.raises(ImportRefused):
        service.apply_details(details)
    assert (lite.records.count(ORDER), lite.records.count(30)) == (orders, lines)


def three_lines(lite: Session, tmp_path: Path, order_of_last: int = 7002) -> Path:
    client = lite.records.list(CLIENT, ListQuery(columns=[(NAME,)], limit=1))[0].cells[0]
    products = sorted(str(r.cells[0]) for r in lite.records.list(PRODUCT, ListQuery(columns=[(PRODUCT_NAME,)], limit=3)))
    return workbook(tmp_path / "old.xlsx", client, products, [[7001, products[0], 10, 2], [7001, products[1], 2.5, 4],
                                                              [order_of_last, products[2], 100, 1]])


def test_progress_counts_orders_and_lines_and_a_cancel_rolls_both_back(lite: Session, tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(import_details, "LINE_BATCH", 1)
    service, details = plan(lite, three_lines(lite, tmp_path))
    orders, lines = lite.records.count(ORDER), lite.records.count(30)
    seen: list[tuple[int, int]] = []
    parents, made = service.apply_details(details, batch=1, progress=lambda done, total: seen.append((done, total)),
                                          cancelled=lambda: len(seen) >= 3)  # after both orders and the first line
    assert parents.cancelled and made.cancelled
    assert (parents.created, made.created, parents.import_id) == ([], [], None)
    assert (lite.records.count(ORDER), lite.records.count(30)) == (orders, lines)  # nothing left of either
    assert seen[-1] == (3, 5)
    service, details = plan(lite, three_lines(lite, tmp_path))
    seen.clear()
    parents, made = service.apply_details(details, batch=2, progress=lambda done, total: seen.append((done, total)))
    assert not parents.cancelled and len(made.created) == 3
    assert seen[-1] == (5, 5) and [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_the_error_file_of_orders_and_lines_holds_both_sets(lite: Session, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    path = three_lines(lite, tmp_path, order_of_last=9999)
    service, details = plan(lite, path)
    orders, lines = service.read(path, sheet="Orders"), service.read(path, sheet="Lines")
    assert service.write_detail_errors(orders, lines, details, tmp_path / "bad.xlsx", language="pl") == (0, 1)
    wb = load_workbook(tmp_path / "bad.xlsx", read_only=True)
    assert wb.sheetnames == ["Errors", "Details"]
    rows = [list(r) for r in wb["Details"].iter_rows(values_only=True)]
    wb.close()
    assert rows[0] == ["Order number", "Product", "Price", "Quantity", "Wiersz", "Powód"]
    assert rows[1][0] == 9999 and rows[1][4] == 4 and "9999" in rows[1][5]
    assert service.write_detail_errors(orders, lines, details, tmp_path / "bad.csv") == (0, 1)
    assert (tmp_path / "bad.csv").read_text(encoding="utf-8-sig").splitlines() == ["Order number;Client;Date;Row;Reason"]
    again = service.read(tmp_path / "bad-details.csv")
    assert again.headers[:4] == ["Order number", "Product", "Price", "Quantity"] and again.rows[0][-2] == "4"
