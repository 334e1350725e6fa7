"""installer/package.py: the portable folder and the .deb made from a bundle, an admin's database and client.ini."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from supasoft.services.session import open_session
from supasoft.settings import load_settings

REPO = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("installer_package", REPO / "installer" / "package.py")
assert spec is not None and spec.loader is not None
package = importlib.util.module_from_spec(spec)
sys.modules["installer_package"] = package
spec.loader.exec_module(package)


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    """Stands for the PyInstaller folder: an executable and its _internal folder."""
    folder = tmp_path / "bundle" / "supasoft"
    (folder / "_internal").mkdir(parents=True)
    (folder / "supasoft").write_text("#!/bin/sh\n", encoding="utf-8")
    (folder / "supasoft").chmod(0o755)
    return folder


@pytest.fixture
def prepared(tmp_path: Path) -> Path:
    """An admin's database: here one with a marker the copy must keep."""
    path = tmp_path / "admin" / "crm.db"
    session = open_session(path)
    try:
        with session.storage.begin() as conn:
            session.storage.set_info(conn, "prepared", "by-admin")
    finally:
        session.close()
    return path


def test_set_key_changes_only_that_key_and_keeps_comments() -> None:
    text = "; office PCs\n[Interface]\nShowConfigurator=0\n\n[Database]\n; where\npath = old.db\n"
    changed = package.set_key(text, "Database", "Path", "data/supasoft.db")
    assert changed == "; office PCs\n[Interface]\nShowConfigurator=0\n\n[Database]\n; where\nPath=data/supasoft.db\n"
    assert package.set_key(changed, "Program", "Portable", "1").endswith("\n[Program]\nPortable=1\n")
    assert "[Interface]\nShowAccess=0\nShowConfigurator=0" in package.set_key(text, "interface", "ShowAccess", "0")


def test_portable_folder_from_an_admins_database_and_client_ini(tmp_path: Path, bundle: Path, prepared: Path) -> None:
    admin_ini = tmp_path / "staff.ini"
    admin_ini.write_text("[Interface]\nShowConfigurator=0\nShowAccess=0\nLanguage=pl\n", encoding="utf-8")
    out = package.assemble_portable(bundle, tmp_path / "out" / "supasoft-portable", admin_ini, prepared)
    settings = load_settings(out / "client.ini")
    assert settings.portable and not settings.show_configurator and not settings.show_access
    assert settings.language == "pl"
    assert settings.database_path() == (out / "data" / "supasoft.db").resolve()
    assert (out / "supasoft").exists() and (out / "_internal").is_dir()
    copy = open_session(out / "data" / "supasoft.db", create=False)
    try:
        assert copy.storage.get_info("prepared") == "by-admin"
    finally:
        copy.close()
    assert sorted(p.name for p in (out / "data").iterdir()) == ["supasoft.db"]  # no -wal/-shm/.partial beside it


def test_default_portable_folder_has_no_database_yet(tmp_path: Path, bundle: Path) -> None:
    out = package.assemble_portable(bundle, tmp_path / "p")
    assert load_settings(out / "client.ini").portable
    assert not (out / "data").exists()  # made on the first start


def test_refusals_name_the_problem(tmp_path: Path, bundle: Path) -> None:
    other = tmp_path / "other.db"
    import sqlite3

    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t (x)")
    with pytest.raises(package.PackageError, match="another program's SQLite database"):
        package.assemble_portable(bundle, tmp_path / "p", None, other)
    server_ini = tmp_path / "server.ini"
    server_ini.write_text("[Database]\nEngine=firebird\nPath=crm\n", encoding="utf-8")
    with pytest.raises(package.PackageError, match="Engine=sqlite"):
        package.assemble_portable(bundle, tmp_path / "p", server_ini)
    broken = tmp_path / "broken.ini"
    broken.write_text("[Interface]\nShowConfigurator=maybe\n", encoding="utf-8")
    with pytest.raises(package.PackageError, match="line 2, key ShowConfigurator"):
        package.assemble_portable(bundle, tmp_path / "p", broken)


@pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="dpkg-deb is not installed")
def test_deb_installs_bundle_menu_entry_icon_and_the_seed_database(tmp_path: Path, bundle: Path, prepared: Path) -> None:
    staff = tmp_path / "client.ini"
    staff.write_text("[Interface]\nShowConfigurator=0\n", encoding="utf-8")
    deb = package.assemble_deb(bundle, tmp_path / "debs", staff, prepared)
    listing = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True, check=True).stdout
    for path in ("./opt/supasoft/supasoft", "./opt/supasoft/client.ini", "./opt/supasoft/seed.db",
                 "./usr/bin/supasoft -> /opt/supasoft/supasoft", "./usr/share/applications/supasoft.desktop",
                 "./usr/share/icons/hicolor/scalable/apps/supasoft.svg"):
        assert path in listing, path
    assert "root/root" in listing
    info = subprocess.run(["dpkg-deb", "-f", str(deb), "Package", "Version"], capture_output=True, text=True,
                          check=True).stdout
    assert "Package: supasoft" in info
    portable = tmp_path / "portable.ini"
    portable.write_text("[Program]\nPortable=1\n", encoding="utf-8")
    with pytest.raises(package.PackageError, match="Portable=1 is for the portable folder"):
        package.assemble_deb(bundle, tmp_path / "debs", portable)


def test_desktop_entry_is_valid() -> None:
    text = (REPO / "installer" / "linux" / "supasoft.desktop").read_text(encoding="utf-8")
    assert text.startswith("[Desktop Entry]\n") and "\nExec=supasoft\n" in text and "\nIcon=supasoft\n" in text
    if shutil.which("desktop-file-validate"):
        subprocess.run(["desktop-file-validate", str(REPO / "installer" / "linux" / "supasoft.desktop")], check=True)
