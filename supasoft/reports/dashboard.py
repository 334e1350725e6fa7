"""Dashboards: saved reports as tiles (a table, a chart or one number) on a grid the user arranges, stored in the
database. The user picks among their own dashboards and the shared ones, makes, renames and deletes their own;
sharing one with everyone (and changing a shared one) needs the right to change the structure."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QPoint, QSize, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from supasoft.core.errors import SupasoftError
from supasoft.reports.dashboard_cells import TileCells
from supasoft.reports.dashboard_drag import Arranger
from supasoft.reports.dashboard_grid import Placement
from supasoft.reports.dashboard_tiles import (
    AddTileDialog,
    Tile,
    TileFrame,
    TileWidget,
    UnavailableTile,
    view_labels,
)
from supasoft.reports.saving import ReportStore, SavedEntry
from supasoft.services.dashboards import (
    COLUMNS,
    MAX_HEIGHT,
    MAX_TILES,
    VIEWS,
    Dashboard,
    DashboardService,
    DashboardTile,
)
from supasoft.shell.main_window import MainWindow
from supasoft.widgets.error_text import shown_error

PREFS_KEY = "dashboard"  # the tiles of the one personal dashboard kept in preferences before dashboards were stored
CURRENT_KEY = "dashboard_current"  # the dashboard the user looked at last
DEFAULT_VIEWS = ("kpi", "bar", "table", "line")  # the first saved reports' views on a first dashboard
FOLLOW_DELAY_MS = 1000

__all__ = ["DashboardTab", "Tile", "TileWidget", "UnavailableTile", "AddTileDialog", "view_labels", "open_dashboard"]


class DashboardTab(QWidget):
    """One dashboard at a time, chosen among the user's own and the shared ones; its tiles run their reports."""

    def __init__(self, window: MainWindow, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("dashboard")
        self.window = window
        self.store = ReportStore(window.session)
        self.service: DashboardService = window.session.dashboards or DashboardService(window.session.records)
        self.board: Dashboard | None = None
        self.widgets: list[TileFrame] = []
        style = self.style()
        self.choice = QComboBox(self)
        self.choice.setObjectName("dashboard_choice")
        self.choice.setMinimumContentsLength(16)
        self.choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.choice.currentIndexChanged.connect(lambda _i: self._chosen())
        self.new_button = QPushButton(style.standardIcon(QStyle.StandardPixmap.SP_FileIcon), self.tr("New…"), self)
        self.new_button.setObjectName("dashboard_new")
        self.new_button.clicked.connect(self.ask_new)
        self.rename_button = QPushButton(self.tr("Rename…"), self)
        self.rename_button.setObjectName("dashboard_rename")
        self.rename_button.clicked.connect(self.ask_rename)
        self.delete_button = QPushButton(style.standardIcon(QStyle.StandardPixmap.SP_TrashIcon), self.tr("Delete"), self)
        self.delete_button.setObjectName("dashboard_delete")
        self.delete_button.clicked.connect(self.ask_delete)
        self.share_box = QCheckBox(self.tr("Shared with everyone"), self)
        self.share_box.setObjectName("dashboard_share")
        self.share_box.setToolTip(self.tr("Everyone sees a shared dashboard; sharing needs the right to change the structure"))
        self.share_box.clicked.connect(self.set_shared)
        self.columns_box = QComboBox(self)
        self.columns_box.setObjectName("dashboard_columns")
        for count in COLUMNS:
            self.columns_box.addItem(str(count), count)
        self.columns_box.activated.connect(lambda _i: self.set_columns(int(self.columns_box.currentData())))
        add = QPushButton(style.standardIcon(QStyle.StandardPixmap.SP_FileDialogNewFolder), self.tr("Add…"), self)
        add.setObjectName("dashboard_add")
        add.setToolTip(self.tr("Put a saved report on the dashboard"))
        add.clicked.connect(self.ask_add)
        self.add_button = add
        refresh = QPushButton(style.standardIcon(QStyle.StandardPixmap.SP_BrowserReload), self.tr("Refresh"), self)
        refresh.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Dashboard:"), self))
        top.addWidget(self.choice)
        for widget in (self.new_button, self.rename_button, self.delete_button, self.share_box):
            top.addWidget(widget)
        top.addStretch(1)
        self.hint = QLabel(self.tr("Saved reports at a glance; click a number, bar or slice for its records."), self)
        self.hint.setWordWrap(True)
        tools = QHBoxLayout()  # a second row: one row of everything would not fit a laptop screen in every language
        tools.addWidget(self.hint, 1)
        tools.addWidget(QLabel(self.tr("Columns:"), self))
        tools.addWidget(self.columns_box)
        tools.addWidget(add)
        tools.addWidget(refresh)
        self.grid_host = QWidget(self)
        self.grid = QGridLayout(self.grid_host)
        self.cells = TileCells(self.grid)
        self.arranger = Arranger(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.grid_host)
        self.scroll = scroll
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(tools)
        layout.addWidget(scroll, 1)
        self._follow = QTimer(self, singleShot=True, interval=FOLLOW_DELAY_MS)
        self._follow.timeout.connect(self.refresh)
        window.relay.records_changed.connect(lambda _object_id, _ids: self._follow.start())
        self.adopt_preferences()
        self.reload(window.prefs.get_json(CURRENT_KEY, None))

    def title(self) -> str:
        return self.tr("Dashboard")

    def shutdown(self) -> None:
        """The tab or its window closes: no later refresh may reach the (closing) database."""
        self._follow.stop()
        self._follow.timeout.disconnect()

    @property
    def editable(self) -> bool:
        """Whether the user may arrange the dashboard shown (their own, or any with the right to change the structure)."""
        return self.board is not None and self.board.may_change

    def _complain(self, exc: SupasoftError) -> None:
        QMessageBox.warning(self, self.tr("Dashboard"), shown_error(exc))

    # --- which dashboard ----------------------------------------------------------------------------------
    def adopt_preferences(self) -> None:
        """Move the personal dashboard kept in preferences (before dashboards were stored) into the database, once;
        a user without any dashboard gets one of their first saved reports."""
        prefs = self.window.prefs
        old = prefs.get_json(PREFS_KEY, None)
        try:
            if isinstance(old, list):
                tiles = [DashboardTile(t["report_id"], t.get("view") if t.get("view") in VIEWS else "table") for t in old
                         if isinstance(t, dict) and isinstance(t.get("report_id"), int)][:MAX_TILES]
                prefs.set_json(CURRENT_KEY, self.service.create(self.tr("My dashboard"), tiles=tiles))
                prefs.set_json(PREFS_KEY, None)
            elif not self.service.list():
                first = [DashboardTile(int(e.id), view) for e, view in zip(self.saved().values(), DEFAULT_VIEWS, strict=False)]
                prefs.set_json(CURRENT_KEY, self.service.create(self.tr("My dashboard"), tiles=first))
        except SupasoftError as exc:
            self._complain(exc)

    def reload(self, wanted: int | None = None) -> None:
        """List the dashboards again and show `wanted` (or the one shown, or the first)."""
        try:
            entries = self.service.list()
        except SupasoftError as exc:
            self._complain(exc)
            entries = []
        if wanted is None and self.board is not None:
            wanted = self.board.id
        self.choice.blockSignals(True)
        self.choice.clear()
        for entry in entries:
            shown = entry.name if not entry.shared else self.tr("%s (shared)") % entry.name
            self.choice.addItem(shown, entry.id)
        index = self.choice.findData(wanted)
        self.choice.setCurrentIndex(index if index >= 0 else 0 if entries else -1)
        self.choice.blockSignals(False)
        self._chosen()

    def _chosen(self) -> None:
        dashboard_id = self.choice.currentData()
        self.board = None
        if dashboard_id is not None:
            try:
                self.board = self.service.load(int(dashboard_id))
            except SupasoftError as exc:
                self._complain(exc)
        if self.board is not None:
            self.window.prefs.set_json(CURRENT_KEY, self.board.id)
        board = self.board
        for widget in (self.rename_button, self.delete_button, self.add_button, self.columns_box):
            widget.setEnabled(self.editable)
        self.share_box.setChecked(board is not None and board.shared)
        self.share_box.setEnabled(self.editable and self.service.may_share())
        self.columns_box.setCurrentIndex(max(0, self.columns_box.findData(board.columns if board else 2)))
        self.build([Tile(t.report_id, t.view, t.wide, t.width, t.height) for t in board.tiles] if board else [])

    def choose(self, dashboard_id: int) -> None:
        self.choice.setCurrentIndex(self.choice.findData(dashboard_id))

    def new_dashboard(self, name: str) -> int | None:
        try:
            dashboard_id = self.service.create(name)
        except SupasoftError as exc:
            self._complain(exc)
            return None
        self.reload(dashboard_id)
        return dashboard_id

    def rename_dashboard(self, name: str) -> None:
        self._change(name=name)

    def set_shared(self, shared: bool) -> None:
        self._change(shared=bool(shared))

    def set_columns(self, columns: int) -> None:
        self._change(columns=columns)

    def delete_dashboard(self) -> None:
        if self.board is None:
            return
        try:
            self.service.delete(self.board.id)
        except SupasoftError as exc:
            self._complain(exc)
        self.board = None
        self.reload()

    def _change(self, **changes: object) -> None:
        """Store a change of the dashboard shown, then show it as stored (a refused change shows why and is undone)."""
        if self.board is None:
            return
        try:
            self.service.save(self.board.id, **changes)  # type: ignore[arg-type]
        except SupasoftError as exc:
            self._complain(exc)
        self.reload(self.board.id)

    def ask_new(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New dashboard"), self.tr("Name:"), QLineEdit.EchoMode.Normal)
        if ok and name.strip():
            self.new_dashboard(name)

    def ask_rename(self) -> None:
        if self.board is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Rename the dashboard"), self.tr("Name:"),
                                        QLineEdit.EchoMode.Normal, self.board.name)
        if ok and name.strip():
            self.rename_dashboard(name)

    def ask_delete(self) -> None:
        if self.board is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete the dashboard"),
                                      self.tr("Delete the dashboard %s? The reports on it stay.") % self.board.name)
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_dashboard()

    # --- tiles -------------------------------------------------------------------------------------------
    def saved(self) -> dict[int, SavedEntry]:
        """The saved reports the user may see: the only ones a tile runs."""
        try:
            return {entry.id: entry for entry in self.store.saved()}
        except SupasoftError:
            return {}

    def tiles(self) -> list[Tile]:
        return [w.tile for w in self.widgets]

    def build(self, tiles: list[Tile]) -> None:
        """Show the tiles; one whose report the user may not see (or that was deleted) says it is unavailable."""
        self.arranger.cancel()
        for widget in self.widgets:
            self.grid.removeWidget(widget)
            widget.deleteLater()
        saved = self.saved()
        self.widgets = [TileWidget(self, tile, saved[tile.report_id], self.grid_host) if tile.report_id in saved
                        else UnavailableTile(self, tile, self.grid_host) for tile in tiles]
        self.cells.columns = self.columns
        self.place(self.widgets, tiles)
        for widget in self.widgets:
            widget.run()

    # --- the grid ----------------------------------------------------------------------------------------
    @property
    def columns(self) -> int:
        return self.board.columns if self.board is not None else 2

    def span_of(self, tile: Tile) -> tuple[int, int]:
        """The (columns, rows) a tile takes on this grid: a wide tile the whole row."""
        return (self.columns if tile.wide else min(tile.width, self.columns)), tile.height

    def place(self, widgets: list[QWidget], tiles: list[Tile]) -> None:
        """Lay out widgets in order, each with the span of its tile (a drag's drop frame stands in for its tile)."""
        self.cells.place(widgets, [self.span_of(t) for t in tiles])

    def placement_of(self, widget: QWidget) -> Placement:
        return self.cells.placement_of(widget)

    def cell_at(self, point: QPoint) -> tuple[int, int]:
        return self.cells.cell_at(point)

    def cell_size(self) -> QSize:
        return self.cells.cell_size()

    def widen(self, widget: TileFrame) -> None:
        """A tile takes the whole row, or goes back to one column."""
        if self.editable:
            self.build([replace(t, wide=not t.wide, width=1) if t is widget.tile else t for t in self.tiles()])
            self.save_tiles()

    def resize_tile(self, widget: TileFrame, columns: int, rows: int) -> None:
        """A tile takes `columns` more (or fewer) grid columns and `rows` more (or fewer) rows, within the grid."""
        if not self.editable or widget not in self.widgets:
            return
        tile = widget.tile
        width = max(1, min(self.span_of(tile)[0] + columns, self.columns))
        wide = width == self.columns and self.columns > 1 if columns else tile.wide
        changed = replace(tile, wide=wide, width=tile.width if not columns else 1 if wide else width,
                          height=max(1, min(tile.height + rows, MAX_HEIGHT)))
        if changed != tile:
            widget.tile = changed
            self.place(self.widgets, self.tiles())
            widget.spans_changed()
            self.save_tiles()

    def save_tiles(self) -> None:
        """Store the tiles as shown (a refused change shows why and the dashboard as stored comes back)."""
        if self.board is None:
            return
        tiles = [DashboardTile(t.report_id, t.view, t.wide, t.width, t.height) for t in self.tiles()]
        try:
            self.service.save(self.board.id, tiles=tiles)
        except SupasoftError as exc:
            self._complain(exc)
            self.reload(self.board.id)

    def add(self, tile: Tile) -> None:
        if self.editable:
            self.build([*self.tiles(), tile])
            self.save_tiles()

    def remove(self, widget: TileFrame) -> None:
        if self.editable:
            self.build([t for t in self.tiles() if t is not widget.tile])
            self.save_tiles()

    def move(self, widget: TileFrame, step: int) -> None:
        if not self.editable:
            return
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
