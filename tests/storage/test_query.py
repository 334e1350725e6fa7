"""Quick search matches words literally on every backend: wildcard characters of LIKE/GLOB are plain text."""

from __future__ import annotations

import pytest

from supasoft.core.meta import FieldDef
from supasoft.services.record_model import ListQuery
from supasoft.services.session import Session

pytestmark = pytest.mark.all_backends

TEXTS = ["rabat 50% netto", "a_b plik", "C:\\dane\\x", "[x] zadanie", "gwiazdka * tu", "50 procent", "aXb plik", "Ёжик"]


@pytest.mark.parametrize(("word", "expected"), [
    ("50%", ["rabat 50% netto"]), ("a_b", ["a_b plik"]), ("\\dane\\", ["C:\\dane\\x"]), ("[x]", ["[x] zadanie"]),
    ("*", ["gwiazdka * tu"]), ("%", ["rabat 50% netto"]), ("_", ["a_b plik"]), ("ЁЖИК", ["Ёжик"]),
    ("plik a_b", ["a_b plik"]), ("PLIK", ["a_b plik", "aXb plik"]),
])
def test_search_words_are_literal(session: Session, word: str, expected: list[str]) -> None:
    cfg = session.configuration
    obj = cfg.add_object("Task", "Tasks")
    title = cfg.add_field(obj.id, FieldDef(0, "Title", "string", length=40)).id
    note = cfg.add_field(obj.id, FieldDef(0, "Note", "text")).id
    for n, text in enumerate(TEXTS):  # half the texts in the string column, half in the text (BLOB) column
        session.records.insert_many(obj.id, [{title: text} if n % 2 == 0 else {title: f"t{n}", note: text}])
    query = ListQuery(columns=[(title,), (note,)], search=word)
    found = [r.cells[0] if r.cells[1] is None else r.cells[1] for r in session.records.list(obj.id, query)]
    assert sorted(found) == sorted(expected)
    assert session.records.count(obj.id, query) == len(expected)
