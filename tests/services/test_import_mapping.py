"""Columns are matched to fields by header without case, accents or extra blanks; overrides, keys and references by a
key field; a mapping goes to a JSON-able dict and back."""

from __future__ import annotations

import json

import pytest

from supasoft.core.errors import NotFound, SupasoftError
from supasoft.core.meta import Configuration, FieldDef, ObjectDef
from supasoft.services.import_mapping import CODE, ImportMapping, find_object, fold, guess_mapping


@pytest.fixture
def config() -> Configuration:
    client = ObjectDef(1, "Klient", "Klienci", [FieldDef(2, "Nazwa klienta", "string"), FieldDef(3, "Miasto", "string"),
                                                FieldDef(4, "Old ID", "integer", unique=True),
                                                FieldDef(5, "Razem", "formula", formula="1", result_type="number")])
    order = ObjectDef(10, "Zamówienie", "Zamówienia", [FieldDef(11, "Klient", "reference", target=1),
                                                        FieldDef(12, "Data", "date")])
    return Configuration(objects=[client, order])


def test_fold_ignores_case_accents_and_blanks() -> None:
    assert fold("  Nazwa   KLIENTA ") == fold("nazwa klienta")
    assert fold("Łódź") == fold("lodz") and fold("Zamówienie") == "zamowienie"
    assert fold("Ёлка") == fold("елка")


def test_headers_are_matched_to_fields_and_the_code(config: Configuration) -> None:
    mapping = guess_mapping(config, config.objects[0], ["NAZWA KLIENTA", "miasto ", "Kod", "Razem", "Unknown"])
    assert [c.field for c in mapping.columns] == [2, 3, CODE, None, None]  # a formula is never guessed


def test_overrides_keys_and_a_reference_matched_by_a_key_field(config: Configuration) -> None:
    order = find_object(config, "zamowienia")
    mapping = guess_mapping(config, order, ["CustomerID", "Data", "Notes"], mode="upsert", keys=["klient", "data"],
                            overrides=["customerid=Klient@old id", "Data="])
    assert [(c.field, c.match) for c in mapping.columns] == [(11, 4), (None, None), (None, None)]
    assert mapping.keys == [11, 12]
    again = ImportMapping.from_dict(json.loads(json.dumps(mapping.to_dict())))
    assert again == mapping


@pytest.mark.parametrize(("kwargs", "error", "message"), [
    ({"overrides": ["Nope=Data"]}, NotFound, "The file has no column 'Nope'"),
    ({"overrides": ["Data=Weight"]}, NotFound, "Zamówienie has no field 'Weight'"),
    ({"overrides": ["Data"]}, SupasoftError, "Write a column mapping as Header=Field"),
    ({"overrides": ["Data=Data@Old ID"]}, SupasoftError, "Data is not a reference"),
    ({"mode": "update"}, SupasoftError, "Updating needs one or more key fields"),
    ({"mode": "replace"}, SupasoftError, "The import mode must be one of: create, update, upsert"),
])
def test_bad_mappings_are_refused_in_words(config: Configuration, kwargs: dict, error: type, message: str) -> None:
    with pytest.raises(error, match=message):
        guess_mapping(config, config.objects[1], ["Data"], **kwargs)


def test_a_saved_mapping_that_is_not_one_is_refused() -> None:
    with pytest.raises(SupasoftError, match="This is not a saved import mapping"):
        ImportMapping.from_dict({"columns": "x"})
