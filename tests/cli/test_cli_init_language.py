"""`supasoft-admin init --language`: the ready CRM in Polish or Russian, by option or by client.ini's Language."""

from __future__ import annotations

from pathlib import Path

import pytest

from supasoft.services.session import open_session
from tests.cli.cli_run import admin


def _plurals(path: Path) -> list[str]:
    s = open_session(path)
    try:
        return [o.plural for o in s.configuration.config.objects]
    finally:
        s.close()


def test_language_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "ru.db"
    code, out, err = admin(capsys, "--database", str(db), "init", "--demo", "--language", "ru")
    assert code == 0, err
    assert _plurals(db)[:4] == ["Клиенты", "Контактные лица", "Товары", "Заказы"]


def test_language_from_client_ini_and_english_by_default(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ini = tmp_path / "client.ini"
    ini.write_text("[Database]\nEngine=sqlite\nPath=pl.db\n[Interface]\nLanguage=pl\n", encoding="utf-8")
    code, _out, err = admin(capsys, "--config", str(ini), "init")
    assert code == 0, err
    assert _plurals(tmp_path / "pl.db")[0] == "Klienci"
    code, _out, err = admin(capsys, "--database", str(tmp_path / "en.db"), "init")
    assert code == 0, err
    assert _plurals(tmp_path / "en.db")[0] == "Clients"


def test_unknown_language_is_refused_by_the_parser(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        admin(capsys, "--database", str(tmp_path / "de.db"), "init", "--language", "de")
    assert not (tmp_path / "de.db").exists()
