"""Polish and Russian texts of the structure messages: refused names, fields, links, type changes, uses.

Merged into message_catalog.py. Names an admin gave and type keys stay as they are; words like "field" or
"formula" passed as values are Messages of their own, translated here too.
"""

from __future__ import annotations

POLISH: dict[str, str] = {
    # --- pieces put into other messages ---
    "{first}; {rest}": "{first}; {rest}",
    "{kind}: {where}": "{kind}: {where}",
    "object": "obiekt",
    "field": "pole",
    "link": "powiązanie",
    "table": "tabela",
    "detail set": "zestaw pozycji",
    "formula": "formuła",
    "source": "źródło",
    "receiver": "odbiorca",
    "card": "karta",
    "reference": "odwołanie",
    "Field {name!r}": "Pole {name!r}",
    "Object {name!r}": "Obiekt {name!r}",
    # --- uses and conversions (core/errors.py) ---
    "{what} is used elsewhere ({uses}). Remove those uses first or delete with cascade.":
        "{what} jest nadal w użyciu ({uses}). Najpierw usuń te użycia albo usuń kaskadowo.",
    "{count} value(s) of {name!r} cannot be converted: {values}":
        "Nie da się przekonwertować wartości pola {name!r} (liczba: {count}): {values}",
    "{count} value(s) of {name!r} cannot be converted: {values} and {more} more":
        "Nie da się przekonwertować wartości pola {name!r} (liczba: {count}): {values} i {more} innych",
    # --- lookups and the change path ---
    "{object} has no field #{id}": "{object} nie ma pola nr {id}",
    "Another user has this table open: {clients}. Ask them to close it (or start maintenance mode), then try again.":
        "Inny użytkownik ma otwartą tę tabelę: {clients}. Poproś o jej zamknięcie (albo włącz tryb serwisowy) "
        "i spróbuj ponownie.",
    "This table is still open in another window or transaction; close it, then try again.":
        "Ta tabela jest nadal otwarta w innym oknie lub transakcji; zamknij ją i spróbuj ponownie.",
    # --- names ---
    "The {what} needs a name": "Podaj nazwę ({what})",
    "The {what} name is {length} characters long; at most {limit} allowed":
        "Nazwa ({what}) ma {length} znaków; dozwolone najwyżej {limit}",
    "The {what} name {name!r} may not contain invisible or invalid characters ({shown})":
        "Nazwa ({what}) {name!r} nie może zawierać znaków niewidocznych ani niepoprawnych ({shown})",
    "The {what} name {name!r} may not contain {shown} (they are used in formulas)":
        "Nazwa ({what}) {name!r} nie może zawierać znaków {shown} (są używane w formułach)",
    "An object named {name!r} already exists": "Obiekt o nazwie {name!r} już istnieje",
    # --- fields ---
    "Unknown field type {type!r}": "Nieznany typ pola {type!r}",
    "{object} already has a field named {name!r}": "{object} ma już pole o nazwie {name!r}",
    "'Code' is the automatic numbering field; choose another name":
        "'Code' to pole automatycznej numeracji; wybierz inną nazwę",
    "Field {name!r}: {problems}": "Pole {name!r}: {problems}",
    "points at an object that does not exist": "wskazuje na obiekt, który nie istnieje",
    "cannot be unique": "nie może być unikalne",
    "cannot be both a source and a receiver": "nie może być jednocześnie źródłem i odbiorcą",
    "shows {name} ({type}), so it must be a {type} field too, not {own}":
        "pokazuje {name} ({type}), więc też musi być typu {type}, a nie {own}",
    "the default {default!r} {problem}": "wartość domyślna {default!r} {problem}",
    "{label} needs a reference field and a field of the referenced record":
        "{label}: potrzebne jest pole odwołania i pole rekordu, na który ono wskazuje",
    "{label} goes through a field that does not exist": "{label}: ścieżka prowadzi przez pole, które nie istnieje",
    "{label} must go through a reference field ({name} is not one)":
        "{label}: ścieżka musi prowadzić przez pole odwołania ({name} nim nie jest)",
    "{label} goes through {name}, which points at an object that does not exist":
        "{label}: ścieżka prowadzi przez {name}, które wskazuje na nieistniejący obiekt",
    "{label} names a field that does not exist in {object}": "{label}: wskazuje pole, którego nie ma w obiekcie {object}",
    "a {type} field cannot be a receiver": "pole typu {type} nie może być odbiorcą",
    "receives {name} ({type} giving a {kind}), which this {own} field cannot hold":
        "otrzymuje {name} ({type} o wyniku typu {kind}), czego to pole typu {own} nie pomieści",
    "receives {name} ({type}), which this {own} field cannot hold":
        "otrzymuje {name} ({type}), czego to pole typu {own} nie pomieści",
    "receives {name} ({type}, up to {length} characters), but holds only {own}":
        "otrzymuje {name} ({type}, do {length} znaków), a mieści tylko {own}",
    "receives {name} ({type} with {precision} digits, {scale} after the point), "
    "but holds {own_precision} digits, {own_scale} after the point":
        "otrzymuje {name} ({type}: {precision} cyfr, w tym {scale} po przecinku), "
        "a mieści {own_precision} cyfr, w tym {own_scale} po przecinku",
    "receives {name} ({type}), but lacks some of its choices":
        "otrzymuje {name} ({type}), ale brakuje w nim części wartości z jego listy wyboru",
    "receives {name} ({type}), which points at another object":
        "otrzymuje {name} ({type}), które wskazuje na inny obiekt",
    "Use change_field_type to change a field's type": "Typ pola zmienia się przez change_field_type",
    "The external object or source kind cannot change; add a new field instead":
        "Nie można zmienić obiektu zewnętrznego ani rodzaju źródła; dodaj zamiast tego nowe pole",
    "The new order must list each of the {count} fields of {object} exactly once: {problems}":
        "Nowa kolejność musi wymieniać każde pole obiektu {object} (jest ich {count}) dokładnie raz: {problems}",
    "{name} is missing": "brakuje pola {name}",
    "#{id} is not a field of {object}": "nr {id} nie jest polem obiektu {object}",
    "{name} is listed {count} times": "pole {name} występuje {count} razy",
    "on_failure must be 'refuse' or 'keep'": "on_failure musi mieć wartość 'refuse' lub 'keep'",
    "Name the new type": "Podaj nowy typ",
    "Field {name!r}: the default {default!r} {problem}": "Pole {name!r}: wartość domyślna {default!r} {problem}",
    "The formula {problem}": "Formuła {problem}",
    "aggregates its own value over the link {name!r} to the same object":
        "sumuje własną wartość przez powiązanie {name!r} z tym samym obiektem",
    # --- type changes ---
    "A {old} field cannot become a {new} field; add a new field instead":
        "Pola typu {old} nie można zmienić na pole typu {new}; dodaj zamiast tego nowe pole",
    "Choose the external object the references point at": "Wybierz obiekt zewnętrzny, na który wskazują odwołania",
    "A reference cannot be pointed at another object; add a new field instead":
        "Odwołania nie można skierować na inny obiekt; dodaj zamiast tego nowe pole",
    # --- objects and links ---
    "Cannot change {names} of an object": "Nie można zmienić tych właściwości obiektu: {names}",
    "The display field must be a field of the object": "Pole pokazywane w odwołaniach musi być polem tego obiektu",
    "On delete must be one of {policies}": "Zachowanie przy usuwaniu musi być jednym z: {policies}",
    "{parent} already has a link named {name!r}": "{parent} ma już powiązanie o nazwie {name!r}",
    # --- templates ---
    "Unknown language {language!r}; choose one of {languages}": "Nieznany język {language!r}; wybierz jeden z: {languages}",
}

RUSSIAN: dict[str, str] = {
    # --- pieces put into other messages ---
    "{first}; {rest}": "{first}; {rest}",
    "{kind}: {where}": "{kind}: {where}",
    "object": "объект",
    "field": "поле",
    "link": "связь",
    "table": "таблица",
    "detail set": "табличная часть",
    "formula": "формула",
    "source": "источник",
    "receiver": "получатель",
    "card": "карточка",
    "reference": "ссылка",
    "Field {name!r}": "Поле {name!r}",
    "Object {name!r}": "Объект {name!r}",
    # --- uses and conversions (core/errors.py) ---
    "{what} is used elsewhere ({uses}). Remove those uses first or delete with cascade.":
        "{what} ещё используется ({uses}). Сначала уберите эти использования или удалите каскадно.",
    "{count} value(s) of {name!r} cannot be converted: {values}":
        "Не удаётся преобразовать значения поля {name!r} (всего {count}): {values}",
    "{count} value(s) of {name!r} cannot be converted: {values} and {more} more":
        "Не удаётся преобразовать значения поля {name!r} (всего {count}): {values} и ещё {more}",
    # --- lookups and the change path ---
    "{object} has no field #{id}": "В объекте {object} нет поля №{id}",
    "Another user has this table open: {clients}. Ask them to close it (or start maintenance mode), then try again.":
        "Эту таблицу открыл другой пользователь: {clients}. Попросите закрыть её (или включите режим обслуживания) "
        "и повторите попытку.",
    "This table is still open in another window or transaction; close it, then try again.":
        "Эта таблица всё ещё открыта в другом окне или транзакции; закройте её и повторите попытку.",
    # --- names ---
    "The {what} needs a name": "Укажите название ({what})",
    "The {what} name is {length} characters long; at most {limit} allowed":
        "Название ({what}) длиной {length} символов; допускается не более {limit}",
    "The {what} name {name!r} may not contain invisible or invalid characters ({shown})":
        "Название ({what}) {name!r} не может содержать невидимые или недопустимые символы ({shown})",
    "The {what} name {name!r} may not contain {shown} (they are used in formulas)":
        "Название ({what}) {name!r} не может содержать {shown} (они используются в формулах)",
    "An object named {name!r} already exists": "Объект с именем {name!r} уже существует",
    # --- fields ---
    "Unknown field type {type!r}": "Неизвестный тип поля {type!r}",
    "{object} already has a field named {name!r}": "В объекте {object} уже есть поле с именем {name!r}",
    "'Code' is the automatic numbering field; choose another name":
        "'Code' — поле автоматической нумерации; выберите другое имя",
    "Field {name!r}: {problems}": "Поле {name!r}: {problems}",
    "points at an object that does not exist": "указывает на несуществующий объект",
    "cannot be unique": "не может быть уникальным",
    "cannot be both a source and a receiver": "не может быть одновременно источником и получателем",
    "shows {name} ({type}), so it must be a {type} field too, not {own}":
        "показывает {name} ({type}), поэтому тоже должно иметь тип {type}, а не {own}",
    "the default {default!r} {problem}": "значение по умолчанию {default!r} {problem}",
    "{label} needs a reference field and a field of the referenced record":
        "{label}: нужны поле-ссылка и поле записи, на которую она указывает",
    "{label} goes through a field that does not exist": "{label}: путь проходит через несуществующее поле",
    "{label} must go through a reference field ({name} is not one)":
        "{label}: путь должен проходить через поле-ссылку ({name} им не является)",
    "{label} goes through {name}, which points at an object that does not exist":
        "{label}: путь проходит через {name}, указывающее на несуществующий объект",
    "{label} names a field that does not exist in {object}": "{label}: указано поле, которого нет в объекте {object}",
    "a {type} field cannot be a receiver": "поле типа {type} не может быть получателем",
    "receives {name} ({type} giving a {kind}), which this {own} field cannot hold":
        "получает {name} ({type} с результатом типа {kind}), который это поле типа {own} не вместит",
    "receives {name} ({type}), which this {own} field cannot hold":
        "получает {name} ({type}), что это поле типа {own} не вместит",
    "receives {name} ({type}, up to {length} characters), but holds only {own}":
        "получает {name} ({type}, до {length} символов), а вмещает только {own}",
    "receives {name} ({type} with {precision} digits, {scale} after the point), "
    "but holds {own_precision} digits, {own_scale} after the point":
        "получает {name} ({type}: {precision} цифр, из них {scale} после запятой), "
        "а вмещает {own_precision} цифр, из них {own_scale} после запятой",
    "receives {name} ({type}), but lacks some of its choices":
        "получает {name} ({type}), но в этом поле нет некоторых его вариантов выбора",
    "receives {name} ({type}), which points at another object":
        "получает {name} ({type}), указывающее на другой объект",
    "Use change_field_type to change a field's type": "Тип поля меняется через change_field_type",
    "The external object or source kind cannot change; add a new field instead":
        "Внешний объект и вид источника изменить нельзя; вместо этого добавьте новое поле",
    "The new order must list each of the {count} fields of {object} exactly once: {problems}":
        "В новом порядке каждое поле объекта {object} (всего {count}) должно быть указано ровно один раз: {problems}",
    "{name} is missing": "нет поля {name}",
    "#{id} is not a field of {object}": "№{id} не является полем объекта {object}",
    "{name} is listed {count} times": "поле {name} указано несколько раз ({count})",
    "on_failure must be 'refuse' or 'keep'": "on_failure должен быть 'refuse' или 'keep'",
    "Name the new type": "Укажите новый тип",
    "Field {name!r}: the default {default!r} {problem}": "Поле {name!r}: значение по умолчанию {default!r} {problem}",
    "The formula {problem}": "Формула {problem}",
    "aggregates its own value over the link {name!r} to the same object":
        "суммирует собственное значение через связь {name!r} с тем же объектом",
    # --- type changes ---
    "A {old} field cannot become a {new} field; add a new field instead":
        "Поле типа {old} нельзя превратить в поле типа {new}; вместо этого добавьте новое поле",
    "Choose the external object the references point at": "Выберите внешний объект, на который указывают ссылки",
    "A reference cannot be pointed at another object; add a new field instead":
        "Ссылку нельзя перенаправить на другой объект; вместо этого добавьте новое поле",
    # --- objects and links ---
    "Cannot change {names} of an object": "Нельзя изменить эти свойства объекта: {names}",
    "The display field must be a field of the object": "Поле, показываемое в ссылках, должно быть полем этого объекта",
    "On delete must be one of {policies}": "Поведение при удалении должно быть одним из: {policies}",
    "{parent} already has a link named {name!r}": "У объекта {parent} уже есть связь с именем {name!r}",
    # --- templates ---
    "Unknown language {language!r}; choose one of {languages}": "Неизвестный язык {language!r}; выберите один из: {languages}",
}
