"""Every message the import raises has a Polish and a Russian text that keeps its placeholders."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

from supasoft.core.message_catalog import CATALOGS
from supasoft.core.messages import Message, translate

ROOT = Path(__file__).resolve().parents[2] / "supasoft"
FILES = ["services/importing.py", "services/import_read.py", "services/import_mapping.py", "services/import_preview.py",
         "services/import_apply.py", "services/import_errors.py", "services/import_undo.py", "services/exchange_records.py", "services/import_details.py",
         "storage/import_source.py"]


def templates() -> set[str]:
    found = set()
    for name in FILES:
        for node in ast.walk(ast.parse((ROOT / name).read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Message" and node.args \
                    and isinstance(node.args[0], ast.Constant):
                found.add(node.args[0].value)
    return found


def placeholders(template: str) -> set[str]:
    return {f"{n}!{c or ''}:{s or ''}" for _t, n, s, c in string.Formatter().parse(template) if n is not None}


@pytest.mark.parametrize("language", ["pl", "ru"])
def test_every_import_message_is_translated_with_its_placeholders(language: str) -> None:
    found = templates()
    assert len(found) > 25
    catalog = CATALOGS[language]
    missing = sorted(t for t in found if t not in catalog)
    assert missing == []
    for template in found:
        assert placeholders(catalog[template]) == placeholders(template), template


def test_a_cell_problem_reads_in_polish() -> None:
    message = Message("{value!r} {problem}", value="Lost", problem=Message("is not one of: {choices}", choices="New, Paid"))
    assert translate(message, "pl") == "'Lost' nie jest jedną z wartości: New, Paid"


def test_a_refused_import_names_its_problems_in_russian(tmp_path) -> None:
    from supasoft.core.messages import error_text
    from supasoft.services.import_apply import ImportRefused
    from supasoft.services.import_preview import CellProblem

    problems = [CellProblem(3, "Status", "Status", Message("{value!r} {problem}", value="Lost",
                                                           problem=Message("is not one of: {choices}", choices="New"))),
                CellProblem(4, "", "", Message("no record has this key"))]
    refused = ImportRefused(problems)
    assert str(refused) == "Nothing was imported: 2 problem(s): row 3: Status: 'Lost' is not one of: New; row 4: no record has this key"
    assert error_text(refused, "ru") == ("Ничего не импортировано: проблем: 2: строка 3: Status: 'Lost' не является одним из "
                                         "значений: New; строка 4: нет записи с таким ключом")
