"""A detail set's total line says nothing new when a field of the card already sums the same column."""

from __future__ import annotations

from collections.abc import Iterable

from supasoft.core.fieldtypes.roles import is_formula
from supasoft.core.formulas import FormulaError, compile_formula
from supasoft.core.formulas.ast import Aggregate
from supasoft.core.meta import Configuration, ObjectDef


def summed_columns(config: Configuration, obj: ObjectDef, shown: Iterable[int]) -> set[tuple[int, int]]:
    """(link id, child field id) of every child column a shown formula field of the object is the plain SUM of."""
    shown_ids = set(shown)
    out: set[tuple[int, int]] = set()
    for f in obj.fields:
        if f.id not in shown_ids or not is_formula(f) or not f.formula:
            continue
        try:
            tree = compile_formula(f.formula, config, obj, self_field_id=f.id).ast
        except FormulaError:
            continue
        if isinstance(tree, Aggregate) and tree.func == "SUM" and tree.collection.field_id is not None:
            out.add((tree.collection.link_id, tree.collection.field_id))
    return out


__all__ = ["summed_columns"]
