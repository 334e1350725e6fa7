"""Polish and Russian texts of startup and session messages: client.ini problems, opening a database, backups,
logins, users, groups and grants, and the trash; merged into core/message_catalog.py.

Keys are the English templates (or whole fixed texts); placeholders stay as they are. The values of
"{raw!r} is not {allowed}" are nouns in the nominative, so the translations read "expected: ...".
"""

from __future__ import annotations

POLISH: dict[str, str] = {
    # --- storage: a newer database, a refusal the server words itself ---
    "This database was created by a newer version of Supasoft (schema {revision}); install the newer version to open it.":
        "Tę bazę danych utworzyła nowsza wersja Supasoft (schemat {revision}); zainstaluj nowszą wersję, aby ją otworzyć.",
    "The database server refused the operation: {reason}": "Serwer bazy danych odmówił wykonania operacji: {reason}",
    # --- client.ini (settings.py) ---
    "{path}: settings file not found": "{path}: nie znaleziono pliku ustawień",
    "{path}: cannot read settings file ({reason})": "{path}: nie można odczytać pliku ustawień ({reason})",
    "{path}, line {line}: the file is not UTF-8 text; save it as UTF-8":
        "{path}, wiersz {line}: plik nie jest tekstem UTF-8; zapisz go w kodowaniu UTF-8",
    "{where}, line {line}: {raw!r} {problem}": "{where}, wiersz {line}: {raw!r} {problem}",
    "is not a [Section] header (missing ']'?)": "nie jest nagłówkiem [Sekcji] (brak ']'?)",
    "comes before any [Section] header": "występuje przed nagłówkiem jakiejkolwiek [Sekcji]",
    "is not a 'Key=value' line": "nie jest wierszem 'Klucz=wartość'",
    "{where}, line {line}: section [{section}] appears twice": "{where}, wiersz {line}: sekcja [{section}] występuje dwukrotnie",
    "{where}, line {line}, key {key}: appears twice in [{section}]":
        "{where}, wiersz {line}, klucz {key}: występuje dwukrotnie w [{section}]",
    "{where}, line {line}: section [{section}] appears twice (also as [{other}])":
        "{where}, wiersz {line}: sekcja [{section}] występuje dwukrotnie (także jako [{other}])",
    "{where}, line {line}, key {key}: this indented line is read as part of the {key} value above; remove the leading spaces":
        "{where}, wiersz {line}, klucz {key}: ten wcięty wiersz jest czytany jako część wartości {key} powyżej; "
        "usuń spacje na początku",
    "{where}, line {line}, key {key}: {problem}": "{where}, wiersz {line}, klucz {key}: {problem}",
    "{where}, line {line}, key Path: Engine=firebird needs Path= set to the database path or alias on the server":
        "{where}, wiersz {line}, klucz Path: Engine=firebird wymaga ustawienia Path= na ścieżkę lub alias bazy danych "
        "na serwerze",
    "{raw!r} is not {allowed}": "{raw!r} nie jest poprawną wartością; oczekiwano: {allowed}",
    "a whole number of at least {minimum}": "liczba całkowita nie mniejsza niż {minimum}",
    "a whole number between {minimum} and {maximum}": "liczba całkowita od {minimum} do {maximum}",
    "0 or 1 (yes/no and true/false also work)": "0 lub 1 (działają też yes/no i true/false)",
    "one of: {choices}": "jedna z wartości: {choices}",
    "a host name or IP address": "nazwa hosta lub adres IP",
    "text": "tekst",
    "{raw!r} contains a control character (U+{code:04X}); retype the value":
        "{raw!r} zawiera znak sterujący (U+{code:04X}); wpisz wartość ponownie",
    "{raw!r} names the home folder of an unknown user": "{raw!r} wskazuje folder domowy nieznanego użytkownika",
    # --- opening a database (storage/engine.py, storage/store.py, storage/errors.py) ---
    "Cannot use {file}: {blocking} is a file, not a folder.": "Nie można użyć {file}: {blocking} jest plikiem, a nie folderem.",
    "The database file {file} does not exist.": "Plik bazy danych {file} nie istnieje.",
    "The folder {folder} does not exist.": "Folder {folder} nie istnieje.",
    "Cannot create the folder {folder}: {reason}.": "Nie można utworzyć folderu {folder}: {reason}.",
    "Unsupported database URL {url}": "Nieobsługiwany adres bazy danych {url}",
    "The file {file} is not a Supasoft database ({why}); it was left unchanged. {advice}":
        "Plik {file} nie jest bazą danych Supasoft ({why}); pozostawiono go bez zmian. {advice}",
    "the file is empty": "plik jest pusty",
    "it is not an SQLite database file": "nie jest to plik bazy danych SQLite",
    "or it is damaged": "lub jest uszkodzony",
    "an SQLite file without tables": "plik SQLite bez tabel",
    "another program's SQLite database": "baza danych SQLite innego programu",
    "Choose another file, or create a new database.": "Wybierz inny plik lub utwórz nową bazę danych.",
    "Choose another file or restore a backup.": "Wybierz inny plik lub przywróć kopię zapasową.",
    "{file} is a folder, not a database file.": "{file} jest folderem, a nie plikiem bazy danych.",
    "Cannot read the database file {file}: {reason}.": "Nie można odczytać pliku bazy danych {file}: {reason}.",
    "The database {file} is in use by another program. Close it and try again.":
        "Baza danych {file} jest używana przez inny program. Zamknij go i spróbuj ponownie.",
    "The server database {url} is not a Supasoft database (it has no Supasoft system tables); it was left unchanged. "
    "Check the path, or create it with `supasoft-admin server create`.":
        "Baza danych na serwerze {url} nie jest bazą danych Supasoft (nie ma tabel systemowych Supasoft); "
        "pozostawiono ją bez zmian. Sprawdź ścieżkę lub utwórz ją poleceniem `supasoft-admin server create`.",
    "The file {file} is not a Supasoft database or is damaged. Choose another file or restore a backup.":
        "Plik {file} nie jest bazą danych Supasoft lub jest uszkodzony. Wybierz inny plik lub przywróć kopię zapasową.",
    "The database {file} cannot be opened for writing ({reason}).":
        "Nie można otworzyć bazy danych {file} do zapisu ({reason}).",
    "The database cannot be opened: {reason}": "Nie można otworzyć bazy danych: {reason}",
    "The database file is damaged ({check}). Restore a backup.":
        "Plik bazy danych jest uszkodzony ({check}). Przywróć kopię zapasową.",
    "The database is in use by another program; close it and try again.":
        "Baza danych jest używana przez inny program; zamknij go i spróbuj ponownie.",
    "The database file cannot be written (read-only file, folder or medium).":
        "Nie można zapisywać pliku bazy danych (plik, folder lub nośnik tylko do odczytu).",
    "The database file does not exist on the server.": "Plik bazy danych nie istnieje na serwerze.",
    "The server refused the user name or password.": "Serwer odrzucił nazwę użytkownika lub hasło.",
    # --- backups (services/backups.py, storage/backup.py) ---
    "Backups of a server database are made with the server tools (gbak).":
        "Kopie zapasowe bazy danych na serwerze wykonuje się narzędziami serwera (gbak).",
    "A server database is restored with the server tools (gbak).":
        "Bazę danych na serwerze przywraca się narzędziami serwera (gbak).",
    "The backup copy failed its integrity check ({status})": "Kopia zapasowa nie przeszła kontroli integralności ({status})",
    "Backup to {target} failed: {reason}": "Nie udało się wykonać kopii zapasowej do {target}: {reason}",
    "The backup file {backup} does not exist.": "Plik kopii zapasowej {backup} nie istnieje.",
    "The backup {backup} is damaged ({status}).": "Kopia zapasowa {backup} jest uszkodzona ({status}).",
    "{backup} is not a usable backup: {reason}": "{backup} nie jest użyteczną kopią zapasową: {reason}",
    # --- logins, users, groups and grants (services/users.py, user_grants.py) ---
    "Wrong login or password.": "Błędny login lub hasło.",
    "The login": "Login",
    "The full name": "Imię i nazwisko",
    "The password": "Hasło",
    "{what} {problem}": "{what}: {problem}",
    "A password needs at least {count} characters": "Hasło musi mieć co najmniej {count} znaków",
    "A login must be 1 to 100 characters": "Login musi mieć od 1 do 100 znaków",
    "The login {login!r} is taken": "Login {login!r} jest już zajęty",
    "No user {login!r}": "Brak użytkownika {login!r}",
    "No user #{id}": "Brak użytkownika #{id}",
    "No group #{id}": "Brak grupy #{id}",
    "You cannot disable your own account.": "Nie możesz wyłączyć własnego konta.",
    "A group name must be 1 to 100 characters": "Nazwa grupy musi mieć od 1 do 100 znaków",
    "A group named {name!r} exists": "Grupa o nazwie {name!r} już istnieje",
    "The group name {problem}": "Nazwa grupy {problem}",
    "{group} cannot be renamed or deleted": "Grupy {group} nie można przemianować ani usunąć",
    "You cannot remove yourself from the administrators.": "Nie możesz usunąć siebie z administratorów.",
    "Unknown right, scope or flag": "Nieznane uprawnienie, zakres lub flaga",
    "A filtered scope needs a filter": "Zakres z filtrem wymaga filtra",
    "Field access must be one of {modes}": "Dostęp do pola musi być jednym z: {modes}",
    "Unknown level": "Nieznany poziom",
    "A right is given to a user or a group": "Uprawnienie nadaje się użytkownikowi lub grupie",
    # --- trash (services/record_history.py) ---
    "The object of this record no longer exists": "Obiekt tego rekordu już nie istnieje",
    "{name} #{id} exists again; cannot restore over it": "{name} #{id} znowu istnieje; nie można przywrócić w jego miejsce",
    # --- who is connected (services/maintenance.py ConnectedClient.describe) ---
    "{who}{running}{since}": "{who}{running}{since}",
    "{account} from {host}": "{account} z komputera {host}",
    "{account} (on the server)": "{account} (na serwerze)",
    ", {program} (pid {pid})": ", {program} (proces {pid})",
    ", {program}": ", {program}",
    "program": "aplikacja",
    ", since {time}": ", połączony od {time}",
    # --- server accounts (services/networked/server_admin.py); the {what} phrases follow "may not" / "Could not" ---
    "User {user} may not {what}: connect as SYSDBA, or as an administrator created with `server account add --admin` "
    "and with role RDB$ADMIN in the URL (?role=RDB$ADMIN).":
        "Użytkownik {user} nie może {what}: połącz się jako SYSDBA albo jako administrator utworzony poleceniem "
        "`server account add --admin`, z rolą RDB$ADMIN w adresie (?role=RDB$ADMIN).",
    "Could not {what}: the account already exists.": "Nie udało się {what}: konto już istnieje.",
    "Could not {what}: there is no such account.": "Nie udało się {what}: nie ma takiego konta.",
    "There is no account {name} on this server.": "Na tym serwerze nie ma konta {name}.",
    "create the account {name}": "utworzyć konta {name}",
    "delete the account {name}": "usunąć konta {name}",
    "change the password of {name}": "zmienić hasła konta {name}",
    "list the accounts": "wyświetlić listy kont",
    "grant the staff role its tables": "nadać roli pracowników uprawnień do jej tabel",
    # --- table rebuild (services/networked/server_health.py) ---
    "Only a database on a Firebird server needs a rebuild; this one is a SQLite file.":
        "Przebudowy wymaga tylko baza danych na serwerze Firebird; ta jest plikiem SQLite.",
    "Other users are connected: {listed}. Ask them to close Supasoft (Maintenance mode), then run the rebuild again.":
        "Połączeni są inni użytkownicy: {listed}. Poproś ich o zamknięcie Supasoft (tryb konserwacji), "
        "a potem ponownie uruchom przebudowę.",
}

RUSSIAN: dict[str, str] = {
    # --- storage: a newer database, a refusal the server words itself ---
    "This database was created by a newer version of Supasoft (schema {revision}); install the newer version to open it.":
        "Эта база данных создана более новой версией Supasoft (схема {revision}); установите новую версию, чтобы открыть её.",
    "The database server refused the operation: {reason}": "Сервер базы данных отказался выполнить операцию: {reason}",
    # --- client.ini (settings.py) ---
    "{path}: settings file not found": "{path}: файл настроек не найден",
    "{path}: cannot read settings file ({reason})": "{path}: не удаётся прочитать файл настроек ({reason})",
    "{path}, line {line}: the file is not UTF-8 text; save it as UTF-8":
        "{path}, строка {line}: файл не в кодировке UTF-8; сохраните его в UTF-8",
    "{where}, line {line}: {raw!r} {problem}": "{where}, строка {line}: {raw!r} {problem}",
    "is not a [Section] header (missing ']'?)": "не является заголовком [Раздела] (нет ']'?)",
    "comes before any [Section] header": "стоит перед заголовком какого-либо [Раздела]",
    "is not a 'Key=value' line": "не является строкой 'Ключ=значение'",
    "{where}, line {line}: section [{section}] appears twice": "{where}, строка {line}: раздел [{section}] встречается дважды",
    "{where}, line {line}, key {key}: appears twice in [{section}]":
        "{where}, строка {line}, ключ {key}: встречается дважды в [{section}]",
    "{where}, line {line}: section [{section}] appears twice (also as [{other}])":
        "{where}, строка {line}: раздел [{section}] встречается дважды (также как [{other}])",
    "{where}, line {line}, key {key}: this indented line is read as part of the {key} value above; remove the leading spaces":
        "{where}, строка {line}, ключ {key}: эта строка с отступом читается как часть значения {key} выше; "
        "уберите пробелы в начале",
    "{where}, line {line}, key {key}: {problem}": "{where}, строка {line}, ключ {key}: {problem}",
    "{where}, line {line}, key Path: Engine=firebird needs Path= set to the database path or alias on the server":
        "{where}, строка {line}, ключ Path: для Engine=firebird нужно указать в Path= путь или псевдоним базы данных "
        "на сервере",
    "{raw!r} is not {allowed}": "{raw!r} — недопустимое значение; ожидается: {allowed}",
    "a whole number of at least {minimum}": "целое число не меньше {minimum}",
    "a whole number between {minimum} and {maximum}": "целое число от {minimum} до {maximum}",
    "0 or 1 (yes/no and true/false also work)": "0 или 1 (также подходят yes/no и true/false)",
    "one of: {choices}": "одно из значений: {choices}",
    "a host name or IP address": "имя хоста или IP-адрес",
    "text": "текст",
    "{raw!r} contains a control character (U+{code:04X}); retype the value":
        "{raw!r} содержит управляющий символ (U+{code:04X}); введите значение заново",
    "{raw!r} names the home folder of an unknown user": "{raw!r} указывает на домашнюю папку неизвестного пользователя",
    # --- opening a database (storage/engine.py, storage/store.py, storage/errors.py) ---
    "Cannot use {file}: {blocking} is a file, not a folder.": "Нельзя использовать {file}: {blocking} — это файл, а не папка.",
    "The database file {file} does not exist.": "Файл базы данных {file} не существует.",
    "The folder {folder} does not exist.": "Папка {folder} не существует.",
    "Cannot create the folder {folder}: {reason}.": "Не удаётся создать папку {folder}: {reason}.",
    "Unsupported database URL {url}": "Неподдерживаемый адрес базы данных {url}",
    "The file {file} is not a Supasoft database ({why}); it was left unchanged. {advice}":
        "Файл {file} не является базой данных Supasoft ({why}); он оставлен без изменений. {advice}",
    "the file is empty": "файл пуст",
    "it is not an SQLite database file": "это не файл базы данных SQLite",
    "or it is damaged": "или он повреждён",
    "an SQLite file without tables": "файл SQLite без таблиц",
    "another program's SQLite database": "база данных SQLite другой программы",
    "Choose another file, or create a new database.": "Выберите другой файл или создайте новую базу данных.",
    "Choose another file or restore a backup.": "Выберите другой файл или восстановите резервную копию.",
    "{file} is a folder, not a database file.": "{file} — это папка, а не файл базы данных.",
    "Cannot read the database file {file}: {reason}.": "Не удаётся прочитать файл базы данных {file}: {reason}.",
    "The database {file} is in use by another program. Close it and try again.":
        "База данных {file} используется другой программой. Закройте её и повторите попытку.",
    "The server database {url} is not a Supasoft database (it has no Supasoft system tables); it was left unchanged. "
    "Check the path, or create it with `supasoft-admin server create`.":
        "Серверная база данных {url} не является базой данных Supasoft (в ней нет системных таблиц Supasoft); "
        "она оставлена без изменений. Проверьте путь или создайте её командой `supasoft-admin server create`.",
    "The file {file} is not a Supasoft database or is damaged. Choose another file or restore a backup.":
        "Файл {file} не является базой данных Supasoft или повреждён. Выберите другой файл или восстановите "
        "резервную копию.",
    "The database {file} cannot be opened for writing ({reason}).":
        "Базу данных {file} не удаётся открыть для записи ({reason}).",
    "The database cannot be opened: {reason}": "Не удаётся открыть базу данных: {reason}",
    "The database file is damaged ({check}). Restore a backup.":
        "Файл базы данных повреждён ({check}). Восстановите резервную копию.",
    "The database is in use by another program; close it and try again.":
        "База данных используется другой программой; закройте её и повторите попытку.",
    "The database file cannot be written (read-only file, folder or medium).":
        "В файл базы данных нельзя записывать (файл, папка или носитель только для чтения).",
    "The database file does not exist on the server.": "Файл базы данных не существует на сервере.",
    "The server refused the user name or password.": "Сервер отклонил имя пользователя или пароль.",
    # --- backups (services/backups.py, storage/backup.py) ---
    "Backups of a server database are made with the server tools (gbak).":
        "Резервные копии серверной базы данных делаются средствами сервера (gbak).",
    "A server database is restored with the server tools (gbak).":
        "Серверная база данных восстанавливается средствами сервера (gbak).",
    "The backup copy failed its integrity check ({status})": "Резервная копия не прошла проверку целостности ({status})",
    "Backup to {target} failed: {reason}": "Не удалось создать резервную копию в {target}: {reason}",
    "The backup file {backup} does not exist.": "Файл резервной копии {backup} не существует.",
    "The backup {backup} is damaged ({status}).": "Резервная копия {backup} повреждена ({status}).",
    "{backup} is not a usable backup: {reason}": "{backup} не является пригодной резервной копией: {reason}",
    # --- logins, users, groups and grants (services/users.py, user_grants.py) ---
    "Wrong login or password.": "Неверный логин или пароль.",
    "The login": "Логин",
    "The full name": "Полное имя",
    "The password": "Пароль",
    "{what} {problem}": "{what}: {problem}",
    "A password needs at least {count} characters": "Пароль должен содержать не менее {count} символов",
    "A login must be 1 to 100 characters": "Логин должен содержать от 1 до 100 символов",
    "The login {login!r} is taken": "Логин {login!r} уже занят",
    "No user {login!r}": "Нет пользователя {login!r}",
    "No user #{id}": "Нет пользователя #{id}",
    "No group #{id}": "Нет группы #{id}",
    "You cannot disable your own account.": "Нельзя отключить собственную учётную запись.",
    "A group name must be 1 to 100 characters": "Название группы должно содержать от 1 до 100 символов",
    "A group named {name!r} exists": "Группа с названием {name!r} уже существует",
    "The group name {problem}": "Название группы {problem}",
    "{group} cannot be renamed or deleted": "Группу {group} нельзя переименовать или удалить",
    "You cannot remove yourself from the administrators.": "Нельзя исключить себя из администраторов.",
    "Unknown right, scope or flag": "Неизвестное право, область или флаг",
    "A filtered scope needs a filter": "Для области с фильтром нужен фильтр",
    "Field access must be one of {modes}": "Доступ к полю должен быть одним из: {modes}",
    "Unknown level": "Неизвестный уровень",
    "A right is given to a user or a group": "Право выдаётся пользователю или группе",
    # --- trash (services/record_history.py) ---
    "The object of this record no longer exists": "Объект этой записи больше не существует",
    "{name} #{id} exists again; cannot restore over it": "{name} #{id} снова существует; восстановить поверх него нельзя",
    # --- who is connected (services/maintenance.py ConnectedClient.describe) ---
    "{who}{running}{since}": "{who}{running}{since}",
    "{account} from {host}": "{account} с компьютера {host}",
    "{account} (on the server)": "{account} (на сервере)",
    ", {program} (pid {pid})": ", {program} (процесс {pid})",
    ", {program}": ", {program}",
    "program": "программа",
    ", since {time}": ", подключён с {time}",
    # --- server accounts (services/networked/server_admin.py); the {what} phrases follow "may not" / "Could not" ---
    "User {user} may not {what}: connect as SYSDBA, or as an administrator created with `server account add --admin` "
    "and with role RDB$ADMIN in the URL (?role=RDB$ADMIN).":
        "Пользователь {user} не может {what}: подключитесь как SYSDBA или как администратор, созданный командой "
        "`server account add --admin`, с ролью RDB$ADMIN в адресе (?role=RDB$ADMIN).",
    "Could not {what}: the account already exists.": "Не удалось {what}: учётная запись уже существует.",
    "Could not {what}: there is no such account.": "Не удалось {what}: такой учётной записи нет.",
    "There is no account {name} on this server.": "На этом сервере нет учётной записи {name}.",
    "create the account {name}": "создать учётную запись {name}",
    "delete the account {name}": "удалить учётную запись {name}",
    "change the password of {name}": "изменить пароль учётной записи {name}",
    "list the accounts": "получить список учётных записей",
    "grant the staff role its tables": "выдать роли сотрудников права на её таблицы",
    # --- table rebuild (services/networked/server_health.py) ---
    "Only a database on a Firebird server needs a rebuild; this one is a SQLite file.":
        "Перестройка нужна только базе данных на сервере Firebird; эта база — файл SQLite.",
    "Other users are connected: {listed}. Ask them to close Supasoft (Maintenance mode), then run the rebuild again.":
        "Подключены другие пользователи: {listed}. Попросите их закрыть Supasoft (режим обслуживания), "
        "затем снова запустите перестройку.",
}
