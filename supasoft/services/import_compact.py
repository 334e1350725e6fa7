"""Per-row numbers of a big import kept in machine arrays instead of Python lists and dicts (4 or 8 bytes a number
instead of ~36 in a list, ~100 in a dict), so what an import remembers of each row stays small."""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, overload


class Ids(Sequence[int]):
    """Record ids in order (an import's created records), compared equal to a list of the same ids."""

    def __init__(self, ids: Iterable[int] = ()):
        self.data = array("q", ids)

    def __len__(self) -> int:
        return len(self.data)

    @overload
    def __getitem__(self, index: int) -> int: ...

    @overload
    def __getitem__(self, index: slice) -> list[int]: ...

    def __getitem__(self, index: int | slice) -> int | list[int]:
        if isinstance(index, slice):
            return self.data[index].tolist()
        return self.data[index]

    def __iter__(self) -> Iterator[int]:
        return iter(self.data)

    def __contains__(self, value: object) -> bool:
        return value in self.data

    def __iadd__(self, ids: Iterable[int]) -> Ids:
        self.data.extend(ids)
        return self

    def append(self, record_id: int) -> None:
        self.data.append(record_id)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Ids):
            return self.data == other.data
        if isinstance(other, (list, tuple)):
            return len(other) == len(self.data) and all(a == b for a, b in zip(self.data, other, strict=True))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment] - mutable, compared by content

    def __repr__(self) -> str:
        return f"Ids({self.data.tolist()!r})" if len(self.data) <= 20 else f"Ids(<{len(self.data)} ids>)"

    def ranges(self) -> list[list[int]]:
        """The ids as [first, last] runs of consecutive numbers (an import's ids mostly are one run)."""
        runs: list[list[int]] = []
        for record_id in self.data:
            if runs and runs[-1][1] + 1 == record_id:
                runs[-1][1] = record_id
            else:
                runs.append([record_id, record_id])
        return runs

    @classmethod
    def from_ranges(cls, runs: Iterable[Sequence[int]]) -> Ids:
        ids = cls()
        for first, last in runs:
            ids.data.extend(range(int(first), int(last) + 1))
        return ids


class RowMap(Mapping[int, int]):
    """Row number -> row number, added with increasing keys (a detail row -> its parent row), found by bisection."""

    def __init__(self) -> None:
        self.keys_ = array("i")  # row numbers: 4 bytes each (a file has fewer than 2**31 rows)
        self.values_ = array("i")

    def __setitem__(self, key: int, value: int) -> None:
        if self.keys_ and key <= self.keys_[-1]:
            raise ValueError(f"row {key} is not after row {self.keys_[-1]}")
        self.keys_.append(key)
        self.values_.append(value)

    def __getitem__(self, key: int) -> int:
        at = bisect_left(self.keys_, key)
        if at == len(self.keys_) or self.keys_[at] != key:
            raise KeyError(key)
        return self.values_[at]

    def __iter__(self) -> Iterator[int]:
        return iter(self.keys_)

    def __len__(self) -> int:
        return len(self.keys_)

    def __eq__(self, other: Any) -> bool:
        if isinstance(other, Mapping):
            return dict(self.items()) == dict(other.items())
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]
