"""Records and queries in JSON: fields by name (or id), paths through references ("Client.Name"), filters, sorts.

Only the fields the user may see are known here, so a hidden field answers as an unknown one in values,
filters, sorts and chosen fields alike. Values go through the field types' to_api / from_api hooks.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Any

from supasoft.core.errors import SupasoftError
from supasoft.core.fieldtypes import FileValue
from supasoft.core.fieldtypes.roles import is_derived, links_object, type_of
from supasoft.core.messages import Message
from supasoft.core.meta import Condition, FieldDef, FilterGroup, ObjectDef, SortKey
from supasoft.services.record_model import ListQuery, Record, RefValue

CODE = "code"  # the Code in chosen fields and sorts
MAX_LIMIT = 1000
MAX_FILTER_DEPTH = 8


class ApiInputError(SupasoftError):
    """A request's parameters or body do not fit (answered 400 with the message)."""


class Codec:
    """JSON for one user's session: what the user sees of the structure, and values both ways."""

    def __init__(self, session: Any):
        self.session = session
        self.config = session.records.config
        self.access = session.access

    # --- names -----------------------------------------------------------------------------------------
    def visible_fields(self, obj: ObjectDef) -> list[FieldDef]:
        return [f for f in obj.fields if self.access.field_visible(obj.id, f.id)]

    def field(self, obj: ObjectDef, name: str) -> FieldDef:
        """A visible field by its name (case ignored) or id; an unknown or hidden one is refused the same way."""
        text = str(name).strip()
        for f in self.visible_fields(obj):
            if f.name.casefold() == text.casefold() or text == str(f.id):
                return f
        raise ApiInputError(Message("{object} has no field {name!r}", object=obj.name, name=text))

    def path(self, obj: ObjectDef, dotted: str) -> tuple[tuple[int, ...], FieldDef | None]:
        """"Client.Name" -> field ids through references, and the field at the end (None for the Code)."""
        if dotted.strip().casefold() == CODE:
            return (), None
        ids: list[int] = []
        current, last = obj, None
        for part in dotted.split("."):
            if last is not None:
                if not links_object(last) or last.target is None:
                    raise ApiInputError(Message("{name!r} is not a reference, so nothing follows it", name=last.name))
                current = self.config.object_by_id(last.target)
                if not self.access.allowed("read", current.id):
                    raise ApiInputError(Message("{object} has no field {name!r}", object=current.name, name=part))
            last = self.field(current, part)
            ids.append(last.id)
        return tuple(ids), last

    # --- values ----------------------------------------------------------------------------------------
    def value_out(self, f: FieldDef | None, value: Any) -> Any:
        if isinstance(value, RefValue):
            return value.id
        if f is None:
            return value
        return jsonable(type_of(f).to_api(value, f))

    def record_out(self, obj: ObjectDef, record: Record) -> dict[str, Any]:
        values = {f.name: self.value_out(f, record.values.get(f.id)) for f in self.visible_fields(obj) if f.id in record.values}
        return {"id": record.id, "code": obj.format_code(record.code) if record.code is not None else record.code_text,
                "version": record.version, "values": values}

    def values_in(self, obj: ObjectDef, raw: Any) -> dict[int, Any]:
        """A JSON object of field name -> value to canonical values; computed fields cannot be set."""
        if not isinstance(raw, dict):
            raise ApiInputError(Message("'values' must be a JSON object of field names and values"))
        out: dict[int, Any] = {}
        problems = []
        for name, value in raw.items():
            f = self.field(obj, name)
            if is_derived(f):
                problems.append(Message("{name}: is computed and cannot be set", name=f.name))
                continue
            try:
                out[f.id] = type_of(f).from_api(value, f)
            except ValueError as exc:
                problems.append(Message("{name}: {problem}", name=f.name, problem=exc.args[0] if exc.args else ""))
        if problems:
            raise ApiInputError("; ".join(str(p) for p in problems))
        return out

    # --- lists -----------------------------------------------------------------------------------------
    def list_query(self, obj: ObjectDef, params: Any) -> tuple[ListQuery, list[tuple[str, FieldDef | None]]]:
        """ListQuery from query parameters (fields, filter, search, sort, offset, limit) and the output columns."""
        chosen = [p.strip() for p in params.get("fields", "").split(",") if p.strip()]
        if not chosen:
            chosen = [CODE] + [f.name for f in self.visible_fields(obj)]
        columns: list[tuple[int, ...]] = []
        shown: list[tuple[str, FieldDef | None]] = []
        for name in chosen:
            path, f = self.path(obj, name)
            columns.append(path)
            shown.append((name, f))
        sort = []
        for key in (k.strip() for k in params.get("sort", "").split(",") if k.strip()):
            descending = key.startswith("-")
            sort.append(SortKey(self.path(obj, key.lstrip("-+"))[0], descending))
        raw_filter = params.get("filter")
        where = None
        if raw_filter:
            try:
                parsed = json.loads(raw_filter)
            except ValueError:
                raise ApiInputError(Message("'filter' is not valid JSON")) from None
            where = self.filter(obj, parsed, 0)
        offset = _whole(params.get("offset", "0"), "offset", 0, None)
        limit = _whole(params.get("limit", "100"), "limit", 1, MAX_LIMIT)
        return ListQuery(columns=columns, filter=where, search=params.get("search", ""), sort=sort,
                         offset=offset, limit=limit), shown

    def filter(self, obj: ObjectDef, raw: Any, depth: int) -> FilterGroup:
        """{"mode": "and"|"or", "items": [{"field": "Client.Name", "op": "contains", "value": "x"}, {group}...]},
        with the filter builder's operators; a single condition or a list of them is taken as an AND group."""
        if depth > MAX_FILTER_DEPTH:
            raise ApiInputError(Message("The filter is nested too deeply"))
        if isinstance(raw, list):
            raw = {"mode": "and", "items": raw}
        if not isinstance(raw, dict):
            raise ApiInputError(Message("A filter is a JSON object"))
        if "items" not in raw:
            raw = {"mode": "and", "items": [raw]}
        mode = raw.get("mode", "and")
        if mode not in ("and", "or") or not isinstance(raw["items"], list):
            raise ApiInputError(Message("A filter group has a mode (and, or) and a list of items"))
        items: list[Condition | FilterGroup] = []
        for item in raw["items"]:
            if isinstance(item, dict) and "items" in item:
                items.append(self.filter(obj, item, depth + 1))
                continue
            if not isinstance(item, dict) or not isinstance(item.get("field"), str) or not isinstance(item.get("op"), str):
                raise ApiInputError(Message("A filter condition has a field, an op and a value"))
            path, f = self.path(obj, item["field"])
            allowed = type_of(f).operators if f is not None else ("eq", "ne", "lt", "le", "gt", "ge", "between", "in")
            if item["op"] not in allowed:
                raise ApiInputError(Message("{name} cannot be filtered with {op!r} (use one of: {ops})",
                                            name=item["field"], op=item["op"], ops=", ".join(allowed)))
            items.append(Condition(path, item["op"], item.get("value")))
        return FilterGroup(mode, items)

    def row_out(self, shown: list[tuple[str, FieldDef | None]], row: Any) -> dict[str, Any]:
        return {"id": row.id, "version": row.version,
                "values": {name: self.value_out(f, cell) for (name, f), cell in zip(shown, row.cells, strict=True)}}


def jsonable(value: Any) -> Any:
    """What json.dumps cannot write by itself: exact decimals as text, dates in ISO form, files as their facts."""
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    if isinstance(value, FileValue):
        return {"file_id": value.file_id, "name": value.name, "size": value.size}
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    return value


def _whole(text: str, name: str, low: int, high: int | None) -> int:
    try:
        value = int(text)
    except (TypeError, ValueError):
        raise ApiInputError(Message("{name} must be a whole number", name=name)) from None
    if value < low or (high is not None and value > high):
        raise ApiInputError(Message("{name} must be between {low} and {high}", name=name, low=low, high=high or "any"))
    return value
