"""Polish and Russian for texts added after i18n_fill.py grew large; merged into its table T."""

MORE: dict[str, dict[str, tuple]] = {
    'DateEditor': {
        'today': ('dziś', 'сегодня'),
    },
    'DateTimeEditor': {
        'today': ('dziś', 'сегодня'),
        'now': ('teraz', 'сейчас'),
    },
    'FilterBuilderDialog': {
        'Text is compared ignoring upper and lower case: equals, contains, starts with and the quick search alike.': ('Tekst jest porównywany bez względu na wielkość liter: tak samo w „równa się”, „zawiera”, „zaczyna się od” i w szybkim wyszukiwaniu.', 'Текст сравнивается без учёта регистра: одинаково в «равно», «содержит», «начинается с» и в быстром поиске.'),
        'Enter the value to compare {0} with, or choose "is empty".': ('Wpisz wartość, z którą porównać {0}, albo wybierz „jest puste”.', 'Введите значение для сравнения с {0} или выберите «пусто».'),
    },
    'Formatting': {
        'Yes': ('Tak', 'Да'),
        'No': ('Nie', 'Нет'),
    },
    'HistoryView': {
        '#{id} (deleted)': ('#{id} (usunięty)', '#{id} (удалена)'),
    },
    'Launcher': {
        'Cannot open the database': ('Nie można otworzyć bazy danych', 'Не удаётся открыть базу данных'),
        'New database': ('Nowa baza danych', 'Новая база данных'),
        'The file %s already exists. Choose a new name, or open it with File → Open database.': ('Plik %s już istnieje. Wybierz nową nazwę albo otwórz go poleceniem Plik → Otwórz bazę danych.', 'Файл %s уже существует. Выберите новое имя или откройте его через Файл → Открыть базу данных.'),
    },
    'MainWindow': {
        'New database': ('Nowa baza danych', 'Новая база данных'),
        'new-crm.db': ('nowy-crm.db', 'novaya-crm.db'),
        'The new database gets the ready CRM. Add demo data to look around?': ('Nowa baza danych otrzyma gotowy CRM. Dodać dane przykładowe, aby się rozejrzeć?', 'Новая база данных получит готовую CRM. Добавить демо-данные, чтобы осмотреться?'),
        'With demo data': ('Z danymi przykładowymi', 'С демо-данными'),
        'Empty': ('Pusta', 'Пустая'),
        'Logged in: %s': ('Zalogowany: %s', 'Вход выполнен: %s'),
        'Login: %s': ('Login: %s', 'Логин: %s'),
        '&New database…': ('&Nowa baza danych…', '&Новая база данных…'),
        '&Switch user…': ('&Zmień użytkownika…', '&Сменить пользователя…'),
        '&Log out': ('&Wyloguj', 'В&ыйти из учётной записи'),
        '&Undo': ('&Cofnij', '&Отменить'),
        '&User guide': ('&Podręcznik użytkownika', '&Руководство пользователя'),
    },
    'ReferencePicker': {
        'New {name}…': ('Nowy rekord: {name}…', 'Новая запись: {name}…'),
    },
    'SaveViewDialog': {
        'Save view as': ('Zapisz widok jako', 'Сохранить вид как'),
        'Name of the new view': ('Nazwa nowego widoku', 'Название нового вида'),
        'Sharing views needs the right to configure': ('Udostępnianie widoków wymaga prawa do konfiguracji', 'Для общих видов нужно право на настройку'),
    },
    'Startup': {
        'Welcome to Supasoft': ('Witamy w Supasoft', 'Добро пожаловать в Supasoft'),
        'Supasoft will create a new database with the ready CRM (clients, contacts, products, orders, tasks…) in\n%s\n\nStart with demo data to look around, or with an empty CRM for your own records.': ('Supasoft utworzy nową bazę danych z gotowym CRM (klienci, kontakty, produkty, zamówienia, zadania…) w\n%s\n\nZacznij od danych przykładowych, aby się rozejrzeć, albo od pustego CRM na własne rekordy.', 'Supasoft создаст новую базу данных с готовой CRM (клиенты, контакты, товары, заказы, задачи…) в\n%s\n\nНачните с демонстрационных данных, чтобы осмотреться, или с пустой CRM для своих записей.'),
        'Ready CRM with demo data': ('Gotowy CRM z danymi przykładowymi', 'Готовая CRM с демо-данными'),
        'Empty ready CRM': ('Pusty gotowy CRM', 'Пустая готовая CRM'),
        'Open another database…': ('Otwórz inną bazę danych…', 'Открыть другую базу данных…'),
    },
    'TableRights': {
        'You may not add %s: your rights do not include creating records here.': ('Nie możesz dodawać: %s — Twoje uprawnienia nie obejmują tworzenia rekordów tutaj.', 'Вы не можете добавлять %s: ваши права не включают создание записей здесь.'),
        'You may not delete %s: your rights do not include deleting records here.': ('Nie możesz usuwać: %s — Twoje uprawnienia nie obejmują usuwania rekordów tutaj.', 'Вы не можете удалять %s: ваши права не включают удаление записей здесь.'),
        'You may not change %s: your rights allow reading only.': ('Nie możesz zmieniać: %s — Twoje uprawnienia pozwalają tylko na odczyt.', 'Вы не можете изменять %s: ваши права разрешают только чтение.'),
        'You may not export %s: ask an administrator for the export right.': ('Nie możesz eksportować: %s — poproś administratora o prawo eksportu.', 'Вы не можете экспортировать %s: попросите администратора о праве экспорта.'),
        '%1 %2 has %3 %4; delete them first.': ('%1 %2 ma powiązane rekordy (%4: %3); najpierw je usuń.', 'У %1 %2 есть связанные записи (%4: %3); сначала удалите их.'),
        '… and %d more': ('… i %d więcej', '… и ещё %d'),
    },
    'TableTab': {
        'Save view': ('Zapisz widok', 'Сохранить вид'),
        'Save the columns, sort and filter in this view': ('Zapisz kolumny, sortowanie i filtr w tym widoku', 'Сохранить столбцы, сортировку и фильтр в этом виде'),
        'Save view as…': ('Zapisz widok jako…', 'Сохранить вид как…'),
        'Save the columns, sort and filter as a new view': ('Zapisz kolumny, sortowanie i filtr jako nowy widok', 'Сохранить столбцы, сортировку и фильтр как новый вид'),
        '%n text(s) did not fit in an Excel cell (32,767 characters) and were cut; the file lists them on the sheet "%1":': (['%n tekst nie zmieścił się w komórce Excela (32 767 znaków) i został przycięty; plik wymienia go w arkuszu „%1”:', '%n teksty nie zmieściły się w komórce Excela (32 767 znaków) i zostały przycięte; plik wymienia je w arkuszu „%1”:', '%n tekstów nie zmieściło się w komórce Excela (32 767 znaków) i zostały przycięte; plik wymienia je w arkuszu „%1”:'], ['%n текст не поместился в ячейку Excel (32 767 символов) и был обрезан; файл перечисляет его на листе «%1»:', '%n текста не поместились в ячейку Excel (32 767 символов) и были обрезаны; файл перечисляет их на листе «%1»:', '%n текстов не поместились в ячейку Excel (32 767 символов) и были обрезаны; файл перечисляет их на листе «%1»:']),
        'Checking…': ('Sprawdzanie…', 'Проверка…'),
        'Cannot move to the trash:': ('Nie można przenieść do kosza:', 'Нельзя переместить в корзину:'),
        'The other %n record(s) can be moved.': (['Pozostały %n rekord można przenieść.', 'Pozostałe %n rekordy można przenieść.', 'Pozostałe %n rekordów można przenieść.'], ['Остальную %n запись можно переместить.', 'Остальные %n записи можно переместить.', 'Остальные %n записей можно переместить.']),
        'Put back what was just deleted or changed (Ctrl+Z)': ('Przywróć to, co właśnie usunięto lub zmieniono (Ctrl+Z)', 'Вернуть только что удалённое или изменённое (Ctrl+Z)'),
    },
    'UserGuideDialog': {
        'Supasoft user guide': ('Podręcznik użytkownika Supasoft', 'Руководство пользователя Supasoft'),
        'The user guide (docs/user-guide.md) is not installed with this copy.': ('Podręcznik użytkownika (docs/user-guide.md) nie jest zainstalowany w tej kopii.', 'Руководство пользователя (docs/user-guide.md) не установлено в этой копии.'),
    },
    'ValueInput': {
        'The earlier value does not fit this field: enter a new one': ('Poprzednia wartość nie pasuje do tego pola: wpisz nową', 'Прежнее значение не подходит для этого поля: введите новое'),
    },
    'ViewSaver': {
        'Save the changes to the shared view "{0}" for everyone?': ('Zapisać zmiany we wspólnym widoku „{0}” dla wszystkich?', 'Сохранить изменения общего вида «{0}» для всех?'),
        'A view named "{0}" exists and you may not change it: choose another name.': ('Widok o nazwie „{0}” już istnieje i nie możesz go zmienić: wybierz inną nazwę.', 'Вид «{0}» уже существует, и вы не можете его изменить: выберите другое название.'),
        'A view named "{0}" exists. Replace it?': ('Widok o nazwie „{0}” już istnieje. Zastąpić go?', 'Вид «{0}» уже существует. Заменить его?'),
        'The shared view "{0}" exists. Replace it for everyone?': ('Wspólny widok „{0}” już istnieje. Zastąpić go dla wszystkich?', 'Общий вид «{0}» уже существует. Заменить его для всех?'),
    },
    '_TemporalEditor': {
        'Choose from the calendar (Alt+Down)': ('Wybierz z kalendarza (Alt+Strzałka w dół)', 'Выбрать в календаре (Alt+Стрелка вниз)'),
        'Not a date: type it like {example} or {iso}': ('To nie jest data: wpisz ją jak {example} lub {iso}', 'Это не дата: введите её как {example} или {iso}'),
        'Not a date and time: type it like {example} or {iso}': ('To nie jest data i godzina: wpisz je jak {example} lub {iso}', 'Это не дата и время: введите их как {example} или {iso}'),
        'today': ('dziś', 'сегодня'),
        'now': ('teraz', 'сейчас'),
    },
    'FieldDialog': {
        'Smallest value:': ('Najmniejsza wartość:', 'Наименьшее значение:'),
        'Largest value:': ('Największa wartość:', 'Наибольшее значение:'),
        'no limit': ('bez limitu', 'без ограничения'),
        'The smallest value is not a number.': ('Najmniejsza wartość nie jest liczbą.', 'Наименьшее значение не является числом.'),
        'The largest value is not a number.': ('Największa wartość nie jest liczbą.', 'Наибольшее значение не является числом.'),
        'The smallest value is above the largest.': ('Najmniejsza wartość jest większa od największej.', 'Наименьшее значение больше наибольшего.'),
        'Number of stars:': ('Liczba gwiazdek:', 'Количество звёзд:'),
    },
    'RatingEditor': {
        'Rating': ('Ocena', 'Оценка'),
        '{0} of {1}': ('{0} z {1}', '{0} из {1}'),
        'Not rated': ('Bez oceny', 'Без оценки'),
    },
}
