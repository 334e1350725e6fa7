"""Turn the PyInstaller bundle into what staff get: a portable folder (USB stick) or an installed .deb package.

Used by installer/build.sh; an admin's prepared database and client.ini (e.g. ShowConfigurator=0) go in
unchanged except for what the edition needs (Portable=1 and Path=data/supasoft.db for the portable folder).
The database is copied with SQLite's backup API and checked, never copied as a plain file.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from supasoft import __version__  # noqa: E402
from supasoft.core.errors import SupasoftError  # noqa: E402
from supasoft.settings import DEFAULT_DB_NAME, PORTABLE_DATA, _parse  # noqa: E402

DEFAULT_PORTABLE_INI = """; Supasoft portable edition: everything stays in this folder (see docs/client-ini.md)
[Program]
Portable=1

[Database]
Engine=sqlite
Path=data/supasoft.db
"""
INSTALL_PREFIX = "/opt/supasoft"
SEED_NAME = "seed.db"  # installed edition: each user's first start copies this prepared database


class PackageError(Exception):
    """A problem with the admin's input, said in one line."""


def set_key(text: str, section: str, key: str, value: str) -> str:
    """Set Key=value under [Section] in ini text, keeping every other line (and comment) as it was."""
    lines = text.splitlines()
    start = next((i for i, line in enumerate(lines) if line.strip().lower() == f"[{section.lower()}]"), None)
    if start is None:
        return text.rstrip("\n") + f"\n\n[{section}]\n{key}={value}\n"
    end = next((i for i in range(start + 1, len(lines)) if lines[i].strip().startswith("[")), len(lines))
    pattern = re.compile(rf"^\s*{re.escape(key)}\s*=", re.IGNORECASE)
    for i in range(start + 1, end):
        if pattern.match(lines[i]):
            lines[i] = f"{key}={value}"
            return "\n".join(lines) + "\n"
    lines.insert(start + 1, f"{key}={value}")
    return "\n".join(lines) + "\n"


def checked_ini(text: str, where: str) -> str:
    """Refuse a client.ini the program would refuse, with the program's own message."""
    try:
        _parse(Path(where), text)
    except SupasoftError as exc:
        raise PackageError(str(exc)) from None
    return text


def portable_ini(source: Path | None) -> str:
    """The admin's client.ini (or the default) with Portable=1 and the database in data/ beside the program."""
    text = source.read_text(encoding="utf-8-sig") if source else DEFAULT_PORTABLE_INI
    settings = _parse(Path(source or "client.ini"), checked_ini(text, str(source or "client.ini")))
    if settings.engine != "sqlite":
        raise PackageError(f"{source}: the portable edition keeps a SQLite file (Engine=sqlite); "
                           "a Firebird client is an installed package")
    text = set_key(text, "Program", "Portable", "1")
    text = set_key(text, "Database", "Path", f"{PORTABLE_DATA}/{DEFAULT_DB_NAME}")
    return checked_ini(text, "client.ini")


def copy_database(database: Path, target: Path) -> None:
    """A consistent, checked copy of a Supasoft database (refuses any other file)."""
    from supasoft.storage.backup import backup_sqlite
    from supasoft.storage.engine import probe_sqlite_file

    if not database.is_file():
        raise PackageError(f"{database}: no such database file")
    try:
        probe_sqlite_file(database, create=False)
        backup_sqlite(database, target)
    except SupasoftError as exc:
        raise PackageError(str(exc)) from None


def assemble_portable(bundle: Path, out: Path, client_ini: Path | None = None, database: Path | None = None) -> Path:
    """out/ = the bundle + client.ini (portable) + data/ (the prepared database, when given)."""
    ini = portable_ini(client_ini)
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(bundle, out, symlinks=True)
    (out / "client.ini").write_text(ini, encoding="utf-8")
    if database is not None:
        copy_database(database, out / PORTABLE_DATA / DEFAULT_DB_NAME)
    return out


DESKTOP_ENTRY = Path(__file__).resolve().parent / "linux" / "supasoft.desktop"
ICON = ROOT / "supasoft" / "resources" / "supasoft.svg"


def assemble_deb(bundle: Path, out_dir: Path, client_ini: Path | None = None, database: Path | None = None) -> Path:
    """A .deb installing the bundle in /opt/supasoft, `supasoft` on PATH, a menu entry and the icon."""
    if shutil.which("dpkg-deb") is None:
        raise PackageError("dpkg-deb is not installed (apt-get install dpkg-dev); the portable folder needs nothing")
    if client_ini is not None:
        settings = _parse(client_ini, checked_ini(client_ini.read_text(encoding="utf-8-sig"), str(client_ini)))
        if settings.portable:
            raise PackageError(f"{client_ini}: Portable=1 is for the portable folder, not an installed package")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "root"
        app = root / INSTALL_PREFIX.lstrip("/")
        shutil.copytree(bundle, app, symlinks=True)
        if client_ini is not None:
            shutil.copyfile(client_ini, app / "client.ini")
        if database is not None:
            copy_database(database, app / SEED_NAME)
        (root / "usr/bin").mkdir(parents=True)
        os.symlink(f"{INSTALL_PREFIX}/supasoft", root / "usr/bin/supasoft")
        (root / "usr/share/applications").mkdir(parents=True)
        shutil.copyfile(DESKTOP_ENTRY, root / "usr/share/applications/supasoft.desktop")
        icons = root / "usr/share/icons/hicolor/scalable/apps"
        icons.mkdir(parents=True)
        shutil.copyfile(ICON, icons / "supasoft.svg")
        size_kb = sum(f.stat().st_size for f in root.rglob("*") if f.is_file() and not f.is_symlink()) // 1024
        (root / "DEBIAN").mkdir()
        (root / "DEBIAN/control").write_text(
            f"Package: supasoft\nVersion: {__version__}\nSection: office\nPriority: optional\n"
            f"Architecture: {_deb_arch()}\nInstalled-Size: {size_kb}\nDepends: libc6 (>= 2.31), libfontconfig1\n"
            "Maintainer: Supasoft project <supasoft@users.noreply.github.com>\n"
            "Description: Supasoft CRM constructor\n"
            " Build your own objects, fields, tables and cards without programming.\n", encoding="utf-8")
        out_dir.mkdir(parents=True, exist_ok=True)
        target = out_dir / f"supasoft_{__version__}_{_deb_arch()}.deb"
        subprocess.run(["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(root), str(target)],
                       check=True, stdout=subprocess.DEVNULL)
    return target


def _deb_arch() -> str:
    try:
        return subprocess.run(["dpkg", "--print-architecture"], check=True, capture_output=True,
                              text=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "amd64"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="installer/package.py", description=__doc__.splitlines()[0])
    parser.add_argument("kind", choices=("portable", "deb"))
    parser.add_argument("--bundle", type=Path, required=True, help="the PyInstaller folder (dist/supasoft)")
    parser.add_argument("--out", type=Path, required=True, help="portable: the folder to make; deb: where to put it")
    parser.add_argument("--client-ini", type=Path, help="the admin's client.ini (e.g. with ShowConfigurator=0)")
    parser.add_argument("--database", type=Path, help="a prepared Supasoft database (structure, users, rights)")
    args = parser.parse_args(argv)
    try:
        if args.kind == "portable":
            made = assemble_portable(args.bundle, args.out, args.client_ini, args.database)
        else:
            made = assemble_deb(args.bundle, args.out, args.client_ini, args.database)
    except (PackageError, OSError, subprocess.CalledProcessError) as exc:
        print(f"package: {exc}", file=sys.stderr)
        return 1
    print(made)
    return 0


if __name__ == "__main__":
    sys.exit(main())
