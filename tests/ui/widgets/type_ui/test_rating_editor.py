"""The rating editor through real widgets: click a star, click it again to clear, keys 1..N, 0 and arrows; cells paint stars."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QTableView

from supasoft.core.meta import Configuration, FieldDef, ObjectDef
from supasoft.services.record_model import Record
from supasoft.widgets.detail_model import DetailLinesModel, EditorDelegate
from supasoft.widgets.formatting import format_value
from supasoft.widgets.type_ui import PanelContext, create_editor
from supasoft.widgets.type_ui.rating import FILLED, RatingEditor, StarsPanel


def rating(stars: int | None = None) -> FieldDef:
    return FieldDef(id=9, name="Rating", type="rating", extra={} if stars is None else {"stars": stars})


def make(qtbot, f: FieldDef) -> RatingEditor:
    editor = create_editor(f)
    assert isinstance(editor, RatingEditor)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def click_star(qtbot, editor: RatingEditor, number: int) -> None:
    qtbot.mouseClick(editor.stars, Qt.MouseButton.LeftButton, pos=editor.stars.star_center(number).toPoint())


def is_gold(color: QColor) -> bool:
    return abs(color.red() - FILLED.red()) < 40 and abs(color.green() - FILLED.green()) < 40 and color.blue() < 90


def test_click_on_star_four_sets_four_and_the_same_star_again_clears(qtbot) -> None:
    editor = make(qtbot, rating())
    assert editor.value() is None
    with qtbot.waitSignal(editor.changed):
        click_star(qtbot, editor, 4)
    assert editor.value() == 4
    click_star(qtbot, editor, 2)
    assert editor.value() == 2
    with qtbot.waitSignal(editor.changed):
        click_star(qtbot, editor, 2)
    assert editor.value() is None


def test_keys_set_step_and_clear_the_rating(qtbot) -> None:
    editor = make(qtbot, rating())
    stars = editor.stars
    stars.setFocus()
    qtbot.keyClick(stars, Qt.Key.Key_3)
    assert editor.value() == 3
    qtbot.keyClick(stars, Qt.Key.Key_Right)
    assert editor.value() == 4
    for _ in range(3):
        qtbot.keyClick(stars, Qt.Key.Key_Left)
    assert editor.value() == 1
    qtbot.keyClick(stars, Qt.Key.Key_Left)  # below one star is empty, not zero stars
    assert editor.value() is None
    qtbot.keyClick(stars, Qt.Key.Key_End)
    assert editor.value() == 5
    qtbot.keyClick(stars, Qt.Key.Key_Right)  # never above the field's number of stars
    assert editor.value() == 5
    qtbot.keyClick(stars, Qt.Key.Key_7)  # a five-star field ignores 7
    assert editor.value() == 5
    qtbot.keyClick(stars, Qt.Key.Key_0)
    assert editor.value() is None


def test_the_number_of_stars_comes_from_the_field(qtbot) -> None:
    seven, three = make(qtbot, rating(7)), make(qtbot, rating(3))
    assert seven.stars.count == 7 and three.stars.count == 3
    assert seven.stars.sizeHint().width() > three.stars.sizeHint().width()
    click_star(qtbot, seven, 7)
    assert seven.value() == 7
    three.set_value(9)  # an old value above a lowered count shows as all stars
    assert three.stars.rating == 3


def test_set_value_is_silent_and_read_only_refuses_clicks_and_keys(qtbot) -> None:
    editor = make(qtbot, rating())
    with qtbot.assertNotEmitted(editor.changed):
        editor.set_value(3)
    assert editor.value() == 3
    editor.set_read_only(True)
    with qtbot.assertNotEmitted(editor.changed):
        click_star(qtbot, editor, 5)
        qtbot.keyClick(editor.stars, Qt.Key.Key_1)
    assert editor.value() == 3


def test_stars_are_painted_filled_then_empty(qtbot) -> None:
    editor = make(qtbot, rating())
    editor.set_value(2)
    image = editor.stars.grab().toImage()
    second, fourth = editor.stars.star_center(2).toPoint(), editor.stars.star_center(4).toPoint()
    assert is_gold(image.pixelColor(second))
    assert not is_gold(image.pixelColor(fourth))


def test_cells_show_stars_as_text_and_detail_grids_paint_them(qtbot) -> None:
    f = rating()
    assert format_value(f, 3, QLocale.c()) == "\u2605\u2605\u2605\u2606\u2606"
    assert format_value(f, None) == ""

    class Lookup:
        def search(self, object_id: int, text: str, limit: int = 20) -> list[tuple[int, str]]:
            return []

        def display(self, object_id: int, record_id: int) -> str:
            return ""

    model = DetailLinesModel([f], Lookup())
    model.set_lines([Record(1, values={9: 5}), Record(1, values={9: None})])
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setItemDelegate(EditorDelegate(model, Lookup(), view))
    view.setColumnWidth(0, 140)
    view.show()
    qtbot.waitExposed(view)
    image: QImage = view.viewport().grab().toImage()

    def gold_in(row: int) -> int:
        rect = view.visualRect(model.index(row, 0))
        return sum(is_gold(image.pixelColor(QPoint(x, y)))
                   for x in range(rect.left(), rect.right()) for y in range(rect.top(), rect.bottom()))

    assert gold_in(0) > 50  # five filled stars
    assert gold_in(1) == 0  # an empty rating: outlines only


def test_the_options_panel_sets_the_number_of_stars() -> None:
    obj = ObjectDef(1, "Product", "Products")
    panel = StarsPanel(PanelContext(Configuration(objects=[obj]), obj))
    assert panel.spin.value() == 5
    assert panel.values("rating") == {"extra": {"stars": 5}}
    panel.load(rating(8))
    assert panel.spin.value() == 8
    kept = StarsPanel(PanelContext(Configuration(objects=[obj]), obj, FieldDef(3, "R", "rating", extra={"note": 1})))
    kept.spin.setValue(4)
    assert kept.values("rating") == {"extra": {"note": 1, "stars": 4}}
