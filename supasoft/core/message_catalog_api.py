"""Polish and Russian texts of the API token and API server messages that reach people (the CLI, the app);
merged into core/message_catalog.py. Answers to API calls stay in English, the language of the API itself."""

from __future__ import annotations

POLISH: dict[str, str] = {
    "A token needs a name": "Token musi mieć nazwę",
    "This database has users: name the user the token acts for":
        "Ta baza danych ma użytkowników: podaj użytkownika, w imieniu którego działa token",
    "No API token #{id}": "Brak tokenu API #{id}",
    "The API token is not valid (unknown, revoked or expired)": "Token API jest nieważny (nieznany, odwołany lub wygasły)",
    "This API token may only read": "Ten token API pozwala tylko na odczyt",
    "The API server could not start on {host} (is the port in use?)":
        "Nie udało się uruchomić serwera API na {host} (czy port jest zajęty?)",
}

RUSSIAN: dict[str, str] = {
    "A token needs a name": "У токена должно быть имя",
    "This database has users: name the user the token acts for":
        "В этой базе данных есть пользователи: укажите пользователя, от имени которого действует токен",
    "No API token #{id}": "Нет токена API #{id}",
    "The API token is not valid (unknown, revoked or expired)": "Токен API недействителен (неизвестен, отозван или истёк)",
    "This API token may only read": "Этот токен API разрешает только чтение",
    "The API server could not start on {host} (is the port in use?)":
        "Не удалось запустить сервер API на {host} (порт занят?)",
}
