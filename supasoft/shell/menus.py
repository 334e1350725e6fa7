"""The main window's menu bar: File, Records, Reports, Documents, Settings, Help."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QStyle

if TYPE_CHECKING:
    from supasoft.shell.main_window import MainWindow



def build_menus(w: MainWindow) -> dict[str, QAction]:
    """Create the menus; returns the actions by name so the window can enable them."""
    bar = w.menuBar()
    style = w.style()
    actions: dict[str, QAction] = {}

    def add(menu: QMenu, key: str, text: str, slot: object, shortcut: QKeySequence | str | None = None,
            icon: QStyle.StandardPixmap | None = None) -> QAction:
        action = menu.addAction(text)
        if icon is not None:
            action.setIcon(style.standardIcon(icon))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        action.setObjectName(f"action_{key}")
        actions[key] = action
        return action

    file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    file_menu.setObjectName("menu_file")
    if w.new_database_callback is not None:
        add(file_menu, "new_database", QCoreApplication.translate("MainWindow", "&New database…"), w.ask_new_database)
    if w.open_database_callback is not None:
        add(file_menu, "open_database", QCoreApplication.translate("MainWindow", "&Open database…"), w.ask_open_database, QKeySequence.StandardKey.Open,
            QStyle.StandardPixmap.SP_DialogOpenButton)
    add(file_menu, "backup", QCoreApplication.translate("MainWindow", "&Back up…"), w.ask_backup, None, QStyle.StandardPixmap.SP_DialogSaveButton)
    if w.restore_backup_callback is not None:
        add(file_menu, "restore", QCoreApplication.translate("MainWindow", "&Restore from a backup…"), w.ask_restore)
    actions["backup"].setEnabled(w.session.backups.available)
    if w.log_out is not None or w.switch_user is not None:
        file_menu.addSeparator()
    if w.switch_user is not None:
        add(file_menu, "switch_user", QCoreApplication.translate("MainWindow", "&Switch user…"), w.switch_user)
    if w.log_out is not None:
        add(file_menu, "log_out", QCoreApplication.translate("MainWindow", "&Log out"), w.log_out)
    file_menu.addSeparator()
    add(file_menu, "exit", QCoreApplication.translate("MainWindow", "E&xit"), w.close, QKeySequence.StandardKey.Quit)

    records = bar.addMenu(QCoreApplication.translate("MainWindow", "&Records"))
    records.setObjectName("menu_records")
    records.setToolTipsVisible(True)  # a greyed-out action says why
    add(records, "new", QCoreApplication.translate("MainWindow", "&New record"), lambda: w.on_current("new"), QKeySequence.StandardKey.New,
        QStyle.StandardPixmap.SP_FileIcon)
    add(records, "open", QCoreApplication.translate("MainWindow", "&Open record"), lambda: w.on_current("open"))
    add(records, "delete", QCoreApplication.translate("MainWindow", "&Delete"), lambda: w.on_current("delete"), QKeySequence.StandardKey.Delete,
        QStyle.StandardPixmap.SP_TrashIcon)
    add(records, "undo", QCoreApplication.translate("MainWindow", "&Undo"), lambda: w.on_current("undo"),
        QKeySequence.StandardKey.Undo, QStyle.StandardPixmap.SP_ArrowBack)
    add(records, "refresh", QCoreApplication.translate("MainWindow", "Re&fresh"), lambda: w.on_current("refresh"), QKeySequence.StandardKey.Refresh,
        QStyle.StandardPixmap.SP_BrowserReload)
    add(records, "find", QCoreApplication.translate("MainWindow", "&Find…"), lambda: w.on_current("find"))
    records.addSeparator()
    add(records, "bulk", QCoreApplication.translate("MainWindow", "&Change field in selected…"), lambda: w.on_current("bulk"))
    add(records, "export", QCoreApplication.translate("MainWindow", "&Export to Excel…"), lambda: w.on_current("export"))
    add(records, "import", QCoreApplication.translate("MainWindow", "&Import…"), lambda: None).setEnabled(False)  # the wizard (supasoft.importer) connects it
    records.addSeparator()
    add(records, "trash", QCoreApplication.translate("MainWindow", "&Trash"), w.show_trash, None, QStyle.StandardPixmap.SP_TrashIcon)

    for key, title in (("reports", QCoreApplication.translate("MainWindow", "Re&ports")), ("documents", QCoreApplication.translate("MainWindow", "&Documents"))):
        menu = bar.addMenu(title)
        menu.setObjectName(f"menu_{key}")
        menu.setToolTipsVisible(True)
        placeholder = menu.addAction(QCoreApplication.translate("MainWindow", "Coming in a later version"))
        placeholder.setEnabled(False)
        placeholder.setToolTip(QCoreApplication.translate("MainWindow", "coming"))
        menu.menuAction().setToolTip(QCoreApplication.translate("MainWindow", "coming"))
        menu.setEnabled(False)
        actions[key] = menu.menuAction()

    settings = bar.addMenu(QCoreApplication.translate("MainWindow", "&Settings"))
    settings.setObjectName("menu_settings")
    if w.open_configurator is not None:
        add(settings, "configurator", QCoreApplication.translate("MainWindow", "&Configurator…"), w.open_configurator)
    if w.open_access is not None:
        add(settings, "access", QCoreApplication.translate("MainWindow", "&Access rights…"), w.open_access)
    settings.menuAction().setVisible(bool(settings.actions()))
    actions["settings"] = settings.menuAction()

    help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    help_menu.setObjectName("menu_help")
    add(help_menu, "user_guide", QCoreApplication.translate("MainWindow", "&User guide"), w.user_guide,
        QKeySequence.StandardKey.HelpContents, QStyle.StandardPixmap.SP_DialogHelpButton)
    add(help_menu, "about", QCoreApplication.translate("MainWindow", "&About Supasoft"), w.about, None, QStyle.StandardPixmap.SP_MessageBoxInformation)
    add(help_menu, "database_info", QCoreApplication.translate("MainWindow", "&Database information"), w.database_info)
    return actions
