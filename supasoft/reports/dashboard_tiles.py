"""Dashboard tiles: one saved report each, shown as a table, a chart or one number; every number, bar and slice
drills down as in the report itself. A tile whose report the viewer may not see shows only that it is unavailable."""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from supasoft.core.errors import SupasoftError
from supasoft.core.messages import error_text
from supasoft.core.reports.spec import KeyPath, PivotResult
from supasoft.reports.chart import ReportChart
from supasoft.reports.chart_data import chart_data, leaf_rows, series_keys
from supasoft.reports.dashboard_drag import ResizeGrip, TitleBar
from supasoft.reports.drill import describe_cell, open_records
from supasoft.reports.localize import localized
from supasoft.reports.pivot_view import PivotView
from supasoft.reports.saving import SavedEntry
from supasoft.widgets.busy import start_busy

if TYPE_CHECKING:
    from supasoft.reports.dashboard import DashboardTab


@dataclass
class Tile:
    """One saved report on the dashboard and how it is shown: "table", a chart kind, or "kpi"."""

    report_id: int
    view: str = "table"
    wide: bool = False  # takes a whole row of the grid
    width: int = 1  # grid columns when not wide
    height: int = 1  # grid rows


def view_labels(chart: ReportChart) -> dict[str, str]:
    texts = {chart.kind_box.itemData(i): chart.kind_box.itemText(i) for i in range(chart.kind_box.count())}
    return {"table": QCoreApplication.translate("Dashboard", "Table"), **texts}


class TileFrame(QFrame):
    """A tile's frame: its title bar (dragged to move the tile), a status text, a corner that resizes it, and the
    same by buttons and a menu for the keyboard, all only when the user may arrange the dashboard."""

    def __init__(self, board: DashboardTab, tile: Tile, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("dashboard_tile")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.board = board
        self.tile = tile
        self.result: PivotResult | None = None
        self.running = False
        self.title = QLabel(f"<b>{html.escape(name)}</b>", self)
        self.status = QLabel(self)
        self.status.setStyleSheet("color: palette(dark);")
        self.title_bar = TitleBar(self)
        self.head = QHBoxLayout(self.title_bar)
        self.head.setContentsMargins(0, 0, 0, 0)
        self.head.addWidget(self.title, 1)
        self.head.addWidget(self.status)
        self.buttons: list[QToolButton] = []
        style = self.style()
        # the texts keep the context they had before tiles had a base class; lupdate needs the literal call
        for name_, icon, tip, slot in (
                ("tile_earlier", QStyle.StandardPixmap.SP_ArrowLeft, QCoreApplication.translate("TileWidget", "Move earlier"), lambda: board.move(self, -1)),
                ("tile_later", QStyle.StandardPixmap.SP_ArrowRight, QCoreApplication.translate("TileWidget", "Move later"), lambda: board.move(self, 1)),
                ("tile_wide", QStyle.StandardPixmap.SP_TitleBarNormalButton if tile.wide else QStyle.StandardPixmap.SP_TitleBarMaxButton,
                 QCoreApplication.translate("TileFrame", "Back to one column") if tile.wide else QCoreApplication.translate("TileFrame", "Take the whole row"),
                 lambda: board.widen(self)),
                ("tile_remove", QStyle.StandardPixmap.SP_TitleBarCloseButton, QCoreApplication.translate("TileWidget", "Take off the dashboard"),
                 lambda: board.remove(self))):
            button = QToolButton(self)
            button.setObjectName(name_)
            button.setIcon(style.standardIcon(icon))
            button.setToolTip(tip)
            button.setAutoRaise(True)
            button.clicked.connect(lambda _c=False, s=slot: s())
            button.setVisible(board.editable)
            self.head.addWidget(button)
            self.buttons.append(button)
        self.size_button = self._size_menu()
        self.head.insertWidget(self.head.indexOf(self.buttons[-1]), self.size_button)
        self.buttons.insert(len(self.buttons) - 1, self.size_button)
        self.grip = ResizeGrip(self)
        self.grip.setVisible(board.editable)
        if board.editable:
            self.title_bar.setCursor(Qt.CursorShape.OpenHandCursor)
            self.title_bar.setToolTip(QCoreApplication.translate(
                "TileFrame", "Drag the title to move the tile; drag its lower-right corner to resize it"))

    def _size_menu(self) -> QToolButton:
        """Wider, narrower, taller, shorter by one grid cell: the corner's drag without a mouse."""
        button = QToolButton(self)
        button.setObjectName("tile_size")
        button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_TitleBarShadeButton))
        button.setToolTip(QCoreApplication.translate("TileFrame", "Size in grid cells"))
        button.setAutoRaise(True)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setVisible(self.board.editable)
        menu = QMenu(button)
        for name, text, columns, rows in (
                ("size_wider", QCoreApplication.translate("TileFrame", "One column wider"), 1, 0),
                ("size_narrower", QCoreApplication.translate("TileFrame", "One column narrower"), -1, 0),
                ("size_taller", QCoreApplication.translate("TileFrame", "One row taller"), 0, 1),
                ("size_shorter", QCoreApplication.translate("TileFrame", "One row shorter"), 0, -1)):
            action = menu.addAction(text)
            action.setObjectName(name)
            action.triggered.connect(lambda _c=False, c=columns, r=rows: self.board.resize_tile(self, c, r))
        button.setMenu(menu)
        return button

    def spans_changed(self) -> None:
        """The wide button says what it would do now."""
        wide = self.findChild(QToolButton, "tile_wide")
        if wide is not None:
            wide.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_TitleBarNormalButton if self.tile.wide
                                                   else QStyle.StandardPixmap.SP_TitleBarMaxButton))
            wide.setToolTip(QCoreApplication.translate("TileFrame", "Back to one column") if self.tile.wide
                            else QCoreApplication.translate("TileFrame", "Take the whole row"))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.grip.move(self.width() - self.grip.width() - 2, self.height() - self.grip.height() - 2)
        self.grip.raise_()

    def run(self) -> None:
        """Nothing to compute (a tile with a report overrides this)."""


class UnavailableTile(TileFrame):
    """A tile whose report the viewer may not see (or that was deleted): no name, no numbers, just why."""

    def __init__(self, board: DashboardTab, tile: Tile, parent: QWidget | None = None):
        super().__init__(board, tile, QCoreApplication.translate("UnavailableTile", "Unavailable report"), parent)
        self.setObjectName("dashboard_tile_unavailable")
        note = QLabel(self.tr("This report is not available to you: it was deleted, or you may not see it."), self)
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_bar)
        layout.addWidget(note, 1)


class TileWidget(TileFrame):
    """Runs its report in a worker and shows it; its buttons move it or take it off the dashboard."""

    def __init__(self, board: DashboardTab, tile: Tile, entry: SavedEntry, parent: QWidget | None = None):
        super().__init__(board, tile, entry.name, parent)
        self.entry = entry
        self.pivot: PivotView | None = None
        self.chart: ReportChart | None = None
        if tile.view == "table":
            self.pivot = PivotView(self)
            self.pivot.drill_requested.connect(self.drill)
            body: QWidget = self.pivot
        else:
            self.chart = ReportChart(self.chart_drill, self, on_key=lambda row_key: self.drill(row_key, ()))
            self.chart.set_kind(tile.view)
            self.chart.kind_label.hide()  # the tile's view was chosen when it was added
            self.chart.kind_box.hide()
            body = self.chart
        body.setMinimumHeight(240)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_bar)
        layout.addWidget(body, 1)

    def run(self) -> None:
        store = self.board.store
        self.running = True
        self.status.setText(self.tr("Calculating…"))

        def work(_progress: Any) -> PivotResult:
            return localized(store.service.run(store.load(self.entry.id), {}))

        start_busy(work, self, show_dialog=False, on_done=self._done, on_error=self._failed)

    def _done(self, result: PivotResult) -> None:
        self.running = False
        self.result = result
        self.status.setText("")
        config = self.board.window.session.configuration.config
        if self.pivot is not None:
            self.pivot.show_result(config, result)
        if self.chart is not None:
            if not self.chart.measure_box.count():  # the value the report's own chart draws (sales, not lines)
                self.chart.preferred_measure = result.spec.chart.measure
            empty, total = self.tr("(empty)"), self.tr("Total")
            self.chart.set_source([m.title for m in result.measures],
                                  lambda measure: chart_data(result, empty, config, total, measure))

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        self.status.setText(error_text(exc, QLocale().name()) if isinstance(exc, (SupasoftError, ValueError))
                            else str(exc))

    def drill(self, row_key: KeyPath, col_key: KeyPath) -> None:
        if self.result is not None:
            open_records(self.board.window, self.result.spec.object_id, self.result.drill(tuple(row_key), tuple(col_key)),
                         describe_cell(self.result, self.entry.name, row_key, col_key))

    def chart_drill(self, category: int, series: int) -> None:
        if self.result is None:
            return
        rows, keys = leaf_rows(self.result), series_keys(self.result, self.chart.measure())
        if 0 <= category < len(rows) and series == ReportChart.TOTAL:
            self.drill(rows[category][0], ())
        elif 0 <= category < len(rows) and 0 <= series < len(keys):
            self.drill(rows[category][0], keys[series][0])


class AddTileDialog(QDialog):
    """Which saved report, shown how."""

    def __init__(self, saved: list[SavedEntry], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add to the dashboard"))
        self.report_box = QComboBox(self)
        for entry in saved:
            self.report_box.addItem(entry.name, entry.id)
        self.view_box = QComboBox(self)
        for key, text in view_labels(ReportChart(parent=self)).items():
            self.view_box.addItem(text, key)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(saved))
        layout = QFormLayout(self)
        layout.addRow(self.tr("Report:"), self.report_box)
        layout.addRow(self.tr("Show as:"), self.view_box)
        layout.addRow(buttons)

    def tile(self) -> Tile:
        return Tile(int(self.report_box.currentData()), str(self.view_box.currentData()))
