"""Card windows on a real Free Lite SQLite file: create, lines with live totals, problems, conflicts, close, history, trash."""

from __future__ import annotations

import datetime as dt
import shutil
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from supasoft.cards.card_window import CardWindow
from supasoft.cards.card_windows import CardWindows
from supasoft.cards.conflict_dialog import MINE, THEIRS
from supasoft.core.rights import FieldGrant, ObjectGrant, UserRights
from supasoft.services.session import open_session
from supasoft.services.setup import initialize, lite_ids


@pytest.fixture(scope="module")
def lite_file(tmp_path_factory):
    """One Free Lite database per module; each test gets its own copy of the file."""
    path = tmp_path_factory.mktemp("lite") / "crm.db"
    session = open_session(path)
    initialize(session, "lite")
    ids = lite_ids(session)
    for name, price in (("Consulting hour", "120.00"), ("Szkolenie", "800.00")):
        product = session.records.new(ids["product"])
        product.values.update({ids["product.name"]: name, ids["product.price"]: price})
        session.records.save(product)
    session.close()
    return path


@pytest.fixture
def lite(tmp_path, lite_file):
    for suffix in ("", "-wal", "-shm"):
        if lite_file.with_name(lite_file.name + suffix).exists():
            shutil.copy(lite_file.with_name(lite_file.name + suffix), tmp_path / f"crm.db{suffix}")
    session = open_session(tmp_path / "crm.db")
    yield session, lite_ids(session)
    session.close()


def card(qtbot, session, object_id, record_id=None, **kw) -> CardWindow:
    window = CardWindow(session.records, object_id, record_id, preview_delay_ms=10, **kw)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)  # tests look at it after closing
    qtbot.addWidget(window, before_close_func=discard)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()  # shortcuts only reach the active window
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    return window


def discard(window: CardWindow) -> None:
    """Teardown closes the window: drop unsaved edits so no Save/Discard question waits for an answer."""
    window.form.set_record(window.form.stored())


def save_client(session, ids, name="Nordwind GmbH", **values):
    record = session.records.new(ids["client"])
    record.values[ids["client.name"]] = name
    for key, value in values.items():
        record.values[ids[f"client.{key}"]] = value
    return session.records.save(record)


def answer_next_prompt(window: CardWindow, button: QMessageBox.StandardButton) -> None:
    """Click a button of the Save/Discard/Cancel question as soon as it is shown."""
    def click() -> None:
        if window.prompt is None:
            QTimer.singleShot(10, click)
            return
        window.prompt.button(button).click()
    QTimer.singleShot(0, click)


def test_create_a_client_through_the_card(qtbot, lite, type_text):
    session, ids = lite
    window = card(qtbot, session, ids["client"])
    assert window.windowTitle().startswith("New client")
    type_text(window.form.editor(ids["client.name"]).edit, "Zakład Stolarski Łódź")
    type_text(window.form.editor(ids["client.city"]).edit, "Санкт-Петербург")
    assert window.isWindowModified()
    with qtbot.waitSignal(window.saved) as saved:
        QTest.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    object_id, record_id = saved.args
    stored = session.records.get(object_id, record_id)
    assert stored.values[ids["client.name"]] == "Zakład Stolarski Łódź"
    assert stored.values[ids["client.city"]] == "Санкт-Петербург"
    assert stored.values[ids["client.kind"]] == "Legal entity"
    assert window.windowTitle() == f"Client {stored.code_text}[*]" and stored.code_text.startswith("CL-")
    assert not window.isWindowModified() and not window.form.is_dirty()


def test_order_with_two_lines_totals_live_then_saves(qtbot, lite, type_text):
    session, ids = lite
    client = save_client(session, ids)
    window = card(qtbot, session, ids["order"], prefill={ids["order.client"]: client.id})
    form = window.form
    form.editor(ids["order.date"]).set_value(dt.date(2026, 11, 20))
    grid = next(iter(form.grids.values()))
    grid.add_button.click()
    type_text(grid.table.indexWidget(grid.table.currentIndex()).edit, "Consulting hour\n")
    quantity_index = grid.model.index(0, grid.model.column_of(ids["line.quantity"]))
    grid.table.setCurrentIndex(quantity_index)
    grid.table.edit(quantity_index)
    quantity = grid.table.indexWidget(quantity_index)
    quantity.edit.selectAll()
    type_text(quantity.edit, "2.5")
    grid.add_button.click()
    type_text(grid.table.indexWidget(grid.table.currentIndex()).edit, "Szkolenie\n")
    total = form.editor(ids["order.total"])
    qtbot.waitUntil(lambda: total.value() == Decimal("1100.00"))  # 2.5 × 120 + 1 × 800, nothing saved yet
    assert [line.values[ids["line.cost"]] for line in grid.lines()] == [Decimal("300.00"), Decimal("800.00")]
    assert session.records.count(ids["order"]) == 0
    with qtbot.waitSignal(window.saved) as saved:
        window.save_button.click()
    order = session.records.get(ids["order"], saved.args[1])
    assert order.values[ids["order.total"]] == Decimal("1100.00")
    assert order.values[ids["order.client"]] == client.id
    lines = session.records.children(ids["order"], order.id, grid.link.id)
    assert sorted(line.values[ids["line.cost"]] for line in lines) == [Decimal("300.00"), Decimal("800.00")]
    assert grid.model.rowCount() == 2 and not form.is_dirty()


def test_validation_error_keeps_the_values_and_shows_the_message(qtbot, lite, type_text):
    session, ids = lite
    window = card(qtbot, session, ids["client"])
    type_text(window.form.editor(ids["client.city"]).edit, "Gdańsk")
    type_text(window.form.editor(ids["client.email"]).edit, "Zażółć")
    assert not window.save()
    assert session.records.count(ids["client"]) == 0
    assert window.isVisible()
    assert window.form.values()[ids["client.city"]] == "Gdańsk"  # nothing the user typed is lost
    assert window.form.problem_text(ids["client.name"]) == "is required"
    assert window.form.problem_text(ids["client.email"])
    assert "Name: is required" in window.form.summary.text()
    type_text(window.form.editor(ids["client.name"]).edit, "Piekarnia")
    window.form.editor(ids["client.email"]).set_value("biuro@piekarnia.pl")
    assert window.save()
    assert not window.form.summary.isVisible()


def test_conflict_dialog_merges_mine_and_theirs_per_field(qtbot, lite, type_text):
    session, ids = lite
    client = save_client(session, ids, city="Kraków", phone="+48 111", notes="first")
    first = card(qtbot, session, ids["client"], client.id)
    second = card(qtbot, session, ids["client"], client.id)
    for window, city, phone in ((first, "Warszawa", "+48 222"), (second, "Москва", "+7 333")):
        for key, text in (("client.city", city), ("client.phone", phone)):
            edit = window.form.editor(ids[key]).edit
            edit.selectAll()
            type_text(edit, text)
    type_text(second.form.editor(ids["client.tax_id"]).edit, "PL123")  # changed only here: kept as is
    assert first.save()
    assert not second.save()
    dialog = second.conflict_dialog
    assert dialog is not None and dialog.isVisible()
    assert {f.field_id for f in dialog.fields} == {ids["client.city"], ids["client.phone"]}
    dialog.choose(ids["client.city"], MINE)
    dialog.choose(ids["client.phone"], THEIRS)
    with qtbot.waitSignal(second.saved):
        dialog.save_button.click()
    stored = session.records.get(ids["client"], client.id)
    assert stored.values[ids["client.city"]] == "Москва"
    assert stored.values[ids["client.phone"]] == "+48 222"
    assert stored.values[ids["client.tax_id"]] == "PL123"
    assert stored.values[ids["client.notes"]] == "first"
    assert stored.version == 3
    assert second.form.values()[ids["client.phone"]] == "+48 222" and not second.form.is_dirty()


def test_unsaved_changes_prompt_cancel_discard_and_save(qtbot, lite, type_text):
    session, ids = lite
    window = card(qtbot, session, ids["client"])
    type_text(window.form.editor(ids["client.name"]).edit, "Anna Nowak")
    answer_next_prompt(window, QMessageBox.StandardButton.Cancel)
    assert not window.close()
    assert window.isVisible()
    answer_next_prompt(window, QMessageBox.StandardButton.Save)
    assert window.close()
    assert [r.cells for r in session.records.list(ids["client"], _query(ids))] == [("Anna Nowak",)]
    other = card(qtbot, session, ids["client"])
    type_text(other.form.editor(ids["client.name"]).edit, "Иван Петров")
    answer_next_prompt(other, QMessageBox.StandardButton.Discard)
    QTest.keyClick(other, Qt.Key.Key_Escape)
    assert not other.isVisible()
    assert session.records.count(ids["client"]) == 1


def _query(ids):
    from supasoft.services.record_model import ListQuery

    return ListQuery(columns=[(ids["client.name"],)])


def test_history_tab_lists_the_change(qtbot, lite, type_text):
    session, ids = lite
    client = save_client(session, ids, city="Poznań")
    window = card(qtbot, session, ids["client"], client.id)
    editor = window.form.editor(ids["client.city"])
    editor.edit.selectAll()
    type_text(editor.edit, "Łódź")
    assert window.save()
    window.tabs.setCurrentWidget(window.history)
    rows = window.history.rows()
    assert rows[0][2] == "City" and "Poznań" in rows[0][3] and "Łódź" in rows[0][3]
    assert any(row[2] == "Created" for row in rows)


def test_client_children_tab_lists_orders_and_new_child_is_prefilled(qtbot, lite):
    session, ids = lite
    client = save_client(session, ids)
    order = session.records.new(ids["order"])
    order.values.update({ids["order.client"]: client.id, ids["order.date"]: dt.date(2026, 11, 1)})
    order = session.records.save(order)
    cards = CardWindows(session.records, preview_delay_ms=10)
    window = cards.open(ids["client"], client.id)
    qtbot.addWidget(window, before_close_func=discard)
    orders = next(v for v in window.form.children_views.values() if v.link.child == ids["order"])
    assert orders.row_count() == 1 and orders.model.record_id(0) == order.id
    orders.table.doubleClicked.emit(orders.model.index(0, 0))
    opened = [w for w in cards.windows() if w.object_id == ids["order"]]
    assert len(opened) == 1 and opened[0].record_id == order.id
    assert cards.open(ids["client"], client.id) is window  # the same record is raised, not opened twice
    orders.new_button.click()
    new = [w for w in cards.windows() if w.object_id == ids["order"] and w.record_id is None]
    assert len(new) == 1
    assert new[0].form.values()[ids["order.client"]] == client.id
    for w in cards.windows():
        qtbot.addWidget(w, before_close_func=discard)


def test_reference_open_button_uses_the_callback(qtbot, lite):
    session, ids = lite
    client = save_client(session, ids)
    asked = []
    window = card(qtbot, session, ids["order"], prefill={ids["order.client"]: client.id},
                  open_card=lambda object_id, record_id: asked.append((object_id, record_id)))
    window.form.editor(ids["order.client"]).open_button.click()
    assert asked == [(ids["client"], client.id)]


def test_delete_from_the_card_moves_it_to_the_trash(qtbot, lite):
    session, ids = lite
    client = save_client(session, ids, name="Green Valley Farm")
    window = card(qtbot, session, ids["client"], client.id)
    with qtbot.waitSignal(window.deleted):
        assert window.delete_record(confirm=False)
    assert not window.isVisible()
    assert session.records.count(ids["client"]) == 0
    trash = session.records.trash_items(ids["client"])
    assert [item.record_id for item in trash] == [client.id]


def save_order(session, ids, client_id, products=("Consulting hour",)):
    order = session.records.new(ids["order"])
    order.values.update({ids["order.client"]: client_id, ids["order.date"]: dt.date(2026, 11, 5)})
    lines = []
    for name in products:
        line = session.records.new(ids["line"])
        line.values[ids["line.product"]] = next(i for i, text in session.records.lookup(ids["product"], name) if text == name)
        lines.append(line)
    link = session.configuration.config.detail_sets_of(ids["order"])[0].link
    return session.records.save(order, details={link: lines}), link


def test_delete_key_in_the_lines_removes_a_line_not_the_order(qtbot, lite):
    session, ids = lite
    order, link = save_order(session, ids, save_client(session, ids).id, ("Consulting hour", "Szkolenie"))
    window = card(qtbot, session, ids["order"], order.id)
    grid = window.form.grids[link]
    grid.table.setFocus()
    grid.table.setCurrentIndex(grid.model.index(0, grid.model.column_of(ids["line.cost"])))
    QTest.keyClick(grid.table, Qt.Key.Key_Delete)
    assert grid.model.rowCount() == 1 and window.form.is_dirty()
    assert session.records.count(ids["order"]) == 1
    qtbot.waitUntil(lambda: window.form.editor(ids["order.total"]).value() == Decimal("800.00"))
    assert window.save()
    assert [line.values[ids["line.price"]] for line in session.records.children(ids["order"], order.id, link)] == [Decimal("800.00")]
    assert session.records.get(ids["order"], order.id).values[ids["order.total"]] == Decimal("800.00")


def test_a_problem_in_a_line_is_named_in_the_summary(qtbot, lite):
    session, ids = lite
    window = card(qtbot, session, ids["order"], prefill={ids["order.client"]: save_client(session, ids).id})
    window.form.set_value(ids["order.date"], dt.date(2026, 11, 6))
    grid = next(iter(window.form.grids.values()))
    grid.add_line()  # no product picked
    assert not window.save()
    assert "Lines \u2192 Product: is required" in window.form.summary.text()
    assert session.records.count(ids["order"]) == 0 and grid.model.rowCount() == 1


def test_a_clean_card_follows_a_save_made_elsewhere_and_f5_reloads(qtbot, lite):
    session, ids = lite
    client = save_client(session, ids, city="Leeds")
    window = card(qtbot, session, ids["client"], client.id)
    stored = session.records.get(ids["client"], client.id)
    stored.values[ids["client.city"]] = "Bristol"
    session.records.save(stored)
    assert window.form.values()[ids["client.city"]] == "Bristol"
    window.form.set_value(ids["client.city"], "Cork")
    assert window.windowTitle().endswith("[*]") and window.isWindowModified()
    again = session.records.get(ids["client"], client.id)
    again.values[ids["client.phone"]] = "+44 1"
    session.records.save(again)
    assert window.form.values()[ids["client.city"]] == "Cork"  # the user's edit is not overwritten
    window.form.set_record(window.form.stored())  # back to clean, then F5 reads the latest version
    QTest.keyClick(window, Qt.Key.Key_F5)
    assert window.form.values()[ids["client.phone"]] == "+44 1"


def test_rights_hide_and_lock_fields_and_make_the_card_read_only(qtbot, lite):
    session, ids = lite
    client = save_client(session, ids, phone="+48 1", tax_id="PL9")
    me = ("user", 7)
    session.access.use(UserRights(7, False, object_grants=[ObjectGrant(me, ids["client"], "change")], field_grants=[
        FieldGrant(me, ids["client"], ids["client.tax_id"], "hidden"),
        FieldGrant(me, ids["client"], ids["client.phone"], "read_only"),
    ]))
    window = card(qtbot, session, ids["client"], client.id)
    assert ids["client.tax_id"] not in window.form.slots
    assert window.form.editor(ids["client.phone"]).is_read_only()
    assert not window.form.editor(ids["client.name"]).is_read_only()
    assert window.save_button.isEnabled() and not window.delete_button.isEnabled()
    assert window.form.children_views == {}  # no right to read orders, contacts...: no tabs for them
    window.form.set_value(ids["client.city"], "Cork")
    assert window.save()
    assert session.records.get(ids["client"], client.id).values[ids["client.city"]] == "Cork"

    session.access.use(UserRights(7, False, object_grants=[ObjectGrant(me, ids["client"], "read")]))
    reader = card(qtbot, session, ids["client"], client.id)
    assert reader.form.is_read_only() and not reader.save_button.isEnabled()
    assert "(read only)" in reader.heading.text()
    assert reader.form.editor(ids["client.name"]).is_read_only()
    assert not reader.save()


def test_text_in_a_reference_that_matches_nothing_is_not_dropped_silently(qtbot, lite, type_text):
    session, ids = lite
    save_client(session, ids, name="Nordwind GmbH")
    window = card(qtbot, session, ids["order"])
    window.form.set_value(ids["order.date"], dt.date(2026, 11, 7))
    type_text(window.form.editor(ids["order.client"]).edit, "Südwind")
    assert not window.save()
    assert window.form.problem_text(ids["order.client"]) == "No record matches this text"
    assert session.records.count(ids["order"]) == 0
    picker = window.form.editor(ids["order.client"])
    picker.edit.clear()
    type_text(picker.edit, "nordwind gmbh")
    assert window.save()  # an exact (case-insensitive) match is picked


def test_escape_in_a_line_cell_cancels_the_cell_not_the_card(qtbot, lite):
    session, ids = lite
    order, link = save_order(session, ids, save_client(session, ids).id)
    window = card(qtbot, session, ids["order"], order.id)
    grid = window.form.grids[link]
    index = grid.model.index(0, grid.model.column_of(ids["line.quantity"]))
    grid.table.setFocus()
    grid.table.setCurrentIndex(index)
    grid.table.edit(index)
    editor = grid.table.indexWidget(index)
    editor.edit.setFocus()
    QTest.keyClick(editor.edit, Qt.Key.Key_Escape)
    assert window.isVisible()
    assert grid.table.indexWidget(index) is None  # the cell editor closed
    QTest.keyClick(grid.table, Qt.Key.Key_Escape)
    assert not window.isVisible()  # a second Esc closes the (unchanged) card


def test_a_typed_date_is_saved_exactly_and_a_wrong_one_is_refused(qtbot, lite):
    session, ids = lite
    client = save_client(session, ids)
    window = card(qtbot, session, ids["order"], prefill={ids["order.client"]: client.id})
    date_editor = window.form.editor(ids["order.date"])
    date_editor.edit.setFocus()
    QTest.keyClick(date_editor.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(date_editor.edit, "2025-02-31")
    assert not window.save()
    assert session.records.count(ids["order"]) == 0
    assert "2025-03-14" in window.form.problem_text(ids["order.date"])  # the message shows how to type it
    QTest.keyClick(date_editor.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(date_editor.edit, "2025-03-14")
    with qtbot.waitSignal(window.saved) as saved:
        assert window.save()
    assert session.records.get(ids["order"], saved.args[1]).values[ids["order.date"]] == dt.date(2025, 3, 14)
