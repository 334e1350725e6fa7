"""Reverse dependencies of stored formulas: which records must be recomputed when other records change.

A formula of object O reads other records in two ways: through references (`{Client.Discount}`:
O's reference field, then a field of the target, possibly several hops) and through child
collections (`SUM({Lines.Total})`). Each read becomes a *watch* on the object whose records are
read: when those records change in a watched field (or appear or disappear), the dependent O
records are found by following the path back, and recomputed. Source fields read by a formula
are expanded to the path they show, so a formula over a source follows the real record.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from supasoft.core.formulas.compiled import CompiledFormula
from supasoft.core.meta import Configuration, ObjectDef

MAX_SOURCE_DEPTH = 8


@dataclass(frozen=True)
class ReferenceWatch:
    """`dependent` records read `field` of `watched` records through the reference fields `prefix`."""

    watched: int
    field: int
    dependent: int
    prefix: tuple[int, ...]


@dataclass(frozen=True)
class CollectionWatch:
    """`dependent` records aggregate `watched` children linked by `link_field`; `fields` matter to the result."""

    watched: int
    fields: frozenset[int]
    dependent: int
    link_field: int


class FormulaGraph:
    """Every watch of one structure version, and an order of objects that computes readers after what they read."""

    def __init__(self, config: Configuration, compiled: Callable[[ObjectDef], list[tuple[int, CompiledFormula]]]):
        self.config = config
        references: set[ReferenceWatch] = set()
        collections: set[CollectionWatch] = set()
        self.local: dict[int, set[int]] = {}  # object id -> its own fields its formulas read
        for obj in config.objects:
            formulas = compiled(obj)
            if not formulas:
                continue
            local = self.local.setdefault(obj.id, set())
            for _, formula in formulas:
                for path in formula.dependencies:
                    for full in self._expand(obj, path, 0):
                        local.add(full[0])
                        references.update(self._reference_watches(obj, full))
                for coll in formula.collections:
                    link = config.link_by_id(coll.link_id)
                    fields = {link.field} | ({coll.field_id} if coll.field_id is not None else set())
                    collections.add(CollectionWatch(link.child, frozenset(fields), obj.id, link.field))
        self.references: dict[int, list[ReferenceWatch]] = defaultdict(list)
        for watch in sorted(references, key=lambda w: (w.watched, w.dependent, w.prefix, w.field)):
            self.references[watch.watched].append(watch)
        self.collections: dict[int, list[CollectionWatch]] = defaultdict(list)
        for cwatch in sorted(collections, key=lambda w: (w.watched, w.dependent, w.link_field)):
            self.collections[cwatch.watched].append(cwatch)
        self.rank = self._rank()

    def _expand(self, obj: ObjectDef, path: tuple[int, ...], depth: int) -> list[tuple[int, ...]]:
        """The path with every source field replaced by the path it shows (the records really read)."""
        if depth > MAX_SOURCE_DEPTH:
            return []
        current = obj
        for i, field_id in enumerate(path):
            try:
                f = current.field_by_id(field_id)
            except KeyError:
                return []
            if f.source is not None:
                return [path[:i] + tail for tail in self._expand(current, tuple(f.source), depth + 1)]
            if i < len(path) - 1:
                if f.target is None or not any(o.id == f.target for o in self.config.objects):
                    return [path[: i + 1]]
                current = self.config.object_by_id(f.target)
        return [path]

    def _reference_watches(self, obj: ObjectDef, path: tuple[int, ...]) -> list[ReferenceWatch]:
        watches = []
        current = obj
        for i in range(1, len(path)):
            target = current.field_by_id(path[i - 1]).target
            if target is None:
                break
            current = self.config.object_by_id(target)
            watches.append(ReferenceWatch(current.id, path[i], obj.id, path[:i]))
        return watches

    def _rank(self) -> dict[int, int]:
        """Objects in an order where each comes after the objects its formulas read (cycles: by id)."""
        reads: dict[int, set[int]] = defaultdict(set)
        for watches in self.references.values():
            for w in watches:
                if w.watched != w.dependent:
                    reads[w.dependent].add(w.watched)
        for cwatches in self.collections.values():
            for c in cwatches:
                if c.watched != c.dependent:
                    reads[c.dependent].add(c.watched)
        ids = sorted(o.id for o in self.config.objects)
        rank: dict[int, int] = {}
        remaining = set(ids)
        while remaining:
            ready = [i for i in sorted(remaining) if not (reads[i] & remaining)] or [min(remaining)]
            for i in ready:
                rank[i] = len(rank)
                remaining.discard(i)
        return rank
