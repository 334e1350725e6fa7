"""Hostile templates never run: reaching Python internals is refused when the template is added and when it is
filled, and loops, repeats and powers are bounded. The sandbox does not depend on the database (SQLite only)."""

from __future__ import annotations

import pytest

from supasoft.services.document_errors import DocumentError
from supasoft.services.document_sandbox import DocumentEnvironment
from supasoft.services.documents import DocumentService
from supasoft.services.session import Session
from supasoft.storage import document_store
from tests.services.document_files import docx, texts
from tests.services.document_orders import make_order

REACHING = [
    "{{ ''.__class__ }}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ cycler.__init__.__globals__ }}",
    "{{ client['__class__'] }}",
    "{{ client|attr('__class__') }}",
    "{{ code.value.__class__ }}",
]
TOO_MUCH = [
    "{{ 'x' * 1000000 }}",
    "{{ 2 ** 100000000 }}",
    "{% for i in range(1000000000) %}x{% endfor %}",
    "{% for i in range(100000) %}{% for j in range(100000) %}x{% endfor %}{% endfor %}",
]


@pytest.mark.parametrize("tag", REACHING)
def test_reaching_python_internals_is_refused_when_added(lite: Session, tag: str) -> None:
    ids = make_order(lite, lines=1)
    with pytest.raises(DocumentError, match="tries to reach something outside the record's data"):
        DocumentService(lite.records).add_template(ids["order"], "Bad", docx(f"Hello {tag}"))


@pytest.mark.parametrize("tag", REACHING)
def test_a_hostile_template_stored_anyway_is_refused_when_filled(lite: Session, tag: str) -> None:
    """A template put in the table behind the service's back (an older version, a copied database) still never runs."""
    ids = make_order(lite, lines=1)
    with lite.storage.begin() as conn:
        template = document_store.insert_template(conn, ids["order"], "Bad", "bad.docx", docx(f"Hello {tag}"),
                                                  is_default=True, language=None, user_id=None)
    with pytest.raises(DocumentError, match="tries to reach something outside the record's data"):
        DocumentService(lite.records).render(ids["order"], ids["the_order"], template)


@pytest.mark.parametrize("tag", TOO_MUCH)
def test_huge_loops_repeats_and_powers_are_bounded(lite: Session, tag: str) -> None:
    ids = make_order(lite, lines=1)
    documents = DocumentService(lite.records)
    template = documents.add_template(ids["order"], "Heavy", docx(f"Heavy {tag}"))
    with pytest.raises(DocumentError, match="asks for too much work"):
        documents.render(ids["order"], ids["the_order"], template)


def test_the_sandbox_itself_raises_on_an_unsafe_attribute() -> None:
    """Beneath the check before rendering: an unsafe attribute is an error, not an empty text."""
    from jinja2.exceptions import SecurityError

    env = DocumentEnvironment()
    with pytest.raises(SecurityError):
        env.from_string("{{ x.__class__ }}").render(x="")
    assert env.from_string("{{ missing.name }}|{{ r.items }}|{{ r.name }}").render(r={"name": "a<b"}) == "||a&lt;b"
    assert set(env.globals) == {"range"}


def test_record_values_are_plain_text_and_escaped(lite: Session) -> None:
    """A field whose value looks like a tag or XML prints as typed, and dict methods are not reachable by name."""
    ids = make_order(lite, lines=1)
    client = lite.records.get(ids["client"], ids["the_client"])
    client.values[ids["client.name"]] = "{{ ''.__class__ }} </w:t><w:t>"
    lite.records.save(client)
    documents = DocumentService(lite.records)
    template = documents.add_template(ids["order"], "Plain", docx("[{{ client.name }}]"))
    assert texts(documents.render(ids["order"], ids["the_order"], template))[0] == "[{{ ''.__class__ }} </w:t><w:t>]"
    assert documents.check_template(ids["order"], docx("[{{ client.keys }}]")) == [
        "Unknown name client.keys near “[{{ client.keys }}]”"]
