"""Lone surrogates and control characters never reach a driver: record values (card saves and bulk inserts,
whose fast path skips parsing) are refused with a message naming the character, on every backend."""

from __future__ import annotations

import re

import pytest

from supasoft.core.errors import ValidationError
from supasoft.core.fieldtypes import field_types
from supasoft.core.meta import FieldDef
from supasoft.core.text_input import storable, text_problem
from supasoft.services.session import Session

pytestmark = pytest.mark.all_backends

BAD = [("a\ud800b", "U+D800"), ("\udfff", "U+DFFF"), ("a\x00b", "U+0000"), ("x\x1b[31m", "U+001B"), ("del\x7f", "U+007F")]
GOOD = ["tab\there", "two\nlines", "crlf\r\nline", "emoji 😀 ok", "Zażółć Москва", "\u200b zero-width space is text"]


@pytest.mark.parametrize(("text", "code"), BAD)
def test_the_problem_names_the_character(text: str, code: str) -> None:
    problem = text_problem(text)
    assert problem is not None and code in problem and not storable(text)


@pytest.mark.parametrize("text", GOOD)
def test_ordinary_text_passes(text: str) -> None:
    assert text_problem(text) is None and storable(text)


@pytest.mark.parametrize("type_", ["string", "text", "email", "phone", "url", "choice", "integer", "money", "date"])
@pytest.mark.parametrize(("text", "code"), BAD)
def test_every_type_refuses_them_when_parsing(type_: str, text: str, code: str) -> None:
    """Text types name the character; the others refuse such input as not a number, date..."""
    f = FieldDef(1, "F", type_, choices=(text,) if type_ == "choice" else ())  # type: ignore[arg-type]
    textual = type_ in ("string", "text", "email", "phone", "url", "choice")
    with pytest.raises(ValueError, match=re.escape(code) if textual else "is not"):
        field_types.get(type_).parse(text, f)


def _client(lite: Session) -> tuple[int, int, int]:
    client = lite.configuration.config.object_by_name("Client")
    name = next(f for f in client.fields if f.type == "string")
    notes = next(f for f in client.fields if f.type == "text")
    return client.id, name.id, notes.id


@pytest.mark.parametrize(("text", "code"), BAD)
def test_a_card_save_is_a_validation_error(lite: Session, text: str, code: str) -> None:
    object_id, name_id, notes_id = _client(lite)
    for field_id in (name_id, notes_id):
        record = lite.records.new(object_id)
        record.values[name_id] = "Acme"
        record.values[field_id] = text
        with pytest.raises(ValidationError, match=re.escape(code)):
            lite.records.save(record)


@pytest.mark.parametrize(("text", "code"), BAD)
def test_a_bulk_insert_is_refused_whole(lite: Session, text: str, code: str) -> None:
    object_id, name_id, notes_id = _client(lite)
    before = lite.records.count(object_id)
    rows = [{name_id: f"Client {i}", notes_id: "fine"} for i in range(50)]
    rows[37] = {name_id: text, notes_id: "fine"}
    with pytest.raises(ValidationError, match=re.escape(code)):
        lite.records.insert_many(object_id, rows)
    rows[37] = {name_id: "Client 37", notes_id: text}
    with pytest.raises(ValidationError, match=re.escape(code)):
        lite.records.insert_many(object_id, rows)
    assert lite.records.count(object_id) == before


def test_ordinary_text_is_stored_byte_identical(lite: Session) -> None:
    object_id, name_id, notes_id = _client(lite)
    ids = lite.records.insert_many(object_id, [{name_id: "Zoë 😀", notes_id: text} for text in GOOD])
    assert [lite.records.get(object_id, i).values[notes_id] for i in ids] == [
        t.replace("\r\n", "\n") for t in GOOD]


@pytest.mark.parametrize(("name", "code"), [("Client\ud800", "U+D800"), ("Cli\x00ent", "U+0000"), ("\x1bClient", "U+001B")])
def test_structure_names_refuse_them_by_code(session: Session, name: str, code: str) -> None:
    from supasoft.core.errors import SchemaError

    with pytest.raises(SchemaError, match=re.escape(f"may not contain invisible or invalid characters ({code})")):
        session.configuration.add_catalog(name)
    assert session.configuration.config.objects == []
