"""supasoft-admin webhooks add / list / send --once / log / resend / remove against a real local receiver;
bad definitions and unknown hooks end in one line."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from supasoft.core.meta import FieldDef
from supasoft.services.session import Session
from supasoft.services.webhook_http import SIGNATURE_HEADER, TIMESTAMP_HEADER, verify
from tests.cli.cli_run import admin, assert_refused
from tests.helpers.webhook_receiver import Receiver


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    r = Receiver().start()
    yield r
    r.stop()


@pytest.fixture
def target(session: Session) -> str:
    client = session.configuration.add_object("Client", "Clients")
    session.configuration.add_field(client.id, FieldDef(0, "Name", "string", length=50))
    session.configuration.add_field(client.id, FieldDef(0, "E-mail", "email"))
    return str(session.storage.database.path)


def save_client(session: Session, name: str) -> int:
    obj = session.configuration.config.object_by_name("Client")
    record = session.records.new(obj.id)
    record.values[obj.fields[0].id] = name
    return session.records.save(record).id or 0


def test_add_send_log_resend_remove(session: Session, target: str, receiver: Receiver, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = admin(capsys, "--database", target, "webhooks", "add", "Shop", "--object", "clients", "--url", receiver.url,
                           "--allow-private", "--events", "create,update", "--fields", "Name", "--max-attempts", "1")
    assert code == 0, err
    secret = out.split("secret: ")[1].strip()
    code, out, err = admin(capsys, "--database", target, "webhooks", "list", "--json")
    [listed] = json.loads(out)
    assert (listed["name"], listed["object"], listed["events"], listed["max_attempts"]) == ("Shop", "Client", ["create", "update"], 1)
    save_client(session, "Acme")
    receiver.status = 503
    code, out, err = admin(capsys, "--database", target, "webhooks", "send", "--once")
    assert (code, out.strip()) == (0, "sent 0, to retry 0, failed 1")
    code, out, err = admin(capsys, "--database", target, "webhooks", "log", "--status", "failed")
    assert "\tcreate\trecord 1\tfailed\t1 tries\tHTTP 503" in out
    receiver.status = 200
    code, out, err = admin(capsys, "--database", target, "webhooks", "resend", "--hook", "shop")
    assert out.strip() == "1 failed event(s) will be sent again"
    code, out, err = admin(capsys, "--database", target, "webhooks", "send", "--once")
    assert out.strip() == "sent 1, to retry 0, failed 0"
    got = receiver.received[-1]
    assert verify(secret, got.headers[TIMESTAMP_HEADER], got.body, got.headers[SIGNATURE_HEADER])
    assert got.json["new"]["Name"] == "Acme"
    code, out, err = admin(capsys, "--database", target, "webhooks", "log", "--json")
    [logged] = json.loads(out)
    assert logged["status"] == "sent" and logged["payload"]["new"] == {"Name": "Acme", "E-mail": None}
    code, out, err = admin(capsys, "--database", target, "webhooks", "pause", "Shop")
    assert out.strip() == "webhook #1 paused"
    save_client(session, "During the pause")
    code, out, err = admin(capsys, "--database", target, "webhooks", "list")
    assert out.rstrip().endswith("\tpaused")
    code, out, err = admin(capsys, "--database", target, "webhooks", "resume", "#1")
    assert out.strip() == "webhook #1 active"
    code, out, err = admin(capsys, "--database", target, "webhooks", "log", "--json")
    assert [e["status"] for e in json.loads(out)] == ["sent"]  # nothing was written during the pause
    code, out, err = admin(capsys, "--database", target, "webhooks", "remove", "Shop")
    assert code == 0 and out.strip() == "webhook #1 removed"
    code, out, err = admin(capsys, "--database", target, "webhooks", "list")
    assert out == ""


def test_bad_requests_end_in_one_line(target: str, receiver: Receiver, capsys: pytest.CaptureFixture[str]) -> None:
    assert_refused(*admin(capsys, "--database", target, "webhooks", "add", "x", "--object", "Client", "--url", "ftp://example.com")[::2],
                   "must start with http:// or https://")
    assert_refused(*admin(capsys, "--database", target, "webhooks", "add", "x", "--object", "Nobody", "--url", receiver.url)[::2],
                   "There is no object named 'Nobody'")
    assert_refused(*admin(capsys, "--database", target, "webhooks", "add", "x", "--object", "Client", "--url", receiver.url,
                          "--events", "read")[::2], "not read")
    assert_refused(*admin(capsys, "--database", target, "webhooks", "add", "x", "--object", "Client", "--url", receiver.url,
                          "--filter", "{not json")[::2], "--filter is not a saved-filter JSON")
    assert_refused(*admin(capsys, "--database", target, "webhooks", "remove", "Nobody")[::2], "There is no webhook named Nobody")
    assert_refused(*admin(capsys, "--database", target, "webhooks", "remove", "#42")[::2], "Webhook #42 does not exist")
