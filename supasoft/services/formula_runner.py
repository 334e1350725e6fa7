"""Stored formula fields: computed in dependency order on save, for parents when children change, and in bulk."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from supasoft.core.fieldtypes import field_types
from supasoft.core.formulas import CompiledFormula, FormulaError, compile_formula, dependency_order
from supasoft.core.meta import Configuration, ObjectDef
from supasoft.storage.physical import column_name, is_stored
from supasoft.storage.repository import RecordRepository

if TYPE_CHECKING:
    from supasoft.services.record_model import Record
    from supasoft.services.records import RecordService

BATCH = 2000


class RecordView:
    """What a formula sees of a record: its values, referenced records and child collections."""

    def __init__(self, runner: FormulaRunner, conn: sa.Connection, repo: RecordRepository, obj: ObjectDef,
                 values: dict[int, Any], record_id: int | None, details: dict[int, list[Record]]):
        self.runner, self.conn, self.repo, self.obj = runner, conn, repo, obj
        self.values, self.record_id, self.details = values, record_id, details

    def value(self, path: tuple[int, ...]) -> Any:
        if len(path) == 1:
            return self.values.get(path[0])
        return self.runner.service.follow(self.conn, self.repo, self.obj, self.values, path)

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
        service = self.runner.service
        return [RecordView(self.runner, self.conn, self.repo, child, service.record_from_row(self.conn, self.repo, child, row).values, row["id"], {})
                for row in rows]


class FormulaRunner:
    """Compiles formulas per structure version and keeps stored results current."""

    def __init__(self, service: RecordService):
        self.service = service
        self._cache: tuple[int, dict[int, list[tuple[int, CompiledFormula]]]] | None = None

    def compiled(self, config: Configuration, obj: ObjectDef) -> list[tuple[int, CompiledFormula]]:
        """The object's formula fields in dependency order (cached per structure version)."""
        if self._cache is None or self._cache[0] != config.version:
            self._cache = (config.version, {})
        per_object = self._cache[1]
        if obj.id not in per_object:
            formulas = {f.id: compile_formula(f.formula or "", config, obj, self_field_id=f.id) for f in obj.fields if f.type == "formula"}
            order = dependency_order(formulas, config, obj) if formulas else []
            per_object[obj.id] = [(fid, formulas[fid]) for fid in order]
        return per_object[obj.id]

    def line_values(self, obj: ObjectDef, record: Record) -> dict[int, Any]:
        """Parsed values of an unsaved detail line, with its own formulas computed (price * quantity)."""
        values: dict[int, Any] = {}
        for f in obj.fields:
            if f.type == "formula" or f.source is not None:
                continue
            try:
                values[f.id] = field_types.get(f.type).parse(record.values.get(f.id), f)
            except ValueError:
                values[f.id] = None
        for fid, formula in self.compiled(self.service.config, obj):
            values[fid] = self._evaluate(formula, RecordView(self, None, None, obj, values, None, {}), obj, fid)  # type: ignore[arg-type]
        return values

    def compute(self, conn: sa.Connection, repo: RecordRepository, obj: ObjectDef, values: dict[int, Any],
                record_id: int | None, details: dict[int, list[Record]]) -> None:
        """Fill the formula fields of values in place."""
        formulas = self.compiled(repo.config, obj)
        if not formulas:
            return
        view = RecordView(self, conn, repo, obj, values, record_id, details)
        for fid, formula in formulas:
            values[fid] = self._evaluate(formula, view, obj, fid)

    def _evaluate(self, formula: CompiledFormula, view: RecordView, obj: ObjectDef, fid: int) -> Any:
        f = obj.field_by_id(fid)
        try:
            value = formula.evaluate(view)
        except FormulaError:
            return None
        if value is None:
            return None
        try:
            return field_types.get("formula").parse(value, f)
        except (ValueError, ArithmeticError):
            return None

    def recompute_record(self, conn: sa.Connection, repo: RecordRepository, obj: ObjectDef, record_id: int) -> None:
        """Recompute and store one record's formula fields (after its children changed)."""
        formulas = self.compiled(repo.config, obj)
        if not formulas:
            return
        row = repo.fetch(conn, obj, record_id)
        if row is None:
            return
        values = self.service.record_from_row(conn, repo, obj, row).values
        self.compute(conn, repo, obj, values, record_id, {})
        table = repo.table(obj)
        update = {column_name(obj.field_by_id(fid)): field_types.get("formula").to_db(values[fid], obj.field_by_id(fid))
                  for fid, _ in formulas}
        conn.execute(table.update().where(table.c.id == record_id).values(**update))

    def recompute_parents(self, conn: sa.Connection, repo: RecordRepository, child: ObjectDef, child_ids: list[int], before: dict[int, Any]) -> None:
        """Parents whose formulas aggregate this object's records are recomputed (order total after a line)."""
        config = repo.config
        for link in config.parent_links(child.id):
            parent = config.object_by_id(link.parent)
            uses = any(c.link_id == link.id for _, f in self.compiled(config, parent) for c in f.collections)
            if not uses:
                continue
            parent_ids: set[int] = set()
            if before.get(link.field) is not None:
                parent_ids.add(before[link.field])
            table = repo.table(child)
            link_col = table.c[column_name(child.field_by_id(link.field))]
            for cid in child_ids:
                value = conn.execute(sa.select(link_col).where(table.c.id == cid)).scalar()
                if value is not None:
                    parent_ids.add(value)
            for pid in parent_ids:
                self.recompute_record(conn, repo, parent, pid)
                self.recompute_parents(conn, repo, parent, [pid], before={})

    def recompute_all(self, object_id: int) -> int:
        """Recompute every record's formulas (a formula was added or changed); returns the count."""
        service = self.service
        config = service.config
        obj = config.object_by_id(object_id)
        repo = service.repo()
        count = 0
        formulas = self.compiled(config, obj)
        with service.storage.begin() as conn:
            last = 0
            table = repo.table(obj)
            targets = {fid: obj.field_by_id(fid) for fid, _ in formulas}
            formula_type = field_types.get("formula")
            update = table.update().where(table.c.id == sa.bindparam("_id")).values(
                {column_name(f): sa.bindparam(f"_v{fid}") for fid, f in targets.items()})
            while formulas:  # a batch of rows read at once, computed, written back in one executemany
                rows = conn.execute(sa.select(table).where(table.c.id > last).order_by(table.c.id).limit(BATCH)).mappings().all()
                if not rows:
                    break
                params = []
                for row in rows:
                    values = service.record_from_row(conn, repo, obj, dict(row)).values
                    self.compute(conn, repo, obj, values, row["id"], {})
                    params.append({"_id": row["id"], **{f"_v{fid}": formula_type.to_db(values[fid], f) for fid, f in targets.items()}})
                conn.execute(update, params)
                count += len(rows)
                last = rows[-1]["id"]
            for link in config.parent_links(obj.id):
                parent = config.object_by_id(link.parent)
                if any(f.type == "formula" for f in parent.fields) and is_stored(child := obj.field_by_id(link.field)):
                    col = table.c[column_name(child)]
                    for pid in conn.execute(sa.select(col).distinct().where(col.is_not(None))).scalars():
                        self.recompute_record(conn, repo, parent, pid)
        return count
