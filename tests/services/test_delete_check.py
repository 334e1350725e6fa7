"""Asking what blocks a delete (links that refuse) reports it without deleting, on every backend."""

from __future__ import annotations

import datetime as dt

import pytest

from supasoft.core.errors import PermissionDenied, SupasoftError
from supasoft.core.meta import FieldDef
from supasoft.services.delete_check import delete_blockers
from supasoft.services.session import Session
from supasoft.services.setup import lite_ids

pytestmark = pytest.mark.all_backends


def make(session: Session, object_id: int, values: dict[int, object]) -> int:
    record = session.records.new(object_id)
    record.values.update(values)
    return session.records.save(record).id  # type: ignore[return-value]


def test_a_client_with_orders_and_payments_is_reported_and_left_alone(lite: Session) -> None:
    ids = lite_ids(lite)
    client = make(lite, ids["client"], {ids["client.name"]: "Blocked Ltd"})
    for day in (1, 2):
        make(lite, ids["order"], {ids["order.date"]: dt.date(2025, 3, day), ids["order.client"]: client})
    make(lite, ids["payment"], {ids["payment.date"]: dt.date(2025, 3, 3), ids["payment.amount"]: 10,
                                ids["payment.client"]: client})
    make(lite, ids["contact"], {ids["contact.name"]: "Kept Person", ids["contact.client"]: client})
    trash_before = len(lite.records.trash_items())
    blockers = delete_blockers(lite.records, ids["client"], [client])
    assert sorted((b.link_name, b.count) for b in blockers) == [("Orders", 2), ("Payments", 1)]
    assert all(b.object_name == "Client" and b.code.startswith("CL-") for b in blockers)
    assert "has 2 Orders; delete them first." in [b for b in blockers if b.link_name == "Orders"][0].message()
    assert lite.records.get(ids["client"], client).values[ids["client.name"]] == "Blocked Ltd"
    assert len(lite.records.trash_items()) == trash_before
    with pytest.raises(SupasoftError, match="Orders"):  # the delete agrees with the question
        lite.records.delete(ids["client"], client)


def test_a_client_with_only_cascaded_contacts_has_no_blockers(lite: Session) -> None:
    ids = lite_ids(lite)
    client = make(lite, ids["client"], {ids["client.name"]: "Free Ltd"})
    make(lite, ids["contact"], {ids["contact.name"]: "Goes Along", ids["contact.client"]: client})
    assert delete_blockers(lite.records, ids["client"], [client]) == []
    lite.records.delete(ids["client"], client)


def test_blockers_below_a_cascade_are_found(session: Session) -> None:
    cfg = session.configuration
    project = cfg.add_object("Project", "Projects", code_prefix="PR-", code_width=3)
    stage = cfg.add_object("Stage", "Stages", code_prefix="ST-", code_width=3)
    invoice = cfg.add_object("Invoice", "Invoices")
    stage_link = cfg.add_link(stage.id, project.id, "Stages", on_delete="cascade").field
    invoice_link = cfg.add_link(invoice.id, stage.id, "Invoices", on_delete="refuse").field
    cfg.add_field(invoice.id, FieldDef(0, "Note", "string", length=20))
    p = make(session, project.id, {})
    s1 = make(session, stage.id, {stage_link: p})
    make(session, stage.id, {stage_link: p})
    make(session, invoice.id, {invoice_link: s1})
    blockers = delete_blockers(session.records, project.id, [p])
    assert [(b.object_name, b.code, b.link_name, b.count) for b in blockers] == [("Stage", "ST-001", "Invoices", 1)]


def test_only_who_may_delete_may_ask(lite: Session) -> None:
    ids = lite_ids(lite)
    client = make(lite, ids["client"], {ids["client.name"]: "Asked Ltd"})
    lite.users.create_user("boss", "pass-word-1", "Boss")
    staff = lite.users.create_user("reader", "pass-word-1", "Reader")
    lite.users.grant(("user", staff), ids["client"], "read")
    lite.login("reader", "pass-word-1")
    with pytest.raises(PermissionDenied):
        delete_blockers(lite.records, ids["client"], [client])
