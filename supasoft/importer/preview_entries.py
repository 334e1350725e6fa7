"""The preview's rows as two compact columns (the file's row number, what the import does), so a 600,000-row
preview costs 5 bytes a row in the wizard instead of a tuple each."""

from __future__ import annotations

import heapq
from array import array
from collections.abc import Iterable, Iterator, Sequence
from typing import overload

ACTIONS = ("create", "update", "skip")
_CODE = {action: code for code, action in enumerate(ACTIONS)}


class PreviewEntries(Sequence[tuple[int, str]]):
    """(row number, action) pairs in the file's order, stored as an int array and a byte per action."""

    def __init__(self, pairs: Iterable[tuple[int, str]] = ()):
        self.numbers = array("i")
        self.actions = bytearray()
        for number, action in pairs:
            self.numbers.append(number)
            self.actions.append(_CODE[action])

    @classmethod
    def merged(cls, planned: Iterable[tuple[int, str]], unreadable: Iterable[int]) -> PreviewEntries:
        """The planned rows with the rows the reader could not take ("skip") among them, in row order."""
        return cls(heapq.merge(planned, ((number, "skip") for number in sorted(unreadable))))

    def only(self, action: str) -> PreviewEntries:
        """The entries with this action."""
        code = _CODE[action]
        picked = PreviewEntries()
        for number, found in zip(self.numbers, self.actions, strict=True):
            if found == code:
                picked.numbers.append(number)
                picked.actions.append(code)
        return picked

    def __len__(self) -> int:
        return len(self.numbers)

    @overload
    def __getitem__(self, index: int) -> tuple[int, str]: ...

    @overload
    def __getitem__(self, index: slice) -> list[tuple[int, str]]: ...

    def __getitem__(self, index: int | slice) -> tuple[int, str] | list[tuple[int, str]]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        return self.numbers[index], ACTIONS[self.actions[index]]

    def __iter__(self) -> Iterator[tuple[int, str]]:
        return ((number, ACTIONS[code]) for number, code in zip(self.numbers, self.actions, strict=True))

    def index_of(self, number: int) -> int | None:
        """Where the file's row `number` is (rows are in ascending order), or None."""
        return find_sorted(self.numbers, number)


def find_sorted(numbers: Sequence[int], number: int) -> int | None:
    """The position of `number` in ascending `numbers`, or None."""
    import bisect

    at = bisect.bisect_left(numbers, number)
    return at if at < len(numbers) and numbers[at] == number else None
