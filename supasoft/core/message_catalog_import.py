"""Polish and Russian texts of the import's messages (merged into message_catalog), keyed by the English template."""

from __future__ import annotations

POLISH: dict[str, str] = {
    "Name the table to import (--table): {names}": "Podaj tabelę do importu (--table): {names}",
    "Nothing was imported: {count} problem(s): {first}{more}": "Nic nie zaimportowano: problemy ({count}): {first}{more}",
    "The file has no column {column!r}": "Plik nie ma kolumny {column!r}",
    "The first row holds no column names": "Pierwszy wiersz nie zawiera nazw kolumn",
    "The import mode must be one of: {modes}": "Tryb importu musi być jednym z: {modes}",
    "There is no file {path}": "Nie ma pliku {path}",
    "There is no sheet {sheet!r} in {name}: {sheets}": "W pliku {name} nie ma arkusza {sheet!r}: {sheets}",
    "There is no table {table!r} in {path}": "W bazie {path} nie ma tabeli {table!r}",
    "This is not a saved import mapping": "To nie jest zapisane przypisanie kolumn importu",
    "Updating needs one or more key fields (--key) to find the records":
        "Aktualizacja wymaga co najmniej jednego pola klucza (--key), by znaleźć rekordy",
    "Write a column mapping as Header=Field: {spec!r}": "Zapisz przypisanie kolumny jako Nagłówek=Pole: {spec!r}",
    "You may not change {field}: leave the column {column} out of the import":
        "Nie możesz zmieniać pola {field}: pomiń kolumnę {column} w imporcie",
    "is not one of: {choices}": "nie jest jedną z wartości: {choices}",
    "matches several {objects}": "pasuje do kilku rekordów ({objects})",
    "no record has this key": "żaden rekord nie ma tego klucza",
    "no {object} matches {value!r}": "brak rekordu ({object}) pasującego do {value!r}",
    "the key is empty": "klucz jest pusty",
    "the row has {count} cells, the header has {width}": "wiersz ma komórek: {count}, nagłówek: {width}",
    "the same key as row {row}": "ten sam klucz co w wierszu {row}",
    "the same value as row {row}": "ta sama wartość co w wierszu {row}",
    "{field} is computed and cannot be imported: leave the column {column} out":
        "Pole {field} jest obliczane i nie można go importować: pomiń kolumnę {column}",
    "{field} is not a reference: only a reference is matched by a key field":
        "{field} nie jest powiązaniem: tylko powiązanie dopasowuje się po polu klucza",
    "{name} has no rows": "{name} nie ma wierszy",
    "{name} is empty": "{name} jest pusty",
    "{name} is not a text (CSV) file": "{name} nie jest plikiem tekstowym (CSV)",
    "{name} is not an .xlsx workbook": "{name} nie jest skoroszytem .xlsx",
    "{object} has no field {name!r}": "{object} nie ma pola {name!r}",
    "{path} is not an SQLite database": "{path} nie jest bazą danych SQLite",
    "the record was changed by someone else meanwhile": "ktoś inny zmienił w międzyczasie ten rekord",
    "row {row}: {place}: {problem}": "wiersz {row}: {place}: {problem}",
    "row {row}: {problem}": "wiersz {row}: {problem}",
    "no user matches {value!r}": "brak użytkownika pasującego do {value!r}",
    "users": "użytkownicy",
    # error file and undo of an import
    "Row": "Wiersz",
    "Reason": "Powód",
    "There is no import number {number}": "Nie ma importu o numerze {number}",
    "Import number {number} was already undone": "Import o numerze {number} został już cofnięty",
    "The undo was cancelled: nothing was changed, import number {number} can still be undone":
        "Cofanie przerwano: nic nie zmieniono, import o numerze {number} można nadal cofnąć",
    "Detail rows are only created: import them with the create mode":
        "Wiersze szczegółów są tylko tworzone: importuj je w trybie tworzenia",
    "{detail} do not point at {parent}": "{detail} nie wskazują na {parent}",
    "no row of the {object} file has the key {value!r}": "żaden wiersz pliku ({object}) nie ma klucza {value!r}",
    "its parent row {row} has problems": "jego wiersz nadrzędny {row} ma problemy",
    "needs the folder of files (--files)": "wymaga folderu z plikami (--files)",
    "is outside the folder of files": "leży poza folderem z plikami",
    "no file {name!r} in {folder}": "brak pliku {name!r} w folderze {folder}",
    "There is no list view {name!r}: {names}": "Nie ma widoku listy {name!r}: {names}",
    "{value!r} holds no number for a Code": "{value!r} nie zawiera numeru na Kod",
    "the Code {code} is already used by another record": "Kod {code} ma już inny rekord",
}

RUSSIAN: dict[str, str] = {
    "Name the table to import (--table): {names}": "Укажите таблицу для импорта (--table): {names}",
    "Nothing was imported: {count} problem(s): {first}{more}": "Ничего не импортировано: проблем: {count}: {first}{more}",
    "The file has no column {column!r}": "В файле нет столбца {column!r}",
    "The first row holds no column names": "В первой строке нет названий столбцов",
    "The import mode must be one of: {modes}": "Режим импорта должен быть одним из: {modes}",
    "There is no file {path}": "Нет файла {path}",
    "There is no sheet {sheet!r} in {name}: {sheets}": "В файле {name} нет листа {sheet!r}: {sheets}",
    "There is no table {table!r} in {path}": "В базе {path} нет таблицы {table!r}",
    "This is not a saved import mapping": "Это не сохранённое сопоставление столбцов импорта",
    "Updating needs one or more key fields (--key) to find the records":
        "Для обновления нужно одно или несколько ключевых полей (--key), чтобы найти записи",
    "Write a column mapping as Header=Field: {spec!r}": "Запишите сопоставление столбца как Заголовок=Поле: {spec!r}",
    "You may not change {field}: leave the column {column} out of the import":
        "Вам нельзя изменять поле {field}: исключите столбец {column} из импорта",
    "is not one of: {choices}": "не является одним из значений: {choices}",
    "matches several {objects}": "подходит к нескольким записям ({objects})",
    "no record has this key": "нет записи с таким ключом",
    "no {object} matches {value!r}": "нет записи ({object}), подходящей к {value!r}",
    "the key is empty": "ключ пуст",
    "the row has {count} cells, the header has {width}": "в строке ячеек: {count}, в заголовке: {width}",
    "the same key as row {row}": "тот же ключ, что в строке {row}",
    "the same value as row {row}": "то же значение, что в строке {row}",
    "{field} is computed and cannot be imported: leave the column {column} out":
        "Поле {field} вычисляется и не может импортироваться: исключите столбец {column}",
    "{field} is not a reference: only a reference is matched by a key field":
        "{field} не является ссылкой: по ключевому полю сопоставляется только ссылка",
    "{name} has no rows": "В {name} нет строк",
    "{name} is empty": "{name} пуст",
    "{name} is not a text (CSV) file": "{name} не является текстовым файлом (CSV)",
    "{name} is not an .xlsx workbook": "{name} не является книгой .xlsx",
    "{object} has no field {name!r}": "У объекта {object} нет поля {name!r}",
    "{path} is not an SQLite database": "{path} не является базой данных SQLite",
    "the record was changed by someone else meanwhile": "запись тем временем изменил кто-то другой",
    "row {row}: {place}: {problem}": "строка {row}: {place}: {problem}",
    "row {row}: {problem}": "строка {row}: {problem}",
    "no user matches {value!r}": "нет пользователя, подходящего к {value!r}",
    "users": "пользователи",
    # error file and undo of an import
    "Row": "Строка",
    "Reason": "Причина",
    "There is no import number {number}": "Нет импорта с номером {number}",
    "Import number {number} was already undone": "Импорт с номером {number} уже отменён",
    "The undo was cancelled: nothing was changed, import number {number} can still be undone":
        "Отмена прервана: ничего не изменено, импорт с номером {number} всё ещё можно отменить",
    "Detail rows are only created: import them with the create mode":
        "Строки деталей только создаются: импортируйте их в режиме создания",
    "{detail} do not point at {parent}": "{detail} не ссылаются на {parent}",
    "no row of the {object} file has the key {value!r}": "ни одна строка файла ({object}) не имеет ключа {value!r}",
    "its parent row {row} has problems": "в её родительской строке {row} есть проблемы",
    "needs the folder of files (--files)": "требует папку с файлами (--files)",
    "is outside the folder of files": "находится вне папки с файлами",
    "no file {name!r} in {folder}": "нет файла {name!r} в папке {folder}",
    "There is no list view {name!r}: {names}": "Нет представления списка {name!r}: {names}",
    "{value!r} holds no number for a Code": "{value!r} не содержит номера для кода",
    "the Code {code} is already used by another record": "код {code} уже занят другой записью",
}
