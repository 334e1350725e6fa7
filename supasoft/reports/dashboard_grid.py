"""Where dashboard tiles sit on the grid: they flow in their order, row by row, each into the first free place
of its size, so a saved order and each tile's span in cells are the whole layout (no holes to keep, nothing
overlaps); dragging a tile is choosing its place in that order. Plain arithmetic, no Qt."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Placement:
    """A tile's cells: its top-left cell and how many columns and rows it takes."""

    row: int
    column: int
    width: int = 1
    height: int = 1

    def cells(self) -> set[tuple[int, int]]:
        return {(self.row + r, self.column + c) for r in range(self.height) for c in range(self.width)}


def flow(spans: list[tuple[int, int]], columns: int) -> list[Placement]:
    """Place (width, height) spans in order: each at the first place after the one before where it fits."""
    taken: set[tuple[int, int]] = set()
    placed: list[Placement] = []
    row = column = 0
    for width, height in spans:
        width = max(1, min(width, columns))
        while True:
            if column + width > columns:
                row, column = row + 1, 0
                continue
            spot = Placement(row, column, width, max(1, height))
            if not spot.cells() & taken:
                break
            column += 1
        placed.append(spot)
        taken |= spot.cells()
        column += width
    return placed


def rows_used(placements: list[Placement]) -> int:
    return max((p.row + p.height for p in placements), default=0)


def landing(spans: list[tuple[int, int]], moving: int, target: tuple[int, int], columns: int) -> int:
    """The place in the order for the tile at `moving` that puts it nearest the `target` (row, column) cell:
    the right row first, then the right column; on a tie the earlier place."""
    others = spans[:moving] + spans[moving + 1:]
    best, best_distance = moving, None
    for index in range(len(others) + 1):
        spot = flow([*others[:index], spans[moving], *others[index:]], columns)[index]
        distance = (abs(spot.row - target[0]), abs(spot.column - target[1]))
        if best_distance is None or distance < best_distance:
            best, best_distance = index, distance
    return best


def moved(items: list, moving: int, index: int) -> list:
    """`items` with the one at `moving` taken out and put back at `index` (of the list without it)."""
    rest = items[:moving] + items[moving + 1:]
    return [*rest[:index], items[moving], *rest[index:]]
