"""The main window: navigator on the left, objects as tabs on the right, menus for everyday work."""

from __future__ import annotations

import weakref
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QSize, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from supasoft.core.errors import SupasoftError
from supasoft.core.messages import error_text
from supasoft.services.session import Session
from supasoft.settings import Settings
from supasoft.shell.about import show_about, show_database_info
from supasoft.shell.app_icon import app_icon
from supasoft.shell.maintenance import CardSource, MaintenanceBanner, MaintenanceController
from supasoft.shell.menus import build_menus
from supasoft.shell.navigator import Navigator
from supasoft.shell.prefs import UserPrefs
from supasoft.shell.relay import ChangeRelay
from supasoft.shell.table_tab import OpenCard, TableTab
from supasoft.shell.trash_tab import TrashTab
from supasoft.shell.user_guide import show_user_guide
from supasoft.widgets.busy import Cancelled, run_busy
from supasoft.widgets.error_text import shown_error
from supasoft.widgets.screen_fit import fit_window

Callback = Callable[[], Any]


class MainWindow(QMainWindow):
    """One open database; everything that opens elsewhere (cards, Configurator) comes in as callbacks."""

    def __init__(self, session: Session, settings: Settings | None = None, *,
                 open_card: OpenCard | None = None, open_configurator: Callback | None = None,
                 open_access: Callback | None = None, open_database: Callable[[Path], Any] | None = None,
                 new_database: Callable[[Path, bool], Any] | None = None,
                 restore_backup: Callable[[Path], Any] | None = None, database_label: str = "",
                 log_out: Callback | None = None, switch_user: Callback | None = None,
                 restore_state: bool = True, cards: CardSource | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.settings = settings or Settings()
        self.open_card = open_card
        self.open_database_callback = open_database
        self.new_database_callback = new_database
        self.log_out = log_out
        self.switch_user = switch_user
        self.restore_backup_callback = restore_backup
        self.database_label = database_label or _label(session)
        self.prefs = UserPrefs(self.database_label, session.actor.name)
        self.relay = ChangeRelay(session, self)
        access = session.access
        self.open_configurator = open_configurator if (self.settings.show_configurator and access.allowed("configure")) else None
        self.open_access = open_access if (self.settings.show_access and access.allowed("manage_access")) else None
        self.setWindowTitle(self.tr("Supasoft — %s") % Path(self.database_label).name)
        self.setWindowIcon(app_icon())
        fit_window(self, QSize(1180, 720))

        self.navigator = Navigator(session, self)
        self.navigator.open_requested.connect(lambda oid, lid: self.open_object(oid, lid))
        self.navigator.trash_requested.connect(lambda: self.open_trash(None))
        self.relay.records_changed.connect(self.navigator.schedule_counts)
        self.relay.structure_changed.connect(lambda _c: self.navigator.rebuild())
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(True)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.tabs.currentChanged.connect(lambda _i: self._sync_actions())
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.navigator)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([220, 960])
        self.splitter.setChildrenCollapsible(False)
        self.maintenance_banner = MaintenanceBanner(self)
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.maintenance_banner)
        column.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        tables = weakref.WeakMethod(self.table_tabs)  # no cycle: the window must go when deleted
        self.maintenance = MaintenanceController(session, self.relay, self.maintenance_banner,
                                                 lambda: (tables() or list)(), self, cards=cards)
        self.user_label = QLabel(self)
        self.user_label.setObjectName("user_label")
        self.statusBar().addPermanentWidget(self.user_label)
        self.show_user()
        self.database_info_label = QLabel(self.database_label, self)
        self.statusBar().addPermanentWidget(self.database_info_label)
        self.actions = build_menus(self)
        self._sync_actions()
        self.pending_tabs: list[tuple[int, dict[str, Any]]] = []  # remembered tabs for reopen_tabs (reports)
        self._pending_current: int | None = None
        if restore_state:
            self.restore_state()

    # --- tabs ----------------------------------------------------------------------------------
    def table_tabs(self) -> list[TableTab]:
        return [w for w in (self.tabs.widget(i) for i in range(self.tabs.count())) if isinstance(w, TableTab)]

    def current_table(self) -> TableTab | None:
        widget = self.tabs.currentWidget()
        return widget if isinstance(widget, TableTab) else None

    def open_object(self, object_id: int, list_id: int | None = None) -> TableTab | None:
        """Focus the object's tab (switching it to the view asked for), or open a new one."""
        for tab in self.table_tabs():
            if tab.object_id == object_id:
                if list_id is not None and tab.current_list_id() != list_id:
                    tab.load_view(list_id)
                self.tabs.setCurrentWidget(tab)
                return tab
        try:
            tab = TableTab(self.session, object_id, list_id=list_id, open_card=self.open_card, prefs=self.prefs,
                           relay=self.relay, parent=self.tabs)
        except (SupasoftError, KeyError) as exc:
            QMessageBox.warning(self, self.windowTitle(), error_text(exc, QLocale().name()))
            return None
        index = self.tabs.addTab(tab, tab.title())
        tab.title_changed.connect(lambda text, t=tab: self.tabs.setTabText(self.tabs.indexOf(t), text))
        tab.view.selectionModel().selectionChanged.connect(lambda *_: self._sync_actions())
        tab.undo_available.connect(lambda _available: self._sync_actions())
        tab.model_replaced.connect(lambda t=tab: t.view.selectionModel().selectionChanged.connect(lambda *_: self._sync_actions()))
        self.tabs.setCurrentIndex(index)
        return tab

    def open_trash(self, object_id: int | None = None) -> TrashTab:
        for i in range(self.tabs.count()):
            widget = self.tabs.widget(i)
            if isinstance(widget, TrashTab) and widget.object_id == object_id:
                widget.refresh()
                self.tabs.setCurrentIndex(i)
                return widget
        tab = TrashTab(self.session, object_id, self.relay, self.tabs)
        self.tabs.setCurrentIndex(self.tabs.addTab(tab, tab.title()))
        return tab

    def close_tab(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if isinstance(widget, TableTab):
            widget.save_column_state()
        if callable(shutdown := getattr(widget, "shutdown", None)):  # tabs with timers or workers (reports)
            shutdown()
        self.tabs.removeTab(index)
        if widget is not None:
            widget.deleteLater()

    def _sync_actions(self) -> None:
        tab = self.current_table()
        has_table = tab is not None
        a = self.actions
        a["open"].setEnabled(has_table and self.open_card is not None)
        a["find"].setEnabled(has_table)
        refused = tab.refused if tab is not None else {}
        for key in ("new", "delete", "bulk", "export"):  # the tab asked the services what this user may do
            a[key].setEnabled(has_table and key not in refused and (key != "new" or self.open_card is not None))
            a[key].setToolTip(refused.get(key, a[key].text().replace("&", "")))
        a["refresh"].setEnabled(self.tabs.count() > 0)
        a["undo"].setEnabled(tab is not None and tab.can_undo())

    # --- actions the menus call ------------------------------------------------------------------
    def on_current(self, name: str) -> None:
        """Run a table action on the current tab (menus and shortcuts route here)."""
        widget = self.tabs.currentWidget()
        if name == "refresh" and isinstance(widget, TrashTab):
            widget.refresh()
            return
        if not isinstance(widget, TableTab):
            return
        {"new": widget.new_record, "open": widget.open_current, "delete": widget.delete_selected,
         "undo": widget.undo_last,
         "refresh": widget.refresh, "find": widget.focus_search, "bulk": widget.ask_bulk_set,
         "export": widget.ask_export}[name]()

    def show_trash(self) -> None:
        tab = self.current_table()
        self.open_trash(tab.object_id if tab is not None else None)

    def ask_open_database(self) -> None:
        path, _f = QFileDialog.getOpenFileName(self, self.tr("Open database"), str(Path(self.database_label).parent),
                                               self.tr("Supasoft databases (*.db *.sqlite);;All files (*)"))
        if path and self.open_database_callback is not None:
            self.open_database_callback(Path(path))

    def ask_new_database(self) -> None:
        """A save dialog that takes a new name, then: with demo data or empty?"""
        if self.new_database_callback is None:
            return
        folder = Path(self.database_label).parent if self.session.storage.kind == "sqlite" else Path.home()
        path, _f = QFileDialog.getSaveFileName(self, self.tr("New database"), str(folder / self.tr("new-crm.db")),
                                               self.tr("Supasoft databases (*.db)"),
                                               options=QFileDialog.Option.DontConfirmOverwrite)
        if not path:
            return
        if not Path(path).suffix:
            path += ".db"
        demo = self.ask_demo()
        if demo is not None:
            self.new_database_callback(Path(path), demo)

    def ask_demo(self) -> bool | None:
        """The ready CRM with demo data (True), empty (False), or cancel (None)."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("New database"),
                          self.tr("The new database gets the ready CRM. Add demo data to look around?"), parent=self)
        box.setObjectName("ask_demo")
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
                               | QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("With demo data"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Empty"))
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Cancel:
            return None
        return answer == QMessageBox.StandardButton.Yes

    def show_user(self) -> None:
        """Who is working: full name, else login; nothing for the free single user."""
        actor = self.session.actor
        name = ""
        if actor.user_id is not None:
            try:
                name = next((p.full_name for p in self.session.users.people() if p.id == actor.user_id), "")
            except SupasoftError:
                name = ""
            name = name or actor.name
        self.user_label.setText(self.tr("Logged in: %s") % name if name else "")
        self.user_label.setToolTip(self.tr("Login: %s") % actor.name if name else "")
        self.user_label.setVisible(bool(name))

    def ask_backup(self) -> None:
        suggested = Path(self.database_label).with_suffix(".backup.db")
        path, _f = QFileDialog.getSaveFileName(self, self.tr("Back up the database"), str(suggested),
                                               self.tr("Supasoft databases (*.db)"))
        if path:
            self.backup_to(Path(path))

    def backup_to(self, path: Path) -> bool:
        backups = self.session.backups
        try:
            run_busy(lambda _progress: backups.backup_to(path), self, title=self.tr("Backing up…"))
        except Cancelled:
            return False
        except (SupasoftError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Backup"), shown_error(exc))
            return False
        self.statusBar().showMessage(self.tr("Backup saved to %s") % path, 10000)
        return True

    def ask_restore(self) -> None:
        folder = self.session.backups.folder or Path(self.database_label).parent
        path, _f = QFileDialog.getOpenFileName(self, self.tr("Restore from a backup"), str(folder),
                                               self.tr("Supasoft databases (*.db);;All files (*)"))
        if not path or self.restore_backup_callback is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Restore from a backup"),
            self.tr("Replace everything in this database with the backup %s?\n"
                    "A safety copy of the current state is taken first.") % path)
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_backup_callback(Path(path))

    def user_guide(self) -> None:
        """Help → User guide (F1): the first-day guide, rendered here so it works offline."""
        self.guide = show_user_guide(self)

    def about(self) -> None:
        show_about(self)

    def database_info(self) -> None:
        show_database_info(self, self.session)

    # --- remembered state ------------------------------------------------------------------------
    def save_state(self) -> None:
        self.prefs.set_bytes("geometry", self.saveGeometry())
        self.prefs.set_bytes("splitter", self.splitter.saveState())
        tabs = []
        for i in range(self.tabs.count()):
            widget = self.tabs.widget(i)
            if isinstance(widget, TableTab):
                widget.save_column_state()
                tabs.append({"object": widget.object_id, "list": widget.current_list_id()})
            elif callable(state := getattr(widget, "saved_state", None)) and isinstance(entry := state(), dict):
                tabs.append(entry)  # an upper layer's tab (a report): {"kind": ..., ...}, reopened by reopen_tabs
        tabs += [entry for _position, entry in self.pending_tabs]  # remembered tabs no opener took (yet)
        self.prefs.set_json("tabs", {"open": tabs, "current": self.tabs.currentIndex()})

    def restore_state(self) -> None:
        geometry = self.prefs.get_bytes("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
            if not (self.isMaximized() or self.isFullScreen()):
                fit_window(self, self.size())  # remembered on a bigger screen: shrink to this one
        splitter = self.prefs.get_bytes("splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        saved = self.prefs.get_json("tabs", None)
        config = self.session.configuration.config
        readable = [o for o in config.objects if self.session.access.allowed("read", o.id)]
        known = {o.id for o in readable}
        if isinstance(saved, dict):
            opened: dict[int, QWidget] = {}
            for position, entry in enumerate(saved.get("open", [])):
                if isinstance(entry, dict) and entry.get("object") in known:
                    lists = {v.id for v in config.lists_of(entry["object"])}
                    tab = self.open_object(entry["object"], entry.get("list") if entry.get("list") in lists else None)
                    if tab is not None:
                        opened[position] = tab
                elif isinstance(entry, dict) and isinstance(entry.get("kind"), str):
                    self.pending_tabs.append((position, entry))
            current = saved.get("current", 0)
            if current in opened:
                self.tabs.setCurrentWidget(opened[current])
            self._pending_current = current if isinstance(current, int) else None
        elif readable:
            first = min(readable, key=lambda o: (o.order, o.id))
            self.open_object(first.id)

    def reopen_tabs(self, kind: str, opener: Callable[[dict[str, Any]], QWidget | None]) -> None:
        """Reopen the remembered tabs of `kind` (an upper layer's, such as reports) where they stood; `opener` adds
        one tab and returns it, or None when what it showed is gone (it is then forgotten)."""
        pending, self.pending_tabs = self.pending_tabs, []
        current = self.tabs.currentWidget()
        for position, entry in pending:
            if entry.get("kind") != kind:
                self.pending_tabs.append((position, entry))
                continue
            tab = opener(entry)
            if tab is None or self.tabs.indexOf(tab) < 0:
                continue
            self.tabs.tabBar().moveTab(self.tabs.indexOf(tab), min(position, self.tabs.count() - 1))
            if position == self._pending_current:
                current = tab
        if current is not None:
            self.tabs.setCurrentWidget(current)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.save_state()
        self.relay.detach()
        for index in range(self.tabs.count()):  # a report's pending preview must not run after the window closed
            if callable(shutdown := getattr(self.tabs.widget(index), "shutdown", None)):
                shutdown()
        super().closeEvent(event)


def _label(session: Session) -> str:
    database = session.storage.database
    return str(database.path) if getattr(database, "path", None) else str(getattr(database, "url", "database"))


__all__ = ["MainWindow"]
