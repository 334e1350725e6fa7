"""The server around the routes: rate limit (429), the request log, the OpenAPI document, the docs page, reports."""

from __future__ import annotations

import time

import httpx
import pytest
from openapi_spec_validator import validate

from supasoft.api.guard import RateLimiter
from supasoft.api.server import BackgroundServer
from supasoft.core.reports.spec import Grouping, Measure, ReportSpec
from supasoft.services.report_library import ReportLibrary

pytestmark = pytest.mark.all_backends


def test_rate_limit_answers_429_with_retry_after(crm: dict, admin_session, tokens) -> None:
    _, secret = tokens.create("admin", "busy")
    _, other = tokens.create("admin", "calm")
    running = BackgroundServer(admin_session, rate_per_minute=1, burst=3).start()  # refills once a minute: no race
    try:
        with httpx.Client(base_url=running.url, headers={"Authorization": f"Bearer {secret}"}, timeout=30) as http:
            statuses = [http.get("/api/v1/structure").status_code for _ in range(5)]
            assert statuses[:3] == [200, 200, 200] and statuses[3:] == [429, 429]
            refused = http.get("/api/v1/structure")
            assert refused.status_code == 429 and 1 <= int(refused.headers["retry-after"]) <= 60
            calm = http.get("/api/v1/structure", headers={"Authorization": f"Bearer {other}"})
            assert calm.status_code == 200  # the limit is per token
    finally:
        running.stop()


def test_rate_limiter_refills_with_time() -> None:
    now = [0.0]
    limiter = RateLimiter(per_minute=60, burst=2, clock=lambda: now[0])
    assert [limiter.take(1) for _ in range(3)] == [0.0, 0.0, pytest.approx(1.0)]
    now[0] = 1.0
    assert limiter.take(1) == 0.0


def test_request_log_lists_calls_for_the_admin(crm: dict, server, tokens, client_for) -> None:
    anna = client_for("anna")
    assert anna.get(f"/api/v1/objects/Deals/records/{crm['Other']}").status_code == 404
    assert anna.get("/api/v1/objects/Deals/records").status_code == 200
    server.app.state.server.log.flush()
    logged = tokens.log(10)
    assert [(r.method, r.path, r.status, r.user_id) for r in logged[:2]] == [
        ("GET", "/api/v1/objects/Deals/records", 200, crm["anna"]),
        ("GET", f"/api/v1/objects/Deals/records/{crm['Other']}", 404, crm["anna"])]
    assert next(t for t in tokens.tokens() if t.login == "anna").last_used_at is not None


def test_openapi_document_is_valid_and_follows_the_structure(crm: dict, server, admin_session, client_for) -> None:
    admin = client_for("admin")
    document = admin.get("/openapi.json").json()
    validate(document)
    values = document["components"]["schemas"][f"Values{crm['deal']}"]["properties"]
    assert set(values) == {"Title", "Amount", "Manager", "Client"}
    assert values["Manager"]["type"] == ["integer", "null"]
    assert f"/api/v1/objects/{crm['client']}/records/{{id}}/files/{{field}}" in document["paths"]
    admin_session.configuration.add_object("Project", "Projects")
    added = next(o for o in admin_session.configuration.config.objects if o.name == "Project")
    deadline = time.monotonic() + 30  # the API's session sees a structure change at its next check (about a second)
    while f"/api/v1/objects/{added.id}/records" not in admin.get("/openapi.json").json()["paths"]:
        assert time.monotonic() < deadline


def test_openapi_document_shows_only_what_the_token_may_use(crm: dict, server, client_for) -> None:
    jim = client_for("jim", objects=[crm["client"]]).get("/openapi.json").json()
    validate(jim)
    assert set(jim["components"]["schemas"]) == {f"Values{crm['client']}", "Error"}
    assert set(jim["components"]["schemas"][f"Values{crm['client']}"]["properties"]) == {"Name", "Contract"}
    with httpx.Client(base_url=server.url, timeout=30) as http:
        assert http.get("/openapi.json").status_code == 401
        page = http.get("/docs")  # no token: routes only, no object or field names
        assert page.status_code == 200 and "/api/v1/objects/{object}/records" in page.text
        assert "<script" not in page.text and "Client" not in page.text and "Credit notes" not in page.text


def test_saved_report_runs_with_the_users_rights(crm: dict, admin_session, client_for) -> None:
    spec = ReportSpec(crm["deal"], rows=[Grouping((crm["manager"],))], measures=[Measure((crm["amount"],), "sum")],
                      name="By manager", shared=True)
    report_id = ReportLibrary(admin_session.records).save(spec)
    admin = client_for("admin")
    assert [r["name"] for r in admin.get("/api/v1/reports").json()["reports"]] == ["By manager"]
    grid = admin.get(f"/api/v1/reports/{report_id}").json()
    body = grid["cells"][grid["header_rows"]:]
    assert [row[0] for row in body] == ["Admin", "Anna", "Total"]
    assert body[-1][1] == "255100.00"
    assert client_for("admin", objects=[crm["client"]]).get(f"/api/v1/reports/{report_id}").status_code == 404
