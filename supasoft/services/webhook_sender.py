"""Delivering outbox events: per hook in sequence order, signed, with retries and exponential backoff.

One pass (`send_due`) takes each hook's oldest waiting event, claims it (an UPDATE that checks its status, so
several senders on one server never send it twice at once), POSTs it and marks it sent, or due again later
(backoff 2^attempts seconds, capped), or failed after max_attempts; a hook's later events wait behind it.
A claimed event holds a lease: a sender that died mid-send leaves it to another after the lease.
`WebhookSender.start()` runs passes in a background thread (the desktop app, `supasoft-admin serve`): it
wakes on local saves and polls for other clients' events; `stop()` ends it.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from supasoft.services import webhook_http
from supasoft.storage import outbox_store, webhook_store
from supasoft.storage.errors import ConcurrentUpdateError
from supasoft.storage.outbox_store import OutboxEvent
from supasoft.storage.store import Storage, now
from supasoft.storage.webhook_store import StoredHook

MAX_ATTEMPTS = 8
BACKOFF_FIRST = 1.0  # seconds before the second try; doubled each time
BACKOFF_CAP = 3600.0
TIMEOUT = 10.0  # seconds a receiver may take
LEASE = 60.0  # seconds a claim holds beyond the timeout
POLL = 2.0  # seconds between passes when nothing wakes the thread
KEEP_SENT = dt.timedelta(days=30)  # delivered events stay in the log this long
PRUNE_EVERY = dt.timedelta(hours=1)


@dataclass
class Pass:
    """What one pass did."""

    sent: int = 0
    retried: int = 0
    failed: int = 0


class WebhookSender:
    """Sends due events; `post` is services/webhook_http.post unless a test gives another."""

    def __init__(self, storage: Storage, post: Callable[..., Any] | None = None, *, backoff_first: float = BACKOFF_FIRST,
                 poll: float = POLL):
        self.storage = storage
        self.post = post or webhook_http.post
        self.backoff_first = backoff_first
        self.poll = poll
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.errors: list[str] = []  # the last unexpected problems of the background thread (kept short)
        self._pruned: dt.datetime | None = None

    # --- one pass ---------------------------------------------------------------------------------------
    def send_due(self) -> Pass:
        """Send every hook's due events in order until each hook is empty, waiting or failing; returns the counts."""
        done = Pass()
        self._prune()
        with self.storage.connect() as conn:
            hook_ids = outbox_store.hooks_waiting(conn)
            hooks = {h.id: h for h in webhook_store.all_hooks(conn)}
        for hook_id in hook_ids:
            hook = hooks.get(hook_id)
            if hook is None or not hook.active:
                continue  # a paused hook keeps its events until it is active again
            while self._send_head(hook, done):
                pass
        return done

    def _prune(self) -> None:
        """Once an hour: forget events delivered more than KEEP_SENT ago, so the outbox does not grow for ever."""
        at = now()
        if self._pruned is not None and at - self._pruned < PRUNE_EVERY:
            return
        self._pruned = at
        with self.storage.begin() as conn:
            outbox_store.delete_sent_before(conn, at - KEEP_SENT)

    def _send_head(self, hook: StoredHook, done: Pass) -> bool:
        """Deliver the hook's oldest waiting event if it is due; True when the next one may go now."""
        at = now()
        timeout = float(hook.settings.get("timeout") or TIMEOUT)
        try:
            with self.storage.begin() as conn:
                event = outbox_store.head(conn, hook.id)
                if event is None or (event.next_at is not None and event.next_at > at):
                    return False
                if not outbox_store.claim(conn, event, at, at + dt.timedelta(seconds=timeout + LEASE)):
                    return False  # another sender took it
        except ConcurrentUpdateError:
            return False  # another sender (another client of the server) is claiming it at this moment
        attempts = event.attempts + 1
        error = self._deliver(hook, event, timeout)
        with self.storage.begin() as conn:
            if error is None:
                outbox_store.mark_sent(conn, event.id, attempts, now())
                done.sent += 1
                return True
            if attempts >= int(hook.settings.get("max_attempts") or MAX_ATTEMPTS):
                outbox_store.mark_failed(conn, event.id, attempts, error)
                done.failed += 1
                return True  # the next events go on; the admin may resend this one
            delay = min(self.backoff_first * 2 ** (attempts - 1), BACKOFF_CAP)
            outbox_store.mark_retry(conn, event.id, attempts, now() + dt.timedelta(seconds=delay), error)
            done.retried += 1
            return False

    def _deliver(self, hook: StoredHook, event: OutboxEvent, timeout: float) -> str | None:
        """POST the event; None when the receiver took it (2xx), else what went wrong."""
        body = event_body(event)
        headers = webhook_http.signed_headers(hook.secret, body, {
            "X-Supasoft-Event": event.event, "X-Supasoft-Sequence": str(event.id), "X-Supasoft-Hook": str(hook.id)})
        try:
            answer = self.post(hook.url, body, headers, timeout=timeout, allow_private=bool(hook.settings.get("allow_private")))
        except webhook_http.AddressRefused as exc:
            return str(exc)
        except OSError as exc:
            return f"{type(exc).__name__}: {exc}"[:1000]
        if 200 <= answer.status < 300:
            return None
        return f"HTTP {answer.status}: {answer.body[:200].decode('utf-8', 'replace')}"

    # --- in the background ------------------------------------------------------------------------------
    def wake(self, *_: Any) -> None:
        """Something was saved here: send now (a RecordService listener)."""
        self._wake.set()

    def start(self) -> None:
        """Run passes in a daemon thread until stop()."""
        if self._thread is not None and self._thread.is_alive():
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="supasoft-webhooks", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 15.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _run(self) -> None:
        while not self._stop.is_set():
            self._wake.clear()
            try:
                self.send_due()
            except Exception as exc:  # a dropped server connection: try again at the next pass, keep the thread
                self.errors = [*self.errors[-9:], f"{type(exc).__name__}: {exc}"]
            self._wake.wait(self.poll)


def event_body(event: OutboxEvent) -> bytes:
    """The JSON the receiver gets: the stored payload with its sequence number (the outbox id)."""
    payload = json.loads(event.payload)
    return json.dumps({"sequence": event.id, **payload}, ensure_ascii=False).encode()


def sender_for(storage: Storage, records: Any = None) -> WebhookSender | None:
    """A started background sender when the database has an active notify hook (else None: nothing runs).

    `records`: a RecordService whose saves wake the sender at once (the desktop app's session).
    """
    with storage.connect() as conn:
        if not webhook_store.any_active(conn):
            return None
    sender = WebhookSender(storage)
    if records is not None:
        records.subscribe(sender.wake)
    sender.start()
    return sender


def desktop_sender(session: Any) -> WebhookSender | None:
    """The free edition's sender in the desktop app (started when the database has a notify hook); the networked
    edition sends from `supasoft-admin serve` or `webhooks send` on the server instead."""
    if session.storage.kind != "sqlite":
        return None
    return sender_for(session.storage, session.records)


def serve_sender(storage: Storage) -> WebhookSender:
    """For `supasoft-admin serve`: a started sender (it polls, so hooks added later are served too); call stop()."""
    sender = WebhookSender(storage)
    sender.start()
    return sender
