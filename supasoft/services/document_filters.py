"""The `date`, `money`, `number` and `words` filters of document templates: a value written the way the document's
language writes it ("14 marca 2025", "1 234,50 zł", "14 марта 2025 г.", "tysiąc dwieście … złote, pięćdziesiąt
groszy"), whatever format the field has."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from jinja2 import Undefined

from supasoft.core.fieldtypes import locales
from supasoft.core.messages import Message
from supasoft.services.document_errors import DocumentError

MONTHS = {  # nominative ("marzec 2025"), genitive ("14 marca 2025")
    "en": ("January February March April May June July August September October November December".split(),) * 2,
    "pl": ("styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad grudzień".split(),
           "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split()),
    "ru": ("январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь".split(),
           "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split()),
    "uk": ("січень лютий березень квітень травень червень липень серпень вересень жовтень листопад грудень".split(),
           "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня".split()),
    "de": ("Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),) * 2,
    "fr": ("janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),) * 2,
}
WEEKDAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
    "pl": "poniedziałek wtorek środa czwartek piątek sobota niedziela".split(),
    "ru": "понедельник вторник среда четверг пятница суббота воскресенье".split(),
    "uk": "понеділок вівторок середа четвер пʼятниця субота неділя".split(),
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split(),
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
}
NAMED_DATES = {  # date("long"), date("month") per language
    "long": {"en": "%B %-d, %Y", "pl": "%-d %B %Y", "ru": "%-d %B %Y г.", "uk": "%-d %B %Y р.", "de": "%-d. %B %Y",
             "fr": "%-d %B %Y"},
    "month": {"en": "%B %Y", "pl": "%B %Y", "ru": "%B %Y", "uk": "%B %Y", "de": "%B %Y", "fr": "%B %Y"},
}
SYMBOLS = {"PLN": "zł", "EUR": "€", "USD": "$", "GBP": "£", "RUB": "₽", "UAH": "₴", "CHF": "CHF", "CZK": "Kč"}
SYMBOL_FIRST = {"en": {"$", "£", "€"}}  # "$1,234.50" in English; everywhere else the symbol follows: "1 234,50 zł"
_NBSP = "\u00a0"


def language_of(locale: str) -> str:
    language = (locale or "en").replace("-", "_").partition("_")[0].lower()
    return language if language in MONTHS else "en"


def plain(value: Any) -> Any:
    """The value behind a printed field (`TemplateValue.value`); None for an empty or hidden one."""
    value = getattr(value, "value", value)
    return None if value is None or value == "" or isinstance(value, Undefined) else value


def written_date(value: dt.date, pattern: str, language: str) -> str:
    """strftime with month and weekday names of the language (genitive months beside a day: "14 marca")."""
    day_shown = "%d" in pattern or "%-d" in pattern
    months = MONTHS[language][1 if day_shown else 0]
    pattern = (pattern.replace("%B", months[value.month - 1].replace("%", "%%"))
               .replace("%b", months[value.month - 1][:3].replace("%", "%%"))
               .replace("%A", WEEKDAYS[language][value.weekday()])
               .replace("%-d", str(value.day)).replace("%-m", str(value.month)))
    return value.strftime(pattern)


class DateFilter:
    """`{{ date|date }}` the short date, `date("long")` "14 marca 2025", `date("month")`, or a pattern "%d.%m.%Y"."""

    def __init__(self, locale: str):
        self.language = language_of(locale)
        self.style = locales.style_of(locale)

    def __call__(self, value: Any, pattern: str = "short") -> str:
        value = plain(value)
        if value is None:
            return ""
        if isinstance(value, str):
            try:
                value = dt.datetime.fromisoformat(value) if "T" in value or " " in value else dt.date.fromisoformat(value)
            except ValueError:
                raise DocumentError(Message("The date filter needs a date, not “{value}”", value=value)) from None
        if not isinstance(value, dt.date):
            raise DocumentError(Message("The date filter needs a date, not “{value}”", value=str(value)))
        if pattern == "short":
            return locales.format_date(value, self.style)
        named = NAMED_DATES.get(pattern, {}).get(self.language)
        return written_date(value, named or str(pattern), self.language)


class NumberFilter:
    """`{{ quantity|number(2) }}`: the number grouped with the language's separators, with that many decimals."""

    def __init__(self, locale: str):
        self.style = locales.style_of(locale)

    def __call__(self, value: Any, decimals: Any = None) -> str:
        number = _decimal(plain(value))
        if number is None:
            return ""
        places = _places(decimals)
        if places is not None:
            number = number.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
        return locales.format_number(number, places, True, self.style)


class MoneyFilter:
    """`{{ total|money }}` "1 234,50", `money("PLN")` "1 234,50 zł", `money("EUR", 0)`; any other currency text follows."""

    def __init__(self, locale: str):
        self.language = language_of(locale)
        self.number = NumberFilter(locale)

    def __call__(self, value: Any, currency: Any = "", decimals: Any = 2) -> str:
        text = self.number(value, decimals)
        if not text or not currency:
            return text
        symbol = SYMBOLS.get(str(currency).upper(), str(currency))
        if symbol in SYMBOL_FIRST.get(self.language, set()):
            return f"-{symbol}{text[1:]}" if text.startswith("-") else f"{symbol}{text}"
        return f"{text}{_NBSP}{symbol}"


class WordsFilter:
    """`{{ total|words('PLN') }}` the amount in words with its currency (invoices' "słownie"); `words` a plain number."""

    def __init__(self, locale: str):
        self.language = language_of(locale)

    def __call__(self, value: Any, currency: Any = "") -> str:
        from num2words import num2words

        number = _decimal(plain(value))
        if number is None:
            return ""
        if not currency:  # 1234.50 reads as 1234.5, 100.00 as 100
            plain_number = int(number) if number == number.to_integral_value() else number.normalize()
            return str(num2words(plain_number, lang=self.language))
        code = str(currency).upper()
        try:
            return str(num2words(number.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), lang=self.language,
                                 to="currency", currency=code))
        except NotImplementedError:
            raise DocumentError(Message("Amounts in {currency} cannot be written in words in this language",
                                        currency=code)) from None


def _decimal(value: Any) -> Decimal | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        return value if isinstance(value, Decimal) else Decimal(str(value))
    except InvalidOperation:
        raise DocumentError(Message("The number filter needs a number, not “{value}”", value=str(value))) from None


def _places(decimals: Any) -> int | None:
    if decimals is None:
        return None
    try:
        places = int(decimals)
    except (TypeError, ValueError):
        raise DocumentError(Message("The number of decimals must be a whole number, not “{value}”",
                                    value=str(decimals))) from None
    return min(max(places, 0), 10)


def value_filters(locale: str) -> dict[str, Callable[..., str]]:
    """The filters a rendering in `locale` adds to the environment."""
    return {"date": DateFilter(locale), "money": MoneyFilter(locale), "number": NumberFilter(locale),
            "words": WordsFilter(locale)}


FILTER_NAMES = tuple(value_filters("en"))  # the names a template may use
