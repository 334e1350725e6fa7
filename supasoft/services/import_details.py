"""Parent and detail rows imported together (a migration): Orders and their Order lines from two sheets or two tables
linked by an old key (an old order number), in ONE transaction, so the parents' totals are current when it commits.

The detail table's link column holds the parent's key as the parent table's key column writes it (text compared
without case or accents); each detail row gets the record its parent row creates or updates. A detail row whose
key finds no parent row, or whose parent row has problems, is a problem of its own. All or nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from supasoft.core.errors import SupasoftError
from supasoft.core.fieldtypes.roles import link_target
from supasoft.core.messages import Message
from supasoft.services.import_apply import (
    BATCH,
    Cancelled,
    ImportRefused,
    ImportResult,
    Progress,
    Steps,
    _RolledBack,
    _updates,
    create_in_batches,
)
from supasoft.services.import_compact import Ids, RowMap
from supasoft.services.import_mapping import ImportMapping, fold
from supasoft.services.import_plan import picked
from supasoft.services.import_preview import CellProblem, ImportPreview, _text, build_preview
from supasoft.services.import_read import SourceTable
from supasoft.services.records import RecordService

REQUIRED = "is required"
LINE_BATCH = 50_000  # detail rows per insert_many: each one refreshes the totals of every parent its lines touch


@dataclass
class DetailImport:
    """A parent preview and its details' preview, each detail row with the file row of its parent."""

    parent: ImportPreview
    details: ImportPreview
    field_id: int  # the detail object's reference to the parent object
    parent_rows: RowMap = field(default_factory=RowMap)  # detail row number -> parent row number (compact)

    @property
    def problems(self) -> list[CellProblem]:
        return self.parent.problems + self.details.problems


def _column(table: SourceTable, name: str) -> int:
    wanted = fold(name)
    for i, header in enumerate(table.headers):
        if fold(header) == wanted:
            return i
    raise SupasoftError(Message("The file has no column {column!r}", column=name))


def preview_details(records: RecordService, parent_table: SourceTable, parent: ImportPreview, parent_key: str,
                    detail_table: SourceTable, detail_mapping: ImportMapping, link_column: str) -> DetailImport:
    """Parse the detail rows as the import would, each linked to its parent row by the key; nothing written."""
    if detail_mapping.mode != "create":
        raise SupasoftError(Message("Detail rows are only created: import them with the create mode"))
    detail_obj = records.obj(detail_mapping.object_id)
    parent_id = parent.mapping.object_id
    ref = next((f for f in detail_obj.fields if link_target(f) == parent_id), None)
    if ref is None:
        raise SupasoftError(Message("{detail} do not point at {parent}", detail=detail_obj.plural,
                                    parent=records.obj(parent_id).plural))
    link_index = _column(detail_table, link_column)
    for i, column in enumerate(detail_mapping.columns):
        if i == link_index or column.field == ref.id:
            column.field, column.match = None, None  # filled from the parent row below
    key_index = _column(parent_table, parent_key)
    rows_by_key: dict[str, int] = {}
    for number, cells in zip(parent_table.row_numbers, parent_table.rows, strict=True):
        raw = cells[key_index]
        if raw is not None and str(raw).strip():
            rows_by_key.setdefault(fold(_text(raw)), number)
    bad_parents = {p.row for p in parent.rows if p.problems}
    details = build_preview(records, detail_table, detail_mapping)
    result = DetailImport(parent, details, ref.id)
    for plan, raw in zip(details.rows, _links(detail_table, details, link_index), strict=True):
        if plan.problems:
            plan.problems = [p for p in plan.problems if not (p.field == ref.name and str(p.message) == REQUIRED)]
        key = fold(_text(raw)) if raw is not None and str(raw).strip() else None
        parent_row = rows_by_key.get(key) if key is not None else None
        if parent_row is None:
            plan.problems.append(CellProblem(plan.row, detail_table.headers[link_index], ref.name,
                                             Message("no row of the {object} file has the key {value!r}",
                                                     object=records.obj(parent_id).plural.lower(), value=_text(raw or ""))))
        elif parent_row in bad_parents:
            plan.problems.append(CellProblem(plan.row, detail_table.headers[link_index], ref.name,
                                             Message("its parent row {row} has problems", row=parent_row)))
        else:
            result.parent_rows[plan.row] = parent_row
        plan.action = "skip" if plan.problems else "create"
    return result


def _links(table: SourceTable, details: ImportPreview, link_index: int) -> Iterator[Any]:
    """Each planned detail row's link cell, walking the file once in order (a big file is not held in memory)."""
    wanted = iter(details.rows)
    plan = next(wanted, None)
    for number, cells in zip(table.row_numbers, table.rows, strict=True):
        if plan is None:
            return
        if number == plan.row:
            yield cells[link_index]
            plan = next(wanted, None)


def apply_details(records: RecordService, plan: DetailImport, *, progress: Progress | None = None,
                  cancelled: Cancelled | None = None, batch: int = BATCH) -> tuple[ImportResult, ImportResult]:
    """Write the parents, then their details pointing at them, in one transaction (all or nothing); `progress(done,
    total)` after each batch, and a `cancelled()` between batches rolls the whole import back (both results say
    cancelled, nothing created)."""
    if plan.problems:
        raise ImportRefused(plan.problems)
    parent_id, detail_id = plan.parent.mapping.object_id, plan.details.mapping.object_id
    parents = ImportResult(object_id=parent_id)
    details = ImportResult(object_id=detail_id)
    creates = picked(plan.parent.rows, "create")  # walked lazily: a big preview's rows are not listed in memory
    updates = picked(plan.parent.rows, "update")
    lines = picked(plan.details.rows, "create")
    total = len(creates) + len(updates) + len(lines)
    steps = Steps(total, progress, cancelled)
    try:
        if steps.stopped():
            raise _RolledBack()
        with records.one_transaction() as joined:
            parents.created = create_in_batches(joined, parent_id, creates, batch, steps)
            made: dict[int, Any] = {r.row: i for r, i in zip(creates, parents.created, strict=True)}
            made.update({r.row: r.record_id for r in updates})
            _updates(joined, parent_id, updates, parents, skip_bad=False, total=total, progress=progress,
                     cancelled=cancelled)
            if parents.cancelled:
                raise _RolledBack()
            steps.done = len(creates) + len(updates)
            parent_of = plan.parent_rows
            details.created = create_in_batches(joined, detail_id, lines, max(batch, LINE_BATCH), steps,
                                                extra=lambda line: {plan.field_id: made[parent_of[line.row]]})
    except _RolledBack:  # cancelled: all or nothing, so nothing
        _forget(parents, details)
        parents.cancelled = details.cancelled = True
        return parents, details
    except BaseException:
        _forget(parents, details)
        raise
    return parents, details


def _forget(*results: ImportResult) -> None:
    """Rolled back: nothing of the import is left."""
    for result in results:
        result.created, result.updated, result.before, result.history = Ids(), Ids(), {}, None
