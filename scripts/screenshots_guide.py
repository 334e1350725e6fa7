"""Screenshots for docs/user-guide.md at 1366×768: first start, search, delete with Undo, the trash."""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox


def settle(app: QApplication, ms: int = 300) -> None:
    """Let the windows paint; a local loop, since QApplication.quit() would close every window (Qt 6)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="supasoft-guide-"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "qsettings"))
    app = QApplication(sys.argv[:1])
    app.setOrganizationName("Supasoft")
    app.setApplicationName("Supasoft")

    from supasoft.cards.card_windows import CardWindows
    from supasoft.i18n import install_translations
    from supasoft.services.session import open_session
    from supasoft.services.setup import initialize, lite_ids
    from supasoft.shell.main_window import MainWindow
    from supasoft.shell.startup import Target, ask_first_start

    install_translations("en")
    written: list[Path] = []

    def save(widget, name: str) -> None:  # noqa: ANN001 - any widget
        path = args.out / name
        widget.grab().save(str(path))
        written.append(path)

    def grab_box(name: str) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            save(box, name)
            box.reject()
        else:
            QTimer.singleShot(100, lambda: grab_box(name))

    QTimer.singleShot(400, lambda: grab_box("guide-first-start.png"))
    ask_first_start(Target(Path("/home/anna/Supasoft/data/supasoft.db"), create=True))

    session = open_session(tmp / "demo.db")
    initialize(session, "lite", demo=True)
    ids = lite_ids(session)
    cards = CardWindows(session.records)
    window = MainWindow(session, open_card=cards.open, open_configurator=lambda: None,
                        database_label="/home/anna/Supasoft/data/supasoft.db")
    window.setGeometry(app.primaryScreen().availableGeometry())  # the whole 1366×768 screen (Xvfb has no window manager)
    window.show()
    window.navigator.expandAll()
    clients = window.open_object(ids["client"])
    clients.search_edit.setText("ltd")
    clients.search_now("ltd")
    clients.view.selectRow(0)
    settle(app, 500)
    save(window, "guide-search.png")

    tasks = window.open_object(ids["task"])
    tasks.confirm = lambda text: True
    tasks.view.selectRow(1)
    tasks.delete_selected(ask=False)
    settle(app, 1200)  # the navigator's counts follow a moment later
    save(window, "guide-undo.png")

    window.open_trash(None)
    settle(app)
    save(window, "guide-trash.png")
    window.close()
    session.close()
    print("wrote", *written)
    return 0


if __name__ == "__main__":
    sys.exit(main())
