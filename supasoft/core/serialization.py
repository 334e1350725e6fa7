"""Configuration <-> one JSON document (the CLI's and Configurator's export format), versioned."""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from typing import Any

from supasoft.core.errors import SchemaError
from supasoft.core.meta import (
    CONFIG_FORMAT,
    CardDef,
    ColumnDef,
    Condition,
    Configuration,
    DetailSetDef,
    FieldDef,
    FilterGroup,
    LayoutNode,
    LinkDef,
    ListDef,
    ObjectDef,
    SortKey,
)

DOCUMENT_KIND = "supasoft-configuration"


def to_plain(value: Any) -> Any:
    """A dataclass tree to JSON-ready dicts and lists; defaults are kept for readability."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out: dict[str, Any] = {}
        if isinstance(value, (Condition, FilterGroup)):
            out["kind"] = "condition" if isinstance(value, Condition) else "group"
        for f in dataclasses.fields(value):
            out[f.name] = to_plain(getattr(value, f.name))
        return out
    if isinstance(value, (list, tuple)):
        return [to_plain(v) for v in value]
    return value


_CLASSES = {
    cls.__name__: cls
    for cls in (
        FieldDef, ObjectDef, LinkDef, DetailSetDef, ListDef, ColumnDef, SortKey, Condition,
        FilterGroup, LayoutNode, CardDef, Configuration,
    )
}


def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls, globalns=vars(__import__("supasoft.core.meta", fromlist=["x"])))


def from_plain(cls: Any, data: Any) -> Any:
    """Rebuild a dataclass (or container of them) from to_plain output, checking the shapes."""
    if data is None:
        return None
    origin = typing.get_origin(cls)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(cls) if a is not type(None)]
        if Condition in options and FilterGroup in options and isinstance(data, dict):
            return from_plain(Condition if data.get("kind") == "condition" else FilterGroup, data)
        if len(options) == 1:
            return from_plain(options[0], data)
        return data
    if origin is list:
        (inner,) = typing.get_args(cls)
        return [from_plain(inner, v) for v in _as_list(data)]
    if origin is tuple:
        return tuple(_as_list(data))
    if origin is typing.Literal:
        return data
    if isinstance(cls, type) and dataclasses.is_dataclass(cls):
        if not isinstance(data, dict):
            raise SchemaError(f"{cls.__name__}: expected an object, got {type(data).__name__}")
        hints = _hints(cls)
        kwargs = {}
        for f in dataclasses.fields(cls):
            if f.name in data:
                kwargs[f.name] = from_plain(hints[f.name], data[f.name])
        try:
            return cls(**kwargs)
        except TypeError as exc:
            raise SchemaError(f"{cls.__name__}: {exc}") from None
    return data


def _as_list(data: Any) -> list[Any]:
    if not isinstance(data, list):
        raise SchemaError(f"expected a list, got {type(data).__name__}")
    return data


def configuration_to_json(config: Configuration, indent: int | None = 2) -> str:
    """The whole configuration as one JSON text."""
    doc = {"kind": DOCUMENT_KIND, **to_plain(config)}
    return json.dumps(doc, ensure_ascii=False, indent=indent, sort_keys=False)


def configuration_from_json(text: str) -> Configuration:
    """Parse an exported configuration; SchemaError with a clear message on anything malformed."""
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SchemaError(f"Not a configuration file: invalid JSON at line {exc.lineno}: {exc.msg}") from None
    if not isinstance(doc, dict) or doc.get("kind") != DOCUMENT_KIND:
        raise SchemaError("Not a Supasoft configuration file")
    if int(doc.get("format", 0)) > CONFIG_FORMAT:
        raise SchemaError("This configuration was written by a newer Supasoft; upgrade first")
    doc.pop("kind")
    config = from_plain(Configuration, doc)
    for obj in config.objects:
        for f in obj.fields:
            f.choices = tuple(f.choices)
            f.source = tuple(f.source) if f.source is not None else None
            f.receiver = tuple(f.receiver) if f.receiver is not None else None
    for lst in config.lists:
        for col in lst.columns:
            col.path = tuple(col.path)
        for key in lst.sort:
            key.path = tuple(key.path)
    return config


def clone_configuration(config: Configuration) -> Configuration:
    """A deep copy, so a change can be prepared and thrown away."""
    return configuration_from_json(configuration_to_json(config, indent=None))
