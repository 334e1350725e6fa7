"""Documents from .docx templates on every backend: an order with its lines table, references, totals and money and
dates in the template's language; several orders in one document or a zip; templates listed, one default."""

from __future__ import annotations

import io
import zipfile

import pytest

from supasoft.core.errors import NotFound, PermissionDenied, SchemaError
from supasoft.services.document_errors import DocumentError
from supasoft.services.documents import DocumentService
from supasoft.services.session import Session
from tests.services.document_files import docx, table_rows, texts
from tests.services.document_orders import CLIENT_NAME, LINES_TABLE, ORDER_TEMPLATE, make_order

pytestmark = pytest.mark.all_backends
NBSP = "\u00a0"


def test_an_order_fills_its_template_in_polish(lite: Session) -> None:
    ids = make_order(lite)
    documents = DocumentService(lite.records)
    template = documents.add_template(ids["order"], "Offer", docx(*ORDER_TEMPLATE, table=LINES_TABLE), language="pl")
    out = documents.render(ids["order"], ids["the_order"], template)
    lines = texts(out)
    assert lines[0] == f"Order {ids['order_code']} of 14.03.2025"
    assert lines[1] == f"Client: {CLIENT_NAME} / {CLIENT_NAME} in Kraków"  # escaped in the XML, read back as typed
    assert lines[2] == f"Total 7{NBSP}407,00; by User"
    rows = table_rows(out)
    assert rows[0] == ["Product", "Price", "Quantity", "Cost"]
    assert rows[1:4] == [["Widget", f"1{NBSP}234,50", "1,000", f"1{NBSP}234,50"],
                         ["Gadget", f"1{NBSP}234,50", "2,000", f"2{NBSP}469,00"],
                         ["Widget", f"1{NBSP}234,50", "3,000", f"3{NBSP}703,50"]]
    assert rows[4] == ["Total", "", "", f"7{NBSP}407,00"]
    assert len(rows) == 5  # the loop's own rows are gone


def test_several_orders_merge_into_one_document_or_a_zip(lite: Session) -> None:
    first, second = make_order(lite, lines=1), make_order(lite, lines=2, tag=" 2")
    documents = DocumentService(lite.records)
    template = documents.add_template(first["order"], "Offer", docx(*ORDER_TEMPLATE, table=LINES_TABLE))
    merged = texts(documents.render_many(first["order"], [first["the_order"], second["the_order"]], template))
    assert [t for t in merged if t.startswith("Order ")] == [f"Order {first['order_code']} of 2025-03-14",
                                                            f"Order {second['order_code']} of 2025-03-14"]
    archive = zipfile.ZipFile(io.BytesIO(documents.render_zip(first["order"], [first["the_order"], second["the_order"]], template)))
    assert sorted(archive.namelist()) == sorted([f"{first['order_code']}.docx", f"{second['order_code']}.docx"])
    assert texts(archive.read(f"{second['order_code']}.docx"))[0] == f"Order {second['order_code']} of 2025-03-14"


def test_templates_are_listed_with_one_default_and_unique_names(lite: Session) -> None:
    ids = make_order(lite, lines=1)
    documents = DocumentService(lite.records)
    offer = documents.add_template(ids["order"], "Offer", docx("Offer {{ code }}"), file_name="offer.docx")
    invoice = documents.add_template(ids["order"], "Invoice", docx("Invoice {{ code }}"))
    assert [(t.name, t.is_default, t.file_name) for t in documents.list_templates(ids["order"])] == [
        ("Invoice", False, "Invoice.docx"), ("Offer", True, "offer.docx")]
    documents.set_default(invoice)
    assert documents.default_template(ids["order"]).id == invoice
    assert documents.find(ids["order"], "offer").id == offer
    with pytest.raises(SchemaError, match="already has a document template named Offer"):
        documents.add_template(ids["order"], "offer", docx("x"))
    documents.replace_template(offer, docx("New offer {{ code }}"))
    assert texts(documents.render(ids["order"], ids["the_order"], offer))[0] == f"New offer {ids['order_code']}"
    documents.delete_template(offer)
    with pytest.raises(NotFound):
        documents.render(ids["order"], ids["the_order"], offer)
    assert [t.name for t in documents.list_templates()] == ["Invoice"]


def test_a_bad_template_is_refused_when_added(lite: Session) -> None:
    ids = make_order(lite, lines=1)
    documents = DocumentService(lite.records)
    with pytest.raises(DocumentError, match=r"Unknown name client\.nme near “Dear {{ client\.nme }}”"):
        documents.add_template(ids["order"], "Offer", docx("Dear {{ client.nme }}"))
    assert documents.list_templates(ids["order"]) == []


PASSWORD = "correct horse"


@pytest.fixture
def office(lite: Session) -> dict:
    """An order; Eve may read orders and lines but not the Total nor clients, Bob may read Orders only
    through a filter that leaves this order out; both may make documents."""
    from supasoft.core.meta import Condition, FilterGroup

    ids = make_order(lite, lines=2)
    users = lite.users
    users.sleep = lambda seconds: None
    users.create_user("admin", PASSWORD, "Admin")
    documents = DocumentService(lite.records)
    ids["template"] = documents.add_template(ids["order"], "Offer", docx(*ORDER_TEMPLATE, table=LINES_TABLE))
    for who in ("eve", "bob"):
        ids[who] = users.create_user(who, PASSWORD, who.title())
        users.grant(("user", ids[who]), ids["line"], "read")
        users.grant(("user", ids[who]), ids["product"], "read")
    users.grant(("user", ids["eve"]), ids["order"], "read", flags=("document",))
    users.grant_field(("user", ids["eve"]), ids["order"], ids["order.total"], "hidden")
    nothing = FilterGroup("and", [Condition((ids["order.date"],), "lt", "2000-01-01")])
    users.grant(("user", ids["bob"]), ids["order"], "read", scope="filter", filter=nothing, flags=("document",))
    ids["url"] = lite.storage.database.url
    return ids


def _login(ids: dict, who: str) -> Session:
    from supasoft.services.session import open_session

    s = open_session(ids["url"], login=who, password=PASSWORD)
    s.users.sleep = lambda seconds: None
    return s


def test_hidden_fields_and_unreadable_references_stay_out_of_the_document(office: dict) -> None:
    eve = _login(office, "eve")
    try:
        documents = DocumentService(eve.records)
        lines = texts(documents.render(office["order"], office["the_order"], office["template"]))
        assert lines[1] == "Client:  /  in "  # she may not read clients: the reference is empty
        assert lines[2] == "Total ; by Eve"  # the hidden Total is absent
        assert "total" not in {p.name for p in documents.placeholders(office["order"])}
        assert "client.name" not in {p.name for p in documents.placeholders(office["order"])}
        assert table_rows(documents.render(office["order"], office["the_order"], office["template"]))[1][0] == "Widget"
    finally:
        eve.close()


def test_a_record_the_user_may_not_read_is_not_found(office: dict) -> None:
    bob = _login(office, "bob")
    try:
        with pytest.raises(NotFound):
            DocumentService(bob.records).render(office["order"], office["the_order"], office["template"])
    finally:
        bob.close()


def test_documents_need_their_right_and_templates_need_configure(office: dict, lite: Session) -> None:
    lite.users.grant(("user", office["eve"]), office["order"], "read")  # no document flag any more
    eve = _login(office, "eve")
    try:
        documents = DocumentService(eve.records)
        with pytest.raises(PermissionDenied, match="make documents from Orders"):
            documents.render(office["order"], office["the_order"], office["template"])
        with pytest.raises(PermissionDenied):
            documents.add_template(office["order"], "Mine", docx("{{ code }}"))
    finally:
        eve.close()


def test_a_table_of_500_lines_renders_a_row_per_line(lite: Session) -> None:
    ids = make_order(lite, lines=500)
    documents = DocumentService(lite.records)
    template = documents.add_template(ids["order"], "Offer", docx(*ORDER_TEMPLATE, table=LINES_TABLE))
    rows = table_rows(documents.render(ids["order"], ids["the_order"], template))
    assert len(rows) == 502
    assert rows[500] == ["Gadget", "1,234.50", "500.000", "617,250.00"]
    assert rows[-1] == ["Total", "", "", "154,621,125.00"]  # 1234.50 × (1 + 2 + … + 500)


def test_date_and_money_filters_follow_the_template_language(lite: Session) -> None:
    ids = make_order(lite, lines=2)
    documents = DocumentService(lite.records)
    lines = [["{%tr for line in lines %}"], ["{{ line.product.name }}", "{{ line.cost|money('PLN') }}"], ["{%tr endfor %}"]]
    data = docx("{{ date|date('long') }} · {{ total|money('PLN') }} · {{ total|number(0) }}", "{{ total|words('PLN') }}", table=lines)
    polish = documents.add_template(ids["order"], "Faktura", data, language="pl")
    russian = documents.add_template(ids["order"], "Счёт", data, language="ru")
    out = documents.render(ids["order"], ids["the_order"], polish)
    assert texts(out)[:2] == [f"14 marca 2025 · 3{NBSP}703,50{NBSP}zł · 3{NBSP}704",
                              "trzy tysiące siedemset trzy złote, pięćdziesiąt groszy"]
    assert table_rows(out) == [["Widget", f"1{NBSP}234,50{NBSP}zł"], ["Gadget", f"2{NBSP}469,00{NBSP}zł"]]
    assert texts(documents.render(ids["order"], ids["the_order"], russian))[0] == \
        f"14 марта 2025 г. · 3{NBSP}703,50{NBSP}zł · 3{NBSP}704"
