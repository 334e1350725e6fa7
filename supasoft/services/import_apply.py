"""Applying a previewed import through the record services: creates by RecordService.insert_many, updates by
RecordService.save (rights, field rights, history and formulas as in a card).

All-or-nothing (the default): a preview with any problem writes nothing; the creates (insert_many batch by batch,
so only one batch's values are in memory) and the updates (save by save) run in ONE transaction (RecordService.one_transaction), so should an update fail (someone
changed the record meanwhile) nothing of the import is left, and formulas and totals are current when it commits.
Skip bad rows: rows with problems are reported and left out; creates go in batches, a batch the database refuses is
retried row by row so only its bad rows are left out; a cancel keeps what was committed and says how much
(all-or-nothing: a cancel during the updates rolls everything back).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from supasoft.core.errors import ConflictError, SupasoftError, ValidationError
from supasoft.core.fieldtypes import FileValue
from supasoft.core.messages import Message, listing, message_of
from supasoft.services.import_compact import Ids
from supasoft.services.import_plan import Picked, PlannedRow, picked
from supasoft.services.import_preview import CellProblem, ImportPreview
from supasoft.services.records import RecordService
from supasoft.storage.history_reads import last_history_id
from supasoft.storage.import_codes import continue_after, next_code, set_codes

BATCH = 5000
Progress = Callable[[int, int], None]  # (rows done, rows in all)
Cancelled = Callable[[], bool]
Extra = Callable[["PlannedRow"], dict[int, Any]]


class _RolledBack(Exception):
    """Ends an all-or-nothing import's transaction without writing anything (the user cancelled)."""


class ImportRefused(SupasoftError):
    """The import has problems and was asked to be all-or-nothing: nothing was written."""

    def __init__(self, problems: list[CellProblem]):
        self.problems = problems
        more = len(problems) - 5
        super().__init__(Message("Nothing was imported: {count} problem(s): {first}{more}", count=len(problems),
                                 first=listing([p.text() for p in problems[:5]]), more=f"; … (+{more})" if more > 0 else ""))


@dataclass
class ImportResult:
    """What an import did."""

    created: Sequence[int] = field(default_factory=Ids)  # Ids: 8 bytes a record, equal to a list of the same ids
    updated: Ids = field(default_factory=Ids)  # updated record ids (their earlier values stay in history)
    skipped: list[CellProblem] = field(default_factory=list)
    cancelled: bool = False
    before: dict[int, dict[int, Any]] = field(default_factory=dict)  # no longer filled: earlier values are in history
    history: list[int] | None = None  # [first, last] ids of the history rows the updates wrote (undo reads them)
    object_id: int = 0
    import_id: int | None = None  # the import's number for undo (None: not kept, e.g. nothing was written)

    @property
    def counts(self) -> dict[str, int]:
        return {"created": len(self.created), "updated": len(self.updated), "skipped": len({p.row for p in self.skipped})}


def apply_import(records: RecordService, preview: ImportPreview, *, skip_bad: bool = False, batch: int = BATCH,
                 progress: Progress | None = None, cancelled: Cancelled | None = None) -> ImportResult:
    """Write what the preview planned; see the module's docstring for the two modes."""
    problems = preview.problems
    if problems and not skip_bad:
        raise ImportRefused(problems)
    object_id = preview.mapping.object_id
    result = ImportResult(skipped=list(problems), object_id=object_id)
    creates = picked(preview.rows, "create")  # walked lazily: a big preview's rows are not listed in memory
    updates = picked(preview.rows, "update")
    total = len(creates) + len(updates)
    if not skip_bad:
        if cancelled is not None and cancelled():
            result.cancelled = True
            return result
        try:
            with records.one_transaction() as joined:
                result.created = create_in_batches(joined, object_id, creates, batch, Steps(total, progress, cancelled))
                _updates(joined, object_id, updates, result, skip_bad=False, total=total, progress=progress,
                         cancelled=cancelled)
                if result.cancelled:
                    raise _RolledBack()
        except _RolledBack:  # cancelled: all or nothing, so nothing
            result.created, result.updated, result.before, result.history = Ids(), Ids(), {}, None
            result.cancelled = True
            return result
        except BaseException:
            result.created, result.updated, result.before, result.history = Ids(), Ids(), {}, None  # rolled back: nothing of it is left
            raise
        return result
    done = 0
    created = Ids()
    result.created = created
    for chunk in chunks(creates, batch):
        if cancelled is not None and cancelled():
            result.cancelled = True
            return result
        try:
            created += create_rows(records, object_id, chunk)
        except ValidationError:
            for row in chunk:
                try:
                    created += create_rows(records, object_id, [row])
                except ValidationError as exc:
                    result.skipped += _problems_of(row, exc)
        done += len(chunk)
        if progress is not None:
            progress(done, total)
    _updates(records, object_id, updates, result, skip_bad=True, total=total, progress=progress, cancelled=cancelled)
    return result


class Steps:
    """Progress over the rows written so far, and the cancel asked between batches."""

    def __init__(self, total: int, progress: Progress | None, cancelled: Cancelled | None):
        self.total, self.progress, self.cancelled, self.done = total, progress, cancelled, 0

    def stopped(self) -> bool:
        return self.cancelled is not None and self.cancelled()

    def advance(self, count: int) -> None:
        self.done += count
        if self.progress is not None:
            self.progress(self.done, self.total)


def chunks(rows: Sequence[PlannedRow], size: int) -> Iterator[list[PlannedRow]]:
    """The rows `size` at a time, walked once (only one chunk is listed in memory)."""
    walk = iter(rows)
    while chunk := list(itertools.islice(walk, max(size, 1))):
        yield chunk


def create_in_batches(joined: RecordService, object_id: int, rows: Sequence[PlannedRow], batch: int, steps: Steps,
                      extra: Extra | None = None) -> Ids:
    """insert_many batch by batch inside the caller's transaction, so only one batch's values are in memory (rows
    with the file's Codes in one go: a Code given to a row without one can then never meet a later batch's Code);
    a cancel between batches raises _RolledBack."""
    codes = rows.any_code() if isinstance(rows, Picked) else any(r.code is not None for r in rows)
    size = len(rows) if codes else batch
    ids = Ids()
    for chunk in chunks(rows, size):
        if steps.stopped():
            raise _RolledBack()
        ids += create_rows(joined, object_id, chunk, extra)
        steps.advance(len(chunk))
    return ids


def create_rows(records: RecordService, object_id: int, rows: list[PlannedRow], extra: Extra | None = None) -> list[int]:
    """Insert the rows in one transaction (ids in the rows' order): rows bringing files are saved one by one (which
    stores their files), the rest in one insert_many; rows with a Code from the file get it, the counter continues after.
    `extra(row)`: values added to the row's own (a detail row's parent)."""
    values = [{**r.values, **extra(r)} if extra is not None else r.values for r in rows]
    with_files = {i for i, v in enumerate(values) if any(isinstance(x, FileValue) for x in v.values())}
    codes = any(r.code is not None for r in rows)
    if not with_files and not codes:
        return records.insert_many(object_id, values)
    with records.one_transaction() as joined:
        plain = [i for i in range(len(rows)) if i not in with_files]
        made = dict(zip(plain, joined.insert_many(object_id, [values[i] for i in plain]) if plain else [], strict=True))
        for i in sorted(with_files):
            record = joined.new(object_id)
            record.values.update(values[i])
            made[i] = joined.save(record).id or 0
        ids = [made[i] for i in range(len(rows))]
        if codes:
            _give_codes(joined, object_id, ids, rows)
    return ids


def _give_codes(joined: RecordService, object_id: int, ids: list[int], rows: list[PlannedRow]) -> None:
    """The file's Codes to their records, Codes after every other to the rest; the counter continues after the highest."""
    conn = joined.storage.conn  # type: ignore[attr-defined]
    table = joined.repo().table(joined.obj(object_id))
    top = max(max(r.code for r in rows if r.code is not None), next_code(conn, object_id) - 1)
    codes = {}
    for record_id, row in zip(ids, rows, strict=True):
        if row.code is None:  # no old number: a Code after every other, none of which can then collide
            top += 1
        codes[record_id] = row.code if row.code is not None else top
    set_codes(conn, table, codes)
    continue_after(conn, object_id, top)


def _updates(records: RecordService, object_id: int, rows: Sequence[PlannedRow], result: ImportResult, *, skip_bad: bool,
             total: int, progress: Progress | None, cancelled: Cancelled | None) -> None:
    """Save the updates one by one; the ids of the history rows they write are kept (their earlier values, for
    undo), not the values themselves, so a 600,000-row upsert holds nothing per record but its id."""
    done = len(result.created)
    if not isinstance(result.updated, Ids):
        result.updated = Ids(result.updated)
    first = history_mark(records) + 1
    try:
        _save_updates(records, object_id, rows, result, skip_bad=skip_bad, total=total, progress=progress,
                      cancelled=cancelled, done=done)
    finally:
        if result.updated:
            result.history = [first, history_mark(records)]


def history_mark(records: RecordService) -> int:
    """The newest history row's id as this service's connection sees it (inside a joined transaction: its own)."""
    with records.storage.connect() as conn:
        return last_history_id(conn)


def _save_updates(records: RecordService, object_id: int, rows: Sequence[PlannedRow], result: ImportResult, *,
                  skip_bad: bool, total: int, progress: Progress | None, cancelled: Cancelled | None, done: int) -> None:
    for row in rows:
        if cancelled is not None and cancelled():
            result.cancelled = True
            return
        try:
            record = records.get(object_id, row.record_id or 0)
            record.values.update(row.values)
            records.save(record)
        except SupasoftError as exc:  # changed, deleted or refused since the preview
            if not skip_bad:
                raise
            result.skipped += _problems_of(row, exc)
            continue
        result.updated.append(record.id or 0)
        done += 1
        if progress is not None and done % 100 == 0:
            progress(done, total)
    if progress is not None:
        progress(done, total)


def _problems_of(row: PlannedRow, exc: BaseException) -> list[CellProblem]:
    if isinstance(exc, ValidationError):
        return [CellProblem(row.row, "", p.field_name, message_of_problem(p.message)) for p in exc.problems]
    if isinstance(exc, ConflictError):
        return [CellProblem(row.row, "", "", Message("the record was changed by someone else meanwhile"))]
    return [CellProblem(row.row, "", "", message_of(exc))]


def message_of_problem(message: Any) -> Message:
    return message if isinstance(message, Message) else Message(str(message))


def problem_lines(problems: list[CellProblem], language: str = "en") -> list[str]:
    """Each problem as one line in the user's language."""
    from supasoft.core.messages import translate

    return [translate(p.text(), language) for p in problems]

