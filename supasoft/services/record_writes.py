"""Saving one record (and its detail lines): rights, parse and validate, receivers, formulas, versioned write, history.

Save runs a fixed sequence (like Frappe's Document.save): rights -> parse and validate each field ->
fill receivers -> compute formulas in dependency order -> write with a version check -> history ->
recompute parents whose totals read this record -> notify listeners.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from supasoft.core.errors import (
    ConflictError,
    ConflictField,
    FieldProblem,
    NotFound,
    PermissionDenied,
    SupasoftError,
    ValidationError,
)
from supasoft.core.fieldtypes import FileValue, field_types
from supasoft.core.fieldtypes.roles import is_file, is_formula
from supasoft.core.messages import Message, message_of
from supasoft.core.meta import ObjectDef
from supasoft.core.rights import ACTION_LEVEL, level_rank
from supasoft.services.formula_refresh import Change, changed_fields
from supasoft.services.formula_runner import FormulaRunner
from supasoft.services.record_basis import RecordBasis
from supasoft.services.record_checks import SaveChecks
from supasoft.services.record_history import HistoryWriter
from supasoft.services.record_keys import taken_keys
from supasoft.services.record_model import Record
from supasoft.services.record_reads import RecordReads
from supasoft.storage.connection import Connection
from supasoft.storage.physical import column_name, is_stored
from supasoft.storage.repository import RecordRepository
from supasoft.storage.store import now
from supasoft.storage.unique_keys import is_unique_violation

MISSING_TARGET = "points at a record that does not exist"
OUT_OF_SCOPE_NEW = "This change would put the {name} outside the records you may create, so it was not saved."
OUT_OF_SCOPE = "This change would put the {name} outside the records you may change, so it was not saved."


class RecordWrites:
    """Card saves: one record and its detail lines in one transaction."""

    def __init__(self, basis: RecordBasis, reads: RecordReads, formulas: FormulaRunner, history: HistoryWriter,
                 checks: SaveChecks):
        self.basis = basis
        self.access = basis.access
        self.reads = reads
        self.formulas = formulas
        self.history = history
        self.checks = checks

    def save(self, record: Record, *, details: dict[int, list[Record]] | None = None) -> Record:
        """Create or update a record (and, for detail sets, its child lines) in one transaction."""
        basis = self.basis
        obj = basis.obj(record.object_id)
        self.access.require("create" if record.is_new else "update", obj.id)
        details = details or {}
        repo = basis.repo()
        touched: dict[int, set[int]] = {}
        changes: list[Change] = []
        with self._key_race(obj, record, repo), basis.storage.begin() as conn:
            self.checks.before_save(conn, repo, obj, record, details)
            saved = self._save_one(conn, repo, obj, record, details)
            changes.append(_saved_change(record, saved))
            touched.setdefault(obj.id, set()).add(saved.id or 0)
            for link_id, lines in details.items():
                link = basis.link(link_id)
                child = basis.obj(link.child)
                keep: set[int] = set()
                for line in lines:
                    line.values[link.field] = saved.id
                    stored = self._save_one(conn, repo, child, line, {})
                    changes.append(_saved_change(line, stored))
                    keep.add(stored.id or 0)
                    touched.setdefault(child.id, set()).add(stored.id or 0)
                for old_id in repo.ids_where(conn, child, child.field_by_id(link.field), saved.id):
                    if old_id not in keep:
                        self.history.trash(conn, repo, child, old_id, changes)  # "line removed"
                        touched.setdefault(child.id, set()).add(old_id)
            self.formulas.after_write(conn, repo, changes)
            self._still_in_scope(conn, obj, record, saved)
        result = self.reads.get(obj.id, saved.id or 0)
        for object_id, ids in touched.items():
            basis.notify(object_id, ids)
        return result

    @contextmanager
    def _key_race(self, obj: ObjectDef, record: Record, repo: RecordRepository) -> Iterator[None]:
        """A unique index refused the write (another user saved the same key values meanwhile): the key's message."""
        try:
            yield
        except Exception as exc:
            if not (obj.unique_keys and is_unique_violation(exc)):
                raise
            with self.basis.storage.connect() as conn:
                self.validated(conn, repo, obj, record)  # raises the ValidationError naming the other record
            raise

    def _still_in_scope(self, conn: Connection, obj: ObjectDef, record: Record, saved: Record) -> None:
        """A save may not move a record out of what the user may change (a saved-filter right such as Manager = me):
        checked on the written row inside the transaction, so a refusal commits nothing."""
        if self.access.full_rights:
            return
        needed = ACTION_LEVEL["create" if record.is_new else "update"]
        if level_rank(self.access.record_level(conn, obj.id, saved.id or 0)) < level_rank(needed):
            raise PermissionDenied(Message(OUT_OF_SCOPE_NEW if record.is_new else OUT_OF_SCOPE, name=obj.name.lower()))

    def _save_one(self, conn: Connection, repo: RecordRepository, obj: ObjectDef, record: Record, details: dict[int, list[Record]]) -> Record:
        basis = self.basis
        if not self.access.full_rights:
            self.access.require("create" if record.is_new else "update", obj.id)
            if not record.is_new:
                self.access.require_record(conn, obj.id, record.id or 0, "update")
            record = self._protect_fields(conn, repo, obj, record)
        values = self.validated(conn, repo, obj, record)
        self.formulas.compute(conn, repo, obj, values, record.id, details)
        row: dict[str, Any] = {}
        for f in obj.fields:
            if not is_stored(f):
                continue
            value = values.get(f.id)
            if is_file(f) and isinstance(value, FileValue) and value.data is not None:
                file_id = repo.store_file(conn, value.name, value.data)
                value = FileValue(value.name, file_id=file_id, size=len(value.data))
                values[f.id] = value
            row[column_name(f)] = field_types.get(f.type).to_db(value.file_id if isinstance(value, FileValue) else value, f)
        stamp = now()
        actor = basis.actor
        if record.is_new:
            row.update(rec_code=basis.storage.take_codes(conn, obj.id), rec_version=1, created_at=stamp, updated_at=stamp,
                       created_by=actor.user_id, updated_by=actor.user_id, owner_id=record.owner_id or actor.user_id)
            record_id = repo.insert(conn, obj, row)
            self.history.created(conn, obj, record_id, values)
            return Record(obj.id, record_id, row["rec_code"], 1, values)
        assert record.id is not None
        if record.owner_id is not None:  # a new owner was checked before the save wrote anything
            row["owner_id"] = record.owner_id
        if not repo.update(conn, obj, record.id, record.version, {**row, "updated_at": stamp, "updated_by": actor.user_id}):
            raise self._conflict(conn, repo, obj, record, values)
        self.history.updated(conn, obj, record.id, record.version + 1, record.original, values)
        return Record(obj.id, record.id, record.code, record.version + 1, values)

    def _protect_fields(self, conn: Connection, repo: RecordRepository, obj: ObjectDef, record: Record) -> Record:
        """Hidden and read-only fields keep their stored (or default) values whatever the caller sent."""
        locked = [f for f in obj.fields if self.access.field_mode(obj.id, f.id) != "editable"]
        if not locked:
            return record
        base = self.reads.new(obj.id).values if record.is_new else {}
        if not record.is_new:
            row = repo.fetch(conn, obj, record.id or 0)
            base = self.basis.record_from_row(conn, repo, obj, row).values if row is not None else {}
        values = dict(record.values)
        original = dict(record.original)
        for f in locked:
            values[f.id] = base.get(f.id)
            original[f.id] = base.get(f.id)
        return Record(record.object_id, record.id, record.code, record.version, values, original,
                      record.created_at, record.updated_at, record.owner_id, record.code_text)

    def _conflict(self, conn: Connection, repo: RecordRepository, obj: ObjectDef, record: Record, mine: dict[int, Any]) -> SupasoftError:
        row = repo.fetch(conn, obj, record.id or 0)
        if row is None:
            return NotFound(Message("{name} {code} was deleted by someone else meanwhile", name=obj.name, code=record.code_text or record.id))
        theirs = self.basis.record_from_row(conn, repo, obj, row)
        changed = []
        for f in obj.fields:
            if not is_stored(f) or is_formula(f) or not self.access.field_visible(obj.id, f.id):
                continue
            ft = field_types.get(f.type)
            base = record.original.get(f.id)
            if not ft.equal(base, theirs.values.get(f.id)):
                changed.append(ConflictField(f.id, f.name, base, theirs.values.get(f.id), mine.get(f.id)))
        return ConflictError(record.id or 0, theirs.version, changed)

    def validated(self, conn: Connection, repo: RecordRepository, obj: ObjectDef, record: Record,
                  known: dict[int, set[int]] | None = None) -> dict[int, Any]:
        """Parse and check every field; ValidationError lists each problem with its field.

        `known`: reference field id -> target ids known to exist (a bulk insert looks them up at once); others are looked up.
        """
        problems: list[FieldProblem] = []
        values: dict[int, Any] = {}
        for p in self.basis.plan(obj):
            if p.derived:
                continue
            f, ft = p.f, p.type
            raw = record.values.get(f.id)
            try:
                value = ft.parse(raw, f)
            except ValueError as exc:
                problems.append(FieldProblem(f.id, f.name, Message("{value!r} {problem}", value=raw, problem=message_of(exc))))
                continue
            if value is None or (p.tick and value is False and f.required):
                if f.required and not p.tick:
                    problems.append(FieldProblem(f.id, f.name, Message("is required")))
                values[f.id] = value
                continue
            problem = ft.validate(value, f)
            if problem:
                problems.append(FieldProblem(f.id, f.name, problem))
                continue
            target = p.target
            if target is not None:
                known_here = known.get(f.id, set()) if known is not None else set()
                if value not in known_here and not repo.exists(conn, self.basis.config.object_by_id(target), value):
                    problems.append(FieldProblem(f.id, f.name, Message(MISSING_TARGET)))
                    continue
            if f.unique and repo.value_taken(conn, obj, f, ft.to_db(value, f), record.id):
                problems.append(FieldProblem(f.id, f.name, Message("{value!r} is already used by another record", value=ft.format(value, f))))
                continue
            values[f.id] = value
        self._fill_receivers(conn, repo, obj, record, values)
        if obj.unique_keys and not problems:
            problems += taken_keys(conn, self.basis.config, obj, values, record.id)
        if problems:
            raise ValidationError(problems)
        return values

    def _fill_receivers(self, conn: Connection, repo: RecordRepository, obj: ObjectDef, record: Record, values: dict[int, Any]) -> None:
        for f in obj.fields:
            if f.receiver is None:
                continue
            ref_id = f.receiver[0]
            changed = record.is_new or values.get(ref_id) != record.original.get(ref_id)
            if changed and values.get(f.id) is None and values.get(ref_id) is not None:
                values[f.id] = self.basis.follow(conn, repo, obj, values, tuple(f.receiver))


def _saved_change(record: Record, saved: Record) -> Change:
    """What one card save changed, for the formulas of other records that read it."""
    if record.is_new:
        return Change(saved.object_id, {saved.id or 0})
    return Change(saved.object_id, {saved.id or 0}, changed_fields(record.original, saved.values),
                  before={saved.id or 0: dict(record.original)})
