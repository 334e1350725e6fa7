"""Records through a real API server: list with filters, sort, paging and paths; get, create, update, delete, bulk."""

from __future__ import annotations

import json

import pytest

pytestmark = pytest.mark.all_backends


def test_list_with_filter_sort_paging_and_reference_paths(crm: dict, client_for) -> None:
    api = client_for("admin")
    filt = json.dumps({"mode": "and", "items": [{"field": "Amount", "op": "ge", "value": "1000"}]})
    answer = api.get(f"/api/v1/objects/{crm['deal']}/records",
                     params={"fields": "Title,Amount,Client.Name", "filter": filt, "sort": "-Amount", "total": "true"})
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert [r["values"]["Title"] for r in body["items"]] == ["Big", "Small"]
    assert body["items"][0]["values"] == {"Title": "Big", "Amount": "250000.00", "Client.Name": "Acme"}
    assert body["total"] == 2
    page = api.get("/api/v1/objects/Deals/records", params={"sort": "Title", "limit": 1, "offset": 1}).json()
    assert [r["values"]["Title"] for r in page["items"]] == ["Other"]
    found = api.get("/api/v1/objects/Deals/records", params={"search": "sma", "fields": "Title"}).json()
    assert [r["values"] for r in found["items"]] == [{"Title": "Small"}]


def test_bad_query_answers_400_with_a_message(crm: dict, client_for) -> None:
    api = client_for("admin")
    bad_op = json.dumps([{"field": "Title", "op": "lt_or_maybe", "value": 1}])
    assert api.get("/api/v1/objects/Deals/records", params={"filter": bad_op}).status_code == 400
    answer = api.get("/api/v1/objects/Deals/records", params={"fields": "Nope"})
    assert answer.status_code == 400 and "Nope" in answer.json()["error"]
    assert api.get("/api/v1/objects/Deals/records", params={"limit": "5000"}).status_code == 400
    assert api.get("/api/v1/objects/Nothing/records").status_code == 404


def test_create_get_update_and_delete(crm: dict, client_for) -> None:
    api = client_for("admin", write=True)
    made = api.post("/api/v1/objects/Clients/records", json={"values": {"Name": "Globex", "Credit notes": "none"}})
    assert made.status_code == 201, made.text
    record = made.json()
    assert record["values"]["Name"] == "Globex" and record["version"] == 1 and record["code"]
    url = f"/api/v1/objects/Clients/records/{record['id']}"
    changed = api.patch(url, json={"version": 1, "values": {"Name": "Globex Ltd"}})
    assert changed.status_code == 200, changed.text
    assert changed.json()["version"] == 2 and changed.json()["values"]["Credit notes"] == "none"
    assert api.get(url).json()["values"]["Name"] == "Globex Ltd"
    invalid = api.post("/api/v1/objects/Clients/records", json={"values": {"Credit notes": "no name"}})
    assert invalid.status_code == 422 and invalid.json()["problems"][0]["field"] == "Name"
    assert api.delete(url).status_code == 200
    assert api.get(url).status_code == 404


def test_stale_version_answers_409_with_the_fields_changed(crm: dict, client_for) -> None:
    api = client_for("admin", write=True)
    url = f"/api/v1/objects/Clients/records/{crm['acme']}"
    read = api.get(url).json()
    assert api.patch(url, json={"version": read["version"], "values": {"Credit notes": "paid"}}).status_code == 200
    stale = api.patch(url, json={"version": read["version"], "values": {"Name": "Acme Inc"}})
    assert stale.status_code == 409
    assert stale.json()["fields"] == ["Credit notes"] and stale.json()["version"] == read["version"] + 1
    assert api.get(url).json()["values"]["Name"] == "Acme"


def test_bulk_create_and_update(crm: dict, client_for) -> None:
    api = client_for("admin", write=True)
    answer = api.post("/api/v1/objects/Clients/records/bulk", json={
        "create": [{"values": {"Name": f"Bulk {i}"}} for i in range(3)],
        "update": [{"id": crm["acme"], "version": 1, "values": {"Name": "Acme 2"}},
                   {"id": crm["acme"], "version": 1, "values": {"Name": "Acme 3"}}]})
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert len(body["created"]) == 3
    assert [u["status"] for u in body["updated"]] == [200, 409]
    names = [r["values"]["Name"] for r in api.get("/api/v1/objects/Clients/records", params={"sort": "Name"}).json()["items"]]
    assert names == ["Acme 2", "Bulk 0", "Bulk 1", "Bulk 2"]


def test_file_upload_and_download(crm: dict, client_for) -> None:
    api = client_for("admin", write=True)
    url = f"/api/v1/objects/Clients/records/{crm['acme']}/files/Contract"
    data = bytes(range(256)) * 10
    put = api.put(url, params={"name": "umowa żółta.pdf"}, content=data)
    assert put.status_code == 200, put.text
    assert put.json()["values"]["Contract"]["name"] == "umowa żółta.pdf"
    got = api.get(url)
    assert got.status_code == 200 and got.content == data
    assert "umowa" in got.headers["content-disposition"]


def test_filter_on_the_current_user_and_a_list_of_values(crm: dict, client_for) -> None:
    anna = client_for("anna")
    mine = json.dumps([{"field": "Manager", "op": "eq", "value": {"$user": "me"}}, {"field": "Title", "op": "in", "value": ["Big", "Other"]}])
    found = anna.get("/api/v1/objects/Deals/records", params={"filter": mine, "fields": "Title"}).json()
    assert [r["values"] for r in found["items"]] == [{"Title": "Big"}]


def test_a_body_over_the_limit_answers_413(crm: dict, client_for, monkeypatch) -> None:
    from supasoft.api import app

    monkeypatch.setattr(app, "MAX_BODY", 1000)
    api = client_for("admin", write=True)
    answer = api.put(f"/api/v1/objects/Clients/records/{crm['acme']}/files/Contract", params={"name": "big.bin"},
                     content=b"x" * 1001)
    assert answer.status_code == 413
    assert api.get(f"/api/v1/objects/Clients/records/{crm['acme']}").json()["values"]["Contract"] is None
