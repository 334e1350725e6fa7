"""The compact per-row stores of a big import behave like the lists and dicts they replace: ids compare equal to a
list and keep as runs; a detail row finds its parent row; a stored preview row reads and writes its columns."""

from __future__ import annotations

import pytest

from supasoft.services import import_plan
from supasoft.services.import_compact import Ids, RowMap
from supasoft.services.import_plan import PlannedRow, PlannedRows, StoredRow, picked


def test_ids_are_a_list_of_numbers_kept_as_runs() -> None:
    ids = Ids([5, 6, 7])
    ids += [9, 10]
    ids.append(12)
    assert ids == [5, 6, 7, 9, 10, 12] and [5, 6, 7, 9, 10, 12] == ids and ids != [5, 6]
    assert ids[1] == 6 and ids[-1] == 12 and ids[1:3] == [6, 7] and 9 in ids and list(reversed(ids))[0] == 12
    assert ids.ranges() == [[5, 7], [9, 10], [12, 12]] and Ids.from_ranges(ids.ranges()) == ids
    assert not Ids() and Ids() == []


def test_a_row_map_finds_each_detail_rows_parent_row_and_refuses_rows_out_of_order() -> None:
    parents = RowMap()
    for detail, parent in ((2, 2), (3, 2), (7, 5)):
        parents[detail] = parent
    assert parents[3] == 2 and parents[7] == 5 and dict(parents) == {2: 2, 3: 2, 7: 5} and 4 not in parents
    with pytest.raises(KeyError):
        parents[4]
    with pytest.raises(ValueError, match="not after"):
        parents[6] = 1


def test_rows_past_the_first_are_stored_compactly_and_their_views_write_back(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(import_plan, "SPOOL_BATCH", 2)
    rows = PlannedRows(keep=1)
    rows.append(PlannedRow(2, "create", {1: "head"}))
    rows.append(PlannedRow(3, "update", {1: "three"}, record_id=40))
    rows.append(PlannedRow(4, "create", {1: "four"}, code=17))
    rows.append(PlannedRow(5, "skip", {1: "five"}, problems=["bad"]))
    assert len(rows) == 4 and rows.stored == 3 and not isinstance(rows[0], StoredRow)
    three, four = rows[1], rows[-2]
    assert isinstance(three, StoredRow) and (three.row, three.action, three.record_id, three.code) == (3, "update", 40, None)
    assert (four.values, four.code, four.problems) == ({1: "four"}, 17, [])
    four.problems.append("late")  # kept once something is added, as on a list
    four.action = "skip"
    three.problems += ["also"]
    rows[-1].problems = []
    assert [(r.row, r.action, r.problems) for r in rows] == [(2, "create", []), (3, "update", ["also"]),
                                                               (4, "skip", ["late"]), (5, "skip", [])]
    assert rows.count("skip") == 2 and rows.all_problems() == ["also", "late"] and sorted(rows.problems) == [0, 1]
    created = picked(rows, "create")
    assert len(created) == 1 and [r.row for r in created] == [2] and created[0].values == {1: "head"}
    rows.close()
