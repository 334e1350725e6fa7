"""Unique keys in an import: a key named as the import key stands for its fields, and the preview flags new rows
whose key values another record holds or an earlier row of the file repeats, with the messages a save gives."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from supasoft.core.meta import ObjectDef
from supasoft.services.record_keys import KeyBatch


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


def check_unique_keys(records: Any, obj: ObjectDef, planned: Sequence[Any], problem: Callable[..., Any],
                      column_of: Callable[[int | None], str]) -> None:
    """Skip new rows whose key values a stored record or an earlier row holds, saying why (the RecordService, the
    preview's rows and its CellProblem come in as values, so the preview and this module do not import each other).
    The rows are walked twice rather than held (a big preview keeps them in compact columns)."""
    found: dict[int, list[Any]] = {}
    with records.storage.connect() as conn:
        batch = KeyBatch(conn, records.config, obj)
        for plan in planned:
            if plan.action == "create" and (repeated := batch.add(plan.values, plan.row)):
                found[plan.row] = repeated
        for row, held in batch.held().items():
            found.setdefault(row, []).extend(held)
    if not found:
        return
    for plan in planned:
        if plan.action == "create" and (problems := found.get(plan.row)):
            plan.problems += [problem(plan.row, column_of(p.field_id), p.field_name, p.message) for p in problems]
            plan.action = "skip"
