"""A rating on a real card and in a real detail grid: stars clicked or typed are what the record stores."""

from __future__ import annotations

from PySide6.QtCore import Qt

from supasoft.core.meta import DetailSetDef, FieldDef
from supasoft.widgets.card_form import CardForm
from supasoft.widgets.type_ui.rating import RatingEditor


def test_stars_clicked_on_a_card_are_saved_and_shown_again(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    cfg = session.configuration
    client = cfg.add_object("Client", "Clients")
    name = cfg.add_field(client.id, FieldDef(0, "Name", "string", length=50)).id
    mark = cfg.add_field(client.id, FieldDef(0, "Satisfaction", "rating", extra={"stars": 7})).id
    form = CardForm(session.records, client.id, preview_delay_ms=10)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    editor = form.editor(mark)
    assert isinstance(editor, RatingEditor) and editor.stars.count == 7
    form.editor(name).edit.setText("Zażółć")
    with qtbot.waitSignal(form.changed):
        qtbot.mouseClick(editor.stars, Qt.MouseButton.LeftButton, pos=editor.stars.star_center(6).toPoint())
    saved = session.records.save(form.record())
    stored = session.records.get(client.id, saved.id)
    assert stored.values[mark] == 6
    form.set_record(stored)
    assert form.editor(mark).stars.rating == 6
    form.set_read_only(True)
    qtbot.mouseClick(editor.stars, Qt.MouseButton.LeftButton, pos=editor.stars.star_center(1).toPoint())
    assert form.values()[mark] == 6


def test_a_rating_typed_into_a_detail_cell_reaches_the_line(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    cfg = session.configuration
    client = cfg.add_object("Client", "Clients")
    visit = cfg.add_object("Visit", "Visits")
    mark = cfg.add_field(visit.id, FieldDef(0, "Mark", "rating")).id
    link = cfg.add_link(visit.id, client.id, "Visits")
    cfg.save_detail_set(DetailSetDef(0, link.id, "Visits", [mark]))
    form = CardForm(session.records, client.id, preview_delay_ms=10)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    grid = next(iter(form.grids.values()))
    grid.add_line(edit=False)
    index = grid.model.index(0, grid.model.column_of(mark))
    grid.table.setCurrentIndex(index)
    grid.table.edit(index)
    qtbot.waitUntil(lambda: grid.table.indexWidget(index) is not None or grid.table.findChild(RatingEditor) is not None)
    cell = grid.table.findChild(RatingEditor)
    qtbot.keyClick(cell.stars, Qt.Key.Key_3)
    assert grid.model.line(0).values[mark] == 3
    assert grid.is_dirty()
