"""Unique keys in an import: a key named as the import key stands for its fields, and the preview flags new rows
whose key values another record holds or an earlier row of the file repeats, with the messages a save gives."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from supasoft.core.meta import ObjectDef
from supasoft.services.record_keys import SeenKeys, taken_keys


def key_field_ids(obj: ObjectDef, names: list[str], find_field: Callable[[ObjectDef, str], int]) -> list[int]:
    """Import key names -> field ids; a name no field has but a unique key has stands for the key's fields."""
    ids: list[int] = []
    for name in names:
        wanted = name.strip().casefold()
        key = next((k for k in obj.unique_keys if k.name.strip().casefold() == wanted), None)
        if key is not None and obj.field_by_name(name) is None:
            ids += [fid for fid in key.fields if fid not in ids]
        else:
            ids.append(find_field(obj, name))
    return ids


def check_unique_keys(records: Any, obj: ObjectDef, planned: list[Any], problem: Callable[..., Any],
                      column_of: Callable[[int | None], str]) -> None:
    """Skip new rows whose key values a stored record or an earlier row holds, saying why (the RecordService, the
    preview's rows and its CellProblem come in as values, so the preview and this module do not import each other)."""
    config = records.config
    with records.storage.connect() as conn:
        seen = SeenKeys(conn, config, obj)
        for plan in planned:
            if plan.action != "create":
                continue
            values = plan.values
            found = taken_keys(conn, config, obj, values, None) + seen.repeated(values, plan.row)
            if found:
                plan.problems += [problem(plan.row, column_of(p.field_id), p.field_name, p.message) for p in found]
                plan.action = "skip"
