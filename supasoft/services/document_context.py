"""What a document template sees of one record: its fields by placeholder name, references as nested records,
detail sets as lists of lines with their totals, today and the current user.

Everything is read through the RecordService, so the reader's rights apply: hidden fields are absent,
a referenced record the reader may not read is an empty one, lines the reader may not read are left out.
The values are plain data only: dicts, lists and TemplateValue strings (the text in the document's language,
carrying `.value`); the sandbox (document_sandbox) lets a template reach nothing else.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from supasoft.core.errors import NotFound, PermissionDenied
from supasoft.core.fieldtypes import locales
from supasoft.core.fieldtypes.roles import is_file, is_numeric, is_user_link, link_target, type_of
from supasoft.core.fieldtypes.template_value import TemplateValue
from supasoft.core.meta import DetailSetDef, FieldDef, ObjectDef
from supasoft.services.document_names import unique_names
from supasoft.services.record_model import Record

MAX_HOPS = 2  # {{ client.city.region }}: two references deep from the record, then the display text only
ROOT_NAMES = ("code", "today", "user")
TOTALS_SUFFIX = "_totals"


class RefRecord(dict):  # type: ignore[type-arg]
    """A referenced record in a template: its fields by name; printed alone it shows its display text."""

    def __init__(self, shown: str, values: dict[str, Any]):
        super().__init__(values)
        self.shown = shown

    def __str__(self) -> str:
        return self.shown

    def __html__(self) -> str:  # autoescape prints the display text, escaped
        from markupsafe import escape

        return str(escape(self.shown))


@dataclass
class FieldSlot:
    """One field under its placeholder name; `target` is the referenced object's slots within the depth."""

    name: str
    field: FieldDef
    target: ObjectSlots | None = None


@dataclass
class SetSlot:
    """One detail set: its list name, the lines' slots and the fields summed below it."""

    name: str
    detail: DetailSetDef
    link_id: int
    lines: ObjectSlots
    totals: list[FieldSlot] = field(default_factory=list)

    @property
    def totals_name(self) -> str:
        return self.name + TOTALS_SUFFIX


@dataclass
class ObjectSlots:
    """The placeholders of one object as one reader sees it (hidden fields and unreadable objects left out)."""

    obj: ObjectDef
    fields: list[FieldSlot]
    sets: list[SetSlot] = field(default_factory=list)


class SlotPlanner:
    """Builds the placeholder tree of an object from the structure and the reader's rights."""

    def __init__(self, records: Any):
        self.config = records.config
        self.access = records.access

    def root(self, object_id: int) -> ObjectSlots:
        obj = self.config.object_by_id(object_id)
        slots = self.object_slots(obj, 0)
        taken = set(ROOT_NAMES) | {s.name for s in slots.fields}
        details = self.config.detail_sets_of(obj.id)
        names = unique_names([d.name for d in details], taken)
        for detail, name in zip(details, names, strict=True):
            link = self.config.link_by_id(detail.link)
            if not self.access.allowed("read", link.child):
                continue
            child = self.config.object_by_id(link.child)
            lines = self.object_slots(child, 1, skip=link.field)
            totals = [s for s in lines.fields if s.field.id in detail.totals]
            slots.sets.append(SetSlot(name, detail, link.id, lines, totals))
        return slots

    def object_slots(self, obj: ObjectDef, depth: int, skip: int | None = None) -> ObjectSlots:
        """An object's fields under their names (names over all fields, so rights never rename one)."""
        names = unique_names([f.name for f in obj.fields])
        out = []
        for f, name in zip(obj.fields, names, strict=True):
            if f.id == skip or not self.access.field_visible(obj.id, f.id):
                continue
            target = link_target(f)
            nested = None
            if target is not None and depth < MAX_HOPS and self.access.allowed("read", target):
                nested = self.object_slots(self.config.object_by_id(target), depth + 1)
            out.append(FieldSlot(name, f, nested))
        return ObjectSlots(obj, out)


class ContextBuilder:
    """Fills the placeholder tree with one record's values, as the reader may read them."""

    def __init__(self, records: Any, locale: str, user_name: str):
        self.records = records
        self.locale = locale
        self.style = locales.style_of(locale)
        self.user_name = user_name
        self._cache: dict[tuple[int, int], Record | None] = {}
        self._users: dict[int, str] | None = None
        self.files: dict[int, tuple[int, int, int]] = {}  # file id -> (object, record, field): images read by rights

    def context(self, slots: ObjectSlots, record: Record) -> dict[str, Any]:
        """The whole context of a record read with records.get (NotFound when the reader may not read it)."""
        today = dt.date.today()
        out = self.values(slots, record)
        out["today"] = TemplateValue(locales.format_date(today, self.style), today)
        out["user"] = TemplateValue(self.user_name, self.user_name)
        for s in slots.sets:
            lines = self.records.children(slots.obj.id, record.id, s.link_id)
            rows = [self.values(s.lines, line) for line in lines]
            out[s.name] = rows
            out[s.totals_name] = {t.name: self._total(t.field, lines) for t in s.totals}
        return out

    def values(self, slots: ObjectSlots, record: Record) -> dict[str, Any]:
        """One record's fields by name, plus its code."""
        out: dict[str, Any] = {"code": TemplateValue(record.code_text, record.code)}
        for slot in slots.fields:
            if slot.field.id in record.values:
                value = record.values[slot.field.id]
                if is_file(slot.field) and value is not None and getattr(value, "file_id", None) is not None:
                    self.files[value.file_id] = (record.object_id, record.id, slot.field.id)
                out[slot.name] = self._value(slot, value)
        return out

    def _value(self, slot: FieldSlot, value: Any) -> Any:
        f = slot.field
        if is_user_link(f):
            return TemplateValue(self._user(value), value)
        target = link_target(f)
        if target is None:
            return type_of(f).to_template(value, f, self.locale)
        linked = self._read(target, value)
        if slot.target is None:
            return TemplateValue(self._shown(linked), value)
        if linked is None:
            return RefRecord("", {})
        return RefRecord(self._shown(linked), self.values(slot.target, linked))

    def _read(self, object_id: int, record_id: Any) -> Record | None:
        """A referenced record as the reader may read it; None when missing or not readable."""
        if record_id is None:
            return None
        key = (object_id, int(record_id))
        if key not in self._cache:
            try:
                self._cache[key] = self.records.get(object_id, int(record_id))
            except (NotFound, PermissionDenied):
                self._cache[key] = None
        return self._cache[key]

    def _shown(self, record: Record | None) -> str:
        """A record's display text: its display field when the reader sees it, else its Code."""
        if record is None:
            return ""
        obj = self.records.config.object_by_id(record.object_id)
        if obj.display_field is None or obj.display_field not in record.values:
            return record.code_text
        f = obj.field_by_id(obj.display_field)
        target = link_target(f)
        if target is not None:
            return self._shown(self._read(target, record.values[f.id]))
        return str(type_of(f).to_template(record.values[f.id], f, self.locale))

    def _user(self, user_id: Any) -> str:
        if user_id is None:
            return ""
        if self._users is None:
            users = self.records.users
            self._users = {p.id: p.full_name or p.login for p in users.people()} if users is not None else {}
        return self._users.get(int(user_id), "")

    def _total(self, f: FieldDef, lines: list[Record]) -> TemplateValue:
        """The sum of a column over the lines the reader sees."""
        if not is_numeric(f):
            return TemplateValue("", None)
        found = [line.values[f.id] for line in lines if line.values.get(f.id) is not None]
        total = sum((Decimal(str(v)) for v in found), Decimal(0))
        return type_of(f).to_template(total, f, self.locale)
