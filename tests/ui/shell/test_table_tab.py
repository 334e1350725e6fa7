"""The table tab on a real Lite database: sort, quick search, filter builder, views, columns, cards, live refresh."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView

from supasoft.core.meta import Condition, FilterGroup
from supasoft.services.session import Session
from supasoft.shell.columns_dialog import ColumnsDialog
from supasoft.shell.filter_dialog import FilterBuilderDialog
from supasoft.shell.main_window import MainWindow
from supasoft.shell.table_tab import TableTab
from tests.ui.shell.conftest import Cards, column_texts


def name_column(tab: TableTab, ids: dict[str, int]) -> int:
    return tab.model.column_of(str(ids["client.name"]))


def test_header_click_sorts_in_the_database(qtbot, clients: TableTab, ids: dict[str, int]) -> None:
    col = name_column(clients, ids)
    header = clients.view.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=header.rect().topLeft() + _section_center(header, col))
    names = column_texts(clients, col)
    assert clients.source.sort and clients.source.sort[0].path == (ids["client.name"],)
    expected = sorted(names, key=str.casefold) if not clients.source.sort[0].descending else sorted(names, key=str.casefold, reverse=True)
    assert [n.casefold() for n in names] == [n.casefold() for n in expected]
    clients.sort_by(col, descending=True)
    assert column_texts(clients, col)[0].casefold() == max(names, key=str.casefold).casefold()


def _section_center(header: QHeaderView, logical: int):  # noqa: ANN202 - a QPoint
    from PySide6.QtCore import QPoint

    return QPoint(header.sectionViewportPosition(logical) + header.sectionSize(logical) // 2, header.height() // 2)


def test_quick_search_polish_and_russian_typed(qtbot, type_text, clients: TableTab, ids: dict[str, int]) -> None:
    col = name_column(clients, ids)
    type_text(clients.search_edit, "zażółć")
    qtbot.waitUntil(lambda: clients.model.rowCount() == 1, timeout=2000)
    assert column_texts(clients, col) == ["Piekarnia Zażółć"]
    assert "1" in clients.count_label.text()
    clients.search_edit.clear()
    type_text(clients.search_edit, "ИВАН")  # upper case finds "Иван Петров": case-insensitive for Cyrillic
    qtbot.waitUntil(lambda: column_texts(clients, col) == ["Иван Петров"], timeout=2000)
    clients.search_edit.clear()
    qtbot.waitUntil(lambda: clients.model.rowCount() == 12, timeout=2000)


def test_search_waits_for_typing_to_pause(qtbot, type_text, clients: TableTab) -> None:
    type_text(clients.search_edit, "Nordwind")
    assert clients.model.rowCount() == 12  # debounced: nothing ran yet
    qtbot.waitUntil(lambda: clients.model.rowCount() == 1, timeout=2000)


def test_ctrl_f_focuses_the_search_box(qtbot, window: MainWindow, clients: TableTab) -> None:
    clients.view.setFocus()
    qtbot.keyClick(clients.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert clients.search_edit.hasFocus()


def test_filter_builder_by_field_type(qtbot, lite: Session, window: MainWindow, ids: dict[str, int]) -> None:
    orders = window.open_object(ids["order"])
    dialog = FilterBuilderDialog(lite.configuration.config, ids["order"], None, orders.lookup)
    qtbot.addWidget(dialog)
    row = dialog.root.items[0]
    row.field_box.setCurrentIndex(row.field_box.findText("Status"))
    ops = [row.op_box.itemData(i) for i in range(row.op_box.count())]
    assert "contains" not in ops and "in" in ops  # a choice field offers equality operators only
    row.op_box.setCurrentIndex(row.op_box.findData("eq"))
    row.value_input.editors[0].set_value("Paid")
    total = dialog.root.add_condition()
    total.field_box.setCurrentIndex(total.field_box.findText("Total"))
    assert "gt" in [total.op_box.itemData(i) for i in range(total.op_box.count())]
    total.op_box.setCurrentIndex(total.op_box.findData("gt"))
    total.value_input.editors[0].setText("100")
    group = dialog.result_group()
    assert group is not None and group.mode == "and" and len(group.items) == 2
    orders.set_filter(group)
    expected = lite.records.count(ids["order"], orders.source.query())
    assert orders.model.rowCount() == expected > 0
    statuses = column_texts(orders, orders.model.column_of(str(ids["order.status"])))
    assert set(statuses) == {"Paid"}
    assert "Status" in orders.filter_label.text()
    # reopening the builder shows the same filter
    again = FilterBuilderDialog(lite.configuration.config, ids["order"], orders.source.filter, orders.lookup)
    qtbot.addWidget(again)
    assert again.result_group() == group


def test_filter_or_group_and_bad_value_is_reported(qtbot, lite: Session, window: MainWindow, ids: dict[str, int],
                                                   monkeypatch) -> None:
    orders = window.open_object(ids["order"])
    status = (ids["order.status"],)
    either = FilterGroup("and", [FilterGroup("or", [Condition(status, "eq", "Paid"), Condition(status, "eq", "New")])])
    dialog = FilterBuilderDialog(lite.configuration.config, ids["order"], either, orders.lookup)
    qtbot.addWidget(dialog)
    assert isinstance(dialog.root.items[0], type(dialog.root)) and dialog.root.items[0].mode_box.currentData() == "or"
    orders.set_filter(dialog.result_group())
    assert set(column_texts(orders, orders.model.column_of(str(ids["order.status"])))) <= {"Paid", "New"}

    warnings: list[str] = []
    monkeypatch.setattr("supasoft.shell.filter_dialog.QMessageBox.warning", lambda *a: warnings.append(a[2]))
    checked = FilterBuilderDialog(lite.configuration.config, ids["order"], None, orders.lookup,
                           check=lambda g: lite.records.count(ids["order"], orders.source.query().__class__(filter=g)))
    qtbot.addWidget(checked)
    row = checked.root.items[0]
    row.field_box.setCurrentIndex(row.field_box.findText("Total"))
    row.op_box.setCurrentIndex(row.op_box.findData("gt"))
    row.value_input.editors[0].setText("a lot")
    checked.accept()
    assert warnings and checked.result() == 0  # still open: the user can fix the value


def test_save_and_reopen_a_personal_view(qtbot, lite: Session, window: MainWindow, clients: TableTab,
                                         ids: dict[str, int]) -> None:
    city = (ids["client.city"],)
    clients.set_filter(FilterGroup("and", [Condition(city, "eq", "Kraków")]))
    clients.sort_by(name_column(clients, ids), descending=True)
    clients.view.horizontalHeader().resizeSection(1, 333)
    saved = clients.save_view("Kraków clients", shared=False)
    assert not saved.shared and saved.owner == lite.actor.user_id
    assert any(v.name == "Kraków clients" for v in lite.configuration.config.lists_of(ids["client"]))
    nav_item = window.navigator.item_for(ids["client"], saved.id)
    assert nav_item is not None and nav_item.text(0) == "Kraków clients"
    window.close_tab(window.tabs.indexOf(clients))
    window.navigator.open_requested.emit(ids["client"], saved.id)
    reopened = window.current_table()
    assert reopened is not None and reopened.current_list_id() == saved.id
    assert reopened.model.rowCount() == 1
    assert reopened.source.sort[0].descending
    assert reopened.view.horizontalHeader().sectionSize(1) == 333
    assert "(personal)" in reopened.views_box.currentText()


def test_column_chooser_through_references(qtbot, lite: Session, window: MainWindow, ids: dict[str, int]) -> None:
    orders = window.open_object(ids["order"], None)
    dialog = ColumnsDialog(lite.configuration.config, ids["order"], orders.source.paths())
    qtbot.addWidget(dialog)
    city_path = (ids["order.client"], ids["client.city"])
    item = dialog.item_for(city_path)
    assert item is not None and item.parent() is not None
    item.setCheckState(0, Qt.CheckState.Checked)
    chosen = dialog.chosen()
    assert chosen[-1] == city_path and chosen[:-1] == orders.source.paths()
    orders.set_columns(chosen)
    col = orders.model.column_of(f"{ids['order.client']}.{ids['client.city']}")
    assert col >= 0 and "City" in orders.model.headerData(col, Qt.Orientation.Horizontal)
    assert all(text for text in column_texts(orders, col))


def test_column_widths_and_order_are_remembered(qtbot, lite: Session, cards: Cards, ids: dict[str, int]) -> None:
    first = MainWindow(lite, open_card=cards, database_label="w.db")
    qtbot.addWidget(first)
    tab = first.open_object(ids["client"])
    header = tab.view.horizontalHeader()
    header.resizeSection(2, 271)
    header.moveSection(3, 0)
    moved_key = tab.model.columns()[3].key
    first.close()
    second = MainWindow(lite, open_card=cards, database_label="w.db")
    qtbot.addWidget(second)
    again = second.current_table()
    assert again is not None and again.object_id == ids["client"]
    h2 = again.view.horizontalHeader()
    assert h2.sectionSize(2) == 271
    assert again.model.columns()[h2.logicalIndex(0)].key == moved_key
    second.close()


def test_enter_double_click_and_ctrl_n_open_cards(qtbot, window: MainWindow, clients: TableTab, cards: Cards,
                                                   ids: dict[str, int]) -> None:
    clients.view.setFocus()
    clients.view.setCurrentIndex(clients.model.index(2, 1))
    qtbot.keyClick(clients.view, Qt.Key.Key_Return)
    assert cards.calls[-1] == (ids["client"], clients.model.record_id(2))
    rect = clients.view.visualRect(clients.model.index(4, 1))
    qtbot.mouseClick(clients.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # a real double
    qtbot.mouseDClick(clients.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # click presses first
    assert cards.calls[-1] == (ids["client"], clients.model.record_id(4))
    qtbot.keyClick(clients.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert cards.calls[-1] == (ids["client"], None)


def test_saves_elsewhere_refresh_the_open_table(qtbot, lite: Session, clients: TableTab, ids: dict[str, int]) -> None:
    col = name_column(clients, ids)
    record_id = clients.model.record_id(0)
    record = lite.records.get(ids["client"], record_id)
    record.values[ids["client.name"]] = "Renamed Ltd"
    lite.records.save(record)
    qtbot.waitUntil(lambda: clients.model.index(clients.model.row_of(record_id), col).data() == "Renamed Ltd", timeout=2000)
    new = lite.records.new(ids["client"])
    new.values[ids["client.name"]] = "Brand New"
    lite.records.save(new)
    qtbot.waitUntil(lambda: clients.model.rowCount() == 13, timeout=2000)
    assert "13" in clients.count_label.text()


def test_big_tables_search_in_the_background(qtbot, type_text, clients: TableTab, ids: dict[str, int]) -> None:
    clients.async_rows = 0  # treat the demo table as big
    old_model = clients.model
    type_text(clients.search_edit, "Gdańsk")
    clients.search_now(clients.search_edit.text())
    assert clients.searching and clients.count_label.text() == "Searching…"
    qtbot.waitUntil(lambda: not clients.searching, timeout=5000)
    assert clients.model is not old_model and clients.model.rowCount() == 1
    assert column_texts(clients, name_column(clients, ids)) == ["Piekarnia Zażółć"]
    # a newer search wins over one still running
    clients.search_now("Kraków")
    clients.search_now("Leeds")
    qtbot.waitUntil(lambda: not clients.searching, timeout=5000)
    qtbot.wait(100)
    assert column_texts(clients, name_column(clients, ids)) == ["Bluebell Dental Clinic"]
    assert clients.source.search == "Leeds"


def test_a_search_with_many_matches_counts_on_as_you_scroll(qtbot, lite: Session, window: MainWindow,
                                                            ids: dict[str, int]) -> None:
    """The status says "More than 1000 records" until the table is scrolled to its end, then the exact count."""
    lite.records.insert_many(ids["client"], [{ids["client.name"]: f"Hurtownia {n}"} for n in range(1500)])
    tab = window.open_object(ids["client"])
    assert tab is not None
    tab.search_now("hurtownia")
    assert tab.model.rowCount() == 1000
    assert tab.count_label.text().startswith("More than 1000 record")  # "records" once the English plurals load
    tab.view.scrollToBottom()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1500, timeout=3000)
    assert tab.count_label.text().startswith("1500 record")
    tab.search_now("zażółć")  # a new search starts counting again (and a short answer is exact at once)
    assert tab.count_label.text().startswith("1 record")
