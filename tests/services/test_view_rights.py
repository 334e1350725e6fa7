"""Views: a user changes their own personal views; shared ones and other people's need `configure` (deny by default)."""

from __future__ import annotations

from pathlib import Path

import pytest

from supasoft.core.errors import PermissionDenied
from supasoft.core.meta import ColumnDef, FieldDef, ListDef
from supasoft.services.session import Session, open_session

PASSWORD = "correct horse"

pytestmark = pytest.mark.all_backends


@pytest.fixture
def office(db_path: Path | str) -> dict:
    """Clients with a shared view; admin, Anna and Jim may read clients but not configure."""
    s = open_session(db_path)
    ids: dict = {"path": db_path}
    client = s.configuration.add_object("Client", "Clients")
    ids["client"] = client.id
    ids["name"] = s.configuration.add_field(client.id, FieldDef(0, "Name", "string")).id
    ids["shared"] = s.configuration.save_list(ListDef(0, client.id, "All clients", [ColumnDef((ids["name"],))])).id
    users = s.users
    users.sleep = lambda seconds: None
    ids["admin"] = users.create_user("admin", PASSWORD, "Admin")
    ids["anna"] = users.create_user("anna", PASSWORD, "Anna")
    ids["jim"] = users.create_user("jim", PASSWORD, "Jim")
    for who in ("anna", "jim"):
        users.grant(("user", ids[who]), client.id, "change")
    s.close()
    return ids


def login(ids: dict, who: str) -> Session:
    s = open_session(ids["path"], login=who, password=PASSWORD)
    s.users.sleep = lambda seconds: None
    return s


def view(ids: dict, name: str, *, shared: bool, owner: int | None, view_id: int = 0) -> ListDef:
    return ListDef(view_id, ids["client"], name, [ColumnDef((ids["name"],))], shared=shared, owner=owner)


def test_staff_may_not_replace_share_or_delete_the_shared_view(office: dict) -> None:
    anna = login(office, "anna")
    try:
        config = anna.configuration
        assert not config.may_change_list(office["shared"]) and not config.may_change_list(None)
        with pytest.raises(PermissionDenied):
            config.save_list(view(office, "All clients", shared=True, owner=None, view_id=office["shared"]))
        with pytest.raises(PermissionDenied):  # turning the shared view into a personal one is a change too
            config.save_list(view(office, "All clients", shared=False, owner=office["anna"], view_id=office["shared"]))
        with pytest.raises(PermissionDenied):
            config.delete_list(office["shared"])
        with pytest.raises(PermissionDenied):
            config.save_list(view(office, "Everyone's", shared=True, owner=None))
        assert [v.name for v in anna.views_of(office["client"])] == ["All clients"]
    finally:
        anna.close()


def test_a_personal_view_belongs_to_its_owner(office: dict) -> None:
    anna = login(office, "anna")
    try:
        mine = anna.configuration.save_list(view(office, "Mine", shared=False, owner=office["anna"]))
        assert anna.configuration.may_change_list(mine.id)
        renamed = anna.configuration.save_list(view(office, "Still mine", shared=False, owner=office["anna"],
                                                     view_id=mine.id))
        assert renamed.id == mine.id
    finally:
        anna.close()
    jim = login(office, "jim")
    try:
        assert not jim.configuration.may_change_list(mine.id)
        with pytest.raises(PermissionDenied):  # claiming it by putting his own id as owner does not work
            jim.configuration.save_list(view(office, "Jim's now", shared=False, owner=office["jim"], view_id=mine.id))
        with pytest.raises(PermissionDenied):
            jim.configuration.delete_list(mine.id)
    finally:
        jim.close()
    anna = login(office, "anna")
    try:
        anna.configuration.delete_list(mine.id)
        assert [v.name for v in anna.views_of(office["client"])] == ["All clients"]
    finally:
        anna.close()


def test_an_administrator_may_change_the_shared_view(office: dict) -> None:
    admin = login(office, "admin")
    try:
        assert admin.configuration.may_change_list(office["shared"])
        admin.configuration.save_list(view(office, "All our clients", shared=True, owner=None, view_id=office["shared"]))
        assert [v.name for v in admin.views_of(office["client"])] == ["All our clients"]
    finally:
        admin.close()
