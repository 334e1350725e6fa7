"""CardForm on the real Free Lite configuration: layout from the CardDef, values, problems, live behaviour."""

from __future__ import annotations

import datetime as dt
import shutil
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QLabel, QTabWidget

from supasoft.core.errors import FieldProblem
from supasoft.core.meta import CardDef, FieldDef, LayoutNode
from supasoft.services.session import open_session
from supasoft.services.setup import initialize, lite_ids
from supasoft.widgets.card_form import CardForm
from supasoft.widgets.editors import FormulaEditor, ReferencePicker


@pytest.fixture(scope="module")
def lite_file(tmp_path_factory):
    """One Free Lite database per module; each test works on its own copy of the file."""
    path = tmp_path_factory.mktemp("lite") / "crm.db"
    session = open_session(path)
    initialize(session, "lite")
    session.close()
    return path


@pytest.fixture
def lite(tmp_path, lite_file):
    for suffix in ("", "-wal", "-shm"):
        if lite_file.with_name(lite_file.name + suffix).exists():
            shutil.copy(lite_file.with_name(lite_file.name + suffix), tmp_path / f"crm.db{suffix}")
    session = open_session(tmp_path / "crm.db")
    yield session, lite_ids(session)
    session.close()


def make_form(qtbot, session, object_id, card=None) -> CardForm:
    form = CardForm(session.records, object_id, card, preview_delay_ms=10)
    qtbot.addWidget(form)
    form.resize(800, 700)
    form.show()
    return form


def new_client(session, ids, name="Zakład Kowalski", phone="+48 600 100 200"):
    record = session.records.new(ids["client"])
    record.values[ids["client.name"]] = name
    record.values[ids["client.phone"]] = phone
    return session.records.save(record)


def new_order(session, ids, client_id):
    record = session.records.new(ids["order"])
    record.values[ids["order.client"]] = client_id
    record.values[ids["order.date"]] = dt.date(2026, 11, 2)
    return session.records.save(record)


def test_card_layout_marks_required_and_makes_computed_fields_read_only(qtbot, lite):
    session, ids = lite
    form = make_form(qtbot, session, ids["order"])
    order = session.configuration.config.object_by_id(ids["order"])
    assert set(form.slots) == {f.id for f in order.fields}
    date_label = form.findChild(QLabel, f"label_{ids['order.date']}")
    assert date_label.text() == "Date *" and date_label.font().bold()
    notes_label = form.findChild(QLabel, f"label_{ids['order.notes']}")
    assert notes_label.text() == "Notes" and not notes_label.font().bold()
    assert isinstance(form.editor(ids["order.total"]), FormulaEditor)
    assert form.editor(ids["order.total"]).is_read_only()
    assert form.editor(ids["order.client_phone"]).is_read_only()  # a source field: shown from the client
    assert not form.editor(ids["order.notes"]).is_read_only()
    assert ids["order.total"] not in form.values() and ids["order.client_phone"] not in form.values()
    assert list(form.grids) and list(form.children_views)  # lines as a grid, payments as a child table


def test_typed_text_reaches_values_and_marks_dirty(qtbot, lite, type_text):
    session, ids = lite
    form = make_form(qtbot, session, ids["client"])
    form.set_record(session.records.new(ids["client"]))
    assert not form.is_dirty()
    with qtbot.waitSignal(form.changed):
        type_text(form.editor(ids["client.name"]).edit, "Zażółć gęślą jaźń")
    type_text(form.editor(ids["client.city"]).edit, "Санкт-Петербург")
    values = form.values()
    assert values[ids["client.name"]] == "Zażółć gęślą jaźń"
    assert values[ids["client.city"]] == "Санкт-Петербург"
    assert values[ids["client.kind"]] == "Legal entity"  # the default of a new record
    assert form.is_dirty()
    form.set_record(session.records.get(ids["client"], new_client(session, ids).id))
    assert not form.is_dirty()
    assert form.values()[ids["client.name"]] == "Zakład Kowalski"


def test_problems_show_beside_the_field_and_in_the_summary(qtbot, lite):
    session, ids = lite
    form = make_form(qtbot, session, ids["client"])
    form.show_problems([FieldProblem(ids["client.name"], "Name", "is required"), FieldProblem(None, "", "Something else")])
    assert form.problem_text(ids["client.name"]) == "is required"
    assert form.editor(ids["client.name"]).error() == "is required"
    assert form.summary.isVisible()
    assert "Name: is required" in form.summary.text() and "Something else" in form.summary.text()
    form.clear_problems()
    assert not form.summary.isVisible() and form.editor(ids["client.name"]).error() is None


def test_picking_a_client_shows_the_clients_phone_at_once(qtbot, lite):
    session, ids = lite
    client = new_client(session, ids, phone="+48 501 502 503")
    form = make_form(qtbot, session, ids["order"])
    form.set_record(session.records.new(ids["order"]))
    picker = form.editor(ids["order.client"])
    assert isinstance(picker, ReferencePicker)
    picker.pick(client.id, "Zakład Kowalski")
    assert form.editor(ids["order.client_phone"]).value() == "+48 501 502 503"
    assert form.values()[ids["order.client"]] == client.id


def test_new_order_total_is_computed_live_from_the_lines(qtbot, lite):
    session, ids = lite
    product = session.records.new(ids["product"])
    product.values.update({ids["product.name"]: "Widget", ids["product.price"]: "12.50"})
    product = session.records.save(product)
    form = make_form(qtbot, session, ids["order"])
    form.set_record(session.records.new(ids["order"]))
    grid = form.grids[next(iter(form.grids))]
    row = grid.add_line()
    grid.set_value(row, ids["line.product"], product.id)
    grid.set_value(row, ids["line.quantity"], Decimal("3"))
    qtbot.waitUntil(lambda: form.editor(ids["order.total"]).value() == Decimal("37.50"))
    assert form.is_dirty()


def test_children_tab_lists_a_clients_orders_and_opens_them(qtbot, lite):
    session, ids = lite
    client = new_client(session, ids)
    first, second = new_order(session, ids, client.id), new_order(session, ids, client.id)
    new_order(session, ids, new_client(session, ids, name="Иван Петров").id)
    form = make_form(qtbot, session, ids["client"])
    form.set_record(session.records.get(ids["client"], client.id))
    orders = next(v for v in form.children_views.values() if v.link.child == ids["order"])
    assert orders.row_count() == 2
    assert {orders.model.record_id(0), orders.model.record_id(1)} == {first.id, second.id}
    with qtbot.waitSignal(form.open_requested) as opened:
        orders.table.doubleClicked.emit(orders.model.index(0, 1))
    assert opened.args == [ids["order"], orders.model.record_id(0)]
    with qtbot.waitSignal(form.new_child_requested) as asked:
        orders.new_button.click()
    assert asked.args == [ids["order"], ids["order.client"], client.id]
    third = new_order(session, ids, client.id)  # saved elsewhere: the tab follows
    assert orders.row_count() == 3 and orders.model.row_of(third.id) is not None


def test_new_record_has_no_children_and_new_child_waits_for_save(qtbot, lite):
    session, ids = lite
    new_order(session, ids, new_client(session, ids).id)
    form = make_form(qtbot, session, ids["client"])
    form.set_record(session.records.new(ids["client"]))
    for view in form.children_views.values():
        assert view.row_count() == 0
        assert not view.new_button.isEnabled()


def test_object_without_a_card_gets_a_generated_one(qtbot, lite):
    session, ids = lite
    cfg = session.configuration
    visit = cfg.add_object("Visit", "Visits")
    topic = cfg.add_field(visit.id, FieldDef(0, "Topic", "string", required=True))
    when = cfg.add_field(visit.id, FieldDef(0, "When", "date"))
    assert cfg.config.card_of(visit.id) is None
    form = make_form(qtbot, session, visit.id)
    assert set(form.slots) == {topic.id, when.id}


def test_designed_layout_tabs_rows_labels_hidden_and_read_only(qtbot, lite):
    session, ids = lite
    f = ids
    card = CardDef(ids["client"], LayoutNode("column", children=[
        LayoutNode("row", children=[LayoutNode("field", ref=f["client.name"], label="above"),
                                    LayoutNode("field", ref=f["client.kind"], width=160)]),
        LayoutNode("tabs", children=[
            LayoutNode("tab", title="Contact", children=[LayoutNode("field", ref=f["client.phone"], read_only=True),
                                                         LayoutNode("field", ref=f["client.email"], label="none")]),
            LayoutNode("tab", title="Secret", hidden=True, children=[LayoutNode("field", ref=f["client.notes"])]),
        ]),
        LayoutNode("field", ref=f["client.tax_id"], hidden=True),
    ]))
    form = make_form(qtbot, session, ids["client"], card)
    assert set(form.slots) == {f["client.name"], f["client.kind"], f["client.phone"], f["client.email"]}
    assert form.editor(f["client.phone"]).is_read_only()
    assert form.editor(f["client.kind"]).maximumWidth() == 160
    assert form.slots[f["client.email"]].label is None
    tabs = form.findChild(QTabWidget)
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Contact"]
    client = session.records.get(ids["client"], new_client(session, ids).id)
    form.set_record(client)
    record = form.record()
    assert record.values[f["client.tax_id"]] == client.values[f["client.tax_id"]]  # fields off the card are kept
