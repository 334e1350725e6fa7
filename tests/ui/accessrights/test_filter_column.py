"""The Filter column of Object rights: a long saved filter ends in "…" in its cell, the tooltip tells it all."""

from __future__ import annotations

from access_driving import PASSWORD
from PySide6.QtCore import QPoint
from PySide6.QtGui import QImage

from supasoft.accessrights.access_window import AccessRightsWindow
from supasoft.core.meta import Condition, FilterGroup
from supasoft.services.session import Session
from supasoft.services.setup import lite_ids


def test_a_long_filter_is_cut_with_an_ellipsis_and_shown_whole_in_the_tooltip(lite: Session, qtbot) -> None:  # noqa: ANN001
    ids = lite_ids(lite)
    lite.users.create_user("admin", PASSWORD, "Ada")
    lite.login("admin", PASSWORD)
    sales = lite.users.create_group("Sales")
    window = AccessRightsWindow(lite)
    qtbot.addWidget(window)
    window.resize(900, 500)
    window.show()
    qtbot.waitExposed(window)
    tab = window.object_tab
    assert tab.principal.select(("group", sales))
    row = tab.row(ids["task"])
    row.level.setCurrentIndex(row.level.findData("change"))
    titles = [f"Call customer number {n} about the renewal of the yearly service contract" for n in range(4)]
    row.filter = FilterGroup("or", [Condition((ids["task.title"],), "eq", t) for t in titles])
    row.scope.setCurrentIndex(row.scope.findData("filter"))
    window.tabs.setCurrentWidget(tab)
    button = tab.row(ids["task"]).filter_button  # the grant was saved: the rows are read again
    qtbot.waitUntil(lambda: button.isVisible() and button.width() > 0)
    whole = button.text()
    assert all(t in whole for t in titles)
    assert button.toolTip() == whole
    shown = button.shown_text()
    assert shown.endswith("\u2026") and len(shown) < len(whole)
    assert button.fontMetrics().horizontalAdvance(shown) <= button.width()
    picture: QImage = button.grab().toImage()  # painted: the text stops before the right edge (nothing clipped)
    edge = picture.width() - 3
    background = picture.pixelColor(QPoint(edge, 1))
    assert all(picture.pixelColor(QPoint(edge, y)) == background for y in range(picture.height()))
