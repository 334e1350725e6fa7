"""Polish and Russian texts of webhooks and veto hooks (issue 17); merged into core/message_catalog.py.
Keys are the English templates raised by services/webhook*.py and cli/webhooks.py."""

from __future__ import annotations

POLISH: dict[str, str] = {
    "{hook} refused the change: {message}": "{hook} odrzucił zmianę: {message}",
    "{hook} did not answer in time, so the change was not saved": "{hook} nie odpowiedział na czas, więc zmiany nie zapisano",
    "no reason given": "bez podania przyczyny",
    "A webhook address must start with http:// or https:// and name a host: {url}":
        "Adres webhooka musi zaczynać się od http:// lub https:// i zawierać nazwę hosta: {url}",
    "The webhook host {host} cannot be found": "Nie można znaleźć hosta webhooka {host}",
    "The webhook address {host} is on a private network; allow private addresses for this hook to use it":
        "Adres webhooka {host} należy do sieci prywatnej; aby go użyć, zezwól temu webhookowi na adresy prywatne",
    "Webhook #{id} does not exist": "Webhook #{id} nie istnieje",
    "A webhook needs a name of at most {limit} characters": "Webhook wymaga nazwy o długości najwyżej {limit} znaków",
    "A webhook is notify or veto, not {kind}": "Webhook jest typu notify lub veto, a nie {kind}",
    "A webhook listens to create, update or delete, not {events}":
        "Webhook reaguje na create, update lub delete, a nie na {events}",
    "A webhook's chosen fields must be fields of {object}": "Wybrane pola webhooka muszą być polami obiektu {object}",
    "On timeout a veto hook allows or refuses, not {value}":
        "Po przekroczeniu czasu webhook veto zezwala (allow) lub odmawia (refuse), a nie {value}",
    "There is no webhook named {name}": "Nie ma webhooka o nazwie {name}",
}

RUSSIAN: dict[str, str] = {
    "{hook} refused the change: {message}": "{hook} отклонил изменение: {message}",
    "{hook} did not answer in time, so the change was not saved": "{hook} не ответил вовремя, поэтому изменение не сохранено",
    "no reason given": "причина не указана",
    "A webhook address must start with http:// or https:// and name a host: {url}":
        "Адрес веб-хука должен начинаться с http:// или https:// и содержать имя хоста: {url}",
    "The webhook host {host} cannot be found": "Хост веб-хука {host} не найден",
    "The webhook address {host} is on a private network; allow private addresses for this hook to use it":
        "Адрес веб-хука {host} находится в частной сети; чтобы использовать его, разрешите этому веб-хуку частные адреса",
    "Webhook #{id} does not exist": "Веб-хук #{id} не существует",
    "A webhook needs a name of at most {limit} characters": "Веб-хуку нужно имя длиной не более {limit} символов",
    "A webhook is notify or veto, not {kind}": "Веб-хук бывает notify или veto, а не {kind}",
    "A webhook listens to create, update or delete, not {events}":
        "Веб-хук реагирует на create, update или delete, а не на {events}",
    "A webhook's chosen fields must be fields of {object}": "Выбранные поля веб-хука должны быть полями объекта {object}",
    "On timeout a veto hook allows or refuses, not {value}":
        "По истечении времени veto-хук разрешает (allow) или отклоняет (refuse), а не {value}",
    "There is no webhook named {name}": "Нет веб-хука с именем {name}",
}
