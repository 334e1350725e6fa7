"""The /docs page: a plain listing of the API's routes (no scripts, nothing from a CDN).

It needs no token, so it names no object or field: the structure a token may use is in /openapi.json and
/api/v1/structure, both answered with the token's rights.
"""

from __future__ import annotations

from html import escape

from supasoft.api.openapi import openapi_document

_STYLE = "body{font-family:sans-serif;max-width:60em;margin:2em auto}code{background:#eee;padding:0 .2em}td{padding:0 1em}"
_PER_OBJECT = (
    ("GET", "/api/v1/objects/{object}/records", "a page of records: fields, filter, search, sort, offset, limit, total"),
    ("POST", "/api/v1/objects/{object}/records", "create a record: {\"values\": {...}}"),
    ("POST", "/api/v1/objects/{object}/records/bulk", "create and update many records"),
    ("GET", "/api/v1/objects/{object}/records/{id}", "one record"),
    ("PATCH", "/api/v1/objects/{object}/records/{id}", "change a record: {\"version\": n, \"values\": {...}}; 409 when stale"),
    ("DELETE", "/api/v1/objects/{object}/records/{id}", "move a record to the trash"),
    ("GET", "/api/v1/objects/{object}/records/{id}/files/{field}", "download a file"),
    ("PUT", "/api/v1/objects/{object}/records/{id}/files/{field}?name=...", "attach the body's bytes as a file"),
)


def docs_page() -> str:
    """HTML listing every route with its summary."""
    lines = [f"<!doctype html><html><head><meta charset='utf-8'><title>Supasoft API</title><style>{_STYLE}</style></head><body>",
             "<h1>Supasoft API</h1>",
             "<p>Send <code>Authorization: Bearer &lt;token&gt;</code> with every call; each call acts with the rights of "
             "the token's user. The machine-readable description of what your token may use is "
             "<code>GET /openapi.json</code> (OpenAPI 3.1, with the token), its objects and fields "
             "<code>GET /api/v1/structure</code>. <code>{object}</code> is an object's id, name or plural.</p>",
             "<h2>Routes</h2><table>"]
    rows = [(method.upper(), path, operation.get("summary", ""))
            for path, operations in openapi_document([])["paths"].items()
            for method, operation in operations.items() if method != "parameters"]
    for method, path, summary in [*rows, *_PER_OBJECT]:
        lines.append(f"<tr><td><code>{method}</code></td><td><code>{escape(path)}</code></td><td>{escape(summary)}</td></tr>")
    lines.append("</table></body></html>")
    return "\n".join(lines)
