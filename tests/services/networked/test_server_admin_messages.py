"""Live Firebird: a server-account refusal reads in Polish and Russian, its English unchanged."""

from __future__ import annotations

import os
import uuid

import pytest

from supasoft.core.messages import error_text
from supasoft.services.networked import server_admin

FB_URL = os.environ.get("SUPASOFT_FB_URL", "")
pytestmark = [pytest.mark.firebird,
              pytest.mark.skipif(not FB_URL, reason="SUPASOFT_FB_URL is not set (bash scripts/firebird-server.sh start)")]


def test_dropping_an_unknown_account_is_explained_in_three_languages() -> None:
    name = "SS_NOBODY_" + uuid.uuid4().hex[:8].upper()
    with pytest.raises(server_admin.ServerAdminError) as info:
        server_admin.drop_account(FB_URL, name.lower())
    assert info.value.kind == "not_found"
    assert error_text(info.value, "en") == f"There is no account {name} on this server."
    assert error_text(info.value, "pl") == f"Na tym serwerze nie ma konta {name}."
    assert error_text(info.value, "ru") == f"На этом сервере нет учётной записи {name}."
