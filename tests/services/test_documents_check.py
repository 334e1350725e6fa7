"""A template is checked when it is added: not a .docx, syntax errors and unknown names are reported with the
text of their paragraph; tags Word split into runs still work; the placeholder list gives every tag to copy."""

from __future__ import annotations

import io
import zipfile

import pytest

from supasoft.core.meta import FieldDef
from supasoft.services.document_errors import DocumentError
from supasoft.services.document_names import identifier, unique_names
from supasoft.services.documents import DocumentService
from supasoft.services.session import Session
from tests.services.document_files import docx, table_rows, texts
from tests.services.document_orders import CLIENT_NAME, LINES_TABLE, make_order


def test_a_tag_split_across_runs_is_repaired(lite: Session) -> None:
    ids = make_order(lite, lines=1)
    documents = DocumentService(lite.records)
    data = docx(split=("Dear {{ cli", "ent.name }}!"))
    assert b"Dear {{ cli</w:t>" in zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml")  # really two runs
    template = documents.add_template(ids["order"], "Letter", data)
    assert texts(documents.render(ids["order"], ids["the_order"], template))[-1] == f"Dear {CLIENT_NAME}!"


def test_a_split_unknown_name_is_reported_by_name(lite: Session) -> None:
    ids = make_order(lite, lines=1)
    problems = DocumentService(lite.records).check_template(ids["order"], docx("Hi", split=("Dear {{ na", "me }}")))
    assert problems == ["Unknown name name near “Dear {{ name }}”"]


@pytest.mark.parametrize(("data", "message"), [
    (b"junk that is not a zip", "This file is not a Word document"),
    (b"", "This file is not a Word document"),
])
def test_what_is_not_a_docx_is_refused(lite: Session, data: bytes, message: str) -> None:
    ids = make_order(lite, lines=1)
    with pytest.raises(DocumentError, match=message):
        DocumentService(lite.records).add_template(ids["order"], "Junk", data)


def test_a_zip_without_a_document_is_refused(lite: Session) -> None:
    ids = make_order(lite, lines=1)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("hello.txt", "hi")
    with pytest.raises(DocumentError, match="This file is not a Word document"):
        DocumentService(lite.records).add_template(ids["order"], "Zip", out.getvalue())


def test_a_syntax_error_is_placed_at_its_paragraph(lite: Session) -> None:
    ids = make_order(lite, lines=1)
    data = docx("Order {{ code }}", "Dear {{ client.name ", "Bye")
    with pytest.raises(DocumentError, match=r"The template has an error near “Dear {{ client.name Bye”: .*got 'Bye'"):
        DocumentService(lite.records).add_template(ids["order"], "Broken", data)
    with pytest.raises(DocumentError, match=r"near “{% if total %}”: .*endif"):
        DocumentService(lite.records).add_template(ids["order"], "Open if", docx("{% if total %}", "big"))


def test_loop_variables_know_the_lines_and_other_names_are_reported(lite: Session) -> None:
    ids = make_order(lite, lines=1)
    documents = DocumentService(lite.records)
    assert documents.check_template(ids["order"], docx(table=LINES_TABLE)) == []
    table = [["{%tr for row in lines %}"], ["{{ row.product.nme }}", "{{ row.cost.value * 2 }}", "{{ loop.index }}"],
             ["{%tr endfor %}"], ["{{ lines_totals.price }}", "{{ row }}"]]
    ok = "{% set x = total %}{{ x.anything }} {% for i in range(3) %}{{ i }}{% endfor %} {{ lines|length }} {{ today }}"
    problems = documents.check_template(ids["order"], docx(ok, "{{ nothing }} and {{ client.city.zip }}", table=table))
    assert [p.split(" near ")[0] for p in problems] == [
        "Unknown name nothing", "Unknown name row.product.nme", "Unknown name lines_totals.price", "Unknown name row"]
    assert "“{{ nothing }} and {{ client.city.zip }}" in problems[0]  # the paragraph it is in
    assert problems[1].endswith("near “{{ row.product.nme }}”")


def test_placeholders_list_every_tag_to_copy(lite: Session) -> None:
    ids = make_order(lite, lines=1)
    tags = {p.name: p.tag for p in DocumentService(lite.records).placeholders(ids["order"])}
    assert tags["client.name"] == "{{ client.name }}"
    assert tags["lines"] == "{%tr for line in lines %}"
    assert tags["line.product.name"] == "{{ line.product.name }}"
    assert tags["end lines"] == "{%tr endfor %}"
    assert tags["lines_totals.cost"] == "{{ lines_totals.cost }}"
    assert {"code", "today", "user", "total", "client_phone", "client.e_mail", "client.discount"} <= set(tags)
    assert "line.order" not in tags  # a line's way back to its order is the document itself
    body = docx(*[t for name, t in tags.items() if not name.startswith(("line", "end"))],
                table=[[tags["lines"]], [t for name, t in tags.items() if name.startswith("line.")], [tags["end lines"]]])
    assert DocumentService(lite.records).check_template(ids["order"], body) == []  # every listed tag is accepted


@pytest.mark.parametrize(("name", "expected"), [
    ("Name", "name"), ("Tax ID", "tax_id"), ("E-mail", "e_mail"), ("Discount %", "discount"),
    ("Zażółć gęślą jaźń", "zazolc_gesla_jazn"), ("Łódź", "lodz"), ("Цена товара", "tsena_tovara"),
    ("Ёлка щётка", "elka_shchetka"), ("Café", "cafe"), ("1st line", "f_1st_line"), ("%%", "field"), ("日付", "field"),
])
def test_the_identifier_rule(name: str, expected: str) -> None:
    assert identifier(name) == expected


def test_reserved_and_repeated_names_get_suffixes() -> None:
    assert unique_names(["Code", "Today", "Name", "name", "NAME", "For"]) == [
        "code_field", "today_field", "name", "name_2", "name_3", "for_field"]


def test_pdf_without_libreoffice_is_a_clear_error(lite: Session, tmp_path) -> None:
    ids = make_order(lite, lines=1)
    documents = DocumentService(lite.records)
    template = documents.add_template(ids["order"], "Offer", docx("Order {{ code }}"))
    missing = str(tmp_path / "no-such-soffice")
    with pytest.raises(DocumentError, match="PDF needs LibreOffice, which is not installed"):
        documents.render_pdf(ids["order"], [ids["the_order"]], template, soffice=missing)


def test_a_document_is_kept_on_the_record(lite: Session) -> None:
    ids = make_order(lite, lines=1)
    field = lite.configuration.add_field(ids["order"], FieldDef(0, "Offer file", "file"))
    documents = DocumentService(lite.records)
    template = documents.add_template(ids["order"], "Offer", docx("Order {{ code }} v{{ code }}"))
    saved = documents.keep_on_record(ids["order"], ids["the_order"], template, field.id)
    kept = lite.records.get(ids["order"], ids["the_order"]).values[field.id]
    assert kept.name == f"Offer {ids['order_code']}.docx"
    name, data = lite.records.read_file(kept.file_id, object_id=ids["order"], record_id=saved.id, field_id=field.id)
    assert texts(data)[0] == f"Order {ids['order_code']} v{ids['order_code']}"
    documents.keep_on_record(ids["order"], ids["the_order"], template, field.id)  # again: a new version of the record
    history = [h for h in lite.records.history_of(ids["order"], ids["the_order"]) if h.field_id == field.id]
    assert len(history) == 2


def test_a_polish_database_writes_polish_dates_and_money(session: Session) -> None:
    from supasoft.services.setup import initialize

    initialize(session, "lite", language="pl")
    ids = make_order(session, lines=2)
    documents = DocumentService(session.records)
    config = session.records.config
    listed = documents.placeholders(ids["order"])
    tag = {p.label: p.tag for p in listed}
    date = config.object_by_id(ids["order"]).field_by_id(ids["order.date"]).name
    cost = config.object_by_id(ids["line"]).field_by_id(ids["line.cost"]).name
    lines = next(p for p in listed if p.kind == "loop")
    assert (date, lines.name) == ("Data", "pozycje")
    cost_tag = next(p.tag for p in listed if p.label.endswith(f"→ {cost}") and p.kind == "value")
    template = documents.add_template(ids["order"], "Oferta", docx(
        f"{tag['Code']} z dnia {tag[date]}", table=[[lines.tag], [cost_tag], ["{%tr endfor %}"]]))
    out = documents.render(ids["order"], ids["the_order"], template)
    assert texts(out)[0] == f"{ids['order_code']} z dnia 14.03.2025"
    assert table_rows(out) == [["1\u00a0234,50"], ["2\u00a0469,00"]]


@pytest.mark.parametrize("runs", [("Dear {", "{ client.name }}!"), ("Dear {{ client", ".name }", "}!")])
def test_braces_split_across_runs_are_joined(lite: Session, runs: tuple[str, ...]) -> None:
    from docx import Document

    ids = make_order(lite, lines=1)
    document = Document()
    paragraph = document.add_paragraph()
    for i, text in enumerate(runs):
        paragraph.add_run(text).italic = i % 2 == 0
    out = io.BytesIO()
    document.save(out)
    documents = DocumentService(lite.records)
    template = documents.add_template(ids["order"], "Letter", out.getvalue())
    assert texts(documents.render(ids["order"], ids["the_order"], template)) == [f"Dear {CLIENT_NAME}!"]


def test_headers_and_footers_are_checked_and_filled(lite: Session) -> None:
    from docx import Document

    ids = make_order(lite, lines=1)
    document = Document()
    document.add_paragraph("Body {{ code }}")
    document.sections[0].header.paragraphs[0].text = "Offer {{ code }} for {{ client }}"
    document.sections[0].footer.paragraphs[0].text = "Page footer {{ clent }}"
    out = io.BytesIO()
    document.save(out)
    documents = DocumentService(lite.records)
    assert documents.check_template(ids["order"], out.getvalue()) == ["Unknown name clent near “Page footer {{ clent }}”"]
    document.sections[0].footer.paragraphs[0].text = "Made by {{ user }}"
    out = io.BytesIO()
    document.save(out)
    filled = Document(io.BytesIO(documents.render(ids["order"], ids["the_order"], documents.add_template(ids["order"], "H", out.getvalue()))))
    assert filled.sections[0].header.paragraphs[0].text == f"Offer {ids['order_code']} for {CLIENT_NAME}"
    assert filled.sections[0].footer.paragraphs[0].text == "Made by User"


def test_an_unknown_filter_is_reported_when_added_not_when_filling(lite: Session) -> None:
    ids = make_order(lite, lines=1)
    documents = DocumentService(lite.records)
    data = docx("Date: {{ date|date('%d %B %Y') }}", "Total: {{ total|currency }}", "{{ client.name|upper }}",
                "{% if total is number %}{{ total|default('-') }}{% endif %}{% if code is sequence %}x{% endif %}",
                "In words: {{ total|spell }}, {{ total|money('PLN') }} {{ date|date }}")
    assert documents.check_template(ids["order"], data) == [
        "Unknown filter currency near “Total: {{ total|currency }}”",
        "Unknown filter spell near “In words: {{ total|spell }}, {{ total|money('PLN') }} {{ date|date }}”"]
    with pytest.raises(DocumentError, match="Unknown filter currency"):
        documents.add_template(ids["order"], "Dated", data)
    assert documents.check_template(ids["order"], docx("{{ client.name|image(40) }} {% if code is nonesuch %}{% endif %}")) == [
        "Unknown filter nonesuch near “{{ client.name|image(40) }} {% if code is nonesuch %}{% endif %}”"]
