"""The UI registry: every core field type has an editor, known option panels and a cell text; plug-ins add types."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLineEdit

from supasoft.core.fieldtypes import field_types
from supasoft.core.meta import FieldDef
from supasoft.widgets.editors import LineEditor
from supasoft.widgets.field_editor import FieldEditor
from supasoft.widgets.formatting import format_value
from supasoft.widgets.type_ui import (
    OPTION_PANELS,
    TypeUI,
    condition_as_text,
    create_editor,
    options_of,
    register_editor,
    ui_types,
)


def field(key: str, **kw: object) -> FieldDef:
    return FieldDef(id=7, name="F", type=key, **kw)  # type: ignore[arg-type]


def test_every_core_type_has_a_ui_entry_with_an_editor_and_known_panels(qtbot) -> None:
    missing = set(field_types.keys()) - set(ui_types.keys())
    assert not missing, f"core types without a UI entry: {sorted(missing)}"
    for key in field_types.keys():
        entry = ui_types.get(key)
        assert entry.key == key
        assert set(entry.options) <= set(OPTION_PANELS), f"{key} names an unknown option panel"
        editor = create_editor(field(key, choices=("A",), target=1))
        qtbot.addWidget(editor)
        assert isinstance(editor, FieldEditor) and editor.objectName() == "field_7"


def test_unknown_types_have_no_entry_and_no_options() -> None:
    assert "hologram" not in ui_types
    assert ui_types.of(field("hologram")) is None
    assert options_of("hologram") == ()
    assert not condition_as_text(field("hologram"))
    with pytest.raises(KeyError):
        create_editor(field("hologram"))


def test_the_dialog_offers_exactly_the_options_core_reads() -> None:
    for key in field_types.keys():
        t = field_types.get(key)
        core = {spec.name for spec in dataclasses.fields(t.options_class)}
        offered = {name for panel in options_of(key) for name in OPTION_PANELS[panel].attributes}
        assert offered - {"result_type"} <= core, f"{key}: the dialog sets options core ignores"
        fixed = set() if t.has_length else {"length"}  # long text has a length, but not one the admin sets
        assert core - fixed <= offered, f"{key}: core options the dialog cannot set: {core - fixed - offered}"
        assert ("length" in options_of(key)) == t.has_length, key


def test_a_plug_in_type_registers_its_editor_and_cell_text(qtbot) -> None:
    class Shout(LineEditor):
        pass

    try:
        ui_types.register(TypeUI("shout", lambda f, lookup, parent: Shout(f, parent),
                                 formatter=lambda f, value, locale: f"{value}!"))
        editor = create_editor(field("shout"))
        qtbot.addWidget(editor)
        assert isinstance(editor, Shout) and isinstance(editor.edit, QLineEdit)
        assert format_value(field("shout"), "hej", QLocale.c()) == "hej!"
        register_editor("shout", lambda f, lookup, parent: LineEditor(f, parent))
        replaced = create_editor(field("shout"))
        qtbot.addWidget(replaced)
        assert type(replaced) is LineEditor
        assert ui_types.get("shout").formatter is not None  # replacing the editor keeps the rest
    finally:
        ui_types._entries.pop("shout", None)


def test_number_editors_take_their_typing_pattern_from_the_entry(qtbot) -> None:
    whole = create_editor(field("integer"))
    exact = create_editor(field("decimal", scale=2))
    qtbot.addWidget(whole)
    qtbot.addWidget(exact)
    qtbot.keyClicks(whole.edit, "12,5")
    qtbot.keyClicks(exact.edit, "12,5")
    assert whole.edit.text() == "125"  # an integer field refuses the decimal comma while typing
    assert exact.value() == Decimal("12.5")
