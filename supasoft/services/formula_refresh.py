"""After any write, every stored formula that read the changed records is recomputed (in the same transaction).

Writers describe what they changed as `Change`s: which records of which object, which fields (None
when records appeared or disappeared) and, for moved or deleted children, the parents they had. The
formula graph turns a change into the dependent records (following references back, or the link of a
child collection), their formulas are recomputed in batches, and records whose values really changed
become changes in turn, until nothing is left: an order line's price changes its total, the order's
total, and the client's turnover that sums the orders.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from supasoft.core.errors import SupasoftError
from supasoft.core.message_catalog_records import CIRCLE
from supasoft.core.messages import Message
from supasoft.core.meta import ObjectDef
from supasoft.services.formula_recomputer import Recomputer
from supasoft.storage.connection import Connection
from supasoft.storage.formula_rows import ids_with_values, values_of
from supasoft.storage.physical import column_name
from supasoft.storage.repository import RecordRepository

if TYPE_CHECKING:
    from supasoft.core.formulas.graph import FormulaGraph, ReferenceWatch

MAX_CHANGES_PER_RECORD = 8  # a record recomputed with new values more often than this is part of a circle


class DataCycleError(SupasoftError):
    """Records whose formulas read each other in a circle, so their values never settle."""


@dataclass
class Change:
    """Records of one object that a write changed.

    `fields` None: the records were created, deleted or restored. `before`: id -> old values of fields
    that link to other records (so the old parent of a moved or deleted child is recomputed too).
    `own_current` False: the writer did not recompute these records' own formulas (a reference cleared
    because its target was deleted), so the refresh does. `holds`: what a bulk insert already knows its
    rows point at, so their parents need not be looked up again.
    """

    object_id: int
    ids: set[int]
    fields: frozenset[int] | None = None
    before: dict[int, dict[int, Any]] = field(default_factory=dict)
    own_current: bool = True
    holds: dict[int, set[int]] = field(default_factory=dict)  # reference field id -> every id the records now hold


def changed_fields(original: dict[int, Any], values: dict[int, Any]) -> frozenset[int]:
    """Field ids whose value differs between two versions of a record."""
    return frozenset(fid for fid in set(original) | set(values) if original.get(fid) != values.get(fid))


def refresh(runner: Recomputer, conn: Connection, repo: RecordRepository, changes: list[Change]) -> dict[int, set[int]]:
    """Recompute every stored formula the changes made stale; object id -> ids whose formula values changed."""
    graph = runner.graph(repo.config)
    pending: dict[int, set[int]] = defaultdict(set)
    updated: dict[int, set[int]] = defaultdict(set)
    times: dict[tuple[int, int], int] = defaultdict(int)  # how often a record's values changed in this refresh
    queue = list(changes)
    while True:
        for change in queue:
            _collect(conn, repo, graph, change, pending)
        queue = []
        todo = [object_id for object_id, ids in pending.items() if ids]
        if not todo:
            return dict(updated)
        object_id = min(todo, key=lambda o: graph.rank.get(o, 0))
        ids = pending.pop(object_id)
        obj = repo.config.object_by_id(object_id)
        changed, fields = runner.recompute_ids(conn, repo, obj, ids)
        if changed:
            updated[object_id] |= changed
            queue.append(Change(object_id, changed, frozenset(fields)))
            circling = []
            for rid in changed:
                times[(object_id, rid)] += 1
                if times[(object_id, rid)] > MAX_CHANGES_PER_RECORD:
                    circling.append(rid)
            if circling:
                raise _circle_error(conn, repo, obj, circling)


def _circle_error(conn: Connection, repo: RecordRepository, obj: ObjectDef, ids: list[int]) -> DataCycleError:
    codes = repo.codes_of(conn, obj, ids[:5])
    return DataCycleError(Message(CIRCLE, objects=obj.plural, codes=", ".join(codes)))


def _collect(conn: Connection, repo: RecordRepository, graph: FormulaGraph, change: Change, pending: dict[int, set[int]]) -> None:
    """Add the records whose formulas read the changed records to `pending`."""
    if not change.ids:
        return
    if not change.own_current and change.fields is not None and change.fields & graph.local.get(change.object_id, set()):
        pending[change.object_id] |= change.ids
    for watch in graph.references.get(change.object_id, []):
        if change.fields is None or watch.field in change.fields:
            pending[watch.dependent] |= _via_prefix(conn, repo, watch, change.ids)
    for cwatch in graph.collections.get(change.object_id, []):
        if change.fields is not None and not (change.fields & cwatch.fields):
            continue
        child = repo.config.object_by_id(cwatch.watched)
        link = child.field_by_id(cwatch.link_field)
        known = change.holds.get(cwatch.link_field)
        parents = set(known) if known is not None else values_of(conn, repo.table(child), column_name(link), change.ids)
        parents.update(old[cwatch.link_field] for old in change.before.values() if old.get(cwatch.link_field) is not None)
        pending[cwatch.dependent] |= parents


def _via_prefix(conn: Connection, repo: RecordRepository, watch: ReferenceWatch, ids: set[int]) -> set[int]:
    """The dependent records that reach `ids` through the watch's reference fields (followed back hop by hop)."""
    config = repo.config
    objects = [config.object_by_id(watch.dependent)]
    for field_id in watch.prefix[:-1]:
        objects.append(config.object_by_id(objects[-1].field_by_id(field_id).target or 0))
    found = set(ids)
    for obj, field_id in reversed(list(zip(objects, watch.prefix, strict=True))):
        if not found:
            break
        found = ids_with_values(conn, repo.table(obj), column_name(obj.field_by_id(field_id)), found)
    return found
