"""The reference picker: type-ahead through a lookup, typed text resolved to an id, open button."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from supasoft.core.meta import FieldDef
from supasoft.widgets.editors import USERS_OBJECT_ID, ReferenceLookup, ReferencePicker, create_editor

CLIENTS = 7
RECORDS = {
    1: "Jan Kowalski",
    2: "Jan Kowalski Jr.",
    3: "Zażółć Sp. z o.o.",
    4: "ООО «Ромашка»",
    5: "Anna Nowak",
    6: "Jan Kowalczyk",
}


class FakeLookup:
    """Substring search, like the records service's quick search; remembers its calls."""

    def __init__(self) -> None:
        self.searches: list[tuple[int, str, int]] = []

    def search(self, object_id: int, text: str, limit: int = 20) -> list[tuple[int, str]]:
        self.searches.append((object_id, text, limit))
        needle = text.casefold()
        return [(i, name) for i, name in RECORDS.items() if needle in name.casefold()][:limit]

    def display(self, object_id: int, record_id: int) -> str:
        return RECORDS[record_id]


@pytest.fixture
def lookup() -> FakeLookup:
    return FakeLookup()


@pytest.fixture
def picker(qtbot, lookup: FakeLookup) -> ReferencePicker:
    field = FieldDef(id=30, name="Client", type="reference", target=CLIENTS)
    widget = create_editor(field, lookup)
    assert isinstance(widget, ReferencePicker)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.edit.setFocus()
    return widget


def test_fake_lookup_fits_the_protocol(lookup: FakeLookup) -> None:
    assert isinstance(lookup, ReferenceLookup)


def test_typed_unique_text_resolves_to_its_id(
    qtbot, picker: ReferencePicker, lookup: FakeLookup, type_text
) -> None:
    with qtbot.waitSignal(picker.changed):
        type_text(picker.edit, "ромаш\n")
    assert picker.value() == 4
    assert picker.text() == "ООО «Ромашка»"
    assert picker.error() is None
    assert lookup.searches[-1][0] == CLIENTS


def test_type_ahead_fills_the_drop_down(
    qtbot, picker: ReferencePicker, lookup: FakeLookup, type_text
) -> None:
    type_text(picker.edit, "Jan")
    qtbot.waitUntil(lambda: picker.matches.rowCount() == 3, timeout=2000)
    assert lookup.searches[-1] == (CLIENTS, "Jan", 20)
    assert picker.completer.popup().isVisible()
    index = picker.completer.completionModel().index(2, 0)
    with qtbot.waitSignal(picker.changed):
        picker.completer.activated[type(index)].emit(index)
    assert picker.value() == 6
    assert picker.text() == "Jan Kowalczyk"


def test_exact_match_wins_over_longer_ones(picker: ReferencePicker, type_text) -> None:
    type_text(picker.edit, "jan kowalski")
    assert picker.value() == 1  # exact (case-insensitive) beats "Jan Kowalski Jr."


def test_ambiguous_or_unknown_text_is_flagged(picker: ReferencePicker, type_text) -> None:
    type_text(picker.edit, "Kowal\n")
    assert picker.value() is None
    assert picker.error()
    picker.edit.clear()
    type_text(picker.edit, "Nikt taki\n")
    assert picker.value() is None
    assert picker.error()


def test_set_value_shows_display_text_and_open_emits(qtbot, picker: ReferencePicker) -> None:
    assert not picker.open_button.isEnabled()
    with qtbot.assertNotEmitted(picker.changed):
        picker.set_value(3)
    assert picker.text() == "Zażółć Sp. z o.o."
    assert picker.value() == 3
    assert picker.open_button.isEnabled()
    with qtbot.waitSignal(picker.open_requested) as blocker:
        qtbot.mouseClick(picker.open_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [CLIENTS, 3]


def test_editing_after_pick_unpicks_and_clearing_empties(qtbot, picker: ReferencePicker, type_text) -> None:
    picker.set_value(5)
    with qtbot.waitSignal(picker.changed):
        type_text(picker.edit, "x")
    assert not picker.open_button.isEnabled()
    picker.edit.clear()
    assert picker.value() is None


def test_user_fields_use_the_users_object(qtbot, lookup: FakeLookup, type_text) -> None:
    widget = create_editor(FieldDef(id=31, name="Manager", type="user"), lookup)
    qtbot.addWidget(widget)
    assert isinstance(widget, ReferencePicker)
    assert widget.object_id == USERS_OBJECT_ID
    type_text(widget.edit, "Anna")
    assert widget.value() == 5
    assert lookup.searches[-1][0] == USERS_OBJECT_ID


def test_read_only_keeps_open_button(qtbot, picker: ReferencePicker, type_text) -> None:
    picker.set_value(1)
    picker.set_read_only(True)
    type_text(picker.edit, "xyz")
    assert picker.value() == 1
    assert picker.open_button.isEnabled()


def test_without_lookup_shows_the_id(qtbot) -> None:
    widget = ReferencePicker(FieldDef(id=32, name="X", type="reference", target=1), None)
    qtbot.addWidget(widget)
    widget.set_value(12)
    assert widget.text() == "#12"
    assert widget.value() == 12
