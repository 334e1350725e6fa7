"""Run-time parameters: the values asked when a report runs, bound into its filter as plain conditions."""

from __future__ import annotations

from typing import Any

from supasoft.core.errors import SchemaError
from supasoft.core.messages import Message
from supasoft.core.meta import Condition, FilterGroup
from supasoft.core.reports.spec import ReportSpec

RANGE_SEPARATOR = ".."


def _given(value: Any) -> bool:
    if value is None or (isinstance(value, str) and not value.strip()):
        return False
    return not (isinstance(value, (list, tuple)) and all(not _given(v) for v in value))


def bound_filter(spec: ReportSpec, values: dict[str, Any] | None) -> FilterGroup | None:
    """The spec's filter AND one condition per parameter given (or defaulted); a "between" value may be the
    text "from..to". Unknown names and missing required values are refused with a message."""
    values = dict(values or {})
    known = {p.name for p in spec.params}
    unknown = sorted(set(values) - known)
    if unknown:
        raise SchemaError(Message("The report has no parameter {name}", name=", ".join(unknown)))
    items: list[Condition | FilterGroup] = []
    if spec.filter is not None and spec.filter.items:
        items.append(spec.filter)
    for param in spec.params:
        value = values.get(param.name, param.default)
        if not _given(value):
            if param.required:
                raise SchemaError(Message("The report needs a value for {name}", name=param.label or param.name))
            continue
        if param.op == "between" and isinstance(value, str):
            if RANGE_SEPARATOR not in value:
                raise SchemaError(Message("{name}: give a range as from..to", name=param.label or param.name))
            value = [part.strip() for part in value.split(RANGE_SEPARATOR, 1)]
        if param.op == "between" and isinstance(value, (list, tuple)):
            low, high = (list(value) + [None, None])[:2]
            if _given(low) and _given(high):
                items.append(Condition(param.path, "between", [low, high]))
            elif _given(low):
                items.append(Condition(param.path, "ge", low))
            elif _given(high):
                items.append(Condition(param.path, "le", high))
            continue
        if param.op == "in" and isinstance(value, str):
            value = [part.strip() for part in value.split(",") if part.strip()]
        items.append(Condition(param.path, param.op, value))
    return FilterGroup("and", items) if items else None
