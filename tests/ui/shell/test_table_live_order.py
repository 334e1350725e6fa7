"""An "All fields" tab after the admin reorders fields: columns follow the new order, widths stay."""

from __future__ import annotations

from PySide6.QtCore import Qt

from supasoft.services.session import Session
from supasoft.shell.main_window import MainWindow
from supasoft.shell.table_tab import TableTab


def headers(tab: TableTab) -> list[str]:
    """Column titles in the order the user sees them."""
    header = tab.view.horizontalHeader()
    return [tab.model.headerData(header.logicalIndex(v), Qt.Orientation.Horizontal) for v in range(header.count())]


def field_names(lite: Session, object_id: int) -> list[str]:
    return [f.name for f in lite.configuration.object(object_id).fields]


def test_all_fields_follows_a_reorder_and_keeps_widths(qtbot, lite: Session, window: MainWindow,  # noqa: ANN001
                                                       ids: dict[str, int]) -> None:
    tab = window.open_object(ids["client"])
    tab.load_view(None)  # "All fields"
    header = tab.view.horizontalHeader()
    city_key = str(ids["client.city"])
    header.resizeSection(tab.model.column_of(city_key), 277)
    tab.save_column_state()  # as after the save timer: an unmoved header stores no column order
    assert tab.prefs.column_state(ids["client"], None)["order"] == []
    order = [f.id for f in lite.configuration.object(ids["client"]).fields]
    order.remove(ids["client.city"])
    order.insert(0, ids["client.city"])
    lite.configuration.reorder_fields(ids["client"], list(reversed(order[1:])) + order[:1])
    expected = field_names(lite, ids["client"])
    assert expected[-1] == "City"
    qtbot.waitUntil(lambda: headers(tab)[1:] == expected, timeout=2000)
    assert header.sectionSize(tab.model.column_of(city_key)) == 277
    assert tab.model.rowCount() == 12 and tab.current_list_id() is None


def test_a_reorder_wins_over_columns_the_user_moved(qtbot, lite: Session, window: MainWindow,  # noqa: ANN001
                                                    ids: dict[str, int]) -> None:
    tab = window.open_object(ids["client"])
    tab.load_view(None)
    header = tab.view.horizontalHeader()
    name_key = str(ids["client.name"])
    header.moveSection(header.visualIndex(tab.model.column_of(name_key)), 0)
    header.resizeSection(tab.model.column_of(name_key), 233)
    assert headers(tab)[0] == "Name"
    order = [f.id for f in lite.configuration.object(ids["client"]).fields if f.id != ids["client.name"]]
    lite.configuration.reorder_fields(ids["client"], [*order, ids["client.name"]])  # Name last
    qtbot.waitUntil(lambda: headers(tab)[-1] == "Name", timeout=2000)
    assert headers(tab)[1:] == field_names(lite, ids["client"])
    assert header.sectionSize(tab.model.column_of(name_key)) == 233


def test_a_tab_opened_after_a_reorder_shows_the_new_order(qtbot, lite: Session, window: MainWindow,  # noqa: ANN001
                                                          ids: dict[str, int]) -> None:
    tab = window.open_object(ids["client"])
    tab.load_view(None)
    header = tab.view.horizontalHeader()
    header.resizeSection(tab.model.column_of(str(ids["client.city"])), 255)
    gone: list[bool] = []
    tab.destroyed.connect(lambda *_: gone.append(True))
    window.close_tab(window.tabs.indexOf(tab))  # remembers widths (and no column order: nothing was moved)
    qtbot.waitUntil(lambda: bool(gone), timeout=2000)  # gone before the change: it cannot react to it
    order = [f.id for f in lite.configuration.object(ids["client"]).fields]
    lite.configuration.reorder_fields(ids["client"], list(reversed(order)))
    again = window.open_object(ids["client"])
    again.load_view(None)
    assert headers(again)[1:] == field_names(lite, ids["client"])
    assert again.view.horizontalHeader().sectionSize(again.model.column_of(str(ids["client.city"]))) == 255
