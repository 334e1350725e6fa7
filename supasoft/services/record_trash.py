"""Deleting to the trash, restoring, emptying it, and reading a record's history, as the user's rights allow."""

from __future__ import annotations

from collections.abc import Sequence

from supasoft.core.errors import NotFound
from supasoft.core.messages import Message
from supasoft.core.rights import ACTION_LEVEL
from supasoft.services.formula_refresh import Change
from supasoft.services.formula_runner import FormulaRunner
from supasoft.services.record_basis import RecordBasis
from supasoft.services.record_history import HistoryWriter
from supasoft.services.record_model import HistoryEntry, TrashItem


class RecordTrash:
    """The trash and the history of records."""

    def __init__(self, basis: RecordBasis, history: HistoryWriter, formulas: FormulaRunner):
        self.basis = basis
        self.access = basis.access
        self.history = history
        self.formulas = formulas

    def delete(self, object_id: int, record_id: int) -> int:
        """Move a record (with cascaded children) to the trash; returns the trash entry id."""
        basis = self.basis
        obj = basis.obj(object_id)
        self.access.require("delete", object_id)
        repo = basis.repo()
        with basis.storage.begin() as conn:
            if not repo.exists(conn, obj, record_id):
                raise NotFound(Message("{name} #{id} does not exist", name=obj.name, id=record_id))
            self.access.require_record(conn, object_id, record_id, "delete")
            changes: list[Change] = []
            trash_id = self.history.trash(conn, repo, obj, record_id, changes)
            self.formulas.after_write(conn, repo, changes)
        basis.notify(object_id, {record_id})
        return trash_id

    def delete_many(self, object_id: int, record_ids: Sequence[int]) -> list[int]:
        """Move records to the trash in one transaction, exactly as delete does one by one (trash entries, history,
        cascaded children, webhooks), but parents' totals and formulas refreshed once for them all; ids that no longer
        exist (deleted with a parent, or by someone else) are passed over. Returns the trash entry ids."""
        basis = self.basis
        obj = basis.obj(object_id)
        self.access.require("delete", object_id)
        repo = basis.repo()
        trash_ids: list[int] = []
        gone: set[int] = set()
        with basis.storage.begin() as conn:
            changes: list[Change] = []
            for record_id in record_ids:
                if not repo.exists(conn, obj, record_id):
                    continue
                self.access.require_record(conn, object_id, record_id, "delete")
                trash_ids.append(self.history.trash(conn, repo, obj, record_id, changes))
                gone.add(record_id)
            self.formulas.after_write(conn, repo, changes)
        if gone:
            basis.notify(object_id, gone)
        return trash_ids

    def restore(self, trash_id: int) -> tuple[int, int]:
        """Put a deleted record (and its children) back; returns (object id, record id)."""
        item = self.history.entry(trash_id)
        if item is None or not self.may_restore(item):  # someone else's entry looks like a missing one
            raise NotFound(Message("That item is no longer in the trash"))
        repo = self.basis.repo()
        with self.basis.storage.begin() as conn:
            changes: list[Change] = []
            object_id, record_id = self.history.restore(conn, repo, trash_id, changes)
            self.formulas.after_write(conn, repo, changes)
        self.basis.notify(object_id, {record_id})
        return object_id, record_id

    def history_of(self, object_id: int, record_id: int) -> list[HistoryEntry]:
        """Who changed what in a record, newest first (hidden fields left out)."""
        if not self.access.full_rights:
            with self.basis.storage.connect() as conn:
                self.access.require_record(conn, object_id, record_id, "read")
        return self.history.entries(object_id, record_id)

    def items(self, object_id: int | None = None) -> list[TrashItem]:
        """What the user may restore (see may_restore)."""
        return [i for i in self.history.items(object_id) if self.may_restore(i)]

    def empty(self, object_id: int | None = None) -> int:
        """Delete for good what the user may restore (administrators: everything, or everything of one object)."""
        if self.access.full_rights:
            return self.history.empty(object_id)
        if object_id is not None:
            self.access.require("delete", object_id)
        return self.history.empty(object_id, only=[i.id for i in self.items(object_id)])

    def may_restore(self, item: TrashItem) -> bool:
        """A trash entry is the user's to see, restore or empty when they may delete from its object and hold an
        all-records right there, or deleted it themselves, or own it under an own-records right. A deleted record
        can no longer be matched by a saved-filter right, so those rights alone do not reach the trash."""
        access = self.access
        if access.full_rights:
            return True
        if not access.allowed("delete", item.object_id):
            return False
        scopes = {g.scope for g in access.rights.scopes_for(item.object_id, ACTION_LEVEL["delete"])}
        return ("all" in scopes or item.deleted_by == self.basis.actor.name
                or ("own" in scopes and item.owner_id is not None and item.owner_id == self.basis.actor.user_id))
