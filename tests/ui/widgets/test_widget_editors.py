"""Field editors: every type round-trips set_value/value; typed Polish and Russian text survives."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtWidgets import QWidget

from supasoft.core.fieldtypes import FileValue, field_types
from supasoft.core.meta import FieldDef
from supasoft.widgets.editors import (
    BooleanEditor,
    ChoiceEditor,
    FieldEditor,
    NumberEditor,
    ReferencePicker,
    StringEditor,
    TextEditor,
    create_editor,
)
from supasoft.widgets.type_ui import ui_types

NBSP = "\u00a0"


@pytest.fixture(autouse=True)
def polish_locale():
    old = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Polish, QLocale.Country.Poland))
    yield
    QLocale.setDefault(old)


def f(type_: str, **kw: object) -> FieldDef:
    return FieldDef(id=5, name="F", type=type_, **kw)  # type: ignore[arg-type]


def make(qtbot, field: FieldDef, lookup=None) -> FieldEditor:
    editor = create_editor(field, lookup)
    qtbot.addWidget(editor)
    return editor


class NullLookup:
    def search(self, object_id: int, text: str, limit: int = 20) -> list[tuple[int, str]]:
        return []

    def display(self, object_id: int, record_id: int) -> str:
        return f"Rekord {record_id}"


SAMPLES: list[tuple[FieldDef, object]] = [
    (f("string"), "Zażółć gęślą jaźń"),
    (f("string"), "Съешь же ещё этих мягких французских булок"),
    (f("text"), "Wiersz pierwszy\nВторая строка\n\tz tabulatorem"),
    (f("email"), "jan.kowalski@example.pl"),
    (f("phone"), "+48 12 345 67 89"),
    (f("url"), "https://example.pl/zażółć"),
    (f("integer"), 1234567),
    (f("integer"), -(2**62)),
    (f("decimal", scale=3), Decimal("-1234.125")),
    (f("money"), Decimal("1234567.50")),
    (f("money"), Decimal("0.05")),
    (f("float"), 3.14159),
    (f("float"), -2.5e-7),
    (f("date"), dt.date(2024, 2, 29)),
    (f("date"), dt.date(1901, 1, 1)),
    (f("datetime"), dt.datetime(2024, 3, 31, 2, 30, 15)),  # a DST gap in Poland: must survive
    (f("boolean"), True),
    (f("boolean"), False),
    (f("choice", choices=("Nowy", "W trakcie", "Закрыт")), "Закрыт"),
    (f("reference", target=3), 42),
    (f("user"), 7),
    (f("file"), FileValue(name="umowa.pdf", file_id=9, size=1234)),
    (f("file"), FileValue(name="zażółć.bin", data=b"\x00\x01\xff")),
    (f("formula", result_type="number", scale=2), Decimal("12.50")),
]


def test_every_field_type_has_an_editor(qtbot) -> None:
    assert set(field_types.keys()) <= set(ui_types.keys())
    for key in field_types.keys():
        editor = make(qtbot, f(key, choices=("A",), target=1))
        assert isinstance(editor, FieldEditor)
        assert editor.objectName() == "field_5"
    with pytest.raises(KeyError):
        create_editor(f("hologram"))


@pytest.mark.parametrize(("field", "sample"), SAMPLES, ids=lambda v: getattr(v, "type", repr(v)[:20]))
def test_round_trip(qtbot, field: FieldDef, sample: object) -> None:
    editor = make(qtbot, field, NullLookup())
    with qtbot.assertNotEmitted(editor.changed):
        editor.set_value(sample)
    assert editor.value() == sample
    empty = False if field.type == "boolean" else None
    if field.type != "formula":
        editor.set_value(None)
        assert editor.value() == empty


@pytest.mark.parametrize("text", ["Zażółć gęślą jaźń", "Клиент «Ромашка» №1", "Łódź-Śródmieście"])
def test_typed_unicode_in_string_editor(qtbot, type_text, text: str) -> None:
    editor = make(qtbot, f("string"))
    with qtbot.waitSignal(editor.changed):
        type_text(editor.edit, text)
    assert editor.value() == text


def test_typed_multiline_text(qtbot, type_text) -> None:
    editor = make(qtbot, f("text"))
    assert isinstance(editor, TextEditor)
    type_text(editor.edit, "Pierwsza linia\nВторая")
    assert editor.value() == "Pierwsza linia\nВторая"


def test_max_length(qtbot) -> None:
    assert make(qtbot, f("string")).edit.maxLength() == 255
    assert make(qtbot, f("string", length=10)).edit.maxLength() == 10
    assert make(qtbot, f("phone")).edit.maxLength() == 40
    assert make(qtbot, f("email", length=80)).edit.maxLength() == 80


def test_money_accepts_spaced_comma_input_and_reshows_it(qtbot, type_text) -> None:
    editor = make(qtbot, f("money"))
    assert isinstance(editor, NumberEditor)
    assert editor.edit.alignment() & Qt.AlignmentFlag.AlignRight
    type_text(editor.edit, "1 234,50")
    assert editor.value() == Decimal("1234.50")
    type_text(editor.edit, "\n")  # Return finishes editing
    assert editor.edit.text() == f"1{NBSP}234,50"
    assert editor.value() == Decimal("1234.50")
    editor.set_value(Decimal("-9876543.2"))
    assert editor.edit.text() == f"-9{NBSP}876{NBSP}543,20"


def test_number_editor_rejects_letters_and_flags_bad_input(qtbot, type_text) -> None:
    editor = make(qtbot, f("integer"))
    type_text(editor.edit, "12a3")
    assert editor.edit.text() == "123"
    assert editor.value() == 123
    editor.set_value(None)
    type_text(editor.edit, "99999999999999999999\n")
    assert editor.value() == "99999999999999999999"  # raw text: the service reports "is too large"
    assert editor.error()
    assert "border" in editor.edit.styleSheet()
    editor.edit.clear()
    type_text(editor.edit, "7\n")
    assert editor.value() == 7
    assert editor.error() is None


def test_email_validation_on_leave(qtbot, type_text) -> None:
    editor = make(qtbot, f("email"))
    type_text(editor.edit, "nie-email\n")
    assert editor.error()
    assert editor.edit.toolTip() == editor.error()


def test_show_error_and_clear(qtbot) -> None:
    editor = make(qtbot, f("string", description="Nazwa klienta"))
    editor.show_error("Pole wymagane")
    assert editor.error() == "Pole wymagane"
    assert editor.toolTip() == "Pole wymagane"
    assert "#c62828" in editor.input_widget().styleSheet()
    editor.show_error(None)
    assert editor.error() is None
    assert editor.input_widget().styleSheet() == ""
    assert editor.toolTip() == "Nazwa klienta"


def test_read_only(qtbot, type_text) -> None:
    editor = make(qtbot, f("string"))
    editor.set_value("stałe")
    editor.set_read_only(True)
    type_text(editor.edit, "x")
    assert editor.value() == "stałe"
    check = make(qtbot, f("boolean"))
    assert isinstance(check, BooleanEditor)
    check.show()
    qtbot.waitExposed(check)
    box = QPoint(6, check.check.height() // 2)  # on the indicator
    check.set_read_only(True)
    qtbot.mouseClick(check.check, Qt.MouseButton.LeftButton, pos=box)
    assert check.value() is False
    check.set_read_only(False)
    with qtbot.waitSignal(check.changed):
        qtbot.mouseClick(check.check, Qt.MouseButton.LeftButton, pos=box)
    assert check.value() is True


def test_choice_combo(qtbot) -> None:
    editor = make(qtbot, f("choice", choices=("Nowy", "W trakcie", "Закрыт")))
    assert isinstance(editor, ChoiceEditor)
    assert [editor.combo.itemText(i) for i in range(editor.combo.count())] == [
        "",
        "Nowy",
        "W trakcie",
        "Закрыт",
    ]
    assert editor.value() is None
    editor.set_value("w trakcie")
    assert editor.value() == "W trakcie"
    with qtbot.waitSignal(editor.changed):
        editor.combo.setCurrentIndex(3)
    assert editor.value() == "Закрыт"
    editor.set_value("Archiwalny")  # no longer in the list: kept, not lost
    assert editor.value() == "Archiwalny"
    editor.combo.setCurrentIndex(0)
    assert editor.value() is None


def test_formula_is_read_only_and_formatted(qtbot) -> None:
    editor = make(qtbot, f("formula", result_type="number", scale=2))
    editor.set_value(Decimal("1234.5"))
    assert editor.edit.isReadOnly()
    assert editor.edit.text() == f"1{NBSP}234,50"
    editor.set_read_only(False)
    assert editor.edit.isReadOnly()


def test_reference_editor_is_a_picker(qtbot) -> None:
    editor = make(qtbot, f("reference", target=3), NullLookup())
    assert isinstance(editor, ReferencePicker)
    editor.set_value(12)
    assert editor.text() == "Rekord 12"


def test_string_editor_class(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    editor = create_editor(f("url"), None, parent)
    assert isinstance(editor, StringEditor) and editor.parent() is parent
