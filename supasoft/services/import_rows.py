"""A big file's rows read again from the file whenever they are walked, instead of held in memory: a preview or an
import walks them in order, the wizard's preview fetches a page around a row (one chunk cached)."""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable, Iterator, Sequence
from typing import Any, overload

LAZY_AFTER = 20_000  # files with more data rows are read again when walked (CSV and SQLite tables)
CHUNK = 2000  # rows read at once for random access


class LazyRows(Sequence[list[Any]]):
    """`count` rows that `walk()` yields from the start of the file each time it is called."""

    def __init__(self, walk: Callable[[], Iterator[list[Any]]], count: int, chunk: int = CHUNK):
        self.walk, self.count, self.chunk = walk, count, chunk
        self._start = -1
        self._cached: list[list[Any]] = []
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return self.count

    def __eq__(self, other: object) -> bool:  # as a list of the same rows compares (reads the file)
        if isinstance(other, (list, LazyRows)):
            return len(other) == self.count and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment] - rows are compared by content

    def __iter__(self) -> Iterator[list[Any]]:
        return itertools.islice(self.walk(), self.count)

    @overload
    def __getitem__(self, index: int) -> list[Any]: ...

    @overload
    def __getitem__(self, index: slice) -> list[list[Any]]: ...

    def __getitem__(self, index: int | slice) -> list[Any] | list[list[Any]]:
        if isinstance(index, slice):
            start, stop, step = index.indices(self.count)
            if step == 1:
                return list(itertools.islice(self.walk(), start, stop))
            return [self[i] for i in range(start, stop, step)]
        if index < 0:
            index += self.count
        if not 0 <= index < self.count:
            raise IndexError(index)
        start = index - index % self.chunk
        with self._lock:
            if start != self._start:
                self._cached = list(itertools.islice(self.walk(), start, min(start + self.chunk, self.count)))
                self._start = start
            return self._cached[index - start]


class Keeper:
    """The rows of a first walk: kept in memory while there are few, dropped (the file is read again) past LAZY_AFTER."""

    def __init__(self, limit: int | None = None):
        self.limit = LAZY_AFTER if limit is None else limit
        self.rows: list[list[Any]] | None = []
        self.count = 0

    def add(self, row: list[Any]) -> None:
        self.count += 1
        if self.rows is not None:
            self.rows.append(row)
            if len(self.rows) > self.limit:
                self.rows = None

    def result(self, walk: Callable[[], Iterator[list[Any]]]) -> Sequence[list[Any]]:
        return self.rows if self.rows is not None else LazyRows(walk, self.count)
