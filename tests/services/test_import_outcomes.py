"""A big import remembers little per row: past the first rows a preview keeps each row's outcome in compact columns
and its values in a spool file on disk, created ids in an array, detail-to-parent rows in arrays, and the undo log
keeps created ids as runs; counts, the error file and undo stay right (shown with tiny batches on every backend)."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from supasoft.services import import_details, import_plan, import_preview, records
from supasoft.services.import_compact import Ids, RowMap
from supasoft.services.import_plan import PlannedRows
from supasoft.services.importing import ImportService
from supasoft.services.session import Session
from tests.services.test_import_apply import ORDER, PRICE, PRODUCT, PRODUCT_NAME, TOTAL, names
from tests.services.test_import_details import three_lines

pytestmark = pytest.mark.all_backends


@pytest.fixture
def tiny(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two rows kept as objects, the spool file written every three rows."""
    monkeypatch.setattr(import_preview, "KEEP", 2)
    monkeypatch.setattr(import_plan, "SPOOL_BATCH", 3)


def test_a_three_batch_import_keeps_outcomes_on_disk_and_counts_error_file_and_undo_stay_right(
        lite: Session, tmp_path: Path, tiny: None) -> None:
    bad = {3, 7}  # data rows with a price that is no number (file rows 5 and 9)
    lines = [f"Batch {i};{'abc' if i in bad else f'{i},5'}" for i in range(11)]
    path = tmp_path / "products.csv"
    path.write_text("Name;Price\n" + "\n".join(lines) + "\n", encoding="utf-8")
    service = ImportService(lite.records)
    table = service.read(path)
    preview = service.preview(table, service.mapping("Products", table.headers))
    rows = preview.rows
    assert isinstance(rows, PlannedRows) and len(rows.head) == 2 and rows.stored == 9
    assert rows.spool is not None and len(rows.spool.offsets) == 3  # 9 rows' values in the file, 3 at a time
    assert sorted(rows.problems) == [1, 5] and preview.counts == {"create": 9, "update": 0, "skip": 2}
    assert [p.row for p in preview.problems] == [5, 9]
    seen: list[tuple[int, int]] = []
    result = service.apply(preview, skip_bad=True, batch=3, progress=lambda done, total: seen.append((done, total)))
    assert seen[:3] == [(3, 9), (6, 9), (9, 9)]  # three batches
    assert isinstance(result.created, Ids) and result.counts == {"created": 9, "updated": 0, "skipped": 2}
    made = [lite.records.get(PRODUCT, i).values for i in result.created]
    good = [i for i in range(11) if i not in bad]
    assert [(v[PRODUCT_NAME], v[PRICE]) for v in made] == [(f"Batch {i}", Decimal(f"{i}.5")) for i in good]
    assert service.write_errors(table, result.skipped, tmp_path / "bad.csv") == 2
    written = (tmp_path / "bad.csv").read_text(encoding="utf-8-sig").splitlines()
    assert [line.split(";")[:3] for line in written] == [["Name", "Price", "Row"], ["Batch 3", "abc", "5"],
                                                          ["Batch 7", "abc", "9"]]
    assert result.import_id is not None
    stored = json.loads(lite.records.storage.get_info(f"import_{result.import_id}") or "{}")
    assert sum(last - first + 1 for first, last in stored["created_runs"]) == 9  # runs, not every id
    assert service.kept(result.import_id).created == result.created
    assert service.undo(result.import_id) == (9, 0)
    assert not [n for n in names(lite, PRODUCT, PRODUCT_NAME) if n.startswith("Batch")]


def test_orders_with_lines_in_three_batches_keep_each_lines_parent_row_in_arrays(
        lite: Session, tmp_path: Path, tiny: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(import_preview, "KEEP", 1)
    monkeypatch.setattr(import_details, "LINE_BATCH", 1)
    service = ImportService(lite.records)
    path = three_lines(lite, tmp_path)
    orders, lines = service.read(path, sheet="Orders"), service.read(path, sheet="Lines")
    parent = service.preview(orders, service.mapping("Orders", orders.headers, codes_from="Order number"))
    plan = service.preview_details(orders, parent, "Order number", lines, service.mapping("Order lines", lines.headers),
                                   "Order number")
    assert isinstance(plan.parent_rows, RowMap) and dict(plan.parent_rows) == {2: 2, 3: 2, 4: 3}
    assert isinstance(plan.details.rows, PlannedRows) and plan.details.rows.stored == 2
    seen: list[int] = []
    made, made_lines = service.apply_details(plan, batch=1, progress=lambda done, total: seen.append(done))
    assert seen == [2, 2, 3, 4, 5]  # both orders (their old Codes go in one batch), no updates, three line batches
    first, second = (lite.records.get(ORDER, i) for i in made.created)
    assert (first.values[TOTAL], second.values[TOTAL]) == (Decimal("30"), Decimal("100"))
    assert service.kept(made_lines.import_id or 0).created == made_lines.created
    assert service.undo(made_lines.import_id or 0) == (3, 0)
    assert lite.records.get(ORDER, made.created[0]).values[TOTAL] in (None, Decimal("0"))


def test_listeners_hear_a_big_imports_records_as_a_reload_not_as_every_id(lite: Session, tmp_path: Path,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(records, "MANY_TOUCHED", 3)
    heard: list[tuple[int, set[int]]] = []

    def listener(object_id: int, ids: set[int]) -> None:
        heard.append((object_id, set(ids)))

    lite.records.subscribe(listener)
    service = ImportService(lite.records)
    for count in (3, 4):
        path = tmp_path / f"products{count}.csv"
        path.write_text("Name;Price\n" + "".join(f"Heard {count}.{i};1\n" for i in range(count)), encoding="utf-8")
        table = service.read(path)
        result = service.apply(service.preview(table, service.mapping("Products", table.headers)))
        assert len(result.created) == count
    lite.records.unsubscribe(listener)
    few = [ids for object_id, ids in heard if object_id == PRODUCT]
    assert few[0] == set(heard_ids(lite, 3)) and few[1] == set()  # 4 records: "products changed" (reload)


def heard_ids(lite: Session, count: int) -> list[int]:
    from supasoft.services.record_model import ListQuery

    rows = lite.records.list(PRODUCT, ListQuery(columns=[(PRODUCT_NAME,)], limit=10000))
    return [r.id for r in rows if str(r.cells[0]).startswith(f"Heard {count}.")]
