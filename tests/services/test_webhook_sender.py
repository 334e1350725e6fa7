"""The webhook sender in the background (desktop app, serve) and with two clients sending at once: each event
reaches the receiver once, in sequence order; no hooks, no thread."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from supasoft.core.meta import FieldDef
from supasoft.services.session import Session, open_session
from supasoft.services.webhook_sender import WebhookSender, desktop_sender, sender_for
from supasoft.services.webhooks import HookSpec, WebhookService
from tests.helpers.webhook_receiver import Receiver

pytestmark = pytest.mark.all_backends


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    r = Receiver().start()
    yield r
    r.stop()


@pytest.fixture
def client_id(session: Session) -> int:
    client = session.configuration.add_object("Client", "Clients")
    session.configuration.add_field(client.id, FieldDef(0, "Name", "string", length=50))
    return client.id


def add_hook(session: Session, object_id: int, receiver: Receiver) -> None:
    WebhookService(session.storage, session.access, session.actor, lambda: session.configuration.config).add(
        HookSpec("Shop", object_id, receiver.url, allow_private=True))


def save(session: Session, object_id: int, name: str) -> int:
    record = session.records.new(object_id)
    record.values[session.records.obj(object_id).fields[0].id] = name
    return session.records.save(record).id or 0


def test_no_hooks_no_thread_and_a_started_sender_delivers_saves_at_once(session: Session, client_id: int, receiver: Receiver) -> None:
    assert sender_for(session.storage, session.records) is None
    add_hook(session, client_id, receiver)
    sender = sender_for(session.storage, session.records)
    assert sender is not None and sender.running
    sender.poll = 60.0  # only the save's wake-up can make it send within the wait below
    sender.wake()
    try:
        rid = save(session, client_id, "Acme")
        [got] = receiver.wait_for(1, timeout=20)
        assert got.json["record"]["id"] == rid
    finally:
        sender.stop()
    assert not sender.running
    if session.storage.kind != "sqlite":
        assert desktop_sender(session) is None  # the networked edition sends from serve or `webhooks send`


def test_two_clients_sending_at_once_send_each_event_once_in_order(session: Session, db_path: Path | str, client_id: int,
                                                                  receiver: Receiver) -> None:
    add_hook(session, client_id, receiver)
    ids = [save(session, client_id, f"Client {n}") for n in range(12)]
    other = open_session(db_path)
    try:
        senders = [WebhookSender(session.storage), WebhookSender(other.storage)]
        start = threading.Barrier(2)

        def run(sender: WebhookSender) -> None:
            start.wait()
            sender.send_due()

        threads = [threading.Thread(target=run, args=(s,)) for s in senders]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        for sender in senders:
            sender.send_due()  # whatever one left while the other held its claim
    finally:
        other.close()
    got = receiver.wait_for(12)
    assert [r.json["record"]["id"] for r in got] == ids
    assert len({r.json["sequence"] for r in got}) == 12


def test_delivered_events_are_forgotten_after_thirty_days(session: Session, client_id: int, receiver: Receiver) -> None:
    import datetime as dt

    from supasoft.services.webhooks import WebhookService
    from supasoft.storage import outbox_store
    from supasoft.storage.store import now

    add_hook(session, client_id, receiver)
    for name in ("Old", "Recent", "Failed"):
        save(session, client_id, name)
    with session.storage.begin() as conn:
        old, recent, failed = sorted(outbox_store.events(conn), key=lambda e: e.id)
        outbox_store.mark_sent(conn, old.id, 1, now() - dt.timedelta(days=31))
        outbox_store.mark_sent(conn, recent.id, 1, now() - dt.timedelta(days=29))
        outbox_store.mark_failed(conn, failed.id, 8, "HTTP 500")
    WebhookSender(session.storage).send_due()
    log = WebhookService(session.storage, session.access, session.actor, lambda: session.configuration.config).log()
    assert [(e.id, e.status) for e in log] == [(failed.id, "failed"), (recent.id, "sent")]
