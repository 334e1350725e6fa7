"""The API's routes over the services: structure, records (list, get, create, update, delete, bulk), files, reports.

Each handler runs in a worker thread inside the token user's session and returns a response; errors are
raised as the services' own and turned into HTTP answers by app.answer_for.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import quote

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from supasoft.api.codec import ApiInputError, Codec, jsonable
from supasoft.api.openapi import openapi_document
from supasoft.core.errors import ConflictError, NotFound, PermissionDenied, SupasoftError
from supasoft.core.fieldtypes import FileValue
from supasoft.core.fieldtypes.roles import is_derived, is_file, link_target, type_of
from supasoft.core.messages import Message
from supasoft.core.meta import ObjectDef
from supasoft.services.api_tokens import ApiToken, refuse_write
from supasoft.services.record_model import Record
from supasoft.services.report_export import Grid
from supasoft.services.report_library import ReportLibrary
from supasoft.services.reports import ReportService

MAX_BULK = 1000


class StaleVersion(SupasoftError):
    """An update named an older version than the stored one: answered 409 with the fields changed since."""

    def __init__(self, message: Any, version: int, fields: list[str]):
        super().__init__(message)
        self.version = version
        self.fields = fields


@dataclass
class Call:
    """One request as a handler sees it."""

    session: Any
    codec: Codec
    token: ApiToken
    request: Request
    body: bytes
    write: bool

    @property
    def records(self) -> Any:
        return self.session.records

    def json(self) -> Any:
        if not self.body:
            raise ApiInputError(Message("The request needs a JSON body"))
        try:
            return json.loads(self.body)
        except ValueError:
            raise ApiInputError(Message("The body is not valid JSON")) from None

    def object(self) -> ObjectDef:
        """The object of the path (its id, name or plural), if the user may read it and the token covers it."""
        if self.write:
            refuse_write(self.token)
        wanted = self.request.path_params["object"].strip()
        config = self.records.config
        for obj in config.objects:
            if wanted == str(obj.id) or wanted.casefold() in (obj.name.casefold(), obj.plural.casefold()):
                if self.token.covers(obj.id) and self.session.access.allowed("read", obj.id):
                    return obj
                break
        raise NotFound(Message("No object {name!r}", name=wanted))

    @property
    def record_id(self) -> int:
        return int(self.request.path_params["id"])


def _json(data: Any, status: int = 200, *, ready: bool = False) -> JSONResponse:
    """A JSON answer; `ready` when the codec already turned every value into JSON (no second walk over a page)."""
    return JSONResponse(data if ready else jsonable(data), status_code=status)


# --- structure ------------------------------------------------------------------------------------------
def _usable(call: Call) -> list[ObjectDef]:
    """The objects the token covers and its user may read, each with the fields the user sees only."""
    return [replace(obj, fields=call.codec.visible_fields(obj)) for obj in call.records.config.objects
            if call.token.covers(obj.id) and call.session.access.allowed("read", obj.id)]


def openapi(call: Call) -> Response:
    """The OpenAPI document of what this token may use."""
    return _json(openapi_document(_usable(call)), ready=True)


def structure(call: Call) -> Response:
    """The objects the token may use, with the fields the user sees: types, choices, targets, what may be set."""
    access = call.session.access
    objects = []
    for obj in call.records.config.objects:
        if not call.token.covers(obj.id) or not access.allowed("read", obj.id):
            continue
        fields = [{"id": f.id, "name": f.name, "type": f.type, "required": f.required,
                   "read_only": is_derived(f) or access.field_mode(obj.id, f.id) != "editable",
                   "choices": list(f.choices) if type_of(f).has_choices else None,
                   "target": link_target(f), "operators": list(type_of(f).operators)}
                  for f in call.codec.visible_fields(obj)]
        objects.append({"id": obj.id, "name": obj.name, "plural": obj.plural, "fields": fields,
                        "can_create": access.allowed("create", obj.id), "can_update": access.allowed("update", obj.id),
                        "can_delete": access.allowed("delete", obj.id)})
    return _json({"objects": objects})


# --- records --------------------------------------------------------------------------------------------
def list_records(call: Call) -> Response:
    obj = call.object()
    query, shown = call.codec.list_query(obj, call.request.query_params)
    rows = call.records.list(obj.id, query)
    out: dict[str, Any] = {"items": [call.codec.row_out(shown, r) for r in rows], "offset": query.offset, "limit": query.limit}
    if call.request.query_params.get("total", "").lower() in ("1", "true", "yes"):
        out["total"] = call.records.count(obj.id, query)
    return _json(out, ready=True)


def get_record(call: Call) -> Response:
    obj = call.object()
    return _json(call.codec.record_out(obj, call.records.get(obj.id, call.record_id)), ready=True)


def _writable(call: Call, obj: ObjectDef, values: dict[int, Any]) -> None:
    """Read-only fields are refused by name rather than silently kept."""
    locked = [obj.field_by_id(fid).name for fid in values if call.session.access.field_mode(obj.id, fid) != "editable"]
    if locked:
        raise PermissionDenied(Message("You may not change: {names}", names=", ".join(locked)))


def _values(call: Call, obj: ObjectDef, raw: Any) -> dict[int, Any]:
    values = call.codec.values_in(obj, raw)
    _writable(call, obj, values)
    return values


def create_record(call: Call) -> Response:
    obj = call.object()
    body = call.json()
    record = call.records.new(obj.id)
    record.values.update(_values(call, obj, body.get("values") if isinstance(body, dict) else None))
    saved = call.records.save(record)
    if not call.session.access.full_rights:  # what the user may see of it: masked as a read masks it
        saved = call.records.get(obj.id, saved.id)
    return _json(call.codec.record_out(obj, saved), 201, ready=True)


def _version(raw: Any) -> int:
    if not isinstance(raw, int) or isinstance(raw, bool):
        raise ApiInputError(Message("An update needs the record's 'version' (a whole number) as it was read"))
    return raw


def _update(call: Call, obj: ObjectDef, record_id: int, version: int, values: dict[int, Any]) -> Record:
    """Save changed values over the stored record, if it still has the version the caller read."""
    current = call.records.get(obj.id, record_id)
    if current.version != version:
        changed = sorted({e.field_name for e in call.records.history_of(obj.id, record_id)
                          if e.version > version and e.field_id is not None})
        raise StaleVersion(Message("Record {record_id} was changed by someone else meanwhile (changed: {names}).",
                                   record_id=record_id, names=", ".join(changed) or "no field values"),
                           current.version, changed)
    record = Record(obj.id, record_id, current.code, version, {**current.values, **values}, dict(current.values),
                    code_text=obj.format_code(current.code))
    return call.records.save(record)


def update_record(call: Call) -> Response:
    obj = call.object()
    body = call.json()
    if not isinstance(body, dict):
        raise ApiInputError(Message("The body is a JSON object with 'version' and 'values'"))
    values = _values(call, obj, body.get("values"))
    _update(call, obj, call.record_id, _version(body.get("version")), values)
    return _json(call.codec.record_out(obj, call.records.get(obj.id, call.record_id)))


def delete_record(call: Call) -> Response:
    obj = call.object()
    call.records.get(obj.id, call.record_id)  # a record the user may not read answers 404, as a missing one
    return _json({"trash_id": call.records.delete(obj.id, call.record_id)})


def bulk(call: Call) -> Response:
    """{"create": [{"values": {...}}], "update": [{"id", "version", "values"}]}: creates in one transaction
    (all or none); updates one by one, each answered with its own status."""
    obj = call.object()
    body = call.json()
    if not isinstance(body, dict):
        raise ApiInputError(Message("The body is a JSON object with 'create' and/or 'update' lists"))
    creates, updates = body.get("create") or [], body.get("update") or []
    if not isinstance(creates, list) or not isinstance(updates, list) or len(creates) + len(updates) > MAX_BULK:
        raise ApiInputError(Message("'create' and 'update' are lists of at most {count} records in all", count=MAX_BULK))
    rows = [_values(call, obj, item.get("values") if isinstance(item, dict) else None) for item in creates]
    created = call.records.insert_many(obj.id, rows) if rows else []
    updated = []
    for item in updates:
        if not isinstance(item, dict) or not isinstance(item.get("id"), int):
            raise ApiInputError(Message("Each update has an 'id', a 'version' and 'values'"))
        try:
            saved = _update(call, obj, item["id"], _version(item.get("version")), _values(call, obj, item.get("values")))
            updated.append({"id": item["id"], "status": 200, "version": saved.version})
        except (StaleVersion, ConflictError) as exc:
            updated.append({"id": item["id"], "status": 409, "error": str(exc)})
        except NotFound as exc:
            updated.append({"id": item["id"], "status": 404, "error": str(exc)})
        except SupasoftError as exc:
            updated.append({"id": item["id"], "status": 422, "error": str(exc)})
    return _json({"created": created, "updated": updated})


# --- files ----------------------------------------------------------------------------------------------
def _file_field(call: Call, obj: ObjectDef) -> Any:
    f = call.codec.field(obj, call.request.path_params["field"])
    if not is_file(f):
        raise ApiInputError(Message("{name} is not a file field", name=f.name))
    return f


def download(call: Call) -> Response:
    obj = call.object()
    f = _file_field(call, obj)
    value = call.records.get(obj.id, call.record_id).values.get(f.id)
    if not isinstance(value, FileValue) or value.file_id is None:
        raise NotFound(Message("{name} holds no file", name=f.name))
    name, data = call.records.read_file(value.file_id, object_id=obj.id, record_id=call.record_id, field_id=f.id)
    return Response(data, media_type="application/octet-stream",
                    headers={"Content-Disposition": f"attachment; filename*=UTF-8''{quote(name)}"})


def upload(call: Call) -> Response:
    """PUT the file's bytes as the body, its name in ?name=, optionally ?version= as read."""
    obj = call.object()
    f = _file_field(call, obj)
    name = call.request.query_params.get("name", "").strip()
    if not name:
        raise ApiInputError(Message("Give the file's name as ?name="))
    values = {f.id: FileValue(name, data=call.body)}
    _writable(call, obj, values)
    version = call.request.query_params.get("version")
    if version is None:
        version = call.records.get(obj.id, call.record_id).version
    elif not version.isdigit():
        raise ApiInputError(Message("version must be a whole number"))
    _update(call, obj, call.record_id, int(version), values)
    return _json(call.codec.record_out(obj, call.records.get(obj.id, call.record_id)))


# --- reports --------------------------------------------------------------------------------------------
def reports(call: Call) -> Response:
    config = call.records.config
    found = [r for r in ReportLibrary(call.records).list() if call.token.covers(r.object_id)]
    return _json({"reports": [{"id": r.id, "name": r.name, "object": config.object_by_id(r.object_id).name,
                               "shared": r.shared} for r in found]})


def run_report(call: Call) -> Response:
    """A saved report's numbers as a grid (header rows, then a row per group, subtotals and totals); ?name=value
    query parameters fill its parameters."""
    library = ReportLibrary(call.records)
    saved = next((r for r in library.list() if r.id == call.record_id and call.token.covers(r.object_id)), None)
    if saved is None:
        raise NotFound(Message("No report #{id}", id=call.record_id))
    result = ReportService(call.records).run(library.load(saved.id), dict(call.request.query_params))
    grid = Grid(result)
    return _json({"id": saved.id, "name": saved.name, "header_rows": grid.header_rows, "cells": grid.cells})
