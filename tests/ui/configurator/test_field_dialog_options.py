"""The field dialog's option panels come from the UI registry: a number's smallest and largest value are saved."""

from __future__ import annotations

from decimal import Decimal

from cfg_driving import add_object, choose
from PySide6.QtWidgets import QDialogButtonBox

from supasoft.configurator.common import type_label
from supasoft.configurator.field_dialog import FieldDialog


def shown(dialog: FieldDialog, name: str) -> bool:
    return not getattr(dialog, name).isHidden()


def test_min_and_max_typed_into_the_dialog_reach_the_configuration(window, modal, session, qtbot):  # type: ignore[no-untyped-def]
    obj = add_object(window, modal, "Product", "Products")
    seen: dict[str, object] = {}

    def fill(dialog: FieldDialog) -> None:
        dialog.name.setText("Discount")
        choose(dialog.type, type_label("decimal"))
        seen["range shown"] = shown(dialog, "minimum") and shown(dialog, "maximum")
        seen["length hidden"] = not shown(dialog, "length")
        qtbot.keyClicks(dialog.minimum, "0")
        qtbot.keyClicks(dialog.maximum, "1")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    modal(FieldDialog, fill)
    window.fields.buttons["add"].click()
    modal.check()
    discount = session.configuration.object(obj).field_by_name("Discount")
    assert discount is not None
    assert (discount.minimum, discount.maximum) == (0, 1)
    assert seen == {"range shown": True, "length hidden": True}

    def edit(dialog: FieldDialog) -> None:
        seen["loaded"] = (dialog.minimum.text(), dialog.maximum.text())
        dialog.maximum.setText("0,5")  # the Polish decimal comma is understood
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    modal(FieldDialog, edit)
    window.fields.table.selectRow(0)
    window.fields.buttons["edit"].click()
    modal.check()
    assert seen["loaded"] == ("0", "1")
    discount = session.configuration.object(obj).field_by_name("Discount")
    assert (discount.minimum, discount.maximum) == (0, Decimal("0.5"))


def test_the_dialog_refuses_a_range_upside_down_or_not_a_number(window, modal, session, qtbot):  # type: ignore[no-untyped-def]
    obj = add_object(window, modal, "Product", "Products")
    said: list[str] = []

    def fill(dialog: FieldDialog) -> None:
        dialog.name.setText("Stock")
        choose(dialog.type, type_label("integer"))
        assert shown(dialog, "minimum") and not shown(dialog, "precision")
        dialog.minimum.setText("10")
        dialog.maximum.setText("5")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        said.append(dialog.message.text())
        dialog.maximum.setText("many")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        said.append(dialog.message.text())
        choose(dialog.type, type_label("string"))  # a text has no range: the typed limits are not saved
        said.append(str(shown(dialog, "minimum")))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    modal(FieldDialog, fill)
    window.fields.buttons["add"].click()
    modal.check()
    assert "smallest value is above the largest" in said[0]
    assert "largest value is not a number" in said[1]
    assert said[2] == "False"
    stock = session.configuration.object(obj).field_by_name("Stock")
    assert stock is not None and stock.type == "string" and (stock.minimum, stock.maximum) == (None, None)


def test_a_rating_field_gets_its_number_of_stars_from_the_dialog(window, modal, session, qtbot):  # type: ignore[no-untyped-def]
    obj = add_object(window, modal, "Client", "Clients")
    seen: dict[str, object] = {}

    def fill(dialog: FieldDialog) -> None:
        dialog.name.setText("Satisfaction")
        choose(dialog.type, type_label("rating"))
        seen["stars shown"] = not dialog.panels["stars"].spin.isHidden()
        seen["range hidden"] = not shown(dialog, "minimum")
        dialog.panels["stars"].spin.selectAll()
        qtbot.keyClicks(dialog.panels["stars"].spin, "7")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    modal(FieldDialog, fill)
    window.fields.buttons["add"].click()
    modal.check()
    satisfaction = session.configuration.object(obj).field_by_name("Satisfaction")
    assert satisfaction is not None and satisfaction.extra == {"stars": 7}
    assert seen == {"stars shown": True, "range hidden": True}

    def edit(dialog: FieldDialog) -> None:
        seen["loaded"] = dialog.panels["stars"].spin.value()
        dialog.panels["stars"].spin.setValue(4)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    modal(FieldDialog, edit)
    window.fields.table.selectRow(0)
    window.fields.buttons["edit"].click()
    modal.check()
    assert seen["loaded"] == 7
    assert session.configuration.object(obj).field_by_name("Satisfaction").extra == {"stars": 4}
