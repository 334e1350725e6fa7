"""The finest groups of a report as parallel lists: one key tuple and one value list per group, no object each.

A report of 9,000 groups built 9,000 more objects per group kind, and every object that lives through a
collection is walked again by Python's garbage collector (a full pass cost 50-150 ms at 100,000 lines on
Firebird); parallel lists keep what survives to the value lists the result keeps anyway.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, overload


@dataclass(slots=True)
class Group:
    """One group: keys of every level (rows, then columns), the labels read with them, one value per measure
    (an average as (sum, count))."""

    keys: tuple[Any, ...]
    labels: tuple[Any, ...]
    values: list[Any]


class Groups(Sequence[Group]):
    """The groups of one grouped query; labels read beside the keys are kept only for levels that read any,
    and a reference level's labels once per key (`shown`)."""

    def __init__(self, width: int, reads: bool = True):
        """width: levels per key; reads: some level reads a label beside its key (else every read is None)."""
        self.width = width
        self.keys: list[tuple[Any, ...]] = []
        self.values: list[list[Any]] = []
        self.reads: list[tuple[Any, ...]] | None = [] if reads else None
        self.shown: dict[int, dict[Any, Any]] = {}  # level -> key -> label (reference levels, read apart)
        self._none = (None,) * width

    @classmethod
    def of(cls, groups: Iterable[Group]) -> Groups:
        """Groups from Group objects (tests and callers that build them one by one)."""
        groups = list(groups)
        out = cls(len(groups[0].keys) if groups else 0)
        for g in groups:
            out.keys.append(g.keys)
            out.values.append(g.values)
            out.reads.append(g.labels)  # type: ignore[union-attr]
        return out

    def labels_at(self, index: int) -> tuple[Any, ...]:
        """The labels of one group: what its row read, with reference levels' labels in place."""
        read = self.reads[index] if self.reads is not None else self._none
        if not self.shown:
            return read
        listed = list(read)
        for level, shown in self.shown.items():
            listed[level] = shown.get(self.keys[index][level])
        return tuple(listed)

    def first_reads(self, level: int, keys: Iterable[Any] | None = None) -> dict[Any, Any]:
        """key -> what the first group of that key read at `level` (None where nothing is read); `keys`: the
        level's distinct keys when the caller knows them (saves a pass over the groups where nothing is read)."""
        shown = self.shown.get(level)
        if shown is not None or self.reads is None:
            distinct = keys if keys is not None else dict.fromkeys(k[level] for k in self.keys)
            return {key: shown.get(key) for key in distinct} if shown is not None else dict.fromkeys(distinct)
        return {k[level]: read[level] for k, read in zip(reversed(self.keys), reversed(self.reads), strict=True)}

    def __len__(self) -> int:
        return len(self.keys)

    @overload
    def __getitem__(self, index: int) -> Group: ...
    @overload
    def __getitem__(self, index: slice) -> list[Group]: ...

    def __getitem__(self, index: int | slice) -> Group | list[Group]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        return Group(self.keys[index], self.labels_at(index), self.values[index])

    def __iter__(self) -> Iterator[Group]:
        return (self[i] for i in range(len(self)))
