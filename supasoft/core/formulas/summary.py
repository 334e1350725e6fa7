"""Aggregates of a child collection computed by the database, for evaluating many records at once."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class ChildSummary:
    """One parent's children: row count, non-empty count, sum, least and greatest value of one field."""

    rows: int = 0
    present: int = 0
    total: Any = None
    low: Any = None
    high: Any = None


NO_CHILDREN = ChildSummary()
