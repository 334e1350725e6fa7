"""The structure messages have Polish and Russian texts that keep every placeholder, and every template raised has one."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

from supasoft.core import message_catalog_structure as structure
from supasoft.core.errors import ConversionError, ConversionReport, InUseError, SchemaError, Use
from supasoft.core.message_catalog import CATALOGS
from supasoft.core.messages import Message, error_text, listing

ROOT = Path(__file__).resolve().parents[2] / "supasoft"
RAISING = [
    "core/errors.py",
    "services/configuration.py",
    "services/configuration_base.py",
    "services/configuration_fields.py",
    "services/configuration_objects.py",
    "services/configuration_views.py",
    "services/type_change.py",
    "services/structure_rules.py",
    "services/config_check_views.py",
    "services/templates/lite.py",
    "services/templates/lite_texts.py",
]


def placeholders(template: str) -> set[str]:
    """Each {name!conversion:format} as written (a translation must keep the conversion and format too)."""
    found = set()
    for _text, name, spec, conversion in string.Formatter().parse(template):
        if name is not None:
            found.add(f"{name}!{conversion or ''}:{spec or ''}")
    return found


def templates_raised() -> set[str]:
    """The first argument of every Message(...) with a literal template in the structure modules."""
    found: set[str] = set()
    for relative in RAISING:
        tree = ast.parse((ROOT / relative).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Message" and node.args:
                first = node.args[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str) and first.value:
                    found.add(first.value)
    return found


@pytest.mark.parametrize("language", ["pl", "ru"])
def test_translations_keep_every_placeholder(language: str) -> None:
    catalog = structure.POLISH if language == "pl" else structure.RUSSIAN
    wrong = {english: text for english, text in catalog.items() if placeholders(english) != placeholders(text)}
    assert wrong == {}


def test_both_languages_have_the_same_entries() -> None:
    assert set(structure.POLISH) == set(structure.RUSSIAN)
    assert all(text.strip() for text in [*structure.POLISH.values(), *structure.RUSSIAN.values()])


def test_the_placeholder_check_sees_a_lost_placeholder() -> None:
    assert placeholders("{name!r} is listed {count} times") != placeholders("{name} występuje {count} razy")


def test_every_structure_message_raised_is_translated() -> None:
    raised = templates_raised()
    assert len(raised) > 40  # the scan finds the messages (a broken scan would pass on an empty set)
    for language, catalog in CATALOGS.items():
        missing = sorted(t for t in raised if t not in catalog)
        assert missing == [], f"{language}: {missing}"


@pytest.mark.parametrize("language", ["pl", "ru"])
def test_the_merged_catalog_holds_the_structure_entries(language: str) -> None:
    ours = structure.POLISH if language == "pl" else structure.RUSSIAN
    assert {key: CATALOGS[language][key] for key in ours} == ours


def test_a_refused_delete_reads_whole_in_each_language() -> None:
    error = InUseError(Message("Field {name!r}", name="Price"), [Use("formula", "Line.Gross"), Use("table", "All lines")])
    assert str(error) == ("Field 'Price' is used elsewhere (formula: Line.Gross; table: All lines). "
                          "Remove those uses first or delete with cascade.")
    assert error_text(error, "pl_PL") == ("Pole 'Price' jest nadal w użyciu (formuła: Line.Gross; tabela: All lines). "
                                          "Najpierw usuń te użycia albo usuń kaskadowo.")
    assert error_text(error, "ru_RU") == ("Поле 'Price' ещё используется (формула: Line.Gross; таблица: All lines). "
                                          "Сначала уберите эти использования или удалите каскадно.")


def test_a_refused_conversion_names_the_values_in_each_language() -> None:
    report = ConversionReport(total=14, converted=2, failures=[(i, f"v{i}") for i in range(12)])
    error = ConversionError(report, "Size")
    assert str(error).endswith("'v9' and 2 more")
    assert error_text(error, "pl").startswith("Nie da się przekonwertować wartości pola 'Size' (liczba: 12): 'v0', ")
    assert error_text(error, "pl").endswith("'v9' i 2 innych")
    assert error_text(error, "ru").endswith("'v9' и ещё 2")


def test_a_listing_translates_each_part() -> None:
    text = listing([Message("cannot be unique"), Message("{name} is missing", name="Price"), "plain text"])
    assert str(text) == "cannot be unique; Price is missing; plain text"
    assert error_text(SchemaError(Message("Field {name!r}: {problems}", name="X", problems=text)), "pl") == \
        "Pole 'X': nie może być unikalne; brakuje pola Price; plain text"
