"""Live Firebird: a staff server account (role SUPASOFT_STAFF) saves a record on an object with a notify and a veto
hook: its client asks the veto hook, writes the event with the save (INSERT on SYS_OUTBOX), and an administrator's
sender delivers it naming the staff member (issue 17)."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator

import pytest

pytest.importorskip("sqlalchemy_firebird", reason="sqlalchemy-firebird not installed")

from sqlalchemy.engine import make_url  # noqa: E402

from supasoft.services.networked import server_admin  # noqa: E402
from supasoft.services.session import open_session  # noqa: E402
from supasoft.services.setup import lite_ids  # noqa: E402
from supasoft.services.webhook_sender import WebhookSender  # noqa: E402
from supasoft.services.webhook_veto import VetoRefused  # noqa: E402
from supasoft.services.webhooks import HookSpec, WebhookService  # noqa: E402
from supasoft.storage.firebird import accounts  # noqa: E402
from supasoft.storage.firebird.server_tools import ServerTarget, drop_database  # noqa: E402
from tests.helpers.webhook_receiver import Receiver  # noqa: E402
from tests.storage.firebird.conftest import DRIVERS, FB_URL, SKIP_REASON, driver_url  # noqa: E402

pytestmark = pytest.mark.firebird

SERVER_PASSWORD = "Staff-srv-1"


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    r = Receiver().start()
    yield r
    r.stop()


@pytest.mark.parametrize("driver", DRIVERS)
def test_a_staff_save_is_vetoed_or_written_with_its_event(receiver: Receiver, driver: str) -> None:
    driver_url(driver)  # skips when the driver is not installed
    if not FB_URL:
        pytest.skip(SKIP_REASON)
    base = make_url(FB_URL)
    url = base.set(database=f"{base.database.rsplit('/', 1)[0]}/staffhook_{uuid.uuid4().hex[:10]}.fdb").render_as_string(hide_password=False)
    staff = f"ss_hook_{uuid.uuid4().hex[:8]}"
    server_admin.create_database(url, "lite")
    created: list[str] = []
    try:
        admin = open_session(url, create=False)
        try:
            admin.users.sleep = lambda seconds: None
            admin.users.create_user("boss", "boss-pass-1", "Boss")
            admin.login("boss", "boss-pass-1")
            client = lite_ids(admin)["client"]
            staff_id = admin.users.create_user(staff, "app-pass-1", "Staff Member")
            admin.users.grant(("user", staff_id), client, "full")
            hooks = WebhookService(admin.storage, admin.access, admin.actor, lambda: admin.configuration.config)
            hooks.add(HookSpec("Shop", client, receiver.url, allow_private=True))
            veto = hooks.add(HookSpec("Check", client, receiver.url + "/veto", kind="veto", allow_private=True, events=("create",)))
        finally:
            admin.close()
        created.append(server_admin.create_account(url, staff, SERVER_PASSWORD))
        staff_url = make_url(url).set(username=staff, password=SERVER_PASSWORD, drivername=f"firebird+{driver}")
        session = open_session(staff_url.update_query_dict({"role": accounts.STAFF_ROLE}).render_as_string(hide_password=False),
                               create=False)
        try:
            assert session.sign_on_server_account()
            name_field = session.configuration.config.object_by_id(client).display_field
            record = session.records.new(client)
            record.values[name_field] = "Refused Ltd"
            receiver.status, receiver.answer = 422, json.dumps({"message": "Not this one"}).encode()
            with pytest.raises(VetoRefused, match="Not this one"):
                session.records.save(record)
            receiver.status, receiver.answer = 200, b"{}"
            record.values[name_field] = "Allowed Ltd"
            saved = session.records.save(record)
        finally:
            session.close()
        admin = open_session(url, create=False)
        try:
            assert WebhookSender(admin.storage).send_due().sent == 1
        finally:
            admin.close()
        events = [r.json for r in receiver.received if r.headers.get("X-Supasoft-Veto") != "1"]
        assert [(e["event"], e["record"]["id"], e["user"]["name"]) for e in events] == [("create", saved.id, staff)]
        assert events[0]["new"]["Name"] == "Allowed Ltd" and veto.id != events[0]["hook"]["id"]
    finally:
        for name in created:
            server_admin.drop_account(FB_URL, name)
        drop_database(ServerTarget.parse(url))
