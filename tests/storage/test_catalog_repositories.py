"""The users, grants and trash repositories hand back plain values, the same on every engine."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from supasoft.core.rights import FieldGrant, ObjectGrant
from supasoft.services.session import Session
from supasoft.storage import catalog_repository as accounts
from supasoft.storage import grants_repository as grants
from supasoft.storage import history_repository as history
from supasoft.storage.catalog_repository import AccountRow, LoginRow

pytestmark = pytest.mark.all_backends


def test_accounts_groups_and_grants_round_trip(session: Session) -> None:
    with session.storage.begin() as conn:
        ann = accounts.insert_user(conn, "ann", "Ann Lee", "hash-of-ann")
        sales = accounts.insert_group(conn, "Sales")
        accounts.add_member(conn, ann, sales)
        accounts.add_member(conn, ann, sales)  # already a member: still one membership
        grants.put_grant(conn, "group", sales, 3, "read", "filter", {"op": "and", "items": []}, ("export",))
        grants.put_grant(conn, "group", sales, 3, "change", "own", None, ())  # replaces the grant on object 3
        grants.put_grant(conn, "user", ann, None, "configure", "all", None, ())
        grants.put_field_grant(conn, "group", sales, 3, 4, "hidden")
        grants.put_record_grant(conn, 3, 9, "group", sales, "change")
        grants.write_audit(conn, ann, "ann", "rights_changed", {"when": dt.date(2024, 5, 3)})
    with session.storage.connect() as conn:
        assert accounts.accounts(conn) == [AccountRow(ann, "ann", "Ann Lee", True)]
        assert accounts.login_row(conn, "ann") == LoginRow(ann, True, "hash-of-ann", 0)
        assert accounts.login_row(conn, "bob") is None
        assert accounts.memberships(conn) == [(ann, sales)] and accounts.groups_of(conn, ann) == frozenset({sales})
        mine = grants.grants_for(conn, ann, frozenset({sales}))
        assert sorted(mine, key=lambda g: g.level) == [
            ObjectGrant(("group", sales), 3, "change", "own", None, frozenset()),
            ObjectGrant(("user", ann), None, "configure", "all", None, frozenset())]  # type: ignore[arg-type]
        assert grants.field_grants_for(conn, ann, frozenset({sales})) == [FieldGrant(("group", sales), 3, 4, "hidden")]
        assert grants.shares_for(conn, ann, frozenset({sales})) == [(3, "change")]
        [line] = grants.audit_entries(conn, 10)
        assert (line["user_name"], line["event"], line["detail"]) == ("ann", "rights_changed", '{"when": "2024-05-03"}')
    with session.storage.begin() as conn:
        accounts.count_failed_login(conn, ann)
        accounts.delete_group(conn, sales)
    with session.storage.connect() as conn:
        assert accounts.login_row(conn, "ann") == LoginRow(ann, True, "hash-of-ann", 1)
        assert accounts.memberships(conn) == [] and not accounts.group_exists(conn, sales)
        assert grants.grants_for(conn, ann, frozenset()) == [ObjectGrant(("user", ann), None, "configure", "all")]
        assert grants.field_grants_for(conn, ann, frozenset({sales})) == []
        assert grants.shares_for(conn, ann, frozenset({sales})) == []


def test_trash_keeps_exact_values(session: Session) -> None:
    """Decimals, dates, date-times and bytes of a deleted record come back as they were stored."""
    row = {"id": 5, "rec_code": 12, "amount": Decimal("1.50"), "day": dt.date(2024, 5, 3),
           "at": dt.datetime(2024, 5, 3, 9, 12, 30, 100), "blob": b"\x00\xff", "owner_id": 7}
    payload = {"object_id": 1, "row": row, "fields": {}, "children": [], "cleared": [[2, 3, 4]]}
    with session.storage.begin() as conn:
        first = history.add_trash(conn, 1, 5, "T" * 400, "ann", payload)
        second = history.add_trash(conn, 2, 6, "other", "bob", {**payload, "object_id": 2})
    with session.storage.connect() as conn:
        entry = history.trash_entry(conn, first)
        assert entry is not None and entry.payload == payload and isinstance(entry.payload["row"]["amount"], Decimal)
        assert (entry.object_id, entry.record_id, entry.title, entry.deleted_by) == (1, 5, "T" * 300, "ann")
        assert [e.id for e in history.trash_entries(conn)] == [second, first]  # newest first
        assert [e.id for e in history.trash_entries(conn, 2)] == [second]
    with session.storage.begin() as conn:
        assert history.delete_trash(conn, 1, only=[second]) == 0  # of object 1 and that id: none
        assert history.delete_trash(conn, only=[first, second]) == 2
    with session.storage.connect() as conn:
        assert history.trash_entries(conn) == [] and history.trash_entry(conn, first) is None
