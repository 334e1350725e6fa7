"""Shared by the scripts/screenshots_*.py: arguments, the app in one language, its demo CRM and grabbing windows."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

LANGUAGES = ("en", "pl", "ru")
#: Set by scripts/screenshots.sh when a window manager runs: grab the screen so title bars and placement show.
WINDOW_MANAGER = os.environ.get("SUPASOFT_SHOTS_WM", "")


def settle(ms: int = 300) -> None:
    """Let layouts, timers and the window manager run (a local loop: QApplication.quit() would close windows)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


@dataclass
class Shots:
    """One screenshot run: where PNGs go, in which language, and the files written."""

    out: Path
    language: str
    tmp: Path
    app: QApplication
    all: bool = False
    written: list[Path] = field(default_factory=list)

    def name(self, base: str) -> str:
        """`base.png` in English (the README's names), `base-pl.png` / `base-ru.png` otherwise."""
        return f"{base}.png" if self.language == "en" else f"{base}-{self.language}.png"

    def save(self, widget: QWidget, base: str, ms: int = 300) -> Path:
        """Write the widget as the user sees it: with its frame from the screen under a window manager."""
        settle(ms)
        pixmap = grab(widget)
        path = self.out / self.name(base)
        pixmap.save(str(path), "PNG", 0)  # quality 0 = the strongest PNG compression
        self.written.append(path)
        return path

    def demo_session(self, file_name: str = "demo.db"):  # noqa: ANN201 - a services Session
        """A fresh database with the ready CRM and its demo data built in the run's language."""
        from supasoft.services.session import open_session
        from supasoft.services.setup import initialize

        session = open_session(self.tmp / file_name, backup_folder=self.tmp / "backups")
        initialize(session, "lite", demo=True, language=self.language)
        return session

    def done(self) -> int:
        print("wrote", *self.written)
        return 0


def grab(widget: QWidget) -> QPixmap:
    """The window's frame from the screen when a window manager draws one, else the widget alone."""
    if WINDOW_MANAGER and widget.isWindow():
        screen = widget.screen() or QGuiApplication.primaryScreen()
        frame = widget.frameGeometry().intersected(screen.geometry())
        return screen.grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height())
    return widget.grab()


def start(description: str) -> Shots:
    """Parse --out/--lang/--all, create the application and load the language's translations."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "docs" / "screenshots")
    parser.add_argument("--lang", choices=LANGUAGES, default=os.environ.get("SUPASOFT_SHOTS_LANG", "en"))
    parser.add_argument("--all", action="store_true", help="also the shots the docs do not use (layout checks)")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f"supasoft-shots-{args.lang}-"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "qsettings"))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("Supasoft")
    app.setApplicationName("Supasoft")
    from PySide6.QtCore import QLocale

    from supasoft.i18n import install_translations
    from supasoft.shell.app_icon import app_icon

    app.setWindowIcon(app_icon())  # as the program does at start
    install_translations(args.lang)
    if args.lang == "en":  # the project's English formats (en_GB), not the C locale of the Xvfb session
        QLocale.setDefault(QLocale("en_GB"))
    return Shots(out=args.out, language=args.lang, tmp=tmp, app=app, all=args.all)
