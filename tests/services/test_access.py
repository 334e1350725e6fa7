"""Rights matrix through the service API: each operation works or raises PermissionDenied exactly as granted."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from supasoft.core.errors import NotFound, PermissionDenied, SchemaError
from supasoft.core.meta import Condition, FieldDef, FilterGroup, SortKey
from supasoft.services.access import own_filter
from supasoft.services.record_model import ListQuery
from supasoft.services.session import Session, open_session
from supasoft.services.users import LoginFailed

PASSWORD = "correct horse"

pytestmark = pytest.mark.all_backends


@pytest.fixture
def crm(db_path: Path | str) -> dict:
    """Clients and Deals; admin, Anna (Sales), Jim (Juniors: deals under 100,000), Bob (no rights)."""
    path = db_path
    s = open_session(path)
    cfg = s.configuration
    ids: dict = {"path": path}
    client = cfg.add_object("Client", "Clients")
    ids["client"] = client.id
    ids["name"] = cfg.add_field(client.id, FieldDef(0, "Name", "string", required=True)).id
    ids["secret"] = cfg.add_field(client.id, FieldDef(0, "Credit notes", "string")).id
    cfg.update_object(client.id, display_field=ids["name"])
    deal = cfg.add_object("Deal", "Deals")
    ids["deal"] = deal.id
    ids["title"] = cfg.add_field(deal.id, FieldDef(0, "Title", "string")).id
    ids["amount"] = cfg.add_field(deal.id, FieldDef(0, "Amount", "money")).id
    ids["manager"] = cfg.add_field(deal.id, FieldDef(0, "Manager", "user")).id
    ids["deal.client"] = cfg.add_link(deal.id, client.id, "Deals").field
    users = s.users
    users.sleep = lambda seconds: None
    ids["admin"] = users.create_user("admin", PASSWORD, "Admin")
    ids["anna"] = users.create_user("anna", PASSWORD, "Anna")
    ids["jim"] = users.create_user("jim", PASSWORD, "Jim")
    ids["bob"] = users.create_user("bob", PASSWORD, "Bob")
    sales = users.create_group("Sales")
    juniors = users.create_group("Juniors")
    users.add_member(ids["anna"], sales)
    users.add_member(ids["jim"], juniors)
    users.grant(("group", sales), client.id, "change", flags=("export",))
    users.grant(("group", sales), deal.id, "full", scope="filter", filter=own_filter((ids["manager"],)))
    users.grant(("group", juniors), deal.id, "read", scope="filter",
                filter=FilterGroup("and", [Condition((ids["amount"],), "lt", "100000")]))
    users.grant(("group", juniors), client.id, "read")
    users.grant_field(("group", juniors), client.id, ids["secret"], "hidden")
    users.grant_field(("group", sales), client.id, ids["secret"], "read_only")
    s.close()
    admin = open_session(path, login="admin", password=PASSWORD)
    rec = admin.records
    c = rec.new(client.id)
    c.values.update({ids["name"]: "Acme", ids["secret"]: "owes 5k"})
    ids["acme"] = rec.save(c).id
    for title, amount, manager in (("Small", "5000", ids["anna"]), ("Big", "250000", ids["anna"]), ("Other", "100", ids["admin"])):
        d = rec.new(deal.id)
        d.values.update({ids["title"]: title, ids["amount"]: amount, ids["manager"]: manager, ids["deal.client"]: ids["acme"]})
        ids[title] = rec.save(d).id
    admin.close()
    return ids


def login(ids: dict, who: str) -> Session:
    s = open_session(ids["path"], login=who, password=PASSWORD)
    s.users.sleep = lambda seconds: None
    return s


def audit_as_admin(ids: dict) -> list[dict]:
    """The audit log, newest first, read by the administrator (whose own login is the newest line)."""
    admin = login(ids, "admin")
    try:
        return admin.users.audit_log()
    finally:
        admin.close()


def titles(s: Session, ids: dict, search: str = "") -> list[str]:
    rows = s.records.list(ids["deal"], ListQuery(columns=[(ids["title"],)], search=search, sort=[SortKey((ids["title"],))]))
    return [r.cells[0] for r in rows]


def test_login_required_once_users_exist(crm: dict) -> None:
    s = open_session(crm["path"])
    try:
        assert s.needs_login
        with pytest.raises(PermissionDenied):
            s.records.count(crm["client"])
        with pytest.raises(LoginFailed, match="Wrong login or password"):
            s.login("anna", "wrong password")
        s.login("anna", PASSWORD)
        assert s.records.count(crm["client"]) == 1
        events = [(e["event"], e["user_name"]) for e in audit_as_admin(crm)][:3]
        assert events == [("login", "admin"), ("login", "anna"), ("login_failed", "anna")]
    finally:
        s.close()


def test_failed_logins_are_counted_and_slowed(crm: dict) -> None:
    s = open_session(crm["path"])
    waits: list[float] = []
    s.users.sleep = waits.append
    try:
        for _ in range(3):
            with pytest.raises(LoginFailed):
                s.login("bob", "nope nope")
        assert waits == [0.25, 0.5]
        s.login("bob", PASSWORD)
        assert [(e["event"], e["user_name"]) for e in audit_as_admin(crm)][1] == ("login", "bob")
    finally:
        s.close()


MATRIX = [
    # who, operation, expected (True = works)
    ("admin", "list_deals", True), ("admin", "configure", True), ("admin", "delete_big", True),
    ("anna", "list_clients", True), ("anna", "update_client", True), ("anna", "create_client", False),
    ("anna", "delete_client", False), ("anna", "configure", False), ("anna", "export_clients", True),
    ("anna", "get_other_deal", False), ("anna", "update_big", True), ("anna", "delete_big", True),
    ("jim", "list_clients", True), ("jim", "update_client", False), ("jim", "get_big", False),
    ("jim", "get_small", True), ("jim", "update_small", False), ("jim", "export_clients", False),
    ("jim", "history_big", False), ("jim", "history_small", True),
    ("bob", "list_clients", False), ("bob", "get_small", False), ("bob", "lookup_clients", False), ("bob", "configure", False),
]


def run(s: Session, ids: dict, op: str) -> None:
    rec = s.records
    if op == "list_deals":
        rec.list(ids["deal"], ListQuery(columns=[(ids["title"],)]))
    elif op == "list_clients":
        rec.list(ids["client"], ListQuery(columns=[(ids["name"],)]))
    elif op == "lookup_clients":
        rec.lookup(ids["client"], "Ac")
    elif op == "configure":
        s.configuration.add_field(ids["client"], FieldDef(0, "Extra", "string"))
    elif op in ("update_client", "create_client", "delete_client"):
        if op == "update_client":
            r = rec.get(ids["client"], ids["acme"])
            r.values[ids["name"]] = "Acme Ltd"
            rec.save(r)
        elif op == "create_client":
            r = rec.new(ids["client"])
            r.values[ids["name"]] = "New"
            rec.save(r)
        else:
            rec.delete(ids["client"], ids["acme"])
    elif op == "export_clients":
        s.access.require("export", ids["client"])
    elif op.startswith(("get_", "update_", "delete_", "history_")):
        verb, _, which = op.partition("_")
        key = {"big": "Big", "small": "Small", "other": "Other", "other_deal": "Other"}[which]
        if verb == "get":
            rec.get(ids["deal"], ids[key])
        elif verb == "update":
            r = rec.get(ids["deal"], ids[key])
            r.values[ids["title"]] = key + "!"
            rec.save(r)
        elif verb == "delete":
            rec.delete(ids["deal"], ids[key])
        else:
            rec.history_of(ids["deal"], ids[key])
    else:
        raise AssertionError(op)


@pytest.mark.parametrize(("who", "op", "works"), MATRIX)
def test_rights_matrix(crm: dict, who: str, op: str, works: bool) -> None:
    s = login(crm, who)
    try:
        if works:
            run(s, crm, op)
        else:  # a record the user may not read answers as a missing one (NotFound)
            with pytest.raises((PermissionDenied, NotFound)):
                run(s, crm, op)
    finally:
        s.close()


def test_row_rights_by_saved_filter_and_relative_user(crm: dict) -> None:
    anna, jim = login(crm, "anna"), login(crm, "jim")
    try:
        assert titles(anna, crm) == ["Big", "Small"]  # Manager = me
        assert titles(jim, crm) == ["Other", "Small"]  # Amount < 100,000
        assert jim.records.count(crm["deal"]) == 2
        assert titles(jim, crm, search="Big") == []
        client_deals = jim.records.children(crm["client"], crm["acme"], jim.configuration.config.links[0].id)
        assert sorted(d.values[crm["title"]] for d in client_deals) == ["Other", "Small"]
        position = jim.records.position(crm["deal"], ListQuery(sort=[SortKey((crm["title"],))]), crm["Big"])
        assert position is None
    finally:
        anna.close()
        jim.close()


def test_record_sharing(crm: dict) -> None:
    admin = login(crm, "admin")
    admin.users.share_record(crm["deal"], crm["Big"], ("user", crm["bob"]), "read")
    admin.users.grant(("user", crm["bob"]), crm["deal"], "read", scope="own")
    admin.close()
    bob = login(crm, "bob")
    try:
        assert titles(bob, crm) == ["Big"]
        with pytest.raises(PermissionDenied):
            r = bob.records.get(crm["deal"], crm["Big"])
            r.values[crm["title"]] = "mine now"
            bob.records.save(r)
    finally:
        bob.close()


def test_hidden_fields_never_leave_the_services(crm: dict) -> None:
    jim = login(crm, "jim")
    try:
        secret = crm["secret"]
        record = jim.records.get(crm["client"], crm["acme"])
        assert secret not in record.values
        rows = jim.records.list(crm["client"], ListQuery(columns=[(crm["name"],), (secret,)]))
        assert rows[0].cells == ("Acme", None)
        assert jim.records.count(crm["client"], ListQuery(search="owes")) == 0
        with pytest.raises(PermissionDenied):
            jim.records.count(crm["client"], ListQuery(filter=FilterGroup("and", [Condition((secret,), "contains", "owes")])))
        with pytest.raises(PermissionDenied):
            jim.records.list(crm["client"], ListQuery(sort=[SortKey((secret,))]))
        assert all(h.field_id != secret for h in jim.records.history_of(crm["client"], crm["acme"]))
        dumped = repr(record) + repr(rows) + repr(jim.records.history_of(crm["client"], crm["acme"]))
        assert "owes" not in dumped
    finally:
        jim.close()


def test_read_only_field_keeps_stored_value(crm: dict) -> None:
    anna = login(crm, "anna")
    try:
        record = anna.records.get(crm["client"], crm["acme"])
        record.values[crm["secret"]] = "forgiven"
        record.values[crm["name"]] = "Acme Ltd"
        saved = anna.records.save(record)
        assert saved.values[crm["secret"]] == "owes 5k"
        assert saved.values[crm["name"]] == "Acme Ltd"
    finally:
        anna.close()


def test_first_user_is_administrator_and_passwords_have_rules(db_path: Path | str) -> None:
    s = open_session(db_path)
    try:
        assert not s.needs_login and s.access.full_rights
        with pytest.raises(SchemaError, match="at least 8"):
            s.users.create_user("boss", "short")
        s.users.create_user("boss", PASSWORD)
        assert [u.groups for u in s.users.users()] == [("Administrators",)]
        s.users.change_own_password("boss", PASSWORD, "another good one")
        with pytest.raises(LoginFailed):
            s.users.verify("boss", PASSWORD)
    finally:
        s.close()
    again = open_session(db_path, login="boss", password="another good one")
    assert again.access.full_rights
    again.close()


def test_money_of_visible_rows_is_exact(crm: dict) -> None:
    jim = login(crm, "jim")
    try:
        small = jim.records.get(crm["deal"], crm["Small"])
        assert small.values[crm["amount"]] == Decimal("5000.00")
    finally:
        jim.close()


def test_user_fields_pick_from_the_users(crm: dict) -> None:
    admin = login(crm, "admin")
    try:
        assert admin.records.lookup(0, "ann") == [(crm["anna"], "Anna")]
        assert admin.records.display(0, crm["jim"]) == "Jim"
    finally:
        admin.close()


def test_staff_save_personal_views_but_not_shared_ones(crm: dict) -> None:
    from supasoft.core.meta import ColumnDef, ListDef

    anna = login(crm, "anna")
    try:
        mine = anna.configuration.save_list(ListDef(0, crm["client"], "My clients", [ColumnDef((crm["name"],))], shared=False, owner=crm["anna"]))
        assert [v.name for v in anna.views_of(crm["client"])] == ["My clients"]
        with pytest.raises(PermissionDenied):
            anna.configuration.save_list(ListDef(0, crm["client"], "Everyone's", [ColumnDef((crm["name"],))]))
        with pytest.raises(PermissionDenied):
            anna.configuration.save_list(ListDef(0, crm["deal"] + 100, "Nope", [], shared=False, owner=crm["anna"]))
    finally:
        anna.close()
    jim = login(crm, "jim")
    try:
        assert jim.views_of(crm["client"]) == []
        with pytest.raises(PermissionDenied):
            jim.configuration.delete_list(mine.id)
    finally:
        jim.close()


def test_sharing_alone_opens_just_that_record(crm: dict) -> None:
    admin = login(crm, "admin")
    admin.users.share_record(crm["deal"], crm["Small"], ("user", crm["bob"]), "change")
    admin.close()
    bob = login(crm, "bob")
    try:
        assert titles(bob, crm) == ["Small"]
        r = bob.records.get(crm["deal"], crm["Small"])
        r.values[crm["title"]] = "Small deal"
        bob.records.save(r)
        with pytest.raises((PermissionDenied, NotFound)):
            bob.records.get(crm["deal"], crm["Big"])
        with pytest.raises((PermissionDenied, NotFound)):
            bob.records.delete(crm["deal"], crm["Small"])
    finally:
        bob.close()


def test_grants_read_back_revoke_and_groups(crm: dict) -> None:
    admin = login(crm, "admin")
    users = admin.users
    try:
        juniors = users.groups()["Juniors"]
        grants = {g.object_id: (g.level, g.scope) for g in users.grants_of(("group", juniors))}
        assert grants == {crm["deal"]: ("read", "filter"), crm["client"]: ("read", "all")}
        assert [(g.field_id, g.mode) for g in users.field_grants_of(("group", juniors))] == [(crm["secret"], "hidden")]
        users.grant(("user", crm["jim"]), None, "configure")
        users.revoke(("user", crm["jim"]), None, "configure")
        users.revoke_field(("group", juniors), crm["client"], crm["secret"])
        users.revoke(("group", juniors), crm["deal"])
        users.rename_group(juniors, "Trainees")
        with pytest.raises(SchemaError):
            users.delete_group(users.groups()["Administrators"])
    finally:
        admin.close()
    jim = login(crm, "jim")
    try:
        assert not jim.access.allowed("configure")
        assert not jim.access.allowed("read", crm["deal"])
        assert crm["secret"] in jim.records.get(crm["client"], crm["acme"]).values
    finally:
        jim.close()
