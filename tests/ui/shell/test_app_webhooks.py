"""The desktop app of the free edition sends webhook events in the background: started with the main window when
the database has a notify hook (woken by saves), stopped when the database closes; no hooks, no thread."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from supasoft.app import Launcher
from supasoft.core.meta import FieldDef
from supasoft.services.session import open_session
from supasoft.services.webhooks import HookSpec, WebhookService
from supasoft.settings import Settings
from tests.helpers.webhook_receiver import Receiver


@pytest.fixture(autouse=True)
def qsettings_in_tmp(tmp_path: Path, qapp) -> None:  # noqa: ANN001
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))


@pytest.fixture
def receiver():
    r = Receiver().start()
    yield r
    r.stop()


def test_the_app_sends_while_a_hook_exists_and_stops_with_the_database(qtbot, tmp_path: Path, receiver: Receiver) -> None:  # noqa: ANN001
    path = tmp_path / "crm.db"
    s = open_session(path)
    client = s.configuration.add_object("Client", "Clients")
    name = s.configuration.add_field(client.id, FieldDef(0, "Name", "string", length=50)).id
    s.close()

    launcher = Launcher(Settings())
    qtbot.addWidget(launcher.show(open_session(path), str(path)))
    assert launcher.webhooks is None  # no hooks: nothing runs
    session = launcher.session
    WebhookService(session.storage, session.access, session.actor, lambda: session.configuration.config).add(
        HookSpec("Shop", client.id, receiver.url, allow_private=True))
    assert launcher._close_current()

    launcher = Launcher(Settings())
    qtbot.addWidget(launcher.show(open_session(path), str(path)))
    sender = launcher.webhooks
    assert sender is not None and sender.running
    sender.poll = 60.0  # only the save's wake-up can make it send within the wait below
    sender.wake()
    record = launcher.session.records.new(client.id)
    record.values[name] = "Acme"
    launcher.session.records.save(record)
    [got] = receiver.wait_for(1, timeout=20)
    assert got.json["new"] == {"Name": "Acme"}
    assert launcher._close_current()
    assert not sender.running and launcher.webhooks is None
