"""A structure change the service refuses is told in the Configurator in the admin's language."""

from __future__ import annotations

from pathlib import Path

import pytest
from cfg_driving import answer
from PySide6.QtWidgets import QMessageBox

from supasoft.configurator.common import show_error
from supasoft.core.errors import ConversionError, InUseError
from supasoft.core.meta import FieldDef
from supasoft.services.session import open_session


def _error_box_text(box: QMessageBox, seen: list[str]) -> None:
    assert box.objectName() == "error_box", box.text()
    seen.append(box.text())
    box.accept()


def test_deleting_a_field_another_admin_removed_meanwhile_is_refused_in_polish(  # type: ignore[no-untyped-def]
        window, modal, session, translations, tmp_path: Path):
    cfg = session.configuration
    line = cfg.add_object("Line", "Lines")
    price = cfg.add_field(line.id, FieldDef(0, "Price", "money"))
    window.objects.select(line.id)
    window.fields.select_field(price.id)
    translations("pl")
    seen: list[str] = []

    def other_admin_deletes_then_yes(box: QMessageBox) -> None:
        other = open_session(tmp_path / "crm.db", backup_folder=tmp_path / "other-backups")
        try:
            other.configuration.delete_field(line.id, price.id)
        finally:
            other.close()
        modal(QMessageBox, lambda error_box: _error_box_text(error_box, seen))
        answer(box, True)

    modal(QMessageBox, other_admin_deletes_then_yes)
    assert window.fields.delete_field() is False
    modal.check()
    assert seen == [f"Line nie ma pola nr {price.id}"]


@pytest.mark.parametrize(("language", "expected"), [
    ("pl", "Pole 'Price' jest nadal w użyciu (formuła: Line.Doubled). Najpierw usuń te użycia albo usuń kaskadowo."),
    ("ru", "Поле 'Price' ещё используется (формула: Line.Doubled). Сначала уберите эти использования или удалите каскадно."),
])
def test_a_field_used_by_a_formula_is_refused_in_the_admins_language(  # type: ignore[no-untyped-def]
        window, modal, session, translations, language: str, expected: str):
    cfg = session.configuration
    line = cfg.add_object("Line", "Lines")
    price = cfg.add_field(line.id, FieldDef(0, "Price", "money"))
    cfg.add_field(line.id, FieldDef(0, "Doubled", "formula", formula="{Price} * 2"))
    with pytest.raises(InUseError) as refused:
        cfg.delete_field(line.id, price.id)
    translations(language)
    seen: list[str] = []
    modal(QMessageBox, lambda box: _error_box_text(box, seen))
    show_error(window.fields, refused.value)
    modal.check()
    assert seen == [expected]


def test_a_type_change_that_cannot_convert_is_refused_in_polish(window, modal, session, translations):  # type: ignore[no-untyped-def]
    cfg = session.configuration
    line = cfg.add_object("Line", "Lines")
    size = cfg.add_field(line.id, FieldDef(0, "Size", "string"))
    for value in ("12", "abc"):
        record = session.records.new(line.id)
        record.values[size.id] = value
        session.records.save(record)
    with pytest.raises(ConversionError) as refused:
        cfg.change_field_type(line.id, size.id, type="integer")
    translations("pl")
    seen: list[str] = []
    modal(QMessageBox, lambda box: _error_box_text(box, seen))
    show_error(window.fields, refused.value)
    modal.check()
    assert seen == ["Nie da się przekonwertować wartości pola 'Size' (liczba: 1): 'abc'"]
