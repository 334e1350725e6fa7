"""What the batch and refresh steps ask the FormulaRunner, as a protocol: the runner imports them, not back."""

from __future__ import annotations

from typing import Any, Protocol

from supasoft.core.formulas import CompiledFormula
from supasoft.core.formulas.graph import FormulaGraph
from supasoft.core.meta import Configuration, ObjectDef
from supasoft.storage.connection import Connection
from supasoft.storage.repository import RecordRepository


class Recomputer(Protocol):
    """Evaluates one formula, knows the formula graph, and recomputes stored formulas of chosen records."""

    def evaluate(self, formula: CompiledFormula, view: Any, obj: ObjectDef, fid: int) -> Any: ...

    def graph(self, config: Configuration) -> FormulaGraph: ...

    def recompute_ids(self, conn: Connection, repo: RecordRepository, obj: ObjectDef,
                      ids: set[int] | list[int]) -> tuple[set[int], set[int]]: ...
