"""Opening, backup and user-management errors speak Polish and Russian through error_text (their English stays)."""

from __future__ import annotations

from pathlib import Path

import pytest

from supasoft.core.errors import DatabaseOpenError, NotFound, SchemaError
from supasoft.core.messages import error_text
from supasoft.services.session import Session, open_session
from supasoft.services.users import LoginFailed
from supasoft.storage.backup import restore_sqlite
from supasoft.storage.store import Storage

PASSWORD = "correct horse"


def texts(exc: BaseException) -> tuple[str, str, str]:
    return error_text(exc, "en"), error_text(exc, "pl"), error_text(exc, "ru_RU")


def test_missing_database_file(tmp_path: Path) -> None:
    file = tmp_path / "gone.db"
    with pytest.raises(DatabaseOpenError) as info:
        open_session(file, create=False)
    assert texts(info.value) == (f"The database file {file} does not exist.", f"Plik bazy danych {file} nie istnieje.",
                                 f"Файл базы данных {file} не существует.")


def test_missing_folder(tmp_path: Path) -> None:
    file = tmp_path / "nowhere" / "x.db"
    with pytest.raises(DatabaseOpenError) as info:
        Storage.open(str(file), create=False)
    # create=False checks the file first: the message names it
    english, polish, russian = texts(info.value)
    assert str(file) in polish and str(file) in russian and polish != english != russian


def test_folder_instead_of_a_file(tmp_path: Path) -> None:
    blocking = tmp_path / "plain.txt"
    blocking.write_text("x")
    with pytest.raises(DatabaseOpenError) as info:
        Storage.open(str(blocking / "x.db"))
    assert texts(info.value)[1:] == (
        f"Nie można użyć {blocking / 'x.db'}: {blocking} jest plikiem, a nie folderem.",
        f"Нельзя использовать {blocking / 'x.db'}: {blocking} — это файл, а не папка.")


def test_a_file_of_another_program(tmp_path: Path) -> None:
    file = tmp_path / "notes.db"
    file.write_bytes(b"plain text, not SQLite at all")
    with pytest.raises(DatabaseOpenError) as info:
        open_session(file, create=False)
    english, polish, russian = texts(info.value)
    assert english == (f"The file {file} is not a Supasoft database (it is not an SQLite database file); it was left "
                       "unchanged. Choose another file, or create a new database.")
    assert polish == (f"Plik {file} nie jest bazą danych Supasoft (nie jest to plik bazy danych SQLite); pozostawiono go "
                      "bez zmian. Wybierz inny plik lub utwórz nową bazę danych.")
    assert russian == (f"Файл {file} не является базой данных Supasoft (это не файл базы данных SQLite); он оставлен без "
                       "изменений. Выберите другой файл или создайте новую базу данных.")


def test_an_empty_file_is_not_opened_without_create(tmp_path: Path) -> None:
    file = tmp_path / "empty.db"
    file.write_bytes(b"")
    with pytest.raises(DatabaseOpenError) as info:
        open_session(file, create=False)
    assert "(plik jest pusty)" in texts(info.value)[1] and "(файл пуст)" in texts(info.value)[2]


def test_backup_messages(tmp_path: Path) -> None:
    missing = tmp_path / "old.db"
    with pytest.raises(DatabaseOpenError) as info:
        restore_sqlite(missing, tmp_path / "target.db")
    assert texts(info.value)[1:] == (f"Plik kopii zapasowej {missing} nie istnieje.",
                                     f"Файл резервной копии {missing} не существует.")
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"x" * 4096)
    with pytest.raises(DatabaseOpenError) as info:
        restore_sqlite(junk, tmp_path / "target.db")
    english, polish, russian = texts(info.value)
    assert english.startswith(f"{junk} is not a usable backup: ")
    assert polish.startswith(f"{junk} nie jest użyteczną kopią zapasową: ")
    assert russian.startswith(f"{junk} не является пригодной резервной копией: ")


def test_user_management_messages(session: Session) -> None:
    users = session.users
    users.sleep = lambda seconds: None
    users.create_user("admin", PASSWORD, "Admin")
    with pytest.raises(NotFound) as info:
        users.set_active(4242, True)
    assert texts(info.value) == ("No user #4242", "Brak użytkownika #4242", "Нет пользователя #4242")
    with pytest.raises(NotFound) as info:
        users.rename_group(4343, "X")
    assert texts(info.value) == ("No group #4343", "Brak grupy #4343", "Нет группы #4343")
    with pytest.raises(SchemaError) as info:
        users.create_user("admin", PASSWORD)
    assert texts(info.value) == ("The login 'admin' is taken", "Login 'admin' jest już zajęty", "Логин 'admin' уже занят")
    with pytest.raises(SchemaError) as info:
        users.create_user("bob", "short")
    assert texts(info.value) == ("A password needs at least 8 characters", "Hasło musi mieć co najmniej 8 znaków",
                                 "Пароль должен содержать не менее 8 символов")
    with pytest.raises(SchemaError) as info:
        users.create_user("bob\x00", PASSWORD)
    assert texts(info.value)[1].startswith("Login: zawiera znak sterujący (U+0000)")
    assert texts(info.value)[2].startswith("Логин: содержит управляющий символ (U+0000)")
    with pytest.raises(LoginFailed) as info:
        users.verify("admin", "wrong password")
    assert texts(info.value) == ("Wrong login or password.", "Błędny login lub hasło.", "Неверный логин или пароль.")


def test_connected_clients_are_described_in_the_language() -> None:
    import datetime as dt

    from supasoft.core.messages import translate
    from supasoft.services.maintenance import ConnectedClient, describe_clients

    today = dt.datetime.combine(dt.date.today(), dt.time(9, 12))
    anna = ConnectedClient("ANNA", "192.168.1.7", r"C:\Apps\supasoft.exe", 412, today, False)
    bob = ConnectedClient("BOB", "", "", None, None, False)
    both = describe_clients([anna, bob])
    assert both == "ANNA from 192.168.1.7, supasoft (pid 412), since 09:12; BOB (on the server)"
    assert translate(both, "pl") == "ANNA z komputera 192.168.1.7, supasoft (proces 412), połączony od 09:12; BOB (na serwerze)"
    assert translate(both, "ru") == ("ANNA с компьютера 192.168.1.7, supasoft (процесс 412), подключён с 09:12; "
                                     "BOB (на сервере)")
    assert translate(ConnectedClient("EVE", "", "", 7, None, False).describe(), "pl") == "EVE (na serwerze), aplikacja (proces 7)"
