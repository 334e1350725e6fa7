"""The structure as the service holds it: reading, the one change() path every structure change takes, lookups.

Each change follows one path: load the stored structure, change a copy, check it, take an automatic
backup when data could be lost, run the DDL and store the new structure version, all in one
transaction (SQLite), so a failure leaves both data and structure as they were. On Firebird, where DDL
takes effect only at COMMIT, each additive step is committed, drops wait until the new structure is
stored, and a failure undoes the committed steps (see Storage.schema_change).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from supasoft.core.errors import NotFound, SupasoftError
from supasoft.core.messages import Message
from supasoft.core.meta import Configuration, FieldDef, LinkDef, ObjectDef
from supasoft.core.serialization import clone_configuration
from supasoft.services.backups import BackupService
from supasoft.storage.errors import DatabaseBusyError, firebird_kind
from supasoft.storage.schema_sync import SchemaWriter
from supasoft.storage.store import Storage

Listener = Callable[[Configuration], None]
RECHECK_SECONDS = 1.0


def _nobody() -> int | None:
    return None


@dataclass
class StructureHooks:
    """What the structure services call outside themselves, given by whoever builds them (open_session)."""

    rights_check: Callable[..., None] | None = None
    """Raises PermissionDenied unless the user may (action, object id): the access service's require."""
    current_user: Callable[[], int | None] = _nobody
    after_formula_change: Callable[[Configuration, int], None] | None = None
    """A formula changed in the object: recompute its stored values."""
    after_values_changed: Callable[[int, set[int]], None] | None = None
    """Stored values of these fields were converted in place: formulas reading them recompute."""


class ChangePath:
    """Holds the current structure, runs changes through change() and notifies listeners (open windows)."""

    def __init__(self, storage: Storage, backups: BackupService, hooks: StructureHooks):
        self.storage = storage
        self.backups = backups
        self.hooks = hooks
        self._config = storage.load_configuration()
        self._checked_at = time.monotonic()
        self._listeners: list[Listener] = []
        self.hold_refresh = False  # set while the session let go of the database (Session.paused)

    # --- reading ------------------------------------------------------------------------------
    @property
    def config(self) -> Configuration:
        """The current structure (reloaded when another admin changed it; checked at most every second)."""
        moment = time.monotonic()
        if not self.hold_refresh and moment - self._checked_at > RECHECK_SECONDS:
            self._checked_at = moment
            self.refresh()
        return self._config

    def refresh(self) -> bool:
        """Reload the structure if someone else changed it; True when it changed."""
        if self.storage.configuration_version() != self._config.version:
            self._config = self.storage.load_configuration()
            for listener in list(self._listeners):
                listener(self._config)
            return True
        return False

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        """Stop notifying a listener (a closed window)."""
        if listener in self._listeners:
            self._listeners.remove(listener)

    def object(self, object_id: int) -> ObjectDef:
        return object_in(self.config, object_id)

    # --- the one path every change takes -----------------------------------------------------------
    @contextmanager
    def change(self, reason: str, *, destructive: bool = False, personal: bool = False) -> Iterator[tuple[Configuration, SchemaWriter]]:
        """Prepare a changed copy of the structure, then apply DDL and store it in one transaction."""
        if self.hooks.rights_check is not None and not personal:
            self.hooks.rights_check("configure")
        self.refresh()
        base = self._config
        draft = clone_configuration(base)
        draft.version = base.version
        if destructive:
            self.backups.take_automatic(reason)
        # SQLite: one transaction. Firebird: DDL committed step by step, drops after the document,
        # committed steps compensated on failure (Storage.schema_change / SchemaWriter).
        try:
            with self.storage.schema_change() as writer:
                yield draft, writer
                self.storage.save_configuration(writer.conn, draft, base.version)
        except DatabaseBusyError as exc:
            if firebird_kind(exc.__cause__) != "object_in_use":
                raise
            raise self._busy_with_names() from exc.__cause__
        self.storage.ops.after_structure_change(self.storage, sorted({o.id for o in draft.objects} - {o.id for o in base.objects}))
        self._config = draft
        for listener in list(self._listeners):
            listener(draft)

    def _busy_with_names(self) -> DatabaseBusyError:
        """'Another user has this table open: ANNA from ...': who the admin has to ask (or use maintenance mode)."""
        from supasoft.services.maintenance import connected_clients, describe_clients

        try:
            others = [c for c in connected_clients(self.storage) if not c.this_process]
        except SupasoftError:
            others = []
        if others:
            message = Message("Another user has this table open: {clients}. Ask them to close it (or start maintenance "
                              "mode), then try again.", clients=describe_clients(others))
        else:
            message = Message("This table is still open in another window or transaction; close it, then try again.")
        error = DatabaseBusyError(message)
        error.clients = others  # type: ignore[attr-defined]
        return error


# --- lookups in a structure (NotFound with a readable message) ---------------------------------------
def object_in(config: Configuration, object_id: int) -> ObjectDef:
    try:
        return config.object_by_id(object_id)
    except KeyError:
        raise NotFound(Message("Object #{id} does not exist", id=object_id)) from None


def field_in(obj: ObjectDef, field_id: int) -> FieldDef:
    try:
        return obj.field_by_id(field_id)
    except KeyError:
        raise NotFound(Message("{object} has no field #{id}", object=obj.name, id=field_id)) from None


def link_in(config: Configuration, link_id: int) -> LinkDef:
    try:
        return config.link_by_id(link_id)
    except KeyError:
        raise NotFound(Message("Link #{id} does not exist", id=link_id)) from None
