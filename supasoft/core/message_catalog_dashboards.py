"""Polish and Russian texts of dashboards (issue 14 point 4): checks and refusals of services/dashboards.py and
the name of the Lite CRM's shared dashboard; merged into core/message_catalog.py. Keys are the English templates."""

from __future__ import annotations

POLISH: dict[str, str] = {
    "Dashboard #{id} does not exist": "Pulpit #{id} nie istnieje",
    "Only the owner or someone who may change the structure can change this dashboard.":
        "Ten pulpit może zmienić tylko jego właściciel lub osoba uprawniona do zmiany struktury.",
    "Only someone who may change the structure can share a dashboard.":
        "Tylko osoba uprawniona do zmiany struktury może udostępnić pulpit.",
    "A dashboard needs a name of at most {limit} characters": "Pulpit wymaga nazwy o długości najwyżej {limit} znaków",
    "The dashboard name {problem}": "Nazwa pulpitu {problem}",
    "A dashboard has 1 to {limit} columns": "Pulpit ma od 1 do {limit} kolumn",
    "A dashboard holds at most {limit} tiles": "Pulpit mieści najwyżej {limit} kafelków",
    "Unknown dashboard tile": "Nieznany kafelek pulpitu",
    "Overview": "Przegląd",
}

RUSSIAN: dict[str, str] = {
    "Dashboard #{id} does not exist": "Панель #{id} не существует",
    "Only the owner or someone who may change the structure can change this dashboard.":
        "Эту панель может изменить только её владелец или тот, кому разрешено менять структуру.",
    "Only someone who may change the structure can share a dashboard.":
        "Сделать панель общей может только тот, кому разрешено менять структуру.",
    "A dashboard needs a name of at most {limit} characters": "У панели должно быть название не длиннее {limit} символов",
    "The dashboard name {problem}": "Название панели {problem}",
    "A dashboard has 1 to {limit} columns": "На панели от 1 до {limit} столбцов",
    "A dashboard holds at most {limit} tiles": "На панели помещается не более {limit} плиток",
    "Unknown dashboard tile": "Неизвестная плитка панели",
    "Overview": "Обзор",
}
