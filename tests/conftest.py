"""Shared fixtures: a fresh database per test on every backend, sessions, the Lite configuration.

Backends: "sqlite" (a real file in tmp_path) always; "firebird" (firebird-driver) and "firebird-fdb"
(the legacy fdb driver) on the real server when SUPASOFT_FB_URL / SUPASOFT_FB_FDB_URL are set.
A test module opts in to all three with `pytestmark = pytest.mark.all_backends`; a test that needs a
SQLite file (backups, sqlite3, file paths) carries `@pytest.mark.sqlite_only("why")`. Other tests get
"sqlite" only. Every Firebird test gets a fresh .fdb: a copy of a migrated template made once per run
(a copy takes ~10 ms, creating and migrating a database ~2 s), removed after the test.
"""

from __future__ import annotations

import fnmatch
import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from supasoft.services.session import Session, open_session  # noqa: E402


def _cheap_password_hashing() -> None:
    """Tests create hundreds of accounts: argon2 at its real cost (~90 ms a hash) is swapped for its cheapest setting.

    Only the cost parameters change; hashing, verifying and the stored format stay argon2id as in production
    (tests/services/test_password_strength.py checks the production setting itself).
    """
    from argon2 import PasswordHasher

    import supasoft.services.users as users

    users._hasher = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)


_cheap_password_hashing()

BACKENDS = ("sqlite", "firebird", "firebird-fdb")
_FB_ENV = {"firebird": "SUPASOFT_FB_URL", "firebird-fdb": "SUPASOFT_FB_FDB_URL"}
_FB_SKIP = "{} is not set (bash scripts/firebird-server.sh start; eval \"$(bash scripts/firebird-server.sh env)\")"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "all_backends: run the module's tests on SQLite, Firebird (firebird-driver) and Firebird (fdb)")
    config.addinivalue_line("markers", "sqlite_only(reason): needs a SQLite file; skipped on the Firebird backends")


#: Modules whose tests are slow by nature: property and fuzz tests, killed processes and injected faults, tests that
#: start the program, the admin CLI or a converter as a subprocess, and whole scenarios (a CRM built through the UI, the
#: ready CRM in every language). `pytest -m "not slow"` leaves them out for everyday work; CI runs everything.
SLOW_MODULES = (
    "*_property.py", "*_fuzz.py", "test_kill.py", "test_fault.py", "test_concurrency.py",
    "tests/test_cli*.py", "tests/cli/*.py", "tests/ui/shell/test_app_start*.py", "tests/ui/shell/test_databases.py",
    "tests/ui/test_windows_fit_screen.py", "tests/services/networked/test_migrate.py",
    "tests/ui/shell/test_maintenance_countdown.py", "tests/ui/cards/test_card_window_screen.py",
    "tests/services/test_documents_pdf.py", "tests/ui/shell/test_toolbar_fits.py", "tests/services/test_lite*.py",
    "tests/ui/configurator/test_build_crm.py", "tests/ui/accessrights/test_access_scenario.py",
    "tests/ui/accessrights/test_server_login.py", "tests/ui/reports/test_report_print.py",
    "tests/installer/test_bundle.py", "tests/installer/test_setup_server.py", "tests/installer/test_portable_start.py",
)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    root = Path(str(config.rootpath))
    unreachable = {name for name, var in _FB_ENV.items() if not os.environ.get(var)}
    if unreachable:  # no server configured: its runs are left out at once instead of each setting up to skip
        left_out = [item for item in items if getattr(getattr(item, "callspec", None), "params", {}).get("backend") in unreachable]
        if left_out:
            config.hook.pytest_deselected(items=left_out)
            dropped = set(left_out)
            items[:] = [item for item in items if item not in dropped]
    for item in items:
        path = Path(str(item.path)).relative_to(root).as_posix()
        if any(fnmatch.fnmatch(path, pattern) or fnmatch.fnmatch(Path(path).name, pattern) for pattern in SLOW_MODULES):
            item.add_marker(pytest.mark.slow)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" in metafunc.fixturenames and metafunc.definition.get_closest_marker("all_backends"):
        metafunc.parametrize("backend", BACKENDS, indirect=True)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """Which database the test runs on (parametrised for `all_backends` modules, else sqlite)."""
    name = getattr(request, "param", "sqlite")
    if name != "sqlite":
        marker = request.node.get_closest_marker("sqlite_only")
        if marker is not None:
            pytest.skip(f"SQLite only: {marker.args[0] if marker.args else 'uses a SQLite file'}")
        if not os.environ.get(_FB_ENV[name]):
            pytest.skip(_FB_SKIP.format(_FB_ENV[name]))
    return name


class _FirebirdDatabases:
    """Fresh test databases on the server: copies of one migrated template per driver."""

    def __init__(self) -> None:
        self.folder: Path | None = None
        self.templates: dict[tuple[str, str], Path] = {}

    def _folder(self, base_url: str) -> Path:
        if self.folder is None:
            from sqlalchemy.engine import make_url

            # the server runs as `firebird`: the folder must be reachable and writable by it (notes Q11)
            parent = Path(make_url(base_url).database or "").parent
            folder = parent / f"pytest-{os.getpid()}-{uuid.uuid4().hex[:6]}"
            folder.mkdir(mode=0o770)
            shutil.chown(folder, "firebird", "firebird")
            self.folder = folder
        return self.folder

    def url_for(self, base_url: str, file: Path) -> str:
        from sqlalchemy.engine import make_url

        return make_url(base_url).set(database=str(file)).render_as_string(hide_password=False)

    def template(self, backend: str, kind: str = "empty") -> Path:
        key = (backend, kind)
        if key not in self.templates:
            base = os.environ[_FB_ENV[backend]]
            file = self._folder(base) / f"template-{backend}-{kind}.fdb"
            from supasoft.storage.firebird.engine import create_firebird_database

            create_firebird_database(self.url_for(base, file))
            s = open_session(self.url_for(base, file))
            try:
                if kind == "lite":
                    from supasoft.services.setup import initialize

                    initialize(s, "lite", demo=True)
            finally:
                s.close()
            self.templates[key] = file
        return self.templates[key]

    def fresh(self, backend: str, kind: str = "empty") -> tuple[str, Path]:
        template = self.template(backend, kind)
        base = os.environ[_FB_ENV[backend]]
        file = template.parent / f"t-{uuid.uuid4().hex[:12]}.fdb"
        shutil.copyfile(template, file)
        shutil.chown(file, "firebird", "firebird")
        os.chmod(file, 0o660)
        return self.url_for(base, file), file

    def cleanup(self) -> None:
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)


@pytest.fixture(scope="session")
def firebird_databases() -> Iterator[_FirebirdDatabases]:
    databases = _FirebirdDatabases()
    yield databases
    databases.cleanup()


@pytest.fixture
def db_path(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Path | str]:
    """Where the test's database lives: a SQLite file path, or the URL of a fresh Firebird database."""
    if backend == "sqlite":
        yield tmp_path / "crm.db"
        return
    databases = request.getfixturevalue("firebird_databases")
    url, file = databases.fresh(backend)
    yield url
    file.unlink(missing_ok=True)


@pytest.fixture(scope="session")
def empty_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty, migrated SQLite database, built once and copied per test (a copy is ~5x cheaper than migrating)."""
    built = tmp_path_factory.mktemp("empty") / "built.db"
    open_session(built).close()
    from supasoft.storage.backup import backup_sqlite

    path = built.with_name("empty.db")
    backup_sqlite(built, path)  # one self-contained file (no -wal beside it) that a plain copy can clone
    return path


@pytest.fixture
def session(db_path: Path | str, request: pytest.FixtureRequest) -> Iterator[Session]:
    """An empty database (a SQLite file, or a Firebird database on the server)."""
    if isinstance(db_path, Path) and not db_path.exists():
        shutil.copyfile(request.getfixturevalue("empty_template"), db_path)
    s = open_session(db_path)
    yield s
    s.close()


@pytest.fixture(scope="session")
def lite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A Lite database with demo data, built once and copied per test."""
    from supasoft.services.setup import initialize

    built = tmp_path_factory.mktemp("lite") / "built.db"
    s = open_session(built)
    initialize(s, "lite", demo=True)
    s.close()
    from supasoft.storage.backup import backup_sqlite

    path = built.with_name("lite.db")
    backup_sqlite(built, path)  # one self-contained file that a plain copy can clone
    return path


def lite_copy(backend: str, tmp_path: Path, request: pytest.FixtureRequest, file_name: str = "lite.db") -> Iterator[Session]:
    """A session on a fresh copy of the Lite demo database (a server database on Firebird), removed afterwards."""
    if backend != "sqlite":
        url, file = request.getfixturevalue("firebird_databases").fresh(backend, "lite")
        s = open_session(url)
        yield s
        s.close()
        file.unlink(missing_ok=True)
        return
    path = tmp_path / file_name
    shutil.copyfile(request.getfixturevalue("lite_template"), path)
    s = open_session(path)
    yield s
    s.close()


@pytest.fixture
def lite(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Session]:
    """A fresh copy of the Lite demo database."""
    yield from lite_copy(backend, tmp_path, request)
