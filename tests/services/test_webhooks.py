"""Webhooks on every backend, with a real local HTTP receiver: events from every write path, written in the
change's transaction, signed, delivered in sequence order after the receiver was down, failed after N, resent."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from supasoft.core.errors import SupasoftError, ValidationError
from supasoft.core.meta import Condition, FieldDef, FilterGroup
from supasoft.services.session import Session
from supasoft.services.webhook_http import SIGNATURE_HEADER, TIMESTAMP_HEADER, verify
from supasoft.services.webhook_sender import WebhookSender
from supasoft.services.webhooks import HookSpec, WebhookService
from tests.helpers.webhook_receiver import Receiver

pytestmark = pytest.mark.all_backends


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    r = Receiver().start()
    yield r
    r.stop()


@pytest.fixture
def crm(session: Session) -> dict[str, int]:
    cfg = session.configuration
    client = cfg.add_object("Client", "Clients")
    return {"client": client.id,
            "name": cfg.add_field(client.id, FieldDef(0, "Name", "string", length=50, required=True)).id,
            "email": cfg.add_field(client.id, FieldDef(0, "E-mail", "email")).id,
            "limit": cfg.add_field(client.id, FieldDef(0, "Limit", "money")).id}


def hooks(session: Session) -> WebhookService:
    return WebhookService(session.storage, session.access, session.actor, lambda: session.configuration.config)


def add_hook(session: Session, crm: dict[str, int], receiver: Receiver, **options: object) -> object:
    spec = HookSpec("Shop", crm["client"], receiver.url, allow_private=True, **options)  # type: ignore[arg-type]
    return hooks(session).add(spec)


def save(session: Session, crm: dict[str, int], record_id: int | None = None, **values: object) -> int:
    record = session.records.new(crm["client"]) if record_id is None else session.records.get(crm["client"], record_id)
    for key, value in values.items():
        record.values[crm[key]] = value
    return session.records.save(record).id or 0


def test_card_save_event_is_signed_and_carries_old_and_new_values(session: Session, crm: dict[str, int], receiver: Receiver) -> None:
    hook = add_hook(session, crm, receiver)
    rid = save(session, crm, name="Acme", limit="100.50")
    save(session, crm, rid, name="Acme Ltd")
    assert [e.status for e in hooks(session).log()] == ["pending", "pending"]  # committed with the saves
    assert WebhookSender(session.storage).send_due().sent == 2
    created, updated = receiver.wait_for(2)
    for got in (created, updated):
        assert verify(hook.secret, got.headers[TIMESTAMP_HEADER], got.body, got.headers[SIGNATURE_HEADER])  # type: ignore[attr-defined]
        assert not verify("other secret", got.headers[TIMESTAMP_HEADER], got.body, got.headers[SIGNATURE_HEADER])
        assert not verify(hook.secret, got.headers[TIMESTAMP_HEADER], got.body + b" ", got.headers[SIGNATURE_HEADER])  # type: ignore[attr-defined]
    assert created.json["event"] == "create" and created.json["new"]["Limit"] == "100.50"  # money as exact text
    assert created.json["record"]["id"] == rid and created.json["user"]["name"] == session.actor.name
    assert created.json["record"]["code"] == updated.json["record"]["code"] == session.records.get(crm["client"], rid).code_text
    assert updated.json["old"]["Name"] == "Acme" and updated.json["new"]["Name"] == "Acme Ltd"
    assert updated.json["changed"] == ["Name"]
    assert created.json["sequence"] < updated.json["sequence"]
    assert [e.status for e in hooks(session).log()] == ["sent", "sent"]


def test_bulk_change_import_delete_and_restore_make_events(session: Session, crm: dict[str, int], receiver: Receiver) -> None:
    ids = session.records.insert_many(crm["client"], [{crm["name"]: "A"}, {crm["name"]: "B"}])
    add_hook(session, crm, receiver)
    more = session.records.insert_many(crm["client"], [{crm["name"]: "C"}, {crm["name"]: "D"}])
    session.records.bulk_set(crm["client"], ids, crm["email"], "x@example.com")
    trash_id = session.records.delete(crm["client"], ids[0])
    session.records.restore(trash_id)
    WebhookSender(session.storage).send_due()
    got = [(r.json["event"], r.json["record"]["id"]) for r in receiver.wait_for(6)]
    assert got == [("create", more[0]), ("create", more[1]), ("update", ids[0]), ("update", ids[1]),
                   ("delete", ids[0]), ("restore", ids[0])]
    assert receiver.received[0].json["new"]["Name"] == "C"
    assert receiver.received[4].json["old"]["E-mail"] == "x@example.com"
    assert len({r.json["record"]["code"] for r in receiver.received}) == 4 and all(r.json["record"]["code"] for r in receiver.received)


def test_a_failed_save_leaves_no_event(session: Session, crm: dict[str, int], receiver: Receiver) -> None:
    add_hook(session, crm, receiver)
    with pytest.raises(ValidationError):
        save(session, crm, email="x@example.com")  # Name is required
    assert hooks(session).log() == []


def test_chosen_fields_and_filter_choose_the_events(session: Session, crm: dict[str, int], receiver: Receiver) -> None:
    add_hook(session, crm, receiver, events=("update",), fields=(crm["email"],),
             filter=FilterGroup("and", [Condition((crm["name"],), "starts", "VIP")]))
    vip = save(session, crm, name="VIP Acme")
    other = save(session, crm, name="Plain")
    save(session, crm, vip, name="VIP Acme 2")  # no chosen field changed
    save(session, crm, other, email="p@example.com")  # the filter does not keep it
    save(session, crm, vip, email="vip@example.com")
    assert [(e.event, e.record_id) for e in hooks(session).log()] == [("update", vip)]


def test_receiver_down_then_up_delivers_everything_in_sequence_order(session: Session, crm: dict[str, int], receiver: Receiver) -> None:
    add_hook(session, crm, receiver)
    receiver.stop()
    ids = [save(session, crm, name=f"Client {n}") for n in range(5)]
    sender = WebhookSender(session.storage, backoff_first=0)
    first = sender.send_due()
    assert (first.sent, first.retried) == (0, 1)  # the head waits; the later ones wait behind it
    log = hooks(session).log()
    assert len(log) == 5 and all(e.status == "pending" for e in log)
    assert "Connection" in (log[-1].last_error or "")
    receiver.start()  # back on the same port
    assert sender.send_due().sent == 5
    got = receiver.wait_for(5)
    assert [r.json["record"]["id"] for r in got] == ids
    sequences = [r.json["sequence"] for r in got]
    assert sequences == sorted(sequences) == sorted(e.id for e in log)
    assert [r.headers["X-Supasoft-Sequence"] for r in got] == [str(s) for s in sequences]


def test_failed_after_the_last_try_then_resent(session: Session, crm: dict[str, int], receiver: Receiver) -> None:
    add_hook(session, crm, receiver, max_attempts=2)
    receiver.status = 500
    save(session, crm, name="Acme")
    save(session, crm, name="Beta")
    sender = WebhookSender(session.storage, backoff_first=0)
    sender.send_due()
    assert [e.status for e in hooks(session).log()] == ["pending", "pending"]
    sender.send_due()  # second try of the first fails: failed; the second event then gets its first try
    log = hooks(session).log()
    assert [e.status for e in log] == ["pending", "failed"]
    assert log[1].attempts == 2 and log[1].last_error.startswith("HTTP 500")
    receiver.status = 200
    sender.send_due()
    assert [e.status for e in hooks(session).log()] == ["sent", "failed"]
    assert hooks(session).resend() == 1
    sender.send_due()
    assert [e.status for e in hooks(session).log()] == ["sent", "sent"]
    names = [r.json["new"]["Name"] for r in receiver.received if r.headers.get("X-Supasoft-Sequence")]
    assert names[-1] == "Acme"  # the resent one arrives again, with its own sequence number


def test_private_addresses_are_refused_unless_allowed(session: Session, crm: dict[str, int], receiver: Receiver) -> None:
    hooks(session).add(HookSpec("Local", crm["client"], receiver.url, max_attempts=1))
    save(session, crm, name="Acme")
    assert WebhookSender(session.storage).send_due().failed == 1
    assert "private network" in (hooks(session).log()[0].last_error or "")
    assert receiver.received == []


def test_definitions_are_checked_and_need_the_configure_right(session: Session, crm: dict[str, int], receiver: Receiver) -> None:
    service = hooks(session)
    for bad in (HookSpec("x", crm["client"], "ftp://example.com/"), HookSpec("", crm["client"], receiver.url),
                HookSpec("x", crm["client"], receiver.url, kind="later"), HookSpec("x", crm["client"], receiver.url, events=("read",)),
                HookSpec("x", 9999, receiver.url)):
        with pytest.raises(SupasoftError):
            service.add(bad)
    hook = add_hook(session, crm, receiver)
    changed = service.change(hook.id, HookSpec("Renamed", crm["client"], receiver.url, events=("delete",)))  # type: ignore[attr-defined]
    assert (changed.name, changed.events, changed.secret) == ("Renamed", ("delete",), hook.secret)  # type: ignore[attr-defined]
    service.remove(hook.id)  # type: ignore[attr-defined]
    assert service.hooks() == []


def test_fields_the_hooks_owner_may_not_read_are_left_out(db_path, receiver: Receiver) -> None:
    from supasoft.services.session import open_session

    s = open_session(db_path)
    client = s.configuration.add_object("Client", "Clients")
    name = s.configuration.add_field(client.id, FieldDef(0, "Name", "string")).id
    notes = s.configuration.add_field(client.id, FieldDef(0, "Notes", "string")).id
    s.users.sleep = lambda seconds: None
    s.users.create_user("admin", "Secret-pass-123", "Admin")
    jim = s.users.create_user("jim", "Secret-pass-123", "Jim")
    s.users.grant(("user", jim), None, "configure")
    s.users.grant(("user", jim), client.id, "read")
    s.users.grant_field(("user", jim), client.id, notes, "hidden")
    s.close()
    s = open_session(db_path, login="jim", password="Secret-pass-123")
    try:
        hooks(s).add(HookSpec("Jim's hook", client.id, receiver.url, allow_private=True))
    finally:
        s.close()
    s = open_session(db_path, login="admin", password="Secret-pass-123")
    try:
        record = s.records.new(client.id)
        record.values.update({name: "Acme", notes: "private"})
        rid = s.records.save(record).id or 0
        record = s.records.get(client.id, rid)
        record.values[notes] = "still private"  # only a field hidden from the owner: no event
        record = s.records.save(record)
        record.values[name] = "Acme Ltd"
        s.records.save(record)
        WebhookSender(s.storage).send_due()
    finally:
        s.close()
    created, updated = receiver.wait_for(2)
    assert created.json["new"] == {"Name": "Acme"}
    assert updated.json["old"] == {"Name": "Acme"} and updated.json["changed"] == ["Name"]
    assert len(receiver.received) == 2
    assert b"private" not in created.body + updated.body


def test_an_import_makes_events_and_a_save_that_changed_nothing_does_not(session: Session, crm: dict[str, int], receiver: Receiver,
                                                                        tmp_path) -> None:
    from supasoft.services.importing import ImportService

    add_hook(session, crm, receiver)
    rid = save(session, crm, name="Acme")
    save(session, crm, rid)  # saved as it was: no event
    path = tmp_path / "clients.csv"
    path.write_text("Name;E-mail\nBeta;b@example.com\nGamma;g@example.com\n", encoding="utf-8")
    service = ImportService(session.records)
    table = service.read(path)
    created = service.apply(service.preview(table, service.mapping("Clients", table.headers))).created
    assert [(e.event, e.record_id) for e in reversed(hooks(session).log())] == [("create", rid)] + [("create", i) for i in created]


def test_an_event_claimed_by_a_sender_that_died_is_sent_after_the_lease(session: Session, crm: dict[str, int], receiver: Receiver) -> None:
    import datetime as dt

    from supasoft.storage import outbox_store
    from supasoft.storage.store import now

    add_hook(session, crm, receiver)
    save(session, crm, name="Acme")
    with session.storage.begin() as conn:  # a sender claims it with a lease of an hour, then dies
        [event] = outbox_store.events(conn)
        assert outbox_store.claim(conn, event, now(), now() + dt.timedelta(hours=1))
    assert WebhookSender(session.storage).send_due().sent == 0  # leased: nobody else sends it
    with session.storage.begin() as conn:  # the hour is over
        [event] = outbox_store.events(conn)
        assert event.status == "sending"
        conn.execute(outbox_store.sys_outbox.update().values(next_at=now() - dt.timedelta(seconds=1)))
    assert WebhookSender(session.storage).send_due().sent == 1
    assert len(receiver.wait_for(1)) == 1
    assert [e.status for e in hooks(session).log()] == ["sent"]


def test_a_paused_hook_writes_and_sends_nothing_until_active_again(session: Session, crm: dict[str, int], receiver: Receiver) -> None:
    import datetime as dt

    hook = add_hook(session, crm, receiver)
    save(session, crm, name="Before the pause")
    service = hooks(session)
    service.change(hook.id, HookSpec("Shop", crm["client"], receiver.url, allow_private=True, active=False))  # type: ignore[attr-defined]
    save(session, crm, name="During the pause")
    assert WebhookSender(session.storage).send_due().sent == 0
    service.change(hook.id, HookSpec("Shop", crm["client"], receiver.url, allow_private=True))  # type: ignore[attr-defined]
    assert WebhookSender(session.storage).send_due().sent == 1
    [got] = receiver.wait_for(1)
    assert got.json["new"]["Name"] == "Before the pause"
    assert dt.datetime.fromisoformat(got.json["at"]).tzinfo is not None  # the time with its UTC offset


def test_retries_back_off_exponentially(session: Session, crm: dict[str, int], receiver: Receiver) -> None:
    import datetime as dt

    from supasoft.storage import outbox_store
    from supasoft.storage.store import now

    add_hook(session, crm, receiver)
    receiver.status = 503
    save(session, crm, name="Acme")
    sender = WebhookSender(session.storage, backoff_first=10)
    waits = []
    for _ in range(3):
        started = now()
        assert sender.send_due().retried == 1
        [event] = hooks(session).log()
        waits.append(round((event.next_at - started).total_seconds()))
        assert sender.send_due().retried == 0  # not due yet: nothing is sent
        with session.storage.begin() as conn:  # time passes
            conn.execute(outbox_store.sys_outbox.update().values(next_at=now() - dt.timedelta(seconds=1)))
    assert waits == [10, 20, 40]
    assert len(receiver.received) == 3
