"""One formatter: a value reads the same in a table cell, a card's editor and the history tab, in en, pl and ru."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale, Qt

from supasoft.core.meta import Condition, FieldDef, FilterGroup
from supasoft.services.session import open_session
from supasoft.shell.filter_dialog import describe_filter
from supasoft.widgets.card_form import CardForm
from supasoft.widgets.formatting import format_value
from supasoft.widgets.history_view import ARROW, HistoryView
from supasoft.widgets.record_source import RecordRowSource
from supasoft.widgets.record_table_model import RecordTableModel

NBSP = "\u00a0"
OLD = {"date": dt.date(2024, 1, 2), "datetime": dt.datetime(2024, 1, 2, 8, 5), "money": Decimal("7.00"),
       "decimal": Decimal("0.50"), "integer": 3, "boolean": False}
NEW = {"date": dt.date(2025, 3, 14), "datetime": dt.datetime(2025, 3, 14, 15, 30), "money": Decimal("1234.50"),
       "decimal": Decimal("1234.50"), "integer": 1234, "boolean": True}
#: What each locale must show for NEW (the project's English is en_GB: day first, four-digit year).
EXPECTED = {
    "en_GB": {"date": "14/03/2025", "datetime": "14/03/2025 15:30", "money": "1,234.50", "decimal": "1234.50",
              "integer": "1234", "boolean": "\u2713"},
    "pl_PL": {"date": "14.03.2025", "datetime": "14.03.2025 15:30", "money": f"1{NBSP}234,50", "decimal": "1234,50",
              "integer": "1234", "boolean": "\u2713"},
    "ru_RU": {"date": "14.03.2025", "datetime": "14.03.2025 15:30", "money": f"1{NBSP}234,50", "decimal": "1234,50",
              "integer": "1234", "boolean": "\u2713"},
}

OLD_DATE = {"en_GB": "02/01/2024", "pl_PL": "02.01.2024", "ru_RU": "02.01.2024"}  # two-digit day (CLDR Polish is "d.MM.yyyy")


@pytest.fixture
def invoice(tmp_path):
    """An object with one field of each formatted type and one record changed once (so history has old -> new)."""
    session = open_session(tmp_path / "fmt.db")
    cfg = session.configuration
    obj = cfg.add_object("Invoice", "Invoices")
    fields = {"name": cfg.add_field(obj.id, FieldDef(0, "Name", "string", length=50)).id}
    for type_ in NEW:
        fields[type_] = cfg.add_field(obj.id, FieldDef(0, type_.title(), type_, scale=2 if type_ == "decimal" else None)).id
    cfg.update_object(obj.id, display_field=fields["name"])
    record = session.records.new(obj.id)
    record.values.update({fields["name"]: "Faktura Łódź"} | {fields[k]: v for k, v in OLD.items()})
    record = session.records.save(record)
    record.values.update({fields[k]: v for k, v in NEW.items()})
    record = session.records.save(record)
    yield session, obj.id, record.id, fields
    session.close()


def table_texts(session, object_id: int, fields: dict[str, int]) -> dict[str, str]:
    model = RecordTableModel(RecordRowSource(session.records, object_id))
    keys = {model.headerData(c, Qt.Orientation.Horizontal): c for c in range(model.columnCount())}
    return {k: model.index(0, keys[k.title()]).data() for k in NEW}


def card_texts(qtbot, session, object_id: int, record_id: int, fields: dict[str, int]) -> dict[str, str]:
    form = CardForm(session.records, object_id, preview_delay_ms=10)
    qtbot.addWidget(form)
    form.set_record(session.records.get(object_id, record_id))
    out = {k: form.editor(fields[k]).edit.text() for k in NEW if k != "boolean"}
    out["boolean"] = "\u2713" if form.editor(fields["boolean"]).check.isChecked() else ""
    return out


def history_texts(qtbot, session, object_id: int, record_id: int, names=tuple(NEW)) -> dict[str, tuple[str, str]]:
    view = HistoryView(session.records)
    qtbot.addWidget(view)
    view.load(object_id, record_id)
    changes = {}
    for _when, _who, field, change in view.rows():
        if ARROW in change and field.lower() in names:
            old, new = (part.strip() for part in change.split(ARROW))
            changes.setdefault(field.lower(), (old, new))  # newest first: the update, not the creation
    return changes


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_table_card_and_history_show_the_same_text(qtbot, invoice, translations, name):
    session, object_id, record_id, fields = invoice
    QLocale.setDefault(QLocale(name))  # the translations fixture puts the previous locale back
    table = table_texts(session, object_id, fields)
    card = card_texts(qtbot, session, object_id, record_id, fields)
    history = history_texts(qtbot, session, object_id, record_id)
    assert table == EXPECTED[name]
    assert card == EXPECTED[name]
    assert {k: new for k, (_old, new) in history.items()} == EXPECTED[name]
    assert history["date"][0] == OLD_DATE[name]  # the old value is formatted the same way
    assert history["boolean"][0] == "\u2014"  # "no" reads as an empty check mark, shown as a dash


def test_history_names_a_deleted_reference_and_stamps_in_the_same_format(qtbot, tmp_path, translations):
    session = open_session(tmp_path / "ref.db")
    cfg = session.configuration
    product = cfg.add_catalog("Produkt", "Produkty")
    line = cfg.add_object("Pozycja", "Pozycje")
    ref = cfg.add_field(line.id, FieldDef(0, "Produkt", "reference", target=product.id)).id
    first, second = (session.records.new(product.id) for _ in range(2))
    first.values[product.fields[0].id], second.values[product.fields[0].id] = "Śruba", "Гайка"
    first, second = session.records.save(first), session.records.save(second)
    record = session.records.new(line.id)
    record.values[ref] = first.id
    record = session.records.save(record)
    record.values[ref] = second.id
    session.records.save(record)
    session.records.delete(product.id, first.id)
    QLocale.setDefault(QLocale("pl_PL"))
    rows = history_texts(qtbot, session, line.id, record.id, names=("produkt",))
    assert rows["produkt"] == (f"#{first.id} (deleted)", "Гайка")
    view = HistoryView(session.records)
    qtbot.addWidget(view)
    view.load(line.id, record.id)
    stamp = view.entries[0].at
    as_field = format_value(FieldDef(0, "When", "datetime"), stamp, QLocale("pl_PL"))
    assert view.rows()[0][0] == as_field and as_field.endswith(stamp.strftime(".%m.%Y %H:%M"))
    session.close()


def test_a_filter_summary_shows_its_values_as_the_table_does(invoice, translations):
    session, object_id, _record_id, fields = invoice
    QLocale.setDefault(QLocale("ru_RU"))
    group = FilterGroup("and", [
        Condition((fields["date"],), "between", ["2025-03-01", "2025-03-14"]),
        Condition((fields["money"],), "gt", "1234.5"),
        Condition((fields["boolean"],), "eq", True),
        Condition((fields["name"],), "contains", "Łódź"),
    ])
    assert describe_filter(session.configuration.config, object_id, group) == (
        f"Date is between 01.03.2025 and 14.03.2025 AND Money is greater than 1{NBSP}234,50 AND Boolean equals Yes"
        " AND Name contains Łódź")
