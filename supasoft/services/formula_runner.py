"""Stored formula fields: computed in dependency order on save, and kept current when the records they read change."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from supasoft.core.fieldtypes import field_types
from supasoft.core.fieldtypes.roles import is_derived, is_formula, type_of
from supasoft.core.formulas import CompiledFormula, FormulaError, compile_formula, dependency_order
from supasoft.core.formulas.graph import FormulaGraph
from supasoft.core.formulas.shape import is_volatile
from supasoft.core.meta import Configuration, ObjectDef
from supasoft.services.formula_batch import BatchPlan, ChildTotal, child_totals, evaluate_batch
from supasoft.services.formula_refresh import Change, refresh
from supasoft.storage.connection import Connection
from supasoft.storage.formula_rows import EngineRefused, id_batches, set_aggregate, write_values
from supasoft.storage.physical import column_name
from supasoft.storage.repository import RecordRepository

if TYPE_CHECKING:
    from supasoft.services.record_basis import RecordBasis
    from supasoft.services.record_model import Record

BATCH = 2000
log = logging.getLogger(__name__)


class RecordView:
    """What a formula sees of a record: its values, referenced records and child collections."""

    def __init__(self, runner: FormulaRunner, conn: Connection, repo: RecordRepository, obj: ObjectDef,
                 values: dict[int, Any], record_id: int | None, details: dict[int, list[Record]]):
        self.runner, self.conn, self.repo, self.obj = runner, conn, repo, obj
        self.values, self.record_id, self.details = values, record_id, details

    def value(self, path: tuple[int, ...]) -> Any:
        if len(path) == 1:
            return self.values.get(path[0])
        return self.runner.basis.follow(self.conn, self.repo, self.obj, self.values, path)

    def children(self, link_id: int) -> list[RecordView]:
        config = self.repo.config
        link = config.link_by_id(link_id)
        child = config.object_by_id(link.child)
        if link_id in self.details:
            return [RecordView(self.runner, self.conn, self.repo, child, self.runner.line_values(child, r), r.id, {})
                    for r in self.details[link_id]]
        if self.record_id is None:
            return []
        rows = self.repo.fetch_where(self.conn, child, child.field_by_id(link.field), self.record_id)
        basis = self.runner.basis
        return [RecordView(self.runner, self.conn, self.repo, child, basis.record_from_row(self.conn, self.repo, child, row).values, row["id"], {})
                for row in rows]


class FormulaRunner:
    """Compiles formulas per structure version and keeps stored results current."""

    def __init__(self, basis: RecordBasis):
        self.basis = basis
        self._version: int | None = None
        self._compiled: dict[int, list[tuple[int, CompiledFormula]]] = {}
        self._plans: dict[int, BatchPlan | None] = {}
        self._graph: FormulaGraph | None = None
        self._totals_cache: dict[int, list[ChildTotal] | None] = {}

    def _for(self, config: Configuration) -> None:
        if self._version != config.version:
            self._version, self._compiled, self._plans, self._graph = config.version, {}, {}, None
            self._totals_cache = {}

    def compiled(self, config: Configuration, obj: ObjectDef) -> list[tuple[int, CompiledFormula]]:
        """The object's formula fields in dependency order (cached per structure version)."""
        self._for(config)
        if obj.id not in self._compiled:
            formulas = {f.id: compile_formula(f.formula or "", config, obj, self_field_id=f.id) for f in obj.fields if is_formula(f)}
            order = dependency_order(formulas, config, obj) if formulas else []
            self._compiled[obj.id] = [(fid, formulas[fid]) for fid in order]
        return self._compiled[obj.id]

    def graph(self, config: Configuration) -> FormulaGraph:
        """Which records' formulas read which other records (cached per structure version)."""
        self._for(config)
        if self._graph is None:
            self._graph = FormulaGraph(config, lambda obj: self.compiled(config, obj))
        return self._graph

    def _plan(self, config: Configuration, obj: ObjectDef) -> BatchPlan | None:
        self._for(config)
        if obj.id not in self._plans:
            self._plans[obj.id] = BatchPlan.build(config, obj, self.compiled(config, obj))
        return self._plans[obj.id]

    def line_values(self, obj: ObjectDef, record: Record) -> dict[int, Any]:
        """Parsed values of an unsaved detail line, with its own formulas computed (price * quantity)."""
        values: dict[int, Any] = {}
        for f in obj.fields:
            if is_derived(f):
                continue
            try:
                values[f.id] = field_types.get(f.type).parse(record.values.get(f.id), f)
            except ValueError:
                values[f.id] = None
        for fid, formula in self.compiled(self.basis.config, obj):
            values[fid] = self.evaluate(formula, RecordView(self, None, None, obj, values, None, {}), obj, fid)  # type: ignore[arg-type]
        return values

    def compute(self, conn: Connection, repo: RecordRepository, obj: ObjectDef, values: dict[int, Any],
                record_id: int | None, details: dict[int, list[Record]]) -> None:
        """Fill the formula fields of values in place."""
        formulas = self.compiled(repo.config, obj)
        if not formulas:
            return
        view = RecordView(self, conn, repo, obj, values, record_id, details)
        for fid, formula in formulas:
            values[fid] = self.evaluate(formula, view, obj, fid)

    def evaluate(self, formula: CompiledFormula, view: Any, obj: ObjectDef, fid: int) -> Any:
        """One formula's value as stored: a formula problem or a value the field cannot hold gives empty."""
        f = obj.field_by_id(fid)
        try:
            value = formula.evaluate(view)
        except FormulaError:
            return None
        if value is None:
            return None
        try:
            return field_types.get(f.type).parse(value, f)  # a formula field: its own type (a registry lookup per value)
        except (ValueError, ArithmeticError):
            return None

    # --- keeping stored values current ---------------------------------------------------------------
    def after_write(self, conn: Connection, repo: RecordRepository, changes: list[Change]) -> dict[int, set[int]]:
        """Recompute every stored formula that read what the write changed (same transaction)."""
        return refresh(self, conn, repo, changes)

    def fresh_values(self, conn: Connection, repo: RecordRepository, obj: ObjectDef,
                     ids: list[int]) -> list[tuple[int, dict[int, Any], dict[int, Any]]]:
        """(id, stored formula values, freshly computed ones) for the existing records of `ids`."""
        plan = self._plan(repo.config, obj)
        if plan is not None:
            try:
                return evaluate_batch(self, conn, repo, plan, ids)
            except EngineRefused as exc:  # e.g. a sum beyond the column's range: the per-record path reports it per record
                log.info("Batch formula evaluation of %s fell back to records one by one: %s", obj.name, exc.orig)
        out = []
        formulas = self.compiled(repo.config, obj)
        for rid in ids:
            row = repo.fetch(conn, obj, rid)
            if row is None:
                continue
            values = self.basis.record_from_row(conn, repo, obj, row).values
            before = {fid: values.get(fid) for fid, _ in formulas}
            self.compute(conn, repo, obj, values, rid, {})
            out.append((rid, before, {fid: values.get(fid) for fid, _ in formulas}))
        return out

    def recompute_ids(self, conn: Connection, repo: RecordRepository, obj: ObjectDef, ids: set[int] | list[int]) -> tuple[set[int], set[int]]:
        """Recompute and store the formulas of these records; (ids whose values changed, fields that changed)."""
        formulas = self.compiled(repo.config, obj)
        if not formulas or not ids:
            return set(), set()
        totals = self._totals(repo, obj)
        if totals is not None:  # every formula is a plain total of children: the database computes them
            try:
                return self._store_totals(conn, repo, obj, totals, ids)
            except EngineRefused as exc:  # a total beyond what the engine sums: computed record by record below
                log.info("Totals of %s fell back to records one by one: %s", obj.name, exc.orig)
        ordered = sorted(ids)
        changed_ids: set[int] = set()
        changed_fields: set[int] = set()
        fields = [obj.field_by_id(fid) for fid, _ in formulas]
        to_db = [(type_of(f).to_db, f) for f in fields]
        for start in range(0, len(ordered), BATCH):
            writes = []
            for rid, before, after in self.fresh_values(conn, repo, obj, ordered[start : start + BATCH]):
                differ = {fid for fid in after if after[fid] != before.get(fid)}
                if differ:
                    changed_ids.add(rid)
                    changed_fields |= differ
                    writes.append((rid, [convert(after[f.id], f) for convert, f in to_db]))
            write_values(conn, repo.table(obj), [column_name(f) for f in fields], writes)
        return changed_ids, changed_fields

    def _totals(self, repo: RecordRepository, obj: ObjectDef) -> list[ChildTotal] | None:
        self._for(repo.config)
        if obj.id not in self._totals_cache:
            self._totals_cache[obj.id] = child_totals(repo, obj, self.compiled(repo.config, obj))
        return self._totals_cache[obj.id]

    def _store_totals(self, conn: Connection, repo: RecordRepository, obj: ObjectDef, totals: list[ChildTotal],
                      ids: set[int] | list[int]) -> tuple[set[int], set[int]]:
        fields: set[int] = set()
        for total in totals:
            if set_aggregate(conn, repo.table(obj), total.target, repo.table(total.child), total.link, total.value, total.func, ids):
                fields.add(total.field_id)
        return (set(ids), fields) if fields else (set(), set())

    def recompute_all(self, object_id: int) -> int:
        """Recompute every record's formulas and what reads them (a formula was added or changed); returns the count."""
        repo = self.basis.repo()
        obj = repo.config.object_by_id(object_id)
        count = 0
        with self.basis.storage.begin() as conn:
            if not self.compiled(repo.config, obj):
                return 0
            changed: set[int] = set()
            fields: set[int] = set()
            for batch in id_batches(conn, repo.table(obj), BATCH):
                ids, differ = self.recompute_ids(conn, repo, obj, batch)
                changed |= ids
                fields |= differ
                count += len(batch)
            if changed:
                refresh(self, conn, repo, [Change(obj.id, changed, frozenset(fields))])
        return count

    def values_changed(self, object_id: int, field_ids: set[int]) -> None:
        """Every record's fields were rewritten outside a save (a type change): refresh what reads them."""
        repo = self.basis.repo()
        obj = repo.config.object_by_id(object_id)
        with self.basis.storage.begin() as conn:
            for batch in id_batches(conn, repo.table(obj), BATCH * 10):
                refresh(self, conn, repo, [Change(obj.id, set(batch), frozenset(field_ids), own_current=False)])

    def stale(self, conn: Connection, repo: RecordRepository, obj: ObjectDef) -> dict[int, list[int]]:
        """Formula field id -> ids of records whose stored value differs from a fresh computation.

        Formulas that read the clock (TODAY, NOW) are left out: their stored value is as of the last save.
        """
        volatile: set[int] = set()
        for fid, formula in self.compiled(repo.config, obj):  # dependency order: a reader of a volatile field is volatile
            if is_volatile(formula.ast) or any(len(p) == 1 and p[0] in volatile for p in formula.dependencies):
                volatile.add(fid)
        steady = {fid for fid, _ in self.compiled(repo.config, obj)} - volatile
        found: dict[int, list[int]] = {}
        if not steady:
            return found
        for batch in id_batches(conn, repo.table(obj), BATCH):
            for rid, before, after in self.fresh_values(conn, repo, obj, batch):
                for fid in steady:
                    if after.get(fid) != before.get(fid):
                        found.setdefault(fid, []).append(rid)
        return found
