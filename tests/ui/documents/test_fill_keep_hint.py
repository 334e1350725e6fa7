"""The fill dialog of an object without a file field says how documents could be kept on its records, instead of
silently offering no such choice; with a file field the choice is there and the hint is not."""

from __future__ import annotations

from typing import Any

from pytestqt.qtbot import QtBot

from supasoft.core.meta import FieldDef
from supasoft.documents.fill_dialog import FillDialog
from supasoft.services.session import Session


def test_without_a_file_field_the_dialog_says_how_to_keep_documents(qtbot: QtBot, lite: Session, order: dict[str, Any]) -> None:
    dialog = FillDialog(lite, order["order"], [order["the_order"]])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.keep_button.isVisible()
    assert dialog.keep_hint.isVisible() and "add a file field" in dialog.keep_hint.text()
    assert lite.records.obj(order["order"]).name in dialog.keep_hint.text()


def test_with_a_file_field_the_keep_choice_replaces_the_hint(qtbot: QtBot, lite: Session, order: dict[str, Any]) -> None:
    lite.configuration.add_field(order["order"], FieldDef(0, "Documents", "file"))
    dialog = FillDialog(lite, order["order"], [order["the_order"]])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.keep_button.isVisible() and not dialog.keep_hint.isVisible()
