"""Polish and Russian texts of the unique-key messages: adding and removing keys, refused saves, bulk inserts and imports.

Merged into message_catalog.py. Field names, key names, values and Codes stay as they are.
"""

from __future__ import annotations

POLISH: dict[str, str] = {
    "unique key": "klucz unikalny",
    "A unique key needs at least one field": "Klucz unikalny potrzebuje co najmniej jednego pola",
    "A unique key can have at most {count} fields": "Klucz unikalny może mieć najwyżej {count} pól",
    "{name} cannot be part of a unique key": "pole {name} nie może być częścią klucza unikalnego",
    "The unique key {name!r} already covers these fields": "Klucz unikalny {name!r} obejmuje już te pola",
    "The unique key cannot be added: {problems}": "Nie można dodać klucza unikalnego: {problems}",
    "{object} has no unique key #{id}": "{object} nie ma klucza unikalnego nr {id}",
    "{name} is part of the unique key {keys}; remove the key before changing the field this way":
        "Pole {name} jest częścią klucza unikalnego {keys}; usuń klucz, zanim zmienisz pole w ten sposób",
    "Some records share the values of {fields}; make them different first":
        "Niektóre rekordy mają te same wartości pól {fields}; najpierw je rozróżnij",
    "{count} records share the values {values} of {fields}; make them different before adding the unique key":
        "Rekordy (liczba: {count}) mają te same wartości {values} pól {fields}; rozróżnij je przed dodaniem "
        "klucza unikalnego",
    "The values {values} of {fields} are already used by {code}":
        "Wartości {values} pól {fields} są już użyte w rekordzie {code}",
    "The values {values} of {fields} repeat row {row}": "Wartości {values} pól {fields} powtarzają wiersz {row}",
}

RUSSIAN: dict[str, str] = {
    "unique key": "уникальный ключ",
    "A unique key needs at least one field": "Уникальному ключу нужно хотя бы одно поле",
    "A unique key can have at most {count} fields": "Уникальный ключ может содержать не более {count} полей",
    "{name} cannot be part of a unique key": "поле {name} не может входить в уникальный ключ",
    "The unique key {name!r} already covers these fields": "Уникальный ключ {name!r} уже охватывает эти поля",
    "The unique key cannot be added: {problems}": "Нельзя добавить уникальный ключ: {problems}",
    "{object} has no unique key #{id}": "У объекта {object} нет уникального ключа №{id}",
    "{name} is part of the unique key {keys}; remove the key before changing the field this way":
        "Поле {name} входит в уникальный ключ {keys}; удалите ключ, прежде чем так менять поле",
    "Some records share the values of {fields}; make them different first":
        "У некоторых записей совпадают значения полей {fields}; сначала сделайте их разными",
    "{count} records share the values {values} of {fields}; make them different before adding the unique key":
        "У записей (всего {count}) совпадают значения {values} полей {fields}; сделайте их разными, прежде чем "
        "добавлять уникальный ключ",
    "The values {values} of {fields} are already used by {code}":
        "Значения {values} полей {fields} уже использует запись {code}",
    "The values {values} of {fields} repeat row {row}": "Значения {values} полей {fields} повторяют строку {row}",
}
