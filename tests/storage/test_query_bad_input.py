"""Search and filter input the engines cannot take gets our own message, never a driver error: lone
surrogates and control characters, patterns longer than the engine allows (Firebird typed '%…%' after the
column, so even a value as long as the field overflowed), comparisons without a value. Every backend."""

from __future__ import annotations

import re

import pytest

from supasoft.core.errors import SchemaError
from supasoft.core.meta import Condition, FilterGroup
from supasoft.services.record_model import ListQuery
from supasoft.services.session import Session
from supasoft.storage.query import MAX_PATTERN

pytestmark = pytest.mark.all_backends


def _client(lite: Session) -> tuple[int, int, int]:
    client = lite.configuration.config.object_by_name("Client")
    name = next(f for f in client.fields if f.type == "string")
    notes = next(f for f in client.fields if f.type == "text")
    return client.id, name.id, notes.id


def where(field_id: int, op: str, value: object) -> ListQuery:
    return ListQuery(filter=FilterGroup("and", [Condition((field_id,), op, value)]))


@pytest.mark.parametrize(("text", "code"), [("\ud83d", "U+D83D"), ("Acme\x00", "U+0000"), ("\x1b", "U+001B")])
def test_bad_characters_in_search_and_filters(lite: Session, text: str, code: str) -> None:
    object_id, name_id, notes_id = _client(lite)
    with pytest.raises(SchemaError, match=re.escape("The search text contains") + ".*" + re.escape(code)):
        lite.records.count(object_id, ListQuery(search=text))
    for field_id in (name_id, notes_id):
        for op in ("contains", "not_contains", "starts", "ends", "eq"):
            with pytest.raises(SchemaError, match=re.escape(code)):
                lite.records.count(object_id, where(field_id, op, text))


def test_long_patterns_work_up_to_the_limit_and_are_refused_beyond(lite: Session) -> None:
    object_id, name_id, notes_id = _client(lite)
    length = lite.configuration.config.object_by_name("Client").field_by_id(name_id).length or 200
    stored = lite.records.insert_many(object_id, [{name_id: "n" * length}])[0]
    for n in (length - 2, length - 1, length):  # '%' + value + '%' is longer than the field: Firebird overflowed
        for op in ("contains", "starts", "ends"):
            assert lite.records.count(object_id, where(name_id, op, "n" * n)) == 1, (op, n)
        assert lite.records.count(object_id, where(name_id, "not_contains", "n" * n)) == 12
    assert lite.records.count(object_id, where(name_id, "eq", "n" * length)) == 1
    for n in (length + 1, MAX_PATTERN):  # longer than anything the field holds: nothing matches
        for op in ("contains", "starts", "ends", "eq"):
            assert lite.records.count(object_id, where(name_id, op, "n" * n)) == 0, (op, n)
        assert lite.records.count(object_id, where(name_id, "ne", "n" * n)) == 13
        assert lite.records.count(object_id, where(notes_id, "contains", "n" * n)) == 0
    assert lite.records.count(object_id, ListQuery(search="n" * MAX_PATTERN)) == 0
    assert lite.records.count(object_id, ListQuery(search="n" * length)) == 1
    too_long = "n" * (MAX_PATTERN + 1)
    with pytest.raises(SchemaError, match="The search text is too long"):
        lite.records.count(object_id, ListQuery(search=too_long))
    for field_id in (name_id, notes_id):
        with pytest.raises(SchemaError, match="the filter text is too long"):
            lite.records.count(object_id, where(field_id, "contains", too_long))
    assert stored


@pytest.mark.parametrize("text", ["9" * 100_000, "99999999999999999999", "²", "x" * 40_000])
def test_quick_search_of_hostile_words(lite: Session, text: str) -> None:
    """Digits become a Code match only when they can be one; a huge word is refused, not sent to the engine."""
    object_id, _, _ = _client(lite)
    try:
        assert lite.records.count(object_id, ListQuery(search=text)) == 0
    except SchemaError as exc:
        assert "too long" in str(exc)


@pytest.mark.parametrize("op", ["lt", "le", "gt", "ge", "between"])
@pytest.mark.parametrize("value", ["", None, "   "])
def test_comparisons_need_a_value(lite: Session, op: str, value: object) -> None:
    product = lite.configuration.config.object_by_name("Product")
    price = next(f for f in product.fields if f.type == "money")
    raw = [value, "5"] if op == "between" else value
    with pytest.raises(SchemaError, match=f"{re.escape(price.name)}: a comparison needs a value"):
        lite.records.count(product.id, where(price.id, op, raw))
