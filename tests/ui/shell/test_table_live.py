"""A table tab after a structure change: "All fields" follows the fields, saved views keep their columns."""

from __future__ import annotations

from PySide6.QtCore import Qt

from supasoft.core.meta import FieldDef
from supasoft.services.session import Session
from supasoft.shell.main_window import MainWindow
from supasoft.shell.table_tab import TableTab


def headers(tab: TableTab) -> list[str]:
    """Column titles in the order the user sees them."""
    header = tab.view.horizontalHeader()
    return [tab.model.headerData(header.logicalIndex(v), Qt.Orientation.Horizontal) for v in range(header.count())]


def width_of(tab: TableTab, key: str) -> int:
    return tab.view.horizontalHeader().sectionSize(tab.model.column_of(key))


def test_all_fields_tab_gains_new_fields_and_drops_deleted_ones(qtbot, lite: Session, window: MainWindow,  # noqa: ANN001
                                                                 ids: dict[str, int]) -> None:
    tab = window.open_object(ids["client"])
    tab.load_view(None)  # "All fields"
    header = tab.view.horizontalHeader()
    name_key, city_key = str(ids["client.name"]), str(ids["client.city"])
    header.resizeSection(tab.model.column_of(city_key), 277)  # just now: the save timer has not fired yet
    header.moveSection(header.visualIndex(tab.model.column_of(name_key)), 0)
    before = headers(tab)
    lite.configuration.add_field(ids["client"], FieldDef(0, "Rating", "integer"))
    lite.configuration.add_field(ids["client"], FieldDef(0, "Remarks", "text"))
    qtbot.waitUntil(lambda: headers(tab)[-2:] == ["Rating", "Remarks"], timeout=2000)
    assert headers(tab) == [*before, "Rating", "Remarks"]  # the moved column stays first, new ones join at the end
    assert width_of(tab, city_key) == 277
    rating = next(f for f in lite.configuration.config.object_by_id(ids["client"]).fields if f.name == "Rating")
    assert tab.model.index(0, tab.model.column_of(str(rating.id))).data() in (None, "")  # read from the new column
    lite.configuration.delete_field(ids["client"], rating.id)
    qtbot.waitUntil(lambda: "Rating" not in headers(tab), timeout=2000)
    assert headers(tab) == [*before, "Remarks"]
    assert width_of(tab, city_key) == 277
    assert tab.model.rowCount() == 12 and tab.current_list_id() is None


def test_a_saved_view_keeps_its_chosen_columns(qtbot, lite: Session, window: MainWindow, ids: dict[str, int]) -> None:  # noqa: ANN001
    tab = window.open_object(ids["client"])
    extra = lite.configuration.add_field(ids["client"], FieldDef(0, "Rating", "integer"))
    tab.set_columns([(), (ids["client.name"],), (extra.id,), (ids["client.city"],)])
    tab.save_view("Short list", shared=False)
    assert headers(tab)[1:] == ["Name", "Rating", "City"]
    lite.configuration.add_field(ids["client"], FieldDef(0, "Remarks", "text"))
    lite.configuration.delete_field(ids["client"], extra.id, cascade=True)
    qtbot.waitUntil(lambda: "Rating" not in headers(tab), timeout=2000)
    assert headers(tab)[1:] == ["Name", "City"]  # the deleted field went, the new one did not join
    assert tab.current_list_id() is not None


def test_all_fields_with_chosen_columns_is_not_extended(qtbot, lite: Session, window: MainWindow,  # noqa: ANN001
                                                        ids: dict[str, int]) -> None:
    tab = window.open_object(ids["client"])
    tab.load_view(None)
    tab.set_columns([(), (ids["client.name"],)])  # the user picked two columns without saving a view
    lite.configuration.add_field(ids["client"], FieldDef(0, "Rating", "integer"))
    lite.configuration.update_field(ids["client"], ids["client.name"], name="Company")
    qtbot.waitUntil(lambda: "Company" in headers(tab), timeout=2000)
    assert len(headers(tab)) == 2 and "Rating" not in headers(tab)
