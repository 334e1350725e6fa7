"""A big file's rows read again from the file whenever they are walked, instead of held in memory: a preview or an
import walks them in order; the wizard's preview fetches a page around a row, which a CSV file seeks to (the first
pass remembered where every CHUNK-th row begins) and other sources read from their start (in a worker)."""

from __future__ import annotations

import csv
import itertools
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any, overload

LAZY_AFTER = 20_000  # files with more data rows are read again when walked (CSV and SQLite tables)
CHUNK = 1000  # rows read at once for random access; a CSV file marks where every CHUNK-th row begins
CACHED_CHUNKS = 4  # chunks kept: the page on screen, its neighbours and one a worker just fetched

Walk = Callable[..., Iterator[list[Any]]]  # walk() from the start; walk(mark) from a position a Keeper marked


class LazyRows(Sequence[list[Any]]):
    """`count` rows that `walk()` yields from the start of the file each time it is called; with `marks`
    (rows before -> a position `walk(position)` starts at), a chunk is read from the nearest mark before it."""

    def __init__(self, walk: Walk, count: int, chunk: int | None = None, marks: dict[int, Any] | None = None):
        self.walk, self.count, self.chunk = walk, count, chunk or CHUNK
        self.marks = marks or {}
        self._chunks: OrderedDict[int, list[list[Any]]] = OrderedDict()
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
                return list(itertools.islice(self._walk_from(start), stop - start))
            return [self[i] for i in range(start, stop, step)]
        index = self._checked(index)
        start = index - index % self.chunk
        return self._chunk(start)[index - start]

    def ready(self, index: int) -> bool:
        """Whether row `index` is read without walking the file from its start (cached, or a mark near it)."""
        start = self._checked(index) // self.chunk * self.chunk
        with self._lock:
            if start in self._chunks:
                return True
        return self._nearest_mark(start)[0] > start - self.chunk

    def _checked(self, index: int) -> int:
        if index < 0:
            index += self.count
        if not 0 <= index < self.count:
            raise IndexError(index)
        return index

    def _chunk(self, start: int) -> list[list[Any]]:
        """The chunk of rows beginning at `start`, read outside the lock (a worker's slow read blocks no one)."""
        with self._lock:
            rows = self._chunks.get(start)
            if rows is not None:
                self._chunks.move_to_end(start)
                return rows
        rows = list(itertools.islice(self._walk_from(start), min(self.chunk, self.count - start)))
        with self._lock:
            self._chunks[start] = rows
            while len(self._chunks) > CACHED_CHUNKS:
                self._chunks.popitem(last=False)
        return rows

    def _nearest_mark(self, index: int) -> tuple[int, Any]:
        """(rows before, position) of the last mark at or before row `index`; (0, None) is the file's start."""
        before = index // self.chunk * self.chunk
        while before > 0 and before not in self.marks:
            before -= self.chunk  # marks come every chunk rows; a missing one falls back to an earlier one
        return (before, self.marks[before]) if before > 0 else (0, None)

    def _walk_from(self, index: int) -> Iterator[list[Any]]:
        before, position = self._nearest_mark(index)
        rows = self.walk() if position is None else self.walk(position)
        return itertools.islice(rows, index - before, None)


class Keeper:
    """The rows of a first walk: kept in memory while there are few, dropped (the file is read again) past LAZY_AFTER.
    With `position` (where the reader is now), it marks where every CHUNK-th row begins for LazyRows to seek to."""

    def __init__(self, limit: int | None = None, position: Callable[[], Any] | None = None):
        self.limit = LAZY_AFTER if limit is None else limit
        self.rows: list[list[Any]] | None = []
        self.count = 0
        self.chunk = CHUNK
        self.position = position
        self.marks: dict[int, Any] = {}

    def add(self, row: list[Any]) -> None:
        self.count += 1
        if self.position is not None and self.count % self.chunk == 0:
            self.marks[self.count] = self.position()  # the next row (the count-th from 0) begins here
        if self.rows is not None:
            self.rows.append(row)
            if len(self.rows) > self.limit:
                self.rows = None

    def result(self, walk: Walk) -> Sequence[list[Any]]:
        return self.rows if self.rows is not None else LazyRows(walk, self.count, self.chunk, self.marks)


class CsvRecords:
    """The records of a CSV file that are not blank, as (record number, cells), read from the file as they go;
    `tell()` between records is where the next begins, and a walk may start at such a position (numbers then
    count from there)."""

    def __init__(self, path: Path, encoding: str, delimiter: str, position: Any = None):
        self.path, self.encoding, self.delimiter, self.start = path, encoding, delimiter, position
        self._file: IO[str] | None = None

    def __iter__(self) -> Iterator[tuple[int, list[str]]]:
        with self.path.open(encoding=self.encoding, errors="replace", newline="") as f:
            self._file = f
            first = self.start is None
            if self.start is not None:
                f.seek(self.start)
            for n, cells in enumerate(csv.reader(_lines(f), delimiter=self.delimiter), start=1):
                if first and cells:
                    cells[0] = cells[0].removeprefix("\ufeff")  # a BOM the chosen encoding did not take
                    first = False
                if any(c.strip() for c in cells):
                    yield n, cells
            self._file = None

    def tell(self) -> Any:
        """Where the next record begins (an opaque position of the text file)."""
        assert self._file is not None
        return self._file.tell()


def _lines(f: IO[str]) -> Iterator[str]:
    """The file's lines by readline (iterating a text file turns its tell() off)."""
    return iter(f.readline, "")
