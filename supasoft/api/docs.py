"""The /docs page: a plain listing of the API's routes and each object's fields (no scripts, nothing from a CDN)."""

from __future__ import annotations

from html import escape

from supasoft.api.openapi import openapi_document, value_schema
from supasoft.core.meta import Configuration

_STYLE = "body{font-family:sans-serif;max-width:60em;margin:2em auto}code{background:#eee;padding:0 .2em}td{padding:0 1em}"


def docs_page(config: Configuration) -> str:
    """HTML listing every route with its summary, then every object's fields and their JSON types."""
    document = openapi_document(config)
    lines = [f"<!doctype html><html><head><meta charset='utf-8'><title>Supasoft API</title><style>{_STYLE}</style></head><body>",
             "<h1>Supasoft API</h1>",
             "<p>Send <code>Authorization: Bearer &lt;token&gt;</code> with every call. The machine-readable "
             "description is <a href='/openapi.json'>/openapi.json</a> (OpenAPI 3.1).</p>",
             "<h2>Routes</h2><table>"]
    for path, operations in document["paths"].items():
        for method, operation in operations.items():
            if method == "parameters":
                continue
            lines.append(f"<tr><td><code>{method.upper()}</code></td><td><code>{escape(path)}</code></td>"
                         f"<td>{escape(operation.get('summary', ''))}</td></tr>")
    lines.append("</table><h2>Objects</h2>")
    for obj in sorted(config.objects, key=lambda o: (o.order, o.id)):
        lines.append(f"<h3>{escape(obj.plural)} (id {obj.id})</h3><table>")
        for f in obj.fields:
            schema = value_schema(f)
            kinds = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
            shown = " or ".join(k for k in kinds if k != "null")
            lines.append(f"<tr><td>{escape(f.name)}</td><td>{escape(f.type)}</td><td>{escape(shown)}</td></tr>")
        lines.append("</table>")
    lines.append("</body></html>")
    return "\n".join(lines)
