"""A malformed client.ini is explained in the interface language: file, line and key stay, the words change."""

from __future__ import annotations

from pathlib import Path

import pytest

from supasoft import settings as settings_mod
from supasoft.core.errors import ConfigError
from supasoft.core.messages import error_text
from supasoft.settings import load_settings


@pytest.fixture(autouse=True)
def user_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "userdata"
    monkeypatch.setattr(settings_mod, "user_data_dir", lambda *a, **k: str(folder))
    return folder


def problem(tmp_path: Path, text: str | bytes) -> ConfigError:
    path = tmp_path / "client.ini"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_settings(path)
    return info.value


CASES = [
    ("[Database]\nEngine=oracle\n",
     "line 2, key Engine: 'oracle' is not one of: sqlite, firebird",
     "wiersz 2, klucz Engine: 'oracle' nie jest poprawną wartością; oczekiwano: jedna z wartości: sqlite, firebird",
     "строка 2, ключ Engine: 'oracle' — недопустимое значение; ожидается: одно из значений: sqlite, firebird"),
    ("[Database]\nPort=99999999\n",
     "line 2, key Port: '99999999' is not a whole number between",
     "wiersz 2, klucz Port: '99999999' nie jest poprawną wartością; oczekiwano: liczba całkowita od",
     "строка 2, ключ Port: '99999999' — недопустимое значение; ожидается: целое число от"),
    ("Engine=sqlite\n",
     "line 1: 'Engine=sqlite' comes before any [Section] header",
     "wiersz 1: 'Engine=sqlite' występuje przed nagłówkiem jakiejkolwiek [Sekcji]",
     "строка 1: 'Engine=sqlite' стоит перед заголовком какого-либо [Раздела]"),
    ("[Database]\nEngine=sqlite\n[Database]\n",
     "line 3: section [Database] appears twice",
     "wiersz 3: sekcja [Database] występuje dwukrotnie",
     "строка 3: раздел [Database] встречается дважды"),
    ("[Database]\nEngine=firebird\n",
     "line 2, key Path: Engine=firebird needs Path=",
     "wiersz 2, klucz Path: Engine=firebird wymaga ustawienia Path=",
     "строка 2, ключ Path: для Engine=firebird нужно указать в Path="),
    (b"[Database]\nPath=\xff\xfe\n",
     "line 2: the file is not UTF-8 text",
     "wiersz 2: plik nie jest tekstem UTF-8",
     "строка 2: файл не в кодировке UTF-8"),
]


@pytest.mark.parametrize(("text", "english", "polish", "russian"), CASES)
def test_config_error_in_three_languages(tmp_path: Path, text: str | bytes, english: str, polish: str,
                                         russian: str) -> None:
    exc = problem(tmp_path, text)
    where = str(tmp_path / "client.ini")
    assert str(exc).startswith(where) and english in str(exc)  # the English text is what it always was
    assert error_text(exc, "en") == str(exc)
    assert error_text(exc, "pl_PL").startswith(where) and polish in error_text(exc, "pl_PL")
    assert error_text(exc, "ru").startswith(where) and russian in error_text(exc, "ru")


def test_missing_settings_file_in_polish_and_russian(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as info:
        load_settings(tmp_path / "nowhere.ini")
    assert error_text(info.value, "pl") == f"{tmp_path / 'nowhere.ini'}: nie znaleziono pliku ustawień"
    assert error_text(info.value, "ru") == f"{tmp_path / 'nowhere.ini'}: файл настроек не найден"
