"""Derived values obey the rights of their inputs: formulas, sources, previews, reference texts, history and the
trash show a staff member nothing a plain read would not (on SQLite and on Firebird with both drivers)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from supasoft.core.errors import NotFound, PermissionDenied
from supasoft.core.meta import Condition, FieldDef, FilterGroup, SortKey
from supasoft.services.access import own_filter
from supasoft.services.record_model import ListQuery
from supasoft.services.session import Session, open_session

PASSWORD = "correct horse"

pytestmark = pytest.mark.all_backends


@pytest.fixture
def ids(db_path: Path | str) -> dict[str, Any]:
    """Clients (Sam reads those he manages; their Salary is hidden from him), projects reading their client, orders
    summing lines (Sam reads only his own lines)."""
    s = open_session(db_path)
    cfg = s.configuration
    out: dict[str, Any] = {"path": db_path}
    client = cfg.add_object("Client", "Clients")
    out["client"] = client.id
    out["name"] = cfg.add_field(client.id, FieldDef(0, "Name", "string", length=60)).id
    out["discount"] = cfg.add_field(client.id, FieldDef(0, "Discount %", "decimal", scale=2)).id
    out["salary"] = cfg.add_field(client.id, FieldDef(0, "Salary", "money")).id
    out["manager"] = cfg.add_field(client.id, FieldDef(0, "Manager", "user")).id
    cfg.update_object(client.id, display_field=out["name"])
    project = cfg.add_object("Project", "Projects")
    out["project"] = project.id
    out["title"] = cfg.add_field(project.id, FieldDef(0, "Title", "string", length=60)).id
    out["p.client"] = cfg.add_field(project.id, FieldDef(0, "Client", "reference", target=client.id)).id
    out["p.discount"] = cfg.add_field(project.id, FieldDef(0, "Discount", "formula", formula="{Client.Discount %}", scale=2)).id
    out["p.pay"] = cfg.add_field(project.id, FieldDef(0, "Pay", "formula", formula="{Client.Salary} * 2", scale=2)).id
    out["p.twice"] = cfg.add_field(project.id, FieldDef(0, "Twice pay", "formula", formula="{Pay} * 2", scale=2)).id
    out["p.name"] = cfg.add_field(project.id, FieldDef(0, "Client name", "string", source=(out["p.client"], out["name"]))).id
    order = cfg.add_object("Order", "Orders")
    out["order"] = order.id
    line = cfg.add_object("Line", "Lines")
    out["line"] = line.id
    link = cfg.add_link(line.id, order.id, "Lines", on_delete="cascade")
    out["l.order"] = link.field
    out["l.amount"] = cfg.add_field(line.id, FieldDef(0, "Amount", "money")).id
    out["o.total"] = cfg.add_field(order.id, FieldDef(0, "Total", "formula", formula="SUM({Lines.Amount})", scale=2)).id
    users = s.users
    users.sleep = lambda seconds: None
    out["admin"] = users.create_user("admin", PASSWORD, "Admin")
    s.close()
    admin = open_session(db_path, login="admin", password=PASSWORD)
    admin.users.sleep = lambda seconds: None
    out["sam"] = sam = admin.users.create_user("sam", PASSWORD, "Sam")
    admin.users.grant(("user", sam), client.id, "read", scope="filter", filter=own_filter((out["manager"],)))
    admin.users.grant_field(("user", sam), client.id, out["salary"], "hidden")
    admin.users.grant(("user", sam), project.id, "full", scope="own")
    admin.users.grant(("user", sam), order.id, "read")
    admin.users.grant(("user", sam), line.id, "read", scope="own")
    rec = admin.records

    def save(object_id: int, owner: int | None = None, **values: Any) -> int:
        record = rec.new(object_id)
        record.values.update({out[k]: v for k, v in values.items()})
        record.owner_id = owner
        return rec.save(record).id or 0

    out["mine"] = save(client.id, name="Mine Ltd", discount=Decimal("10"), salary=Decimal("3000"), manager=sam)
    out["theirs"] = save(client.id, name="Theirs Ltd", discount=Decimal("20"), salary=Decimal("5000"), manager=out["admin"])
    out["pa"] = save(project.id, sam, title="A", **{"p.client": out["mine"]})
    out["pb"] = save(project.id, sam, title="B", **{"p.client": out["theirs"]})
    out["o1"] = save(order.id)
    out["o2"] = save(order.id)
    save(line.id, sam, **{"l.order": out["o1"], "l.amount": Decimal("5")})
    save(line.id, sam, **{"l.order": out["o2"], "l.amount": Decimal("7")})
    save(line.id, out["admin"], **{"l.order": out["o2"], "l.amount": Decimal("100")})
    admin.close()
    return out


def login(ids: dict[str, Any], who: str) -> Session:
    s = open_session(ids["path"], login=who, password=PASSWORD)
    s.users.sleep = lambda seconds: None
    return s


@pytest.fixture
def sam(ids: dict[str, Any]) -> Any:
    s = login(ids, "sam")
    yield s
    s.close()


def cells(session: Session, object_id: int, columns: list[int], **query: Any) -> dict[int, tuple[Any, ...]]:
    rows = session.records.list(object_id, ListQuery(columns=[(c,) for c in columns], **query))
    return {r.id: r.cells for r in rows}


def test_a_formula_over_a_hidden_field_is_hidden_everywhere(ids: dict[str, Any], sam: Session) -> None:
    project = sam.records.get(ids["project"], ids["pa"])
    assert ids["p.pay"] not in project.values and ids["p.twice"] not in project.values  # and what reads it
    assert project.values[ids["p.discount"]] == Decimal("10.00")
    assert sam.records.access.field_mode(ids["project"], ids["p.pay"]) == "hidden"
    listed = cells(sam, ids["project"], [ids["p.pay"], ids["p.twice"], ids["title"]])
    assert listed[ids["pa"]][:2] == (None, None) and listed[ids["pa"]][2] == "A"
    with pytest.raises(PermissionDenied):
        sam.records.list(ids["project"], ListQuery(columns=[(ids["title"],)], sort=[SortKey((ids["p.pay"],))]))
    with pytest.raises(PermissionDenied):
        sam.records.list(ids["project"], ListQuery(columns=[(ids["title"],)],
                                                   filter=FilterGroup("and", [Condition((ids["p.twice"],), "gt", "1")])))
    assert all(e.field_id not in (ids["p.pay"], ids["p.twice"]) for e in sam.records.history_of(ids["project"], ids["pa"]))
    admin = login(ids, "admin")
    try:
        assert admin.records.get(ids["project"], ids["pa"]).values[ids["p.twice"]] == Decimal("12000.00")
    finally:
        admin.close()


def test_formulas_and_sources_reading_a_forbidden_record_are_hidden_for_that_record(ids: dict[str, Any], sam: Session) -> None:
    theirs = sam.records.get(ids["project"], ids["pb"])
    assert ids["p.discount"] not in theirs.values and ids["p.name"] not in theirs.values
    mine = sam.records.get(ids["project"], ids["pa"])
    assert mine.values[ids["p.name"]] == "Mine Ltd"
    listed = cells(sam, ids["project"], [ids["p.discount"], ids["p.name"], ids["p.client"]])
    assert listed[ids["pb"]][:2] == (None, None)
    assert listed[ids["pa"]][:2] == (Decimal("10.00"), "Mine Ltd")
    reference = listed[ids["pb"]][2]
    assert not getattr(reference, "text", None)  # the forbidden client's name is not shown
    assert getattr(listed[ids["pa"]][2], "text", None) == "Mine Ltd"
    assert sam.records.display(ids["client"], ids["theirs"]) == ""
    assert sam.records.display(ids["client"], ids["mine"]) == "Mine Ltd"


def test_a_card_preview_hides_what_reads_a_forbidden_record(ids: dict[str, Any], sam: Session) -> None:
    draft = sam.records.new(ids["project"])
    draft.values[ids["p.client"]] = ids["theirs"]
    assert ids["p.discount"] not in sam.records.preview(draft)
    draft.values[ids["p.client"]] = ids["mine"]
    preview = sam.records.preview(draft)
    assert preview[ids["p.discount"]] == Decimal("10.00") and ids["p.pay"] not in preview


def test_an_aggregate_over_a_forbidden_child_is_hidden(ids: dict[str, Any], sam: Session) -> None:
    assert sam.records.get(ids["order"], ids["o1"]).values[ids["o.total"]] == Decimal("5.00")
    assert ids["o.total"] not in sam.records.get(ids["order"], ids["o2"]).values
    listed = cells(sam, ids["order"], [ids["o.total"]])
    assert listed == {ids["o1"]: (Decimal("5.00"),), ids["o2"]: (None,)}


def test_the_trash_shows_and_restores_only_what_the_user_may(ids: dict[str, Any], sam: Session) -> None:
    admin = login(ids, "admin")
    try:
        rec = admin.records.new(ids["project"])
        rec.values[ids["title"]] = "Admin's"
        theirs = admin.records.save(rec).id or 0
        admin_trash = admin.records.delete(ids["project"], theirs)
        own_trash = sam.records.delete(ids["project"], ids["pa"])
        assert [i.id for i in sam.records.trash_items(ids["project"])] == [own_trash]
        with pytest.raises(NotFound):
            sam.records.restore(admin_trash)
        assert sam.records.empty_trash(ids["project"]) == 1
        assert [i.id for i in admin.records.trash_items(ids["project"])] == [admin_trash]
        admin.records.restore(admin_trash)
    finally:
        admin.close()


def test_a_forbidden_record_answers_as_a_missing_one(ids: dict[str, Any], sam: Session) -> None:
    with pytest.raises(NotFound) as forbidden:
        sam.records.get(ids["client"], ids["theirs"])
    with pytest.raises(NotFound) as missing:
        sam.records.get(ids["client"], 999_999)
    assert str(forbidden.value).replace(str(ids["theirs"]), "N") == str(missing.value).replace("999999", "N")


def test_a_save_that_moves_a_record_out_of_scope_is_refused_whole(ids: dict[str, Any], sam: Session) -> None:
    """Sam may change the projects he owns; handing one to the admin would put it out of his reach: refused, unsaved."""
    project = sam.records.get(ids["project"], ids["pa"])
    project.values[ids["title"]] = "Renamed"
    project.owner_id = ids["admin"]
    with pytest.raises(PermissionDenied):
        sam.records.save(project)
    again = sam.records.get(ids["project"], ids["pa"])
    assert again.values[ids["title"]] == "A" and again.version == project.version
