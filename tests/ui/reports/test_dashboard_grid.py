"""Where tiles flow on the dashboard's grid and where a dragged tile lands: the arithmetic behind the drag."""

from __future__ import annotations

from supasoft.reports.dashboard_grid import Placement, flow, landing, moved, rows_used


def test_one_cell_tiles_fill_rows_in_order_and_a_whole_row_tile_starts_its_own_row() -> None:
    assert flow([(1, 1)] * 3, 2) == [Placement(0, 0), Placement(0, 1), Placement(1, 0)]
    assert flow([(1, 1), (2, 1), (1, 1)], 2) == [Placement(0, 0), Placement(1, 0, 2), Placement(2, 0)]
    assert flow([(9, 1)], 3) == [Placement(0, 0, 3)]  # never wider than the grid


def test_a_taller_tile_keeps_its_cells_and_the_next_ones_go_around_it() -> None:
    placed = flow([(2, 2), (1, 1), (1, 1), (1, 1)], 3)
    assert placed == [Placement(0, 0, 2, 2), Placement(0, 2), Placement(1, 2), Placement(2, 0)]
    assert rows_used(placed) == 3
    cells = [p.cells() for p in placed]
    assert all(not (a & b) for i, a in enumerate(cells) for b in cells[i + 1:])  # nothing overlaps


def test_a_dragged_tile_lands_at_the_place_in_the_order_nearest_the_cell_aimed_at() -> None:
    spans = [(1, 1)] * 4
    assert landing(spans, 0, (1, 1), 2) == 3  # the last cell: it goes last
    assert landing(spans, 3, (0, 0), 2) == 0
    assert landing(spans, 1, (0, 1), 2) == 1  # where it is: it stays
    assert landing(spans, 0, (7, 1), 2) == 3  # far below: the last row, its column
    assert landing(spans, 0, (7, 0), 2) == 2
    assert landing([(1, 1)] * 3, 0, (1, 1), 2) == 2  # no holes: as near as it can, in the last row
    assert moved(["a", "b", "c", "d"], 0, 3) == ["b", "c", "d", "a"]
    assert moved(["a", "b", "c", "d"], 3, 1) == ["a", "d", "b", "c"]
