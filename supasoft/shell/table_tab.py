"""A table tab: one object's records in a lazy QTableView with search, filter, saved views and columns."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QStatusBar,
    QStyle,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from supasoft.core.errors import SupasoftError
from supasoft.core.messages import error_text
from supasoft.core.meta import FieldPath, FilterGroup, ListDef
from supasoft.services.record_model import ListQuery
from supasoft.services.session import Session
from supasoft.shell.async_search import ASYNC_ROWS, TableSource, search_in_background
from supasoft.shell.columns_dialog import ColumnsDialog
from supasoft.shell.fields import describe_path
from supasoft.shell.filter_dialog import FilterBuilderDialog, describe_filter
from supasoft.shell.lookup import RecordsLookup
from supasoft.shell.prefs import UserPrefs
from supasoft.shell.relay import ChangeRelay
from supasoft.shell.table_header import keep_titles_clear_of_the_arrow
from supasoft.shell.table_live import TableLive
from supasoft.shell.table_ops import TableOps
from supasoft.shell.table_rights import apply_rights
from supasoft.shell.views import ViewSaver, build_view, find_view, visible_views
from supasoft.widgets.record_source import CODE_KEY, RecordRowSource, path_key
from supasoft.widgets.record_table_model import RecordTableModel

OpenCard = Callable[[int, "int | None"], Any]
SEARCH_DELAY_MS = 250


class TableTab(TableOps, TableLive, QWidget):
    """Everything staff do with one object's list: find, sort, filter, open, add, delete, export."""

    title_changed = Signal(str)
    view_changed = Signal()
    model_replaced = Signal()  # a new model is on the view (its selection model is new too)
    undo_available = Signal(bool)  # Undo (Ctrl+Z) can reverse the last delete or bulk change

    def __init__(self, session: Session, object_id: int, *, list_id: int | None = None,
                 open_card: OpenCard | None = None, prefs: UserPrefs | None = None,
                 relay: ChangeRelay | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.records = session.records
        self.object_id = object_id
        self.open_card = open_card
        self.prefs = prefs
        self.lookup = RecordsLookup(session.records)
        self.list_def: ListDef | None = None
        self._pending_ids: set[int] = set()
        self._pending_other = False
        self.async_rows = ASYNC_ROWS
        self.searching = False
        self._search_generation = 0
        self._total_hint = 0
        self.fitted_widths: dict[str, int] = {}  # column key -> width measured on rows (kept while searching)
        self.view_saver = ViewSaver(self, self)
        self._build_ui()
        self._change_timer = QTimer(self, singleShot=True, interval=80)
        self._change_timer.timeout.connect(self._apply_changes)
        self._save_timer = QTimer(self, singleShot=True, interval=400)
        self._save_timer.timeout.connect(self.save_column_state)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(lambda: self.search_now(self.search_edit.text()))
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        self.load_view(list_id if list_id is not None else self._default_view_id(), remember=False)
        self.refused: dict[str, str] = {}
        apply_rights(self)
        if relay is not None:
            relay.records_changed.connect(self.on_records_changed)
            relay.records_changed.connect(self.forget_restored_undo)
            relay.structure_changed.connect(self.on_structure_changed)

    # --- building ------------------------------------------------------------------------------
    def _build_ui(self) -> None:
        style = self.style()
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setIconSize(self.toolbar.iconSize() * 0.8)

        def act(text: str, icon: QStyle.StandardPixmap, slot: Callable[[], Any], tip: str = "",
                icon_only: bool = False) -> QAction:
            action = self.toolbar.addAction(style.standardIcon(icon), text)
            action.triggered.connect(lambda _checked=False: slot())
            action.setToolTip(tip or text)
            if icon_only:  # keeps the toolbar within a laptop screen; the tooltip names it
                self.toolbar.widgetForAction(action).setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
            return action

        self.new_action = act(self.tr("New"), QStyle.StandardPixmap.SP_FileIcon, self.new_record, self.tr("New record (Ctrl+N)"))
        self.delete_action = act(self.tr("Delete"), QStyle.StandardPixmap.SP_TrashIcon, self.delete_selected,
                                 self.tr("Move the selected records to the trash (Del)"), icon_only=True)
        self.refresh_action = act(self.tr("Refresh"), QStyle.StandardPixmap.SP_BrowserReload, self.refresh, self.tr("Refresh (F5)"),
                                  icon_only=True)
        self.toolbar.addSeparator()
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Search… (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(120)  # grows up to 280 where there is room; long Russian labels need the rest
        self.search_edit.setMaximumWidth(280)
        self.toolbar.addWidget(self.search_edit)
        self.filter_action = act(self.tr("Filter…"), QStyle.StandardPixmap.SP_FileDialogContentsView, self.edit_filter)
        self.clear_filter_action = act(self.tr("Clear filter"), QStyle.StandardPixmap.SP_DialogResetButton, lambda: self.set_filter(None),
                                       icon_only=True)
        self.columns_action = act(self.tr("Columns…"), QStyle.StandardPixmap.SP_FileDialogDetailedView, self.choose_columns,
                                  self.tr("Choose the columns"))
        self.toolbar.addSeparator()
        self.toolbar.addWidget(QLabel(self.tr(" View: "), self))
        self.views_box = QComboBox(self)
        self.views_box.setMinimumContentsLength(12)
        self.views_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.views_box.activated.connect(lambda i: self.load_view(self.views_box.itemData(i)))
        self.toolbar.addWidget(self.views_box)
        self.save_view_action = act(self.tr("Save view"), QStyle.StandardPixmap.SP_DialogSaveButton, self.ask_save_view,
                                    self.tr("Save the columns, sort and filter in this view"), icon_only=True)
        self.save_view_as_action = act(self.tr("Save view as…"), QStyle.StandardPixmap.SP_FileDialogNewFolder,
                                       self.ask_save_view_as, self.tr("Save the columns, sort and filter as a new view"),
                                       icon_only=True)
        self.toolbar.addSeparator()
        self.bulk_action = act(self.tr("Change field…"), QStyle.StandardPixmap.SP_FileDialogListView, self.ask_bulk_set,
                               self.tr("Set one field in all selected records"))
        self.export_action = act(self.tr("Export"), QStyle.StandardPixmap.SP_DriveFDIcon, self.ask_export,
                                 self.tr("Export the current view to Excel"))
        self.new_action.setEnabled(self.open_card is not None)

        self.view = QTableView(self)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionsMovable(True)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        keep_titles_clear_of_the_arrow(header)
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.sortIndicatorChanged.connect(self._sort_changed)
        header.sectionResized.connect(lambda *_: self._save_timer.start())
        header.sectionMoved.connect(lambda *_: self._save_timer.start())
        self.view.doubleClicked.connect(self._activated)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), self.view, self.open_current, context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

        self.status = QStatusBar(self)
        self.status.setSizeGripEnabled(False)
        self.count_label = QLabel(self)
        self.filter_label = QLabel(self)
        self.filter_label.setStyleSheet("color: palette(dark);")
        self.filter_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # a long filter
        # is cut (whole in its tooltip), never widening the window past the screen
        self.undo_button = QPushButton(self.tr("Undo"), self)
        self.undo_button.setToolTip(self.tr("Put back what was just deleted or changed (Ctrl+Z)"))
        self.undo_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        self.undo_button.hide()
        self.undo_button.clicked.connect(self.undo_last)
        self.status.addWidget(self.count_label)
        self.status.addWidget(self.filter_label, 1)
        self.status.addPermanentWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.view, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status)
        layout.addLayout(bottom)

    # --- views ---------------------------------------------------------------------------------
    def _default_view_id(self) -> int | None:
        views = visible_views(self.records.config, self.object_id, self.session.actor)
        return views[0].id if views else None

    def _fill_views_box(self) -> None:
        self.views_box.blockSignals(True)
        self.views_box.clear()
        for view in visible_views(self.records.config, self.object_id, self.session.actor):
            label = view.name if view.shared else self.tr("%s (personal)") % view.name
            self.views_box.addItem(label, view.id)
        self.views_box.addItem(self.tr("All fields"), None)
        self.views_box.setCurrentIndex(max(0, self.views_box.findData(self.list_def.id if self.list_def else None)))
        self.views_box.blockSignals(False)

    def load_view(self, list_id: int | None, *, remember: bool = True) -> None:
        """Show a saved view (None = every field, no filter)."""
        config = self.records.config
        self.shown_config = config  # the structure the columns were chosen from (see on_structure_changed)
        self.list_def = next((v for v in config.lists_of(self.object_id) if v.id == list_id), None)
        search = self.search_edit.text().strip()
        self.source = TableSource(self.records, self.object_id, self._valid_paths(self.list_def), list_def=self.list_def)
        self.source.set_search(search)
        if not self.source.sort:
            # Code order is what people expect, and its narrow unique index makes deep pages cheaper than id order.
            self.source.set_sort(CODE_KEY, False)
        self.fitted_widths = {}  # another view: its columns are measured on its rows
        self._install_source(self.source)
        unfiltered = not search and self.source.filter is None
        self._total_hint = self.model.rowCount() if unfiltered else self._guard(lambda: self.records.count(self.object_id)) or 0
        self._fill_views_box()
        self.title_changed.emit(self.title())
        if remember:
            self.view_changed.emit()

    def _install_source(self, source: RecordRowSource) -> None:
        """Show a row source through a new model (after a view change or a background search)."""
        old = getattr(self, "model", None)
        self.source = source
        self.model = RecordTableModel(source, self)
        self.view.setModel(self.model)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_status())
        self.model.rowsInserted.connect(lambda *_: self._update_status())  # a search counted further
        self._show_sort()
        self.restore_column_state()
        self._update_status()
        if old is not None:
            old.deleteLater()
        self.model_replaced.emit()

    def _valid_paths(self, list_def: ListDef | None, paths: list[FieldPath] | None = None) -> list[FieldPath]:
        config = self.records.config
        if paths is None:
            if list_def is None:
                obj = config.object_by_id(self.object_id)
                return [()] + [(f.id,) for f in obj.fields]
            paths = [tuple(c.path) for c in list_def.columns]
        return [p for p in paths if describe_path(config, self.object_id, p) is not None]

    def title(self) -> str:
        obj = self.records.config.object_by_id(self.object_id)
        if self.list_def is None or self.list_def.id == self._default_view_id():
            return obj.plural
        return f"{obj.plural}: {self.list_def.name}"

    def current_list_id(self) -> int | None:
        return self.list_def.id if self.list_def else None

    def save_view(self, name: str, *, shared: bool, existing: ListDef | None = None) -> ListDef:
        """Store the current columns, widths, sort and filter as a named view (replacing `existing` or the view of
        that name, without asking: ViewSaver asks first), then show it."""
        config = self.records.config
        header = self.view.horizontalHeader()
        columns = []
        for visual in range(header.count()):
            logical = header.logicalIndex(visual)
            columns.append((self.source.paths()[logical], header.sectionSize(logical)))
        existing = existing or find_view(config, self.object_id, self.session.actor, name)
        view = build_view(self.object_id, name.strip(), columns, self.source.sort, self.source.filter, shared,
                          self.session.actor, existing)
        saved = self.session.configuration.save_list(view)
        self.load_view(saved.id)
        return saved

    def ask_save_view(self) -> None:
        self._guard(self.view_saver.save)

    def ask_save_view_as(self) -> None:
        self._guard(self.view_saver.save_as)

    # --- sort, search, filter, columns ------------------------------------------------------------
    def _show_sort(self) -> None:
        header = self.view.horizontalHeader()
        header.blockSignals(True)
        column = -1
        descending = False
        if self.source.sort:
            first = self.source.sort[0]
            column = self.model.column_of(path_key(tuple(first.path)))
            descending = first.descending
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        header.setSortIndicator(column, order)
        header.blockSignals(False)

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        self._guard(lambda: self.model.sort(column, order))
        if self.model.sort_state()[0] != column:
            self._show_sort()  # not sortable (files): the arrow goes back to the real order
        self.view.scrollToTop()  # before the next paint: only the first page of the new order is read
        self._update_status()

    def sort_by(self, column: int, descending: bool = False) -> None:
        """Sort by a column in the database (what a header click does)."""
        self.view.horizontalHeader().setSortIndicator(
            column, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder)

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def search_now(self, text: str) -> None:
        """Run the quick search now (the box waits a moment after typing); big tables search in a worker."""
        self._search_timer.stop()
        self._search_generation += 1
        if text.strip() == self.source.search:
            self.searching = False
            return
        if self._total_hint >= self.async_rows:
            self._search_async(text.strip(), self._search_generation)
            return
        self._guard(lambda: self.model.set_search(text))
        self.view.scrollToTop()
        self._update_status()

    def _search_async(self, text: str, generation: int) -> None:
        self.searching = True
        self.count_label.setText(self.tr("Searching…"))

        def done(source: RecordRowSource) -> None:
            if generation == self._search_generation:  # a newer search replaces this one
                self.searching = False
                self._install_source(source)
                self.view.scrollToTop()

        def failed(exc: BaseException) -> None:
            if generation == self._search_generation:
                self.searching = False
                self._update_status()
                if isinstance(exc, (SupasoftError, ValueError)):
                    QMessageBox.warning(self, self.title(), error_text(exc, QLocale().name()))

        search_in_background(self.source, text, self, done, failed)

    def set_filter(self, group: FilterGroup | None) -> None:
        self.source.set_filter(group if group is not None and group.items else None)
        self._guard(self.model.refresh)
        self.view.scrollToTop()
        self._update_status()

    def edit_filter(self) -> None:
        def check(group: FilterGroup) -> None:
            q = self.source.query()
            self.records.count(self.object_id, ListQuery(columns=[], filter=group, search=q.search), at_most=1)

        dialog = FilterBuilderDialog(self.records.config, self.object_id, self.source.filter, self.lookup, check, self)
        if dialog.exec():
            self.set_filter(dialog.result_group())

    def set_columns(self, paths: list[FieldPath]) -> None:
        self.save_column_state()
        self.source.set_columns(self._valid_paths(None, paths) or [()])
        self._guard(self.model.refresh)
        self._show_sort()
        self.restore_column_state()

    def choose_columns(self) -> None:
        dialog = ColumnsDialog(self.records.config, self.object_id, self.source.paths(), self)
        if dialog.exec():
            self.set_columns(dialog.chosen())

    # --- reading the selection, opening cards ---------------------------------------------------------
    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        ids = [self.model.record_id(r) for r in rows]
        return [i for i in ids if i is not None]

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        return self.model.record_id(index.row()) if index.isValid() else None

    def _activated(self, index: QModelIndex) -> None:
        record_id = self.model.record_id(index.row())
        if record_id is not None and self.open_card is not None:
            self._guard(lambda: self.open_card(self.object_id, record_id))

    def open_current(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self._activated(index)

    def new_record(self) -> None:
        if self.open_card is not None and self.new_action.isEnabled():
            self._guard(lambda: self.open_card(self.object_id, None))

    def select_record(self, record_id: int) -> bool:
        row = self.model.row_of(record_id)
        if row is None:
            return False
        self.view.selectRow(row)
        self.view.scrollTo(self.model.index(row, 0))
        return True

    # --- status and errors ----------------------------------------------------------------------------
    def _update_status(self) -> None:
        count = self.model.rowCount()
        if self.model.count_is_partial():  # a search counts its first matches; scrolling down counts on
            text = self.tr("More than %n record(s)", "", count)
        else:
            text = self.tr("%n record(s)", "", count)
        selected = len(self.view.selectionModel().selectedRows()) if self.view.selectionModel() else 0
        if selected > 1:
            text += " · " + self.tr("%n selected", "", selected)
        self.count_label.setText(text)
        summary = describe_filter(self.records.config, self.object_id, self.source.filter, self.lookup.display)
        parts = []
        if summary:
            parts.append(self.tr("Filter: %s") % summary)
        if self.source.search:
            parts.append(self.tr("Search: %s") % self.source.search)
        self.filter_label.setText("   ".join(parts))
        self.filter_label.setToolTip(self.filter_label.text())
        self.clear_filter_action.setEnabled(self.source.filter is not None)

    def _guard(self, fn: Callable[[], Any]) -> Any:
        """Run an action; a user-facing error becomes a message box, never a traceback."""
        try:
            return fn()
        except (SupasoftError, ValueError) as exc:  # ValueError: a Code filter value that is not a number
            QMessageBox.warning(self, self.title(), error_text(exc, QLocale().name()))
            return None
