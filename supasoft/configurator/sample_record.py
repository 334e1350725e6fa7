"""A stored record seen through the formula interface, so the editor can preview a formula not yet saved."""

from __future__ import annotations

from typing import Any

from supasoft.core.errors import SupasoftError
from supasoft.core.formulas import CompiledFormula
from supasoft.core.meta import Configuration, ObjectDef
from supasoft.services.record_model import ListQuery, Record
from supasoft.services.records import RecordService


class SampleRecord:
    """Values by path (following references) and children by link, read through the records service."""

    def __init__(self, records: RecordService, config: Configuration, obj: ObjectDef, record: Record):
        self.records, self.config, self.obj, self.record = records, config, obj, record

    def value(self, path: tuple[int, ...]) -> object:
        obj, record = self.obj, self.record
        for field_id in path[:-1]:
            target_id = record.values.get(field_id)
            f = obj.field_by_id(field_id)
            if target_id is None or f.target is None:
                return None
            obj = self.config.object_by_id(f.target)
            record = self.records.get(obj.id, int(target_id))
        return record.values.get(path[-1]) if path else None

    def children(self, link_id: int) -> list[Any]:
        link = self.config.link_by_id(link_id)
        child = self.config.object_by_id(link.child)
        if self.record.id is None:
            return []
        return [SampleRecord(self.records, self.config, child, r)
                for r in self.records.children(self.obj.id, self.record.id, link_id)]


def preview_value(records: RecordService, config: Configuration, obj: ObjectDef,
                  compiled: CompiledFormula) -> tuple[bool, object]:
    """(found a record, value) of a compiled formula on the object's first record."""
    try:
        rows = records.list(obj.id, ListQuery(columns=[], limit=1))
        if not rows:
            return False, None
        record = records.get(obj.id, rows[0].id)
    except SupasoftError:
        return False, None
    return True, compiled.evaluate(SampleRecord(records, config, obj, record))
