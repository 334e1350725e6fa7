"""One transaction around many record-service calls (RecordService.one_transaction, an all-or-nothing import).

The record services open a transaction per call (`storage.begin()`). `JoinedStorage` stands for the session's
storage but hands every `begin()` and `connect()` the one connection of an outer transaction, so a RecordService
built on it runs insert_many and save with all their rules (rights, validation, receivers, formulas, totals,
history) inside that transaction.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


class JoinedStorage:
    """The session's storage whose transactions and reads all go through one open connection."""

    def __init__(self, storage: Any, conn: Any):
        self._storage = storage
        self._conn = conn

    @property
    def conn(self) -> Any:
        """The one connection (storage helpers that write in the same transaction take it)."""
        return self._conn

    def __getattr__(self, name: str) -> Any:
        return getattr(self._storage, name)

    @contextmanager
    def begin(self) -> Iterator[Any]:
        """The outer transaction's connection: committed (or rolled back) with it, not here."""
        yield self._conn

    @contextmanager
    def connect(self) -> Iterator[Any]:
        """Reads see what this transaction wrote so far."""
        yield self._conn
