"""The rights matrix through the API: hidden fields, own-records scope, read-only, scoped, expired and revoked tokens."""

from __future__ import annotations

import datetime as dt
import json

import httpx
import pytest

pytestmark = pytest.mark.all_backends


def test_hidden_field_never_appears_nor_filters_nor_sorts(crm: dict, client_for) -> None:
    jim = client_for("jim")
    record = jim.get(f"/api/v1/objects/Clients/records/{crm['acme']}").json()
    assert record["values"] == {"Name": "Acme", "Contract": None}
    rows = jim.get("/api/v1/objects/Clients/records").json()["items"]
    assert "Credit notes" not in rows[0]["values"]
    for params in ({"fields": "Credit notes"}, {"sort": "Credit notes"},
                   {"filter": json.dumps([{"field": "Credit notes", "op": "eq", "value": "owes 5k"}])}):
        answer = jim.get("/api/v1/objects/Clients/records", params=params)
        assert answer.status_code == 400 and "Credit notes" in answer.json()["error"]
    structure = jim.get("/api/v1/structure").json()
    clients = next(o for o in structure["objects"] if o["name"] == "Client")
    assert [f["name"] for f in clients["fields"]] == ["Name", "Contract"]


def test_own_records_scope_hides_others_as_missing(crm: dict, client_for) -> None:
    anna = client_for("anna", write=True)
    titles = {r["values"]["Title"] for r in anna.get("/api/v1/objects/Deals/records").json()["items"]}
    assert titles == {"Small", "Big"}
    assert anna.get(f"/api/v1/objects/Deals/records/{crm['Other']}").status_code == 404
    assert anna.patch(f"/api/v1/objects/Deals/records/{crm['Other']}", json={"version": 1, "values": {"Title": "x"}}).status_code == 404
    assert anna.delete(f"/api/v1/objects/Deals/records/{crm['Other']}").status_code == 404
    jim = client_for("jim")
    assert {r["values"]["Title"] for r in jim.get("/api/v1/objects/Deals/records").json()["items"]} == {"Small", "Other"}
    assert jim.get(f"/api/v1/objects/Deals/records/{crm['Big']}").status_code == 404


def test_read_only_token_and_read_only_user_cannot_write(crm: dict, client_for) -> None:
    reader = client_for("admin")
    answer = reader.post("/api/v1/objects/Clients/records", json={"values": {"Name": "X"}})
    assert answer.status_code == 403 and "only read" in answer.json()["error"]
    assert reader.delete(f"/api/v1/objects/Clients/records/{crm['acme']}").status_code == 403
    jim = client_for("jim", write=True)  # the token may write, the user may not
    assert jim.post("/api/v1/objects/Clients/records", json={"values": {"Name": "X"}}).status_code == 403
    assert jim.get("/api/v1/objects/Clients/records").status_code == 200


def test_token_limited_to_chosen_objects(crm: dict, client_for) -> None:
    api = client_for("admin", objects=[crm["client"]])
    assert api.get("/api/v1/objects/Clients/records").status_code == 200
    assert api.get("/api/v1/objects/Deals/records").status_code == 404
    assert [o["name"] for o in api.get("/api/v1/structure").json()["objects"]] == ["Client"]


def test_expired_revoked_unknown_and_missing_tokens_answer_401(crm: dict, server, tokens, client_for) -> None:
    expired, expired_secret = tokens.create("admin", "old", expires_at=dt.datetime.now() - dt.timedelta(minutes=1))
    live, live_secret = tokens.create("admin", "live")
    with httpx.Client(base_url=server.url, timeout=30) as http:
        def status(secret: str | None) -> int:
            headers = {"Authorization": f"Bearer {secret}"} if secret else {}
            return http.get("/api/v1/structure", headers=headers).status_code

        assert status(live_secret) == 200
        assert status(expired_secret) == 401
        assert status(live_secret[:-1] + ("A" if live_secret[-1] != "A" else "B")) == 401
        assert status(None) == 401
        tokens.revoke(live.id)
        assert status(live_secret) == 401


def test_token_of_a_disabled_user_stops_working(crm: dict, admin_session, client_for) -> None:
    anna = client_for("anna")
    assert anna.get("/api/v1/structure").status_code == 200
    admin_session.users.set_active(crm["anna"], False)
    assert anna.get("/api/v1/structure").status_code == 401


def test_tokens_stored_hashed_and_managed_by_admins_only(crm: dict, tokens, admin_session) -> None:
    token, secret = tokens.create("anna", "shop")
    assert secret.startswith(token.prefix) and len(secret) > 40
    listed = tokens.tokens()
    assert [t.name for t in listed] == ["shop"] and listed[0].login == "anna"
    assert secret not in repr(listed)
    from supasoft.services.api_tokens import ApiTokenService
    from supasoft.services.session import open_session
    from tests.api.conftest import PASSWORD

    anna = open_session(crm["path"], login="anna", password=PASSWORD)
    try:
        from supasoft.core.errors import PermissionDenied

        with pytest.raises(PermissionDenied):
            ApiTokenService(anna.storage, anna.actor).tokens()
        with pytest.raises(PermissionDenied):
            ApiTokenService(anna.storage, anna.actor).create("anna", "mine")
    finally:
        anna.close()


def test_rights_changed_by_an_admin_reach_the_api(crm: dict, admin_session, client_for, monkeypatch) -> None:
    from supasoft.services import api_sessions

    monkeypatch.setattr(api_sessions, "RIGHTS_RECHECK", 0.0)
    jim = client_for("jim")
    url = f"/api/v1/objects/Clients/records/{crm['acme']}"
    assert "Credit notes" not in jim.get(url).json()["values"]
    juniors = admin_session.users.groups()["Juniors"]
    admin_session.users.grant_field(("group", juniors), crm["client"], crm["secret"], "read_only")
    assert jim.get(url).json()["values"]["Credit notes"] == "owes 5k"
