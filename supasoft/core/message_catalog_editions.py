"""Polish and Russian texts of the editions' refusals (storage/sqlite/media.py): a database on a network share,
on a read-only drive, or already open in another copy of the program; merged into core/message_catalog.py."""

from __future__ import annotations

_SHARE = ("The database {file} is on a network share ({share}). SQLite files must stay on a local disk or a USB "
          "stick: copy the file to this computer, or use the networked edition (a Firebird server) to share one "
          "database between several computers.")
_READ_ONLY = ("The database {file} cannot be written: its folder or drive is read-only. Copy the program folder to "
              "a writable drive, or unlock the USB stick (its write-protect switch), then start again.")
_TWICE = ("The database {file} is already open in another copy of Supasoft ({owner}). Close it there first; two "
          "programs writing one file would damage it.")
_LOCK = "Cannot create the lock file {lock}: {reason}."

POLISH: dict[str, str] = {
    _SHARE: "Baza danych {file} znajduje się w udziale sieciowym ({share}). Pliki SQLite muszą leżeć na dysku "
            "lokalnym lub pendrivie: skopiuj plik na ten komputer albo użyj wersji sieciowej (serwer Firebird), "
            "aby kilka komputerów korzystało z jednej bazy.",
    _READ_ONLY: "Nie można zapisywać bazy danych {file}: jej folder lub dysk jest tylko do odczytu. Skopiuj folder "
                "programu na zapisywalny dysk albo odblokuj pendrive (przełącznik ochrony przed zapisem) i uruchom "
                "program ponownie.",
    _TWICE: "Baza danych {file} jest już otwarta w innej kopii programu Supasoft ({owner}). Najpierw zamknij ją "
            "tam; dwa programy zapisujące jeden plik uszkodziłyby go.",
    _LOCK: "Nie można utworzyć pliku blokady {lock}: {reason}.",
}

RUSSIAN: dict[str, str] = {
    _SHARE: "База данных {file} находится в сетевой папке ({share}). Файлы SQLite должны лежать на локальном "
            "диске или флешке: скопируйте файл на этот компьютер или используйте сетевую версию (сервер Firebird), "
            "чтобы несколько компьютеров работали с одной базой.",
    _READ_ONLY: "Невозможно записывать в базу данных {file}: её папка или диск доступны только для чтения. "
                "Скопируйте папку программы на диск с правом записи или снимите защиту флешки от записи "
                "(переключатель), затем запустите программу снова.",
    _TWICE: "База данных {file} уже открыта в другой копии Supasoft ({owner}). Сначала закройте её там; две "
            "программы, пишущие в один файл, повредили бы его.",
    _LOCK: "Не удалось создать файл блокировки {lock}: {reason}.",
}
