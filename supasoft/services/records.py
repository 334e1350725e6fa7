"""The record lifecycle behind one facade: read, validate, compute formulas, save with optimistic locking, history,
delete to trash, bulk inserts.

RecordService keeps the public calls the UI, the CLI and tests make; the work is done by its parts, each built
here and handed its collaborators through its constructor:
- record_basis.RecordBasis: storage, structure, actor, rights, users, listeners, rows decoded into records;
- record_reads.RecordReads: cards, table pages, counts, positions, children, pickers, previews, files;
- record_writes.RecordWrites: card saves (validation, receivers, formulas, versioned write, history);
- record_bulk.RecordBulk: imports and bulk field changes;
- record_trash.RecordTrash: delete, restore, the trash and the history of records;
- formula_runner.FormulaRunner, record_checks.SaveChecks, record_history.HistoryWriter.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from supasoft.core.meta import Configuration, ObjectDef
from supasoft.services.access import AccessService
from supasoft.services.configuration import ConfigurationService
from supasoft.services.formula_runner import FormulaRunner
from supasoft.services.record_basis import Listener, RecordBasis
from supasoft.services.record_bulk import RecordBulk, existing_targets, held_ids, reference_values
from supasoft.services.record_checks import SaveChecks
from supasoft.services.record_history import HistoryWriter
from supasoft.services.record_model import Actor, HistoryEntry, ListQuery, ListRow, Record, TrashItem
from supasoft.services.record_reads import USERS_OBJECT_ID, RecordReads
from supasoft.services.record_trash import RecordTrash
from supasoft.services.record_writes import RecordWrites
from supasoft.services.transaction_scope import JoinedStorage
from supasoft.storage.connection import Connection
from supasoft.storage.query import QueryContext
from supasoft.storage.repository import RecordRepository
from supasoft.storage.store import Storage

MANY_TOUCHED = 10_000  # past this many records of one object in one transaction, listeners hear an empty set: reload

__all__ = ["USERS_OBJECT_ID", "Listener", "RecordService", "existing_targets", "held_ids", "reference_values"]


class RecordService:
    """Everything staff do with records; every path checks rights first."""

    def __init__(self, storage: Storage, configuration: ConfigurationService, actor: Actor | None = None,
                 access: AccessService | None = None, users: Any = None):
        self.basis = RecordBasis(storage, configuration, actor or Actor(), access or AccessService(), users)
        self.storage = storage
        self.configuration = configuration
        self.actor = self.basis.actor
        self.access = self.basis.access
        self.formulas = FormulaRunner(self.basis)
        self.history = HistoryWriter(self)
        self.checks = SaveChecks(self.basis)  # rights, owner, files and references, before anything is written
        self.reads = RecordReads(self.basis, self.formulas, self.checks)
        self.writes = RecordWrites(self.basis, self.reads, self.formulas, self.history, self.checks)
        self.bulk = RecordBulk(self.basis, self.reads, self.writes, self.formulas, self.history, self.checks)
        self.trash = RecordTrash(self.basis, self.history, self.formulas)

    # --- plumbing -------------------------------------------------------------------------------------
    def after_formula_change(self, config: Configuration, object_id: int) -> None:
        """A formula's text changed (ConfigurationService's hook): every stored value of it is computed again."""
        self.formulas.recompute_all(object_id)

    def after_values_changed(self, object_id: int, field_ids: set[int]) -> None:
        """A structure change rewrote stored values (ConfigurationService's hook): formulas reading them follow."""
        self.formulas.values_changed(object_id, field_ids)

    @property
    def users(self) -> Any:
        """The UserService (user fields pick from the program's users), given at construction."""
        return self.basis.users

    @property
    def config(self) -> Configuration:
        return self.basis.config

    @property
    def _listeners(self) -> list[Listener]:
        return self.basis.listeners

    def repo(self) -> RecordRepository:
        return self.basis.repo()

    def obj(self, object_id: int) -> ObjectDef:
        return self.basis.obj(object_id)

    def context(self) -> QueryContext:
        return self.basis.context()

    def subscribe(self, listener: Listener) -> None:
        self.basis.listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        """Stop notifying a listener (a closed window)."""
        if listener in self.basis.listeners:
            self.basis.listeners.remove(listener)

    def notify(self, object_id: int, ids: set[int]) -> None:
        self.basis.notify(object_id, ids)

    # --- reading ---------------------------------------------------------------------------------------
    def new(self, object_id: int) -> Record:
        """An unsaved record with the fields' defaults."""
        return self.reads.new(object_id)

    def get(self, object_id: int, record_id: int) -> Record:
        """One record with its values (sources resolved); NotFound if it does not exist."""
        return self.reads.get(object_id, record_id)

    def record_from_row(self, conn: Connection, repo: RecordRepository, obj: ObjectDef, row: dict[str, Any]) -> Record:
        return self.basis.record_from_row(conn, repo, obj, row)

    def follow(self, conn: Connection, repo: RecordRepository, obj: ObjectDef, values: dict[int, Any], path: tuple[int, ...]) -> Any:
        """The value at a path through references, starting from a record's values."""
        return self.basis.follow(conn, repo, obj, values, path)

    def display(self, object_id: int, record_id: int | None) -> str:
        """A record as shown in references: its display field, or its Code."""
        return self.reads.display(object_id, record_id)

    def _display(self, conn: Connection, repo: RecordRepository, obj: ObjectDef, record_id: int) -> str:
        """A record's display text inside an open connection (the history shows references by it)."""
        return self.reads.display_in(conn, repo, obj, record_id)

    def lookup(self, object_id: int, text: str, limit: int = 20) -> list[tuple[int, str]]:
        """Records matching typed text, for reference pickers (id, display text); object 0 = the users."""
        return self.reads.lookup(object_id, text, limit)

    def list(self, object_id: int, query: ListQuery) -> list[ListRow]:
        """A page of a table: canonical cell values (references as RefValue)."""
        return self.reads.list(object_id, query)

    def position(self, object_id: int, query: ListQuery, record_id: int) -> int | None:
        """Where a record stands in a table's order (0-based), or None when the filter hides it."""
        return self.reads.position(object_id, query, record_id)

    def count(self, object_id: int, query: ListQuery | None = None, *, at_most: int | None = None) -> int:
        """How many records a table shows with this filter and search (no more than at_most, if given)."""
        return self.reads.count(object_id, query, at_most=at_most)

    def children(self, object_id: int, record_id: int, link_id: int) -> list[Record]:
        """The child records of a parent through a link (order lines of an order)."""
        return self.reads.children(object_id, record_id, link_id)

    def read_file(self, file_id: int, *, object_id: int | None = None, record_id: int | None = None,
                  field_id: int | None = None) -> tuple[str, bytes]:
        """A stored file's name and bytes, through the record and field it belongs to (required with rights in force)."""
        return self.reads.read_file(file_id, object_id=object_id, record_id=record_id, field_id=field_id)

    def picked(self, object_id: int, reference_field_id: int, target_id: int | None) -> dict[int, Any]:
        """Receiver values to copy into a card when a reference is picked (e.g. the product's price)."""
        return self.reads.picked(object_id, reference_field_id, target_id)

    def preview(self, record: Record, details: dict[int, list[Record]] | None = None) -> dict[int, Any]:
        """Formula values for a card being edited, without the ones the user may not see."""
        return self.reads.preview(record, details)

    # --- writing ---------------------------------------------------------------------------------------
    def save(self, record: Record, *, details: dict[int, list[Record]] | None = None) -> Record:
        """Create or update a record (and, for detail sets, its child lines) in one transaction."""
        return self.writes.save(record, details=details)

    def validated(self, conn: Connection, repo: RecordRepository, obj: ObjectDef, record: Record,
                  known: dict[int, set[int]] | None = None) -> dict[int, Any]:
        """Parse and check every field; ValidationError lists each problem with its field."""
        return self.writes.validated(conn, repo, obj, record, known)

    def bulk_set(self, object_id: int, record_ids: list[int], field_id: int, raw: Any) -> int:
        """Set one field on many records (each saved normally, so history and formulas stay right)."""
        return self.bulk.bulk_set(object_id, record_ids, field_id, raw)

    def insert_many(self, object_id: int, rows: list[dict[int, Any]], *, history: bool = True) -> list[int]:
        """Create many records in one transaction (imports, demo data): validated, numbered, history kept."""
        return self.bulk.insert_many(object_id, rows, history=history)

    @contextmanager
    def one_transaction(self) -> Iterator[RecordService]:
        """A RecordService whose every call (insert_many, save, delete...) runs in ONE transaction, committed when the
        block ends and rolled back on an exception, so a failure half-way leaves nothing behind (an all-or-nothing
        import); this service's listeners hear of the touched records after the commit (past MANY_TOUCHED records of
        one object, an empty set: "records of it changed", as for another client's change, so memory stays flat)."""
        touched: dict[int, set[int]] = {}

        def heard(object_id: int, ids: set[int]) -> None:
            held = touched.setdefault(object_id, set())
            if held or object_id not in many:
                held |= ids
            if len(held) > MANY_TOUCHED:  # a big import: "records of it changed" (empty), not a set of every id
                many.add(object_id)
                held.clear()

        many: set[int] = set()
        with self.storage.begin() as conn:
            joined = RecordService(JoinedStorage(self.storage, conn), self.configuration, self.actor,  # type: ignore[arg-type]
                                   self.access, self.users)
            joined.subscribe(heard)
            yield joined
        for object_id, ids in touched.items():
            self.notify(object_id, ids)

    def recompute_formulas(self, object_id: int) -> int:
        """Recompute one object's stored formulas and everything that reads them (a repair; needs `configure`)."""
        self.access.require("configure")
        return self.formulas.recompute_all(object_id)

    # --- delete, trash, history ------------------------------------------------------------------------
    def delete(self, object_id: int, record_id: int) -> int:
        """Move a record (with cascaded children) to the trash; returns the trash entry id."""
        return self.trash.delete(object_id, record_id)

    def delete_many(self, object_id: int, record_ids: Sequence[int]) -> list[int]:
        """Move records to the trash in one transaction, as delete does each (missing ids passed over); trash ids."""
        return self.trash.delete_many(object_id, record_ids)

    def restore(self, trash_id: int) -> tuple[int, int]:
        """Put a deleted record (and its children) back; returns (object id, record id)."""
        return self.trash.restore(trash_id)

    def history_of(self, object_id: int, record_id: int) -> list[HistoryEntry]:
        """Who changed what in a record, newest first (hidden fields left out)."""
        return self.trash.history_of(object_id, record_id)

    def trash_items(self, object_id: int | None = None) -> list[TrashItem]:
        """What the user may restore."""
        return self.trash.items(object_id)

    def empty_trash(self, object_id: int | None = None) -> int:
        """Delete for good what the user may restore (administrators: everything, or everything of one object)."""
        return self.trash.empty(object_id)
