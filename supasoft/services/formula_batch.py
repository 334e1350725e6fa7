"""Stored formulas of many records at once, with exactly the evaluator a card uses.

A plan lists what an object's formulas read: its own columns, the columns of records reached
through references (hop by hop), and child collections. A batch then costs one statement per
hop and per collection (the database groups children and sums them), not one per record, and
the results are compared with the stored values, so only records whose values changed are written.
Formulas that read something a plan cannot fetch in bulk (a file, a field without a column) are
computed record by record through the runner, as a card would.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from supasoft.core.fieldtypes import field_types
from supasoft.core.fieldtypes.roles import is_file
from supasoft.core.formulas import CollectionRef, CompiledFormula
from supasoft.core.formulas.ast import BOOLEAN, NUMBER, Aggregate
from supasoft.core.formulas.shape import aggregate_uses
from supasoft.core.formulas.summary import NO_CHILDREN, ChildSummary
from supasoft.core.meta import Configuration, FieldDef, ObjectDef
from supasoft.services.formula_recomputer import Recomputer
from supasoft.storage.connection import Connection
from supasoft.storage.formula_rows import child_summaries, exact_scale, rows_by_id
from supasoft.storage.physical import column_name, is_stored
from supasoft.storage.repository import RecordRepository


class _NotPlannable(Exception):
    """The formulas read something that cannot be fetched for many records at once."""


@dataclass
class _Collection:
    child: ObjectDef
    link: FieldDef
    value: FieldDef | None
    total: bool = False
    extremes: bool = False


@dataclass
class BatchPlan:
    """What one object's formulas read, by reference prefix (() = the record itself) and collection."""

    obj: ObjectDef
    formulas: list[tuple[int, CompiledFormula]]
    reads: dict[tuple[int, ...], set[int]] = field(default_factory=dict)
    hop_objects: dict[tuple[int, ...], ObjectDef] = field(default_factory=dict)
    collections: dict[CollectionRef, _Collection] = field(default_factory=dict)

    @classmethod
    def build(cls, config: Configuration, obj: ObjectDef, formulas: list[tuple[int, CompiledFormula]]) -> BatchPlan | None:
        """The plan, or None when some read needs the record-by-record path."""
        plan = cls(obj, formulas, {(): {fid for fid, _ in formulas}})
        try:
            for _, formula in formulas:
                for path in formula.dependencies:
                    plan._add_path(config, path)
                for coll, func in aggregate_uses(formula.ast):
                    plan._add_collection(config, coll, func)
        except (_NotPlannable, KeyError):
            return None
        return plan

    def _add_path(self, config: Configuration, path: tuple[int, ...]) -> None:
        current, prefix = self.obj, ()
        for i, field_id in enumerate(path):
            f = current.field_by_id(field_id)
            if not is_stored(f) or is_file(f):
                raise _NotPlannable
            self.reads.setdefault(prefix, set()).add(field_id)
            if i < len(path) - 1:
                if f.target is None or not any(o.id == f.target for o in config.objects):
                    raise _NotPlannable
                current, prefix = config.object_by_id(f.target), path[: i + 1]
                self.hop_objects[prefix] = current

    def _add_collection(self, config: Configuration, coll: CollectionRef, func: str) -> None:
        link = config.link_by_id(coll.link_id)
        child = config.object_by_id(link.child)
        value = None if coll.field_id is None else child.field_by_id(coll.field_id)
        if value is not None and (not is_stored(value) or is_file(value)):
            raise _NotPlannable
        entry = self.collections.setdefault(coll, _Collection(child, child.field_by_id(link.field), value))
        entry.total |= func in ("SUM", "AVG")
        entry.extremes |= func in ("MIN", "MAX")


class BatchRecord:
    """One record of a batch as the evaluator sees it: its values, the records it references, child summaries."""

    __slots__ = ("data", "record_id", "values")

    def __init__(self, data: _BatchData, record_id: int, values: dict[int, Any]):
        self.data, self.record_id, self.values = data, record_id, values

    def value(self, path: tuple[int, ...]) -> Any:
        values: dict[int, Any] | None = self.values
        for i in range(len(path) - 1):
            target = values.get(path[i]) if values is not None else None
            if target is None:
                return None
            values = self.data.targets[path[: i + 1]].get(target)
        return values.get(path[-1]) if values is not None else None

    def children(self, link_id: int) -> list[Any]:
        raise RuntimeError("a batch reads collections through summary()")

    def summary(self, coll: CollectionRef) -> ChildSummary:
        return self.data.summaries[coll].get(self.record_id, NO_CHILDREN)


@dataclass
class _BatchData:
    targets: dict[tuple[int, ...], dict[int, dict[int, Any]]] = field(default_factory=dict)
    summaries: dict[CollectionRef, dict[int, ChildSummary]] = field(default_factory=dict)


def _read(conn: Connection, repo: RecordRepository, obj: ObjectDef, field_ids: Iterable[int], ids: Iterable[int]) -> dict[int, dict[int, Any]]:
    """id -> {field id: value as a card reads it} for the given fields of the given records."""
    fields = [obj.field_by_id(fid) for fid in sorted(field_ids)]
    rows = rows_by_id(conn, repo.table(obj), [column_name(f) for f in fields], ids)
    converters = [(f.id, field_types.get(f.type).from_db, f) for f in fields]
    return {rid: {fid: convert(row[i + 1], f) for i, (fid, convert, f) in enumerate(converters)} for rid, row in rows.items()}


def evaluate_batch(runner: Recomputer, conn: Connection, repo: RecordRepository, plan: BatchPlan,
                   ids: Iterable[int]) -> list[tuple[int, dict[int, Any], dict[int, Any]]]:
    """(id, stored formula values, fresh formula values) for each existing record of `ids`."""
    obj = plan.obj
    records = _read(conn, repo, obj, plan.reads[()], ids)
    data = _BatchData()
    for prefix in sorted(plan.hop_objects, key=len):
        sources = records.values() if len(prefix) == 1 else data.targets[prefix[:-1]].values()
        wanted = {v[prefix[-1]] for v in sources if v.get(prefix[-1]) is not None}
        data.targets[prefix] = _read(conn, repo, plan.hop_objects[prefix], plan.reads.get(prefix, set()), wanted) if wanted else {}
    for coll, c in plan.collections.items():
        data.summaries[coll] = _summaries(conn, repo, c, records.keys())
    out = []
    for rid, values in records.items():
        before = {fid: values.get(fid) for fid, _ in plan.formulas}
        view = BatchRecord(data, rid, values)
        for fid, formula in plan.formulas:
            values[fid] = runner.evaluate(formula, view, obj, fid)
        out.append((rid, before, {fid: values[fid] for fid, _ in plan.formulas}))
    return out


def _summaries(conn: Connection, repo: RecordRepository, c: _Collection, parents: Iterable[int]) -> dict[int, ChildSummary]:
    value = c.value
    raw = child_summaries(conn, repo.table(c.child), column_name(c.link), None if value is None else column_name(value),
                          parents, total=c.total, extremes=c.extremes)
    if value is None:
        return {pid: ChildSummary(rows=r[0]) for pid, r in raw.items()}
    convert = field_types.get(value.type).from_db
    return {pid: ChildSummary(r[0], r[1], None if r[2] is None else convert(r[2], value),
                              None if r[3] is None else convert(r[3], value), None if r[4] is None else convert(r[4], value))
            for pid, r in raw.items()}


@dataclass(frozen=True)
class ChildTotal:
    """A formula that is exactly SUM/COUNT/MIN/MAX of a child column, which the database can store by itself."""

    field_id: int
    target: str
    child: ObjectDef
    link: str
    value: str | None
    func: str  # SUM, COUNT, MIN, MAX, or COUNT_ROWS


def child_totals(repo: RecordRepository, obj: ObjectDef, formulas: list[tuple[int, CompiledFormula]]) -> list[ChildTotal] | None:
    """The object's formulas as database totals, or None unless every one is a total the database computes exactly.

    Exact means: the child column holds numbers without rounding (whole or fixed decimals) and the formula
    field keeps at least as many decimals, so nothing is rounded on the way.
    """
    config = repo.config
    totals = []
    for fid, formula in formulas:
        node = formula.ast
        if not isinstance(node, Aggregate) or node.func == "AVG":
            return None
        link = config.link_by_id(node.collection.link_id)
        child = config.object_by_id(link.child)
        target = obj.field_by_id(fid)
        target_scale = exact_scale(repo.table(obj).c[column_name(target)])
        if target_scale is None or formula.result_type != NUMBER:
            return None
        value = None if node.collection.field_id is None else child.field_by_id(node.collection.field_id)
        func = node.func
        if value is None or (func == "COUNT" and node.value_type == BOOLEAN):
            func, value = "COUNT_ROWS", None
        elif not is_stored(value):
            return None
        elif func != "COUNT":
            scale = exact_scale(repo.table(child).c[column_name(value)]) if node.value_type == NUMBER else None
            if scale is None or scale > target_scale:
                return None
        totals.append(ChildTotal(fid, column_name(target), child, column_name(child.field_by_id(link.field)),
                                 None if value is None else column_name(value), func))
    return totals
