"""Veto hooks on every backend, with a real local HTTP receiver: a refusal stops a save or delete with the
receiver's message and nothing is saved (not even other hooks' events); a slow receiver allows or refuses as set."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from supasoft.core.meta import FieldDef
from supasoft.services.session import Session
from supasoft.services.webhook_http import SIGNATURE_HEADER, TIMESTAMP_HEADER, verify
from supasoft.services.webhook_veto import VetoRefused
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
    return {"client": client.id, "name": cfg.add_field(client.id, FieldDef(0, "Name", "string", length=50)).id}


def hooks(session: Session) -> WebhookService:
    return WebhookService(session.storage, session.access, session.actor, lambda: session.configuration.config)


def veto(session: Session, crm: dict[str, int], receiver: Receiver, **options: object) -> object:
    spec = HookSpec("Credit check", crm["client"], receiver.url, kind="veto", allow_private=True, **options)  # type: ignore[arg-type]
    return hooks(session).add(spec)


def new_client(session: Session, crm: dict[str, int], name: str) -> int:
    record = session.records.new(crm["client"])
    record.values[crm["name"]] = name
    return session.records.save(record).id or 0


def test_a_refusal_blocks_the_save_with_its_message(session: Session, crm: dict[str, int], receiver: Receiver) -> None:
    hook = veto(session, crm, receiver)
    hooks(session).add(HookSpec("Shop", crm["client"], receiver.url, allow_private=True))  # a notify hook too
    receiver.status, receiver.answer = 422, json.dumps({"message": "Credit limit exceeded for Acme"}).encode()
    with pytest.raises(VetoRefused) as refused:
        new_client(session, crm, "Acme")
    assert str(refused.value) == "Credit check refused the change: Credit limit exceeded for Acme"
    assert session.records.count(crm["client"]) == 0
    assert hooks(session).log() == []  # the notify hook's event went with the rolled-back save
    [asked] = receiver.received
    assert asked.json["event"] == "create" and asked.json["new"]["Name"] == "Acme"
    assert asked.headers["X-Supasoft-Veto"] == "1"
    assert verify(hook.secret, asked.headers[TIMESTAMP_HEADER], asked.body, asked.headers[SIGNATURE_HEADER])  # type: ignore[attr-defined]


def test_an_allowed_change_is_saved_and_a_refused_delete_keeps_the_record(session: Session, crm: dict[str, int], receiver: Receiver) -> None:
    veto(session, crm, receiver, events=("create", "delete"))
    rid = new_client(session, crm, "Acme")  # 200: allowed
    receiver.status, receiver.answer = 409, b"Open invoices"
    with pytest.raises(VetoRefused, match="Open invoices"):
        session.records.delete(crm["client"], rid)
    assert session.records.get(crm["client"], rid).values[crm["name"]] == "Acme"
    assert [r.json["event"] for r in receiver.received] == ["create", "delete"]


def test_no_answer_in_time_allows_or_refuses_as_the_hook_says(session: Session, crm: dict[str, int], receiver: Receiver) -> None:
    receiver.delay = 1.0
    hook = veto(session, crm, receiver, timeout=0.2, on_timeout="allow")
    new_client(session, crm, "Slow but allowed")
    hooks(session).change(hook.id, HookSpec("Credit check", crm["client"], receiver.url, kind="veto",  # type: ignore[attr-defined]
                                            allow_private=True, timeout=0.2, on_timeout="refuse"))
    with pytest.raises(VetoRefused, match="did not answer in time"):
        new_client(session, crm, "Slow and refused")
    assert session.records.count(crm["client"]) == 1


def test_an_unreachable_receiver_counts_as_no_answer(session: Session, crm: dict[str, int], receiver: Receiver) -> None:
    veto(session, crm, receiver)  # on_timeout: refuse by default
    receiver.stop()
    with pytest.raises(VetoRefused):
        new_client(session, crm, "Acme")
    assert session.records.count(crm["client"]) == 0


def test_a_refused_import_row_imports_nothing(session: Session, crm: dict[str, int], receiver: Receiver) -> None:
    veto(session, crm, receiver, events=("create",))
    receiver.status, receiver.answer = 422, b'{"message": "No imports today"}'
    with pytest.raises(VetoRefused, match="No imports today"):
        session.records.insert_many(crm["client"], [{crm["name"]: "A"}, {crm["name"]: "B"}])
    assert session.records.count(crm["client"]) == 0
