"""Screenshots for docs/user-guide.md at 1366×768: first start, search, delete with Undo, the trash."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from screenshots_common import start


def main() -> int:
    shots = start(__doc__)
    if shots.language != "en":  # the user guide is in English
        return shots.done()
    from supasoft.cards.card_windows import CardWindows
    from supasoft.services.setup import lite_ids
    from supasoft.shell.main_window import MainWindow
    from supasoft.shell.startup import Target, ask_first_start

    def grab_box(name: str) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            shots.save(box, name, 0)
            box.reject()
        else:
            QTimer.singleShot(100, lambda: grab_box(name))

    QTimer.singleShot(400, lambda: grab_box("guide-first-start"))
    ask_first_start(Target(Path("/home/anna/Supasoft/data/supasoft.db"), create=True))

    session = shots.demo_session()
    ids = lite_ids(session)
    cards = CardWindows(session.records)
    window = MainWindow(session, open_card=cards.open, open_configurator=lambda: None,
                        database_label="/home/anna/Supasoft/data/supasoft.db")
    window.showMaximized()  # the whole 1366×768 screen
    window.navigator.expandAll()
    clients = window.open_object(ids["client"])
    clients.search_edit.setText("ltd")
    clients.search_now("ltd")
    clients.view.selectRow(0)
    shots.save(window, "guide-search", 500)

    tasks = window.open_object(ids["task"])
    tasks.confirm = lambda text: True
    tasks.view.selectRow(1)
    tasks.delete_selected(ask=False)
    shots.save(window, "guide-undo", 1200)  # the navigator's counts follow a moment later

    window.open_trash(None)
    shots.save(window, "guide-trash")
    window.close()
    session.close()
    return shots.done()


if __name__ == "__main__":
    sys.exit(main())
