"""Configurator → Maintenance on a real Firebird database (offscreen): connected users, maintenance mode, table
formats with the rebuild, the early warning bar, and the busy-table error that names who has it open."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from cfg_driving import Modal, add_field, fill_field
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QPushButton

from supasoft.configurator.configurator_window import ConfiguratorWindow
from supasoft.configurator.field_dialog import FieldDialog
from supasoft.configurator.maintenance_dialogs import ConnectedUsersDialog, MaintenanceModeDialog
from supasoft.configurator.maintenance_formats import FormatsDialog
from supasoft.core.meta import FieldDef
from supasoft.services.maintenance import MaintenanceService
from supasoft.services.networked.server_health import RebuildCancelled
from supasoft.services.session import Session, open_session
from tests.helpers.fb_holder import start_holder, stop_holder

pytestmark = pytest.mark.firebird


@pytest.fixture
def fb_url(firebird_databases: Any) -> Iterator[str]:
    if not os.environ.get("SUPASOFT_FB_URL"):
        pytest.skip("SUPASOFT_FB_URL is not set (eval \"$(bash scripts/firebird-server.sh env)\")")
    url, file = firebird_databases.fresh("firebird")
    yield url
    file.unlink(missing_ok=True)


@pytest.fixture
def fb_session(fb_url: str) -> Iterator[Session]:
    s = open_session(fb_url, lock_timeout=1)
    yield s
    s.close()


@pytest.fixture
def deal(fb_session: Session) -> int:
    obj = fb_session.configuration.add_object("Deal", "Deals")
    fb_session.configuration.add_field(obj.id, FieldDef(0, "Title", "string"))
    return obj.id


@pytest.fixture
def fb_window(qtbot, fb_session: Session, deal: int) -> ConfiguratorWindow:  # type: ignore[no-untyped-def]
    w = ConfiguratorWindow(fb_session)
    qtbot.addWidget(w)
    w.show()
    return w


@pytest.fixture
def holder(fb_url: str) -> Iterator:
    procs: list = []

    def start(sql: str | None = None) -> Any:
        procs.append(start_holder(fb_url, sql))
        return procs[-1]

    yield start
    for proc in procs:
        stop_holder(proc)


def used(window: ConfiguratorWindow, object_id: int) -> int:
    return next(u.used for u in window.maintenance.usage() if u.object_id == object_id)


def test_menu_hidden_on_sqlite(window: ConfiguratorWindow) -> None:
    assert not window.maintenance.menu.menuAction().isVisible()
    assert window.maintenance.check_formats() == [] and window.maintenance.bar.isHidden()
    assert window.maintenance.status.isHidden()


def test_menu_shown_on_firebird(fb_window: ConfiguratorWindow) -> None:
    menu = fb_window.maintenance.menu
    assert menu.menuAction().isVisible()
    assert [a.text() for a in menu.actions()] == ["Connected users…", "Maintenance mode…", "Table formats…"]
    assert fb_window.maintenance.bar.isHidden()  # a fresh database is far from the limit


def test_connected_users_lists_this_and_another_process(fb_window: ConfiguratorWindow, modal: Modal, holder) -> None:  # noqa: ANN001
    proc = holder()
    seen: dict[str, Any] = {}

    def look(dialog: ConnectedUsersDialog) -> None:
        table = dialog.table
        seen["rows"] = [[table.item(r, c).text() for c in range(4)] for r in range(table.rowCount())]
        seen["summary"] = dialog.summary.text()
        seen["refreshing"] = dialog.timer.isActive() and dialog.timer.interval() == 2000
        dialog.reject()

    modal(ConnectedUsersDialog, look)
    fb_window.maintenance.users_action.trigger()
    modal.check()
    rows = seen["rows"]
    assert any(r[0] == "SYSDBA (this Supasoft)" for r in rows)
    others = [r for r in rows if r[0] == "SYSDBA"]
    assert len(others) == 1 and others[0][1] == "127.0.0.1" and f"(pid {proc.pid})" in others[0][2]
    assert seen["refreshing"] and "1 from other users" in seen["summary"]


def test_maintenance_mode_start_watch_end(fb_window: ConfiguratorWindow, fb_session: Session, modal: Modal,
                                          holder, qtbot) -> None:  # type: ignore[no-untyped-def]  # noqa: ANN001
    proc = holder()
    seen: dict[str, Any] = {}

    def start(dialog: MaintenanceModeDialog) -> None:
        assert dialog.start_button.isVisible() and not dialog.end_button.isVisible()
        dialog.message.setText("Adding fields to Deal, back in 10 minutes")
        dialog.start_button.click()
        seen["status"] = dialog.status.text()
        seen["others"] = dialog.table.rowCount()
        seen["end_visible"] = dialog.end_button.isVisible()
        dialog.reject()

    modal(MaintenanceModeDialog, start)
    fb_window.maintenance.mode_action.trigger()
    modal.check()
    state = MaintenanceService(fb_session).state()
    assert state.active and state.message == "Adding fields to Deal, back in 10 minutes"
    assert "Still connected: 1" in seen["status"] and seen["others"] == 1 and seen["end_visible"]
    status = fb_window.maintenance.status
    assert status.isVisible() and status.text() == "Maintenance mode: 1 user(s) still connected"

    stop_holder(proc)  # the other client closes Supasoft
    fb_window.poll()
    assert status.text() == "Maintenance mode: nobody else connected"

    def end(dialog: MaintenanceModeDialog) -> None:
        assert "Nobody else is connected" in dialog.status.text()
        dialog.end_button.click()
        seen["after"] = dialog.status.text()
        dialog.reject()

    modal(MaintenanceModeDialog, end)
    fb_window.maintenance.mode_action.trigger()
    modal.check()
    assert seen["after"] == "Maintenance mode is off." and not MaintenanceService(fb_session).state().active
    assert status.isHidden()


def lead_with(window: ConfiguratorWindow, session: Session, object_id: int) -> None:
    """Add fields until the object's table has used the most formats (migrations leave system tables at a few)."""
    n = 0
    while used(window, object_id) <= max(u.used for u in window.maintenance.usage() if u.object_id != object_id):
        session.configuration.add_field(object_id, FieldDef(0, f"Pad {n}", "integer"))
        n += 1


def test_formats_dialog_lists_objects_with_counts(fb_window: ConfiguratorWindow, fb_session: Session, deal: int,
                                                  modal: Modal) -> None:
    lead_with(fb_window, fb_session, deal)
    expected = used(fb_window, deal)
    seen: dict[str, Any] = {}

    def look(dialog: FormatsDialog) -> None:
        seen["rows"] = dialog.rows()
        dialog.reject()

    modal(FormatsDialog, look)
    fb_window.maintenance.formats_action.trigger()
    modal.check()
    assert seen["rows"][0] == ("Deals", expected, "ok")  # most used first
    assert any(r[0] == "sys_config" for r in seen["rows"])


def test_warning_bar_appears_after_a_change_near_the_limit(fb_window: ConfiguratorWindow, fb_session: Session, deal: int,
                                                           modal: Modal) -> None:
    lead_with(fb_window, fb_session, deal)
    control = fb_window.maintenance
    before = used(fb_window, deal)
    control.warn_at, control.warn_left, control.critical_at = before + 1, 0, before + 10  # a low threshold
    assert control.check_formats() == [] and control.bar.isHidden()
    add_field(fb_window, modal, "Amount", "Integer")
    bar = control.bar
    assert bar.isVisible() and bar.property("level") == "warn"
    assert bar.label.text() == (f"Deals has used {before + 1} of 255 table versions on the server; rebuild the "
                                "database soon (Maintenance → Table formats)")
    modal(FormatsDialog, lambda d: d.reject())
    bar.open_button.click()  # the bar leads to the formats dialog
    modal.check()


def test_rebuild_from_the_dialog_resets_the_counts(fb_window: ConfiguratorWindow, fb_session: Session, deal: int,
                                                   modal: Modal, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for n in range(3):
        fb_session.configuration.add_field(deal, FieldDef(0, f"Extra {n}", "integer"))
    before = used(fb_window, deal)
    assert before >= 5
    seen: dict[str, Any] = {"said": [], "questions": []}
    kept = tmp_path / "kept.fbk"

    def rebuild(dialog: FormatsDialog) -> None:
        def step(key: str, done: int, total: int) -> None:
            seen["said"].append((key, done, total, dialog.status.text(), dialog.progress.maximum(),
                                 dialog.cancel_button.isEnabled()))

        dialog._messages.said.connect(step)
        dialog.keep.setChecked(True)
        dialog.keep_path.setText(str(kept))

        def yes(box: QMessageBox) -> None:
            seen["questions"].append(box.informativeText())
            box.button(QMessageBox.StandardButton.Yes).click()

        modal(QMessageBox, yes)
        dialog.rebuild_button.click()
        seen["running"] = dialog.task is not None and dialog.progress.isVisible() and fb_window.maintenance.paused()
        seen["polled"] = fb_window.poll()
        qtbot.waitUntil(lambda: dialog.task is None, timeout=120_000)
        seen["result"], seen["failure"] = dialog.result, dialog.failure
        seen["status"] = dialog.status.text()
        seen["rows"] = dialog.rows()
        dialog.reject()

    modal(FormatsDialog, rebuild)
    fb_window.maintenance.formats_action.trigger()
    modal.check()
    assert seen["failure"] is None, seen["failure"]
    assert "everyone else must be disconnected" in seen["questions"][0].lower()
    assert seen["running"] and seen["polled"] is False  # the window does not poll while the rebuild runs
    said = {key: (status, maximum, can_cancel) for key, done, total, status, maximum, can_cancel in seen["said"]
            if done == total}  # each step's last report
    tables = said["backup"][1]
    assert tables >= 2 and said["backup"] == (f"Backing up the database: {tables} of {tables} tables", tables, True)
    assert said["restore"][0] == f"Restoring a test copy to prove the backup is complete: {tables} of {tables} tables"
    assert said["replace"][0] == f"Replacing the database with the restored copy: {tables} of {tables} tables"
    assert not said["replace"][2]  # no Cancel while the database itself is replaced
    assert said["reload"][:2] == ("Reading the structure again…", 0)
    result = seen["result"]
    assert result.formats_before >= before and result.formats_after == 1 and kept.stat().st_size > 0
    assert seen["status"].startswith("Rebuilt in ") and f"from {result.formats_before} to 1 version(s)" in seen["status"]
    assert str(kept) in seen["status"]
    assert {r[1] for r in seen["rows"]} == {1}
    assert not fb_window.maintenance.paused()
    fb_session.configuration.add_field(deal, FieldDef(0, "After", "integer"))  # the session works on
    assert used(fb_window, deal) == 2


def test_cancel_during_the_rebuild_leaves_the_database_as_it_was(fb_window: ConfiguratorWindow, fb_session: Session,
                                                                  deal: int, modal: Modal, qtbot) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import text

    with fb_session.storage.begin() as conn:  # enough rows that gbak is still busy when Cancel is clicked
        conn.execute(text("create table big_rows (id integer primary key, f varchar(200))"))
    with fb_session.storage.begin() as conn:
        conn.execute(text("execute block as declare j integer = 0; begin while (j < 60000) do begin "
                          "insert into big_rows values (\\:j, lpad('', 150, 'x')); j = j + 1; end end"))
    before = used(fb_window, deal)
    seen: dict[str, Any] = {"keys": []}

    def rebuild(dialog: FormatsDialog) -> None:
        def step(key: str, _done: int, _total: int) -> None:
            seen["keys"].append(key)
            if key == "restore" and dialog.cancel_button.isEnabled():
                seen["shown"] = dialog.cancel_button.isVisible()
                dialog.cancel_button.click()
                seen["cancelling"] = dialog.status.text()

        dialog._messages.said.connect(step)
        modal(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
        dialog.rebuild_button.click()
        qtbot.waitUntil(lambda: dialog.task is None, timeout=120_000)
        seen["failure"], seen["result"] = dialog.failure, dialog.result
        seen["status"], seen["cancel_visible"] = dialog.status.text(), dialog.cancel_button.isVisible()
        dialog.reject()

    modal(FormatsDialog, rebuild)
    fb_window.maintenance.formats_action.trigger()
    modal.check()
    assert seen["shown"] and seen["cancelling"] == "Cancelling…"
    assert isinstance(seen["failure"], RebuildCancelled) and seen["result"] is None
    assert seen["status"] == "The rebuild was cancelled; the database was not changed."
    assert "replace" not in seen["keys"] and not seen["cancel_visible"]
    assert not fb_window.maintenance.paused()
    assert used(fb_window, deal) == before  # not rebuilt: the formats are as they were
    with fb_session.storage.connect() as conn:
        assert conn.execute(text("select count(*) from big_rows")).scalar() == 60000


def test_rebuild_offers_maintenance_mode_while_others_are_connected(fb_window: ConfiguratorWindow, modal: Modal,
                                                                    holder) -> None:  # noqa: ANN001
    proc = holder()
    seen: dict[str, Any] = {}

    def rebuild(dialog: FormatsDialog) -> None:
        def yes(box: QMessageBox) -> None:
            box.button(QMessageBox.StandardButton.Yes).click()

        def others(box: QMessageBox) -> None:
            seen["others"] = box.text() + "\n" + box.informativeText()
            modal(MaintenanceModeDialog, lambda d: (seen.setdefault("mode", True), d.reject()))
            box.findChild(QPushButton, "start_maintenance").click()

        modal(QMessageBox, yes)
        modal(QMessageBox, others)
        dialog.rebuild_button.click()
        seen["task"] = dialog.task
        seen["status"] = dialog.status.text()
        dialog.reject()

    modal(FormatsDialog, rebuild)
    fb_window.maintenance.formats_action.trigger()
    modal.check()
    assert seen["task"] is None and seen.get("mode")
    assert f"(pid {proc.pid})" in seen["others"] and "1 other connection(s) must close" in seen["others"]
    assert seen["status"] == "Waiting for 1 connection(s) to close."


def test_busy_error_names_the_other_client(fb_window: ConfiguratorWindow, fb_session: Session, deal: int,
                                           modal: Modal, holder) -> None:  # noqa: ANN001
    title = fb_session.configuration.object(deal).field_by_name("Title")
    record = fb_session.records.new(deal)
    record.values[title.id] = "Big"  # type: ignore[union-attr]
    saved = fb_session.records.save(record)
    proc = holder(f"update t_{deal} set rec_version = rec_version where id = {saved.id}")  # an unsaved edit elsewhere
    seen: dict[str, Any] = {}

    def busy(box: QMessageBox) -> None:
        seen["text"] = box.text() + "\n" + box.informativeText()
        modal(MaintenanceModeDialog, lambda d: (seen.setdefault("mode", True), d.reject()))
        box.findChild(QPushButton, "start_maintenance").click()

    def fill(dialog: FieldDialog) -> None:
        fill_field(dialog, "Number", "String", unique=True)
        modal(QMessageBox, busy)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
        seen["still_open"] = dialog.isVisible()
        seen["message"] = dialog.message.text()
        dialog.reject()

    modal(FieldDialog, fill)
    fb_window.fields.buttons["add"].click()
    modal.check()
    assert seen["text"].startswith("Another user has this table open: SYSDBA from 127.0.0.1")
    assert f"(pid {proc.pid})" in seen["text"] and "Start maintenance mode" in seen["text"]
    assert seen["mode"] and seen["still_open"] and seen["message"].startswith("Another user has this table open")


def test_show_error_offers_maintenance_only_for_a_busy_table(fb_window: ConfiguratorWindow, fb_session: Session,
                                                             deal: int, modal: Modal, holder) -> None:  # noqa: ANN001
    from supasoft.configurator.common import show_error
    from supasoft.core.errors import SupasoftError

    record = fb_session.records.new(deal)
    saved = fb_session.records.save(record)
    holder(f"update t_{deal} set rec_version = rec_version where id = {saved.id}")  # another client holds the table
    with pytest.raises(SupasoftError, match="Another user has this table open") as err:
        fb_session.configuration.add_field(deal, FieldDef(0, "Number", "string", unique=True))
    seen: list[str] = []
    modal(QMessageBox, lambda box: (seen.append(box.objectName()), box.reject()))
    show_error(fb_window.objects, err.value)  # how the panels show a failed structure change
    modal.check()
    modal(QMessageBox, lambda box: (seen.append(box.objectName()), box.reject()))
    show_error(fb_window.objects, SupasoftError("Some other problem."))
    modal.check()
    assert seen == ["busy_box", "error_box"]
