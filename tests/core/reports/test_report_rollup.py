"""Subtotals rolled up level by level equal the sums over the finest groups, for every calculation; the groups'
parallel lists give back what each group read; the builder keeps one key tuple per row and column."""

from __future__ import annotations

import datetime as dt
import gc
import random
from decimal import Decimal
from itertools import product
from typing import Any

from supasoft.core.reports.groups import Group, Groups
from supasoft.core.reports.pivot import PivotBuilder
from supasoft.core.reports.rollup import combine, roll_up
from supasoft.core.reports.spec import Grouping, Measure, ReportSpec

FUNCS = ["count", "sum", "min", "max", "avg"]


def finest(seed: int) -> dict[tuple[tuple[Any, ...], tuple[Any, ...]], list[Any]]:
    """Two row levels and two column levels, some values missing (None), some groups absent."""
    rng = random.Random(seed)
    cells = {}
    for a, b, x, y in product(["a", "b", None], [1, 2, 3], [dt.date(2025, 12, 1), dt.date(2026, 1, 1)], [True, False]):
        if rng.random() < 0.3:
            continue
        amount = None if rng.random() < 0.2 else Decimal(rng.randint(-500, 500)) / 100
        cells[((a, b), (x, y))] = [rng.randint(1, 9), amount, amount, amount, None if amount is None else (amount, 1)]
    return cells


def expected(cells: dict[Any, list[Any]], i: int, j: int) -> dict[Any, list[Any]]:
    """Each shorter key's values computed straight from the finest groups, one group at a time."""
    out: dict[Any, list[Any]] = {}
    for (row, col), values in cells.items():
        at = (row[:i], col[:j])
        kept = out.get(at)
        out[at] = list(values) if kept is None else [combine(f, a, b) for f, a, b in zip(FUNCS, kept, values, strict=True)]
    return out


def test_every_shorter_grouping_equals_the_finest_groups_added_up() -> None:
    for seed in range(5):
        cells = finest(seed)
        maps = roll_up({k: list(v) for k, v in cells.items()}, 2, 2, FUNCS)
        assert sorted(maps) == [(i, j) for i in range(3) for j in range(3)]
        for (i, j), found in maps.items():
            assert found == expected(cells, i, j), (seed, i, j)


def test_one_sum_rolls_up_without_lists_per_value_and_keeps_missing_values_missing() -> None:
    cells = {(("a",), (1,)): [Decimal("1.10")], (("a",), (2,)): [None], (("b",), (2,)): [None], (("c",), (1,)): [Decimal("-0.10")]}
    maps = roll_up(cells, 1, 1, ["sum"])
    assert maps[(1, 0)] == {(("a",), ()): [Decimal("1.10")], (("b",), ()): [None], (("c",), ()): [Decimal("-0.10")]}
    assert maps[(0, 1)] == {((), (1,)): [Decimal("1.00")], ((), (2,)): [None]}
    assert maps[(0, 0)] == {((), ()): [Decimal("1.00")]}


def test_groups_read_back_labels_and_first_reads() -> None:
    groups = Groups(2)
    for keys, read, values in [((1, "x"), (None, "X"), [1]), ((2, "x"), (None, "x!"), [2]), ((1, "y"), (None, "Y"), [3])]:
        groups.keys.append(keys)
        groups.reads.append(read)  # type: ignore[union-attr]
        groups.values.append(values)
    groups.shown[0] = {1: "Acme", 2: None}  # a reference level: labels per key, one not readable
    assert list(groups) == [Group((1, "x"), ("Acme", "X"), [1]), Group((2, "x"), (None, "x!"), [2]),
                            Group((1, "y"), ("Acme", "Y"), [3])]
    assert groups[-1] == groups[2] and groups[1:] == [groups[1], groups[2]]
    assert groups.first_reads(0) == {1: "Acme", 2: None} and groups.first_reads(1) == {"x": "X", "y": "Y"}
    plain = Groups(1, reads=False)
    plain.keys += [(5,), (6,)]
    plain.values += [[1], [2]]
    assert plain.first_reads(0) == {5: None, 6: None} and plain[0] == Group((5,), (None,), [1])


def test_builder_shares_one_key_per_row_and_column_and_keeps_the_value_lists() -> None:
    spec = ReportSpec(1, rows=[Grouping((1,))], columns=[Grouping((2,))], measures=[Measure((3,), "sum")])
    groups = Groups.of([Group((r, c), (None, None), [Decimal(r * c)]) for r in range(50) for c in range(12)])
    result = PivotBuilder(spec, [], lambda level, key, read: str(key)).build(groups)
    rows = {id(row) for row, _col in result.cells}
    columns = {id(col) for _row, col in result.cells}
    assert len(rows) == 50 and len(columns) == 12
    assert all(any(v is values for v in groups.values) for values in list(result.cells.values())[:20])
    assert result.value((), ()) == [Decimal(sum(range(50)) * sum(range(12)))]


def test_building_a_pivot_leaves_few_objects_for_the_garbage_collector() -> None:
    """About one tracked object per group (its value list), not one per group and level."""
    spec = ReportSpec(1, rows=[Grouping((1,))], columns=[Grouping((2,))], measures=[Measure((3,), "sum")])
    groups = Groups(2, reads=False)
    for r, c in product(range(400), range(25)):
        groups.keys.append((r, c))
        groups.values.append([Decimal(r)])
    gc.collect()
    before = len(gc.get_objects())
    result = PivotBuilder(spec, [], lambda level, key, read: str(key)).build(groups)
    gc.collect()
    grown = len(gc.get_objects()) - before
    assert len(result.cells) == 10_000 and grown < 3_000, grown
