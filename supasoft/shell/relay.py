"""Service change notifications delivered to the GUI thread (services may notify from a worker thread)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from supasoft.core.meta import Configuration
from supasoft.services.session import Session


class ChangeRelay(QObject):
    """Subscribes once to the services and re-emits their notifications as queued Qt signals."""

    records_changed = Signal(int, object)  # object id, set of record ids
    structure_changed = Signal(object)  # the new Configuration

    def __init__(self, session: Session, parent: QObject | None = None):
        super().__init__(parent)
        self._alive = True
        self._session = session
        session.records.subscribe(self._on_records)
        session.configuration.subscribe(self._on_config)

    def detach(self) -> None:
        """Stop relaying and leave the services' listener lists (the window is closing)."""
        self._alive = False
        for service, listener in ((self._session.records, self._on_records),
                                  (self._session.configuration, self._on_config)):
            unsubscribe = getattr(service, "unsubscribe", None)
            if unsubscribe is not None:
                unsubscribe(listener)

    def _on_records(self, object_id: int, ids: set[int]) -> None:
        if self._alive:
            try:
                self.records_changed.emit(object_id, set(ids))
            except RuntimeError:  # the relay was deleted with its window
                self._alive = False

    def _on_config(self, config: Configuration) -> None:
        if self._alive:
            try:
                self.structure_changed.emit(config)
            except RuntimeError:
                self._alive = False
