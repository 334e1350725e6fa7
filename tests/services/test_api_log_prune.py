"""The API request log forgets requests older than KEEP_LOG, once an hour, and keeps the newer ones."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from supasoft.services import api_tokens
from supasoft.services.api_tokens import KEEP_LOG, ApiRequest, ApiTokenService
from supasoft.services.session import open_session
from supasoft.storage.store import now

pytestmark = pytest.mark.all_backends


def _request(at, path: str) -> ApiRequest:
    return ApiRequest(at, None, None, "GET", path, 200, 3)


def test_old_requests_are_forgotten_once_an_hour(db_path: Path | str, monkeypatch: pytest.MonkeyPatch) -> None:
    session = open_session(db_path)
    try:
        service = ApiTokenService(session.storage, session.actor)
        at = now()
        service.record([_request(at - KEEP_LOG * 2, "/old"), _request(at, "/new")])
        assert [r.path for r in service.log()] == ["/new"]  # the first batch prunes at once
        service.record([_request(at - KEEP_LOG * 2, "/old-again")])
        assert [r.path for r in service.log()] == ["/old-again", "/new"]  # not again within the hour
        later = at + api_tokens.PRUNE_LOG_EVERY + dt.timedelta(minutes=1)  # past the hour since the first batch
        monkeypatch.setattr(api_tokens, "now", lambda: later)
        service.record([_request(at, "/later")])
        assert [r.path for r in service.log()] == ["/later", "/new"]
    finally:
        session.close()
