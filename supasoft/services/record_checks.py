"""What a save may do, decided before anything is written: rights on each record, owner, files, references.

RecordService.save() runs these checks for the record and every detail line first, inside its
transaction but before any INSERT/UPDATE/DELETE, so a refused save leaves no row, history line or file:
- each record: the create/update right on its object and, for a stored record, on that record;
- each detail line the save would remove: the delete right on it;
- the owner: giving a record to someone else needs full rights over all records of the object;
- files: a file field keeps its own stored file or gets a new upload, never another record's file id;
- references: a changed reference must point at a record the user may read, refused with the very
  message a missing id gets, so a refusal never tells that a forbidden record exists.
Bulk inserts (imports) get the same file and reference rules, and hidden or read-only fields left to their defaults.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from supasoft.core.errors import FieldProblem, NotFound, PermissionDenied, ValidationError
from supasoft.core.fieldtypes import FileValue, field_types
from supasoft.core.fieldtypes.roles import is_file, link_target, type_of
from supasoft.core.messages import Message
from supasoft.core.meta import FieldDef, ObjectDef
from supasoft.core.rights import level_rank
from supasoft.services.record_basis import RecordBasis
from supasoft.services.record_model import Record
from supasoft.storage.connection import Connection
from supasoft.storage.physical import column_name, is_stored
from supasoft.storage.record_rows import all_visible
from supasoft.storage.repository import RecordRepository

#: The message of a reference to a missing record, and to a record the user may not read (no existence oracle).
MISSING_REFERENCE = "points at a record that does not exist"
FOREIGN_FILE = "holds a file of another record; attach the file itself"


class SaveChecks:
    """Pre-write checks of one save (the record and its detail lines)."""

    def __init__(self, basis: RecordBasis):
        self.basis = basis

    def before_save(self, conn: Connection, repo: RecordRepository, obj: ObjectDef, record: Record,
                    details: dict[int, list[Record]]) -> None:
        """Raise (PermissionDenied, NotFound, ValidationError) when any part of the save may not be made."""
        self.check_one(conn, repo, obj, record, link_field=None)
        for link_id, lines in details.items():
            link = self.basis.link(link_id)
            child = self.basis.obj(link.child)
            kept = set()
            for line in lines:
                self.check_one(conn, repo, child, line, link_field=link.field)
                if not line.is_new:
                    kept.add(line.id)
            if record.is_new:
                continue
            removed = [i for i in repo.ids_where(conn, child, child.field_by_id(link.field), record.id) if i not in kept]
            if removed:
                self._may_delete(conn, child, removed)

    def check_one(self, conn: Connection, repo: RecordRepository, obj: ObjectDef, record: Record,
                  link_field: int | None) -> None:
        access = self.basis.access
        access.require("create" if record.is_new else "update", obj.id)
        stored: dict[str, Any] = {}
        if not record.is_new:
            row = repo.fetch(conn, obj, record.id or 0)
            if row is None:
                raise NotFound(Message("{name} {code} was deleted by someone else meanwhile", name=obj.name, code=record.code_text or record.id))
            if not access.full_rights:
                access.require_record(conn, obj.id, record.id or 0, "update")
            stored = row
        self._owner(obj, record, stored)
        problems: list[FieldProblem] = []
        for f in obj.fields:
            if not is_stored(f) or f.id == link_field or access.field_mode(obj.id, f.id) != "editable":
                continue  # locked fields keep their stored values; the link to the parent is set by the save
            if is_file(f):
                problem = self._file(f, record.values.get(f.id), stored)
            elif link_target(f) is not None:
                problem = self._reference(conn, repo, f, record.values.get(f.id), stored)
            else:
                continue
            if problem:
                problems.append(FieldProblem(f.id, f.name, problem))
        if problems:
            raise ValidationError(problems)

    def _may_delete(self, conn: Connection, child: ObjectDef, ids: list[int]) -> None:
        access = self.basis.access
        access.require("delete", child.id)
        if not access.full_rights:
            for record_id in ids:
                access.require_record(conn, child.id, record_id, "delete")

    # --- owner -----------------------------------------------------------------------------------------
    def _owner(self, obj: ObjectDef, record: Record, stored: dict[str, Any]) -> None:
        """A record given to another owner than the saver (new) or than before (stored) needs the right to do so."""
        wanted = record.owner_id
        if wanted is None:
            return
        unchanged = stored.get("owner_id") if stored else self.basis.actor.user_id
        if wanted == unchanged:
            return
        if not self.may_assign_owner(obj.id):
            raise PermissionDenied(Message("You do not have the right to give {objects} to another owner.", objects=obj.plural.lower()))
        if self.basis.users is not None and wanted not in {p.id for p in self.basis.users.people()}:
            raise NotFound(Message("No user #{id} to own this record", id=wanted))

    def may_assign_owner(self, object_id: int) -> bool:
        """Full rights over all records of the object (or every right): then any record may go to anyone."""
        rights = self.basis.access.rights
        if rights.unrestricted:
            return True
        return any(g.scope == "all" and level_rank(g.level) >= level_rank("full") for g in rights.scopes_for(object_id, "full"))

    # --- files and references --------------------------------------------------------------------------
    def _file(self, f: FieldDef, raw: Any, stored: dict[str, Any]) -> str | None:
        """None when the value is empty, a new upload, or the file this record's field already holds."""
        try:
            value = type_of(f).parse(raw, f)
        except ValueError:
            return None  # the save's validation names the problem
        if not isinstance(value, FileValue) or value.data is not None or value.file_id is None:
            return None
        if stored and stored.get(column_name(f)) == value.file_id:
            return None
        return FOREIGN_FILE

    def _reference(self, conn: Connection, repo: RecordRepository, f: FieldDef, raw: Any, stored: dict[str, Any]) -> str | None:
        """None when the reference is empty, unchanged, or points at a record the user may read."""
        try:
            value = field_types.get(f.type).parse(raw, f)
        except ValueError:
            return None
        if value is None or (stored and stored.get(column_name(f)) == value):
            return None
        return None if self.readable(conn, repo, f, value) else MISSING_REFERENCE

    def readable(self, conn: Connection, repo: RecordRepository, f: FieldDef, value: int) -> bool:
        """Whether the record a reference field points at exists and the user may read it."""
        target_id = link_target(f)
        if target_id is None:
            return True  # user fields point at the program's users
        access = self.basis.access
        target = self.basis.config.object_by_id(target_id)
        if not access.allowed("read", target.id) or not repo.exists(conn, target, value):
            return False
        return access.full_rights or access.record_level(conn, target.id, value) != "none"
    # --- bulk inserts ----------------------------------------------------------------------------------
    def bulk_rows(self, obj: ObjectDef, rows: list[dict[int, Any]]) -> list[dict[int, Any]]:
        """Rows of a bulk insert as this user may create them: no stored file ids, hidden and read-only fields
        left to their defaults, references only to records the user may read (else the missing-record message)."""
        refuse_file_ids(obj, rows)
        access = self.basis.access
        if access.full_rights:
            return rows
        locked = {f.id for f in obj.fields if access.field_mode(obj.id, f.id) != "editable"}
        if locked:
            rows = [{k: v for k, v in row.items() if k not in locked} for row in rows]
        references = [f for f in obj.fields if link_target(f) is not None and is_stored(f)
                      and f.id not in locked]
        if not references:
            return rows
        repo = self.basis.repo()
        with self.basis.storage.connect() as conn:
            problems = [FieldProblem(f.id, f.name, MISSING_REFERENCE) for f in references
                        if not self._all_readable(conn, repo, f, rows)]
        if problems:
            raise ValidationError(problems)
        return rows

    def _all_readable(self, conn: Connection, repo: RecordRepository, f: FieldDef, rows: list[dict[int, Any]]) -> bool:
        ids: set[int] = set()
        for row in rows:
            try:
                value = field_types.get(f.type).parse(row.get(f.id), f)
            except ValueError:
                continue  # the insert's validation names the problem
            if value is not None:
                ids.add(value)
        if not ids:
            return True
        access = self.basis.access
        target = self.basis.config.object_by_id(link_target(f) or 0)
        if not access.allowed("read", target.id):
            return False
        return all_visible(conn, repo, target, ids, lambda table: access.row_filter(target.id, "read", table))

    # --- files -----------------------------------------------------------------------------------------
    def file_readable(self, file_id: int, object_id: int | None, record_id: int | None, field_id: int | None,
                      get: Callable[[int, int], Record]) -> None:
        """A file is read through the record and field it belongs to: record readable (`get` checks the object and
        the record), field not hidden."""
        access = self.basis.access
        if object_id is None or record_id is None or field_id is None:
            if access.full_rights:
                return
            raise PermissionDenied(Message("Open files through their record."))
        if not access.field_visible(object_id, field_id):
            raise PermissionDenied(Message("You are not allowed to see this field."))
        value = get(object_id, record_id).values.get(field_id)
        if not isinstance(value, FileValue) or value.file_id != file_id:
            raise PermissionDenied(Message("That file does not belong to this record."))


def refuse_file_ids(obj: ObjectDef, rows: list[dict[int, Any]]) -> None:
    """Bulk inserts create records: a file field there may only hold a new upload, never a stored file's id."""
    files = [f for f in obj.fields if is_file(f) and is_stored(f)]
    problems = []
    for f in files:
        for raw in rows:
            value = raw.get(f.id)
            if value is None or (isinstance(value, FileValue) and value.data is not None):
                continue
            problems.append(FieldProblem(f.id, f.name, FOREIGN_FILE))
            break
    if problems:
        raise ValidationError(problems)

