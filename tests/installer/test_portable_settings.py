"""The portable and installed editions' settings: paths beside client.ini, the backup on exit, the seed database."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from supasoft.services.session import open_session
from supasoft.settings import load_settings
from supasoft.shell.startup import Target, open_target, target_for


def ini(folder: Path, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "client.ini"
    path.write_text(text, encoding="utf-8")
    return path


def test_portable_database_defaults_to_data_beside_client_ini_not_the_working_folder(tmp_path: Path, monkeypatch) -> None:
    stick = tmp_path / "stick" / "supasoft"
    monkeypatch.chdir(tmp_path)
    settings = load_settings(ini(stick, "[Program]\nPortable=1\n"))
    assert settings.portable and settings.database_path() == stick.resolve() / "data" / "supasoft.db"
    assert settings.backup_dir() == stick.resolve() / "data" / "backups"
    assert settings.backs_up_on_exit()
    target = target_for(settings, None)
    assert target.create and target.path == stick.resolve() / "data" / "supasoft.db"


def test_relative_path_is_resolved_against_the_program_folder(tmp_path: Path, monkeypatch) -> None:
    stick = tmp_path / "E" / "supasoft"
    monkeypatch.chdir(tmp_path)
    settings = load_settings(ini(stick, "[Program]\nPortable=1\n[Database]\nPath=crm/office.db\n"))
    assert settings.database_path() == stick.resolve() / "crm" / "office.db"
    assert target_for(settings, None).create  # the folder beside the program is made on first start


def test_free_lite_does_not_back_up_on_exit_unless_asked(tmp_path: Path) -> None:
    assert not load_settings(ini(tmp_path / "a", "[Database]\nPath=x.db\n")).backs_up_on_exit()
    assert load_settings(ini(tmp_path / "b", "[Backup]\nOnExit=1\n")).backs_up_on_exit()
    assert not load_settings(ini(tmp_path / "c", "[Database]\nEngine=firebird\nPath=crm\n[Backup]\nOnExit=1\n")).backs_up_on_exit()


def test_backup_on_exit_only_when_something_changed_and_rotated(tmp_path: Path) -> None:
    session = open_session(tmp_path / "crm.db", backup_keep=2)
    try:
        backups = session.backups
        first = backups.take_on_exit()
        assert first is not None and first.parent == tmp_path / "backups" and first.name.startswith("exit-")
        assert backups.take_on_exit() is None  # nothing changed since
        made = [first]
        for n in range(3):
            later = made[-1].stat().st_mtime + 1
            os.utime(tmp_path / "crm.db", (later, later))  # a write after the last copy
            made.append(backups.take_on_exit())
            assert made[-1] is not None, n
        assert backups.exit_backups() == made[-2:]  # Keep=2 exit copies stay
        assert backups.automatic_backups() == []  # the copies before changes are rotated apart
        check = open_session(made[-1], create=False)
        check.close()
    finally:
        session.close()


@pytest.mark.parametrize("seeded", [True, False])
def test_installed_package_seed_database_is_each_users_first_database(tmp_path: Path, monkeypatch, seeded: bool) -> None:
    admin = open_session(tmp_path / "prepared.db")
    try:
        with admin.storage.begin() as conn:  # stands for the structure, users and rights the admin prepared
            admin.storage.set_info(conn, "template", "lite")
            admin.storage.set_info(conn, "prepared", "by-admin")
    finally:
        admin.close()
    program = tmp_path / "opt" / "supasoft"
    settings = load_settings(ini(program, "[Interface]\nShowConfigurator=0\n"))
    if seeded:
        (tmp_path / "prepared.db").replace(program / "seed.db")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home" / "data"))
    target = target_for(settings, None)
    assert target.path == (tmp_path / "home" / "data" / "Supasoft" / "supasoft.db").resolve()
    session = open_target(Target(target.path, create=True), settings)
    try:
        assert (session.storage.get_info("prepared") == "by-admin") is seeded
    finally:
        session.close()
    assert (program / "seed.db").exists() is seeded  # the seed itself is only read


def test_a_file_opened_beside_a_server_client_ini_is_not_taken_for_the_seed(tmp_path: Path) -> None:
    settings = load_settings(ini(tmp_path / "p", "[Database]\nEngine=firebird\nPath=crm\n"))
    (tmp_path / "p" / "seed.db").write_bytes(b"")  # a server client has no seed, whatever lies beside it
    session = open_target(Target(tmp_path / "own.db", create=True), settings)
    session.close()
    assert (tmp_path / "own.db").is_file()
