"""The ready CRM in Polish and Russian: the same structure and figures as the English one, every name translated."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from supasoft.core.errors import SupasoftError
from supasoft.core.formulas import compile_formula
from supasoft.core.meta import Configuration
from supasoft.core.serialization import configuration_to_json
from supasoft.services.config_check import document_problems
from supasoft.services.record_model import ListQuery
from supasoft.services.session import Session, open_session
from supasoft.services.setup import initialize, lite_ids
from supasoft.services.templates.demo_texts import DEMO_TEXTS
from supasoft.services.templates.lite import CLIENT_KINDS, ORDER_STATUSES, LiteBuilder, lite_document

LANGUAGES = ("pl", "ru")
SAME_IN_POLISH = {"E-mail", "Status"}  # these words are Polish too
SAME_IN_RUSSIAN = {"E-mail"}


def _names(config: Configuration) -> set[str]:
    """Every user-visible text of a structure: objects, fields, choices, defaults, links, sets, views, card titles."""
    names: set[str] = set()
    for obj in config.objects:
        names |= {obj.name, obj.plural, obj.code_prefix}
        for f in obj.fields:
            names.add(f.name)
            names |= set(f.choices or ())
            if f.default and f.type in ("choice", "string"):
                names.add(str(f.default))
    names |= {link.name for link in config.links} | {d.name for d in config.detail_sets} | {v.name for v in config.lists}
    names |= {c.title for v in config.lists for c in v.columns if c.title}

    def titles(node) -> None:  # noqa: ANN001
        if node.title:
            names.add(node.title)
        for child in node.children:
            titles(child)

    for card in config.cards:
        titles(card.root)
    return names


def _figures(s: Session, ids: dict[str, int]) -> dict[str, list]:
    lines = s.records.list(ids["line"], ListQuery(columns=[(ids["line.order"],), (ids["line.price"],), (ids["line.quantity"],),
                                                           (ids["line.cost"],)], limit=1000))
    orders = s.records.list(ids["order"], ListQuery(columns=[(ids["order.total"],)], limit=1000))
    return {"lines": sorted((r.id, *r.cells[1:]) for r in lines), "totals": sorted((r.id, r.cells[0]) for r in orders),
            "line_orders": {r.id: r.cells[0].id for r in lines}}


@pytest.fixture(scope="module")
def english(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list]:
    s = open_session(tmp_path_factory.mktemp("english") / "en.db")
    try:
        initialize(s, "lite", demo=True)
        return _figures(s, lite_ids(s))
    finally:
        s.close()


@pytest.mark.parametrize("language", LANGUAGES)
def test_same_shape_every_name_translated(language: str) -> None:
    english, english_ids = lite_document(Configuration())
    document, ids = lite_document(Configuration(), language)
    assert ids == english_ids and document.next_id == english.next_id
    assert document_problems(document) == []
    for obj, eng in zip(document.objects, english.objects, strict=True):
        assert [(f.id, f.type, f.required, f.target) for f in obj.fields] == [(f.id, f.type, f.required, f.target) for f in eng.fields]
        for f in obj.fields:
            if f.type == "formula":
                assert compile_formula(f.formula or "", document, obj, self_field_id=f.id).result_type == "number"
    untranslated = _names(document) & (_names(english) - {"1"})
    assert untranslated <= (SAME_IN_POLISH if language == "pl" else SAME_IN_RUSSIAN), untranslated
    text = configuration_to_json(document)
    assert ("Zamówienia" if language == "pl" else "Заказы") in json.loads(text)["objects"][3]["plural"]


def test_polish_and_russian_words() -> None:
    pl, ids = lite_document(Configuration(), "pl")
    ru, _ = lite_document(Configuration(), "ru")
    assert [o.plural for o in pl.objects][:4] == ["Klienci", "Osoby kontaktowe", "Produkty", "Zamówienia"]
    assert [o.name for o in ru.objects][:4] == ["Клиент", "Контактное лицо", "Товар", "Заказ"]
    order = pl.object_by_id(ids["order"])
    assert order.field_by_id(ids["order.total"]).formula == "SUM({Pozycje.Wartość})"
    assert order.field_by_id(ids["order.status"]).choices == ("Nowe", "Potwierdzone", "Wysłane", "Opłacone", "Anulowane")
    assert ru.object_by_id(ids["line"]).field_by_id(ids["line.cost"]).formula == "{Цена} * {Количество}"
    assert ru.object_by_id(ids["client"]).field_by_id(ids["client.kind"]).default == "Юридическое лицо"


@pytest.mark.parametrize(("backend", "language"), [("sqlite", "pl"), ("sqlite", "ru"), ("firebird", "pl")], indirect=["backend"])
def test_demo_data_in_the_language_with_the_english_figures(session: Session, language: str, english: dict[str, list]) -> None:
    assert initialize(session, "lite", demo=True, language=language) is True
    ids = lite_ids(session)
    figures = _figures(session, ids)
    assert figures["lines"] == english["lines"] and figures["totals"] == english["totals"]
    totals = dict(figures["totals"])
    for order_id, total in totals.items():  # every formula computed: each total is the sum of its lines' costs
        costs = [cost for line_id, *_, cost in figures["lines"] if figures["line_orders"][line_id] == order_id]
        assert total == sum(costs, Decimal(0)) and total > 0
    clients = session.records.list(ids["client"], ListQuery(columns=[(ids["client.name"],), (ids["client.kind"],)], limit=100))
    names = {r.cells[0] for r in clients}
    assert names == {name for _kind, name, _city in DEMO_TEXTS[language].companies}
    kinds = dict(zip(CLIENT_KINDS, session.configuration.config.object_by_id(ids["client"]).field_by_id(ids["client.kind"]).choices, strict=True))
    assert {r.cells[1] for r in clients} == set(kinds.values())
    statuses = session.configuration.config.object_by_id(ids["order"]).field_by_id(ids["order.status"]).choices
    assert statuses != ORDER_STATUSES
    orders = session.records.list(ids["order"], ListQuery(columns=[(ids["order.status"],)], limit=1000))
    paid = sum(1 for r in orders if r.cells[0] == statuses[3])
    assert paid and session.records.count(ids["payment"]) == paid


def test_demo_added_later_follows_the_database_language(tmp_path: Path) -> None:
    s = open_session(tmp_path / "later.db")
    try:
        assert initialize(s, "lite", language="ru") is True
        assert initialize(s, "lite", demo=True) is False  # the second call does not name the language
        ids = lite_ids(s)
        products = s.records.list(ids["product"], ListQuery(columns=[(ids["product.name"],)], limit=100))
        assert {r.cells[0] for r in products} == {name for name, _unit, _price in DEMO_TEXTS["ru"].products}
    finally:
        s.close()


def test_step_by_step_build_gives_the_same_polish_document(tmp_path: Path) -> None:
    s = open_session(tmp_path / "steps.db")
    try:
        ids = LiteBuilder(s.configuration, "pl").build()
        document, draft_ids = lite_document(Configuration(), "pl")
        stepped = json.loads(configuration_to_json(s.configuration.config))
        drafted = json.loads(configuration_to_json(document))
        stepped.pop("version"), drafted.pop("version")
        assert ids == draft_ids and stepped == drafted
    finally:
        s.close()


def test_unknown_language_is_refused(tmp_path: Path) -> None:
    s = open_session(tmp_path / "de.db")
    try:
        with pytest.raises(SupasoftError, match="Unknown language 'de'; choose one of en, pl, ru"):
            initialize(s, "lite", language="de")
        assert not s.configuration.config.objects
    finally:
        s.close()


def test_the_english_document_is_the_one_before_languages() -> None:
    """The English build stays byte-identical to the one before translations (update the hash on purpose only)."""
    import hashlib

    text = configuration_to_json(lite_document(Configuration())[0])
    assert hashlib.sha256(text.encode()).hexdigest() == "3f2e6fce3850c6423b007020471074a7cf409be596723fa8fac101116e76b076"
