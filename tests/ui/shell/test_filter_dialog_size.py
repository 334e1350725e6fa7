"""The filter builder is as big as its conditions need, grows as conditions are added, and stays on the screen."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from supasoft.core.meta import Condition, FilterGroup
from supasoft.services.session import Session
from supasoft.shell.filter_dialog import MIN_WIDTH, FilterBuilderDialog
from supasoft.widgets.screen_fit import available_area


def scrolls(dialog: FilterBuilderDialog) -> bool:
    return dialog.scroll.verticalScrollBar().maximum() > 0


def test_the_builder_fits_its_conditions_and_the_screen(qtbot, lite: Session, ids: dict[str, int]) -> None:  # noqa: ANN001
    names = ["Acme", "Globex", "Initech", "Umbrella"]
    current = FilterGroup("or", [Condition((ids["client.name"],), "contains", n) for n in names])
    dialog = FilterBuilderDialog(lite.configuration.config, ids["client"], current)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    area = available_area(dialog)
    QApplication.processEvents()
    assert not scrolls(dialog)  # four conditions: all in view (a fixed 300 px height scrolled them)
    assert dialog.width() >= MIN_WIDTH and dialog.height() <= area.height()
    assert area.contains(dialog.frameGeometry())
    before = dialog.height()
    dialog.root.add_condition()
    qtbot.waitUntil(lambda: dialog.height() > before)  # the new row gets room
    qtbot.waitUntil(lambda: not scrolls(dialog))
    for _ in range(20):  # far more rows than the screen holds: the dialog stops at the screen and scrolls
        dialog.root.add_condition()
    qtbot.waitUntil(lambda: scrolls(dialog))
    assert dialog.frameGeometry().height() <= area.height() and area.contains(dialog.frameGeometry().topLeft())
    assert dialog.buttons.isVisible() and dialog.rect().contains(dialog.buttons.geometry())
