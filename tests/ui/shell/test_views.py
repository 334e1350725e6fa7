"""Save and Save as of table views: Enter never overwrites the shared default view; replacing asks first."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from supasoft.core.meta import Condition, FilterGroup, ListDef
from supasoft.services.session import Session
from supasoft.shell.table_tab import TableTab


def when(ready: Callable[[], object], then: Callable[[object], None]) -> None:
    """Run `then(widget)` as soon as `ready()` gives the modal widget (the dialog's exec() blocks the test)."""
    def poll() -> None:
        widget = ready()
        if widget is None or not widget.isVisible():
            QTimer.singleShot(10, poll)
            return
        then(widget)
    QTimer.singleShot(0, poll)


def type_and_enter(text: str) -> Callable[[object], None]:
    def act(dialog) -> None:  # noqa: ANN001
        assert dialog.name_edit.text() == "" and not dialog.shared_box.isChecked()
        QTest.keyClicks(dialog.name_edit, text)
        QTest.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    return act


def press(key: Qt.Key, seen: list[str]) -> Callable[[object], None]:
    def act(box) -> None:  # noqa: ANN001
        seen.append(box.text())
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
        QTest.keyClick(box, key)
    return act


def click_yes(seen: list[str]) -> Callable[[object], None]:
    def act(box) -> None:  # noqa: ANN001
        seen.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()
    return act


def all_clients(lite: Session, ids: dict[str, int]) -> ListDef:
    return next(v for v in lite.configuration.config.lists_of(ids["client"]) if v.name == "All clients")


def narrowed(clients: TableTab, ids: dict[str, int]) -> None:
    clients.set_filter(FilterGroup("and", [Condition((ids["client.city"],), "eq", "Kraków")]))


def test_enter_in_save_as_does_not_replace_the_shared_view(qtbot, lite: Session, clients: TableTab,
                                                           ids: dict[str, int]) -> None:
    before = all_clients(lite, ids)
    assert clients.list_def == before and before.shared
    narrowed(clients, ids)
    questions: list[str] = []
    when(lambda: clients.view_saver.dialog, type_and_enter("All clients"))
    when(lambda: clients.view_saver.question, press(Qt.Key.Key_Return, questions))
    clients.save_view_as_action.trigger()
    assert questions == ['The shared view "All clients" exists. Replace it for everyone?']
    assert all_clients(lite, ids) == before  # Enter answered No: nothing changed for anyone


def test_save_as_a_new_name_makes_a_personal_view(qtbot, lite: Session, clients: TableTab,
                                                   ids: dict[str, int]) -> None:
    narrowed(clients, ids)
    when(lambda: clients.view_saver.dialog, type_and_enter("Krakow clients"))
    clients.save_view_as_action.trigger()
    saved = clients.list_def
    assert saved is not None and saved.name == "Krakow clients" and not saved.shared and saved.owner == lite.actor.user_id
    assert all_clients(lite, ids).filter is None


def test_save_on_the_shared_view_asks_and_enter_keeps_it(qtbot, lite: Session, clients: TableTab,
                                                         ids: dict[str, int]) -> None:
    before = all_clients(lite, ids)
    narrowed(clients, ids)
    questions: list[str] = []
    when(lambda: clients.view_saver.question, press(Qt.Key.Key_Return, questions))
    clients.save_view_action.trigger()
    assert questions == ['Save the changes to the shared view "All clients" for everyone?']
    assert all_clients(lite, ids) == before
    when(lambda: clients.view_saver.question, click_yes(questions))
    clients.save_view_action.trigger()  # someone who may configure, on purpose
    after = all_clients(lite, ids)
    assert after.id == before.id and after.shared and after.filter == clients.source.filter


def test_save_on_an_own_personal_view_updates_it_without_asking(qtbot, lite: Session, clients: TableTab,
                                                                ids: dict[str, int]) -> None:
    mine = clients.save_view("Mine", shared=False)
    narrowed(clients, ids)
    clients.save_view_action.trigger()  # no dialog, no question: nothing waits for an answer
    assert QApplication.activeModalWidget() is None
    again = next(v for v in lite.configuration.config.lists_of(ids["client"]) if v.id == mine.id)
    assert again.filter == clients.source.filter and not again.shared


def test_replacing_an_own_personal_view_asks_first(qtbot, lite: Session, clients: TableTab,
                                                   ids: dict[str, int]) -> None:
    clients.save_view("Mine", shared=False)
    clients.load_view(all_clients(lite, ids).id)
    narrowed(clients, ids)
    questions: list[str] = []
    when(lambda: clients.view_saver.dialog, type_and_enter("mine"))
    when(lambda: clients.view_saver.question, click_yes(questions))
    clients.save_view_as_action.trigger()
    assert questions == ['A view named "Mine" exists. Replace it?']
    views = [v for v in lite.configuration.config.lists_of(ids["client"]) if v.name.casefold() == "mine"]
    assert len(views) == 1 and views[0].filter == clients.source.filter


def test_staff_without_configure_cannot_share_or_touch_the_shared_view(qtbot, lite: Session, tmp_path, monkeypatch,
                                                                       ids: dict[str, int]) -> None:  # noqa: ANN001
    from supasoft.services.session import open_session
    from supasoft.settings import Settings
    from supasoft.shell.main_window import MainWindow

    users = lite.users
    users.sleep = lambda seconds: None
    users.create_user("admin", "correct horse", "Admin")
    anna_id = users.create_user("anna", "correct horse", "Anna")
    users.grant(("user", anna_id), ids["client"], "change")
    anna = open_session(tmp_path / "lite.db", login="anna", password="correct horse")
    window = MainWindow(anna, Settings(), open_card=lambda *a: None, open_configurator=lambda: None,
                        database_label="test.db")
    qtbot.addWidget(window)
    try:
        clients = window.open_object(ids["client"])
        before = all_clients(lite, ids)
        assert clients.list_def is not None and clients.list_def.id == before.id
        narrowed(clients, ids)
        states: list[tuple[bool, bool]] = []

        def look_and_cancel(dialog) -> None:  # noqa: ANN001
            states.append((dialog.shared_box.isEnabled(), dialog.shared_box.isChecked()))
            QTest.keyClick(dialog, Qt.Key.Key_Escape)

        when(lambda: clients.view_saver.dialog, look_and_cancel)
        clients.save_view_action.trigger()  # Save on a shared view she may not change: Save as, never a replace
        assert states == [(False, False)]
        warnings: list[str] = []
        clients.view_saver.dialog = None
        when(lambda: clients.view_saver.dialog, type_and_enter("All clients"))
        monkeypatch.setattr("supasoft.shell.views.QMessageBox.warning", lambda *a: warnings.append(a[2]))
        clients.save_view_as_action.trigger()
        assert warnings == ['A view named "All clients" exists and you may not change it: choose another name.']
        assert all_clients(lite, ids) == before
    finally:
        window.relay.detach()
        anna.close()
