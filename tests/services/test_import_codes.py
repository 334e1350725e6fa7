"""Imported numbers become the Codes of new records (an old 'ORD-00042' or 42) and the Code counter continues after
the highest, in the import's one transaction; a Code already held or given twice is the row's problem."""

from __future__ import annotations

from pathlib import Path

import pytest

from supasoft.services.importing import ImportService
from supasoft.services.record_model import ListQuery
from supasoft.services.session import Session
from tests.services.test_import_apply import PRICE, PRODUCT, csv_file

pytestmark = pytest.mark.all_backends


def test_old_numbers_become_codes_and_the_counter_continues_after_the_highest(lite: Session, tmp_path: Path) -> None:
    service = ImportService(lite.records)
    obj = lite.records.obj(PRODUCT)
    path = csv_file(tmp_path, "Old number;Name;Price\nP-00900;Old chair;1\n950;Old table;2\n;No number;3\n")
    table = service.read(path)
    mapping = service.mapping("Products", table.headers, codes_from="old number")
    preview = service.preview(table, mapping)
    assert preview.problems == []
    result = service.apply(preview)
    codes = [lite.records.get(PRODUCT, i).code for i in result.created]
    assert codes[:2] == [900, 950] and codes[2] > 950
    fresh = lite.records.new(PRODUCT)
    fresh.values[21] = "After the import"
    fresh.values[PRICE] = 1
    assert lite.records.save(fresh).code == codes[2] + 1  # the counter continues after the highest
    assert lite.records.get(PRODUCT, result.created[0]).code_text == obj.format_code(900)


def test_a_code_already_held_or_given_twice_is_the_rows_problem(lite: Session, tmp_path: Path) -> None:
    service = ImportService(lite.records)
    held = lite.records.get(PRODUCT, lite.records.list(PRODUCT, ListQuery(limit=1))[0].id)
    path = csv_file(tmp_path, f"Code;Name;Price\n{held.code};Clash;1\n777;First;1\n777;Second;1\nabc;No digits;1\n")
    table = service.read(path)
    preview = service.preview(table, service.mapping("Products", table.headers, codes_from="Code"))
    problems = sorted((p.row, str(p.message)) for p in preview.problems)
    assert problems == [(2, f"the Code {held.code_text} is already used by another record"),
                        (4, "the same value as row 3"), (5, "'abc' holds no number for a Code")]
    count = lite.records.count(PRODUCT)
    result = service.apply(preview, skip_bad=True)
    assert [lite.records.get(PRODUCT, i).code for i in result.created] == [777]
    assert lite.records.count(PRODUCT) == count + 1
