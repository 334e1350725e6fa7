"""Order in which a record's formula fields are computed, so each sees fresh values it reads."""

from __future__ import annotations

from typing import TYPE_CHECKING

from supasoft.core.formulas.errors import FormulaError
from supasoft.core.meta import Configuration, ObjectDef

if TYPE_CHECKING:
    from supasoft.core.formulas.compiled import CompiledFormula


def dependency_order(
    formulas: dict[int, CompiledFormula], config: Configuration, obj: ObjectDef
) -> list[int]:
    """Formula field ids of `obj`, each after the formula fields of the same record it reads.

    Only local reads (1-tuple paths) order fields: values reached through references or child
    collections belong to other records and are read as stored. Ties keep the order of
    `obj.fields`. A cycle raises FormulaError (position None) naming the fields on it.
    """
    rank = {f.id: i for i, f in enumerate(obj.fields)}
    ids = sorted(formulas, key=lambda fid: (rank.get(fid, len(rank)), fid))
    reads = {
        fid: [p[0] for p in formulas[fid].dependencies if len(p) == 1 and p[0] in formulas] for fid in ids
    }
    for deps in reads.values():
        deps.sort(key=lambda fid: (rank.get(fid, len(rank)), fid))
    done: set[int] = set()
    order: list[int] = []
    for root in ids:
        if root in done:
            continue
        # Iterative depth-first search; `stack` holds the path being explored.
        stack: list[tuple[int, int]] = [(root, 0)]
        on_path = {root}
        while stack:
            fid, i = stack[-1]
            if i < len(reads[fid]):
                stack[-1] = (fid, i + 1)
                nxt = reads[fid][i]
                if nxt in on_path:
                    cycle = [f for f, _ in stack[[f for f, _ in stack].index(nxt) :]]
                    raise _cycle_error(cycle + [nxt], obj)
                if nxt not in done:
                    stack.append((nxt, 0))
                    on_path.add(nxt)
                continue
            stack.pop()
            on_path.discard(fid)
            done.add(fid)
            order.append(fid)
    return order


def _cycle_error(cycle: list[int], obj: ObjectDef) -> FormulaError:
    names = {f.id: f.name for f in obj.fields}
    shown = " → ".join(f"{{{names.get(fid, fid)}}}" for fid in cycle)
    return FormulaError(
        f"Formulas refer to each other in a circle: {shown}", None, 0, field_ids=tuple(cycle[:-1])
    )
