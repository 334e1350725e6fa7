"""A big preview keeps its rows' parsed values in a temporary spool file past the first KEEP rows (memory stays
near flat); the import reads them back batch by batch and writes the same records as from memory."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from supasoft.services import import_preview
from supasoft.services.import_plan import StoredRow
from supasoft.services.import_spool import ValueSpool
from supasoft.services.importing import ImportService
from supasoft.services.session import Session
from tests.services.test_import_apply import PRICE, PRODUCT, PRODUCT_NAME


def test_the_spool_gives_back_each_rows_values_across_batches() -> None:
    spool = ValueSpool(batch=3)
    slots = [spool.add({1: f"row {i}", 2: Decimal(i) / 4}) for i in range(8)]
    assert len(spool.offsets) == 2 and len(spool.pending) == 2  # two batches on disk, the last one still in memory
    assert [spool.load(s)[1] for s in reversed(slots)] == [f"row {i}" for i in reversed(range(8))]
    assert spool.load(slots[5])[2] == Decimal("1.25")
    spool.close()


@pytest.mark.all_backends
def test_rows_past_the_first_ones_are_spooled_and_imported_with_their_values(lite: Session, tmp_path: Path,
                                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(import_preview, "KEEP", 2)
    path = tmp_path / "products.csv"
    path.write_text("Name;Price\n" + "".join(f"Spooled {i};{i},25\n" for i in range(7)), encoding="utf-8")
    service = ImportService(lite.records)
    table = service.read(path)
    preview = service.preview(table, service.mapping("Products", table.headers))
    assert [isinstance(r, StoredRow) for r in preview.rows] == [False] * 2 + [True] * 5  # compact columns + spool file
    assert preview.rows.stored == 5 and preview.rows.spool is not None and preview.rows.spool.count == 5
    assert preview.rows[6].values == {PRODUCT_NAME: "Spooled 6", PRICE: Decimal("6.25")}
    result = service.apply(preview, batch=3)
    made = [lite.records.get(PRODUCT, i).values for i in result.created]
    assert [(v[PRODUCT_NAME], v[PRICE]) for v in made] == [(f"Spooled {i}", Decimal(f"{i}.25")) for i in range(7)]
