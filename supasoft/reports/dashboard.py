"""A personal dashboard: saved reports as tiles (a table, a chart or one number) on a grid the user arranges;
every number, bar and slice drills down as in the report itself."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
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
from supasoft.reports.drill import describe_cell, open_records
from supasoft.reports.localize import localized
from supasoft.reports.pivot_view import PivotView
from supasoft.reports.saving import ReportStore, SavedEntry
from supasoft.shell.main_window import MainWindow
from supasoft.widgets.busy import start_busy

PREFS_KEY = "dashboard"
COLUMNS = 2  # tiles side by side
DEFAULT_VIEWS = ("kpi", "bar", "table", "line")  # the first saved reports' views on a new dashboard
FOLLOW_DELAY_MS = 1000


@dataclass
class Tile:
    """One saved report on the dashboard and how it is shown: "table", a chart kind, or "kpi"."""

    report_id: int
    view: str = "table"


def view_labels(chart: ReportChart) -> dict[str, str]:
    texts = {chart.kind_box.itemData(i): chart.kind_box.itemText(i) for i in range(chart.kind_box.count())}
    return {"table": QCoreApplication.translate("Dashboard", "Table"), **texts}


class TileWidget(QFrame):
    """Runs its report in a worker and shows it; its buttons move it or take it off the dashboard."""

    def __init__(self, board: DashboardTab, tile: Tile, entry: SavedEntry, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("dashboard_tile")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.board = board
        self.tile = tile
        self.entry = entry
        self.result: PivotResult | None = None
        self.running = False
        self.title = QLabel(f"<b>{entry.name}</b>", self)
        self.status = QLabel(self)
        self.status.setStyleSheet("color: palette(dark);")
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.status)
        style = self.style()
        for icon, tip, slot in ((QStyle.StandardPixmap.SP_ArrowLeft, self.tr("Move earlier"), lambda: board.move(self, -1)),
                                (QStyle.StandardPixmap.SP_ArrowRight, self.tr("Move later"), lambda: board.move(self, 1)),
                                (QStyle.StandardPixmap.SP_TitleBarCloseButton, self.tr("Take off the dashboard"),
                                 lambda: board.remove(self))):
            button = QToolButton(self)
            button.setIcon(style.standardIcon(icon))
            button.setToolTip(tip)
            button.setAutoRaise(True)
            button.clicked.connect(lambda _c=False, s=slot: s())
            head.addWidget(button)
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
        layout.addLayout(head)
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


class DashboardTab(QWidget):
    """The user's tiles, kept in their preferences for this database (a first dashboard shows the saved reports)."""

    def __init__(self, window: MainWindow, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("dashboard")
        self.window = window
        self.store = ReportStore(window.session)
        self.widgets: list[TileWidget] = []
        add = QPushButton(self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogNewFolder), self.tr("Add…"), self)
        add.setObjectName("dashboard_add")
        add.setToolTip(self.tr("Put a saved report on the dashboard"))
        add.clicked.connect(self.ask_add)
        refresh = QPushButton(self.style().standardIcon(QStyle.StandardPixmap.SP_BrowserReload), self.tr("Refresh"), self)
        refresh.clicked.connect(self.refresh)
        bar = QHBoxLayout()
        hint = self.tr("Your dashboard: saved reports at a glance; click a number, bar or slice for its records.")
        bar.addWidget(QLabel(hint, self), 1)
        bar.addWidget(add)
        bar.addWidget(refresh)
        self.grid_host = QWidget(self)
        self.grid = QGridLayout(self.grid_host)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.grid_host)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(scroll, 1)
        self._follow = QTimer(self, singleShot=True, interval=FOLLOW_DELAY_MS)
        self._follow.timeout.connect(self.refresh)
        window.relay.records_changed.connect(lambda _object_id, _ids: self._follow.start())
        self.build(self.load_tiles())

    def title(self) -> str:
        return self.tr("Dashboard")

    def shutdown(self) -> None:
        """The tab or its window closes: no later refresh may reach the (closing) database."""
        self._follow.stop()
        self._follow.timeout.disconnect()

    # --- tiles -------------------------------------------------------------------------------------------
    def saved(self) -> dict[int, SavedEntry]:
        try:
            return {entry.id: entry for entry in self.store.saved()}
        except SupasoftError:
            return {}

    def load_tiles(self) -> list[Tile]:
        stored = self.window.prefs.get_json(PREFS_KEY, None)
        if isinstance(stored, list):
            return [Tile(int(t["report_id"]), str(t.get("view", "table"))) for t in stored
                    if isinstance(t, dict) and isinstance(t.get("report_id"), int)]
        return [Tile(entry.id, view) for entry, view in zip(self.saved().values(), DEFAULT_VIEWS, strict=False)]

    def tiles(self) -> list[Tile]:
        return [w.tile for w in self.widgets]

    def build(self, tiles: list[Tile]) -> None:
        """Show the tiles whose reports the user still sees (a deleted report's tile goes)."""
        for widget in self.widgets:
            self.grid.removeWidget(widget)
            widget.deleteLater()
        saved = self.saved()
        self.widgets = [TileWidget(self, tile, saved[tile.report_id], self.grid_host)
                        for tile in tiles if tile.report_id in saved]
        for i, widget in enumerate(self.widgets):
            self.grid.addWidget(widget, i // COLUMNS, i % COLUMNS)
            widget.run()

    def save_tiles(self) -> None:
        self.window.prefs.set_json(PREFS_KEY, [asdict(t) for t in self.tiles()])

    def add(self, tile: Tile) -> None:
        self.build([*self.tiles(), tile])
        self.save_tiles()

    def remove(self, widget: TileWidget) -> None:
        self.build([t for t in self.tiles() if t is not widget.tile])
        self.save_tiles()

    def move(self, widget: TileWidget, step: int) -> None:
        tiles = self.tiles()
        i = tiles.index(widget.tile)
        j = i + step
        if 0 <= j < len(tiles):
            tiles[i], tiles[j] = tiles[j], tiles[i]
            self.build(tiles)
            self.save_tiles()

    def ask_add(self) -> None:
        dialog = AddTileDialog(list(self.saved().values()), self)
        if dialog.exec():
            self.add(dialog.tile())

    def refresh(self) -> None:
        for widget in self.widgets:
            widget.run()

    def is_running(self) -> bool:
        return any(w.running for w in self.widgets)


def open_dashboard(window: MainWindow) -> DashboardTab:
    """Focus the dashboard's tab, or open it."""
    for i in range(window.tabs.count()):
        widget = window.tabs.widget(i)
        if isinstance(widget, DashboardTab):
            window.tabs.setCurrentIndex(i)
            return widget
    board = DashboardTab(window, window.tabs)
    window.tabs.setCurrentIndex(window.tabs.addTab(board, board.title()))
    return board
