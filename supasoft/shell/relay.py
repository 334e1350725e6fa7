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
    maintenance_changed = Signal(object)  # the MaintenanceState, after an admin began or ended maintenance mode

    def __init__(self, session: Session, parent: QObject | None = None):
        super().__init__(parent)
        self._alive = True
        self._held = False  # while the window is paused for maintenance: nothing is relayed, nothing queried
        self._session = session
        session.records.subscribe(self._on_records)
        session.configuration.subscribe(self._on_config)
        self.feed = None
        self.remote_structure.connect(self._reload_structure)
        if session.storage.kind == "firebird":  # other clients' saves arrive as server events
            self._start_feed()
            session.add_pause_listener(self._on_pause)

    def _start_feed(self) -> None:
        from supasoft.services.networked.change_feed import ChangeFeed

        feed = ChangeFeed(self._session)
        feed.on_object(lambda object_id: self._held or self._on_records(object_id, set()))
        feed.on_structure(lambda: self._alive and not self._held and self.remote_structure.emit())
        feed.on_maintenance(self._on_maintenance)
        try:
            self.feed = feed.start()
        except Exception:  # noqa: BLE001 - live updates are a convenience; F5 still works
            self.feed = None

    def _stop_feed(self) -> None:
        if self.feed is not None:
            self.feed.stop()
            self.feed = None

    def _on_pause(self, paused: bool) -> None:
        """Session.paused(): a tool needs every attachment of this process gone, the listener's too."""
        if not self._alive:
            return
        if paused:
            self._stop_feed()
        elif self.feed is None:
            self._start_feed()

    def hold(self, held: bool) -> None:
        """Paused for maintenance: stop relaying saves and structure changes (they would query the database)."""
        self._held = held

    def _on_maintenance(self) -> None:
        """Worker thread: read the state here (not in the GUI thread), then hand it over."""
        if not self._alive:
            return
        from supasoft.services.maintenance import MaintenanceService

        try:
            state = MaintenanceService(self._session).state()
        except Exception:  # noqa: BLE001 - the server is away: the listener reconnects and asks again
            return
        finally:
            if self._held:  # reading took a pooled attachment: a paused window keeps none
                self._session.release()
        try:
            self.maintenance_changed.emit(state)
        except RuntimeError:
            self._alive = False

    def detach(self) -> None:
        """Stop relaying and leave the services' listener lists (the window is closing)."""
        self._alive = False
        self._session.remove_pause_listener(self._on_pause)
        self._stop_feed()
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
