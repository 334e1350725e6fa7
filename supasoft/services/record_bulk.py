"""Many records at once: imports and demo data inserted in one transaction, one field set on many records.

An insert checks and converts whole columns when every value is already canonical, row by row otherwise,
reads the rows' reference values once (for the existence checks and the formula refresh), numbers the
records in one block of Codes and writes one "import" history line per record in one statement.
"""

from __future__ import annotations

from typing import Any

from supasoft.core.errors import FieldProblem, ValidationError
from supasoft.core.fieldtypes import field_types
from supasoft.core.fieldtypes.columns import column_check
from supasoft.core.fieldtypes.roles import is_file, is_formula, link_target, links_object, type_of
from supasoft.core.messages import Message, message_of
from supasoft.core.meta import FieldDef, ObjectDef
from supasoft.services.formula_refresh import Change
from supasoft.services.formula_runner import FormulaRunner
from supasoft.services.record_basis import FieldPlan, RecordBasis
from supasoft.services.record_checks import SaveChecks
from supasoft.services.record_history import HistoryWriter
from supasoft.services.record_keys import KeyBatch
from supasoft.services.record_model import Record
from supasoft.services.record_reads import RecordReads
from supasoft.services.record_writes import RecordWrites
from supasoft.storage.connection import Connection
from supasoft.storage.formula_rows import rows_by_id
from supasoft.storage.physical import column_name, is_stored
from supasoft.storage.record_rows import ids_of_codes
from supasoft.storage.repository import BulkWriter, RecordRepository
from supasoft.storage.store import now

ROW_BATCH = 5000  # rows converted one by one, written per executemany
COLUMN_BATCH = 20000  # rows converted column-wise, written per executemany


class RecordBulk:
    """Bulk inserts and bulk field changes."""

    def __init__(self, basis: RecordBasis, reads: RecordReads, writes: RecordWrites, formulas: FormulaRunner,
                 history: HistoryWriter, checks: SaveChecks):
        self.basis = basis
        self.reads = reads
        self.writes = writes
        self.formulas = formulas
        self.history = history
        self.checks = checks

    def bulk_set(self, object_id: int, record_ids: list[int], field_id: int, raw: Any) -> int:
        """Set one field on many records (each saved normally, so history and formulas stay right)."""
        count = 0
        for record_id in record_ids:
            record = self.reads.get(object_id, record_id)
            record.values[field_id] = raw
            self.writes.save(record)
            count += 1
        return count

    def insert_many(self, object_id: int, rows: list[dict[int, Any]], *, history: bool = True) -> list[int]:
        """Create many records in one transaction (imports, demo data): validated, numbered, history kept.

        Values that are already canonical (a Decimal with the field's scale, a date, a trimmed string
        within its length...) skip parsing, so a million-row import costs little more than the insert.
        """
        basis = self.basis
        obj = basis.obj(object_id)
        basis.access.require("create", object_id)
        rows = self.checks.bulk_rows(obj, rows)
        repo = basis.repo()
        stored = [f for f in obj.fields if is_stored(f)]
        has_formulas = any(is_formula(f) for f in obj.fields)
        db_checks = _needs_db_checks(obj)
        checks = [(f.id, f.required or type_of(f).yes_no, field_types.get(f.type).fast_check(f)) for f in stored if not is_formula(f)]
        uid = basis.actor.user_id
        fields = basis.plan(obj)
        with basis.storage.begin() as conn:
            first = basis.storage.take_codes(conn, obj.id, len(rows))
            stamp = now()
            table = repo.table(obj)
            names = ["rec_code", "rec_version", "created_at", "created_by", "updated_at", "updated_by", "owner_id"]
            names += [column_name(f) for f in stored]
            system = BulkWriter(conn, table, names[:7])
            stamp_raw = system.convert_one(2, stamp)
            writer = BulkWriter(conn, table, names)
            writer.active = [(i, p) for i, p in writer.active if i >= 7]  # system columns are converted once
            defaults = {fid: v for fid, v in self.reads.new(obj.id).values.items() if v is not None}
            fast = not db_checks and not has_formulas and not obj.unique_keys  # keys need each row's parsed values
            done = fast and _insert_columns(writer, rows, stored, defaults, first, [stamp_raw, uid, stamp_raw, uid, uid])
            batch: list[list[Any]] = []
            pointed = reference_values(obj, rows, defaults)  # once: the checks and the formula refresh both need it
            known = existing_targets(conn, repo, obj, pointed) if db_checks and not done else None
            keys = KeyBatch(conn, basis.config, obj, range(first, first + len(rows))) if obj.unique_keys else None
            for n, raw in enumerate([] if done else rows):  # done: every value was canonical, written column-wise
                if defaults and not defaults.keys() <= raw.keys():
                    raw = {**defaults, **raw}  # fields left out get their defaults, as in a card
                values = _fast_values(raw, checks) if fast else None
                if values is None:
                    parsed = self.writes.validated(conn, repo, obj, Record(obj.id, values=raw), known) if db_checks else _parse_only(fields, raw)
                    if keys is not None and (repeated := keys.add(parsed, n + 1)):
                        raise ValidationError(repeated)
                    if has_formulas:
                        self.formulas.compute(conn, repo, obj, parsed, None, {})
                    values = [field_types.get(f.type).to_db(parsed.get(f.id), f) for f in stored]
                batch.append(writer.convert([first + n, 1, stamp_raw, uid, stamp_raw, uid, uid, *values]))
                if len(batch) >= ROW_BATCH:
                    _refuse_held(keys)
                    writer.write(batch)
                    batch = []
            _refuse_held(keys)
            writer.write(batch)
            # Ids come from the database (never reused); Codes were reserved in one block, so they find them.
            ids = ids_of_codes(conn, repo, obj, first, len(rows)) if rows else []
            if history and ids:
                self.history.bulk_created(conn, obj, table, first, len(rows))
            self.history.events.inserted(conn, obj, ids)  # webhooks: in this transaction, with or without history
            self.formulas.after_write(conn, repo, [Change(obj.id, set(ids), holds=held_ids(pointed))])
        basis.notify(object_id, set(ids))
        return ids


def _refuse_held(keys: KeyBatch | None) -> None:
    """Before a batch is written: ValidationError if a stored record holds a row's key values (the first such row)."""
    if keys is not None and (held := keys.held()):
        raise ValidationError(held[min(held)])


def _insert_columns(writer: BulkWriter, rows: list[dict[int, Any]], stored: list[FieldDef],
                    defaults: dict[int, Any], first: int, system: list[Any]) -> bool:
    """Check and convert whole columns with C-level builtins; False (nothing written) if any value needs parsing."""
    columns: list[list[Any]] = [list(range(first, first + len(rows))), [1] * len(rows)]
    columns += [[value] * len(rows) for value in system]
    for f in stored:
        check = column_check(field_types.get(f.type), f)
        if check is None or is_formula(f):
            return False
        default = defaults.get(f.id)
        column = [r.get(f.id, default) for r in rows]
        present = [v for v in column if v is not None] if None in column else column
        if len(present) != len(column) and (f.required or type_of(f).yes_no):
            return False
        if present and not check(present):
            return False
        columns.append(column)
    for index, process in writer.active:
        column = columns[index]
        columns[index] = list(map(process, column)) if None not in column else [None if v is None else process(v) for v in column]
    data = list(zip(*columns, strict=True))
    for start in range(0, len(data), COLUMN_BATCH):
        writer.write(data[start : start + COLUMN_BATCH])  # type: ignore[arg-type]
    return True


def _fast_values(raw: dict[int, Any], checks: list[tuple[int, bool, Any]]) -> list[Any] | None:
    """The row's values if every one is already canonical and valid, else None (then it is parsed)."""
    out: list[Any] = []
    append = out.append
    get = raw.get
    for fid, needed, check in checks:
        v = get(fid)
        if v is None:
            if needed:
                return None
        elif check is None or not check(v):
            return None
        append(v)
    return out


def _needs_db_checks(obj: ObjectDef) -> bool:
    """Whether the rows must be checked against stored records (unique values, references, files, receivers)."""
    return any(f.unique or links_object(f) or is_file(f) or f.receiver is not None for f in obj.fields)


def _parse_only(plan: list[FieldPlan], raw: dict[int, Any]) -> dict[int, Any]:
    """A row's values parsed and checked without the database (no references, unique values or files)."""
    values: dict[int, Any] = {}
    problems: list[FieldProblem] = []
    for p in plan:
        if p.derived:
            continue
        f, ft = p.f, p.type
        try:
            value = ft.parse(raw.get(f.id), f)
        except ValueError as exc:
            problems.append(FieldProblem(f.id, f.name, Message("{value!r} {problem}", value=raw.get(f.id), problem=message_of(exc))))
            continue
        if value is None:
            if f.required:
                problems.append(FieldProblem(f.id, f.name, Message("is required")))
        elif problem := ft.validate(value, f):
            problems.append(FieldProblem(f.id, f.name, problem))
        values[f.id] = value
    if problems:
        raise ValidationError(problems)
    return values


def reference_values(obj: ObjectDef, rows: list[dict[int, Any]], defaults: dict[int, Any]) -> dict[int, set[Any]]:
    """Reference field id -> every value the rows give it (defaults for the rows that leave it out), read once."""
    return {f.id: {v for r in rows if (v := r.get(f.id, defaults.get(f.id))) is not None}
            for f in obj.fields if link_target(f) is not None and is_stored(f)}


def existing_targets(conn: Connection, repo: RecordRepository, obj: ObjectDef, pointed: dict[int, set[Any]]) -> dict[int, set[int]]:
    """Reference field id -> which of the whole-number ids given to it exist (one lookup per field, not per row)."""
    known: dict[int, set[int]] = {}
    for fid, values in pointed.items():
        wanted = {v for v in values if type(v) is int}
        target = repo.config.object_by_id(link_target(obj.field_by_id(fid)) or 0)
        known[fid] = set(rows_by_id(conn, repo.table(target), [], wanted)) if wanted else set()
    return known


def held_ids(pointed: dict[int, set[Any]]) -> dict[int, set[int]]:
    """The reference fields whose every value is already a plain id: the records inserted rows point at."""
    return {fid: values for fid, values in pointed.items() if all(type(v) is int for v in values)}
