"""Fill Polish and Russian translations of the shell (and shared busy dialog) into the .ts files; keeps others' entries.

Run after scripts/update_translations.sh added new source texts, then run that script again to compile .qm files.
"""

from __future__ import annotations

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
        "Re&fresh": ("&Odśwież", "Об&новить"),
        "&Find…": ("&Szukaj…", "&Найти…"),
        "&Change field in selected…": ("&Zmień pole w zaznaczonych…", "&Изменить поле в выбранных…"),
        "&Export to Excel…": ("&Eksport do Excela…", "&Экспорт в Excel…"),
        "&Trash": ("&Kosz", "&Корзина"),
        "Re&ports": ("R&aporty", "&Отчёты"),
        "&Documents": ("&Dokumenty", "&Документы"),
        "Coming in a later version": ("W jednej z kolejnych wersji", "Появится в следующей версии"),
        "coming": ("wkrótce", "скоро"),
        "&Settings": ("&Ustawienia", "&Настройки"),
        "&Configurator…": ("&Konfigurator…", "&Конфигуратор…"),
        "&Access rights…": ("&Prawa dostępu…", "&Права доступа…"),
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


def fill(lang: str, index: int) -> int:
    path = I18N / f"supasoft_{lang}.ts"
    tree = ET.parse(path)
    root = tree.getroot()
    root.set("language", {"pl": "pl_PL", "ru": "ru_RU"}[lang])
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
            location = message.find("location")
            if location is not None and location.get("filename"):
                current_file = location.get("filename", "")  # lupdate names a file once, then lists relative lines
            target = helper_context(current_file) if current_file else None
            if target is None:
                continue
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
                blank.remove(message)
            else:
                blank.remove(message)
                context.append(message)
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


if __name__ == "__main__":
    if "--fix-contexts" in sys.argv:
        for lang in ("pl", "ru"):
            print(lang, fix_contexts(lang), "texts moved to their helper's context", file=sys.stderr)
    elif "--english-only" in sys.argv:
        print("en", fill_english(), "plural forms", file=sys.stderr)
    else:
        for n, lang in enumerate(("pl", "ru")):
            print(lang, fill(lang, n), "translated", file=sys.stderr)
