"""A preview's planned rows, held so that memory stays flat whatever the file's size: the first rows as objects, the
rest in compact columns (file row number, action, record found, Code: ~25 bytes a row), their parsed values in a
temporary spool file and their problems only where a row has some.

Rows past the first come out as `StoredRow` views reading and writing those columns, so code walking a preview
(the import, the details' links, the unique keys' check) works the same on both kinds.
"""

from __future__ import annotations

import itertools
from array import array
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, overload

from supasoft.services.import_spool import ValueSpool

ACTIONS = ("create", "update", "skip")
SPOOL_BATCH = 5000  # parsed values pickled to the spool file per batch


class PlannedRow:
    """One row of the file as it would be imported (slots: a preview may hold thousands)."""

    __slots__ = ("action", "code", "problems", "record_id", "row", "values")

    def __init__(self, row: int, action: str, values: dict[int, Any], record_id: int | None = None,
                 problems: list[Any] | None = None, code: int | None = None):
        self.row, self.action, self.record_id = row, action, record_id  # action: create, update or skip
        self.problems: list[Any] = problems if problems is not None else []  # CellProblems
        self.code = code  # the Code number a new record takes from the file (mapping.codes)
        self.values = values  # field id -> the parsed value

    def __repr__(self) -> str:
        return f"PlannedRow(row={self.row}, action={self.action!r}, record_id={self.record_id}, problems={self.problems!r})"


class _NewProblems(list):  # type: ignore[type-arg]
    """A stored row's empty problem list: kept in the store once something is added to it."""

    __slots__ = ("_index", "_store")

    def __init__(self, store: PlannedRows, index: int):
        super().__init__()
        self._store, self._index = store, index

    def _keep(self) -> None:
        if self:
            self._store.problems.setdefault(self._index, self)

    def append(self, item: Any) -> None:
        super().append(item)
        self._keep()

    def extend(self, items: Iterable[Any]) -> None:
        super().extend(items)
        self._keep()

    def __iadd__(self, items: Iterable[Any]) -> _NewProblems:  # type: ignore[override,misc]
        self.extend(items)
        return self


class StoredRow(PlannedRow):
    """A view of a row kept in the store's columns (its values read back from the spool file, read-only)."""

    __slots__ = ("_index", "_store")

    def __init__(self, store: PlannedRows, index: int):  # noqa: D107 - no PlannedRow.__init__: the store holds it all
        self._store, self._index = store, index

    row = property(lambda self: self._store.numbers[self._index])  # type: ignore[assignment]

    @property  # type: ignore[override]
    def action(self) -> str:
        return ACTIONS[self._store.actions[self._index]]

    @action.setter
    def action(self, action: str) -> None:
        self._store.actions[self._index] = ACTIONS.index(action)

    @property  # type: ignore[override]
    def record_id(self) -> int | None:
        return self._store.records[self._index] or None

    @record_id.setter
    def record_id(self, record_id: int | None) -> None:
        self._store.records[self._index] = record_id or 0

    @property  # type: ignore[override]
    def code(self) -> int | None:
        return self._store.codes[self._index] or None

    @code.setter
    def code(self, code: int | None) -> None:
        self._store.codes[self._index] = code or 0

    @property  # type: ignore[override]
    def problems(self) -> list[Any]:
        kept = self._store.problems.get(self._index)
        return kept if kept is not None else _NewProblems(self._store, self._index)

    @problems.setter
    def problems(self, problems: list[Any]) -> None:
        if problems:
            self._store.problems[self._index] = problems
        else:
            self._store.problems.pop(self._index, None)

    @property  # type: ignore[override]
    def values(self) -> dict[int, Any]:
        assert self._store.spool is not None
        return self._store.spool.load(self._index)


class PlannedRows(Sequence[PlannedRow]):
    """The rows of a preview in file order: `keep` first rows as PlannedRow objects, the rest stored compactly."""

    def __init__(self, keep: int):
        self.keep = keep
        self.head: list[PlannedRow] = []
        self.numbers = array("i")  # the file's row number (4 bytes: a file has fewer than 2**31 rows)
        self.actions = bytearray()  # index into ACTIONS
        self.records = array("q")  # the record an update changes (0: none)
        self.codes = array("q")  # the Code from the file (0: none; Codes are above 0)
        self.problems: dict[int, list[Any]] = {}  # stored row index -> its problems, only rows that have some
        self.spool: ValueSpool | None = None

    def append(self, plan: PlannedRow) -> None:
        """Add the next row; past the first `keep` its fields go to the columns and its values to the spool."""
        if len(self.head) < self.keep and not self.numbers:
            self.head.append(plan)
            return
        index = len(self.numbers)
        self.numbers.append(plan.row)
        self.actions.append(ACTIONS.index(plan.action))
        self.records.append(plan.record_id or 0)
        self.codes.append(plan.code or 0)
        if plan.problems:
            self.problems[index] = plan.problems
        if self.spool is None:
            self.spool = ValueSpool(SPOOL_BATCH)
        self.spool.add(plan.values)

    def __len__(self) -> int:
        return len(self.head) + len(self.numbers)

    @overload
    def __getitem__(self, index: int) -> PlannedRow: ...

    @overload
    def __getitem__(self, index: slice) -> list[PlannedRow]: ...

    def __getitem__(self, index: int | slice) -> PlannedRow | list[PlannedRow]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        if index < len(self.head):
            return self.head[index]
        return StoredRow(self, index - len(self.head))

    def __iter__(self) -> Iterator[PlannedRow]:
        yield from self.head
        for index in range(len(self.numbers)):
            yield StoredRow(self, index)

    def count(self, action: str) -> int:  # type: ignore[override] - rows with this action, not occurrences of a row
        """How many rows have this action (create, update, skip)."""
        return sum(1 for r in self.head if r.action == action) + self.actions.count(ACTIONS.index(action))

    def with_action(self, action: str) -> Picked:
        """The rows with this action, walked lazily (no list of them is built)."""
        return Picked(self, action)

    def all_problems(self) -> list[Any]:
        """Every row's problems in file order."""
        return [p for r in self.head for p in r.problems] + [p for i in sorted(self.problems) for p in self.problems[i]]

    @property
    def stored(self) -> int:
        """How many rows live in the compact columns (their values in the spool file)."""
        return len(self.numbers)

    def close(self) -> None:
        """Remove the spool file."""
        if self.spool is not None:
            self.spool.close()


class Picked(Sequence[PlannedRow]):
    """The rows of a preview with one action, in file order, walked without a list of them in memory."""

    def __init__(self, rows: Sequence[PlannedRow], action: str):
        self.rows, self.action = rows, action
        self.size = rows.count(action) if isinstance(rows, PlannedRows) else sum(1 for r in rows if r.action == action)

    def __len__(self) -> int:
        return self.size

    def __iter__(self) -> Iterator[PlannedRow]:
        return (r for r in self.rows if r.action == self.action)

    def any_code(self) -> bool:
        """Whether a row brings a Code from the file (read from the columns, without a view per row)."""
        rows = self.rows
        if not isinstance(rows, PlannedRows):
            return any(r.code is not None for r in self)
        wanted = ACTIONS.index(self.action)
        return any(r.code is not None for r in rows.head if r.action == self.action) or any(
            code and action == wanted for code, action in zip(rows.codes, rows.actions, strict=True))

    @overload
    def __getitem__(self, index: int) -> PlannedRow: ...

    @overload
    def __getitem__(self, index: slice) -> list[PlannedRow]: ...

    def __getitem__(self, index: int | slice) -> PlannedRow | list[PlannedRow]:
        if isinstance(index, slice):
            start, stop, step = index.indices(self.size)
            return list(itertools.islice(iter(self), start, stop, step))
        if index < 0:
            index += self.size
        found = next(itertools.islice(iter(self), index, None), None)
        if found is None or index < 0:
            raise IndexError(index)
        return found


def picked(rows: Sequence[PlannedRow], action: str) -> Picked:
    """The rows with this action, lazily (a PlannedRows or any list of rows)."""
    return Picked(rows, action)
