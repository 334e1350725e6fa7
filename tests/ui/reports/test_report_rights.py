"""The designer offers only what the user may report on: objects with the report right, fields they may see."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from supasoft.reports.designer import ReportDesigner
from supasoft.reports.menu import install_reports
from supasoft.services.session import Session
from supasoft.settings import Settings
from supasoft.shell.main_window import MainWindow

PASSWORD = "pass-word-1"


@pytest.fixture
def analyst(lite: Session, ids: dict[str, int]) -> Session:
    """May read clients and orders, report on orders only, and not see an order's total."""
    lite.users.create_user("boss", PASSWORD, "Boss")
    analyst = lite.users.create_user("ann", PASSWORD, "Ann Analyst")
    lite.users.grant(("user", analyst), ids["client"], "read")
    lite.users.grant(("user", analyst), ids["order"], "read", flags=("report",))
    lite.users.grant_field(("user", analyst), ids["order"], ids["order.total"], "hidden")
    lite.login("ann", PASSWORD)
    return lite


def test_only_reportable_objects_and_visible_fields(qtbot, analyst: Session, ids: dict[str, int]) -> None:  # noqa: ANN001
    designer = ReportDesigner(analyst)
    qtbot.addWidget(designer)
    assert [designer.object_box.itemData(i) for i in range(designer.object_box.count())] == [ids["order"]]
    assert designer.fields.item_for((ids["order.date"],)) is not None
    assert designer.fields.item_for((ids["order.total"],)) is None


@pytest.fixture
def nobody_window(qtbot, lite: Session, ids: dict[str, int]) -> Iterator[MainWindow]:  # noqa: ANN001
    lite.users.create_user("boss", PASSWORD, "Boss")
    reader = lite.users.create_user("rita", PASSWORD, "Rita Reader")
    lite.users.grant(("user", reader), ids["client"], "read")
    lite.login("rita", PASSWORD)
    w = MainWindow(lite, Settings(), database_label="office.db")
    qtbot.addWidget(w)
    yield w
    w.relay.detach()


def test_new_report_is_greyed_out_without_any_report_right(nobody_window: MainWindow) -> None:
    menu = install_reports(nobody_window)
    new = next(a for a in menu.actions() if a.objectName() == "action_new_report")
    assert not new.isEnabled() and "may not build reports" in new.toolTip()
