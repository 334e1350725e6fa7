"""Fill Polish and Russian translations of the shell (and shared busy dialog) into the .ts files; keeps others' entries.

Run after scripts/update_translations.sh added new source texts, then run that script again to compile .qm files.
"""

from __future__ import annotations

import copy
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

I18N = Path(__file__).resolve().parents[1] / "supasoft" / "i18n"

# context -> source -> (Polish, Russian); plural sources map to ([pl one, few, many], [ru one, few, many])
T: dict[str, dict[str, tuple]] = {
    "MainWindow": {
        "Supasoft — %s": ("Supasoft — %s", "Supasoft — %s"),
        "Open database": ("Otwórz bazę danych", "Открыть базу данных"),
        "Supasoft databases (*.db *.sqlite);;All files (*)": ("Bazy Supasoft (*.db *.sqlite);;Wszystkie pliki (*)", "Базы Supasoft (*.db *.sqlite);;Все файлы (*)"),
        "Back up the database": ("Utwórz kopię zapasową bazy", "Резервная копия базы"),
        "Supasoft databases (*.db)": ("Bazy Supasoft (*.db)", "Базы Supasoft (*.db)"),
        "Backing up…": ("Tworzenie kopii zapasowej…", "Создание резервной копии…"),
        "Backup": ("Kopia zapasowa", "Резервная копия"),
        "Backup saved to %s": ("Kopię zapasową zapisano w %s", "Резервная копия сохранена в %s"),
        "Restore from a backup": ("Przywróć z kopii zapasowej", "Восстановить из резервной копии"),
        "Supasoft databases (*.db);;All files (*)": ("Bazy Supasoft (*.db);;Wszystkie pliki (*)", "Базы Supasoft (*.db);;Все файлы (*)"),
        "Replace everything in this database with the backup %s?\nA safety copy of the current state is taken first.": (
            "Zastąpić całą zawartość tej bazy kopią %s?\nNajpierw zostanie zapisana kopia bieżącego stanu.",
            "Заменить всё содержимое этой базы копией %s?\nСначала будет сохранена копия текущего состояния."),
        "&File": ("&Plik", "&Файл"),
        "&Open database…": ("&Otwórz bazę danych…", "&Открыть базу данных…"),
        "&Back up…": ("&Kopia zapasowa…", "&Резервная копия…"),
        "&Restore from a backup…": ("P&rzywróć z kopii zapasowej…", "&Восстановить из копии…"),
        "E&xit": ("&Zakończ", "В&ыход"),
        "&Records": ("&Rekordy", "&Записи"),
        "&New record": ("&Nowy rekord", "&Новая запись"),
        "&Open record": ("&Otwórz rekord", "&Открыть запись"),
        "&Delete": ("&Usuń", "&Удалить"),
        "Re&fresh": ("Odś&wież", "О&бновить"),
        "&Find…": ("&Szukaj…", "На&йти…"),
        "&Change field in selected…": ("&Zmień pole w zaznaczonych…", "&Изменить поле в выбранных…"),
        "&Export to Excel…": ("&Eksport do Excela…", "&Экспорт в Excel…"),
        "&Trash": ("&Kosz", "&Корзина"),
        "Re&ports": ("R&aporty", "&Отчёты"),
        "&Documents": ("&Dokumenty", "&Документы"),
        "Coming in a later version": ("W jednej z kolejnych wersji", "Появится в следующей версии"),
        "coming": ("wkrótce", "скоро"),
        "&Settings": ("&Ustawienia", "&Настройки"),
        "&Configurator…": ("&Konfigurator…", "&Конфигуратор…"),
        "&Access rights…": ("&Uprawnienia dostępu…", "&Права доступа…"),
        "&Help": ("Pomo&c", "&Справка"),
        "&About Supasoft": ("&O programie Supasoft", "&О программе Supasoft"),
        "&Database information": ("&Informacje o bazie", "&Сведения о базе"),
    },
    "TableTab": {
        "Move %n record(s) to the trash?": (["Przenieść %n rekord do kosza?", "Przenieść %n rekordy do kosza?", "Przenieść %n rekordów do kosza?"],
                                            ["Переместить %n запись в корзину?", "Переместить %n записи в корзину?", "Переместить %n записей в корзину?"]),
        "%n record(s) moved to the trash.": (["%n rekord przeniesiono do kosza.", "%n rekordy przeniesiono do kosza.", "%n rekordów przeniesiono do kosza."],
                                             ["%n запись перемещена в корзину.", "%n записи перемещены в корзину.", "%n записей перемещено в корзину."]),
        "%n record(s) put back.": (["Przywrócono %n rekord.", "Przywrócono %n rekordy.", "Przywrócono %n rekordów."],
                                   ["Восстановлена %n запись.", "Восстановлены %n записи.", "Восстановлено %n записей."]),
        "%n record(s) changed.": (["Zmieniono %n rekord.", "Zmieniono %n rekordy.", "Zmieniono %n rekordów."],
                                  ["Изменена %n запись.", "Изменены %n записи.", "Изменено %n записей."]),
        "%n record(s) exported to %1": (["Wyeksportowano %n rekord do %1", "Wyeksportowano %n rekordy do %1", "Wyeksportowano %n rekordów do %1"],
                                        ["%n запись выгружена в %1", "%n записи выгружены в %1", "%n записей выгружено в %1"]),
        "%n record(s)": (["%n rekord", "%n rekordy", "%n rekordów"], ["%n запись", "%n записи", "%n записей"]),
        "%n selected": (["%n zaznaczony", "%n zaznaczone", "%n zaznaczonych"], ["%n выбрана", "%n выбраны", "%n выбрано"]),
        "New": ("Nowy", "Новая"),
        "New record (Ctrl+N)": ("Nowy rekord (Ctrl+N)", "Новая запись (Ctrl+N)"),
        "Delete": ("Usuń", "Удалить"),
        "Move the selected records to the trash (Del)": ("Przenieś zaznaczone rekordy do kosza (Del)", "Переместить выбранные записи в корзину (Del)"),
        "Refresh": ("Odśwież", "Обновить"),
        "Refresh (F5)": ("Odśwież (F5)", "Обновить (F5)"),
        "Search… (Ctrl+F)": ("Szukaj… (Ctrl+F)", "Поиск… (Ctrl+F)"),
        "Filter…": ("Filtr…", "Фильтр…"),
        "Clear filter": ("Wyczyść filtr", "Сбросить фильтр"),
        "Columns…": ("Kolumny…", "Столбцы…"),
        "Choose the columns": ("Wybierz kolumny", "Выбрать столбцы"),
        " View: ": (" Widok: ", " Вид: "),
        "Save view…": ("Zapisz widok…", "Сохранить вид…"),
        "Save the columns, sort and filter as a view": ("Zapisz kolumny, sortowanie i filtr jako widok", "Сохранить столбцы, сортировку и фильтр как вид"),
        "Change field…": ("Zmień pole…", "Изменить поле…"),
        "Set one field in all selected records": ("Ustaw jedno pole we wszystkich zaznaczonych rekordach", "Задать одно поле во всех выбранных записях"),
        "Export": ("Eksport", "Экспорт"),
        "Export the current view to Excel": ("Eksportuj bieżący widok do Excela", "Выгрузить текущий вид в Excel"),
        "Undo": ("Cofnij", "Отменить"),
        "%s (personal)": ("%s (osobisty)", "%s (личный)"),
        "All fields": ("Wszystkie pola", "Все поля"),
        "Filter: %s": ("Filtr: %s", "Фильтр: %s"),
        "Search: %s": ("Szukane: %s", "Поиск: %s"),
        "Cancelled": ("Anulowano", "Отменено"),
        "… and %d more": ("… i %d więcej", "… и ещё %d"),
        "Some records were not changed:": ("Niektóre rekordy nie zostały zmienione:", "Некоторые записи не изменены:"),
        "Deleting…": ("Usuwanie…", "Удаление…"),
        "Undoing…": ("Cofanie…", "Отмена…"),
        "Changing…": ("Zmienianie…", "Изменение…"),
        "Select the records to change first.": ("Najpierw zaznacz rekordy do zmiany.", "Сначала выберите записи для изменения."),
        "You do not have the right to export.": ("Nie masz prawa do eksportu.", "У вас нет права на экспорт."),
        "Exporting…": ("Eksportowanie…", "Экспорт…"),
        "Export to Excel": ("Eksport do Excela", "Экспорт в Excel"),
        "Excel workbook (*.xlsx)": ("Skoroszyt Excela (*.xlsx)", "Книга Excel (*.xlsx)"),
        "Searching…": ("Wyszukiwanie…", "Поиск…"),
    },
    "Navigator": {
        "Trash": ("Kosz", "Корзина"),
        "%n record(s)": (["%n rekord", "%n rekordy", "%n rekordów"], ["%n запись", "%n записи", "%n записей"]),
    },
    "TrashTab": {
        "Record": ("Rekord", "Запись"), "Object": ("Obiekt", "Объект"), "Deleted": ("Usunięto", "Удалено"),
        "Deleted by": ("Usunął", "Удалил"), "With children": ("Z podrzędnymi", "С подчинёнными"),
        "Restore selected": ("Przywróć zaznaczone", "Восстановить выбранные"),
        "Empty trash…": ("Opróżnij kosz…", "Очистить корзину…"), "Refresh": ("Odśwież", "Обновить"),
        "Trash": ("Kosz", "Корзина"), "Trash: %s": ("Kosz: %s", "Корзина: %s"),
        "%n deleted record(s)": (["%n usunięty rekord", "%n usunięte rekordy", "%n usuniętych rekordów"],
                                 ["%n удалённая запись", "%n удалённые записи", "%n удалённых записей"]),
        "Delete every record in this trash for good? This cannot be undone.": (
            "Usunąć na zawsze wszystkie rekordy z tego kosza? Tego nie można cofnąć.",
            "Удалить навсегда все записи из этой корзины? Это нельзя отменить."),
    },
    "Filter": {
        "equals": ("równa się", "равно"), "does not equal": ("nie równa się", "не равно"),
        "is empty": ("jest puste", "пусто"), "is not empty": ("nie jest puste", "не пусто"),
        "is one of (comma-separated)": ("jest jednym z (po przecinku)", "одно из (через запятую)"),
        "is less than": ("jest mniejsze niż", "меньше"), "is at most": ("jest co najwyżej", "не больше"),
        "is greater than": ("jest większe niż", "больше"), "is at least": ("jest co najmniej", "не меньше"),
        "is between": ("jest pomiędzy", "между"), "contains": ("zawiera", "содержит"),
        "does not contain": ("nie zawiera", "не содержит"), "starts with": ("zaczyna się od", "начинается с"),
        "ends with": ("kończy się na", "заканчивается на"), " AND ": (" I ", " И "), " OR ": (" LUB ", " ИЛИ "),
        " and ": (" i ", " и "), "is one of": ("jest jednym z", "одно из"),
    },
    "FilterBuilderDialog": {"Filter %s": ("Filtr: %s", "Фильтр: %s"), "Clear filter": ("Wyczyść filtr", "Сбросить фильтр")},
    "GroupEditor": {
        "Show records matching": ("Pokaż rekordy spełniające", "Показать записи, где выполнены"),
        "all of these (AND)": ("wszystkie warunki (I)", "все условия (И)"),
        "any of these (OR)": ("dowolny z warunków (LUB)", "любое из условий (ИЛИ)"),
        "Remove this group": ("Usuń tę grupę", "Удалить группу"), "Add condition": ("Dodaj warunek", "Добавить условие"),
        "Add group": ("Dodaj grupę", "Добавить группу"),
    },
    "ConditionRow": {"Remove this condition": ("Usuń ten warunek", "Удалить условие")},
    "ValueInput": {"and": ("i", "и"), "a, b, c": ("a, b, c", "a, b, c"), "value": ("wartość", "значение")},
    "ColumnsDialog": {
        "Columns": ("Kolumny", "Столбцы"),
        "Tick the columns to show. Open a reference to show fields of the linked record. Drag column headers in the table to change their order.": (
            "Zaznacz kolumny do pokazania. Rozwiń odwołanie, aby pokazać pola powiązanego rekordu. Przeciągnij nagłówki kolumn w tabeli, aby zmienić ich kolejność.",
            "Отметьте столбцы для показа. Раскройте ссылку, чтобы показать поля связанной записи. Перетащите заголовки столбцов в таблице, чтобы изменить порядок."),
        "Open to show fields of %s": ("Rozwiń, aby pokazać pola: %s", "Раскройте, чтобы показать поля: %s"),
    },
    "BulkSetDialog": {
        "Change %n record(s)": (["Zmień %n rekord", "Zmień %n rekordy", "Zmień %n rekordów"], ["Изменить %n запись", "Изменить %n записи", "Изменить %n записей"]),
        "Set the same value in %n selected record(s).": (
            ["Ustaw tę samą wartość w %n zaznaczonym rekordzie.", "Ustaw tę samą wartość w %n zaznaczonych rekordach.", "Ustaw tę samą wartość w %n zaznaczonych rekordach."],
            ["Задать одно значение в %n выбранной записи.", "Задать одно значение в %n выбранных записях.", "Задать одно значение в %n выбранных записях."]),
        "Field:": ("Pole:", "Поле:"), "New value:": ("Nowa wartość:", "Новое значение:"),
    },
    "SaveViewDialog": {
        "Save view": ("Zapisz widok", "Сохранить вид"), "Name:": ("Nazwa:", "Название:"),
        "Everyone can use this view": ("Widok dostępny dla wszystkich", "Вид доступен всем"),
        "Unticked: only you see it in the list of views": ("Bez zaznaczenia: widzisz go tylko ty", "Без отметки: вид видите только вы"),
    },
    "Fields": {"Code": ("Kod", "Код")},
    "About": {
        "<h3>Supasoft %s</h3><p>An open-source CRM constructor: build the objects, fields, tables and cards your office needs, then work in them.</p><p>License: MIT</p>": (
            "<h3>Supasoft %s</h3><p>Otwarty konstruktor CRM: zbuduj obiekty, pola, tabele i karty potrzebne w biurze, a potem w nich pracuj.</p><p>Licencja: MIT</p>",
            "<h3>Supasoft %s</h3><p>Открытый конструктор CRM: создайте объекты, поля, таблицы и карточки, нужные вашему офису, и работайте в них.</p><p>Лицензия: MIT</p>"),
        "About Supasoft": ("O programie Supasoft", "О программе Supasoft"), "Edition": ("Wydanie", "Редакция"),
        "Networked": ("Sieciowe", "Сетевая"), "Free (one file)": ("Darmowe (jeden plik)", "Бесплатная (один файл)"),
        "Database": ("Baza danych", "База данных"), "Engine": ("Silnik", "Движок"),
        "Schema version": ("Wersja schematu", "Версия схемы"), "Structure version": ("Wersja struktury", "Версия структуры"),
        "Template": ("Szablon", "Шаблон"), "Program version": ("Wersja programu", "Версия программы"),
        "Records": ("Rekordy", "Записи"), "Database information": ("Informacje o bazie", "Сведения о базе"),
    },
    "Startup": {
        "This database was written by a newer Supasoft. Install the newer version, or choose another file or a backup.": (
            "Tę bazę zapisała nowsza wersja Supasoft. Zainstaluj nowszą wersję albo wybierz inny plik lub kopię zapasową.",
            "Эта база записана более новой версией Supasoft. Установите новую версию или выберите другой файл или резервную копию."),
        "Fix the settings file (the message names the line), then start again.": (
            "Popraw plik ustawień (komunikat wskazuje wiersz) i uruchom program ponownie.",
            "Исправьте файл настроек (в сообщении указана строка) и запустите программу снова."),
        "Choose another database file, restore a backup, or quit.": (
            "Wybierz inny plik bazy, przywróć kopię zapasową lub zakończ.",
            "Выберите другой файл базы, восстановите резервную копию или выйдите."),
        "Cannot open the database": ("Nie można otworzyć bazy danych", "Не удаётся открыть базу данных"),
        "Choose another file…": ("Wybierz inny plik…", "Выбрать другой файл…"),
        "Restore a backup…": ("Przywróć kopię zapasową…", "Восстановить резервную копию…"),
        "Quit": ("Zakończ", "Выйти"), "Open database": ("Otwórz bazę danych", "Открыть базу данных"),
        "Supasoft databases (*.db *.sqlite);;All files (*)": ("Bazy Supasoft (*.db *.sqlite);;Wszystkie pliki (*)", "Базы Supasoft (*.db *.sqlite);;Все файлы (*)"),
        "Choose a backup": ("Wybierz kopię zapasową", "Выберите резервную копию"),
        "Supasoft databases (*.db);;All files (*)": ("Bazy Supasoft (*.db);;Wszystkie pliki (*)", "Базы Supasoft (*.db);;Все файлы (*)"),
        "Settings file problem": ("Problem z plikiem ustawień", "Ошибка в файле настроек"),
        "Opening the database…": ("Otwieranie bazy danych…", "Открытие базы данных…"),
        "Opening was cancelled.": ("Otwieranie anulowano.", "Открытие отменено."),
        "Restore from a backup": ("Przywróć z kopii zapasowej", "Восстановить из резервной копии"),
    },
    "BusyTask": {
        "Working…": ("Trwa praca…", "Выполняется…"), "Cancel": ("Anuluj", "Отмена"),
        "Please wait": ("Proszę czekać", "Подождите"), "Cancelling…": ("Anulowanie…", "Отмена…"),
    },
}


# Texts of the cards, configurator, access-rights and widgets packages.
_CONDITIONS = {
    "is": ("jest równe", "равно"), "is not": ("nie jest równe", "не равно"),
    "is empty": ("jest puste", "пусто"), "is filled in": ("jest wypełnione", "заполнено"),
    "is one of (;)": ("jest jednym z (;)", "одно из (;)"), "less than": ("mniejsze niż", "меньше"),
    "at most": ("co najwyżej", "не больше"), "more than": ("większe niż", "больше"),
    "at least": ("co najmniej", "не меньше"), "between (;)": ("pomiędzy (;)", "между (;)"),
    "contains": ("zawiera", "содержит"), "does not contain": ("nie zawiera", "не содержит"),
    "starts with": ("zaczyna się od", "начинается с"), "ends with": ("kończy się na", "заканчивается на"),
    "Remove this condition": ("Usuń ten warunek", "Удалить условие"),
    "Code": ("Kod", "Код"), "and": ("i", "и"), "or": ("lub", "или"),
}
T.update({
    "AccessRights": {
        **_CONDITIONS,
        "Object": ("Obiekt", "Объект"), "Records": ("Rekordy", "Записи"), "Refresh": ("Odśwież", "Обновить"),
        "Name:": ("Nazwa:", "Название:"),
        "You do not have the right to manage access rights.": ("Nie masz uprawnień do zarządzania uprawnieniami dostępu.", "У вас нет права управлять правами доступа."),
        "Logged in": ("Logowanie", "Вход в систему"),
        "Failed login": ("Nieudane logowanie", "Неудачный вход"),
        "User added": ("Dodano użytkownika", "Добавлен пользователь"),
        "User enabled": ("Włączono użytkownika", "Пользователь включён"),
        "User disabled": ("Wyłączono użytkownika", "Пользователь отключён"),
        "Password reset": ("Zresetowano hasło", "Пароль сброшен"),
        "Password changed": ("Zmieniono hasło", "Пароль изменён"),
        "Group added": ("Dodano grupę", "Добавлена группа"),
        "Added to group": ("Dodano do grupy", "Добавлен в группу"),
        "Removed from group": ("Usunięto z grupy", "Удалён из группы"),
        "Rights changed": ("Zmieniono uprawnienia", "Права изменены"),
        "Field rights changed": ("Zmieniono uprawnienia do pól", "Права на поля изменены"),
        "Record shared": ("Udostępniono rekord", "Предоставлен доступ к записи"),
        "group %s": ("grupa %s", "группа %s"),
        "user %s": ("użytkownik %s", "пользователь %s"),
        "all objects (global right)": ("wszystkie obiekty (uprawnienie globalne)", "все объекты (глобальное право)"),
        "Change the structure": ("Zmiana struktury", "Изменение структуры"),
        "Manage access": ("Zarządzanie dostępem", "Управление доступом"),
        "administrator": ("administrator", "администратор"),
        "record #%s": ("rekord nr %s", "запись № %s"),
        "When": ("Kiedy", "Когда"), "Who": ("Kto", "Кто"), "Event": ("Zdarzenie", "Событие"), "Detail": ("Szczegóły", "Подробности"),
        "No access": ("Brak dostępu", "Нет доступа"), "Read": ("Odczyt", "Чтение"), "Change": ("Zmiana", "Изменение"),
        "Full": ("Pełny", "Полный"),
        "All records": ("Wszystkie rekordy", "Все записи"), "Own records": ("Własne rekordy", "Свои записи"),
        "Own group's records": ("Rekordy własnej grupy", "Записи своей группы"),
        "Saved filter": ("Zapisany filtr", "Сохранённый фильтр"),
        "Hidden": ("Ukryte", "Скрыто"), "Read-only": ("Tylko odczyt", "Только чтение"), "Editable": ("Edytowalne", "Можно изменять"),
        "Export": ("Eksport", "Экспорт"), "Reports": ("Raporty", "Отчёты"), "Documents": ("Dokumenty", "Документы"),
        "Access rights": ("Uprawnienia dostępu", "Права доступа"),
        "Group: %s": ("Grupa: %s", "Группа: %s"), "User: %s": ("Użytkownik: %s", "Пользователь: %s"),
        "Field": ("Pole", "Поле"), "Access": ("Dostęp", "Доступ"), "Object:": ("Obiekt:", "Объект:"),
        "Rights of:": ("Uprawnienia dla:", "Права для:"),
        "Hidden fields never leave the database for this user or group: not in tables, cards, searches, exports or reports.": (
            "Ukryte pola nigdy nie opuszczają bazy danych dla tego użytkownika lub grupy: nie ma ich w tabelach, kartach, wyszukiwaniu, eksporcie ani raportach.",
            "Скрытые поля никогда не покидают базу данных для этого пользователя или группы: их нет в таблицах, карточках, поиске, экспорте и отчётах."),
        "As the groups give": ("Jak w grupach", "Как в группах"),
        "current user": ("bieżący użytkownik", "текущий пользователь"),
        "Add group…": ("Dodaj grupę…", "Добавить группу…"), "Groups": ("Grupy", "Группы"), "Members": ("Członkowie", "Участники"),
        "Members of %s": ("Członkowie grupy %s", "Участники группы %s"),
        "You cannot remove yourself from the administrators.": ("Nie możesz usunąć siebie z administratorów.", "Нельзя исключить себя из администраторов."),
        "Change the structure (Configurator)": ("Zmiana struktury (Konfigurator)", "Изменение структуры (Конфигуратор)"),
        "Manage users and access rights": ("Zarządzanie użytkownikami i uprawnieniami dostępu", "Управление пользователями и правами доступа"),
        "Global rights": ("Uprawnienia globalne", "Глобальные права"), "Filter": ("Filtr", "Фильтр"),
        "Add a user or a group first.": ("Najpierw dodaj użytkownika lub grupę.", "Сначала добавьте пользователя или группу."),
        "Administrators have every right; the grants below do not limit them.": (
            "Administratorzy mają wszystkie uprawnienia; poniższe nadania ich nie ograniczają.",
            "У администраторов есть все права; назначения ниже их не ограничивают."),
        "A user's own grant on an object replaces the grants of the user's groups.": (
            "Własne uprawnienie użytkownika do obiektu zastępuje uprawnienia jego grup.",
            "Собственное право пользователя на объект заменяет права его групп."),
        "This group has no members yet, so export/report/document ticks and saved filters set earlier cannot be shown; check them before changing a row.": (
            "Ta grupa nie ma jeszcze członków, więc wcześniej ustawione znaczniki eksportu, raportów i dokumentów oraz zapisane filtry nie mogą zostać pokazane; sprawdź je przed zmianą wiersza.",
            "В этой группе пока нет участников, поэтому ранее заданные отметки экспорта, отчётов и документов и сохранённые фильтры нельзя показать; проверьте их, прежде чем менять строку."),
        "Members get the most open access any of their groups gives.": (
            "Członkowie otrzymują najszerszy dostęp, jaki daje którakolwiek z ich grup.",
            "Участники получают самый широкий доступ из тех, что дают их группы."),
        "Granted (removing a global right is not available yet).": (
            "Nadane (odebranie uprawnienia globalnego nie jest jeszcze dostępne).",
            "Назначено (отзыв глобального права пока недоступен)."),
        "Edit filter…": ("Edytuj filtr…", "Изменить фильтр…"),
        "You do not have the right to share these records.": ("Nie masz uprawnień do udostępniania tych rekordów.", "У вас нет права предоставлять доступ к этим записям."),
        "New user": ("Nowy użytkownik", "Новый пользователь"), "Login:": ("Login:", "Логин:"),
        "Full name:": ("Imię i nazwisko:", "Полное имя:"), "Password:": ("Hasło:", "Пароль:"),
        "Repeat password:": ("Powtórz hasło:", "Повторите пароль:"), "Enter a login.": ("Wpisz login.", "Введите логин."),
        "The passwords do not match.": ("Hasła nie są zgodne.", "Пароли не совпадают."),
        "Reset password of %s": ("Resetuj hasło użytkownika %s", "Сброс пароля пользователя %s"),
        "New password:": ("Nowe hasło:", "Новый пароль:"), "New group": ("Nowa grupa", "Новая группа"),
        "Enter a name.": ("Wpisz nazwę.", "Введите название."),
        "Login": ("Login", "Логин"), "Full name": ("Imię i nazwisko", "Полное имя"), "Status": ("Status", "Состояние"),
        "Add user…": ("Dodaj użytkownika…", "Добавить пользователя…"), "Disable": ("Wyłącz", "Отключить"),
        "Reset password…": ("Resetuj hasło…", "Сбросить пароль…"), "Groups…": ("Grupy…", "Группы…"),
        "Active": ("Aktywny", "Активен"), "Disabled": ("Wyłączony", "Отключён"),
        "The first user you add becomes an administrator; from then on everyone logs in.": (
            "Pierwszy dodany użytkownik zostaje administratorem; od tej chwili wszyscy się logują.",
            "Первый добавленный пользователь становится администратором; после этого вход выполняют все."),
        "Enable": ("Włącz", "Включить"),
        "You cannot disable your own account.": ("Nie możesz wyłączyć własnego konta.", "Нельзя отключить собственную учётную запись."),
        "Groups of %s": ("Grupy użytkownika %s", "Группы пользователя %s"),
    },
    "AccessRightsWindow": {
        "Access rights": ("Uprawnienia dostępu", "Права доступа"), "Users": ("Użytkownicy", "Пользователи"),
        "Groups": ("Grupy", "Группы"), "Object rights": ("Uprawnienia do obiektów", "Права на объекты"),
        "Field rights": ("Uprawnienia do pól", "Права на поля"), "Audit log": ("Dziennik zdarzeń", "Журнал аудита"),
    },
    "ChangePasswordDialog": {
        "Change password": ("Zmień hasło", "Смена пароля"), "Current password:": ("Bieżące hasło:", "Текущий пароль:"),
        "New password:": ("Nowe hasło:", "Новый пароль:"), "Repeat new password:": ("Powtórz nowe hasło:", "Повторите новый пароль:"),
        "The new passwords do not match.": ("Nowe hasła nie są zgodne.", "Новые пароли не совпадают."),
        "The current password is wrong.": ("Bieżące hasło jest nieprawidłowe.", "Текущий пароль неверен."),
    },
    "LoginDialog": {
        "Log in to Supasoft": ("Logowanie do Supasoft", "Вход в Supasoft"), "Log in": ("Zaloguj", "Войти"),
        "Login:": ("Login:", "Логин:"), "Password:": ("Hasło:", "Пароль:"),
        "This database is protected. Enter your login and password.": ("Ta baza danych jest chroniona. Wpisz login i hasło.", "Эта база данных защищена. Введите логин и пароль."),
        "Enter your login.": ("Wpisz swój login.", "Введите логин."), "Checking…": ("Sprawdzanie…", "Проверка…"),
        "Wrong login or password.": ("Nieprawidłowy login lub hasło.", "Неверный логин или пароль."),
        "Could not check the password: %s": ("Nie udało się sprawdzić hasła: %s", "Не удалось проверить пароль: %s"),
    },
    "ShareDialog": {
        "Share %s": ("Udostępnij: %s", "Предоставить доступ: %s"), "With:": ("Komu:", "Кому:"), "Access:": ("Dostęp:", "Доступ:"),
        "Give a user or group more access to this %s. Sharing adds to their rights on %s; it does not open %s to people who have no access to them at all.": (
            "Daj użytkownikowi lub grupie szerszy dostęp do tego rekordu (%s). Udostępnienie rozszerza ich uprawnienia w obiekcie „%s”; nie otwiera obiektu „%s” osobom, które nie mają do niego żadnego dostępu.",
            "Предоставьте пользователю или группе больший доступ к этой записи (%s). Предоставление доступа расширяет их права на объект «%s», но не открывает объект «%s» тем, у кого к нему нет доступа вовсе."),
    },
    "FilterDialog": {
        "Records covered: %s": ("Objęte rekordy: %s", "Охватываемые записи: %s"),
        "All conditions hold": ("Spełnione wszystkie warunki", "Выполнены все условия"),
        "Any condition holds": ("Spełniony dowolny warunek", "Выполнено любое условие"),
        "Add condition": ("Dodaj warunek", "Добавить условие"),
        "The grant covers the records that match:": ("Uprawnienie obejmuje rekordy spełniające:", "Право распространяется на записи, где:"),
    },
})

T.update({
    "Configurator": {
        **_CONDITIONS,
        "Tabs": ("Zakładki", "Вкладки"), "Tab": ("Zakładka", "Вкладка"), "Group box": ("Ramka grupy", "Группа"),
        "Row (side by side)": ("Wiersz (poziomo)", "Строка (рядом)"), "Column (stacked)": ("Kolumna (pionowo)", "Столбец (стопкой)"),
        "Field": ("Pole", "Поле"), "Detail set": ("Zestaw pozycji", "Табличная часть"), "Child records": ("Rekordy podrzędne", "Подчинённые записи"),
        "read-only": ("tylko odczyt", "только чтение"), "hidden": ("ukryte", "скрыто"), "label above": ("etykieta nad polem", "подпись сверху"),
        "no label": ("bez etykiety", "без подписи"), "width {0}": ("szerokość {0}", "ширина {0}"), "Card of {0}": ("Karta: {0}", "Карточка: {0}"),
        "Configurator": ("Konfigurator", "Конфигуратор"),
        "Export configuration": ("Eksport konfiguracji", "Экспорт конфигурации"), "JSON (*.json)": ("JSON (*.json)", "JSON (*.json)"),
        "Cannot write {0}: {1}": ("Nie można zapisać {0}: {1}", "Не удаётся записать {0}: {1}"),
        "Cannot read {0}: {1}": ("Nie można odczytać {0}: {1}", "Не удаётся прочитать {0}: {1}"),
        "{0} is not a configuration file: {1}": ("{0} nie jest plikiem konfiguracji: {1}", "{0} не является файлом конфигурации: {1}"),
        "Import configuration": ("Import konfiguracji", "Импорт конфигурации"),
        "Refuse while children exist": ("Odmów, dopóki istnieją rekordy podrzędne", "Запретить, пока есть подчинённые записи"),
        "Delete the children too": ("Usuń również rekordy podrzędne", "Удалить и подчинённые записи"),
        "Keep the children, clear the link": ("Zachowaj rekordy podrzędne, wyczyść powiązanie", "Оставить подчинённые записи, очистить ссылку"),
        "Cannot undo this change any more: {0}": ("Tej zmiany nie można już cofnąć: {0}", "Это изменение больше нельзя отменить: {0}"),
    },
    "ConfiguratorWindow": {
        "Configurator": ("Konfigurator", "Конфигуратор"), "Fields": ("Pola", "Поля"), "Tables": ("Tabele", "Таблицы"),
        "Card": ("Karta", "Карточка"), "Parent links": ("Powiązania nadrzędne", "Связи с родителями"),
        "Child links": ("Powiązania podrzędne", "Подчинённые связи"), "Detail sets": ("Zestawy pozycji", "Табличные части"),
        "Undo takes back additions, renames and options; deletions and type changes are kept in an automatic backup instead.": (
            "Cofnij wycofuje dodania, zmiany nazw i opcji; usunięcia i zmiany typów są zamiast tego zabezpieczane automatyczną kopią zapasową.",
            "Отмена возвращает добавления, переименования и параметры; удаления и смена типов вместо этого сохраняются в автоматической резервной копии."),
        "&File": ("&Plik", "&Файл"), "Export configuration…": ("Eksportuj konfigurację…", "Экспорт конфигурации…"),
        "Import configuration…": ("Importuj konfigurację…", "Импорт конфигурации…"), "Close": ("Zamknij", "Закрыть"),
        "&Edit": ("&Edycja", "&Правка"), "Undo": ("Cofnij", "Отменить"), "Redo": ("Ponów", "Повторить"),
        "&Objects": ("&Obiekty", "&Объекты"), "Add object…": ("Dodaj obiekt…", "Добавить объект…"),
        "New catalog…": ("Nowy słownik…", "Новый справочник…"),
        "Add an object to start (Add object… on the left).": ("Na początek dodaj obiekt (Dodaj obiekt… po lewej).", "Для начала добавьте объект (Добавить объект… слева)."),
        "catalog": ("słownik", "справочник"), "object": ("obiekt", "объект"),
        "<b>{0}</b> / {1} — {2}, {3} field(s), codes like {4}": ("<b>{0}</b> / {1} — {2}, pola: {3}, kody np. {4}", "<b>{0}</b> / {1} — {2}, полей: {3}, коды вида {4}"),
    },
    "CardDesigner": {
        "Add to card →": ("Dodaj do karty →", "В карточку →"), "Remove": ("Usuń", "Удалить"),
        "Up": ("W górę", "Вверх"), "Down": ("W dół", "Вниз"), "Undo": ("Cofnij", "Отменить"), "Redo": ("Ponów", "Повторить"),
        "Generate automatically": ("Generuj automatycznie", "Автоматически"), "Save card": ("Zapisz kartę", "Сохранить карточку"),
        "beside the field": ("obok pola", "слева от поля"), "above the field": ("nad polem", "над полем"), "no label": ("bez etykiety", "без подписи"),
        "automatic": ("automatycznie", "автоматически"), "Read-only": ("Tylko odczyt", "Только чтение"), "Hidden": ("Ukryte", "Скрыто"),
        "Selected element": ("Zaznaczony element", "Выбранный элемент"), "Title:": ("Tytuł:", "Заголовок:"), "Label:": ("Etykieta:", "Подпись:"),
        "Width (pixels):": ("Szerokość (piksele):", "Ширина (пиксели):"), "Drag onto the card:": ("Przeciągnij na kartę:", "Перетащите в карточку:"),
        "Card layout — drop into a box, or before/after an element:": ("Układ karty — upuść do ramki albo przed/za elementem:", "Макет карточки — перетащите в группу или до/после элемента:"),
        "Preview (the real card):": ("Podgląd (prawdziwa karta):", "Предпросмотр (настоящая карточка):"),
        "The preview cannot show this layout: {0}": ("Podgląd nie może pokazać tego układu: {0}", "Предпросмотр не может показать этот макет: {0}"),
        "Move": ("Przenieś", "Переместить"), "Add {0}": ("Dodaj: {0}", "Добавить: {0}"), "Change {0}": ("Zmień: {0}", "Изменить: {0}"),
        "Saved. Open cards of this object show the new layout.": ("Zapisano. Otwarte karty tego obiektu pokazują nowy układ.", "Сохранено. Открытые карточки этого объекта показывают новый макет."),
    },
    "ConditionEditor": {
        "All conditions hold": ("Spełnione wszystkie warunki", "Выполнены все условия"),
        "Any condition holds": ("Spełniony dowolny warunek", "Выполнено любое условие"),
        "Add condition": ("Dodaj warunek", "Добавить условие"),
    },
    "DetailSetsTab": {
        "New": ("Nowy", "Создать"), "Delete…": ("Usuń…", "Удалить…"), "Save": ("Zapisz", "Сохранить"),
        "Child link:": ("Powiązanie podrzędne:", "Подчинённая связь:"), "Title:": ("Tytuł:", "Заголовок:"),
        "Columns (tick, in order):": ("Kolumny (zaznacz, w kolejności):", "Столбцы (отметьте, по порядку):"),
        "Totals under the grid:": ("Sumy pod tabelą:", "Итоги под таблицей:"),
        "Add a child link first (tab Child links).": ("Najpierw dodaj powiązanie podrzędne (zakładka Powiązania podrzędne).", "Сначала добавьте подчинённую связь (вкладка «Подчинённые связи»)."),
        "Tick at least one column.": ("Zaznacz co najmniej jedną kolumnę.", "Отметьте хотя бы один столбец."),
        "Add detail set": ("Dodaj zestaw pozycji", "Добавить табличную часть"), "Change detail set": ("Zmień zestaw pozycji", "Изменить табличную часть"),
        "Delete detail set": ("Usuń zestaw pozycji", "Удалить табличную часть"),
        "Delete the detail set {0}? The records stay.": ("Usunąć zestaw pozycji {0}? Rekordy pozostaną.", "Удалить табличную часть {0}? Записи останутся."),
    },
    "FieldDialog": {
        "Edit field {0}": ("Edycja pola {0}", "Изменение поля {0}"), "New field of {0}": ("Nowe pole obiektu {0}", "Новое поле объекта {0}"),
        "automatic": ("automatycznie", "автоматически"), "Required (must be filled in)": ("Wymagane (musi być wypełnione)", "Обязательное (должно быть заполнено)"),
        "Unique (no two records alike)": ("Unikalne (bez powtórzeń w rekordach)", "Уникальное (без повторов в записях)"),
        "Indexed (fast sorting and search)": ("Indeksowane (szybkie sortowanie i wyszukiwanie)", "Индексированное (быстрые сортировка и поиск)"),
        "standard ({0} MB)": ("standardowo ({0} MB)", "стандартно ({0} МБ)"), "empty": ("puste", "пусто"), "— choose —": ("— wybierz —", "— выберите —"),
        "One choice per line, in the order shown": ("Jedna opcja w wierszu, w kolejności wyświetlania", "По одному варианту в строке, в порядке показа"),
        "Entered by the user": ("Wpisywana przez użytkownika", "Вводится пользователем"),
        "Shown from a linked record (read-only)": ("Pokazywana z powiązanego rekordu (tylko odczyt)", "Показывается из связанной записи (только чтение)"),
        "Copied from a record when it is picked": ("Kopiowana z rekordu przy jego wyborze", "Копируется из записи при её выборе"),
        "Name:": ("Nazwa:", "Название:"), "Type:": ("Typ:", "Тип:"), "Length (characters):": ("Długość (znaki):", "Длина (символов):"),
        "Digits in all:": ("Cyfr łącznie:", "Всего цифр:"), "Digits after the point:": ("Cyfr po przecinku:", "Цифр после запятой:"),
        "External object:": ("Obiekt zewnętrzny:", "Внешний объект:"), "Choices:": ("Opcje:", "Варианты:"),
        "Largest file:": ("Największy plik:", "Наибольший файл:"), "Default value:": ("Wartość domyślna:", "Значение по умолчанию:"),
        "Description:": ("Opis:", "Описание:"), "Where the value comes from": ("Skąd pochodzi wartość", "Откуда берётся значение"),
        "Record picked in / field:": ("Rekord wybrany w / pole:", "Запись, выбранная в / поле:"), "Formula": ("Formuła", "Формула"),
        "Give the field a name.": ("Nadaj polu nazwę.", "Задайте название поля."),
        "Choose the external object this reference points at.": ("Wybierz obiekt zewnętrzny, na który wskazuje to odwołanie.", "Выберите внешний объект, на который указывает ссылка."),
        "Add at least one choice (one per line).": ("Dodaj co najmniej jedną opcję (jedna w wierszu).", "Добавьте хотя бы один вариант (по одному в строке)."),
        "The formula does not work: {0}": ("Formuła nie działa: {0}", "Формула не работает: {0}"), "it is empty": ("jest pusta", "она пуста"),
        "Choose the reference field and the field to take the value from.": ("Wybierz pole odwołania i pole, z którego ma pochodzić wartość.", "Выберите поле-ссылку и поле, из которого берётся значение."),
        "The default value {0!r} {1}.": ("Wartość domyślna {0!r}: {1}.", "Значение по умолчанию {0!r}: {1}."),
        "The field {0}.": ("Pole: {0}.", "Поле: {0}."),
    },
    "FieldsTab": {
        "Name": ("Nazwa", "Название"), "Type": ("Typ", "Тип"), "Length": ("Długość", "Длина"), "Required": ("Wymagane", "Обязательное"),
        "Details": ("Szczegóły", "Подробности"), "Add field…": ("Dodaj pole…", "Добавить поле…"), "Edit…": ("Edytuj…", "Изменить…"),
        "Delete…": ("Usuń…", "Удалить…"), "Show in references": ("Pokazuj w odwołaniach", "Показывать в ссылках"), "yes": ("tak", "да"),
        "shown from {0}": ("pokazywane z {0}", "показывается из {0}"), "copied from {0} when picked": ("kopiowane z {0} przy wyborze", "копируется из {0} при выборе"),
        "unique": ("unikalne", "уникальное"), "default {0}": ("domyślnie {0}", "по умолчанию {0}"), "Add field {0}": ("Dodaj pole {0}", "Добавить поле {0}"),
        "The type was not changed.": ("Typ nie został zmieniony.", "Тип не изменён."), "Change field {0}": ("Zmień pole {0}", "Изменить поле {0}"),
        "An automatic backup is taken first; Undo cannot bring the values back — restore the backup instead.": (
            "Najpierw zostanie utworzona automatyczna kopia zapasowa; Cofnij nie przywróci wartości — w tym celu przywróć kopię zapasową.",
            "Сначала создаётся автоматическая резервная копия; отмена не вернёт значения — для этого восстановите резервную копию."),
        "It is used here (these uses are removed too):": ("Jest używane tutaj (te użycia również zostaną usunięte):", "Используется здесь (эти использования тоже будут удалены):"),
        "Delete field": ("Usuń pole", "Удалить поле"), "Delete the field {0} and all its values?": ("Usunąć pole {0} i wszystkie jego wartości?", "Удалить поле {0} и все его значения?"),
    },
    "FormulaEditor": {
        "e.g. {Price} * {Quantity}  or  SUM({Lines.Cost})": ("np. {Cena} * {Ilość}  lub  SUM({Pozycje.Koszt})", "напр. {Цена} * {Количество}  или  SUM({Строки.Стоимость})"),
        "Fields (double-click to insert)": ("Pola (kliknij dwukrotnie, aby wstawić)", "Поля (двойной щелчок — вставить)"),
        "{0} (child records)": ("{0} (rekordy podrzędne)", "{0} (подчинённые записи)"), "Write a formula.": ("Wpisz formułę.", "Введите формулу."),
        " (at character {0})": (" (w znaku {0})", " (в символе {0})"), "OK — the result is a {0}.": ("OK — typ wyniku: {0}.", "OK — тип результата: {0}."),
        "Preview: {0}": ("Podgląd: {0}", "Предпросмотр: {0}"),
        "Preview: no {0} yet to compute it on.": ("Podgląd: brak rekordów ({0}), na których można by obliczyć.", "Предпросмотр: пока нет записей ({0}) для вычисления."),
        "Preview on the first record: {0}": ("Podgląd na pierwszym rekordzie: {0}", "Предпросмотр по первой записи: {0}"),
    },
    "LinkDialog": {
        "New parent link": ("Nowe powiązanie nadrzędne", "Новая связь с родителем"), "New child link": ("Nowe powiązanie podrzędne", "Новая подчинённая связь"),
        "e.g. Lines, Contacts, Orders": ("np. Pozycje, Kontakty, Zamówienia", "напр. Строки, Контакты, Заказы"),
        "Parent object:": ("Obiekt nadrzędny:", "Родительский объект:"), "Child object:": ("Obiekt podrzędny:", "Подчинённый объект:"),
        "Name of the children (seen from the parent):": ("Nazwa rekordów podrzędnych (z punktu widzenia nadrzędnego):", "Название подчинённых записей (со стороны родителя):"),
        "When the parent is deleted:": ("Gdy rekord nadrzędny zostanie usunięty:", "При удалении родительской записи:"),
        "Choose the other object.": ("Wybierz drugi obiekt.", "Выберите второй объект."),
        "Name the children, e.g. Lines.": ("Nazwij rekordy podrzędne, np. Pozycje.", "Назовите подчинённые записи, напр. Строки."),
    },
    "LinksTab": {
        "Parent": ("Nadrzędny", "Родитель"), "Child": ("Podrzędny", "Подчинённый"), "Name": ("Nazwa", "Название"),
        "When the parent is deleted": ("Gdy nadrzędny zostanie usunięty", "При удалении родителя"),
        "Add link…": ("Dodaj powiązanie…", "Добавить связь…"), "Delete link…": ("Usuń powiązanie…", "Удалить связь…"),
        "A child link adds a reference field to the child; its records then show inside the parent's card.": (
            "Powiązanie podrzędne dodaje do obiektu podrzędnego pole odwołania; jego rekordy są wtedy widoczne na karcie rekordu nadrzędnego.",
            "Подчинённая связь добавляет подчинённому объекту поле-ссылку; его записи затем видны в карточке родителя."),
        "Add link {0}": ("Dodaj powiązanie {0}", "Добавить связь {0}"), "On delete": ("Przy usuwaniu", "При удалении"),
        "Delete the link {0}? The reference field stays as a plain reference; detail sets over it go.": (
            "Usunąć powiązanie {0}? Pole odwołania pozostanie jako zwykłe odwołanie; oparte na nim zestawy pozycji zostaną usunięte.",
            "Удалить связь {0}? Поле-ссылка останется обычной ссылкой; табличные части на её основе будут удалены."),
        "Delete link": ("Usuń powiązanie", "Удалить связь"),
    },
    "ObjectDialog": {
        "Edit object": ("Edycja obiektu", "Изменение объекта"), "New object": ("Nowy obiekt", "Новый объект"),
        "e.g. Clients": ("np. Klienci", "напр. Клиенты"), "e.g. ORD-": ("np. ZAM-", "напр. ЗАК-"), "no zeros": ("bez zer", "без нулей"),
        "Name (one):": ("Nazwa (l. pojedyncza):", "Название (ед. ч.):"), "Name (many):": ("Nazwa (l. mnoga):", "Название (мн. ч.):"),
        "Code prefix:": ("Prefiks kodu:", "Префикс кода:"), "Code digits:": ("Liczba cyfr kodu:", "Цифр в коде:"),
        "Codes look like:": ("Przykładowy kod:", "Пример кода:"),
        "Give the object a name, e.g. Client.": ("Nadaj obiektowi nazwę, np. Klient.", "Задайте название объекта, напр. Клиент."),
    },
    "ObjectsPanel": {
        "Add object…": ("Dodaj obiekt…", "Добавить объект…"), "New catalog…": ("Nowy słownik…", "Новый справочник…"),
        "Rename / numbering…": ("Nazwa / numeracja…", "Название / нумерация…"), "Duplicate…": ("Duplikuj…", "Дублировать…"),
        "Move up": ("Przenieś w górę", "Переместить вверх"), "Move down": ("Przenieś w dół", "Переместить вниз"), "Delete…": ("Usuń…", "Удалить…"),
        "{0} (catalog)": ("{0} (słownik)", "{0} (справочник)"), "{0} — codes like {1}": ("{0} — kody np. {1}", "{0} — коды вида {1}"),
        "New catalog": ("Nowy słownik", "Новый справочник"), "Add {0}": ("Dodaj: {0}", "Добавить: {0}"), "Change {0}": ("Zmień: {0}", "Изменить: {0}"),
        "Duplicate": ("Duplikuj", "Дублировать"), "Duplicate {0}": ("Duplikuj: {0}", "Дублировать: {0}"), "{0} copy": ("{0} — kopia", "{0} — копия"),
        "Reorder objects": ("Zmień kolejność obiektów", "Изменить порядок объектов"),
        "Delete {0} and ALL its records?": ("Usunąć {0} i WSZYSTKIE rekordy tego obiektu?", "Удалить {0} и ВСЕ записи этого объекта?"),
        "An automatic backup is taken first; Undo cannot bring it back — restore the backup instead.": (
            "Najpierw zostanie utworzona automatyczna kopia zapasowa; Cofnij nie przywróci obiektu — w tym celu przywróć kopię zapasową.",
            "Сначала создаётся автоматическая резервная копия; отмена не вернёт объект — для этого восстановите резервную копию."),
        "It is used here (these uses are removed too):": ("Jest używany tutaj (te użycia również zostaną usunięte):", "Используется здесь (эти использования тоже будут удалены):"),
        "Delete object": ("Usuń obiekt", "Удалить объект"),
    },
    "PathTree": {"Field": ("Pole", "Поле"), "Type": ("Typ", "Тип"), "Code": ("Kod", "Код")},
    "PlanDialog": {
        "Import configuration": ("Import konfiguracji", "Импорт конфигурации"),
        "Also delete objects and fields missing from the file": ("Usuń też obiekty i pola, których nie ma w pliku", "Также удалить объекты и поля, которых нет в файле"),
        "An automatic backup is taken first when data could be lost. Undo cannot reverse an import.": (
            "Gdy dane mogłyby zostać utracone, najpierw tworzona jest automatyczna kopia zapasowa. Importu nie można cofnąć.",
            "Если данные могут быть потеряны, сначала создаётся автоматическая резервная копия. Импорт нельзя отменить."),
        "Apply": ("Zastosuj", "Применить"), "What will change:": ("Co się zmieni:", "Что изменится:"),
    },
    "TablesTab": {
        "Column": ("Kolumna", "Столбец"), "Title": ("Tytuł", "Заголовок"), "Width": ("Szerokość", "Ширина"), "descending": ("malejąco", "по убыванию"),
        "Tables of this object:": ("Tabele tego obiektu:", "Таблицы этого объекта:"), "New": ("Nowa", "Создать"), "Delete…": ("Usuń…", "Удалить…"),
        "Fields (open a reference to reach its fields):": ("Pola (rozwiń odwołanie, aby dotrzeć do jego pól):", "Поля (раскройте ссылку, чтобы увидеть её поля):"),
        "Add column →": ("Dodaj kolumnę →", "Добавить столбец →"), "Remove column": ("Usuń kolumnę", "Удалить столбец"),
        "Up": ("W górę", "Вверх"), "Down": ("W dół", "Вниз"), "Name:": ("Nazwa:", "Название:"), "Columns:": ("Kolumny:", "Столбцы:"),
        "Sorted by:": ("Sortowanie według:", "Сортировка по:"), "Show only records where": ("Pokaż tylko rekordy, w których", "Показывать только записи, где"),
        "Save table": ("Zapisz tabelę", "Сохранить таблицу"), "New table": ("Nowa tabela", "Новая таблица"),
        "That column is already in the table.": ("Ta kolumna jest już w tabeli.", "Этот столбец уже есть в таблице."),
        "(no sort: newest first as entered)": ("(bez sortowania: od najnowszych)", "(без сортировки: сначала новые)"),
        "Add at least one column.": ("Dodaj co najmniej jedną kolumnę.", "Добавьте хотя бы один столбец."),
        "Add table {0}": ("Dodaj tabelę {0}", "Добавить таблицу {0}"), "Change table {0}": ("Zmień tabelę {0}", "Изменить таблицу {0}"),
        "Delete table": ("Usuń tabelę", "Удалить таблицу"), "Delete the table {0}? No records are deleted.": ("Usunąć tabelę {0}? Żadne rekordy nie zostaną usunięte.", "Удалить таблицу {0}? Записи не удаляются."),
        "Delete table {0}": ("Usuń tabelę {0}", "Удалить таблицу {0}"),
    },
    "TypeChangeDialog": {
        "Change the type of {0}": ("Zmiana typu pola {0}", "Смена типа поля {0}"),
        "Do not change the type if any value would be lost": ("Nie zmieniaj typu, jeśli jakakolwiek wartość zostałaby utracona", "Не менять тип, если какое-либо значение будет потеряно"),
        "Change it, and keep the values that do not fit in a new field \"{0} (old value)\"": (
            "Zmień i zachowaj niepasujące wartości w nowym polu „{0} (stara wartość)”",
            "Изменить, а неподходящие значения сохранить в новом поле «{0} (старое значение)»"),
        "An automatic backup is taken before the change; Undo cannot reverse a type change.": (
            "Przed zmianą tworzona jest automatyczna kopia zapasowa; zmiany typu nie można cofnąć.",
            "Перед изменением создаётся автоматическая резервная копия; смену типа нельзя отменить."),
        "{0}: {1} → {2}": ("{0}: {1} → {2}", "{0}: {1} → {2}"),
        "{0} value(s): {1} convert, {2} would not convert:": ("Wartości: {0}; da się przekształcić: {1}, nie da się: {2}:", "Значений: {0}; преобразуются: {1}, не преобразуются: {2}:"),
        "{0} value(s): all convert.": ("Wartości: {0}; wszystkie da się przekształcić.", "Значений: {0}; все преобразуются."),
        "record #{0}: {1}": ("rekord nr {0}: {1}", "запись № {0}: {1}"), "… and {0} more": ("… i {0} więcej", "… и ещё {0}"),
    },
})

T.update({
    "CardWindow": {
        "Card": ("Karta", "Карточка"), "History": ("Historia", "История"), "Save": ("Zapisz", "Сохранить"),
        "Save (Ctrl+S)": ("Zapisz (Ctrl+S)", "Сохранить (Ctrl+S)"), "Reload": ("Wczytaj ponownie", "Перечитать"),
        "Read the stored record again (F5)": ("Wczytaj ponownie zapisany rekord (F5)", "Заново прочитать сохранённую запись (F5)"),
        "Delete": ("Usuń", "Удалить"), "Move to the trash (Del)": ("Przenieś do kosza (Del)", "Переместить в корзину (Del)"),
        "Close": ("Zamknij", "Закрыть"), "Close (Esc)": ("Zamknij (Esc)", "Закрыть (Esc)"),
        "Discard your changes and read the stored record again?": ("Odrzucić zmiany i wczytać ponownie zapisany rekord?", "Отменить изменения и заново прочитать сохранённую запись?"),
        "Not saved: please correct the marked fields.": ("Nie zapisano: popraw zaznaczone pola.", "Не сохранено: исправьте отмеченные поля."),
        "Saved.": ("Zapisano.", "Сохранено."),
        "Not saved: the record was changed by someone else.": ("Nie zapisano: rekord został zmieniony przez innego użytkownika.", "Не сохранено: запись изменена другим пользователем."),
        "Someone else saved this record meanwhile; choose the values to keep.": (
            "W międzyczasie inny użytkownik zapisał ten rekord; wybierz wartości do zachowania.",
            "Тем временем запись сохранил другой пользователь; выберите, какие значения оставить."),
        "Move {what} to the trash?": ("Przenieść do kosza: {what}?", "Переместить в корзину: {what}?"),
        "Unsaved changes": ("Niezapisane zmiany", "Несохранённые изменения"),
        "{what} has unsaved changes. Save them?": ("Niezapisane zmiany: {what}. Zapisać je?", "Несохранённые изменения: {what}. Сохранить их?"),
        "This {name}": ("ten rekord ({name})", "эта запись ({name})"),
        "New {name}": ("Nowy rekord: {name}", "Новая запись: {name}"),
        "{title} (read only)": ("{title} (tylko odczyt)", "{title} (только чтение)"),
        "This record was deleted meanwhile.": ("W międzyczasie ten rekord został usunięty.", "Тем временем эта запись была удалена."),
    },
    "ConflictDialog": {
        "{name} was changed by someone else": ("{name} — rekord zmieniony przez innego użytkownika", "{name} — запись изменена другим пользователем"),
        "Someone else saved this {name} while you were editing it. For each field below, choose which value to keep; your other changes are kept as you made them.": (
            "Inny użytkownik zapisał ten rekord ({name}), podczas twojej edycji. Dla każdego pola poniżej wybierz wartość do zachowania; pozostałe twoje zmiany zostaną zachowane.",
            "Другой пользователь сохранил эту запись ({name}), пока вы её редактировали. Для каждого поля ниже выберите, какое значение оставить; остальные ваши изменения сохранятся."),
        "Field": ("Pole", "Поле"), "Before": ("Przed zmianą", "Было"), "Mine": ("Moja wersja", "Моё"),
        "Theirs (saved meanwhile)": ("Cudza wersja (zapisana w międzyczasie)", "Чужое (сохранено тем временем)"),
        "(empty)": ("(puste)", "(пусто)"), "Keep all mine": ("Zachowaj wszystkie moje", "Оставить все мои"),
        "Take all theirs": ("Przyjmij wszystkie cudze", "Принять все чужие"), "Save with these values": ("Zapisz z tymi wartościami", "Сохранить с этими значениями"),
    },
    "CardForm": {
        "No record matches this text": ("Żaden rekord nie pasuje do tego tekstu", "Нет записей, подходящих под этот текст"),
        "The record was not saved. Please correct:": ("Rekord nie został zapisany. Popraw:", "Запись не сохранена. Исправьте:"),
    },
    "ChildrenView": {
        "New…": ("Nowy…", "Создать…"), "Open": ("Otwórz", "Открыть"),
        "Save this record first": ("Najpierw zapisz ten rekord", "Сначала сохраните эту запись"),
        "You may not create these records": ("Nie możesz tworzyć tych rekordów", "Вы не можете создавать такие записи"),
    },
    "DetailGrid": {
        "Add line": ("Dodaj pozycję", "Добавить строку"), "Add a line (Insert)": ("Dodaj pozycję (Insert)", "Добавить строку (Insert)"),
        "Remove line": ("Usuń pozycję", "Удалить строку"), "Remove the selected line (Delete)": ("Usuń zaznaczoną pozycję (Delete)", "Удалить выбранную строку (Delete)"),
        "{name} total: <b>{value}</b>": ("{name} — suma: <b>{value}</b>", "{name} — итого: <b>{value}</b>"),
    },
    "FileEditor": {
        "Attach…": ("Dołącz…", "Прикрепить…"), "Save…": ("Zapisz…", "Сохранить…"), "Clear": ("Wyczyść", "Очистить"),
        "The file is too big ({size}); at most {limit} allowed": ("Plik jest za duży ({size}); dozwolone najwyżej {limit}", "Файл слишком большой ({size}); допускается не более {limit}"),
        "Cannot read the file: {error}": ("Nie można odczytać pliku: {error}", "Не удаётся прочитать файл: {error}"),
        "Cannot save the file: {error}": ("Nie można zapisać pliku: {error}", "Не удаётся сохранить файл: {error}"),
        "Attach a file": ("Dołącz plik", "Прикрепить файл"), "Save the file": ("Zapisz plik", "Сохранить файл"), "(no file)": ("(brak pliku)", "(нет файла)"),
    },
    "HistoryView": {
        "When": ("Kiedy", "Когда"), "Who": ("Kto", "Кто"), "Field": ("Pole", "Поле"), "Change": ("Zmiana", "Изменение"),
        "Created": ("Utworzono", "Создано"), "Changed": ("Zmieniono", "Изменено"), "Deleted": ("Usunięto", "Удалено"),
        "Restored": ("Przywrócono", "Восстановлено"), "Imported": ("Zaimportowano", "Импортировано"),
    },
    "ReferencePicker": {
        "Type to search…": ("Pisz, aby wyszukać…", "Начните вводить для поиска…"), "Open the linked record": ("Otwórz powiązany rekord", "Открыть связанную запись"),
        "No record matches this text": ("Żaden rekord nie pasuje do tego tekstu", "Нет записей, подходящих под этот текст"),
        "Several records match; pick one from the list": ("Pasuje kilka rekordów; wybierz jeden z listy", "Подходят несколько записей; выберите одну из списка"),
    },
    "TextEditor": {"The text is too long": ("Tekst jest za długi", "Текст слишком длинный")},
    "_TemporalEditor": {"Clear": ("Wyczyść", "Очистить")},
    # core field type names, shown through QCoreApplication.translate("FieldTypes", label) (configurator/common.py)
    "FieldTypes": {
        "Yes/No": ("Tak/Nie", "Да/Нет"), "Choice list": ("Lista wyboru", "Список выбора"), "File": ("Plik", "Файл"),
        "Formula": ("Formuła", "Формула"), "Integer": ("Liczba całkowita", "Целое число"), "Decimal": ("Liczba dziesiętna", "Десятичное число"),
        "Money": ("Kwota", "Денежная сумма"), "Float": ("Liczba zmiennoprzecinkowa", "Число с плавающей точкой"),
        "Reference": ("Odwołanie", "Ссылка"), "User": ("Użytkownik", "Пользователь"), "Date": ("Data", "Дата"),
        "Date and time": ("Data i godzina", "Дата и время"), "String": ("Ciąg znaków", "Строка"), "Text": ("Tekst", "Текст"),
        "E-mail": ("E-mail", "Эл. почта"), "Phone": ("Telefon", "Телефон"), "Web address": ("Adres WWW", "Веб-адрес"),
    },
})


# FormulaEditor shows core texts through self.tr(variable): the result type of a formula and each function's help.
T["FormulaEditor"].update({
    "number": ("liczba", "число"), "string": ("tekst", "строка"), "date": ("data", "дата"),
    "datetime": ("data i godzina", "дата и время"), "boolean": ("tak/nie", "да/нет"), "reference": ("odwołanie", "ссылка"),
    "Gives `then` when the condition is true, otherwise `else` (empty if omitted).": (
        "Zwraca `then`, gdy warunek jest prawdziwy, w przeciwnym razie `else` (puste, jeśli pominięto).",
        "Возвращает `then`, если условие истинно, иначе `else` (пусто, если не указано)."),
    "TRUE when the value is empty.": ("TRUE, gdy wartość jest pusta.", "TRUE, если значение пустое."),
    "Rounds half up to the given digits after the point (0 by default; negative rounds to tens...).": (
        "Zaokrągla (połówki w górę) do podanej liczby cyfr po przecinku (domyślnie 0; wartość ujemna zaokrągla do dziesiątek...).",
        "Округляет (половину вверх) до заданного числа цифр после запятой (по умолчанию 0; отрицательное — до десятков...)."),
    "The number without its sign.": ("Liczba bez znaku.", "Число без знака."),
    "The smallest non-empty value, of the arguments or of a child collection.": (
        "Najmniejsza niepusta wartość spośród argumentów lub zbioru rekordów podrzędnych.",
        "Наименьшее непустое значение среди аргументов или подчинённых записей."),
    "The largest non-empty value, of the arguments or of a child collection.": (
        "Największa niepusta wartość spośród argumentów lub zbioru rekordów podrzędnych.",
        "Наибольшее непустое значение среди аргументов или подчинённых записей."),
    "Joins values as text (the same as a & b); empty values add nothing.": (
        "Łączy wartości w tekst (tak samo jak a & b); puste wartości niczego nie dodają.",
        "Соединяет значения в текст (то же, что a & b); пустые значения ничего не добавляют."),
    "The first n characters of the text.": ("Pierwsze n znaków tekstu.", "Первые n символов текста."),
    "The last n characters of the text.": ("Ostatnie n znaków tekstu.", "Последние n символов текста."),
    "The number of characters in the text (0 when empty).": ("Liczba znaków w tekście (0, gdy pusty).", "Число символов в тексте (0, если пусто)."),
    "The text in capital letters.": ("Tekst wielkimi literami.", "Текст прописными буквами."),
    "The text in small letters.": ("Tekst małymi literami.", "Текст строчными буквами."),
    "The text without leading and trailing spaces.": ("Tekst bez spacji na początku i na końcu.", "Текст без пробелов в начале и в конце."),
    "Today's date.": ("Dzisiejsza data.", "Сегодняшняя дата."),
    "The current date and time (to the second).": ("Bieżąca data i godzina (z dokładnością do sekundy).", "Текущие дата и время (с точностью до секунды)."),
    "The year of a date.": ("Rok z daty.", "Год даты."),
    "The month of a date, 1 to 12.": ("Miesiąc z daty, od 1 do 12.", "Месяц даты, от 1 до 12."),
    "The day of the month of a date, 1 to 31.": ("Dzień miesiąca z daty, od 1 do 31.", "День месяца даты, от 1 до 31."),
    "The date moved by n units (end of month is kept in range).": (
        "Data przesunięta o n jednostek (koniec miesiąca pozostaje w zakresie).",
        "Дата, сдвинутая на n единиц (конец месяца остаётся в пределах месяца)."),
    "Whole units from date1 to date2 (days by default).": ("Pełne jednostki od date1 do date2 (domyślnie dni).", "Целые единицы от date1 до date2 (по умолчанию дни)."),
    "The total of a field over the child records (0 when there are none).": (
        "Suma pola w rekordach podrzędnych (0, gdy ich brak).", "Сумма поля по подчинённым записям (0, если их нет)."),
    "How many child records there are (with the field filled in).": (
        "Liczba rekordów podrzędnych (z wypełnionym polem).", "Количество подчинённых записей (с заполненным полем)."),
    "The average of a field over the child records (empty when there are none).": (
        "Średnia pola w rekordach podrzędnych (puste, gdy ich brak).", "Среднее значение поля по подчинённым записям (пусто, если их нет)."),
})


# Networked edition (issue 3): server login and accounts, cards following other clients, maintenance mode, table formats.
T.setdefault("AccessRights", {}).update({
    "Server account": ("Konto na serwerze", "Учётная запись сервера"),
    "Create server account…": ("Utwórz konto na serwerze…", "Создать учётную запись сервера…"),
    "Set server password…": ("Ustaw hasło na serwerze…", "Задать пароль на сервере…"),
    "Delete server account": ("Usuń konto na serwerze", "Удалить учётную запись сервера"),
    "This database is not on a server.": ("Ta baza nie jest na serwerze.", "Эта база не на сервере."),
    "Server accounts can be managed only by a server administrator: %s": (
        "Kontami na serwerze może zarządzać tylko administrator serwera: %s",
        "Учётными записями сервера может управлять только администратор сервера: %s"),
    "No server account: %s cannot connect to this database yet.": (
        "Brak konta na serwerze: %s nie może jeszcze połączyć się z tą bazą.",
        "Нет учётной записи сервера: %s пока не может подключиться к этой базе."),
    "Server account %s: administrator (role RDB$ADMIN).": (
        "Konto na serwerze %s: administrator (rola RDB$ADMIN).", "Учётная запись сервера %s: администратор (роль RDB$ADMIN)."),
    "Server account %s: staff (role SUPASOFT_STAFF).": (
        "Konto na serwerze %s: pracownik (rola SUPASOFT_STAFF).", "Учётная запись сервера %s: сотрудник (роль SUPASOFT_STAFF)."),
    "Server account %s exists but has no role in this database; create it again to grant one.": (
        "Konto na serwerze %s istnieje, ale nie ma roli w tej bazie; utwórz je ponownie, aby ją nadać.",
        "Учётная запись сервера %s существует, но не имеет роли в этой базе; создайте её заново, чтобы выдать роль."),
    "Server account for %s": ("Konto na serwerze dla %s", "Учётная запись сервера для %s"),
    "Server password of %s": ("Hasło na serwerze dla %s", "Пароль на сервере для %s"),
    "Delete the server account %s? This user will no longer be able to connect to the server.": (
        "Usunąć konto na serwerze %s? Ten użytkownik nie będzie mógł już łączyć się z serwerem.",
        "Удалить учётную запись сервера %s? Этот пользователь больше не сможет подключаться к серверу."),
    "The server %s does not answer. Check that the Firebird server is running and that Server= and Port= in client.ini are right, then try again.": (
        "Serwer %s nie odpowiada. Sprawdź, czy serwer Firebird działa i czy Server= i Port= w client.ini są poprawne, a potem spróbuj ponownie.",
        "Сервер %s не отвечает. Проверьте, что сервер Firebird запущен и что Server= и Port= в client.ini верны, затем повторите попытку."),
    "Wrong user name or password.": ("Błędna nazwa użytkownika lub hasło.", "Неверное имя пользователя или пароль."),
    "The database %s does not exist on the server %s. Check Path= in client.ini or ask your administrator.": (
        "Baza %s nie istnieje na serwerze %s. Sprawdź Path= w client.ini lub zapytaj administratora.",
        "База %s не существует на сервере %s. Проверьте Path= в client.ini или обратитесь к администратору."),
    "The account %s may not use this database. Ask an administrator to create your server account in Access rights → Users.": (
        "Konto %s nie może używać tej bazy. Poproś administratora o utworzenie konta na serwerze w Prawa dostępu → Użytkownicy.",
        "Учётной записи %s не разрешено использовать эту базу. Попросите администратора создать вашу учётную запись сервера в разделе Права доступа → Пользователи."),
    "Could not connect: %s": ("Nie udało się połączyć: %s", "Не удалось подключиться: %s"),
    "Connect to the Supasoft server": ("Połącz z serwerem Supasoft", "Подключение к серверу Supasoft"),
    "Remember password": ("Zapamiętaj hasło", "Запомнить пароль"),
    "Kept in your system's password store, never in a file.": (
        "Przechowywane w systemowym magazynie haseł, nigdy w pliku.", "Хранится в системном хранилище паролей, никогда в файле."),
    "Connect": ("Połącz", "Подключиться"),
    "Database:": ("Baza danych:", "База данных:"),
    "User name:": ("Nazwa użytkownika:", "Имя пользователя:"),
    "This database is on a Supasoft server. Log in with your server account.": (
        "Ta baza jest na serwerze Supasoft. Zaloguj się kontem na serwerze.",
        "Эта база находится на сервере Supasoft. Войдите под своей учётной записью сервера."),
    "Enter your user name.": ("Wpisz nazwę użytkownika.", "Введите имя пользователя."),
    "Connecting to %s…": ("Łączenie z %s…", "Подключение к %s…"),
    "The server %s did not answer within %d seconds. Check the network and that the server is running, then try again.": (
        "Serwer %s nie odpowiedział w ciągu %d s. Sprawdź sieć i czy serwer działa, a potem spróbuj ponownie.",
        "Сервер %s не ответил за %d с. Проверьте сеть и что сервер запущен, затем повторите попытку."),
})
T.setdefault("CardWindow", {}).update({
    "Someone else is saving this record right now; try again in a moment.": (
        "Ktoś inny właśnie zapisuje ten rekord; spróbuj ponownie za chwilę.",
        "Кто-то другой сейчас сохраняет эту запись; повторите попытку через минуту."),
    "Another user deleted this record (it is in the trash).": (
        "Inny użytkownik usunął ten rekord (jest w koszu).", "Другой пользователь удалил эту запись (она в корзине)."),
    "Another user saved this record at %s. Your changes are kept: when you save, you choose which of their values to keep.": (
        "Inny użytkownik zapisał ten rekord o %s. Twoje zmiany zostają: przy zapisie wybierzesz, które jego wartości zachować.",
        "Другой пользователь сохранил эту запись в %s. Ваши изменения сохранены: при сохранении вы выберете, какие его значения оставить."),
    "Updated: another user saved this record at %s.": (
        "Zaktualizowano: inny użytkownik zapisał ten rekord o %s.", "Обновлено: другой пользователь сохранил эту запись в %s."),
})
T.setdefault("ClientsTable", {}).update({
    "Account": ("Konto", "Учётная запись"), "Host": ("Komputer", "Компьютер"), "Process": ("Program", "Программа"),
    "Since": ("Od", "С"), " (this Supasoft)": (" (ten Supasoft)", " (этот Supasoft)"),
    "{0} (pid {1})": ("{0} (pid {1})", "{0} (pid {1})"), "local": ("lokalnie", "локально"),
})
T.setdefault("ConnectedUsersDialog", {}).update({
    "Connected users": ("Połączeni użytkownicy", "Подключённые пользователи"),
    "{0} connection(s); {1} from other users or programs (refreshed every 2 s).": (
        "Połączenia: {0}; od innych użytkowników lub programów: {1} (odświeżane co 2 s).",
        "Подключений: {0}; от других пользователей или программ: {1} (обновляется каждые 2 с)."),
})
T.setdefault("FormatWarningBar", {}).update({
    "Table formats…": ("Wersje tabel…", "Версии таблиц…"), "Hide": ("Ukryj", "Скрыть"),
    "{0} has used {1} of {2} table versions on the server; rebuild the database soon (Maintenance → Table formats)": (
        "{0}: zużyto {1} z {2} wersji tabeli na serwerze; wkrótce przebuduj bazę (Konserwacja → Wersje tabel)",
        "{0}: использовано {1} из {2} версий таблицы на сервере; скоро перестройте базу (Обслуживание → Версии таблиц)"),
    " — and {0} more table(s).": (" — i jeszcze tabele: {0}.", " — и ещё таблиц: {0}."),
})
T.setdefault("FormatsDialog", {}).update({
    "Table formats": ("Wersje tabel", "Версии таблиц"),
    "Every structure change on the server uses one of a table's 255 versions (formats). A table that has used all 255 can no longer be changed until the database is rebuilt (a backup and restore), which starts every table at 1 again.": (
        "Każda zmiana struktury na serwerze zużywa jedną z 255 wersji (formatów) tabeli. Tabeli, która zużyła wszystkie 255, nie można zmienić, dopóki baza nie zostanie przebudowana (kopia zapasowa i odtworzenie), co zaczyna każdą tabelę znów od 1.",
        "Каждое изменение структуры на сервере расходует одну из 255 версий (форматов) таблицы. Таблицу, израсходовавшую все 255, нельзя изменить, пока база не будет перестроена (резервная копия и восстановление), после чего каждая таблица снова начинается с 1."),
    "Table": ("Tabela", "Таблица"), "Versions used": ("Zużyte wersje", "Использовано версий"), "State": ("Stan", "Состояние"),
    "Keep the backup file:": ("Zachowaj plik kopii:", "Сохранить файл копии:"),
    "crm-before-rebuild.fbk": ("crm-przed-przebudowa.fbk", "crm-do-perestroyki.fbk"),
    "Browse…": ("Przeglądaj…", "Обзор…"), "Rebuild the database…": ("Przebuduj bazę…", "Перестроить базу…"), "OK": ("OK", "OK"),
    "Rebuild soon": ("Wkrótce przebuduj", "Скоро перестроить"), "Rebuild now": ("Przebuduj teraz", "Перестроить сейчас"),
    "{0} of {1}": ("{0} z {1}", "{0} из {1}"),
    "Keep the backup as": ("Zachowaj kopię jako", "Сохранить копию как"),
    "Firebird backups (*.fbk)": ("Kopie Firebird (*.fbk)", "Резервные копии Firebird (*.fbk)"),
    "Choose where to keep the backup file (Browse…).": (
        "Wybierz, gdzie zachować plik kopii (Przeglądaj…).", "Выберите, где сохранить файл копии (Обзор…)."),
    "Rebuild the database": ("Przebudowa bazy", "Перестройка базы"),
    "Rebuild the database now?": ("Przebudować bazę teraz?", "Перестроить базу сейчас?"),
    "Supasoft backs the database up (gbak), restores the backup to a test copy to prove it is complete, then replaces the database with the restored one. Every table starts at version 1 again and the file is compacted. Everyone else must be disconnected while it runs; this Configurator reconnects by itself afterwards.": (
        "Supasoft tworzy kopię zapasową bazy (gbak), odtwarza ją do kopii testowej, aby sprawdzić, że jest kompletna, a potem zastępuje bazę odtworzoną. Każda tabela zaczyna znów od wersji 1, a plik zostaje zmniejszony. W tym czasie wszyscy inni muszą być rozłączeni; ten Konfigurator połączy się potem sam.",
        "Supasoft делает резервную копию базы (gbak), восстанавливает её в тестовую копию, чтобы убедиться в её полноте, затем заменяет базу восстановленной. Каждая таблица снова начинается с версии 1, файл сжимается. На это время все остальные должны отключиться; этот Конфигуратор затем подключится сам."),
    "{0} other connection(s) must close before the rebuild:": (
        "Przed przebudową muszą zostać zamknięte inne połączenia ({0}):", "Перед перестройкой должны закрыться другие подключения ({0}):"),
    "Start maintenance mode to ask them to close Supasoft, then rebuild when nobody else is connected.": (
        "Włącz tryb konserwacji, aby poprosić ich o zamknięcie Supasoft, a potem przebuduj, gdy nikt inny nie będzie połączony.",
        "Включите режим обслуживания, чтобы попросить их закрыть Supasoft, затем перестройте, когда никого больше не будет."),
    "Start maintenance mode": ("Włącz tryb konserwacji", "Включить режим обслуживания"),
    "Waiting for {0} connection(s) to close.": ("Oczekiwanie na zamknięcie połączeń: {0}.", "Ожидание закрытия подключений: {0}."),
    "Rebuilding…": ("Przebudowa…", "Перестройка…"),
    "Rebuilt in {0:.1f} s: the most used table went from {1} to {2} version(s).": (
        "Przebudowano w {0:.1f} s: najbardziej zużyta tabela ma teraz {2} wersji zamiast {1}.",
        "Перестроено за {0:.1f} с: у самой используемой таблицы теперь {2} версий вместо {1}."),
    "The backup is kept in {0}.": ("Kopia zapasowa jest w {0}.", "Резервная копия сохранена в {0}."),
    "The rebuild failed: {0}": ("Przebudowa nie powiodła się: {0}", "Перестройка не удалась: {0}"),
})
T.setdefault("MaintenanceBanner", {}).update({
    "Close now": ("Zamknij teraz", "Закрыть сейчас"),
    "{admin} is changing the database structure{message}. Save your work: Supasoft will close your cards and tables in {seconds} s.": (
        "{admin} zmienia strukturę bazy{message}. Zapisz swoją pracę: Supasoft zamknie twoje karty i tabele za {seconds} s.",
        "{admin} изменяет структуру базы{message}. Сохраните работу: Supasoft закроет ваши карточки и таблицы через {seconds} с."),
    "%n s": (["%n s", "%n s", "%n s"], ["%n с", "%n с", "%n с"]),
})
T.setdefault("MaintenanceControl", {}).update({
    "&Maintenance": ("&Konserwacja", "&Обслуживание"),
    "Connected users…": ("Połączeni użytkownicy…", "Подключённые пользователи…"),
    "Maintenance mode…": ("Tryb konserwacji…", "Режим обслуживания…"),
    "Table formats…": ("Wersje tabel…", "Версии таблиц…"),
    "Maintenance mode: %n user(s) still connected": (
        ["Tryb konserwacji: nadal połączony %n użytkownik", "Tryb konserwacji: nadal połączeni %n użytkownicy",
         "Tryb konserwacji: nadal połączonych %n użytkowników"],
        ["Режим обслуживания: ещё подключён %n пользователь", "Режим обслуживания: ещё подключены %n пользователя",
         "Режим обслуживания: ещё подключено %n пользователей"]),
    "Maintenance mode: nobody else connected": (
        "Tryb konserwacji: nikt inny nie jest połączony", "Режим обслуживания: больше никто не подключён"),
    "Configurator": ("Konfigurator", "Конфигуратор"),
    "Start maintenance mode to ask them to close Supasoft, then make the change again.": (
        "Włącz tryb konserwacji, aby poprosić ich o zamknięcie Supasoft, a potem wprowadź zmianę ponownie.",
        "Включите режим обслуживания, чтобы попросить их закрыть Supasoft, затем повторите изменение."),
    "Start maintenance mode": ("Włącz tryb konserwacji", "Включить режим обслуживания"),
})
T.setdefault("MaintenanceController", {}).update({
    "The database is being changed: your changes are kept and saved when it is back.": (
        "Baza jest zmieniana: twoje zmiany zostają i zostaną zapisane, gdy będzie znów dostępna.",
        "База изменяется: ваши изменения сохранены и будут записаны, когда она снова станет доступна."),
    "The database is back: your changes were saved.": (
        "Baza jest znów dostępna: twoje zmiany zapisano.", "База снова доступна: ваши изменения записаны."),
})
T.setdefault("MaintenanceModeDialog", {}).update({
    "Maintenance mode": ("Tryb konserwacji", "Режим обслуживания"),
    "Maintenance mode asks everyone else to close Supasoft, so you can change the structure or rebuild the database. They see your message; new logins are told to wait.": (
        "Tryb konserwacji prosi wszystkich innych o zamknięcie Supasoft, abyś mógł zmienić strukturę lub przebudować bazę. Zobaczą twoją wiadomość; nowe logowania muszą poczekać.",
        "Режим обслуживания просит всех остальных закрыть Supasoft, чтобы вы могли изменить структуру или перестроить базу. Они увидят ваше сообщение; новым входам будет предложено подождать."),
    "Message to the others, e.g. Adding fields to Deal, back in 10 minutes": (
        "Wiadomość dla innych, np. Dodaję pola do Transakcji, wracam za 10 minut",
        "Сообщение для остальных, например: Добавляю поля в Сделки, вернусь через 10 минут"),
    "Start maintenance mode": ("Włącz tryb konserwacji", "Включить режим обслуживания"),
    "End maintenance": ("Zakończ konserwację", "Завершить обслуживание"),
    "Maintenance mode is off.": ("Tryb konserwacji jest wyłączony.", "Режим обслуживания выключен."),
    "Maintenance mode is on (since {0}, by {1}). Still connected: {2}.": (
        "Tryb konserwacji jest włączony (od {0}, przez {1}). Nadal połączeni: {2}.",
        "Режим обслуживания включён (с {0}, включил {1}). Ещё подключены: {2}."),
    "Maintenance mode is on (since {0}, by {1}). Nobody else is connected: you can change the structure or rebuild now.": (
        "Tryb konserwacji jest włączony (od {0}, przez {1}). Nikt inny nie jest połączony: możesz teraz zmienić strukturę lub przebudować bazę.",
        "Режим обслуживания включён (с {0}, включил {1}). Больше никто не подключён: можно менять структуру или перестраивать базу."),
})
T.setdefault("PausedDialog", {}).update({
    "Supasoft is paused": ("Supasoft jest wstrzymany", "Supasoft приостановлен"),
    "The database is being changed by {admin} since {since}.": (
        "Bazę zmienia {admin} od {since}.", "Базу изменяет {admin} с {since}."),
    "Supasoft reconnects by itself when {admin} finishes.": (
        "Supasoft połączy się sam, gdy {admin} skończy.", "Supasoft подключится сам, когда {admin} закончит."),
    "%n card(s) with unsaved changes stay open; they are saved when the database is back.": (
        ["%n karta z niezapisanymi zmianami pozostaje otwarta; zostanie zapisana, gdy baza będzie znów dostępna.",
         "%n karty z niezapisanymi zmianami pozostają otwarte; zostaną zapisane, gdy baza będzie znów dostępna.",
         "%n kart z niezapisanymi zmianami pozostaje otwartych; zostaną zapisane, gdy baza będzie znów dostępna."],
        ["%n карточка с несохранёнными изменениями остаётся открытой; она будет сохранена, когда база снова станет доступна.",
         "%n карточки с несохранёнными изменениями остаются открытыми; они будут сохранены, когда база снова станет доступна.",
         "%n карточек с несохранёнными изменениями остаются открытыми; они будут сохранены, когда база снова станет доступна."]),
    "Exit Supasoft": ("Zakończ Supasoft", "Выйти из Supasoft"),
})
T.setdefault("Startup", {}).update({
    "Maintenance mode is on": ("Tryb konserwacji jest włączony", "Режим обслуживания включён"),
    "You are an administrator, so you may work; other users wait until it ends.": (
        "Jesteś administratorem, więc możesz pracować; inni użytkownicy czekają na koniec.",
        "Вы администратор, поэтому можете работать; остальные пользователи ждут окончания."),
    "The database is being changed": ("Baza jest zmieniana", "База изменяется"),
    "Try again later.": ("Spróbuj ponownie później.", "Повторите попытку позже."),
    "Retry": ("Ponów", "Повторить"),
    "The database is being changed by {admin} since {since}": (
        "Bazę zmienia {admin} od {since}", "Базу изменяет {admin} с {since}"),
})

from i18n_more import MORE  # noqa: E402  (scripts/ is on the path when this file runs)

for _context, _texts in MORE.items():
    T.setdefault(_context, {}).update(_texts)


def extra_sources() -> dict[str, list[str]]:
    """Texts lupdate cannot find because the UI translates them out of core: context -> sources to add to the .ts."""
    sys.path.insert(0, str(I18N.parents[1]))
    from supasoft.core.fieldtypes import field_types

    labels = []
    for key in field_types.keys():
        label = field_types.get(key).label or key
        if label not in labels:
            labels.append(label)
    from supasoft.core.formulas.ast import BOOLEAN, DATE, DATETIME, NUMBER, REFERENCE, STRING
    from supasoft.core.formulas.functions import FUNCTIONS

    formula = [NUMBER, STRING, DATE, DATETIME, BOOLEAN, REFERENCE] + [info.help for info in FUNCTIONS.values()]
    return {"FieldTypes": labels, "FormulaEditor": formula}


def add_extra(root: ET.Element) -> None:
    """Make sure every text of extra_sources() has a message (unfinished until T translates it)."""
    contexts = {c.findtext("name") or "": c for c in root.findall("context")}
    for name, sources in extra_sources().items():
        context = contexts.get(name)
        if context is None:
            context = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = name
        known = {m.findtext("source") for m in context.findall("message")}
        for source in sources:
            if source not in known:
                message = ET.SubElement(context, "message")
                ET.SubElement(message, "source").text = source
                ET.SubElement(message, "translation", type="unfinished")


def fill(lang: str, index: int) -> int:
    path = I18N / f"supasoft_{lang}.ts"
    tree = ET.parse(path)
    root = tree.getroot()
    root.set("language", {"pl": "pl_PL", "ru": "ru_RU"}[lang])
    add_extra(root)
    done = 0
    for context in root.findall("context"):
        table = T.get(context.findtext("name") or "", {})
        for message in context.findall("message"):
            entry = table.get(message.findtext("source") or "")
            if entry is None:
                continue
            value = entry[index]
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            translation.attrib.pop("type", None)
            translation.text = None
            for child in list(translation):
                translation.remove(child)
            if isinstance(value, list):
                for form in value:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = value
            done += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return done


def fill_english() -> int:
    """English plural forms from the source: 'record(s)' -> 'record' / 'records'."""
    path = I18N / "supasoft_en.ts"
    tree = ET.parse(path)
    tree.getroot().set("language", "en_GB")
    done = 0
    for message in tree.getroot().iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        for form in (source.replace("(s)", ""), source.replace("(s)", "s")):
            ET.SubElement(translation, "numerusform").text = form
        done += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return done


def helper_context(location: str) -> str | None:
    """The context a package's `tr()` helper uses (CONTEXT = "..." in its common.py), for lupdate's blank ones."""
    package = (I18N / location).resolve().parent
    common = package / "common.py"
    if common.exists():
        for line in common.read_text(encoding="utf-8").splitlines():
            if line.startswith("CONTEXT = "):
                return line.split("=", 1)[1].strip().strip("\"'")
    return None


def fix_contexts(lang: str) -> int:
    """lupdate cannot see through helpers like `tr(text)`: move those texts to the helper's context at runtime,
    keeping translations made earlier, then drop texts that vanished from the sources."""
    path = I18N / f"supasoft_{lang}.ts"
    tree = ET.parse(path)
    root = tree.getroot()
    contexts = {c.findtext("name") or "": c for c in root.findall("context")}
    moved = 0
    blank = contexts.get("")
    if blank is not None:
        current_file = ""
        for message in list(blank.findall("message")):
            # lupdate names a file once, then lists relative lines: a message's first location without a filename is in
            # the file of the previous message's first location; further locations name their file when it changes.
            files = []
            for n, location in enumerate(message.findall("location")):
                if location.get("filename"):
                    files.append(location.get("filename", ""))
                    if n == 0:
                        current_file = location.get("filename", "")
                elif n == 0 and current_file:
                    files.append(current_file)
            # a text used by the helpers of several packages (tr("is") in configurator and accessrights) goes to each
            targets = list(dict.fromkeys(t for t in (helper_context(f) for f in files) if t))
            if not targets:
                continue
            blank.remove(message)
            for target in targets:
                context = contexts.get(target)
                if context is None:
                    context = ET.SubElement(root, "context")
                    ET.SubElement(context, "name").text = target
                    contexts[target] = context
                source = message.findtext("source")
                earlier = next((m for m in context.findall("message") if m.findtext("source") == source), None)
                if earlier is not None:
                    translation = earlier.find("translation")
                    if translation is not None and translation.get("type") in ("vanished", "obsolete"):
                        translation.attrib.pop("type", None)  # the text is still used: keep its translation
                else:
                    context.append(copy.deepcopy(message))
            moved += 1
    for context in root.findall("context"):
        for message in context.findall("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("vanished", "obsolete"):
                context.remove(message)
        if not context.findall("message"):
            root.remove(context)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return moved


T.setdefault("FormatsDialog", {}).update({
    "Cancel the rebuild": ("Anuluj przebudowę", "Отменить перестройку"),
    "Backing up the database: {0} of {1} tables": (
        "Tworzenie kopii zapasowej bazy: {0} z {1} tabel", "Резервное копирование базы: {0} из {1} таблиц"),
    "Restoring a test copy to prove the backup is complete: {0} of {1} tables": (
        "Odtwarzanie kopii testowej, aby sprawdzić, że kopia jest kompletna: {0} z {1} tabel",
        "Восстановление тестовой копии, чтобы проверить полноту резервной копии: {0} из {1} таблиц"),
    "Replacing the database with the restored copy: {0} of {1} tables": (
        "Zastępowanie bazy odtworzoną kopią: {0} z {1} tabel", "Замена базы восстановленной копией: {0} из {1} таблиц"),
    "Checking who is connected…": ("Sprawdzanie, kto jest połączony…", "Проверка, кто подключён…"),
    "Reading the structure again…": ("Ponowne wczytywanie struktury…", "Повторное чтение структуры…"),
    "The database is being replaced: this cannot be stopped.": (
        "Baza jest właśnie zastępowana: tego nie można przerwać.", "База сейчас заменяется: это нельзя остановить."),
    "Cancelling…": ("Anulowanie…", "Отмена…"),
    "The rebuild was cancelled; the database was not changed.": (
        "Przebudowę anulowano; baza nie została zmieniona.", "Перестройка отменена; база не изменена."),
})
T.setdefault("MaintenanceBanner", {}).update({
    "{admin} is changing the database structure{message}. Save your work: Supasoft will close your cards and tables when the time runs out.": (
        "{admin} zmienia strukturę bazy{message}. Zapisz swoją pracę: Supasoft zamknie twoje karty i tabele, gdy czas minie.",
        "{admin} изменяет структуру базы{message}. Сохраните работу: Supasoft закроет ваши карточки и таблицы, когда время истечёт."),
    "Closing in %n s": (["Zamknięcie za %n s", "Zamknięcie za %n s", "Zamknięcie za %n s"],
                        ["Закрытие через %n с", "Закрытие через %n с", "Закрытие через %n с"]),
})
T.setdefault("TableTab", {}).update({
    "More than %n record(s)": (["Ponad %n rekord", "Ponad %n rekordy", "Ponad %n rekordów"],
                               ["Более %n записи", "Более %n записей", "Более %n записей"]),
})


T.setdefault("Conditions", {}).update({
    "is": ("jest równe", "равно"), "is not": ("nie jest równe", "не равно"), "is empty": ("jest puste", "пусто"),
    "is filled in": ("jest wypełnione", "заполнено"), "is one of (;)": ("jest jednym z (;)", "одно из (;)"),
    "less than": ("mniejsze niż", "меньше"), "at most": ("co najwyżej", "не больше"), "more than": ("większe niż", "больше"),
    "at least": ("co najmniej", "не меньше"), "between (;)": ("pomiędzy (;)", "между (;)"), "contains": ("zawiera", "содержит"),
    "does not contain": ("nie zawiera", "не содержит"), "starts with": ("zaczyna się od", "начинается с"),
    "ends with": ("kończy się na", "заканчивается на"), "current user": ("bieżący użytkownik", "текущий пользователь"),
})
T.setdefault("GroupEditor", {}).update({
    "All conditions hold": ("Spełnione wszystkie warunki", "Выполнены все условия"),
    "Any condition holds": ("Spełniony dowolny warunek", "Выполнено любое условие"),
})

T.setdefault("FieldsTab", {}).update({
    "Move up": ("Przesuń w górę", "Переместить вверх"), "Move down": ("Przesuń w dół", "Переместить вниз"),
    "Show this field earlier in All fields, new cards and field lists (Ctrl+Up)": (
        "Pokazuj to pole wcześniej we „Wszystkich polach”, w nowych kartach i listach pól (Ctrl+Up)",
        "Показывать это поле раньше во «Всех полях», новых карточках и списках полей (Ctrl+Up)"),
    "Show this field later in All fields, new cards and field lists (Ctrl+Down)": (
        "Pokazuj to pole później we „Wszystkich polach”, w nowych kartach i listach pól (Ctrl+Down)",
        "Показывать это поле позже во «Всех полях», новых карточках и списках полей (Ctrl+Down)"),
    "Move field {0}": ("Przesunięcie pola {0}", "Перемещение поля {0}"),
})


if __name__ == "__main__":
    if "--fix-contexts" in sys.argv:
        for lang in ("pl", "ru"):
            print(lang, fix_contexts(lang), "texts moved to their helper's context", file=sys.stderr)
    elif "--english-only" in sys.argv:
        print("en", fill_english(), "plural forms", file=sys.stderr)
    else:
        for n, lang in enumerate(("pl", "ru")):
            print(lang, fill(lang, n), "translated", file=sys.stderr)
