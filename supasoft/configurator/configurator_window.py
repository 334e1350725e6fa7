"""The Configurator window: objects on the left, their fields, tables, card, links and detail sets on the right."""

from __future__ import annotations

import weakref

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QSizePolicy, QSplitter, QTabWidget, QVBoxLayout, QWidget

from supasoft.configurator.card_designer import CardDesigner
from supasoft.configurator.detail_sets_tab import DetailSetsTab
from supasoft.configurator.fields_tab import FieldsTab
from supasoft.configurator.import_export import ImportExport
from supasoft.configurator.links_tab import LinksTab
from supasoft.configurator.maintenance_menu import MaintenanceControl
from supasoft.configurator.objects_panel import ObjectsPanel
from supasoft.configurator.structure_undo import StructureUndo
from supasoft.configurator.tables_tab import TablesTab
from supasoft.core.errors import SupasoftError
from supasoft.core.meta import Configuration
from supasoft.services.session import Session
from supasoft.widgets.screen_fit import fit_window

REFRESH_MS = 3000


class ConfiguratorWindow(QMainWindow):
    """The admin's workshop; every change goes through ConfigurationService and shows live in open windows."""

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("configurator_window")
        self.setWindowTitle(self.tr("Configurator"))
        self.session, self.service = session, session.configuration
        self.undo = StructureUndo(self)
        self.objects = ObjectsPanel(self.service, self.undo)
        self.fields = FieldsTab(session, self.undo)
        self.tables = TablesTab(self.service, self.undo)
        self.card = CardDesigner(session, self.undo)
        self.parent_links = LinksTab(self.service, self.undo, parents=True)
        self.child_links = LinksTab(self.service, self.undo, parents=False)
        self.detail_sets = DetailSetsTab(self.service, self.undo)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        for widget, title in ((self.fields, self.tr("Fields")), (self.tables, self.tr("Tables")), (self.card, self.tr("Card")),
                              (self.parent_links, self.tr("Parent links")), (self.child_links, self.tr("Child links")),
                              (self.detail_sets, self.tr("Detail sets"))):
            self.tabs.addTab(widget, title)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.heading.setStyleSheet("font-size: 13pt; padding: 4px 2px;")
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.tabs, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.objects)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 900])
        self.transfer = ImportExport(session, self)
        self._build_menus()
        self.status = QLabel()
        self.status.setMinimumWidth(1)  # a long (translated) status line is cut, never widens the window past the screen
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.statusBar().addWidget(self.status, 1)
        self.maintenance = MaintenanceControl(self, session)
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.addWidget(self.maintenance.bar)
        central_layout.addWidget(splitter, 1)
        self.setCentralWidget(central)
        self.status.setText(self.tr("Undo takes back additions, renames and options; deletions and type changes "
                                    "are kept in an automatic backup instead."))
        self.objects.current_changed.connect(self._object_chosen)
        self._reloading = False
        this = weakref.ref(self)

        def listener(_config: Configuration) -> None:
            window = this()
            if window is not None:
                window._config_changed()

        self.service.subscribe(listener)  # no unsubscribe in the service: the weak reference lets the window go
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.poll)
        self.timer.start()
        fit_window(self, QSize(1200, 740))  # with its status line on a 1366×768 laptop screen
        self._object_chosen(self.objects.current_id())
        self.maintenance.check_formats()
        self.maintenance.refresh_status()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.export_action = QAction(self.tr("Export configuration…"), self)
        self.export_action.triggered.connect(self.transfer.export_dialog)
        self.import_action = QAction(self.tr("Import configuration…"), self)
        self.import_action.triggered.connect(self.transfer.import_dialog)
        close = QAction(self.tr("Close"), self)
        close.setShortcut(QKeySequence.StandardKey.Close)
        close.triggered.connect(self.close)
        for action in (self.export_action, self.import_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(close)
        edit = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = self.undo.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        objects = self.menuBar().addMenu(self.tr("&Objects"))
        for text, slot in ((self.tr("Add object…"), self.objects.add_object), (self.tr("New catalog…"), self.objects.add_catalog)):
            action = QAction(text, self)
            action.triggered.connect(lambda _checked=False, s=slot: s())
            objects.addAction(action)

    # --- keeping in step with the structure ----------------------------------------------------------
    def poll(self) -> bool:
        """Pick up a change made by another admin (the listener reloads the panels); not while a rebuild runs."""
        if self.maintenance.paused():
            return False
        self.maintenance.refresh_status()
        try:
            return self.service.refresh()
        except SupasoftError:
            return False

    def offer_maintenance(self, error: BaseException) -> bool:
        """A structure change found a table open by others: say who and offer maintenance mode (common.show_error)."""
        return self.maintenance.offer_maintenance(error)

    def _config_changed(self) -> None:
        if self._reloading:
            return
        self._reloading = True
        try:
            self.objects.reload()
            self._reload_tabs()
        finally:
            self._reloading = False
        self.maintenance.check_formats()  # the change may have used a table's last versions

    def _update_heading(self, object_id: int | None) -> None:
        try:
            obj = self.service.object(object_id) if object_id is not None else None
        except SupasoftError:
            obj = None
        if obj is None:
            self.heading.setText(self.tr("Add an object to start (Add object… on the left)."))
            return
        kind = self.tr("catalog") if obj.catalog else self.tr("object")
        self.heading.setText(self.tr("<b>{0}</b> / {1} — {2}, {3} field(s), codes like {4}")
                             .format(obj.name, obj.plural, kind, len(obj.fields), obj.format_code(42)))

    def _object_chosen(self, object_id: int | None) -> None:
        self._update_heading(object_id)
        for tab in (self.fields, self.tables, self.card, self.parent_links, self.child_links, self.detail_sets):
            tab.set_object(object_id)

    def _reload_tabs(self) -> None:
        object_id = self.objects.current_id()
        self._update_heading(object_id)
        for tab in (self.fields, self.tables, self.card, self.parent_links, self.child_links, self.detail_sets):
            if tab.object_id != object_id:
                tab.set_object(object_id)
            else:
                tab.reload()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.timer.start()
        super().showEvent(event)

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.timer.stop()
        super().closeEvent(event)
