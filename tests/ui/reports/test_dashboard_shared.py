"""Dashboards stored in the database, in the UI: switch among them, make, rename and delete one, share it (only with
the right to change the structure), arrange its tiles and columns; a viewer without rights sees a shared dashboard
read-only and a tile of a report hidden from them as unavailable; the dashboard once kept in preferences moves in."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QToolButton, QWidget

from supasoft.reports.dashboard import (
    CURRENT_KEY,
    PREFS_KEY,
    DashboardTab,
    Tile,
    TileWidget,
    UnavailableTile,
    open_dashboard,
)
from supasoft.shell.main_window import MainWindow
from tests.ui.shell.modal import press, when_shown


def opened(qtbot, window: MainWindow) -> DashboardTab:  # noqa: ANN001
    board = open_dashboard(window)
    qtbot.waitUntil(lambda: not board.is_running(), timeout=15_000)
    return board


def names(board: DashboardTab) -> list[str]:
    return [board.choice.itemText(i) for i in range(board.choice.count())]


def test_switch_make_rename_arrange_and_delete(qtbot, reports_window: MainWindow) -> None:  # noqa: ANN001
    board = opened(qtbot, reports_window)
    assert names(board) == ["Overview (shared)"] and len(board.widgets) == 4 and board.editable
    overview = board.board.id
    report_ids = [t.report_id for t in board.tiles()]
    mine = board.new_dashboard("Mine")
    assert board.board.id == mine and board.tiles() == [] and names(board) == ["Mine", "Overview (shared)"]
    board.add(Tile(report_ids[1], "table"))
    board.add(Tile(report_ids[0], "bar"))
    qtbot.waitUntil(lambda: not board.is_running(), timeout=15_000)
    first = board.widgets[0]
    qtbot.mouseClick(first.findChild(QToolButton, "tile_later"), Qt.MouseButton.LeftButton)  # arrange: move it later
    assert board.tiles() == [Tile(report_ids[0], "bar"), Tile(report_ids[1], "table")]
    board.columns_box.setCurrentIndex(board.columns_box.findData(1))
    board.columns_box.activated.emit(board.columns_box.currentIndex())
    assert [board.grid.getItemPosition(board.grid.indexOf(w))[:2] for w in board.widgets] == [(0, 0), (1, 0)]
    stored = board.service.load(mine)
    assert stored.columns == 1 and [(t.report_id, t.view) for t in stored.tiles] == [(report_ids[0], "bar"), (report_ids[1], "table")]
    board.set_columns(2)
    board.add(Tile(report_ids[2], "kpi"))
    qtbot.mouseClick(board.widgets[1].findChild(QToolButton, "tile_wide"), Qt.MouseButton.LeftButton)  # a whole row
    assert [board.grid.getItemPosition(board.grid.indexOf(w)) for w in board.widgets] == [(0, 0, 1, 1), (1, 0, 1, 2), (2, 0, 1, 1)]
    assert [t.wide for t in board.service.load(mine).tiles] == [False, True, False]
    qtbot.mouseClick(board.widgets[1].findChild(QToolButton, "tile_wide"), Qt.MouseButton.LeftButton)  # and back
    assert [board.grid.getItemPosition(board.grid.indexOf(w)) for w in board.widgets] == [(0, 0, 1, 1), (0, 1, 1, 1), (1, 0, 1, 1)]
    board.remove(board.widgets[2])
    board.choice.setCurrentIndex(board.choice.findData(overview))  # switch
    assert board.board.id == overview and len(board.widgets) == 4
    board.choose(mine)
    board.rename_dashboard("Mine, renamed")
    assert names(board) == ["Mine, renamed", "Overview (shared)"] and board.board.id == mine
    reports_window.close_tab(reports_window.tabs.indexOf(board))
    again = opened(qtbot, reports_window)  # the last dashboard looked at comes back
    assert again is not board and again.board.id == mine and again.tiles() == [Tile(report_ids[0], "bar"), Tile(report_ids[1], "table")]
    again.delete_dashboard()
    assert names(again) == ["Overview (shared)"] and again.board.id == overview


def test_share_a_dashboard_with_the_right(qtbot, reports_window: MainWindow) -> None:  # noqa: ANN001
    board = opened(qtbot, reports_window)
    board.new_dashboard("Team")
    assert board.share_box.isEnabled() and not board.share_box.isChecked()
    qtbot.mouseClick(board.share_box, Qt.MouseButton.LeftButton)
    assert board.board.shared and board.share_box.isChecked() and "Team (shared)" in names(board)
    assert next(d for d in board.service.list() if d.name == "Team").shared


def test_a_viewer_sees_the_shared_dashboard_read_only_with_hidden_reports_unavailable(
        qtbot, viewer_window: MainWindow) -> None:  # noqa: ANN001
    board = opened(qtbot, viewer_window)
    overview = next(d.id for d in board.service.list() if d.shared)
    board.choose(overview)
    qtbot.waitUntil(lambda: not board.is_running(), timeout=15_000)
    assert not board.editable and not board.share_box.isEnabled() and not board.rename_button.isEnabled()
    assert not board.add_button.isEnabled() and not board.delete_button.isEnabled()
    kinds = [type(w) for w in board.widgets]
    assert kinds == [TileWidget, TileWidget, UnavailableTile, UnavailableTile]  # payments and tasks are not hers
    assert all(w.result is not None for w in board.widgets[:2])
    hidden = board.widgets[2]
    assert "Payments" not in hidden.title.text() and hidden.result is None
    assert not any(b.isVisible() for w in board.widgets for b in w.findChildren(QToolButton) if b.objectName().startswith("tile_"))
    before = board.tiles()
    board.move(board.widgets[0], 1)  # nothing changes on a dashboard she may not arrange
    assert board.tiles() == before and [t.report_id for t in board.service.load(overview).tiles] == [t.report_id for t in before]
    own = board.new_dashboard("Vera's")  # her own one she arranges as she likes, without sharing it
    assert board.editable and not board.share_box.isEnabled() and own in [d.id for d in board.service.list() if d.mine]


def test_the_dashboard_kept_in_preferences_moves_into_the_database_once(qtbot, reports_window: MainWindow) -> None:  # noqa: ANN001
    report_id = reports_window.session.dashboards.load(reports_window.session.dashboards.list()[0].id).tiles[2].report_id
    reports_window.prefs.set_json(PREFS_KEY, [{"report_id": report_id, "view": "pie"}, {"report_id": "bad"}])
    board = opened(qtbot, reports_window)
    assert names(board) == ["My dashboard", "Overview (shared)"] and board.board.name == "My dashboard"
    assert board.tiles() == [Tile(report_id, "pie")] and reports_window.prefs.get_json(CURRENT_KEY) == board.board.id
    assert reports_window.prefs.get_json(PREFS_KEY) is None
    reports_window.close_tab(reports_window.tabs.indexOf(board))
    again = opened(qtbot, reports_window)
    assert names(again) == ["My dashboard", "Overview (shared)"]


def test_new_rename_and_delete_through_their_dialogs(qtbot, reports_window: MainWindow) -> None:  # noqa: ANN001
    board = opened(qtbot, reports_window)
    seen: list[str] = []

    def name(text: str):  # noqa: ANN202
        def handle(widget: QWidget) -> bool:
            if not isinstance(widget, QInputDialog):
                return False
            widget.setTextValue(text)
            widget.accept()
            return True
        return handle

    when_shown(name("Zażółć dashboard"), seen)
    board.new_button.click()
    assert board.board.name == "Zażółć dashboard" and board.board.mine
    when_shown(name("Renamed"), seen)
    board.rename_button.click()
    assert board.board.name == "Renamed" and "Renamed" in names(board)
    when_shown(press("&Yes"), seen)
    board.delete_button.click()
    assert names(board) == ["Overview (shared)"] and seen == ["QInputDialog", "QInputDialog", "Delete the dashboard Renamed? The reports on it stay."]
