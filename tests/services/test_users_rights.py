"""Rights management is locked in the services: every users/groups/grants call checks manage_access itself.

Matrix: admin, staff with own-records scope, staff with a hidden field, a user with no rights × every
rights-management call of UserService. Non-admins are refused with PermissionDenied and nothing is written
(the users, groups, members, grants, field grants, record grants and audit tables are compared whole);
the admin's calls work and the audit log names the acting login, taken from the session.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import make_url

from supasoft.core.errors import PermissionDenied, SchemaError
from supasoft.core.meta import FieldDef
from supasoft.services.session import Session, open_session
from supasoft.services.users import UserService
from supasoft.storage.catalog import (
    sys_audit,
    sys_field_grants,
    sys_grants,
    sys_groups,
    sys_members,
    sys_record_grants,
    sys_users,
)

PASSWORD = "correct horse"
TABLES = (sys_users, sys_groups, sys_members, sys_grants, sys_field_grants, sys_record_grants, sys_audit)

pytestmark = pytest.mark.all_backends


@pytest.fixture
def office(db_path: Path | str) -> dict:
    """Clients (Name, Notes); admin; anna (own clients, full); jim (all clients, Notes hidden); bob (nothing)."""
    s = open_session(db_path)
    ids: dict[str, Any] = {"path": db_path}
    client = s.configuration.add_object("Client", "Clients")
    ids["client"] = client.id
    ids["name"] = s.configuration.add_field(client.id, FieldDef(0, "Name", "string")).id
    ids["notes"] = s.configuration.add_field(client.id, FieldDef(0, "Notes", "string")).id
    users = s.users
    users.sleep = lambda seconds: None
    ids["admin"] = users.create_user("admin", PASSWORD, "Admin")  # the free single user now works as admin
    for login in ("anna", "jim", "bob"):
        ids[login] = users.create_user(login, PASSWORD, login.title())
    ids["staff"] = users.create_group("Staff")
    users.add_member(ids["anna"], ids["staff"])
    users.grant(("user", ids["anna"]), client.id, "full", scope="own")
    users.grant(("user", ids["jim"]), client.id, "read")
    users.grant_field(("user", ids["jim"]), client.id, ids["notes"], "hidden")
    record = s.records.new(client.id)
    record.values[ids["name"]] = "Acme"
    ids["acme"] = s.records.save(record).id  # owned by admin
    s.close()
    return ids


def login(ids: dict, who: str) -> Session:
    s = open_session(ids["path"], login=who, password=PASSWORD)
    s.users.sleep = lambda seconds: None
    return s


def snapshot(s: Session) -> dict[str, list[tuple]]:
    """Every row of the rights tables and the audit log (sorted), to prove a refusal wrote nothing."""
    with s.storage.connect() as conn:
        return {t.name: sorted((tuple(r) for r in conn.execute(sa.select(t)).all()), key=repr) for t in TABLES}


def calls(ids: dict) -> dict[str, Callable[[UserService], Any]]:
    """Each rights-management call, with arguments that work for an administrator."""
    bob, staff, client = ids["bob"], ids["staff"], ids["client"]
    return {
        "users": lambda u: u.users(),
        "groups": lambda u: u.groups(),
        "user_id": lambda u: u.user_id("bob"),
        "audit_log": lambda u: u.audit_log(),
        "grants_of": lambda u: u.grants_of(("user", ids["jim"])),
        "field_grants_of": lambda u: u.field_grants_of(("user", ids["jim"])),
        "rights_of": lambda u: u.rights_of(ids["admin"]),  # anyone's but one's own
        "create_user": lambda u: u.create_user("eve", PASSWORD),
        "set_active": lambda u: u.set_active(bob, False),
        "reset_password": lambda u: u.reset_password(bob, "a new password"),
        "set_full_name": lambda u: u.set_full_name(bob, "Robert"),
        "create_group": lambda u: u.create_group("Managers"),
        "rename_group": lambda u: u.rename_group(staff, "Team"),
        "add_member": lambda u: u.add_member(bob, staff),
        "remove_member": lambda u: u.remove_member(ids["anna"], staff),
        "grant": lambda u: u.grant(("user", bob), client, "full"),
        "grant_manage_access": lambda u: u.grant(("user", bob), None, "manage_access"),
        "grant_field": lambda u: u.grant_field(("user", bob), client, ids["notes"], "read_only"),
        "revoke": lambda u: u.revoke(("user", ids["jim"]), client),
        "revoke_field": lambda u: u.revoke_field(("user", ids["jim"]), client, ids["notes"]),
        "share_record": lambda u: u.share_record(client, ids["acme"], ("user", bob), "read"),
        "delete_group": lambda u: u.delete_group(staff),
    }


READS = {"users", "groups", "user_id", "audit_log", "grants_of", "field_grants_of", "rights_of"}


@pytest.mark.parametrize("who", ["anna", "jim", "bob"])
def test_non_admins_are_refused_every_rights_call_and_nothing_is_written(office: dict, who: str) -> None:
    s = login(office, who)
    try:
        before = snapshot(s)
        allowed = []
        for name, call in calls(office).items():
            try:
                call(s.users)
            except PermissionDenied:
                pass
            else:
                allowed.append(name)
            assert snapshot(s) == before, f"{who}: {name} wrote something"
        assert allowed == []
    finally:
        s.close()


def test_admin_may_call_each_and_the_audit_log_names_the_admin(office: dict) -> None:
    s = login(office, "admin")
    try:
        for name, call in calls(office).items():
            last = s.users.audit_log(limit=1)[0]["id"]
            call(s.users)
            new = [e for e in s.users.audit_log() if e["id"] > last]
            if name in READS:
                assert new == [], name
            else:
                assert [(e["user_id"], e["user_name"]) for e in new] == [(office["admin"], "admin")], name
    finally:
        s.close()


def test_the_acting_user_is_the_session_user_not_a_name_the_caller_gives(office: dict) -> None:
    s = login(office, "admin")
    try:
        s.users.grant(("user", office["bob"]), None, "manage_access")
        s.actor.name = "someone else"  # the display name a caller might set is never trusted for the log
        s.users.create_group("Renamed by nobody")
        assert s.users.audit_log(limit=1)[0]["user_name"] == "admin"
    finally:
        s.close()
    bob = login(office, "bob")  # manage_access alone (not an administrator) is enough
    try:
        bob.users.create_group("Bob's group")
        entry = bob.users.audit_log(limit=1)[0]
        assert (entry["event"], entry["user_id"], entry["user_name"]) == ("group_created", office["bob"], "bob")
        assert bob.access.allowed("manage_access")
    finally:
        bob.close()


def test_a_right_taken_away_holds_at_once_in_an_open_session(office: dict) -> None:
    admin = login(office, "admin")
    admin.users.grant(("user", office["bob"]), None, "manage_access")
    bob = login(office, "bob")
    try:
        bob.users.users()
        admin.users.revoke(("user", office["bob"]), None, "manage_access")
        assert bob.access.allowed("manage_access")  # the session's cached rights still say yes...
        with pytest.raises(PermissionDenied):
            bob.users.create_group("Too late")  # ...but the service re-reads them
        admin.users.grant(("user", office["bob"]), None, "manage_access")
        admin.users.set_active(office["bob"], False)
        with pytest.raises(PermissionDenied, match="disabled"):
            bob.users.users()
    finally:
        bob.close()
        admin.close()


def test_no_login_means_no_rights_management_once_users_exist(office: dict) -> None:
    s = open_session(office["path"])  # users exist, nobody logged in
    try:
        before = snapshot(s)
        for name, call in calls(office).items():
            with pytest.raises(PermissionDenied):
                call(s.users)
            assert snapshot(s) == before, name
        with pytest.raises(PermissionDenied):
            s.users.people()
    finally:
        s.close()


def test_exceptions_first_user_login_own_password_and_names_of_colleagues(db_path: Path | str) -> None:
    s = open_session(db_path)
    try:
        s.users.sleep = lambda seconds: None
        boss = s.users.create_user("boss", PASSWORD)  # the free edition becomes multi-user: no right needed
        assert s.actor.user_id == boss and s.access.allowed("manage_access")
        first = s.users.audit_log()[0]
        assert (first["event"], first["user_id"], first["user_name"]) == ("user_created", boss, "boss")
        clerk = s.users.create_user("clerk", PASSWORD, "Clara Clerk")
    finally:
        s.close()
    c = open_session(db_path, login="clerk", password=PASSWORD)  # login verification needs no right
    try:
        c.users.sleep = lambda seconds: None
        c.users.change_own_password("clerk", PASSWORD, "another good one")
        assert [(p.id, p.full_name) for p in c.users.people()] == [(boss, ""), (clerk, "Clara Clerk")]
        assert sorted(c.users.group_names()) == ["Administrators"]
        assert c.records.display(0, boss) == "boss"
        with pytest.raises(PermissionDenied):
            c.users.users()
        with pytest.raises(PermissionDenied):
            c.users.rights_of(boss)
        assert not c.users.rights_of(clerk).unrestricted  # one's own rights
    finally:
        c.close()
    a = open_session(db_path, login="boss", password=PASSWORD)
    try:
        assert a.users.audit_log()[1]["event"] == "password_changed"
        assert a.users.audit_log()[1]["user_name"] == "clerk"
        with pytest.raises(SchemaError, match="your own account"):
            a.users.set_active(boss, False)
        with pytest.raises(SchemaError, match="yourself"):
            a.users.remove_member(boss, a.users.groups()["Administrators"])
    finally:
        a.close()


def test_staff_share_only_records_they_have_full_rights_on(office: dict) -> None:
    anna = login(office, "anna")
    try:
        own = anna.records.new(office["client"])
        own.values[office["name"]] = "Anna's client"
        mine = anna.records.save(own).id
        before = snapshot(anna)
        with pytest.raises(PermissionDenied):
            anna.users.share_record(office["client"], office["acme"], ("user", office["bob"]), "read")
        assert snapshot(anna) == before
        anna.users.share_record(office["client"], mine, ("user", office["bob"]), "read")
    finally:
        anna.close()
    jim = login(office, "jim")  # read on every client is not enough to share
    try:
        with pytest.raises(PermissionDenied):
            jim.users.share_record(office["client"], mine, ("user", office["bob"]), "full")
    finally:
        jim.close()
    admin = login(office, "admin")
    try:
        entry = admin.users.audit_log()[2]  # [0] is admin's login, [1] jim's
        assert (entry["event"], entry["user_name"]) == ("record_shared", "anna")
    finally:
        admin.close()


def test_single_sign_on_works_only_as_the_server_account_of_the_connection(office: dict, backend: str) -> None:
    s = open_session(office["path"])
    try:
        assert not s.sign_on_server_account()  # SQLite: no server account; Firebird: no app user of that name yet
        assert s.needs_login
    finally:
        s.close()
    if backend == "sqlite":
        return
    account = make_url(str(office["path"])).username or ""
    admin = login(office, "admin")
    try:
        admin.users.create_user(account.lower(), PASSWORD)
    finally:
        admin.close()
    s = open_session(office["path"])
    try:
        assert s.sign_on_server_account()
        assert (s.actor.name, s.needs_login) == (account.lower(), False)
        with pytest.raises(PermissionDenied):  # signed on as a user without rights: still no rights management
            s.users.users()
    finally:
        s.close()
