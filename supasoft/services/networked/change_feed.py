"""Who changed what, pushed to the UI: plain-Python subscriptions over the server's change events.

The UI subscribes callbacks; on Firebird a ChangeListener (storage.networked, storage/firebird/events.py) receives
'sp_changed_<object id>' / 'sp_structure' in a worker thread and this feed fans them out. Callbacks run in
that worker thread: a Qt window must hop to the GUI thread (emit a Signal) before touching widgets.
On SQLite (one user) the feed is silent; start() does nothing there.

    feed = ChangeFeed(session)
    feed.on_object(lambda object_id: ...)   # records of that object changed (reload the table)
    feed.on_structure(lambda: ...)          # the structure changed (reload the configuration)
    feed.on_maintenance(lambda: ...)        # maintenance mode began or ended (read MaintenanceService.state())
    feed.start(); ...; feed.stop()          # stop() before the process exits
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from supasoft.storage import networked

log = logging.getLogger(__name__)

ObjectCallback = Callable[[int], None]
StructureCallback = Callable[[], None]
MaintenanceCallback = Callable[[], None]


class ChangeFeed:
    """Fans server change events out to subscribers; follows structure changes (new objects get listened to)."""

    def __init__(self, session: Any = None, *, url: str | None = None, object_ids: list[int] | None = None):
        self.session = session
        self.url = url or (session.storage.database.url if session is not None else None)
        self._object_ids = object_ids
        self._object_subs: list[ObjectCallback] = []
        self._structure_subs: list[StructureCallback] = []
        self._maintenance_subs: list[MaintenanceCallback] = []
        self._lock = threading.Lock()
        self.listener: Any = None

    # --- subscriptions
    def on_object(self, callback: ObjectCallback) -> None:
        with self._lock:
            self._object_subs.append(callback)

    def on_structure(self, callback: StructureCallback) -> None:
        with self._lock:
            self._structure_subs.append(callback)

    def on_maintenance(self, callback: MaintenanceCallback) -> None:
        """callback() when maintenance mode began or ended (and after a reconnect: it may have changed)."""
        with self._lock:
            self._maintenance_subs.append(callback)

    def unsubscribe(self, callback: Callable[..., None]) -> None:
        with self._lock:
            self._object_subs = [c for c in self._object_subs if c is not callback]
            self._structure_subs = [c for c in self._structure_subs if c is not callback]
            self._maintenance_subs = [c for c in self._maintenance_subs if c is not callback]

    # --- lifecycle
    @property
    def active(self) -> bool:
        return self.listener is not None

    def start(self) -> ChangeFeed:
        """Start listening (Firebird only); returns self."""
        if self.listener is not None or not self.url or not self.url.startswith("firebird"):
            return self
        self.listener = networked.ChangeListener(self.url, self._current_ids(), self._dispatch, on_reconnect=self._resync)
        self.listener.start()
        return self

    def stop(self) -> None:
        if self.listener is not None:
            self.listener.stop()
            self.listener = None

    def __enter__(self) -> ChangeFeed:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # --- dispatching (worker thread)
    def _current_ids(self) -> list[int]:
        if self._object_ids is not None:
            return list(self._object_ids)
        if self.session is None:
            return []
        return [o.id for o in self.session.storage.load_configuration().objects]

    def _dispatch(self, names: list[str]) -> None:
        if networked.MAINTENANCE_EVENT in names:
            self.notify_maintenance()
        if networked.STRUCTURE_EVENT in names:
            if self.listener is not None and self._object_ids is None:
                self.listener.set_objects(self._current_ids())
            self.notify_structure()
        for name in names:
            object_id = networked.changed_event_object(name)
            if object_id is not None:
                self.notify_object(object_id)

    def _resync(self) -> None:
        """The attachment came back after a loss: events may have been missed, so everything is stale."""
        self.notify_maintenance()
        self.notify_structure()
        for object_id in self._current_ids():
            self.notify_object(object_id)

    def notify_object(self, object_id: int) -> None:
        with self._lock:
            subs = list(self._object_subs)
        for callback in subs:
            self._call(callback, object_id)

    def notify_structure(self) -> None:
        with self._lock:
            subs = list(self._structure_subs)
        for callback in subs:
            self._call(callback)

    def notify_maintenance(self) -> None:
        with self._lock:
            subs = list(self._maintenance_subs)
        for callback in subs:
            self._call(callback)

    @staticmethod
    def _call(callback: Callable[..., None], *args: Any) -> None:
        try:
            callback(*args)
        except Exception:  # one subscriber's bug must not stop the others
            log.exception("change feed subscriber failed")
