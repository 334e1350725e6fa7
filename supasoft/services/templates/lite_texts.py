"""The Lite template's user-visible names in Polish and Russian, keyed by the English text the builder writes.

A key "context|English" names a text that translates differently by where it is used (the field "Notes"
is a remark, the object "Notes" are separate notes). English needs no table: the builder's texts are English.
"""

from __future__ import annotations

from collections.abc import Callable

from supasoft.core.errors import SupasoftError
from supasoft.core.messages import Message

LANGUAGES = ("en", "pl", "ru")

POLISH = {
    # objects and their plurals
    "Client": "Klient", "Clients": "Klienci",
    "Contact": "Osoba kontaktowa", "Contacts": "Osoby kontaktowe",
    "Product": "Produkt", "Products": "Produkty",
    "Order": "Zamówienie", "Orders": "Zamówienia",
    "Order line": "Pozycja zamówienia", "Order lines": "Pozycje zamówień",
    "Payment": "Płatność", "Payments": "Płatności",
    "Call": "Rozmowa", "Calls": "Rozmowy",
    "Note": "Notatka", "Notes": "Notatki",
    "Task": "Zadanie", "Tasks": "Zadania",
    # code prefixes
    "CL-": "KL-", "CT-": "OS-", "P-": "PR-", "ORD-": "ZAM-", "L-": "POZ-", "PAY-": "PŁ-", "C-": "ROZ-",
    "N-": "NOT-", "T-": "ZAD-",
    # fields
    "Kind": "Rodzaj", "Name": "Nazwa", "Tax ID": "NIP", "Address": "Adres", "City": "Miasto", "Phone": "Telefon",
    "Fax": "Faks", "Website": "Strona WWW", "E-mail": "E-mail", "Discount %": "Rabat %", "field|Notes": "Uwagi",
    "Full name": "Imię i nazwisko", "Position": "Stanowisko", "Unit": "Jednostka", "Price": "Cena",
    "Date": "Data", "Status": "Status", "Client phone": "Telefon klienta", "Quantity": "Ilość", "Cost": "Wartość",
    "Total": "Razem", "Amount": "Kwota", "Method": "Forma płatności", "When": "Data i godzina",
    "Direction": "Kierunek", "Subject": "Temat", "Text": "Treść", "Title": "Tytuł", "Due date": "Termin",
    "Assignee": "Odpowiedzialny",
    # links and detail sets
    "Lines": "Pozycje",
    # choices and defaults
    "Legal entity": "Firma", "Person": "Osoba prywatna",
    "New": "Nowe", "Confirmed": "Potwierdzone", "Shipped": "Wysłane", "Paid": "Opłacone", "Cancelled": "Anulowane",
    "Open": "Otwarte", "In progress": "W toku", "Done": "Zakończone",
    "Incoming": "Przychodząca", "Outgoing": "Wychodząca",
    "Bank transfer": "Przelew", "Cash": "Gotówka", "Card": "Karta",
    "pcs": "szt.",
    # views
    "All clients": "Wszyscy klienci", "All contacts": "Wszystkie osoby kontaktowe", "All products": "Wszystkie produkty",
    "All orders": "Wszystkie zamówienia", "All order lines": "Wszystkie pozycje zamówień",
    "All payments": "Wszystkie płatności", "All calls": "Wszystkie rozmowy", "All notes": "Wszystkie notatki",
    "All tasks": "Wszystkie zadania", "Orders by city": "Zamówienia wg miast",
}

RUSSIAN = {
    "Client": "Клиент", "Clients": "Клиенты",
    "Contact": "Контактное лицо", "Contacts": "Контактные лица",
    "Product": "Товар", "Products": "Товары",
    "Order": "Заказ", "Orders": "Заказы",
    "Order line": "Строка заказа", "Order lines": "Строки заказов",
    "Payment": "Платёж", "Payments": "Платежи",
    "Call": "Звонок", "Calls": "Звонки",
    "Note": "Заметка", "Notes": "Заметки",
    "Task": "Задача", "Tasks": "Задачи",
    "CL-": "КЛ-", "CT-": "КНТ-", "P-": "Т-", "ORD-": "ЗАК-", "L-": "СТР-", "PAY-": "ПЛ-", "C-": "ЗВ-",
    "N-": "ЗМ-", "T-": "ЗД-",
    "Kind": "Тип", "Name": "Наименование", "Tax ID": "ИНН", "Address": "Адрес", "City": "Город", "Phone": "Телефон",
    "Fax": "Факс", "Website": "Сайт", "E-mail": "E-mail", "Discount %": "Скидка %", "field|Notes": "Примечание",
    "Full name": "ФИО", "Position": "Должность", "Unit": "Единица измерения", "Price": "Цена",
    "Date": "Дата", "Status": "Статус", "Client phone": "Телефон клиента", "Quantity": "Количество", "Cost": "Стоимость",
    "Total": "Итого", "Amount": "Сумма", "Method": "Способ оплаты", "When": "Дата и время",
    "Direction": "Направление", "Subject": "Тема", "Text": "Текст", "Title": "Название", "Due date": "Срок",
    "Assignee": "Ответственный",
    "Lines": "Строки",
    "Legal entity": "Юридическое лицо", "Person": "Физическое лицо",
    "New": "Новый", "Confirmed": "Подтверждён", "Shipped": "Отгружен", "Paid": "Оплачен", "Cancelled": "Отменён",
    "Open": "Открыта", "In progress": "В работе", "Done": "Выполнена",
    "Incoming": "Входящий", "Outgoing": "Исходящий",
    "Bank transfer": "Банковский перевод", "Cash": "Наличные", "Card": "Карта",
    "pcs": "шт.",
    "All clients": "Все клиенты", "All contacts": "Все контактные лица", "All products": "Все товары",
    "All orders": "Все заказы", "All order lines": "Все строки заказов", "All payments": "Все платежи",
    "All calls": "Все звонки", "All notes": "Все заметки", "All tasks": "Все задачи", "Orders by city": "Заказы по городам",
}

TABLES = {"pl": POLISH, "ru": RUSSIAN}


def check_language(language: str) -> str:
    """The language code, or a clear error naming the ones the ready CRM comes in."""
    if language not in LANGUAGES:
        raise SupasoftError(Message("Unknown language {language!r}; choose one of {languages}", language=language,
                                    languages=", ".join(LANGUAGES)))
    return language


def translator(language: str) -> Callable[..., str]:
    """`t("Notes", "field")`: the text in `language`; a text missing from the table is a bug (KeyError), not English."""
    table = TABLES.get(check_language(language))

    def t(text: str, context: str = "") -> str:
        if table is None:
            return text
        return table.get(f"{context}|{text}") or table[text]

    return t
