"""client.ini loading: defaults, editions, URLs, and errors that name file, line and key."""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest

from supasoft import settings as settings_mod
from supasoft.core.errors import ConfigError
from supasoft.settings import OPTIONS, Settings, load_settings

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def user_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Keep the default database location inside tmp_path."""
    folder = tmp_path / "userdata"
    monkeypatch.setattr(settings_mod, "user_data_dir", lambda *a, **k: str(folder))
    return folder


def write(folder: Path, text: str, name: str = "client.ini") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def error_of(path: Path) -> str:
    with pytest.raises(ConfigError) as info:
        load_settings(path)
    return str(info.value)


# --- defaults and editions ---------------------------------------------------------------------
def test_no_file_gives_free_lite_defaults(tmp_path: Path, user_data: Path) -> None:
    s = load_settings(search_dir=tmp_path)
    assert s == Settings()
    assert s.source is None and s.warnings == ()
    assert s.engine == "sqlite" and s.port == 3050 and s.show_configurator is True
    assert s.database_path() == user_data.resolve() / "supasoft.db"
    assert s.database_url() == "sqlite:///" + (user_data.resolve() / "supasoft.db").as_posix()
    assert s.backup_dir() == user_data.resolve() / "backups"
    assert load_settings() == Settings()


def test_dataclass_defaults_match_declared_options() -> None:
    defaults = Settings()
    for opt in OPTIONS:
        assert getattr(defaults, opt.attr) == opt.default, opt.key


def test_search_dir_finds_client_ini(tmp_path: Path) -> None:
    write(tmp_path, "[Interface]\nShowConfigurator=0\nLanguage=PL\n")
    s = load_settings(search_dir=tmp_path)
    assert s.source == tmp_path / "client.ini"
    assert s.show_configurator is False and s.language == "pl"


def test_portable_relative_path_resolves_against_ini_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    ini = write(stick, "[Database]\nEngine=sqlite\nPath=data/supasoft.db\n[Backup]\nFolder=../bak\n")
    monkeypatch.chdir(tmp_path)  # the working folder must not matter
    s = load_settings(ini)
    assert s.database_path() == (stick / "data" / "supasoft.db").resolve()
    assert s.database_url() == "sqlite:///" + (stick / "data" / "supasoft.db").resolve().as_posix()
    assert s.backup_dir() == (tmp_path / "bak").resolve()
    assert s.with_credentials("bob", "secret") == s.database_url()  # SQLite has no server login


def test_absolute_path_is_kept(tmp_path: Path) -> None:
    db = tmp_path / "elsewhere" / "crm.db"
    s = load_settings(write(tmp_path, f"[Database]\nPath={db}\n"))
    assert s.database_path() == db.resolve()
    assert s.backup_dir() == db.resolve().parent / "backups"


def test_shipped_client_ini_is_free_lite_without_warnings() -> None:
    s = load_settings(ROOT / "client.ini")
    assert s.warnings == ()
    assert s.engine == "sqlite" and s.path == ""
    assert s == Settings(source=s.source)


# --- Firebird URLs -----------------------------------------------------------------------------
FB = "[Database]\nEngine=firebird\nServer=db.local\nPort=3051\nPath=/srv/fb/crm.fdb\nDriver={driver}\n"


@pytest.mark.parametrize("driver, scheme", [("firebird-driver", "firebird+firebird"), ("fdb", "firebird+fdb")])
def test_firebird_urls(tmp_path: Path, driver: str, scheme: str) -> None:
    s = load_settings(write(tmp_path, FB.format(driver=driver)))
    assert s.database_url() == f"{scheme}://db.local:3051//srv/fb/crm.fdb?charset=UTF8"
    assert s.with_credentials("ann", "p@ss:w/rd") == (
        f"{scheme}://ann:p%40ss%3Aw%2Frd@db.local:3051//srv/fb/crm.fdb?charset=UTF8"
    )
    with pytest.raises(ValueError):
        s.database_path()


def test_firebird_alias_and_ipv6(tmp_path: Path) -> None:
    s = load_settings(write(tmp_path, "[database]\nENGINE=Firebird\nserver=::1\npath=crm\n"))
    assert s.database_url() == "firebird+firebird://[::1]:3050/crm?charset=UTF8"


def test_firebird_needs_a_path(tmp_path: Path) -> None:
    msg = error_of(write(tmp_path, "[Database]\nEngine=firebird\nPath=\n"))
    assert "client.ini, line 3, key Path" in msg


# --- bad values --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "section, line, key, shown",
    [
        ("Database", "Port=abc", "Port", "whole number between 1 and 65535"),
        ("Database", "Port=70000", "Port", "whole number between 1 and 65535"),
        ("Database", "Engine=oracle", "Engine", "one of: sqlite, firebird"),
        ("Database", "Driver=odbc", "Driver", "firebird-driver"),
        ("Database", "Server=my host", "Server", "host name"),
        ("Database", "ConnectTimeout=0", "ConnectTimeout", "between 1 and 600"),
        ("Interface", "ShowConfigurator=2", "ShowConfigurator", "0 or 1"),
        ("Interface", "showaccess=maybe", "ShowAccess", "0 or 1"),
        ("Interface", "Language=de", "Language", "en, pl, ru"),
        ("Backup", "Keep=0", "Keep", "at least 1"),
        ("Logging", "Level=LOUD", "Level", "DEBUG"),
    ],
)
def test_bad_value_names_file_line_and_key(tmp_path: Path, section: str, line: str, key: str, shown: str) -> None:
    msg = error_of(write(tmp_path, f"; comment\n\n[{section}]\n{line}\n"))
    assert re.search(rf"client\.ini, line 4, key {key}: '.*' is not .*{re.escape(shown)}", msg), msg


@pytest.mark.parametrize(
    "section, line, key, shown",
    [
        ("Database", "Path=crm\x00.db", "Path", "contains a control character (U+0000)"),
        ("Database", "Path=~no-such-user-here/crm.db", "Path", "names the home folder of an unknown user"),
        ("Database", "User=an\x1bna", "User", "contains a control character (U+001B)"),
        ("Database", "Charset=UTF\x078", "Charset", "contains a control character (U+0007)"),
        ("Backup", "Folder=b\x7f", "Folder", "contains a control character (U+007F)"),
        ("Backup", "Folder=~no-such-user-here", "Folder", "names the home folder of an unknown user"),
    ],
)
def test_unusable_texts_and_paths_name_line_and_key(tmp_path: Path, section: str, line: str, key: str, shown: str) -> None:
    """Invisible characters and unknown home folders are caught while reading the file, with line and key."""
    msg = error_of(write(tmp_path, f"; comment\n\n[{section}]\n{line}\n"))
    assert re.search(rf"client\.ini, line 4, key {key}: '.*' {re.escape(shown)}", msg), msg


def test_error_message_example(tmp_path: Path) -> None:
    msg = error_of(write(tmp_path, "[Database]\nEngine=firebird\nPath=crm\nPort=abc\n"))
    assert msg.endswith("client.ini, line 4, key Port: 'abc' is not a whole number between 1 and 65535")


def test_boolean_spellings(tmp_path: Path) -> None:
    s = load_settings(write(tmp_path, "[Interface]\nShowConfigurator=no\nShowAccess=False\n"))
    assert (s.show_configurator, s.show_access) == (False, False)
    s = load_settings(write(tmp_path, "[Interface]\nShowConfigurator=Yes\nShowAccess=true\n"))
    assert (s.show_configurator, s.show_access) == (True, True)


def test_empty_value_means_default(tmp_path: Path) -> None:
    s = load_settings(write(tmp_path, "[Database]\nPort=\nEngine=\n[Logging]\nLevel=\n"))
    assert (s.port, s.engine, s.log_level) == (3050, "sqlite", "WARNING")


# --- malformed files ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, expected",
    [
        ("[Database]\nEngine=sqlite\nPort 3050\n", "client.ini, line 3: 'Port 3050' is not a 'Key=value' line"),
        ("[Database]\nPort: 3050\n", "client.ini, line 2: 'Port: 3050'"),
        ("Engine=sqlite\n[Database]\n", "client.ini, line 1: 'Engine=sqlite' comes before any [Section]"),
        ("[Database]\nPort=1\n[Database]\n", "client.ini, line 3: section [Database] appears twice"),
        ("[Database]\nPort=1\n[database]\n", "client.ini, line 3: section [database] appears twice"),
        ("[Database]\nPort=1\nport=2\n", "client.ini, line 3, key Port: appears twice"),
        ("[Database]\n=x\n", "client.ini, line 2:"),
        ("[Database\nPort=1\n", "client.ini, line 1: '[Database' is not a [Section] header"),
        ("[Database]\nPort=1\n[Interface\n", "client.ini, line 3: '[Interface' is not a [Section] header"),
        ("[Database]\nPath=a.db\n  Port=1\n", "client.ini, line 3, key Path: this indented line"),
    ],
)
def test_malformed_lines(tmp_path: Path, text: str, expected: str) -> None:
    assert expected in error_of(write(tmp_path, text))


def test_non_utf8_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "client.ini"
    path.write_bytes("[Database]\nPath=caf\u00e9.db\n".encode("cp1252"))
    assert "client.ini, line 2: the file is not UTF-8" in error_of(path)


def test_missing_file_is_named(tmp_path: Path) -> None:
    assert "nope.ini" in error_of(tmp_path / "nope.ini")


def test_utf8_bom_and_crlf_are_accepted(tmp_path: Path) -> None:
    path = tmp_path / "client.ini"
    path.write_bytes("\ufeff[Database]\r\nPath=Kraków\\dane.db\r\n[Interface]\r\nLanguage=pl\r\n".encode())
    s = load_settings(path)
    assert s.path == "Kraków\\dane.db" and s.language == "pl" and s.warnings == ()
    path.write_bytes("\ufeff[Database]\r\nPort=x\r\n".encode())
    assert "client.ini, line 2, key Port" in error_of(path)


def test_percent_and_semicolon_are_literal(tmp_path: Path) -> None:
    s = load_settings(write(tmp_path, "[Database]\nPath=100%;data.db\n"))
    assert s.path == "100%;data.db"


# --- warnings ----------------------------------------------------------------------------------
def test_unknown_section_and_key_warn_without_crash(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    text = "[Database]\nEngine=sqlite\nColour=blue\n[Extras]\nx=1\n[DEFAULT]\nPort=1\n"
    with caplog.at_level(logging.WARNING, logger="supasoft.settings"):
        s = load_settings(write(tmp_path, text))
    assert s.engine == "sqlite" and s.port == 3050
    assert any("line 3: unknown key Colour in [Database]" in w for w in s.warnings)
    assert any("line 4: unknown section [Extras]" in w for w in s.warnings)
    assert any("line 6: unknown section [DEFAULT]" in w for w in s.warnings)
    assert [r.getMessage() for r in caplog.records] == list(s.warnings)


def test_password_key_is_ignored_with_warning(tmp_path: Path) -> None:
    s = load_settings(write(tmp_path, "[Database]\nEngine=firebird\nPath=crm\nUser=ann\nPassword=hunter2\n"))
    assert s.user == "ann"
    assert len(s.warnings) == 1 and "line 5" in s.warnings[0] and "passwords are never read" in s.warnings[0]
    assert "hunter2" not in repr(s) and "hunter2" not in s.database_url()


# --- documentation -----------------------------------------------------------------------------
def documented_keys() -> dict[tuple[str, str], str]:
    """(section, key) -> text of its block in docs/client-ini.md."""
    text = (ROOT / "docs" / "client-ini.md").read_text(encoding="utf-8")
    found: dict[tuple[str, str], str] = {}
    section = ""
    for block in re.split(r"(?m)^(?=##+ )", text):
        if m := re.match(r"## \[(\w+)\]", block):
            section = m.group(1)
        elif m := re.match(r"### (\w+)", block):
            found[(section, m.group(1))] = block
    return found


def test_docs_list_every_declared_option_and_no_other() -> None:
    docs = documented_keys()
    declared = {(o.section, o.key) for o in OPTIONS}
    assert declared - docs.keys() == set(), "options missing from docs/client-ini.md"
    assert docs.keys() - declared == set(), "docs/client-ini.md lists options that are not declared"
    for opt in OPTIONS:
        block = docs[(opt.section, opt.key)]
        default = f"`{opt.default_text()}`" if opt.default_text() else "empty"
        assert f"- Default: {default}" in block, opt.key
        for choice in opt.choices:
            assert f"`{choice}`" in block, (opt.key, choice)
