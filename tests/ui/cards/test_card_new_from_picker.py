"""A reference picker offers "New <name>…": a new record's card, pre-filled with the typed text, whose save picks it."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from supasoft.cards.card_window import CardWindow
from supasoft.cards.card_windows import CardWindows
from supasoft.core.rights import ObjectGrant, UserRights
from supasoft.widgets.card_form import CardForm
from supasoft.widgets.reference_picker import _NEW_ROLE, ReferencePicker
from tests.ui.cards import test_card_window as cards_base
from tests.ui.cards.test_card_window import card, discard, save_client

lite_file = cards_base.lite_file  # the same Free Lite fixtures as the card window tests
lite = cards_base.lite


def open_card(qtbot, cards: CardWindows, object_id: int, record_id: int | None = None) -> CardWindow:
    window = cards.open(object_id, record_id)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(window, before_close_func=discard)
    activate(qtbot, window)
    return window


def activate(qtbot, window: CardWindow) -> None:
    """Shortcuts (Ctrl+S) only reach the active window."""
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)


def drop_down_texts(picker: ReferencePicker) -> list[str]:
    return [picker.matches.item(row).text() for row in range(picker.matches.rowCount())]


def choose_last_entry_with_keys(qtbot, picker: ReferencePicker) -> None:
    """Down to the last entry of the open drop-down, then Return, as a user would."""
    popup = picker.completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    for _ in range(picker.matches.rowCount()):
        QTest.keyClick(popup, Qt.Key.Key_Down)
    assert popup.currentIndex().data(_NEW_ROLE)
    QTest.keyClick(popup, Qt.Key.Key_Return)


def new_card_of(qtbot, cards: CardWindows, object_id: int) -> CardWindow:
    qtbot.waitUntil(lambda: any(w.object_id == object_id and w.record_id is None for w in cards.windows()), timeout=2000)
    window = next(w for w in cards.windows() if w.object_id == object_id and w.record_id is None)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(window, before_close_func=discard)
    activate(qtbot, window)
    return window


def test_new_client_from_the_order_picker_is_created_and_picked(qtbot, lite, type_text):
    session, ids = lite
    save_client(session, ids, name="Nordwind GmbH")
    cards = CardWindows(session.records, preview_delay_ms=10)
    order = open_card(qtbot, cards, ids["order"])
    order.form.set_value(ids["order.date"], dt.date(2026, 11, 20))
    picker = order.form.editor(ids["order.client"])
    picker.edit.setFocus()
    type_text(picker.edit, "Zakład Łódź")
    qtbot.waitUntil(lambda: drop_down_texts(picker) == ["New client\u2026"], timeout=2000)  # nothing found: only "New"
    choose_last_entry_with_keys(qtbot, picker)

    client = new_card_of(qtbot, cards, ids["client"])
    assert client.form.editor(ids["client.name"]).text() == "Zakład Łódź"
    type_text(client.form.editor(ids["client.city"]).edit, "Санкт-Петербург")
    with qtbot.waitSignal(client.saved) as saved:
        QTest.keyClick(client, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    new_id = saved.args[1]
    assert session.records.get(ids["client"], new_id).values[ids["client.city"]] == "Санкт-Петербург"

    assert picker.value() == new_id and picker.text() == "Zakład Łódź"
    assert picker.open_button.isEnabled() and picker.error() is None
    activate(qtbot, order)
    with qtbot.waitSignal(order.saved) as stored:
        QTest.keyClick(order, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert session.records.get(ids["order"], stored.args[1]).values[ids["order.client"]] == new_id


def test_new_entry_is_last_after_matches_and_cancel_leaves_the_reference(qtbot, lite, type_text):
    session, ids = lite
    nordwind = save_client(session, ids, name="Nordwind GmbH")
    save_client(session, ids, name="Nordstern AG")
    cards = CardWindows(session.records, preview_delay_ms=10)
    order = open_card(qtbot, cards, ids["order"])
    picker = order.form.editor(ids["order.client"])
    picker.set_value(nordwind.id)
    picker.edit.setFocus()
    picker.edit.selectAll()
    type_text(picker.edit, "Nord")
    qtbot.waitUntil(lambda: len(drop_down_texts(picker)) == 3, timeout=2000)
    assert drop_down_texts(picker)[-1] == "New client\u2026"
    choose_last_entry_with_keys(qtbot, picker)
    client = new_card_of(qtbot, cards, ids["client"])
    assert client.form.editor(ids["client.name"]).text() == "Nord"
    before = session.records.count(ids["client"])
    client.form.set_record(client.form.stored())  # nothing to ask about: closing is cancelling
    client.close()
    assert session.records.count(ids["client"]) == before
    assert picker.error() is None  # choosing "New…" did not flag the text as unmatched
    assert picker.text() == "Nord" and not picker.open_button.isEnabled()  # as the user left it: typed, not picked
    assert not order.save()  # the typed text still has to become a record before the order can be saved
    assert session.records.count(ids["order"]) == 0


def test_a_user_without_the_create_right_is_not_offered_new(qtbot, lite, type_text):
    session, ids = lite
    me = ("user", 7)
    session.access.use(UserRights(7, False, object_grants=[
        ObjectGrant(me, ids["order"], "full"), ObjectGrant(me, ids["client"], "change")]))  # may edit clients, not add
    window = card(qtbot, session, ids["order"])
    picker = window.form.editor(ids["order.client"])
    assert not picker.is_read_only()
    assert not picker.may_create()
    picker.edit.setFocus()
    type_text(picker.edit, "Кто-то")
    qtbot.waitUntil(lambda: not picker._timer.isActive(), timeout=2000)
    assert drop_down_texts(picker) == []
    assert not picker.completer.popup().isVisible()

    session.access.use(UserRights(7, False, object_grants=[
        ObjectGrant(me, ids["order"], "full"), ObjectGrant(me, ids["client"], "full")]))
    assert picker.may_create()  # the services' answer, asked each time
    picker.search_now()
    assert drop_down_texts(picker) == ["New client\u2026"]


def test_a_line_cell_creates_a_product_and_receives_its_price(qtbot, lite, type_text):
    session, ids = lite
    client = save_client(session, ids)
    cards = CardWindows(session.records, preview_delay_ms=10)
    order = cards.open(ids["order"], None, {ids["order.client"]: client.id})
    order.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(order, before_close_func=discard)
    activate(qtbot, order)
    order.form.set_value(ids["order.date"], dt.date(2026, 11, 20))
    grid = next(iter(order.form.grids.values()))
    grid.add_button.click()
    cell = grid.table.indexWidget(grid.table.currentIndex())
    assert isinstance(cell, ReferencePicker)
    type_text(cell.edit, "Gadżet")
    qtbot.waitUntil(lambda: drop_down_texts(cell) == ["New product\u2026"], timeout=2000)
    choose_last_entry_with_keys(qtbot, cell)

    product = new_card_of(qtbot, cards, ids["product"])
    assert product.form.editor(ids["product.name"]).text() == "Gadżet"
    price = product.form.editor(ids["product.price"])
    price.edit.setFocus()
    type_text(price.edit, "15.50")
    with qtbot.waitSignal(product.saved) as saved:
        QTest.keyClick(product, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    new_id = saved.args[1]

    line = grid.model.lines()[0]
    assert line.values[ids["line.product"]] == new_id
    assert line.values[ids["line.price"]] == Decimal("15.50")  # received as on a normal pick
    assert grid.model.index(0, grid.model.column_of(ids["line.product"])).data() == "Gadżet"
    activate(qtbot, order)
    with qtbot.waitSignal(order.saved) as stored:
        QTest.keyClick(order, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    lines = session.records.children(ids["order"], stored.args[1], grid.link.id)
    assert [saved_line.values[ids["line.product"]] for saved_line in lines] == [new_id]


def test_a_form_without_a_window_to_open_the_card_offers_no_new(qtbot, lite, type_text):
    """The card designer's preview has no window that would open the new record's card."""
    session, ids = lite
    form = CardForm(session.records, ids["order"], preview_delay_ms=10)
    qtbot.addWidget(form)
    form.show()
    picker = form.editor(ids["order.client"])
    assert not picker.may_create()
    picker.edit.setFocus()
    type_text(picker.edit, "Zakład")
    qtbot.waitUntil(lambda: not picker._timer.isActive(), timeout=2000)
    assert drop_down_texts(picker) == []


def test_return_without_choosing_new_still_flags_unmatched_text(qtbot, lite, type_text):
    session, ids = lite
    cards = CardWindows(session.records, preview_delay_ms=10)
    order = open_card(qtbot, cards, ids["order"])
    picker = order.form.editor(ids["order.client"])
    picker.edit.setFocus()
    type_text(picker.edit, "Südwind")
    qtbot.waitUntil(lambda: drop_down_texts(picker) == ["New client\u2026"], timeout=2000)
    qtbot.waitUntil(picker.completer.popup().isVisible, timeout=2000)
    QTest.keyClick(picker.completer.popup(), Qt.Key.Key_Return)  # nothing highlighted in the list
    assert picker.error() == "No record matches this text"
    assert [w for w in cards.windows() if w.object_id == ids["client"]] == []
