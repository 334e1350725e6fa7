"""The demo records' texts per language: the same shapes and numbers, local companies, people, cities and products.

Every list has the same length and order in each language, so the seeded random choices pick the same
positions and the demo totals are equal in every language.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

LEGAL, PERSON = "Legal entity", "Person"


@dataclass(frozen=True)
class DemoTexts:
    companies: list[tuple[str, str, str]]  # (kind, as in lite.CLIENT_KINDS; name; city)
    products: list[tuple[str, str, str]]  # (name, unit, price)
    people: list[str]
    positions: list[str]
    call_subject: str
    note_text: str
    task_title: str  # "{name}": the client's name
    phone: Callable[[int, int, int], str]  # three random numbers (500-899, 100-999, 100-999) -> a local number
    office_mailbox: str = "office"  # office0@example.com
    contact_mailbox: str = "contact"


ENGLISH = DemoTexts(
    companies=[
        (LEGAL, "Nordwind Logistics GmbH", "Hamburg"), (LEGAL, "Zakład Stolarski Kowalski", "Kraków"),
        (LEGAL, "ООО «Северный ветер»", "Санкт-Петербург"), (LEGAL, "Bluebell Dental Clinic", "Leeds"),
        (LEGAL, "Piekarnia Zażółć", "Gdańsk"), (PERSON, "Anna Nowak", "Warszawa"),
        (LEGAL, "Solaris Energy Ltd", "Bristol"), (PERSON, "Иван Петров", "Москва"),
        (LEGAL, "Atelier Lumière SARL", "Lyon"), (LEGAL, "Green Valley Farm", "Cork"),
        (PERSON, "John Carter", "Manchester"), (LEGAL, "Biuro Rachunkowe Saldo", "Poznań"),
    ],
    products=[("Consulting hour", "h", "120.00"), ("Installation", "pcs", "450.00"), ("Annual support", "pcs", "1200.00"),
              ("Training day", "day", "800.00"), ("Spare part kit", "pcs", "35.50"), ("Delivery", "pcs", "25.00")],
    people=["Maria Schmidt", "Piotr Wiśniewski", "Ольга Смирнова", "Tom Hughes", "Claire Dubois", "Jan Kowalczyk"],
    positions=["Director", "Accountant", "Manager"],
    call_subject="Offer follow-up",
    note_text="Prefers e-mail contact.",
    task_title="Call back {name}",
    phone=lambda a, b, c: f"+48 {a} {b} {c}",
)

POLISH = DemoTexts(
    companies=[
        (LEGAL, "Transport Nowicki Sp. z o.o.", "Szczecin"), (LEGAL, "Zakład Stolarski Kowalski", "Kraków"),
        (LEGAL, "Przychodnia Stomatologiczna Uśmiech", "Wrocław"), (LEGAL, "Hurtownia Elektryczna Iskra", "Łódź"),
        (LEGAL, "Piekarnia Zażółć", "Gdańsk"), (PERSON, "Anna Nowak", "Warszawa"),
        (LEGAL, "Solaris Energia S.A.", "Katowice"), (PERSON, "Grzegorz Wójcik", "Lublin"),
        (LEGAL, "Pracownia Krawiecka Igła", "Toruń"), (LEGAL, "Gospodarstwo Zielona Dolina", "Rzeszów"),
        (PERSON, "Katarzyna Lewandowska", "Białystok"), (LEGAL, "Biuro Rachunkowe Saldo", "Poznań"),
    ],
    products=[("Godzina konsultacji", "godz.", "120.00"), ("Instalacja", "szt.", "450.00"),
              ("Roczna opieka serwisowa", "szt.", "1200.00"), ("Dzień szkolenia", "dzień", "800.00"),
              ("Zestaw części zamiennych", "kpl.", "35.50"), ("Dostawa", "szt.", "25.00")],
    people=["Małgorzata Kamińska", "Piotr Wiśniewski", "Agnieszka Zielińska", "Tomasz Szymański", "Ewa Dąbrowska",
            "Jan Kowalczyk"],
    positions=["Prezes", "Księgowa", "Kierownik"],
    call_subject="Omówienie oferty",
    note_text="Woli kontakt mailowy.",
    task_title="Oddzwonić: {name}",
    phone=lambda a, b, c: f"+48 {a} {b} {c}",
    office_mailbox="biuro",
    contact_mailbox="kontakt",
)

RUSSIAN = DemoTexts(
    companies=[
        (LEGAL, "ООО «Северный ветер»", "Санкт-Петербург"), (LEGAL, "Столярная мастерская Кузнецова", "Казань"),
        (LEGAL, "Стоматология «Улыбка»", "Новосибирск"), (LEGAL, "АО «Энергосервис»", "Екатеринбург"),
        (LEGAL, "Пекарня «Калач»", "Нижний Новгород"), (PERSON, "Иван Петров", "Москва"),
        (LEGAL, "ООО «Солнечная энергия»", "Краснодар"), (PERSON, "Мария Соколова", "Самара"),
        (LEGAL, "Ателье «Люмьер»", "Ростов-на-Дону"), (LEGAL, "КФХ «Зелёная долина»", "Воронеж"),
        (PERSON, "Алексей Волков", "Тула"), (LEGAL, "ООО «Бухгалтерия Сальдо»", "Пермь"),
    ],
    products=[("Консультация (час)", "ч", "120.00"), ("Монтаж оборудования", "шт.", "450.00"),
              ("Годовое обслуживание", "шт.", "1200.00"), ("Обучение (день)", "дн.", "800.00"),
              ("Комплект запчастей", "компл.", "35.50"), ("Доставка", "шт.", "25.00")],
    people=["Ольга Смирнова", "Дмитрий Кузнецов", "Елена Попова", "Сергей Васильев", "Анна Новикова", "Николай Фёдоров"],
    positions=["Директор", "Бухгалтер", "Менеджер"],
    call_subject="Обсуждение коммерческого предложения",
    note_text="Предпочитает связь по электронной почте.",
    task_title="Перезвонить: {name}",
    phone=lambda a, b, c: f"+7 (9{a % 100:02d}) {b}-{c // 10:02d}-{c % 10}{b % 10}",
)

DEMO_TEXTS = {"en": ENGLISH, "pl": POLISH, "ru": RUSSIAN}
