"""Polish and Russian texts of the service messages users meet most, keyed by the English template or text.

A template keeps the English placeholders ({name}, {value!r}, {code:04X}); a value that is itself a Message
is translated before it is put in. Validation problems follow the field name ("Name: is required"), so they
are predicates ("to pole jest wymagane"). Add an entry when a service raises a new common message.
"""

from __future__ import annotations

_RIGHT = "You do not have the right to "

POLISH: dict[str, str] = {
    # --- validation problems (after "Field: ") ---
    "is required": "to pole jest wymagane",
    "points at a record that does not exist": "wskazuje na rekord, który nie istnieje",
    "{value!r} is already used by another record": "wartość {value!r} jest już użyta w innym rekordzie",
    "{value!r} {problem}": "{value!r} {problem}",
    "holds a file of another record; attach the file itself": "zawiera plik innego rekordu; dołącz sam plik",
    "is not a number": "nie jest liczbą",
    "is not a finite number": "nie jest skończoną liczbą",
    "is not a whole number": "nie jest liczbą całkowitą",
    "is too large": "ma za dużą wartość",
    "is too close to zero to store": "jest zbyt bliska zera, by ją zapisać",
    "would be rounded": "ma za dużo miejsc po przecinku",
    "is too long for a number (more than {limit} characters)": "jest za długa jak na liczbę (ponad {limit} znaków)",
    "is too long for a number (more than {limit} digits)": "jest za długa jak na liczbę (ponad {limit} cyfr)",
    "is not yes or no": "nie jest wartością tak/nie",
    "is not a file": "nie jest plikiem",
    "needs a file name": "wymaga nazwy pliku",
    "is {size:,} bytes; at most {limit:,} allowed": "ma {size:,} bajtów; dozwolone najwyżej {limit:,}",
    "is not a record": "nie jest rekordem",
    "cannot be matched": "nie pasuje do żadnego rekordu",
    "is not a date (use YYYY-MM-DD or DD.MM.YYYY)": "nie jest datą (użyj RRRR-MM-DD lub DD.MM.RRRR)",
    "is not a date and time (use YYYY-MM-DD HH:MM)": "nie jest datą i godziną (użyj RRRR-MM-DD GG:MM)",
    "has a time of day that a date cannot keep": "zawiera godzinę, której data nie przechowuje",
    "is not a valid e-mail address": "nie jest poprawnym adresem e-mail",
    "is not a valid phone number": "nie jest poprawnym numerem telefonu",
    "is not a valid web address": "nie jest poprawnym adresem WWW",
    "is {length} characters long; at most {limit} allowed": "ma {length} znaków; dozwolone najwyżej {limit}",
    "must be one of: {choices}": "musi być jedną z wartości: {choices}",
    "contains a control character (U+{code:04X}); remove it": "zawiera znak sterujący (U+{code:04X}); usuń go",
    "contains an invalid character (U+{code:04X}, half of a character pair; retype or paste it again)":
        "zawiera nieprawidłowy znak (U+{code:04X}, połowa pary znaków; wpisz go lub wklej ponownie)",
    # --- records that are missing, changed or linked ---
    "{name} #{id} does not exist": "Rekord „{name}” #{id} nie istnieje",
    "{name} #{id} does not exist (it may have been deleted)": "Rekord „{name}” #{id} nie istnieje (mógł zostać usunięty)",
    "{name} {code} was deleted by someone else meanwhile": "Rekord „{name} {code}” został w międzyczasie usunięty przez kogoś innego",
    "The file is no longer stored": "Ten plik nie jest już przechowywany",
    "That item is no longer in the trash": "Tego elementu nie ma już w koszu",
    "Record {record_id} was changed by someone else meanwhile (changed: {names}).":
        "Rekord {record_id} został w międzyczasie zmieniony przez kogoś innego (zmienione: {names}).",
    "no field values": "brak wartości pól",
    "{name} {code} has {count} {link}; delete them first.": "{name} {code}: ma powiązane rekordy ({link}: {count}); najpierw je usuń.",
    "Records are linked too deeply to delete in one step": "Rekordy są powiązane zbyt głęboko, by usunąć je w jednym kroku",
    # --- rights ---
    _RIGHT + "read {objects}.": "Nie masz uprawnień do odczytu: {objects}.",
    _RIGHT + "create records in {objects}.": "Nie masz uprawnień do dodawania rekordów: {objects}.",
    _RIGHT + "change records in {objects}.": "Nie masz uprawnień do zmiany rekordów: {objects}.",
    _RIGHT + "delete records in {objects}.": "Nie masz uprawnień do usuwania rekordów: {objects}.",
    _RIGHT + "export {objects}.": "Nie masz uprawnień do eksportu: {objects}.",
    _RIGHT + "build reports on {objects}.": "Nie masz uprawnień do tworzenia raportów: {objects}.",
    _RIGHT + "make documents from {objects}.": "Nie masz uprawnień do tworzenia dokumentów: {objects}.",
    _RIGHT + "read.": "Nie masz uprawnień do odczytu.",
    _RIGHT + "create records in.": "Nie masz uprawnień do dodawania rekordów.",
    _RIGHT + "change records in.": "Nie masz uprawnień do zmiany rekordów.",
    _RIGHT + "delete records in.": "Nie masz uprawnień do usuwania rekordów.",
    _RIGHT + "export.": "Nie masz uprawnień do eksportu.",
    _RIGHT + "build reports on.": "Nie masz uprawnień do tworzenia raportów.",
    _RIGHT + "make documents from.": "Nie masz uprawnień do tworzenia dokumentów.",
    _RIGHT + "change the structure.": "Nie masz uprawnień do zmiany struktury.",
    _RIGHT + "manage access rights.": "Nie masz uprawnień do zarządzania uprawnieniami.",
    _RIGHT + "read this record.": "Nie masz uprawnień do odczytu tego rekordu.",
    _RIGHT + "change records in this record.": "Nie masz uprawnień do zmiany tego rekordu.",
    _RIGHT + "delete records in this record.": "Nie masz uprawnień do usunięcia tego rekordu.",
    _RIGHT + "share this record.": "Nie masz uprawnień do udostępniania tego rekordu.",
    _RIGHT + "give {objects} to another owner.": "Nie masz uprawnień do przekazywania rekordów ({objects}) innemu właścicielowi.",
    "This change would put the {name} outside the records you may create, so it was not saved.":
        "Po tej zmianie rekord „{name}” byłby poza rekordami, które możesz dodawać, więc nie został zapisany.",
    "This change would put the {name} outside the records you may change, so it was not saved.":
        "Po tej zmianie rekord „{name}” byłby poza rekordami, które możesz zmieniać, więc nie został zapisany.",
    "You cannot filter or sort by a field you are not allowed to see.":
        "Nie możesz filtrować ani sortować według pola, którego nie wolno ci widzieć.",
    "This database has users: log in first.": "Ta baza danych ma użytkowników: najpierw się zaloguj.",
    "Log in first.": "Najpierw się zaloguj.",
    "Your account no longer exists or is disabled.": "Twoje konto już nie istnieje lub jest wyłączone.",
    "Open files through their record.": "Otwieraj pliki z ich rekordu.",
    "You are not allowed to see this field.": "Nie wolno ci widzieć tego pola.",
    "That file does not belong to this record.": "Ten plik nie należy do tego rekordu.",
    # --- the database (storage/errors.py) ---
    "Someone else changed the same data meanwhile; reload and try again.":
        "Ktoś inny w międzyczasie zmienił te same dane; odśwież i spróbuj ponownie.",
    "Someone else is changing the same data right now; try again in a moment.":
        "Ktoś inny właśnie zmienia te same dane; spróbuj ponownie za chwilę.",
    "Another user has this table open; ask them to close it, then try again.":
        "Inny użytkownik ma otwartą tę tabelę; poproś go o jej zamknięcie i spróbuj ponownie.",
    "The database server refused this operation for your account.": "Serwer bazy danych odmówił tej operacji dla twojego konta.",
    "The connection to the database server was lost; reconnect and try again.":
        "Utracono połączenie z serwerem bazy danych; połącz się ponownie i spróbuj jeszcze raz.",
    "A value that must be unique is already used by another record.": "Wartość, która musi być unikalna, jest już użyta w innym rekordzie.",
    "A text is longer than its field allows.": "Tekst jest dłuższy, niż pozwala jego pole.",
    "A number is too large for its field.": "Liczba jest za duża dla swojego pola.",
    "A record still points at another that does not exist (or is being deleted).":
        "Rekord wskazuje na inny, który nie istnieje (lub jest właśnie usuwany).",
    "A required value is missing.": "Brakuje wymaganej wartości.",
    'This server account may not check app passwords. Staff sign in with the server account of their own app user (the same name, active); ask an administrator to create that app user, or connect as an administrator.': 'To konto serwera nie może sprawdzać haseł aplikacji. Pracownicy logują się kontem serwera własnego użytkownika aplikacji (o tej samej nazwie, aktywnego); poproś administratora o utworzenie tego użytkownika aplikacji albo połącz się jako administrator.',
    'On the server you sign in with your server account: its password is changed by an administrator (Access rights → Users, or `supasoft-admin server account password`).': 'Na serwerze logujesz się kontem serwera: jego hasło zmienia administrator (Prawa dostępu → Użytkownicy albo `supasoft-admin server account password`).',
}

RUSSIAN: dict[str, str] = {
    "is required": "обязательное поле",
    "points at a record that does not exist": "ссылается на несуществующую запись",
    "{value!r} is already used by another record": "значение {value!r} уже используется в другой записи",
    "{value!r} {problem}": "{value!r} {problem}",
    "holds a file of another record; attach the file itself": "содержит файл другой записи; прикрепите сам файл",
    "is not a number": "не является числом",
    "is not a finite number": "не является конечным числом",
    "is not a whole number": "не является целым числом",
    "is too large": "слишком большое значение",
    "is too close to zero to store": "слишком близко к нулю, чтобы его сохранить",
    "would be rounded": "слишком много знаков после запятой",
    "is too long for a number (more than {limit} characters)": "слишком длинное для числа (более {limit} символов)",
    "is too long for a number (more than {limit} digits)": "слишком длинное для числа (более {limit} цифр)",
    "is not yes or no": "не является значением да/нет",
    "is not a file": "не является файлом",
    "needs a file name": "требуется имя файла",
    "is {size:,} bytes; at most {limit:,} allowed": "занимает {size:,} байт; допускается не более {limit:,}",
    "is not a record": "не является записью",
    "cannot be matched": "не соответствует ни одной записи",
    "is not a date (use YYYY-MM-DD or DD.MM.YYYY)": "не является датой (используйте ГГГГ-ММ-ДД или ДД.ММ.ГГГГ)",
    "is not a date and time (use YYYY-MM-DD HH:MM)": "не является датой и временем (используйте ГГГГ-ММ-ДД ЧЧ:ММ)",
    "has a time of day that a date cannot keep": "содержит время, которое дата не хранит",
    "is not a valid e-mail address": "не является корректным адресом электронной почты",
    "is not a valid phone number": "не является корректным номером телефона",
    "is not a valid web address": "не является корректным веб-адресом",
    "is {length} characters long; at most {limit} allowed": "содержит символов: {length}; допускается не более {limit}",
    "must be one of: {choices}": "должно быть одним из значений: {choices}",
    "contains a control character (U+{code:04X}); remove it": "содержит управляющий символ (U+{code:04X}); удалите его",
    "contains an invalid character (U+{code:04X}, half of a character pair; retype or paste it again)":
        "содержит недопустимый символ (U+{code:04X}, половина суррогатной пары; введите или вставьте его заново)",
    "{name} #{id} does not exist": "Запись «{name}» #{id} не существует",
    "{name} #{id} does not exist (it may have been deleted)": "Запись «{name}» #{id} не существует (возможно, она удалена)",
    "{name} {code} was deleted by someone else meanwhile": "Запись «{name} {code}» тем временем удалил другой пользователь",
    "The file is no longer stored": "Этот файл больше не хранится",
    "That item is no longer in the trash": "Этого элемента больше нет в корзине",
    "Record {record_id} was changed by someone else meanwhile (changed: {names}).":
        "Запись {record_id} тем временем изменил другой пользователь (изменено: {names}).",
    "no field values": "нет значений полей",
    "{name} {code} has {count} {link}; delete them first.": "{name} {code}: есть связанные записи ({link}: {count}); сначала удалите их.",
    "Records are linked too deeply to delete in one step": "Записи связаны слишком глубоко, чтобы удалить их за один шаг",
    _RIGHT + "read {objects}.": "У вас нет прав на чтение: {objects}.",
    _RIGHT + "create records in {objects}.": "У вас нет прав на создание записей: {objects}.",
    _RIGHT + "change records in {objects}.": "У вас нет прав на изменение записей: {objects}.",
    _RIGHT + "delete records in {objects}.": "У вас нет прав на удаление записей: {objects}.",
    _RIGHT + "export {objects}.": "У вас нет прав на экспорт: {objects}.",
    _RIGHT + "build reports on {objects}.": "У вас нет прав на построение отчётов: {objects}.",
    _RIGHT + "make documents from {objects}.": "У вас нет прав на создание документов: {objects}.",
    _RIGHT + "read.": "У вас нет прав на чтение.",
    _RIGHT + "create records in.": "У вас нет прав на создание записей.",
    _RIGHT + "change records in.": "У вас нет прав на изменение записей.",
    _RIGHT + "delete records in.": "У вас нет прав на удаление записей.",
    _RIGHT + "export.": "У вас нет прав на экспорт.",
    _RIGHT + "build reports on.": "У вас нет прав на построение отчётов.",
    _RIGHT + "make documents from.": "У вас нет прав на создание документов.",
    _RIGHT + "change the structure.": "У вас нет прав на изменение структуры.",
    _RIGHT + "manage access rights.": "У вас нет прав на управление правами доступа.",
    _RIGHT + "read this record.": "У вас нет прав на чтение этой записи.",
    _RIGHT + "change records in this record.": "У вас нет прав на изменение этой записи.",
    _RIGHT + "delete records in this record.": "У вас нет прав на удаление этой записи.",
    _RIGHT + "share this record.": "У вас нет прав на предоставление доступа к этой записи.",
    _RIGHT + "give {objects} to another owner.": "У вас нет прав передавать записи ({objects}) другому владельцу.",
    "This change would put the {name} outside the records you may create, so it was not saved.":
        "После этого изменения запись «{name}» оказалась бы вне записей, которые вы можете создавать, поэтому она не сохранена.",
    "This change would put the {name} outside the records you may change, so it was not saved.":
        "После этого изменения запись «{name}» оказалась бы вне записей, которые вы можете изменять, поэтому она не сохранена.",
    "You cannot filter or sort by a field you are not allowed to see.":
        "Нельзя фильтровать или сортировать по полю, которое вам не разрешено видеть.",
    "This database has users: log in first.": "В этой базе данных есть пользователи: сначала войдите в систему.",
    "Log in first.": "Сначала войдите в систему.",
    "Your account no longer exists or is disabled.": "Ваша учётная запись больше не существует или отключена.",
    "Open files through their record.": "Открывайте файлы через их запись.",
    "You are not allowed to see this field.": "Вам не разрешено видеть это поле.",
    "That file does not belong to this record.": "Этот файл не относится к этой записи.",
    "Someone else changed the same data meanwhile; reload and try again.":
        "Другой пользователь тем временем изменил эти же данные; обновите и попробуйте снова.",
    "Someone else is changing the same data right now; try again in a moment.":
        "Другой пользователь сейчас изменяет эти же данные; попробуйте ещё раз через минуту.",
    "Another user has this table open; ask them to close it, then try again.":
        "Эту таблицу открыл другой пользователь; попросите его закрыть её и попробуйте снова.",
    "The database server refused this operation for your account.": "Сервер базы данных отказал вашей учётной записи в этой операции.",
    "The connection to the database server was lost; reconnect and try again.":
        "Соединение с сервером базы данных потеряно; подключитесь заново и повторите попытку.",
    "A value that must be unique is already used by another record.": "Значение, которое должно быть уникальным, уже используется в другой записи.",
    "A text is longer than its field allows.": "Текст длиннее, чем допускает его поле.",
    "A number is too large for its field.": "Число слишком велико для своего поля.",
    "A record still points at another that does not exist (or is being deleted).":
        "Запись ссылается на другую, которая не существует (или удаляется).",
    "A required value is missing.": "Не указано обязательное значение.",
    'This server account may not check app passwords. Staff sign in with the server account of their own app user (the same name, active); ask an administrator to create that app user, or connect as an administrator.': 'Эта учётная запись сервера не может проверять пароли приложения. Сотрудники входят под учётной записью сервера своего пользователя приложения (с тем же именем, активного); попросите администратора создать этого пользователя приложения или подключитесь как администратор.',
    'On the server you sign in with your server account: its password is changed by an administrator (Access rights → Users, or `supasoft-admin server account password`).': 'На сервере вы входите под учётной записью сервера: её пароль меняет администратор (Права доступа → Пользователи или `supasoft-admin server account password`).',
}

from supasoft.core import message_catalog_types as _types  # noqa: E402, I001

POLISH.update(_types.POLISH); RUSSIAN.update(_types.RUSSIAN)  # noqa: E702
from supasoft.core import message_catalog_records as _records; POLISH.update(_records.POLISH); RUSSIAN.update(_records.RUSSIAN)  # noqa: E402, E702, I001
from supasoft.core import message_catalog_session as _session; POLISH.update(_session.POLISH); RUSSIAN.update(_session.RUSSIAN)  # noqa: E402, E702, I001
from supasoft.core import message_catalog_structure as _structure; POLISH.update(_structure.POLISH); RUSSIAN.update(_structure.RUSSIAN)  # noqa: E402, E702, I001
from supasoft.core import message_catalog_reports as _reports; POLISH.update(_reports.POLISH); RUSSIAN.update(_reports.RUSSIAN)  # noqa: E402, E702, I001
from supasoft.core import message_catalog_import as _import; POLISH.update(_import.POLISH); RUSSIAN.update(_import.RUSSIAN)  # noqa: E402, E702, I001
from supasoft.core import message_catalog_documents as _documents; POLISH.update(_documents.POLISH); RUSSIAN.update(_documents.RUSSIAN)  # noqa: E402, E702, I001
from supasoft.core import message_catalog_dashboards as _dashboards; POLISH.update(_dashboards.POLISH); RUSSIAN.update(_dashboards.RUSSIAN)  # noqa: E402, E702, I001
from supasoft.core import message_catalog_webhooks as _webhooks; POLISH.update(_webhooks.POLISH); RUSSIAN.update(_webhooks.RUSSIAN)  # noqa: E402, E702, I001
from supasoft.core import message_catalog_editions as _editions; POLISH.update(_editions.POLISH); RUSSIAN.update(_editions.RUSSIAN)  # noqa: E402, E702, I001
from supasoft.core import message_catalog_api as _api; POLISH.update(_api.POLISH); RUSSIAN.update(_api.RUSSIAN)  # noqa: E402, E702, I001
from supasoft.core import message_catalog_keys as _keys; POLISH.update(_keys.POLISH); RUSSIAN.update(_keys.RUSSIAN)  # noqa: E402, E702, I001
CATALOGS = {"pl": POLISH, "ru": RUSSIAN}
