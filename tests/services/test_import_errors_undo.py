"""The error file of an import (the bad rows plus Row and Reason in the user's language) imports again once fixed;
an import is undone by its number (created records to the trash, updated ones get their earlier values), once;
an all-or-nothing import is one transaction: a failure half-way leaves nothing, not even trash."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from supasoft.core.errors import NotFound, SupasoftError
from supasoft.services.importing import ImportService
from supasoft.services.record_model import ListQuery
from supasoft.services.session import Session
from tests.services.test_import_apply import (
    LINE,
    LINE_ORDER,
    ORDER,
    PRICE,
    PRODUCT,
    PRODUCT_NAME,
    TOTAL,
    csv_file,
    names,
    run,
)

pytestmark = pytest.mark.all_backends
QUANTITY, LINE_PRICE = 35, 34


def test_the_error_file_in_polish_holds_the_bad_rows_and_imports_again_once_fixed(lite: Session, tmp_path: Path) -> None:
    path = csv_file(tmp_path, "Name;Price\nGood one;1,5\nBad price;abc\nRagged;2;3\n")
    service = ImportService(lite.records)
    table = service.read(path)
    preview = service.preview(table, service.mapping("Products", table.headers))
    result = service.apply(preview, skip_bad=True)
    assert result.counts["created"] == 1
    errors = tmp_path / "bad.xlsx"
    assert service.write_errors(table, result.skipped, errors, language="pl") == 2
    ws = load_workbook(errors).active
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    assert rows[0] == ["Name", "Price", "Wiersz", "Powód"]
    assert rows[1][:3] == ["Bad price", "abc", 3] and "Price" in rows[1][3] and "abc" in rows[1][3]
    assert rows[2][:3] == ["Ragged", "2", 4] and "komórek" in rows[2][3]  # the reason in Polish
    ws.cell(2, 2).value = "7,25"
    ws.cell(3, 2).value = "8"
    fixed = tmp_path / "fixed.xlsx"
    ws.parent.save(fixed)
    before = lite.records.count(PRODUCT)
    again = service.read(fixed)
    mapping = service.mapping("Products", again.headers)
    assert [c.field for c in mapping.columns][2:] == [None, None]  # Row and Reason are left out
    second = service.apply(service.preview(again, mapping))
    assert second.counts == {"created": 2, "updated": 0, "skipped": 0}
    assert lite.records.count(PRODUCT) == before + 2
    assert {lite.records.get(PRODUCT, i).values[PRICE] for i in second.created} == {Decimal("7.25"), Decimal("8")}


def test_a_csv_error_file_keeps_the_delimiter_and_english_titles(lite: Session, tmp_path: Path) -> None:
    path = csv_file(tmp_path, "Name,Price\nX,1e400\n")
    service = ImportService(lite.records)
    table = service.read(path)
    preview = service.preview(table, service.mapping("Products", table.headers))
    out = tmp_path / "bad.csv"
    assert service.write_errors(table, preview.problems, out) == 1
    text = out.read_text(encoding="utf-8-sig").splitlines()
    assert text[0] == "Name,Price,Row,Reason" and text[1].startswith("X,1e400,2,Price: '1e400' is too large")


def test_undo_by_number_deletes_what_was_created_and_gives_updated_records_their_values_back(lite: Session, tmp_path: Path) -> None:
    target = names(lite, PRODUCT, PRODUCT_NAME)[0]
    count = lite.records.count(PRODUCT)
    trash = len(lite.records.trash_items(PRODUCT))
    path = csv_file(tmp_path, f"Name;Price\n{target};99,90\nUndo me;5\n")
    preview, apply = run(lite, path, "Products", mode="upsert", keys=["Name"])
    updated_id = preview.rows[0].record_id or 0
    price = lite.records.get(PRODUCT, updated_id).values[PRICE]
    result = apply()
    assert result.import_id is not None and lite.records.count(PRODUCT) == count + 1
    service = ImportService(lite.records)
    kept = service.kept(result.import_id)
    assert kept.created == result.created and updated_id in kept.updated and kept.history
    assert service.undo(result.import_id) == (1, 1)
    assert lite.records.count(PRODUCT) == count
    assert len(lite.records.trash_items(PRODUCT)) == trash + 1  # the created record is in the trash
    assert lite.records.get(PRODUCT, updated_id).values[PRICE] == price
    with pytest.raises(SupasoftError, match="already undone"):
        service.undo(result.import_id)
    with pytest.raises(NotFound):
        service.undo(result.import_id + 100)


def test_undo_of_order_lines_puts_the_order_total_back(lite: Session, tmp_path: Path) -> None:
    line = lite.records.list(LINE, ListQuery(columns=[(LINE_ORDER,)], limit=1))[0]
    order_id = line.cells[0].id
    total = lite.records.get(ORDER, order_id).values[TOTAL]
    path = csv_file(tmp_path, f"Code;Quantity\n{line.code};77\n")
    result = run(lite, path, "Order lines", mode="update", keys=["Code"])[1]()
    assert lite.records.get(ORDER, order_id).values[TOTAL] != total
    ImportService(lite.records).undo(result)
    assert lite.records.get(ORDER, order_id).values[TOTAL] == total


def test_an_all_or_nothing_import_failing_half_way_leaves_nothing_not_even_trash(lite: Session, tmp_path: Path) -> None:
    first, second = names(lite, PRODUCT, PRODUCT_NAME)[:2]
    path = csv_file(tmp_path, f"Name;Price\nBrand new;1\nAnother new;2\n{first};2\n{second};3\n")
    preview, apply = run(lite, path, "Products", mode="upsert", keys=["Name"])
    lite.records.delete(PRODUCT, preview.rows[3].record_id or 0)
    trash = len(lite.records.trash_items(PRODUCT))
    count = lite.records.count(PRODUCT)
    price = lite.records.get(PRODUCT, preview.rows[2].record_id or 0).values[PRICE]
    heard: list[tuple[int, set[int]]] = []
    lite.records.subscribe(lambda object_id, ids: heard.append((object_id, ids)))
    with pytest.raises(NotFound):
        apply()
    assert lite.records.count(PRODUCT) == count
    assert len(lite.records.trash_items(PRODUCT)) == trash  # rolled back, not deleted again
    assert lite.records.get(PRODUCT, preview.rows[2].record_id or 0).values[PRICE] == price
    assert heard == []  # nobody was told of records that never were


def test_a_cancel_during_an_all_or_nothing_import_writes_nothing(lite: Session, tmp_path: Path) -> None:
    first, second = names(lite, PRODUCT, PRODUCT_NAME)[:2]
    path = csv_file(tmp_path, f"Name;Price\nBrand new;1\n{first};2\n{second};3\n")
    preview, apply = run(lite, path, "Products", mode="upsert", keys=["Name"])
    count = lite.records.count(PRODUCT)
    price = lite.records.get(PRODUCT, preview.rows[1].record_id or 0).values[PRICE]
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) >= 3  # the first update went through, then the user cancels

    result = apply(cancelled=cancelled)
    assert result.cancelled and result.counts["created"] == 0 and result.counts["updated"] == 0
    assert lite.records.count(PRODUCT) == count
    assert lite.records.get(PRODUCT, preview.rows[1].record_id or 0).values[PRICE] == price
