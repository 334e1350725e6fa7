"""The main window: navigator with counts, menu gating by settings and rights, translations, remembered state."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from supasoft.services.session import Session
from supasoft.settings import Settings
from supasoft.shell.about import database_info_html
from supasoft.shell.main_window import MainWindow
from tests.ui.shell.conftest import Cards


def menu_titles(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions() if a.isVisible()]


def make(qtbot, lite: Session, **kw) -> MainWindow:  # noqa: ANN001
    w = MainWindow(lite, kw.pop("settings", Settings()), database_label="gate.db", **kw)
    qtbot.addWidget(w)
    return w


def test_navigator_lists_objects_in_order_with_counts_and_views(window: MainWindow, lite: Session) -> None:
    nav = window.navigator
    texts = [nav.topLevelItem(i).text(0) for i in range(nav.topLevelItemCount())]
    assert texts[:3] == ["Clients (12)", "Contacts (12)", "Products (6)"]
    assert "Orders (19)" in texts and texts[-1] == "Trash"
    orders = next(nav.topLevelItem(i) for i in range(nav.topLevelItemCount()) if nav.topLevelItem(i).text(0).startswith("Orders"))
    assert [orders.child(i).text(0) for i in range(orders.childCount())] == ["Orders by city"]
    nav.itemClicked.emit(orders.child(0), 0)
    tab = window.current_table()
    assert tab is not None and tab.list_def is not None and tab.list_def.name == "Orders by city"
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Orders: Orders by city"


def test_counts_follow_changes(qtbot, window: MainWindow, lite: Session, ids: dict[str, int]) -> None:
    record = lite.records.new(ids["product"])
    record.values[ids["product.name"]] = "Gadget"
    record.values[ids["product.price"]] = "9.99"
    lite.records.save(record)
    nav = window.navigator
    qtbot.waitUntil(lambda: nav.item_for(ids["product"]).text(0) == "Products (7)", timeout=3000)


def test_menus_and_gating(qtbot, lite: Session) -> None:
    calls: list[str] = []
    full = make(qtbot, lite, open_configurator=lambda: calls.append("cfg"), open_access=lambda: calls.append("acc"),
                open_database=lambda p: None, restore_backup=lambda p: None)
    assert menu_titles(full) == ["&File", "&Records", "Re&ports", "&Documents", "&Settings", "&Help"]
    assert not full.actions["reports"].isEnabled() and full.actions["reports"].toolTip() == "coming"
    assert not full.actions["documents"].isEnabled()
    full.actions["configurator"].trigger()
    full.actions["access"].trigger()
    assert calls == ["cfg", "acc"]
    assert "open_database" in full.actions and "restore" in full.actions

    hidden = make(qtbot, lite, settings=Settings(show_configurator=False, show_access=False),
                  open_configurator=lambda: None, open_access=lambda: None)
    assert "configurator" not in hidden.actions and "access" not in hidden.actions
    assert "&Settings" not in menu_titles(hidden)
    assert "open_database" not in hidden.actions  # no callback: hidden

    no_callbacks = make(qtbot, lite)
    assert "&Settings" not in menu_titles(no_callbacks)


def test_rights_hide_what_settings_allow(qtbot, lite: Session, monkeypatch) -> None:
    monkeypatch.setattr(lite.access, "allowed", lambda action, object_id=None: action not in ("configure",))
    w = make(qtbot, lite, open_configurator=lambda: None, open_access=lambda: None)
    assert "configurator" not in w.actions and "access" in w.actions
    monkeypatch.setattr(lite.access, "allowed", lambda action, object_id=None: action not in ("configure", "manage_access"))
    w2 = make(qtbot, lite, open_configurator=lambda: None, open_access=lambda: None)
    assert "&Settings" not in menu_titles(w2)


def test_record_actions_follow_the_current_tab(qtbot, window: MainWindow, cards: Cards, ids: dict[str, int]) -> None:
    window.open_object(ids["client"])
    assert window.actions["new"].isEnabled()
    window.actions["new"].trigger()
    assert cards.calls[-1] == (ids["client"], None)
    window.open_trash(None)
    assert not window.actions["new"].isEnabled() and window.actions["refresh"].isEnabled()


def test_del_key_deletes_to_trash(qtbot, window: MainWindow, lite: Session, ids: dict[str, int]) -> None:
    tab = window.open_object(ids["call"])
    tab.confirm = lambda text: True
    tab.view.setFocus()
    tab.view.selectRow(0)
    doomed = tab.model.record_id(0)
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    assert lite.records.count(ids["call"]) == 11
    assert doomed in {i.record_id for i in lite.records.trash_items(ids["call"])}
    qtbot.keyClick(tab.view, Qt.Key.Key_F5)
    assert tab.model.rowCount() == 11


def test_open_tabs_and_geometry_are_remembered_per_database_and_user(qtbot, lite: Session, ids: dict[str, int]) -> None:
    first = make(qtbot, lite)
    first.open_object(ids["order"])
    first.open_object(ids["task"])
    first.open_object(ids["order"])
    first.resize(700, 500)  # within the offscreen screen (800x600): restoreGeometry clamps to it
    first.close()
    again = make(qtbot, lite)
    assert [t.object_id for t in again.table_tabs()] == [ids["client"], ids["order"], ids["task"]]
    assert again.current_table().object_id == ids["order"]
    assert again.size().width() == 700
    other_user = MainWindow(lite, database_label="other.db")
    qtbot.addWidget(other_user)
    assert [t.object_id for t in other_user.table_tabs()] == [ids["client"]]  # a different database: defaults


def test_database_info(window: MainWindow, lite: Session) -> None:
    text = database_info_html(window, lite)
    assert "Clients" in text and "12" in text and "sqlite" in text


@pytest.fixture
def polish(translations: Callable[[str], str]) -> None:
    translations("pl")


def test_polish_main_window(qtbot, polish: None, lite: Session, ids: dict[str, int]) -> None:
    w = make(qtbot, lite, open_configurator=lambda: None)
    assert menu_titles(w) == ["&Plik", "&Rekordy", "R&aporty", "&Dokumenty", "&Ustawienia", "Pomo&c"]
    records_menu = w.menuBar().findChild(QMenu, "menu_records")
    assert "&Nowy rekord" in [a.text() for a in records_menu.actions()]
    tab = w.open_object(ids["order"])
    assert tab.count_label.text() == "19 rekordów"
    assert tab.search_edit.placeholderText() == "Szukaj… (Ctrl+F)"
    trash = w.navigator.topLevelItem(w.navigator.topLevelItemCount() - 1)
    assert trash.text(0) == "Kosz"


def test_russian_plurals(qtbot, translations: Callable[[str], str], lite: Session, ids: dict[str, int]) -> None:  # noqa: ANN001
    translations("ru")
    w = make(qtbot, lite)
    assert menu_titles(w)[0] == "&Файл"
    assert w.open_object(ids["payment"]).count_label.text() == "4 записи"
    assert w.open_object(ids["order"]).count_label.text() == "19 записей"


def test_english_plurals(qtbot, translations: Callable[[str], str], lite: Session, ids: dict[str, int]) -> None:  # noqa: ANN001
    translations("en")
    w = make(qtbot, lite)
    tab = w.open_object(ids["client"])
    assert tab.count_label.text() == "12 records"
    tab.search_now("Nordwind")
    assert tab.count_label.text() == "1 record"


def test_closed_window_leaves_the_services(qtbot, lite: Session) -> None:
    before = len(lite.records._listeners)
    w = make(qtbot, lite)
    assert len(lite.records._listeners) == before + 1
    w.close()
    assert len(lite.records._listeners) == before


def test_polish_code_column_title(qtbot, polish: None, lite: Session, ids: dict[str, int]) -> None:
    w = make(qtbot, lite)
    tab = w.open_object(ids["client"])
    assert tab.model.headerData(0, Qt.Orientation.Horizontal) == "Kod"
