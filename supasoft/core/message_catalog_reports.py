"""Polish and Russian texts of reports (issue 14): checks of a report spec, saved reports, parameters, headers,
measure titles, date-part labels and the names of the shipped Lite reports; merged into core/message_catalog.py.

Keys are the English templates; placeholders stay as they are. "{func} of {field}" takes a function name
that is itself translated ("Suma: Kwota"); weekday and month names are the labels of date-part groups.
"""

from __future__ import annotations

POLISH: dict[str, str] = {
    # --- checks of a spec (services/reports.py, storage/report_sql.py) ---
    "A report has at most {count} row and column levels": "Raport ma najwyżej {count} poziomów wierszy i kolumn",
    "A share or running total needs a count or a sum": "Udział i suma narastająca wymagają liczby lub sumy",
    "Field #{id} does not exist in {object}": "Pole #{id} nie istnieje w obiekcie {object}",
    "Only a count needs no field": "Tylko liczenie rekordów nie wymaga pola",
    "Unknown calculation {func}": "Nieznane obliczenie {func}",
    "Unknown date part {part}": "Nieznana część daty {part}",
    "This is not a saved report": "To nie jest zapisany raport",
    "You cannot build a report on a field you are not allowed to see.":
        "Nie możesz budować raportu na polu, którego nie wolno ci widzieć.",
    "{field} is a long text: reports cannot calculate with it": "{field} to długi tekst: raporty nie liczą na nim",
    "{field} is a long text: reports cannot group by it": "{field} to długi tekst: raporty nie grupują według niego",
    "{field} is not a date, so it cannot be grouped by {part}": "{field} nie jest datą, więc nie można grupować według: {part}",
    "{field} is not a number or a date: no minimum or maximum": "{field} nie jest liczbą ani datą: brak minimum i maksimum",
    "{field} is not a number, so it cannot be summed or averaged": "{field} nie jest liczbą, więc nie można jej sumować ani uśredniać",
    "{field} is not a reference, so the path cannot continue": "{field} nie jest odwołaniem, więc ścieżka nie może biec dalej",
    # --- parameters (core/reports/params.py) ---
    "The report has no parameter {name}": "Raport nie ma parametru {name}",
    "The report needs a value for {name}": "Raport wymaga wartości parametru {name}",
    "{name}: give a range as from..to": "{name}: podaj zakres jako od..do",
    # --- saved reports (services/report_library.py) and export ---
    "A report needs a name of at most {limit} characters": "Raport wymaga nazwy o długości najwyżej {limit} znaków",
    "Only the owner or someone who may change the structure can change this report.":
        "Ten raport może zmienić tylko jego właściciel lub osoba uprawniona do zmiany struktury.",
    "Report #{id} does not exist": "Raport #{id} nie istnieje",
    "There is no report named {name}": "Nie ma raportu o nazwie {name}",
    "Cannot write {file}: {problem}": "Nie można zapisać {file}: {problem}",
    # --- headers and titles (services/report_labels.py, core/reports/keys.py) ---
    "(empty)": "(puste)",
    "Total": "Razem",
    "Code": "Kod",
    "Number of records": "Liczba rekordów",
    "{func} of {field}": "{func}: {field}",
    "{field} ({part})": "{field} ({part})",
    "{measure}, share of total": "{measure}, udział w całości",
    "{measure}, running total": "{measure}, narastająco",
    "Count": "Liczba", "Sum": "Suma", "Average": "Średnia", "Minimum": "Minimalna", "Maximum": "Maksymalna",
    "Distinct count": "Liczba różnych",
    "day": "dzień", "week": "tydzień", "month": "miesiąc", "quarter": "kwartał", "year": "rok",
    "day of week": "dzień tygodnia", "month of year": "miesiąc roku",
    "Monday": "poniedziałek", "Tuesday": "wtorek", "Wednesday": "środa", "Thursday": "czwartek", "Friday": "piątek",
    "Saturday": "sobota", "Sunday": "niedziela",
    "January": "styczeń", "February": "luty", "March": "marzec", "April": "kwiecień", "May": "maj", "June": "czerwiec",
    "July": "lipiec", "August": "sierpień", "September": "wrzesień", "October": "październik", "November": "listopad",
    "December": "grudzień",
    "{year}-{month:02d}-{day:02d}": "{day:02d}.{month:02d}.{year}", "{year}-W{week:02d}": "tydz. {week:02d} {year}",
    "{year}-{month:02d}": "{month:02d}.{year}", "{year}-Q{quarter}": "{quarter} kw. {year}",
    # --- the Lite reports (services/report_presets.py) ---
    "Sales by month": "Sprzedaż według miesięcy",
    "Sales by client": "Sprzedaż według klientów",
    "Payments by month": "Płatności według miesięcy",
    "Open tasks by assignee": "Otwarte zadania według wykonawców",
}

RUSSIAN: dict[str, str] = {
    "A report has at most {count} row and column levels": "В отчёте не больше {count} уровней строк и столбцов",
    "A share or running total needs a count or a sum": "Доля и нарастающий итог требуют количества или суммы",
    "Field #{id} does not exist in {object}": "Поле #{id} не существует в объекте {object}",
    "Only a count needs no field": "Только подсчёт записей не требует поля",
    "Unknown calculation {func}": "Неизвестное вычисление {func}",
    "Unknown date part {part}": "Неизвестная часть даты {part}",
    "This is not a saved report": "Это не сохранённый отчёт",
    "You cannot build a report on a field you are not allowed to see.":
        "Нельзя строить отчёт по полю, которое вам не разрешено видеть.",
    "{field} is a long text: reports cannot calculate with it": "{field} — длинный текст: отчёты не вычисляют по нему",
    "{field} is a long text: reports cannot group by it": "{field} — длинный текст: отчёты не группируют по нему",
    "{field} is not a date, so it cannot be grouped by {part}": "{field} не является датой, поэтому группировка «{part}» невозможна",
    "{field} is not a number or a date: no minimum or maximum": "{field} не является числом или датой: нет минимума и максимума",
    "{field} is not a number, so it cannot be summed or averaged": "{field} не является числом, его нельзя суммировать или усреднять",
    "{field} is not a reference, so the path cannot continue": "{field} не является ссылкой, поэтому путь не может продолжаться",
    "The report has no parameter {name}": "У отчёта нет параметра {name}",
    "The report needs a value for {name}": "Отчёту нужно значение параметра {name}",
    "{name}: give a range as from..to": "{name}: укажите диапазон как от..до",
    "A report needs a name of at most {limit} characters": "Отчёту нужно имя длиной не более {limit} символов",
    "Only the owner or someone who may change the structure can change this report.":
        "Изменить этот отчёт может только его владелец или тот, кому разрешено менять структуру.",
    "Report #{id} does not exist": "Отчёт #{id} не существует",
    "There is no report named {name}": "Нет отчёта с именем {name}",
    "Cannot write {file}: {problem}": "Не удаётся записать {file}: {problem}",
    "(empty)": "(пусто)",
    "Total": "Итого",
    "Code": "Код",
    "Number of records": "Количество записей",
    "{func} of {field}": "{func}: {field}",
    "{field} ({part})": "{field} ({part})",
    "{measure}, share of total": "{measure}, доля от итога",
    "{measure}, running total": "{measure}, нарастающим итогом",
    "Count": "Количество", "Sum": "Сумма", "Average": "Среднее", "Minimum": "Минимум", "Maximum": "Максимум",
    "Distinct count": "Число различных",
    "day": "день", "week": "неделя", "month": "месяц", "quarter": "квартал", "year": "год",
    "day of week": "день недели", "month of year": "месяц года",
    "Monday": "понедельник", "Tuesday": "вторник", "Wednesday": "среда", "Thursday": "четверг", "Friday": "пятница",
    "Saturday": "суббота", "Sunday": "воскресенье",
    "January": "январь", "February": "февраль", "March": "март", "April": "апрель", "May": "май", "June": "июнь",
    "July": "июль", "August": "август", "September": "сентябрь", "October": "октябрь", "November": "ноябрь",
    "December": "декабрь",
    "{year}-{month:02d}-{day:02d}": "{day:02d}.{month:02d}.{year}", "{year}-W{week:02d}": "нед. {week:02d} {year}",
    "{year}-{month:02d}": "{month:02d}.{year}", "{year}-Q{quarter}": "{quarter} кв. {year}",
    "Sales by month": "Продажи по месяцам",
    "Sales by client": "Продажи по клиентам",
    "Payments by month": "Платежи по месяцам",
    "Open tasks by assignee": "Открытые задачи по исполнителям",
}
