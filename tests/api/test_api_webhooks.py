"""Webhooks on the API's write path: an API create, update and delete make signed events naming the token's user;
a veto hook's refusal reaches the API caller with its message and nothing is saved (issue 17, points 4 and 5)."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from supasoft.services.session import Session
from supasoft.services.webhook_sender import WebhookSender
from supasoft.services.webhooks import HookSpec, WebhookService
from tests.helpers.webhook_receiver import Receiver


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    r = Receiver().start()
    yield r
    r.stop()


def hooks(session: Session) -> WebhookService:
    return WebhookService(session.storage, session.access, session.actor, lambda: session.configuration.config)


def test_api_writes_make_events_and_a_veto_answers_the_caller(crm: dict, admin_session: Session, client_for,
                                                              receiver: Receiver) -> None:
    hooks(admin_session).add(HookSpec("Shop", crm["client"], receiver.url, allow_private=True))
    api = client_for("admin", write=True)
    made = api.post("/api/v1/objects/Clients/records", json={"values": {"Name": "Globex"}})
    assert made.status_code == 201, made.text
    url = f"/api/v1/objects/Clients/records/{made.json()['id']}"
    assert api.patch(url, json={"version": 1, "values": {"Name": "Globex Ltd"}}).status_code == 200
    assert WebhookSender(admin_session.storage).send_due().sent == 2
    created, updated = receiver.wait_for(2)
    assert (created.json["event"], created.json["new"]["Name"], created.json["user"]["name"]) == ("create", "Globex", "admin")
    assert (updated.json["old"]["Name"], updated.json["new"]["Name"]) == ("Globex", "Globex Ltd")

    hooks(admin_session).add(HookSpec("Credit check", crm["client"], receiver.url, kind="veto", allow_private=True))
    receiver.status, receiver.answer = 422, json.dumps({"message": "Globex is blocked"}).encode()
    refused = api.post("/api/v1/objects/Clients/records", json={"values": {"Name": "Globex 2"}})
    assert refused.status_code == 422 and refused.json()["vetoed"] is True
    assert "Credit check refused the change: Globex is blocked" in refused.text
    refused = api.delete(url)
    assert refused.status_code == 422 and "Globex is blocked" in refused.text
    assert api.get(url).status_code == 200
    names = [r["values"]["Name"] for r in api.get("/api/v1/objects/Clients/records", params={"fields": "Name"}).json()["items"]]
    assert "Globex 2" not in names
