"""Derived values obey the rights of what they are derived from.

A formula or a source field shows data of other fields and, through references and child
collections, of other records. For a user who may not see one of those inputs, the derived field
is hidden too: field by field (an input field hidden, an object not readable) for every path, and
record by record (a referenced record or a child the user may not read) where single records are
shown. Otherwise a formula `{Salary} * 1` or `SUM({Lines.Cost})` would reveal what rights hide.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from supasoft.core.fieldtypes.roles import is_derived
from supasoft.core.formulas import CompiledFormula, FormulaError
from supasoft.core.meta import Configuration, ObjectDef
from supasoft.storage.connection import Connection


class RecordRights(Protocol):
    """What this module asks the rights checkpoint (AccessService); a protocol, so access may import this module."""

    @property
    def full_rights(self) -> bool: ...

    def children_readable(self, conn: Connection, child_id: int, link_field_id: int, parent_id: int) -> bool: ...

    def record_level(self, conn: Connection, object_id: int, record_id: int) -> str: ...

Compiled = Callable[[ObjectDef], list[tuple[int, CompiledFormula]]]
MAX_ROUNDS = 50


def _inputs(config: Configuration, obj: ObjectDef, fid: int, compiled: dict[int, CompiledFormula]) -> tuple[list[tuple[int, ...]], list[tuple[int, int, int | None]]]:
    """The field paths and (link field's object, link field, child field) collections a formula or source reads."""
    f = obj.field_by_id(fid)
    if f.source is not None:
        return [tuple(f.source)], []
    formula = compiled.get(fid)
    if formula is None:
        return [], []
    collections = []
    for coll in formula.collections:
        link = config.link_by_id(coll.link_id)
        collections.append((link.child, link.field, coll.field_id))
    return sorted(formula.dependencies), collections


def hidden_derived_fields(config: Configuration, compiled: Compiled, visible: Callable[[int, int], bool],
                          readable: Callable[[int], bool]) -> set[tuple[int, int]]:
    """(object id, field id) of formula and source fields whose inputs the user may not see (transitively)."""
    derived: dict[tuple[int, int], tuple[list[tuple[int, ...]], list[tuple[int, int, int | None]]]] = {}
    for obj in config.objects:
        try:
            formulas = dict(compiled(obj))
        except (FormulaError, KeyError):
            formulas = {}
        for f in obj.fields:
            if is_derived(f):
                try:
                    derived[(obj.id, f.id)] = _inputs(config, obj, f.id, formulas)
                except KeyError:
                    derived[(obj.id, f.id)] = ([], [])
    hidden: set[tuple[int, int]] = set()
    for _ in range(MAX_ROUNDS):  # until nothing new is hidden: a formula reading a hidden formula is hidden
        grown = False
        for key, (paths, collections) in derived.items():
            if key in hidden:
                continue
            obj = config.object_by_id(key[0])
            blocked = any(not _path_open(config, obj, p, visible, readable, hidden) for p in paths) or any(
                not readable(child) or not visible(child, link_field)
                or (value is not None and (not visible(child, value) or (child, value) in hidden))
                for child, link_field, value in collections)
            if blocked:
                hidden.add(key)
                grown = True
        if not grown:
            break
    return hidden


def _path_open(config: Configuration, obj: ObjectDef, path: tuple[int, ...], visible: Callable[[int, int], bool],
               readable: Callable[[int], bool], hidden: set[tuple[int, int]]) -> bool:
    current = obj
    for depth, field_id in enumerate(path):
        if not visible(current.id, field_id) or (current.id, field_id) in hidden:
            return False
        if depth < len(path) - 1:
            target = current.field_by_id(field_id).target
            if target is None or not any(o.id == target for o in config.objects) or not readable(target):
                return False
            current = config.object_by_id(target)
    return True


def forbidden_derived(access: RecordRights, conn: Connection, config: Configuration, obj: ObjectDef,
                      values: dict[int, Any], record_id: int | None, compiled: Compiled,
                      follow: Callable[[ObjectDef, dict[int, Any], tuple[int, ...]], Any]) -> set[int]:
    """Formula and source fields of one record that read a record the user may not read (a referenced
    record on their path, or any child of an aggregated collection)."""
    if access.full_rights:
        return set()
    try:
        formulas = dict(compiled(obj))
    except (FormulaError, KeyError):
        formulas = {}
    out: set[int] = set()
    for f in obj.fields:
        if not is_derived(f):
            continue
        paths, collections = _inputs(config, obj, f.id, formulas)
        if any(not _records_readable(access, conn, config, obj, values, p, follow) for p in paths):
            out.add(f.id)
        elif record_id is not None and any(not access.children_readable(conn, child, link_field, record_id)
                                           for child, link_field, _ in collections):
            out.add(f.id)
    return out


def _records_readable(access: RecordRights, conn: Connection, config: Configuration, obj: ObjectDef,
                      values: dict[int, Any], path: tuple[int, ...],
                      follow: Callable[[ObjectDef, dict[int, Any], tuple[int, ...]], Any]) -> bool:
    """Whether every record the path passes through may be read (an empty reference reads nothing)."""
    current = obj
    for depth in range(len(path) - 1):
        f = current.field_by_id(path[depth])
        target_id = values.get(path[0]) if depth == 0 else follow(obj, values, path[: depth + 1])
        if target_id is None or f.target is None:
            return True
        if access.record_level(conn, f.target, target_id) == "none":
            return False
        current = config.object_by_id(f.target)
    return True
