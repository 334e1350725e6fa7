"""Polish and Russian texts of Word documents from templates (issue 15): templates, checks at upload, the sandbox,
PDF through LibreOffice; merged into core/message_catalog.py. Keys are the English templates."""

from __future__ import annotations

POLISH: dict[str, str] = {
    "There is no document template named {name}": "Nie ma szablonu dokumentu o nazwie {name}",
    "{object} already has a document template named {name}": "{object} ma już szablon dokumentu o nazwie {name}",
    "Document template #{id} does not exist": "Szablon dokumentu #{id} nie istnieje",
    "Document template {name} is for another object": "Szablon dokumentu {name} jest dla innego obiektu",
    "{field} is not a file field": "{field} nie jest polem pliku",
    "The template cannot be filled: {problem}": "Nie można wypełnić szablonu: {problem}",
    "A document template needs a name of at most {limit} characters":
        "Szablon dokumentu wymaga nazwy o długości najwyżej {limit} znaków",
    "This file is not a Word document (.docx)": "Ten plik nie jest dokumentem programu Word (.docx)",
    "This Word document is damaged and cannot be read": "Ten dokument programu Word jest uszkodzony i nie da się go odczytać",
    "Unknown name {name} near “{snippet}”": "Nieznana nazwa {name} w pobliżu „{snippet}”",
    "Unknown filter {name} near “{snippet}”": "Nieznany filtr {name} w pobliżu „{snippet}”",
    "The date filter needs a date, not “{value}”": "Filtr date potrzebuje daty, a nie „{value}”",
    "Amounts in {currency} cannot be written in words in this language":
        "Kwot w {currency} nie da się zapisać słownie w tym języku",
    "The number filter needs a number, not “{value}”": "Filtr liczbowy potrzebuje liczby, a nie „{value}”",
    "The number of decimals must be a whole number, not “{value}”":
        "Liczba miejsc po przecinku musi być liczbą całkowitą, a nie „{value}”",
    "The template has an error near “{snippet}”: {problem}": "Szablon zawiera błąd w pobliżu „{snippet}”: {problem}",
    "The template asks for too much work ({what}); it is refused":
        "Szablon wymaga zbyt dużo pracy ({what}); został odrzucony",
    "The template tries to reach something outside the record's data ({what}); it is refused":
        "Szablon próbuje sięgnąć poza dane rekordu ({what}); został odrzucony",
    "PDF needs LibreOffice, which is not installed (or not found as {program}); save the document as .docx instead":
        "PDF wymaga programu LibreOffice, który nie jest zainstalowany (lub nie znaleziono go jako {program}); "
        "zapisz dokument jako .docx",
    "LibreOffice did not make the PDF within {seconds} seconds": "LibreOffice nie utworzył pliku PDF w ciągu {seconds} s",
    "LibreOffice could not make the PDF: {reason}": "LibreOffice nie mógł utworzyć pliku PDF: {reason}",
    "{name} is not a picture the document can show": "{name} nie jest obrazem, który dokument może pokazać",
    "A picture's size is a number of millimetres, not {value!r}": "Rozmiar obrazu to liczba milimetrów, a nie {value!r}",
    "A picture's size must be between 1 and {limit} mm": "Rozmiar obrazu musi wynosić od 1 do {limit} mm",
}

RUSSIAN: dict[str, str] = {
    "There is no document template named {name}": "Нет шаблона документа с именем {name}",
    "{object} already has a document template named {name}": "У объекта {object} уже есть шаблон документа {name}",
    "Document template #{id} does not exist": "Шаблон документа #{id} не существует",
    "Document template {name} is for another object": "Шаблон документа {name} относится к другому объекту",
    "{field} is not a file field": "{field} — не поле файла",
    "The template cannot be filled: {problem}": "Не удаётся заполнить шаблон: {problem}",
    "A document template needs a name of at most {limit} characters":
        "Шаблону документа нужно имя длиной не более {limit} символов",
    "This file is not a Word document (.docx)": "Этот файл не является документом Word (.docx)",
    "This Word document is damaged and cannot be read": "Этот документ Word повреждён и не может быть прочитан",
    "Unknown name {name} near “{snippet}”": "Неизвестное имя {name} рядом с «{snippet}»",
    "Unknown filter {name} near “{snippet}”": "Неизвестный фильтр {name} рядом с «{snippet}»",
    "The date filter needs a date, not “{value}”": "Фильтру date нужна дата, а не «{value}»",
    "Amounts in {currency} cannot be written in words in this language":
        "Суммы в {currency} нельзя записать прописью на этом языке",
    "The number filter needs a number, not “{value}”": "Числовому фильтру нужно число, а не «{value}»",
    "The number of decimals must be a whole number, not “{value}”":
        "Число знаков после запятой должно быть целым, а не «{value}»",
    "The template has an error near “{snippet}”: {problem}": "В шаблоне ошибка рядом с «{snippet}»: {problem}",
    "The template asks for too much work ({what}); it is refused":
        "Шаблон требует слишком много работы ({what}); он отклонён",
    "The template tries to reach something outside the record's data ({what}); it is refused":
        "Шаблон пытается обратиться к чему-то за пределами данных записи ({what}); он отклонён",
    "PDF needs LibreOffice, which is not installed (or not found as {program}); save the document as .docx instead":
        "Для PDF нужен LibreOffice, который не установлен (или не найден как {program}); сохраните документ как .docx",
    "LibreOffice did not make the PDF within {seconds} seconds": "LibreOffice не создал PDF за {seconds} с",
    "LibreOffice could not make the PDF: {reason}": "LibreOffice не смог создать PDF: {reason}",
    "{name} is not a picture the document can show": "{name} — не изображение, которое можно показать в документе",
    "A picture's size is a number of millimetres, not {value!r}": "Размер изображения — число миллиметров, а не {value!r}",
    "A picture's size must be between 1 and {limit} mm": "Размер изображения должен быть от 1 до {limit} мм",
}
