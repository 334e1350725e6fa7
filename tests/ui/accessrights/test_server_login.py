"""The server login window (Engine=firebird): clear messages and a retry, the right role, and server accounts."""

from __future__ import annotations

import os
import sys
import threading
import time
import types
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog

from supasoft import app as app_module
from supasoft.accessrights import server_login
from supasoft.accessrights.server_login import ServerLoginDialog, connect, server_role_of, server_url_of
from supasoft.accessrights.users_tab import UsersTab
from supasoft.services.session import Session
from supasoft.settings import Settings
from supasoft.shell.startup import Target, open_interactive, target_for

FB_URL = os.environ.get("SUPASOFT_FB_URL", "")
needs_server = pytest.mark.skipif(not FB_URL, reason="SUPASOFT_FB_URL is not set (scripts/firebird-server.sh)")


def fb_settings(path: str = "/nowhere/crm.fdb", **kw: Any) -> Settings:
    values: dict[str, Any] = {"engine": "firebird", "server": "127.0.0.1", "port": 3050, "path": path,
                              "user": "SYSDBA", "connect_timeout": 3}
    values.update(kw)
    return Settings(**values)


def press_connect(qtbot: Any, dialog: ServerLoginDialog, password: str) -> None:
    dialog.password_edit.setText(password)
    dialog.connect_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=15000)


# ---------------------------------------------------------------- without a server


class _FakeSession:
    closed = False
    storage = types.SimpleNamespace(kind="firebird")

    def close(self) -> None:
        self.closed = True


def test_remember_password_is_hidden_without_keyring(qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "keyring", None)  # import keyring -> ImportError
    dialog = ServerLoginDialog(fb_settings())
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.remember.isVisible()
    assert dialog.user_edit.text() == "SYSDBA" and dialog.password_edit.text() == ""


def test_remember_password_uses_the_keyring_when_installed(qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    store: dict[tuple[str, str], str] = {}
    fake = types.SimpleNamespace(
        get_password=lambda service, key: store.get((service, key)),
        set_password=lambda service, key, pw: store.__setitem__((service, key), pw),
        delete_password=lambda service, key: store.pop((service, key)),
    )
    monkeypatch.setitem(sys.modules, "keyring", fake)
    opened = _FakeSession()
    monkeypatch.setattr(server_login, "connect", lambda settings, user, password: opened)
    dialog = ServerLoginDialog(fb_settings())
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.remember.isVisible() and not dialog.remember.isChecked()
    dialog.remember.setChecked(True)
    press_connect(qtbot, dialog, "s3cret")
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.session is opened
    assert list(store.values()) == ["s3cret"]
    again = ServerLoginDialog(fb_settings())  # the next start fills it in
    qtbot.addWidget(again)
    assert again.password_edit.text() == "s3cret" and again.remember.isChecked()
    again.remember.setChecked(False)
    press_connect(qtbot, again, "s3cret")
    assert store == {}  # unticked: forgotten


def test_a_server_that_never_answers_gives_up_after_the_connect_timeout(qtbot: Any,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    late = _FakeSession()
    release = threading.Event()

    def hang(settings: Settings, user: str, password: str) -> _FakeSession:
        release.wait(10)
        return late

    monkeypatch.setattr(server_login, "connect", hang)
    dialog = ServerLoginDialog(fb_settings(connect_timeout=1))
    qtbot.addWidget(dialog)
    dialog.show()
    started = time.monotonic()
    press_connect(qtbot, dialog, "x")
    assert time.monotonic() - started < 3.5
    assert dialog.isVisible() and "did not answer within 1 seconds" in dialog.message.text()
    assert dialog.connect_button.isEnabled()  # the user can retry
    release.set()
    qtbot.waitUntil(lambda: late.closed, timeout=3000)  # the late connection is not leaked


def test_cancelling_the_login_quits_without_an_error_box(qtbot: Any) -> None:
    assert open_interactive(Target(None, "firebird://x"), fb_settings(), login=lambda settings: None) is None


def test_users_tab_has_no_server_accounts_on_sqlite(qtbot: Any, lite: Session) -> None:
    tab = UsersTab(lite)
    qtbot.addWidget(tab)
    assert tab.server is None and server_url_of(lite) is None


# ---------------------------------------------------------------- on the real server


@pytest.fixture
def server_db() -> Iterator[str]:
    """A new Lite database on the server (like `supasoft-admin server create`); its absolute path. Dropped after."""
    from sqlalchemy.engine import make_url

    from supasoft.services.networked import server_admin
    from supasoft.storage.firebird.server_tools import ServerTarget, drop_database

    base = make_url(FB_URL)
    path = base.database.rsplit("/", 1)[0] + f"/login_{uuid.uuid4().hex[:10]}.fdb"
    url = base.set(database=path).render_as_string(hide_password=False)
    server_admin.create_database(url, "lite")
    yield path
    try:
        drop_database(ServerTarget.parse(url))
    except Exception:  # noqa: BLE001 - still attached or already gone
        Path(path).unlink(missing_ok=True)


@pytest.fixture
def accounts() -> Iterator[list[str]]:
    """Server accounts a test creates; dropped afterwards."""
    from supasoft.services.networked import server_admin

    names: list[str] = []
    yield names
    for name in names:
        try:
            server_admin.drop_account(FB_URL, name)
        except Exception:  # noqa: BLE001 - never created
            pass


def _server_settings(path: str, **kw: Any) -> Settings:
    from sqlalchemy.engine import make_url

    base = make_url(FB_URL)
    values: dict[str, Any] = {"server": base.host, "port": base.port or 3050, "user": base.username or "SYSDBA"}
    return fb_settings(path, **{**values, **kw})


@pytest.mark.firebird
@needs_server
def test_wrong_password_says_so_and_stays_open(qtbot: Any, server_db: str) -> None:
    dialog = ServerLoginDialog(_server_settings(server_db))
    qtbot.addWidget(dialog)
    dialog.show()
    press_connect(qtbot, dialog, "not-the-password")
    assert dialog.isVisible() and dialog.session is None
    assert dialog.message.text() == "Wrong user name or password."
    assert dialog.password_edit.isEnabled() and dialog.password_edit.hasFocus()


@pytest.mark.firebird
@needs_server
def test_server_down_and_missing_database_are_explained(qtbot: Any, server_db: str) -> None:
    dialog = ServerLoginDialog(_server_settings(server_db, port=3999))
    qtbot.addWidget(dialog)
    dialog.show()
    started = time.monotonic()
    press_connect(qtbot, dialog, "masterkey")
    assert time.monotonic() - started < 3 + 2
    assert dialog.isVisible() and "does not answer" in dialog.message.text() and ":3999" in dialog.message.text()
    missing = ServerLoginDialog(_server_settings(server_db + ".missing.fdb"))
    qtbot.addWidget(missing)
    missing.show()
    press_connect(qtbot, missing, FB_PASSWORD())
    assert missing.isVisible() and "does not exist on the server" in missing.message.text()


def FB_PASSWORD() -> str:  # noqa: N802 - reads like the constant it stands for
    from sqlalchemy.engine import make_url

    return make_url(FB_URL).password or ""


@pytest.mark.firebird
@needs_server
def test_sysdba_logs_in_and_the_main_window_opens_on_the_server(qtbot: Any, server_db: str,
                                                               when_modal: Any) -> None:
    settings = _server_settings(server_db)
    when_modal(ServerLoginDialog, lambda d: (d.password_edit.setText(FB_PASSWORD()), d.connect_button.click()))
    launcher = app_module.Launcher(settings)
    try:
        assert launcher.start(target_for(settings, None))
        window = launcher.window
        qtbot.addWidget(window)
        assert window.isVisible() and window.navigator.topLevelItemCount() >= 1
        assert launcher.session.storage.kind == "firebird"
        assert server_role_of(launcher.session) == "RDB$ADMIN"
    finally:
        launcher._close_current()


@pytest.mark.firebird
@needs_server
def test_server_account_from_the_users_tab_connects_with_the_staff_role(
        qtbot: Any, server_db: str, accounts: list[str], when_modal: Any) -> None:
    from firebird.driver import connect as raw_connect

    from supasoft.accessrights.user_dialogs import PasswordDialog

    settings = _server_settings(server_db)
    session = connect(settings, settings.user, FB_PASSWORD())
    try:
        session.users.create_user("boss", "boss-pass-1", "Boss")
        session.login("boss", "boss-pass-1")
        login = f"ui_{uuid.uuid4().hex[:8]}"
        anna = session.users.create_user(login, "app-pass-1", "Anna")
        for obj in session.configuration.config.objects:  # so her main window opens tables, not refusals
            session.users.grant(("user", anna), obj.id, "change")
        accounts.append(login)
        tab = UsersTab(session)
        qtbot.addWidget(tab)
        assert tab.server is not None and tab.server.isVisibleTo(tab)
        tab.select(login)
        assert "No server account" in tab.server.status.text()

        def fill(dialog: PasswordDialog) -> None:
            dialog.password.setText("Srv-pass-1")
            dialog.repeat.setText("Srv-pass-1")
            dialog.accept()

        when_modal(PasswordDialog, fill)
        tab.server.ask_create()
        assert "staff (role SUPASOFT_STAFF)" in tab.server.status.text()
        raw = raw_connect(f"{settings.server}/{settings.port}:{server_db}", user=login, password="Srv-pass-1",
                          role="SUPASOFT_STAFF")
        try:
            cur = raw.cursor()
            cur.execute("select current_role from rdb$database")
            assert cur.fetchone()[0].strip() == "SUPASOFT_STAFF"
            cur.execute("select count(*) from sys_info")
            assert cur.fetchone()[0] >= 1
        finally:
            raw.close()
        # the staff member starts the app: the login window picks the staff role by itself, and the server
        # login signs them in as the app user of the same name (no second password)
        staff_settings = _server_settings(server_db, user=login)
        when_modal(ServerLoginDialog, lambda d: (d.password_edit.setText("Srv-pass-1"), d.connect_button.click()))
        launcher = app_module.Launcher(staff_settings)
        try:
            assert launcher.start(target_for(staff_settings, None))
            qtbot.addWidget(launcher.window)
            assert server_role_of(launcher.session) == "SUPASOFT_STAFF"
            assert launcher.session.actor.name == login and not launcher.session.needs_login
        finally:
            launcher._close_current()
        tab.server.drop_account(tab.selected())
        accounts.remove(login)
        assert "No server account" in tab.server.status.text()
    finally:
        session.close()


@pytest.mark.firebird
@needs_server
def test_an_account_without_a_role_here_is_told_it_has_no_rights(server_db: str, accounts: list[str]) -> None:
    from sqlalchemy.engine import make_url

    from supasoft.services.networked import server_admin
    from supasoft.storage.firebird import accounts as fb_accounts
    from supasoft.storage.firebird.engine import create_firebird_engine

    url = make_url(FB_URL).set(database=server_db).render_as_string(hide_password=False)
    name = f"ui_{uuid.uuid4().hex[:8]}"
    server_admin.create_account(url, name, "Pw-123456")
    accounts.append(name)
    engine = create_firebird_engine(url)
    try:
        with engine.begin() as conn:
            fb_accounts.revoke_roles(conn, name)
    finally:
        engine.dispose()
    with pytest.raises(server_login.ServerLoginError) as caught:
        connect(_server_settings(server_db), name, "Pw-123456")
    assert caught.value.kind == "no_permission" and name.upper() in str(caught.value)


@pytest.mark.firebird
@needs_server
def test_a_server_login_without_a_matching_app_user_still_asks_the_app_login(
        qtbot: Any, server_db: str, when_modal: Any) -> None:
    from supasoft.accessrights.login_dialog import LoginDialog

    settings = _server_settings(server_db)
    session = connect(settings, settings.user, FB_PASSWORD())
    session.users.create_user("boss", "boss-pass-1", "Boss")
    session.close()
    asked: list[str] = []

    def app_login(dialog: LoginDialog) -> None:
        asked.append(dialog.login_edit.text())
        dialog.login_edit.setText("boss")
        dialog.password_edit.setText("boss-pass-1")
        dialog.try_login()

    when_modal(ServerLoginDialog, lambda d: (d.password_edit.setText(FB_PASSWORD()), d.connect_button.click()))
    when_modal(LoginDialog, app_login)
    launcher = app_module.Launcher(settings)
    try:
        assert launcher.start(target_for(settings, None))
        qtbot.addWidget(launcher.window)
        assert asked == [settings.user] and launcher.session.actor.name == "boss"
    finally:
        launcher._close_current()
