"""Polish and Russian texts of the field types' messages (values out of range, options the admin set wrongly).

Keyed by the English template, merged into message_catalog.CATALOGS; values that follow a field name are predicates.
"""

from __future__ import annotations

POLISH: dict[str, str] = {
    # --- values ---
    "must be at least {minimum}": "musi wynosić co najmniej {minimum}",
    "must be at most {maximum}": "musi wynosić najwyżej {maximum}",
    "must be a rating from 1 to {stars}": "musi być oceną od 1 do {stars}",
    "is not a single value": "nie jest pojedynczą wartością",
    "is not true or false": "nie jest wartością true ani false",
    "is not a text": "nie jest tekstem",
    "is not a date in ISO form (YYYY-MM-DD)": "nie jest datą w formacie ISO (RRRR-MM-DD)",
    "is not a date and time in ISO form (YYYY-MM-DDTHH:MM:SS)": "nie jest datą i godziną w formacie ISO (RRRR-MM-DDTGG:MM:SS)",
    # --- options (after the field name) ---
    "minimum": "wartość minimalna",
    "maximum": "wartość maksymalna",
    "the {bound} must be a number": "{bound} musi być liczbą",
    "the minimum ({minimum}) is above the maximum ({maximum})": "minimum ({minimum}) jest większe niż maksimum ({maximum})",
    "the {bound} must be a whole number that fits the field": "{bound} musi być liczbą całkowitą mieszczącą się w polu",
    "the {bound} is too large for {digits} digits before the point":
        "{bound} jest za duża na {digits} cyfr przed przecinkiem",
    "the {bound} has more than {scale} digits after the point": "{bound} ma więcej niż {scale} cyfr po przecinku",
    "precision must be between 1 and {limit}": "precyzja musi wynosić od 1 do {limit}",
    "scale must be between 0 and the precision (at most 10)":
        "liczba miejsc po przecinku musi wynosić od 0 do precyzji (najwyżej 10)",
    "scale must be between 0 and {limit}": "liczba miejsc po przecinku musi wynosić od 0 do {limit}",
    "length must be between 1 and {limit}": "długość musi wynosić od 1 do {limit}",
    "needs at least one choice": "wymaga co najmniej jednej wartości do wyboru",
    "has the same choice twice": "ma dwa razy tę samą wartość do wyboru",
    "choices must be 1 to {limit} characters": "wartości do wyboru muszą mieć od 1 do {limit} znaków",
    "needs an external object": "wymaga obiektu zewnętrznego",
    "the size limit must be a positive number of bytes": "limit rozmiaru musi być dodatnią liczbą bajtów",
    "needs a formula": "wymaga formuły",
    "has an unknown result type": "ma nieznany typ wyniku",
    "the number of stars must be between {low} and {high}": "liczba gwiazdek musi wynosić od {low} do {high}",
}

RUSSIAN: dict[str, str] = {
    # --- values ---
    "must be at least {minimum}": "должно быть не меньше {minimum}",
    "must be at most {maximum}": "должно быть не больше {maximum}",
    "must be a rating from 1 to {stars}": "должно быть оценкой от 1 до {stars}",
    "is not a single value": "не является одиночным значением",
    "is not true or false": "не является значением true или false",
    "is not a text": "не является текстом",
    "is not a date in ISO form (YYYY-MM-DD)": "не является датой в формате ISO (ГГГГ-ММ-ДД)",
    "is not a date and time in ISO form (YYYY-MM-DDTHH:MM:SS)": "не является датой и временем в формате ISO (ГГГГ-ММ-ДДTЧЧ:ММ:СС)",
    # --- options (after the field name) ---
    "minimum": "минимальное значение",
    "maximum": "максимальное значение",
    "the {bound} must be a number": "{bound} должно быть числом",
    "the minimum ({minimum}) is above the maximum ({maximum})": "минимум ({minimum}) больше максимума ({maximum})",
    "the {bound} must be a whole number that fits the field": "{bound} должно быть целым числом, которое помещается в поле",
    "the {bound} is too large for {digits} digits before the point":
        "{bound} слишком велико для {digits} цифр до запятой",
    "the {bound} has more than {scale} digits after the point": "{bound} имеет больше {scale} цифр после запятой",
    "precision must be between 1 and {limit}": "точность должна быть от 1 до {limit}",
    "scale must be between 0 and the precision (at most 10)":
        "число знаков после запятой должно быть от 0 до точности (не больше 10)",
    "scale must be between 0 and {limit}": "число знаков после запятой должно быть от 0 до {limit}",
    "length must be between 1 and {limit}": "длина должна быть от 1 до {limit}",
    "needs at least one choice": "нужен хотя бы один вариант выбора",
    "has the same choice twice": "содержит один и тот же вариант дважды",
    "choices must be 1 to {limit} characters": "варианты выбора должны содержать от 1 до {limit} символов",
    "needs an external object": "нужен внешний объект",
    "the size limit must be a positive number of bytes": "ограничение размера должно быть положительным числом байтов",
    "needs a formula": "нужна формула",
    "has an unknown result type": "имеет неизвестный тип результата",
    "the number of stars must be between {low} and {high}": "число звёзд должно быть от {low} до {high}",
}
