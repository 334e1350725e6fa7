"""Logins, names, group names and passwords with characters that cannot be stored are refused with our own
message (they used to reach the driver as a raw UnicodeEncodeError)."""

from __future__ import annotations

import pytest

from supasoft.core.errors import SchemaError
from supasoft.services.session import Session
from supasoft.services.users import LoginFailed

pytestmark = pytest.mark.all_backends
PASSWORD = "correct horse"


@pytest.mark.parametrize("bad", ["\ud800", "\x00", "\x1b[31m"])
def test_unstorable_text_in_accounts_is_refused(session: Session, bad: str) -> None:
    users = session.users
    users.sleep = lambda seconds: None
    with pytest.raises(SchemaError, match="character"):
        users.create_user(f"ann{bad}", PASSWORD)
    with pytest.raises(SchemaError, match="character"):
        users.create_user("ann", PASSWORD, f"Ann {bad}")
    with pytest.raises(SchemaError, match="character"):
        users.create_user("ann", f"{PASSWORD}{bad}")
    admin = users.create_user("admin", PASSWORD, "Admin")
    with pytest.raises(SchemaError, match="character"):
        users.create_group(f"Sales{bad}")
    group = users.create_group("Sales")
    with pytest.raises(SchemaError, match="character"):
        users.rename_group(group, f"Sales{bad}")
    with pytest.raises(SchemaError, match="character"):
        users.set_full_name(admin, f"Admin{bad}")
    with pytest.raises(LoginFailed):
        users.verify(f"admin{bad}", PASSWORD)
    with pytest.raises(LoginFailed):
        users.verify("admin", f"{PASSWORD}{bad}")
    assert [u.login for u in users.users()] == ["admin"]
