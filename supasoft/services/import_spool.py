"""The parsed values of a big import preview, kept in a temporary file batch by batch instead of in memory, so a
preview of 600,000 rows holds only each row's outcome (action, problems, record) and memory stays near flat.

Rows read their values back a batch at a time (one batch cached), in the order the import writes them.
"""

from __future__ import annotations

import pickle
import tempfile
import threading
from typing import Any

KEEP = 5000  # a preview's first rows keep their values in memory; only bigger files use the spool


class ValueSpool:
    """Values dicts appended in order, pickled per batch into an unnamed temporary file (gone when closed)."""

    def __init__(self, batch: int = KEEP):
        self.batch = batch
        self.file = tempfile.TemporaryFile(prefix="supasoft-import-")  # noqa: SIM115 - lives as long as the preview
        self.offsets: list[int] = []
        self.pending: list[dict[int, Any]] = []
        self.count = 0
        self._cached: tuple[int, list[dict[int, Any]]] = (-1, [])
        self._lock = threading.Lock()

    def add(self, values: dict[int, Any]) -> int:
        """Keep one row's values; returns its slot for load()."""
        with self._lock:
            self.pending.append(values)
            slot, self.count = self.count, self.count + 1
            if len(self.pending) >= self.batch:
                self._flush()
            return slot

    def _flush(self) -> None:
        self.file.seek(0, 2)
        self.offsets.append(self.file.tell())
        pickle.dump(self.pending, self.file, protocol=pickle.HIGHEST_PROTOCOL)
        self.pending = []

    def load(self, slot: int) -> dict[int, Any]:
        """The values kept in `slot` (read-only: a change is not kept)."""
        number, index = divmod(slot, self.batch)
        with self._lock:
            if number >= len(self.offsets):
                return self.pending[index]
            if self._cached[0] != number:
                self.file.seek(self.offsets[number])
                self._cached = (number, pickle.load(self.file))  # noqa: S301 - our own file, written just before
            return self._cached[1][index]

    def close(self) -> None:
        self.file.close()
