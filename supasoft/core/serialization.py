"""Configuration <-> one JSON document (the CLI's and Configurator's export format), versioned.

Exact numbers (a field's minimum and maximum, core.meta.Bound) are written as a whole number, or as a number
text when they have a fraction ("0.15"), so a round trip keeps them exact; on reading a number or a number text
is accepted. A field's `extra` options are a JSON object. Keys a document lacks take their defaults, so documents
written before an option existed still load.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import types
import typing
from decimal import Decimal, InvalidOperation
from typing import Any

from supasoft.core.errors import SchemaError
from supasoft.core.meta import (
    CONFIG_FORMAT,
    Bound,
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
    UniqueKeyDef,
)

DOCUMENT_KIND = "supasoft-configuration"


#: Field options added later are written only when set, so documents without them stay byte-identical.
_OMITTED_WHEN_UNSET = frozenset({"minimum", "maximum", "extra"})


def to_plain(value: Any) -> Any:
    """A dataclass tree to JSON-ready dicts and lists; defaults are kept for readability (later options: when set)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out: dict[str, Any] = {}
        if isinstance(value, (Condition, FilterGroup)):
            out["kind"] = "condition" if isinstance(value, Condition) else "group"
        for f in dataclasses.fields(value):
            item = getattr(value, f.name)
            if isinstance(value, FieldDef) and f.name in _OMITTED_WHEN_UNSET and item in (None, {}):
                continue
            if isinstance(value, ObjectDef) and f.name == "unique_keys" and not item:
                continue  # documents of objects without keys stay as they were
            out[f.name] = to_plain(item)
        return out
    if isinstance(value, (list, tuple)):
        return [to_plain(v) for v in value]
    if isinstance(value, Decimal):
        whole = value.is_finite() and value.adjusted() < 30 and value == value.to_integral_value()
        return int(value) if whole else str(value)
    if isinstance(value, dict):
        return {key: to_plain(v) for key, v in value.items()}
    return value


_CLASSES = {
    cls.__name__: cls
    for cls in (
        FieldDef, ObjectDef, LinkDef, DetailSetDef, ListDef, ColumnDef, SortKey, Condition,
        FilterGroup, LayoutNode, CardDef, Configuration, UniqueKeyDef,
    )
}


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    """A dataclass's resolved field types (resolving them costs ~0.1 ms: once per class, not per object)."""
    return typing.get_type_hints(cls, globalns=vars(__import__("supasoft.core.meta", fromlist=["x"])))


@functools.cache
def _fields(cls: type) -> tuple[dataclasses.Field, ...]:
    return dataclasses.fields(cls)


class DocumentError(SchemaError):
    """Every problem of a configuration document, each with its JSON path (nothing was changed)."""

    def __init__(self, problems: list[tuple[str, str]], intro: str = "The configuration has problems; nothing was changed"):
        self.problems = problems
        listed = "\n".join(f"  {path}: {message}" if path else f"  {message}" for path, message in problems)
        super().__init__(f"{intro} ({len(problems)}):\n{listed}")


_BOUND_OPTIONS = set(typing.get_args(Bound))
_KIND_NAMES = {int: "a whole number", str: "a text", bool: "true or false", float: "a number"}


def _kind(data: Any) -> str:
    if data is None:
        return "null"
    if isinstance(data, bool):
        return "true/false"
    return {int: "a number", float: "a number", str: "a text", list: "a list", dict: "an object"}.get(type(data), type(data).__name__)


class _Reader:
    """Rebuilds dataclasses from plain JSON values, noting each shape problem with its path."""

    def __init__(self) -> None:
        self.problems: list[tuple[str, str]] = []

    def wrong(self, path: str, message: str) -> None:
        self.problems.append((path, message))

    def read(self, cls: Any, data: Any, path: str) -> Any:
        if cls is Any:
            return data
        if cls in _KIND_NAMES:  # most values: checked before the slower typing introspection
            return self.plain(cls, data, path)
        origin = typing.get_origin(cls)
        if origin in (typing.Union, types.UnionType):
            options = [a for a in typing.get_args(cls) if a is not type(None)]
            if data is None:
                return None
            if set(options) == _BOUND_OPTIONS:
                return self.bound(data, path)
            if Condition in options and FilterGroup in options:
                if not isinstance(data, dict):
                    self.wrong(path, f"must be a condition or a group, not {_kind(data)}")
                    return None
                return self.read(Condition if data.get("kind") == "condition" else FilterGroup, data, path)
            if len(options) == 1:
                return self.read(options[0], data, path)
            return data
        if origin is list:
            (inner,) = typing.get_args(cls)
            if not isinstance(data, list):
                self.wrong(path, f"must be a list, not {_kind(data)}")
                return []
            return [self.read(inner, v, f"{path}[{i}]") for i, v in enumerate(data)]
        if origin is tuple:
            inner = typing.get_args(cls)[0] if typing.get_args(cls) else Any
            if not isinstance(data, list):
                self.wrong(path, f"must be a list, not {_kind(data)}")
                return ()
            return tuple(self.read(inner, v, f"{path}[{i}]") for i, v in enumerate(data))
        if origin is dict:
            if not isinstance(data, dict) or not all(isinstance(key, str) for key in data):
                self.wrong(path, f"must be an object, not {_kind(data)}")
                return {}
            return dict(data)
        if origin is typing.Literal:
            allowed = typing.get_args(cls)
            if data not in allowed or isinstance(data, bool):
                self.wrong(path, f"must be one of {', '.join(repr(a) for a in allowed)}, not {data!r}"[:300])
                return allowed[0]
            return data
        if isinstance(cls, type) and dataclasses.is_dataclass(cls):
            return self.dataclass(cls, data, path)
        return data

    def plain(self, cls: type, data: Any, path: str) -> Any:
        """A whole number, text, true/false or number, exactly (true is not 1, 1.0 is not 1)."""
        ok = isinstance(data, cls) and (cls is bool or not isinstance(data, bool))
        if cls is float and isinstance(data, int) and not isinstance(data, bool):
            ok = True
        if not ok:
            self.wrong(path, f"must be {_KIND_NAMES[cls]}, not {_kind(data)} {_shown(data)}".rstrip())
            return {int: 0, str: "", bool: False, float: 0.0}[cls]
        return data

    def bound(self, data: Any, path: str) -> Bound | None:
        """A minimum or maximum: a whole number stays an int, anything else becomes an exact Decimal."""
        if isinstance(data, int) and not isinstance(data, bool):
            return data
        if isinstance(data, Decimal) and data.is_finite():
            return data
        if isinstance(data, (float, str)) and not isinstance(data, bool):
            try:
                number = Decimal(repr(data) if isinstance(data, float) else data.strip())
            except InvalidOperation:
                number = None
            if number is not None and number.is_finite() and len(str(data)) <= 40 and abs(number.adjusted()) <= 40:
                return int(number) if number == number.to_integral_value() and "." not in str(data) else number
        self.wrong(path, f"must be a number, not {_kind(data)} {_shown(data)}".rstrip())
        return None

    def dataclass(self, cls: type, data: Any, path: str) -> Any:
        if not isinstance(data, dict):
            self.wrong(path, f"must be an object ({cls.__name__}), not {_kind(data)}")
            return None
        hints = _hints(cls)
        kwargs = {}
        for f in _fields(cls):
            inner = f"{path}.{f.name}" if path else f.name
            if f.name in data:
                kwargs[f.name] = self.read(hints[f.name], data[f.name], inner)
            elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
                self.wrong(inner, "is missing")
                return None
        try:
            return cls(**kwargs)
        except TypeError as exc:  # pragma: no cover - every required key is checked above
            self.wrong(path, f"{cls.__name__}: {exc}")
            return None


def _shown(data: Any) -> str:
    text = json.dumps(data, ensure_ascii=False) if not isinstance(data, (dict, list)) else ""
    return text if len(text) <= 40 else text[:37] + "..."


def from_plain(cls: Any, data: Any) -> Any:
    """Rebuild a dataclass (or container of them) from to_plain output; DocumentError lists every shape problem."""
    if data is None:
        return None
    reader = _Reader()
    try:
        value = reader.read(cls, data, "")
    except RecursionError:
        raise SchemaError("Not a valid structure: nested too deeply") from None
    if reader.problems:
        raise DocumentError(reader.problems, "Not a valid structure")
    return value


def configuration_to_json(config: Configuration, indent: int | None = 2) -> str:
    """The whole configuration as one JSON text."""
    doc = {"kind": DOCUMENT_KIND, **to_plain(config)}
    return json.dumps(doc, ensure_ascii=False, indent=indent, sort_keys=False)


def configuration_from_json(text: str) -> Configuration:
    """Parse an exported configuration; DocumentError listing every malformed value with its JSON path."""
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SchemaError(f"Not a configuration file: invalid JSON at line {exc.lineno}: {exc.msg}") from None
    except RecursionError:
        raise SchemaError("Not a configuration file: nested too deeply") from None
    if not isinstance(doc, dict) or doc.get("kind") != DOCUMENT_KIND:
        raise SchemaError("Not a Supasoft configuration file")
    fmt = doc.get("format", 0)
    if not isinstance(fmt, int) or isinstance(fmt, bool):
        raise DocumentError([("format", f"must be a whole number, not {_kind(fmt)}")])
    if fmt > CONFIG_FORMAT:
        raise SchemaError("This configuration was written by a newer Supasoft; upgrade first")
    doc.pop("kind")
    reader = _Reader()
    try:
        config = reader.read(Configuration, doc, "")
    except RecursionError:
        raise SchemaError("Not a configuration file: nested too deeply") from None
    if reader.problems or config is None:
        raise DocumentError(reader.problems)
    return config


def clone_configuration(config: Configuration) -> Configuration:
    """A deep copy, so a change can be prepared and thrown away."""
    return configuration_from_json(configuration_to_json(config, indent=None))
