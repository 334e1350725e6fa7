"""The live OpenAPI 3.1 document: the fixed routes, plus a schema of each object's values built from the structure.

It is generated per token, from what its user may see: the objects the token covers and the user may read, with
the fields visible to that user only (a hidden field's name never leaves the server).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from supasoft import __version__
from supasoft.core.fieldtypes.roles import is_derived, is_file, is_link, result_kind, type_of
from supasoft.core.meta import FieldDef, ObjectDef

PREFIX = "/api/v1"
_ERROR = {"$ref": "#/components/responses/Error"}


def value_schema(f: FieldDef) -> dict[str, Any]:
    """The JSON schema of one field's value as to_api writes it (every value may be null)."""
    t = type_of(f)
    schema: dict[str, Any]
    if is_file(f):
        schema = {"type": ["object", "null"], "properties": {"file_id": {"type": "integer"}, "name": {"type": "string"},
                                                             "size": {"type": ["integer", "null"]}}}
    elif is_link(f):
        schema = {"type": ["integer", "null"], "description": "the id of the record (or user) it points at"}
    elif t.has_choices:
        schema = {"type": ["string", "null"], "enum": [*f.choices, None]}
    else:
        kind = result_kind(f)
        if kind == "boolean":
            schema = {"type": ["boolean", "null"]}
        elif kind == "date":
            schema = {"type": ["string", "null"], "format": "date"}
        elif kind == "datetime":
            schema = {"type": ["string", "null"], "format": "date-time"}
        elif kind == "number" and t.whole_number:
            schema = {"type": ["integer", "null"]}
        elif kind == "number":
            schema = {"type": ["string", "number", "null"], "description": "exact decimals as text, e.g. \"12.50\""}
        else:
            schema = {"type": ["string", "null"]}
    if is_derived(f):
        schema["readOnly"] = True
    if f.description:
        schema["description"] = f.description
    return schema


def _schema_name(obj: ObjectDef) -> str:
    return f"Values{obj.id}"


def _object_schemas(obj: ObjectDef) -> dict[str, Any]:
    values = {"type": "object", "title": obj.name, "additionalProperties": False,
              "properties": {f.name: value_schema(f) for f in obj.fields}}
    return {_schema_name(obj): values}


def _record_schema(obj: ObjectDef) -> dict[str, Any]:
    return {"type": "object", "properties": {
        "id": {"type": "integer"}, "code": {"type": "string"}, "version": {"type": "integer"},
        "values": {"$ref": f"#/components/schemas/{_schema_name(obj)}"}}}


def _json_body(schema: dict[str, Any]) -> dict[str, Any]:
    return {"required": True, "content": {"application/json": {"schema": schema}}}


def _ok(schema: dict[str, Any], description: str = "OK") -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def _object_paths(obj: ObjectDef) -> dict[str, Any]:
    base = f"{PREFIX}/objects/{obj.id}/records"
    record = _record_schema(obj)
    values_ref = {"$ref": f"#/components/schemas/{_schema_name(obj)}"}
    tag = [obj.plural]
    one = [{"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}]
    list_params = [
        {"name": n, "in": "query", "required": False, "schema": {"type": s}, "description": d} for n, s, d in (
            ("fields", "string", "comma-separated field names or paths through references (Client.Name); 'code' for the Code"),
            ("filter", "string", 'JSON: {"mode": "and", "items": [{"field": "Name", "op": "contains", "value": "x"}]}'),
            ("search", "string", "quick search over the text fields"),
            ("sort", "string", "comma-separated field names; a leading - sorts descending"),
            ("offset", "integer", "records to skip"),
            ("limit", "integer", "records in the page (1..1000, default 100)"),
            ("total", "boolean", "also count every record the filter matches"))]
    errors = {"400": _ERROR, "401": _ERROR, "403": _ERROR, "404": _ERROR, "429": _ERROR}
    return {
        base: {
            "get": {"tags": tag, "operationId": f"list{obj.id}", "summary": f"List {obj.plural}", "parameters": list_params,
                    "responses": {"200": _ok({"type": "object", "properties": {
                        "items": {"type": "array", "items": {"type": "object"}}, "offset": {"type": "integer"},
                        "limit": {"type": "integer"}, "total": {"type": "integer"}}}), **errors}},
            "post": {"tags": tag, "operationId": f"create{obj.id}", "summary": f"Create a {obj.name}",
                     "requestBody": _json_body({"type": "object", "properties": {"values": values_ref}}),
                     "responses": {"201": _ok(record, "Created"), "422": _ERROR, **errors}},
        },
        f"{base}/bulk": {
            "post": {"tags": tag, "operationId": f"bulk{obj.id}", "summary": f"Create and update many {obj.plural}",
                     "requestBody": _json_body({"type": "object", "properties": {
                         "create": {"type": "array", "items": {"type": "object", "properties": {"values": values_ref}}},
                         "update": {"type": "array", "items": {"type": "object", "properties": {
                             "id": {"type": "integer"}, "version": {"type": "integer"}, "values": values_ref}}}}}),
                     "responses": {"200": _ok({"type": "object"}), "422": _ERROR, **errors}},
        },
        f"{base}/{{id}}": {
            "parameters": one,
            "get": {"tags": tag, "operationId": f"get{obj.id}", "summary": f"One {obj.name}",
                    "responses": {"200": _ok(record), **errors}},
            "patch": {"tags": tag, "operationId": f"update{obj.id}", "summary": f"Change a {obj.name} (with the version read)",
                      "requestBody": _json_body({"type": "object", "required": ["version", "values"], "properties": {
                          "version": {"type": "integer"}, "values": values_ref}}),
                      "responses": {"200": _ok(record), "409": _ERROR, "422": _ERROR, **errors}},
            "delete": {"tags": tag, "operationId": f"delete{obj.id}", "summary": f"Move a {obj.name} to the trash",
                       "responses": {"200": _ok({"type": "object", "properties": {"trash_id": {"type": "integer"}}}), **errors}},
        },
    } | _file_paths(obj, base, one, errors)


def _file_paths(obj: ObjectDef, base: str, one: list[dict[str, Any]], errors: dict[str, Any]) -> dict[str, Any]:
    if not any(is_file(f) for f in obj.fields):
        return {}
    field = {"name": "field", "in": "path", "required": True, "description": "the file field's name",
             "schema": {"type": "string", "enum": [f.name for f in obj.fields if is_file(f)]}}
    return {f"{base}/{{id}}/files/{{field}}": {
        "parameters": [*one, field],
        "get": {"tags": [obj.plural], "operationId": f"download{obj.id}", "summary": "Download the file",
                "responses": {"200": {"description": "the file's bytes",
                                      "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}},
                              **errors}},
        "put": {"tags": [obj.plural], "operationId": f"upload{obj.id}", "summary": "Attach a file (the body's bytes)",
                "parameters": [{"name": "name", "in": "query", "required": True, "schema": {"type": "string"}},
                               {"name": "version", "in": "query", "required": False, "schema": {"type": "integer"}}],
                "requestBody": {"required": True, "content": {"application/octet-stream": {
                    "schema": {"type": "string", "format": "binary"}}}},
                "responses": {"200": _ok(_record_schema(obj)), "409": _ERROR, **errors}},
    }}


def _fixed_paths() -> dict[str, Any]:
    errors = {"401": _ERROR, "429": _ERROR}
    return {
        f"{PREFIX}/structure": {"get": {"tags": ["Structure"], "operationId": "structure",
                                        "summary": "Objects, fields and choices the token's user sees",
                                        "responses": {"200": _ok({"type": "object"}), **errors}}},
        f"{PREFIX}/reports": {"get": {"tags": ["Reports"], "operationId": "reports", "summary": "Saved reports",
                                      "responses": {"200": _ok({"type": "object"}), **errors}}},
        f"{PREFIX}/reports/{{id}}": {"get": {
            "tags": ["Reports"], "operationId": "runReport", "summary": "Run a saved report (query parameters fill its parameters)",
            "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}],
            "responses": {"200": _ok({"type": "object", "properties": {
                "header_rows": {"type": "integer"}, "cells": {"type": "array", "items": {"type": "array"}}}}),
                "404": _ERROR, **errors}}},
    }


def openapi_document(objects: Iterable[ObjectDef]) -> dict[str, Any]:
    """The whole document for these objects (as the caller may see them: the fields they hold are the visible ones)."""
    paths = _fixed_paths()
    schemas: dict[str, Any] = {}
    for obj in sorted(objects, key=lambda o: (o.order, o.id)):
        paths.update(_object_paths(obj))
        schemas.update(_object_schemas(obj))
    return {
        "openapi": "3.1.0",
        "info": {"title": "Supasoft API", "version": __version__,
                 "description": "Records, files and reports of this Supasoft database, under the rights of the token's user."},
        "paths": paths,
        "security": [{"token": []}],
        "components": {
            "securitySchemes": {"token": {"type": "http", "scheme": "bearer"}},
            "schemas": schemas | {"Error": {"type": "object", "properties": {
                "error": {"type": "string"}, "fields": {"type": "array", "items": {"type": "string"}},
                "version": {"type": "integer"}}}},
            "responses": {"Error": {"description": "An error, with a human message",
                                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}},
        },
    }
