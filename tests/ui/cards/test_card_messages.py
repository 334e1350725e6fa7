"""A card in Polish or Russian shows the service's refusals in that language: problems, delete refusals, rights."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from PySide6.QtCore import Qt

from supasoft.cards.card_window import CardWindow
from supasoft.core.rights import ObjectGrant, UserRights, unrestricted
from supasoft.services.session import open_session
from supasoft.services.setup import initialize, lite_ids

TEXTS = {
    "pl": {
        "required": "to pole jest wymagane",
        "email": "nie jest poprawnym adresem e-mail",
        "summary": "Nazwa: to pole jest wymagane",
        "taken": "wartość 'Szkolenie' jest już użyta w innym rekordzie",
        "number": "'dużo' nie jest liczbą",
        "refused": "Klient KL-00001: ma powiązane rekordy (Zamówienia: 1); najpierw je usuń.",
        "denied": "Nie masz uprawnień do usuwania rekordów: Klienci.",
    },
    "ru": {
        "required": "обязательное поле",
        "email": "не является корректным адресом электронной почты",
        "summary": "Наименование: обязательное поле",
        "taken": "значение 'Szkolenie' уже используется в другой записи",
        "number": "'dużo' не является числом",
        "refused": "Клиент КЛ-00001: есть связанные записи (Заказы: 1); сначала удалите их.",
        "denied": "У вас нет прав на удаление записей: Клиенты.",
    },
}


@pytest.fixture(scope="module")
def lite_files(tmp_path_factory):
    """A ready CRM per language with one product and one client that has an order."""
    files = {}
    for language in TEXTS:
        path = tmp_path_factory.mktemp(language) / "crm.db"
        session = open_session(path)
        initialize(session, "lite", language=language)
        ids = lite_ids(session)
        records = session.records
        product = records.new(ids["product"])
        product.values.update({ids["product.name"]: "Szkolenie", ids["product.price"]: "800.00"})
        records.save(product)
        client = records.new(ids["client"])
        client.values[ids["client.name"]] = "Piekarnia Zażółć"
        client = records.save(client)
        order = records.new(ids["order"])
        order.values.update({ids["order.client"]: client.id, ids["order.date"]: dt.date(2026, 11, 5)})
        records.save(order)
        session.close()
        files[language] = path
    return files


@pytest.fixture(params=sorted(TEXTS))
def lite(request, tmp_path, lite_files, translations):
    language = request.param
    translations(language)  # the interface language, as the app loads it from client.ini
    shutil.copy(lite_files[language], tmp_path / "crm.db")
    session = open_session(tmp_path / "crm.db")
    yield session, lite_ids(session), TEXTS[language]
    session.close()


def card(qtbot, session, object_id, record_id=None) -> CardWindow:
    window = CardWindow(session.records, object_id, record_id, preview_delay_ms=10)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(window, before_close_func=lambda w: w.form.set_record(w.form.stored()))
    window.show()
    qtbot.waitExposed(window)
    return window


def test_validation_problems_in_the_language(qtbot, lite):
    session, ids, texts = lite
    window = card(qtbot, session, ids["client"])
    window.form.set_value(ids["client.city"], "Gdańsk")
    window.form.editor(ids["client.email"]).edit.setText("biuro(at)piekarnia")
    assert not window.save()
    assert window.form.problem_text(ids["client.name"]) == texts["required"]
    assert window.form.problem_text(ids["client.email"]) == texts["email"]
    assert texts["summary"] in window.form.summary.text()
    assert window.form.values()[ids["client.city"]] == "Gdańsk"


def test_a_unique_name_already_used(qtbot, lite):
    session, ids, texts = lite
    window = card(qtbot, session, ids["product"])
    window.form.set_value(ids["product.name"], "Szkolenie")
    window.form.set_value(ids["product.price"], "10")
    assert not window.save()
    assert window.form.problem_text(ids["product.name"]) == texts["taken"]
    window.form.editor(ids["product.price"]).edit.setText("dużo")
    assert not window.save()
    assert window.form.problem_text(ids["product.price"]) == texts["number"]


def test_delete_refused_by_a_link_and_by_rights(qtbot, lite):
    session, ids, texts = lite
    [(client_id, _text)] = session.records.lookup(ids["client"], "Piekarnia")
    window = card(qtbot, session, ids["client"], client_id)
    assert not window.delete_record(confirm=False)
    assert window.status.text() == texts["refused"]
    session.access.use(UserRights(7, False, object_grants=[ObjectGrant(("user", 7), ids["client"], "change")]))
    other = card(qtbot, session, ids["client"], client_id)
    assert not other.delete_button.isEnabled()
    assert not other.delete_record(confirm=False)  # the button is off; the service is still the lock
    assert other.status.text() == texts["denied"]
    session.access.use(unrestricted())  # the cards are closed with full rights again
