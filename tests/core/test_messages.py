"""Service messages keep their English text and translate from their template and values, never by parsing English."""

from __future__ import annotations

import copy
import pickle

import pytest

from supasoft.core.errors import (
    ConflictError,
    ConflictField,
    FieldProblem,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from supasoft.core.message_catalog import CATALOGS
from supasoft.core.messages import Message, error_text, language_of, translate


def test_a_message_is_its_english_text() -> None:
    message = Message("{name} #{id} does not exist", name="Klient", id=7)
    assert message == "Klient #7 does not exist" and isinstance(message, str)
    assert str(NotFound(message)) == "Klient #7 does not exist"
    assert pickle.loads(pickle.dumps(message)).template == message.template
    assert copy.deepcopy(message).values == {"name": "Klient", "id": 7}


@pytest.mark.parametrize(("language", "expected"), [
    ("pl", "Rekord „Klient” #7 nie istnieje"), ("ru_RU", "Запись «Klient» #7 не существует"), ("en_GB", "Klient #7 does not exist"),
    ("de_DE", "Klient #7 does not exist"),
])
def test_translated_from_the_template(language: str, expected: str) -> None:
    assert error_text(NotFound(Message("{name} #{id} does not exist", name="Klient", id=7)), language) == expected


def test_values_that_are_messages_are_translated_and_user_values_are_not() -> None:
    problem = Message("{value!r} {problem}", value="abc", problem=Message("is not a number"))
    assert translate(problem, "pl") == "'abc' nie jest liczbą"
    assert translate(Message("{value!r} {problem}", value="is required", problem="x"), "pl") == "'is required' x"
    refused = ValidationError([FieldProblem(1, "Cena", problem), FieldProblem(2, "Nazwa", "is required")])
    assert error_text(refused, "pl") == "Cena: 'abc' nie jest liczbą; Nazwa: to pole jest wymagane"
    assert error_text(refused, "ru") == "Cena: 'abc' не является числом; Nazwa: обязательное поле"


def test_fixed_texts_conflicts_and_unknown_messages() -> None:
    assert error_text(PermissionDenied("Log in first."), "ru") == "Сначала войдите в систему."
    conflict = ConflictError(3, 2, [ConflictField(5, "Cena", 1, 2, 3)])
    assert error_text(conflict, "pl") == "Rekord 3 został w międzyczasie zmieniony przez kogoś innego (zmienione: Cena)."
    assert error_text(ConflictError(3, 2, []), "ru").endswith("(изменено: нет значений полей).")
    assert error_text(PermissionDenied("Something nobody translated."), "pl") == "Something nobody translated."
    assert language_of("") == "en" and language_of("pl-PL") == "pl"


@pytest.mark.parametrize("language", ["pl", "ru"])
def test_every_catalog_template_keeps_the_english_placeholders(language: str) -> None:
    import string

    def fields(text: str) -> set[str]:
        """Each placeholder with its conversion and format, so "{value!r}" cannot become "{value}"."""
        return {f"{name}!{conv or ''}:{spec or ''}" for _lit, name, spec, conv in string.Formatter().parse(text)
                if name is not None}

    for english, translated in CATALOGS[language].items():
        assert fields(translated) == fields(english), english
        words = "".join(literal for literal, *_ in string.Formatter().parse(english))
        assert translated != english or not any(c.isalpha() for c in words), english  # "{value!r} {problem}" stays
    assert set(CATALOGS["pl"]) == set(CATALOGS["ru"])


def test_a_fixed_text_inside_another_message_is_translated() -> None:
    from supasoft.core.fieldtypes import field_types
    from supasoft.core.messages import message_of
    from supasoft.core.meta import FieldDef

    with pytest.raises(ValueError) as caught:
        field_types.get("decimal").parse("dużo", FieldDef(1, "Cena", "decimal"))
    problem = Message("{value!r} {problem}", value="dużo", problem=message_of(caught.value))
    assert problem == "'dużo' is not a number"
    assert translate(problem, "ru") == "'dużo' не является числом"
