"""Listening for change events (networked edition): other clients learn of committed changes without polling (notes §6.1).

What posts the events (the sp_chg_<id> triggers, 'sp_structure', 'sp_maintenance') is in event_triggers.
ChangeListener(url, object_ids, callback) waits in a daemon worker thread on its own attachment:
wait(timeout) + flush() loop, a `select 1` keep-alive (a killed attachment otherwise goes silent),
reconnect with a full-reload callback, and stop() that always closes (an open collector hangs the
process at exit); 'sp_maintenance' is always listened for.
"""

from __future__ import annotations

import logging
import threading
import time
import weakref
from collections.abc import Callable, Iterable
from typing import Any

import sqlalchemy as sa

from supasoft.storage.firebird.event_triggers import MAINTENANCE_EVENT, STRUCTURE_EVENT, changed_event

log = logging.getLogger(__name__)

WAIT_SECONDS = 0.25
KEEPALIVE_SECONDS = 3.0
RECONNECT_SECONDS = 2.0


def listener_url(url: str) -> str:
    """The listener always uses firebird-driver when it is installed, whatever driver the app uses.

    fdb crashed the process (segfault / abort in libfbclient) when the listening attachment was killed
    while its event conduit was open, and on closing that conduit afterwards; firebird-driver recovers.
    """
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.drivername == "firebird+fdb":
        try:
            import firebird.driver  # noqa: F401
        except ImportError:
            return url
        return parsed.set(drivername="firebird+firebird").render_as_string(hide_password=False)
    return url


Callback = Callable[[list[str]], None]


class ChangeListener:
    """Listens for 'sp_changed_<id>' (and 'sp_structure', 'sp_maintenance') on a dedicated attachment in a daemon thread.

    callback(names) runs in the worker thread with the event names that fired (call into Qt through a
    signal). on_reconnect() runs after the attachment was lost and came back: events may have been
    missed, so reload everything. set_objects() changes what is listened for (after a structure change).
    """

    def __init__(self, url: str, object_ids: Iterable[int], callback: Callback, *,
                 on_reconnect: Callable[[], None] | None = None, structure: bool = True,
                 wait_seconds: float = WAIT_SECONDS, keepalive_seconds: float = KEEPALIVE_SECONDS,
                 reconnect_seconds: float = RECONNECT_SECONDS):
        self.url = url
        self.callback = callback
        self.on_reconnect = on_reconnect
        self.structure = structure
        self.wait_seconds = wait_seconds
        self.keepalive_seconds = keepalive_seconds
        self.reconnect_seconds = reconnect_seconds
        self._ids = sorted({int(i) for i in object_ids})
        self._resubscribe = threading.Event()
        self._stop = threading.Event()
        self._ready = threading.Event()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self.connected = False
        self.reconnects = 0
        self.last_error: str | None = None

    # --- public
    def names(self) -> list[str]:
        with self._lock:
            names = [changed_event(i) for i in self._ids]
        return names + ([STRUCTURE_EVENT] if self.structure else []) + [MAINTENANCE_EVENT]

    def start(self, wait: float = 10.0) -> ChangeListener:
        """Start the worker; waits up to `wait` seconds until it listens (events before that are missed)."""
        if self._thread is None:
            _register_for_exit(self)
            self._thread = threading.Thread(target=self._run, name="supasoft-change-listener", daemon=True)
            self._thread.start()
        self._ready.wait(wait)
        return self

    def set_objects(self, object_ids: Iterable[int]) -> None:
        ids = sorted({int(i) for i in object_ids})
        with self._lock:
            if ids == self._ids:
                return  # e.g. a field was added: the same events, no resubscribing
            self._ids = ids
        self._resubscribe.set()

    def stop(self, timeout: float = 5.0) -> None:
        """Stop and close the attachment; returns within about wait_seconds."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def __enter__(self) -> ChangeListener:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # --- worker
    def _run(self) -> None:
        first = True
        while not self._stop.is_set():
            self._current = [None, None, None]
            lost = False
            try:
                self._current = list(self._open())
                self.connected = True
                self._ready.set()
                if not first:
                    self.reconnects += 1
                    if self.on_reconnect:
                        self._safe(self.on_reconnect)
                first = False
                self._loop()
            except Exception as exc:  # the server went away or refused: retry until stopped
                lost = True
                self.last_error = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
                log.info("change listener: %s", self.last_error)
                self._ready.set()  # start() need not wait for a server that is down
            finally:
                self.connected = False
                engine, raw, collector = self._current
                try:
                    if lost and collector is not None:
                        self._abandon(engine, raw, collector)
                    else:
                        self._close(engine, raw, collector)
                except Exception:  # the worker must survive its own cleanup
                    log.exception("change listener: cleanup failed")
            self._stop.wait(self.reconnect_seconds)
        self._ready.set()

    def _open(self) -> tuple[Any, Any, Any]:
        from supasoft.storage.firebird.engine import create_firebird_engine

        engine = create_firebird_engine(listener_url(self.url), lock_timeout=1, connect_timeout=5, poolclass=sa.pool.NullPool)
        raw = collector = None
        try:
            raw = engine.raw_connection()
            collector = self._collector(raw.driver_connection)
            return engine, raw, collector
        except BaseException:
            self._close(engine, raw, collector)
            raise

    def _collector(self, dbapi_conn: Any) -> Any:
        names = self.names()
        self._resubscribe.clear()
        if hasattr(dbapi_conn, "event_collector"):  # firebird-driver
            collector = dbapi_conn.event_collector(names)
            collector.begin()
            _quiet_collector(collector)
            return collector
        conduit = dbapi_conn.event_conduit(names)  # fdb
        conduit.begin()
        return conduit

    def _loop(self) -> None:
        _, raw, collector = self._current
        last_ping = time.monotonic()
        while not self._stop.is_set():
            if self._resubscribe.is_set():
                collector = self._resubscribed(raw, collector)
            counts = collector.wait(self.wait_seconds)
            if counts is None:  # fdb after close
                raise ConnectionError("the event collector was closed")
            collector.flush()
            fired = [name for name, count in counts.items() if count]
            if fired:
                self._safe(lambda fired=fired: self.callback(fired))
            if time.monotonic() - last_ping >= self.keepalive_seconds:
                self._ping(raw)  # a killed attachment keeps wait() returning zeros: ask the server
                last_ping = time.monotonic()

    def _resubscribed(self, raw: Any, old: Any) -> Any:
        """Listen for the new names before letting go of the old ones: nothing posted in between is lost.

        An event that fires while both listen is reported twice; callers treat events as "reload" anyway.
        """
        self._current[2] = None
        try:
            collector = self._current[2] = self._collector(raw.driver_connection)
        finally:
            if self._current[2] is None:  # the new one failed: the worker closes the old on its way out
                self._current[2] = old
        try:
            counts = old.wait(0.01) or {}
            old.flush()
        finally:
            _close_collector(old)
        fired = [name for name, count in counts.items() if count]
        if fired:
            self._safe(lambda: self.callback(fired))
        return collector

    @staticmethod
    def _ping(raw: Any) -> None:
        cursor = raw.driver_connection.cursor()
        try:
            cursor.execute("select 1 from rdb$database")
            cursor.fetchall()
        finally:
            cursor.close()
        raw.driver_connection.commit()

    def _safe(self, fn: Callable[[], None]) -> None:
        try:
            fn()
        except Exception:  # a subscriber's bug must not kill the listener
            log.exception("change listener callback failed")

    @staticmethod
    def _abandon(engine: Any, raw: Any, collector: Any) -> None:
        """After a lost attachment: stop the collector's thread but neither cancel its events nor detach.

        Cancelling the events (which deletes the ctypes callback) or detaching a killed attachment with
        events queued sometimes aborted the process inside libfbclient. The dead handles are kept for
        the rest of the process instead (a few KB per lost connection); only the collector's own
        (non-daemon) thread is stopped, so the process can still exit.
        """
        _KEEP_ALIVE.append((engine, raw, collector))
        if not _stop_collector_thread(collector):  # fdb: its conduit has no thread of ours to stop
            ChangeListener._close(None, None, collector)

    @staticmethod
    def _close(engine: Any, raw: Any, collector: Any) -> None:
        """Cancel the collector, close the attachment, drop the engine (the server is still there)."""
        for closer in (collector and (lambda: _close_collector(collector)), getattr(raw, "invalidate", None),
                       getattr(engine, "dispose", None)):
            if closer is None:
                continue
            try:
                closer()
            except Exception:  # noqa: BLE001 - closing after a lost server fails; the handle is gone anyway
                pass


def _stop_collector_thread(collector: Any) -> bool:
    """Stop a firebird-driver collector's (non-daemon) thread; False for fdb conduits.

    The stop item goes into the collector's queue (first in, first out since _quiet_collector: a stop item
    and an event item cannot be ordered, notes §6.1), after any events still to be counted.
    """
    queue = getattr(collector, "_EventCollector__queue", None)
    thread = getattr(collector, "_EventCollector__process_thread", None)
    if queue is None or thread is None:
        return False
    from firebird.driver.core import _OP_DIE

    if thread.is_alive():
        try:
            queue.put((_OP_DIE, collector))
        except TypeError:  # a collector made before _quiet_collector ran: the item is in the heap anyway
            with queue.not_empty:
                queue.not_empty.notify_all()
        thread.join(2.0)
    collector._EventCollector__closed = True  # close()/__del__ must not queue or cancel again
    return True


def _quiet_collector(collector: Any) -> None:
    """Make a firebird-driver collector safe on a lost attachment.

    Its queue becomes first in, first out: as a PriorityQueue, a stop item and an event item queued by the
    client library's callback cannot be ordered ("'<' not supported" printed from the ctypes callback).
    Its thread re-registers each block after an event; on a lost attachment that raises and the thread
    died printing a traceback: the failure is dropped, the keep-alive ping notices the loss instead.
    """
    from firebird.driver.types import DatabaseError

    queue = getattr(collector, "_EventCollector__queue", None)
    if queue is not None:
        queue._put = queue.queue.append
        queue._get = lambda: queue.queue.pop(0)

    for block in getattr(collector, "_EventCollector__event_blocks", None) or []:
        def count(block: Any = block, real: Callable[[], Any] = block.count_and_reregister) -> Any:
            try:
                return real()
            except DatabaseError:
                return None
        block.count_and_reregister = count


def _release_kept() -> None:
    """At exit: let go of lost attachments quietly (their own __del__ would try to cancel and detach a dead
    attachment and print "Exception ignored in ... __del__")."""
    while _KEEP_ALIVE:
        _engine, raw, collector = _KEEP_ALIVE.pop()
        for block in getattr(collector, "_EventCollector__event_blocks", None) or []:
            block._EventBlock__closed = True  # nothing to cancel on a dead attachment
        conn = getattr(raw, "driver_connection", None)
        if conn is None or not hasattr(conn, "_att"):
            continue
        try:
            conn.close()
        except Exception:  # noqa: BLE001 - the attachment is gone; closing only tidies the handles
            pass
        finally:
            conn._att = None  # Connection.__del__ then has nothing left to do


def _close_collector(collector: Any) -> None:
    """Cancel a collector's events and stop its thread, whatever its queue holds."""
    blocks = list(getattr(collector, "_EventCollector__event_blocks", None) or [])
    if getattr(collector, "_EventCollector__closed", False):
        return
    if not _stop_collector_thread(collector):
        collector.close()  # fdb
        return
    for block in blocks:
        try:
            block.close()
        except Exception:  # noqa: BLE001 - a dead attachment cannot cancel; nothing is left to cancel
            pass


_LIVE: weakref.WeakSet[ChangeListener] = weakref.WeakSet()
_EXIT_HOOKED = False


def _register_for_exit(listener: ChangeListener) -> None:
    """Stop forgotten listeners at exit: the drivers' collector threads are non-daemon and would hang it.

    threading._register_atexit runs before the interpreter joins non-daemon threads (plain atexit
    handlers run after, too late); concurrent.futures uses the same hook.
    """
    global _EXIT_HOOKED
    _LIVE.add(listener)
    if not _EXIT_HOOKED:
        hook = getattr(threading, "_register_atexit", None)
        if hook is not None:
            hook(_stop_all)
        _EXIT_HOOKED = True


def _stop_all() -> None:
    for listener in list(_LIVE):
        listener.stop(timeout=2.0)
    _release_kept()


_KEEP_ALIVE: list[Any] = []  # handles of lost attachments (see ChangeListener._abandon)
