"""A unique key in an import: the preview skips new rows whose key values a stored record holds or an earlier row
repeats, with the key's message; the key's name may stand for its fields as the import key (update and upsert)."""

from __future__ import annotations

from pathlib import Path

import pytest

from supasoft.services.importing import ImportService
from supasoft.services.session import Session
from tests.services.test_import_apply import csv_file
from tests.services.test_unique_keys import add_line, make, order_lines

pytestmark = pytest.mark.all_backends


def test_the_preview_skips_rows_repeating_a_key_in_the_file_or_in_the_table(session: Session, tmp_path: Path) -> None:
    line, order, product, quantity = order_lines(session)
    session.configuration.add_unique_key(line, [order, product], "Once per order")
    o1, o2 = make(session, "Order", "first"), make(session, "Order", "second")
    chai, tea = make(session, "Product", "Chai"), make(session, "Product", "Tea")
    add_line(session, line, {order: o1, product: chai, quantity: 1})
    path = csv_file(tmp_path, f"Order;Product;Quantity\nORD-{o1};P-{chai};5\nORD-{o1};P-{tea};6\nORD-{o2};P-{tea};7\n"
                              f"ORD-{o1};P-{tea};8\n;P-{tea};9\n")
    service = ImportService(session.records)
    table = service.read(path)
    preview = service.preview(table, service.mapping("Lines", table.headers))
    assert sorted((p.row, str(p)) for p in preview.problems) == [
        (2, "row 2: Order: The values ORD-1 / P-1 of Order, Product are already used by L-001"),
        (5, "row 5: Order: The values ORD-1 / P-2 of Order, Product repeat row 3")]
    assert preview.counts == {"create": 3, "update": 0, "skip": 2}
    result = service.apply(preview, skip_bad=True)
    assert result.counts["created"] == 3


def test_the_key_name_stands_for_its_fields_as_the_import_key(session: Session, tmp_path: Path) -> None:
    line, order, product, quantity = order_lines(session)
    session.configuration.add_unique_key(line, [order, product], "Once per order")
    o1, chai, tea = make(session, "Order", "first"), make(session, "Product", "Chai"), make(session, "Product", "Tea")
    first = add_line(session, line, {order: o1, product: chai, quantity: 1})
    path = csv_file(tmp_path, f"Order;Product;Quantity\nORD-{o1};P-{chai};5\nORD-{o1};P-{tea};6\n")
    service = ImportService(session.records)
    table = service.read(path)
    mapping = service.mapping("Lines", table.headers, mode="upsert", keys=["once per order"])
    assert mapping.keys == [order, product]
    result = service.apply(service.preview(table, mapping))
    assert (result.counts["created"], result.counts["updated"]) == (1, 1)
    assert session.records.get(line, first).values[quantity] == 5
