"""Parent and detail rows imported together (a migration): Orders and their Order lines from two sheets or two tables
linked by an old key (an old order number), in ONE transaction, so the parents' totals are current when it commits.

The detail table's link column holds the parent's key as the parent table's key column writes it (text compared
without case or accents); each detail row gets the record its parent row creates or updates. A detail row whose
key finds no parent row, or whose parent row has problems, is a problem of its own. All or nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from supasoft.core.errors import SupasoftError
from supasoft.core.fieldtypes.roles import link_target
from supasoft.core.messages import Message
from supasoft.services.import_apply import ImportRefused, ImportResult, _updates, create_rows
from supasoft.services.import_mapping import ImportMapping, fold
from supasoft.services.import_preview import CellProblem, ImportPreview, _text, build_preview
from supasoft.services.import_read import SourceTable
from supasoft.services.records import RecordService

REQUIRED = "is required"


@dataclass
class DetailImport:
    """A parent preview and its details' preview, each detail row with the file row of its parent."""

    parent: ImportPreview
    details: ImportPreview
    field_id: int  # the detail object's reference to the parent object
    parent_rows: dict[int, int] = field(default_factory=dict)  # detail row number -> parent row number

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
    planned = {p.row: p for p in parent.rows}
    details = build_preview(records, detail_table, detail_mapping)
    cells_of = dict(zip(detail_table.row_numbers, detail_table.rows, strict=True))
    result = DetailImport(parent, details, ref.id)
    for plan in details.rows:
        plan.problems = [p for p in plan.problems if not (p.field == ref.name and str(p.message) == REQUIRED)]
        raw = cells_of[plan.row][link_index]
        key = fold(_text(raw)) if raw is not None and str(raw).strip() else None
        parent_row = rows_by_key.get(key) if key is not None else None
        if parent_row is None:
            plan.problems.append(CellProblem(plan.row, detail_table.headers[link_index], ref.name,
                                             Message("no row of the {object} file has the key {value!r}",
                                                     object=records.obj(parent_id).plural.lower(), value=_text(raw or ""))))
        elif planned[parent_row].problems:
            plan.problems.append(CellProblem(plan.row, detail_table.headers[link_index], ref.name,
                                             Message("its parent row {row} has problems", row=parent_row)))
        else:
            result.parent_rows[plan.row] = parent_row
        plan.action = "skip" if plan.problems else "create"
    return result


def apply_details(records: RecordService, plan: DetailImport) -> tuple[ImportResult, ImportResult]:
    """Write the parents, then their details pointing at them, in one transaction (all or nothing)."""
    if plan.problems:
        raise ImportRefused(plan.problems)
    parent_id, detail_id = plan.parent.mapping.object_id, plan.details.mapping.object_id
    parents = ImportResult(object_id=parent_id)
    details = ImportResult(object_id=detail_id)
    try:
        with records.one_transaction() as joined:
            creates = [r for r in plan.parent.rows if r.action == "create"]
            made: dict[int, Any] = {}
            if creates:
                parents.created = create_rows(joined, parent_id, creates)
                made = {r.row: i for r, i in zip(creates, parents.created, strict=True)}
            updates = [r for r in plan.parent.rows if r.action == "update"]
            made.update({r.row: r.record_id for r in updates})
            _updates(joined, parent_id, updates, parents, skip_bad=False, total=len(updates), progress=None, cancelled=None)
            lines = [r for r in plan.details.rows if r.action == "create"]
            for line in lines:
                line.values[plan.field_id] = made[plan.parent_rows[line.row]]
            if lines:
                details.created = create_rows(joined, detail_id, lines)
    except BaseException:
        parents.created, parents.updated, parents.before, details.created = [], [], {}, []
        raise
    return parents, details
