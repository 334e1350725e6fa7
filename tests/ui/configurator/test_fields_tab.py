"""The field dialog refuses incomplete input, type changes preview lost values, deleting lists the uses."""

from __future__ import annotations

from cfg_driving import add_field, add_object, answer, choose, click_ok, fill_field
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from supasoft.configurator.field_dialog import FieldDialog
from supasoft.configurator.type_change_dialog import TypeChangeDialog


def press_ok_expect_refusal(dialog: FieldDialog) -> str:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible(), "the dialog closed although something was missing"
    return dialog.message.text()


def test_field_dialog_refuses_incomplete_input_and_says_what(window, modal, session):  # type: ignore[no-untyped-def]
    obj = add_object(window, modal, "Client", "Clients")
    add_field(window, modal, "Name", "String")
    said: list[str] = []

    def attempts(dialog: FieldDialog) -> None:
        fill_field(dialog, "", "String")
        said.append(press_ok_expect_refusal(dialog))
        fill_field(dialog, "Manager", "Reference")
        said.append(press_ok_expect_refusal(dialog))
        fill_field(dialog, "Kind", "Choice list")
        said.append(press_ok_expect_refusal(dialog))
        fill_field(dialog, "Double", "Formula", formula="{Name} & {Nmae}")
        said.append(press_ok_expect_refusal(dialog))
        said.append(str(dialog.formula.marked_range()))
        fill_field(dialog, "Count", "Integer", default="many")
        said.append(press_ok_expect_refusal(dialog))
        dialog.reject()

    modal(FieldDialog, attempts)
    window.fields.buttons["add"].click()
    modal.check()
    assert "name" in said[0].lower()
    assert "external object" in said[1]
    assert "choice" in said[2].lower()
    assert "formula does not work" in said[3].lower()
    assert said[4] == "(10, 14)"  # the misspelt name Nmae is underlined
    assert "default" in said[5].lower()
    assert [f.name for f in session.configuration.object(obj).fields] == ["Name"]


def test_formula_editor_checks_live_inserts_fields_and_previews(window, modal, session, qtbot):  # type: ignore[no-untyped-def]
    obj = add_object(window, modal, "Item", "Items")
    price = add_field(window, modal, "Price", "Money")
    record = session.records.new(obj)
    record.values[price] = "12.50"
    session.records.save(record)
    seen: dict[str, object] = {}

    def use_editor(dialog: FieldDialog) -> None:
        fill_field(dialog, "Gross", "Formula")
        editor = dialog.formula
        editor.fields.setCurrentItem(editor.fields.topLevelItem(0))
        editor.fields.itemDoubleClicked.emit(editor.fields.topLevelItem(0), 0)
        editor.text.insertPlainText(" * 2")
        qtbot.waitUntil(lambda: editor.compiled is not None, timeout=2000)
        seen["text"] = editor.formula()
        seen["preview"] = editor.preview.text()
        editor.functions.setCurrentRow(list(editor.functions.item(i).text() for i in range(editor.functions.count())).index("SUM({Collection.Field})"))
        seen["help"] = editor.help.text()
        click_ok(dialog)

    modal(FieldDialog, use_editor)
    window.fields.buttons["add"].click()
    modal.check()
    assert seen["text"] == "{Price} * 2"
    assert "25" in str(seen["preview"])
    assert "child records" in str(seen["help"])
    gross = session.configuration.object(obj).field_by_name("Gross")
    assert gross is not None and gross.formula == "{Price} * 2"


def test_type_change_previews_values_that_will_not_convert_and_keeps_them(window, modal, session):  # type: ignore[no-untyped-def]
    obj = add_object(window, modal, "Box", "Boxes")
    size = add_field(window, modal, "Size", "String")
    for text in ("12", "abc", "7"):
        r = session.records.new(obj)
        r.values[size] = text
        session.records.save(r)
    shown: dict[str, object] = {}

    def retype(dialog: FieldDialog) -> None:
        choose(dialog.type, "Integer")

        def preview(change: TypeChangeDialog) -> None:
            shown["summary"] = change.summary.text()
            shown["failures"] = [change.failures.item(i).text() for i in range(change.failures.count())]
            change.refuse.setChecked(True)
            change.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
            shown["refused"] = change.message.text()
            change.keep.setChecked(True)
            change.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

        modal(TypeChangeDialog, preview)
        click_ok(dialog)

    modal(FieldDialog, retype)
    window.fields.select_field(size)
    window.fields.buttons["edit"].click()
    modal.check()
    assert "3 value(s): 2 convert, 1 would not convert" in str(shown["summary"])
    assert any("abc" in line for line in shown["failures"])  # type: ignore[union-attr]
    assert "abc" in str(shown["refused"])
    fields = {f.name: f for f in session.configuration.object(obj).fields}
    assert fields["Size"].type == "integer"
    kept = fields["Size (old value)"]
    values = [(r.values[size], r.values[kept.id]) for r in (session.records.get(obj, i) for i in (1, 2, 3))]
    assert values == [(12, None), (None, "abc"), (7, None)]


def test_deleting_a_used_field_lists_its_uses_and_asks(window, modal, session):  # type: ignore[no-untyped-def]
    obj = add_object(window, modal, "Line", "Lines")
    price = add_field(window, modal, "Price", "Money")
    add_field(window, modal, "Doubled", "Formula", formula="{Price} * 2")
    seen: list[str] = []
    modal(QMessageBox, lambda box: answer(box, False, seen))
    window.fields.select_field(price)
    window.fields.buttons["delete"].click()
    modal.check()
    assert "formula: Line.Doubled" in seen[0] and "backup" in seen[0]
    assert session.configuration.object(obj).field_by_name("Price") is not None
    modal(QMessageBox, lambda box: answer(box, True, seen))
    window.fields.select_field(price)
    window.fields.buttons["delete"].click()
    modal.check()
    assert session.configuration.object(obj).field_by_name("Price") is None
    assert session.configuration.object(obj).field_by_name("Doubled") is None  # the listed use goes with it
    assert window.fields.table.rowCount() == 0


def test_undo_add_field_and_rename(window, modal, session):  # type: ignore[no-untyped-def]
    obj = add_object(window, modal, "Pet", "Pets")
    name = add_field(window, modal, "Name", "String")

    def rename(dialog: FieldDialog) -> None:
        dialog.name.setText("Nickname")
        click_ok(dialog)

    modal(FieldDialog, rename)
    window.fields.select_field(name)
    window.fields.buttons["edit"].click()
    modal.check()
    assert session.configuration.object(obj).field_by_id(name).name == "Nickname"
    window.undo_action.trigger()
    assert session.configuration.object(obj).field_by_id(name).name == "Name"
    window.undo_action.trigger()
    assert session.configuration.object(obj).fields == []
    window.redo_action.trigger()
    assert [f.name for f in session.configuration.object(obj).fields] == ["Name"]
