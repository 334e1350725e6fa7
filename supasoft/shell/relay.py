"""Service change notifications delivered to the GUI thread (services may notify from a worker thread)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from supasoft.core.meta import Configuration
from supasoft.services.session import Session


class ChangeRelay(QObject):
    """Subscribes once to the services and re-emits their notifications as queued Qt signals."""

    records_changed = Signal(int, object)  # object id, set of record ids
    structure_changed = Signal(object)  # the new Configuration
    remote_structure = Signal()  # another client changed the structure (networked edition)

    def __init__(self, session: Session, parent: QObject | None = None):
        super().__init__(parent)
        self._alive = True
        self._session = session
        session.records.subscribe(self._on_records)
        session.configuration.subscribe(self._on_config)
        self.feed = None
        self.remote_structure.connect(self._reload_structure)
        if session.storage.kind == "firebird":  # other clients' saves arrive as server events
            from supasoft.services.change_feed import ChangeFeed

            self.feed = ChangeFeed(session)
            self.feed.on_object(lambda object_id: self._on_records(object_id, set()))
            self.feed.on_structure(lambda: self._alive and self.remote_structure.emit())
            try:
                self.feed.start()
            except Exception:  # noqa: BLE001 - live updates are a convenience; F5 still works
                self.feed = None

    def detach(self) -> None:
        """Stop relaying and leave the services' listener lists (the window is closing)."""
        self._alive = False
        if self.feed is not None:
            self.feed.stop()
            self.feed = None
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

    def _reload_structure(self) -> None:
        if self._alive:
            self._session.configuration.refresh()  # listeners (this relay too) hear the new structure

    def _on_config(self, config: Configuration) -> None:
        if self._alive:
            try:
                self.structure_changed.emit(config)
            except RuntimeError:
                self._alive = False
