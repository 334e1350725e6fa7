"""Run by test_windows_fit_screen in a process whose offscreen screen is 1366×768: prints every window's frame as JSON."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget


def frame(widget: QWidget) -> list[int]:
    widget.show()
    QApplication.processEvents()
    rect = widget.frameGeometry()
    return [rect.x(), rect.y(), rect.width(), rect.height()]


def main(folder: Path) -> None:
    app = QApplication(sys.argv[:1])
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "qsettings"))
    from supasoft.accessrights.access_window import AccessRightsWindow
    from supasoft.cards.card_windows import CardWindows
    from supasoft.configurator.configurator_window import ConfiguratorWindow
    from supasoft.services.session import open_session
    from supasoft.services.setup import initialize, lite_ids
    from supasoft.settings import Settings
    from supasoft.shell.bulk import BulkSetDialog
    from supasoft.shell.columns_dialog import ColumnsDialog
    from supasoft.shell.filter_dialog import FilterBuilderDialog
    from supasoft.shell.main_window import MainWindow

    session = open_session(folder / "demo.db")
    initialize(session, "lite", demo=True)
    ids = lite_ids(session)
    config = session.configuration.config
    screen = app.primaryScreen().availableGeometry()
    out: dict = {"screen": [screen.x(), screen.y(), screen.width(), screen.height()], "windows": {}, "cards": []}
    windows = out["windows"]
    cards = CardWindows(session.records)
    main_window = MainWindow(session, Settings(), open_card=cards.open, open_configurator=lambda: None,
                             open_access=lambda: None, database_label=str(folder / "demo.db"))
    for obj in config.objects:
        main_window.open_object(obj.id)
    windows["main window"] = frame(main_window)
    for obj in config.objects:
        card = cards.open(obj.id, None)
        windows[f"new {obj.name} card"] = frame(card)
        out["cards"].append({"object": obj.name, "fields": len(obj.fields), "frame": windows[f"new {obj.name} card"]})
    for card in cards.windows():
        card.close()
    for obj in config.objects:
        tab = main_window.open_object(obj.id)
        record_id = tab.model.record_id(0) if tab is not None and tab.model.rowCount() else None
        if record_id is not None:
            windows[f"{obj.name} card of a record"] = frame(cards.open(obj.id, record_id))
    windows["Configurator"] = frame(ConfiguratorWindow(session))
    windows["Access rights"] = frame(AccessRightsWindow(session))
    client = config.object_by_id(ids["client"])
    tab = main_window.open_object(client.id)
    windows["Filter dialog"] = frame(FilterBuilderDialog(config, client.id, None, tab.lookup, lambda _g: None, main_window))
    windows["Columns dialog"] = frame(ColumnsDialog(config, client.id, tab.source.paths(), main_window))
    windows["Change field dialog"] = frame(BulkSetDialog(client, 3, tab.lookup, main_window))
    from supasoft.accessrights.login_dialog import LoginDialog
    from supasoft.shell.user_guide import UserGuideDialog

    windows["Login"] = frame(LoginDialog(session, "anna"))

    windows["User guide"] = frame(UserGuideDialog(parent=main_window))
    from supasoft.importer.wizard import ImportWizard

    windows["Import wizard"] = frame(ImportWizard(session, client.id, main_window))
    print(json.dumps(out))
    session.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
