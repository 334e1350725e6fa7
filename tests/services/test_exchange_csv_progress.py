"""A CSV export of a list query (a table's current view) reports progress and can be cancelled, leaving no file."""

from __future__ import annotations

from pathlib import Path

import pytest

from supasoft.services.exchange import ExportCancelled
from supasoft.services.exchange_records import export_query
from supasoft.services.record_model import ListQuery
from supasoft.services.session import Session

CLIENT, NAME = 1, 3


def test_progress_reaches_the_row_count_and_a_cancel_leaves_no_file(lite: Session, tmp_path: Path) -> None:
    query = ListQuery(columns=[(NAME,)])
    seen: list[tuple[int, int]] = []
    path = tmp_path / "clients.csv"
    count = export_query(lite.records, CLIENT, query, path, ["Name"], progress=lambda done, total: seen.append((done, total)) or True)
    assert count == lite.records.count(CLIENT) and seen[-1] == (count, count) and path.exists()
    with pytest.raises(ExportCancelled):
        export_query(lite.records, CLIENT, query, tmp_path / "cancelled.csv", ["Name"], progress=lambda _d, _t: False)
    assert not (tmp_path / "cancelled.csv").exists()
