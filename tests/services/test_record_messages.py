"""The record services' refusals reach users in Polish and Russian (issue #12): each message raised for real, then shown."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from supasoft.core.errors import NotFound, PermissionDenied, SupasoftError
from supasoft.core.messages import error_text
from supasoft.core.meta import FieldDef, SortKey
from supasoft.services.access import own_filter
from supasoft.services.delete_check import delete_blockers
from supasoft.services.formula_check import recompute_formulas
from supasoft.services.formula_refresh import DataCycleError
from supasoft.services.record_model import ListQuery
from supasoft.services.session import Session, open_session
from supasoft.services.setup import lite_ids

PASSWORD = "correct horse"


def shown(exc: BaseException) -> tuple[str, str, str]:
    return error_text(exc, "en"), error_text(exc, "pl"), error_text(exc, "ru")


def test_a_missing_object_is_named_in_the_users_language(session: Session) -> None:
    with pytest.raises(NotFound) as caught:
        session.records.get(999, 1)
    assert shown(caught.value) == ("Object #999 does not exist", "Obiekt #999 nie istnieje", "Объект #999 не существует")


def test_a_missing_link_is_named_in_the_users_language(session: Session) -> None:
    client = session.configuration.add_object("Client", "Clients")
    record = session.records.save(session.records.new(client.id))
    with pytest.raises(NotFound) as caught:
        session.records.children(client.id, record.id or 0, 999)
    assert shown(caught.value) == ("Link #999 does not exist", "Powiązanie #999 nie istnieje", "Связь #999 не существует")


def test_an_owner_who_is_no_user_is_refused_in_the_users_language(session: Session) -> None:
    client = session.configuration.add_object("Client", "Clients")
    record = session.records.new(client.id)
    record.owner_id = 4242
    with pytest.raises(NotFound) as caught:
        session.records.save(record)
    assert shown(caught.value) == (
        "No user #4242 to own this record",
        "Nie ma użytkownika #4242, który mógłby być właścicielem tego rekordu",
        "Нет пользователя #4242, который мог бы владеть этой записью",
    )


def test_recomputing_an_unknown_object_is_refused_in_the_users_language(session: Session) -> None:
    with pytest.raises(NotFound) as caught:
        recompute_formulas(session, "Nowhere")
    assert shown(caught.value) == ("There is no object named 'Nowhere'", "Nie ma obiektu o nazwie 'Nowhere'",
                                   "Нет объекта с именем 'Nowhere'")


def test_a_circle_of_totals_is_explained_in_the_users_language(session: Session) -> None:
    cfg = session.configuration
    company = cfg.add_object("Company", "Companies", code_prefix="CO-", code_width=3)
    parent = cfg.add_field(company.id, FieldDef(0, "Parent company", "reference", target=company.id)).id
    cfg.add_field(company.id, FieldDef(0, "Level", "formula", formula="{Parent company.Level} + 1", scale=0))
    first = session.records.save(session.records.new(company.id))
    second = session.records.new(company.id)
    second.values[parent] = first.id
    second_id = session.records.save(second).id
    first = session.records.get(company.id, first.id or 0)
    first.values[parent] = second_id
    with pytest.raises(DataCycleError) as caught:
        session.records.save(first)
    english, polish, russian = shown(caught.value)
    assert english.startswith("The totals of Companies could not be brought up to date: CO-")
    assert polish.startswith("Nie udało się zaktualizować sum (Companies): CO-") and "zamyka krąg" in polish
    assert russian.startswith("Не удалось обновить итоги (Companies): CO-") and "замыкает круг" in russian


def test_what_blocks_a_delete_is_told_in_the_users_language(lite: Session) -> None:
    ids = lite_ids(lite)
    client = lite.records.new(ids["client"])
    client.values[ids["client.name"]] = "Blocked Ltd"
    client_id = lite.records.save(client).id
    order = lite.records.new(ids["order"])
    order.values.update({ids["order.date"]: dt.date(2025, 3, 1), ids["order.client"]: client_id})
    lite.records.save(order)
    blocker = next(b for b in delete_blockers(lite.records, ids["client"], [client_id or 0]) if b.link_name == "Orders")
    error = SupasoftError(blocker.message())
    english, polish, russian = shown(error)
    assert english.endswith("has 1 Orders; delete them first.")
    assert polish.endswith("ma powiązane rekordy (Orders: 1); najpierw je usuń.")
    assert "Orders" in russian and russian != english


def test_missing_records_trash_entries_and_files_are_named_in_the_users_language(session: Session) -> None:
    client = session.configuration.add_object("Client", "Clients")
    with pytest.raises(NotFound) as read:
        session.records.get(client.id, 77)
    with pytest.raises(NotFound) as deleted:
        session.records.delete(client.id, 77)
    with pytest.raises(NotFound) as restored:
        session.records.restore(9999)
    with pytest.raises(NotFound) as file:
        session.records.read_file(9999)
    assert shown(read.value) == ("Client #77 does not exist (it may have been deleted)",
                                 "Rekord „Client” #77 nie istnieje (mógł zostać usunięty)",
                                 "Запись «Client» #77 не существует (возможно, она удалена)")
    assert shown(deleted.value) == ("Client #77 does not exist", "Rekord „Client” #77 nie istnieje",
                                    "Запись «Client» #77 не существует")
    assert shown(restored.value)[1:] == ("Tego elementu nie ma już w koszu", "Этого элемента больше нет в корзине")
    assert shown(file.value)[1:] == ("Ten plik nie jest już przechowywany", "Этот файл больше не хранится")


def test_a_record_deleted_meanwhile_is_named_in_the_users_language(session: Session) -> None:
    client = session.configuration.add_object("Client", "Clients", code_prefix="CL-", code_width=3)
    saved = session.records.save(session.records.new(client.id))
    stale = session.records.get(client.id, saved.id or 0)
    session.records.delete(client.id, saved.id or 0)
    with pytest.raises(NotFound) as caught:
        session.records.save(stale)
    assert shown(caught.value) == ("Client CL-001 was deleted by someone else meanwhile",
                                   "Rekord „Client CL-001” został w międzyczasie usunięty przez kogoś innego",
                                   "Запись «Client CL-001» тем временем удалил другой пользователь")


def test_refusals_of_a_restricted_user_are_told_in_the_users_language(tmp_path: Path) -> None:
    """Anna may change only the deals she manages and may not see the margin."""
    setup = open_session(tmp_path / "crm.db")
    cfg = setup.configuration
    deal = cfg.add_object("Deal", "Deals")
    manager = cfg.add_field(deal.id, FieldDef(0, "Manager", "user")).id
    margin = cfg.add_field(deal.id, FieldDef(0, "Margin", "integer")).id
    users = setup.users
    users.sleep = lambda seconds: None
    admin = users.create_user("admin", PASSWORD, "Admin")
    anna = users.create_user("anna", PASSWORD, "Anna")
    users.grant(("user", anna), deal.id, "full", scope="filter", filter=own_filter((manager,)))
    users.grant_field(("user", anna), deal.id, margin, "hidden")
    setup.close()
    session = open_session(tmp_path / "crm.db", login="anna", password=PASSWORD)
    try:
        records = session.records
        record = records.new(deal.id)
        record.values[manager] = admin
        with pytest.raises(PermissionDenied) as created:
            records.save(record)
        record.values[manager] = anna
        mine = records.save(record)
        mine.values[manager] = admin
        with pytest.raises(PermissionDenied) as changed:
            records.save(mine)
        with pytest.raises(PermissionDenied) as sorted_by_hidden:
            records.list(deal.id, ListQuery(columns=[(manager,)], sort=[SortKey((margin,))]))
        with pytest.raises(PermissionDenied) as file_alone:
            records.read_file(1)
    finally:
        session.close()
    assert shown(created.value) == (
        "This change would put the deal outside the records you may create, so it was not saved.",
        "Po tej zmianie rekord „deal” byłby poza rekordami, które możesz dodawać, więc nie został zapisany.",
        "После этого изменения запись «deal» оказалась бы вне записей, которые вы можете создавать, поэтому она не сохранена.",
    )
    assert shown(changed.value)[0] == "This change would put the deal outside the records you may change, so it was not saved."
    assert "zmieniać" in shown(changed.value)[1] and "изменять" in shown(changed.value)[2]
    assert shown(sorted_by_hidden.value)[1:] == (
        "Nie możesz filtrować ani sortować według pola, którego nie wolno ci widzieć.",
        "Нельзя фильтровать или сортировать по полю, которое вам не разрешено видеть.",
    )
    assert shown(file_alone.value)[1:] == ("Otwieraj pliki z ich rekordu.", "Открывайте файлы через их запись.")
