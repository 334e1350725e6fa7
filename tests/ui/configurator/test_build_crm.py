"""Build a small clinic CRM from an EMPTY database through the Configurator's dialogs only, then use it."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from cfg_driving import add_field, add_link, add_object, choose
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDropEvent

from supasoft.core.meta import CardDef
from supasoft.services.record_model import ListQuery
from supasoft.widgets.card_form import CardForm

EVERY_TYPE = [
    ("Full name", "String", {"length": 120, "required": True}),
    ("History", "Text", {}),
    ("Age", "Integer", {}),
    ("Weight", "Decimal", {"precision": 6, "scale": 2}),
    ("Default fee", "Money", {"default": "50"}),
    ("Score", "Float", {}),
    ("Born", "Date", {}),
    ("Registered", "Date and time", {}),
    ("Insured", "Yes/No", {}),
    ("Sex", "Choice list", {"choices": ["Female", "Male", "Other"]}),
    ("City", "Reference", {"target": "City"}),
    ("E-mail", "E-mail", {}),
    ("Phone", "Phone", {}),
    ("Website", "Web address", {}),
    ("Scan", "File", {}),
    ("Doctor", "User", {}),
    ("Shout", "Formula", {"formula": "UPPER({Full name}) & \" / \" & {City.Name}"}),
]


def test_build_clinic_crm_from_empty_database(window, modal, session, qtbot):  # type: ignore[no-untyped-def]
    cfg = session.configuration
    assert cfg.config.objects == []

    city = add_object(window, modal, "City", "Cities", catalog=True)
    assert cfg.object(city).catalog and cfg.object(city).display_field is not None

    patient = add_object(window, modal, "Patient", "Patients", prefix="PT-", width=4)
    assert cfg.object(patient).format_code(42) == "PT-0042"
    ids = {name: add_field(window, modal, name, label, **opts) for name, label, opts in EVERY_TYPE}
    ids["City name"] = add_field(window, modal, "City name", "String", kind="source", via="City", from_field="Name")
    fields = {f.name: f for f in cfg.object(patient).fields}
    assert {f.type for f in fields.values()} >= {"string", "text", "integer", "decimal", "money", "float", "date", "datetime",
                                                 "boolean", "choice", "reference", "email", "phone", "url", "file", "user", "formula"}
    assert fields["Full name"].required and fields["Full name"].length == 120
    assert (fields["Weight"].precision, fields["Weight"].scale) == (6, 2)
    assert fields["Sex"].choices == ("Female", "Male", "Other")
    assert fields["City"].target == city
    assert fields["City name"].source == (ids["City"], cfg.object(city).display_field)
    window.fields.select_field(ids["Full name"])
    window.fields.buttons["display"].click()
    assert cfg.object(patient).display_field == ids["Full name"]

    visit = add_object(window, modal, "Visit", "Visits", prefix="V-", width=5)
    visits_link = add_link(window, modal, "Patient", "Visits", "Delete the children too", parents=True)
    patient_ref = cfg.config.link_by_id(visits_link).field
    visit_date = add_field(window, modal, "Date", "Date", required=True)
    fee = add_field(window, modal, "Fee", "Money", kind="receiver", via="Patient", from_field="Default fee")
    assert cfg.object(visit).field_by_id(fee).receiver == (patient_ref, ids["Default fee"])

    procedure = add_object(window, modal, "Procedure", "Procedures")
    proc_name = add_field(window, modal, "Name", "String", required=True)
    price = add_field(window, modal, "Price", "Money")
    window.objects.select(visit)
    procedures_link = add_link(window, modal, "Procedure", "Procedures", "Delete the children too", parents=False)
    assert cfg.config.link_by_id(procedures_link).child == procedure
    total = add_field(window, modal, "Total", "Formula", formula="SUM({Procedures.Price})", scale=2)

    # Detail set of procedures inside the visit card, with a total under the grid.
    tab = window.detail_sets
    window.tabs.setCurrentWidget(tab)
    tab.buttons["new"].click()
    choose(tab.link, "Procedures")
    tab.name.setText("Procedures")
    tab.check(tab.totals, "Price")
    tab.buttons["save"].click()
    detail = cfg.config.detail_sets_of(visit)[0]
    assert detail.link == procedures_link and proc_name in detail.columns and detail.totals == [price]

    # A table with a column through two references: Visit → Patient → City → Name.
    tables = window.tables
    window.tabs.setCurrentWidget(tables)
    tables.buttons["new"].click()
    tables.name.setText("Visits by city")
    for names in (("Date",), ("Patient",), ("Patient", "City", "Name"), ("Total",)):
        assert tables.tree.select_names(*names)
        tables.buttons["add_column"].click()
    choose(tables.sort, "Date")
    tables.descending.setChecked(True)
    tables.columns.item(3, 1).setText("City")
    tables.columns.item(3, 2).setText("140")
    tables.buttons["save"].click()
    view = cfg.config.lists_of(visit)[0]
    assert [tuple(c.path) for c in view.columns] == [(), (visit_date,), (patient_ref,),
                                                     (patient_ref, ids["City"], cfg.object(city).display_field), (total,)]
    assert view.columns[3].title == "City" and view.columns[3].width == 140
    assert view.sort[0].path == (visit_date,) and view.sort[0].descending

    # The visit card: a titled group with fields, labels above, the detail set below — partly by drag and drop.
    designer = window.card
    window.tabs.setCurrentWidget(designer)
    assert designer.add_by_text("Group box")
    designer.title.setText("Visit")
    designer.title.editingFinished.emit()
    for name in ("Patient", "Date", "Fee", "Total"):
        assert designer.add_by_text(name)
    designer.tree.select_path((0, 1))
    designer.label.setCurrentIndex(designer.label.findData("above"))
    designer.tree.select_path((0, 3))
    designer.read_only.setChecked(True)
    palette_item = next(designer.palette.item(r) for r in range(designer.palette.count())
                        if designer.palette.item(r).text() == "Detail set: Procedures")
    root_item = designer.tree.topLevelItem(0)
    below = designer.tree.visualItemRect(root_item.child(0)).bottomLeft()  # lower edge of the group: after it
    mime = designer.palette.mimeData([palette_item])  # keep a reference: the event does not own it
    drop = QDropEvent(QPointF(below.x() + 5, below.y() - 2), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    designer.tree.dropEvent(drop)
    assert [n.kind for n in designer.root.children] == ["group", "detail_set"]
    designer.stack.undo()
    assert [n.kind for n in designer.root.children] == ["group"]
    designer.stack.redo()
    assert designer.preview is not None and designer.preview.grids  # the real card shows the detail grid
    designer.buttons["save"].click()
    card = cfg.config.card_of(visit)
    assert card is not None
    group = card.root.children[0]
    assert (group.kind, group.title) == ("group", "Visit")
    assert [n.ref for n in group.children] == [patient_ref, visit_date, fee, total]
    assert group.children[1].label == "above" and group.children[3].read_only
    assert card.root.children[1].kind == "detail_set" and card.root.children[1].ref == detail.id

    # Now use the CRM: records entered through the real card form.
    records = session.records
    town = records.new(city)
    town.values[cfg.object(city).display_field] = "Kraków"
    town = records.save(town)
    form = CardForm(records, patient)
    qtbot.addWidget(form)
    form.set_record(records.new(patient))
    entered = {"Full name": "Zofia Nowak", "Age": 41, "Weight": Decimal("61.50"), "Default fee": Decimal("80.00"),
               "Born": dt.date(1984, 3, 9), "Insured": True, "Sex": "Female", "City": town.id, "E-mail": "zofia@example.pl"}
    for name, value in entered.items():
        form.editor(ids[name]).set_value(value)
    saved = records.save(form.record())
    stored = records.get(patient, saved.id)
    for name, value in entered.items():
        assert stored.values[ids[name]] == value, name
    assert stored.code_text == "PT-0001"
    assert stored.values[ids["Shout"]] == "ZOFIA NOWAK / Kraków"

    visit_form = CardForm(records, visit, cfg.config.card_of(visit))
    qtbot.addWidget(visit_form)
    visit_form.set_record(records.new(visit))
    visit_form.editor(patient_ref).set_value(saved.id)
    visit_form.editor(visit_date).set_value(dt.date(2026, 11, 20))
    grid = visit_form.grids[procedures_link]
    for name, amount in (("Consultation", Decimal("120.00")), ("X-ray", Decimal("85.50"))):
        row = grid.add_line()
        grid.set_value(row, proc_name, name)
        grid.set_value(row, price, amount)
    stored_visit = records.save(visit_form.record(), details=visit_form.details())
    again = records.get(visit, stored_visit.id)
    assert again.values[total] == Decimal("205.50")
    assert again.values[fee] == Decimal("80.00")  # the receiver copied the patient's default fee
    assert [c.values[price] for c in records.children(visit, again.id, procedures_link)] == [Decimal("120.00"), Decimal("85.50")]
    rows = records.list(visit, ListQuery(columns=[tuple(c.path) for c in view.columns]))
    assert rows[0].cells[3] == "Kraków" and rows[0].cells[4] == Decimal("205.50")


def test_card_preview_is_the_real_card_form(window, modal, session):  # type: ignore[no-untyped-def]
    add_object(window, modal, "Client", "Clients")
    add_field(window, modal, "Name", "String")
    window.tabs.setCurrentWidget(window.card)
    window.card.buttons["generate"].click()
    assert isinstance(window.card.preview, CardForm)
    assert window.card.preview.slots  # the Name editor is on the preview
    window.card.buttons["save"].click()
    assert isinstance(session.configuration.config.card_of(window.objects.current_id()), CardDef)
