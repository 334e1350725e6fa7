"""Where the program keeps its own files: the portable edition keeps everything in its folder, the installed
one uses the user's standard folders (platformdirs); fonts shipped with the bundle are registered with Qt."""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
import tempfile
from pathlib import Path

from platformdirs import user_log_dir

from supasoft.settings import APP_NAME, Settings

log = logging.getLogger(__name__)

SETTINGS_FOLDER = "settings"  # window state (QSettings ini) of the portable edition, beside client.ini
LOG_FOLDER = "logs"
LOG_FILE = "supasoft.log"


def bundle_folder() -> Path | None:
    """The frozen bundle's resource folder (PyInstaller's _internal), None when run from the sources."""
    folder = getattr(sys, "_MEIPASS", None)
    return Path(folder) if folder else None


def prepare_environment(settings: Settings) -> Path | None:
    """Before Qt starts: point every per-user folder at the bundle in the portable edition; returns the log file.

    Qt's settings (ours, and the file dialogs' QtProject.conf) go to the bundle's settings folder, the font
    cache to the temporary folder. The config and data XDG folders are left alone on purpose: programs started
    from Supasoft (a document opened in the desktop's word processor) inherit the environment and must keep
    using the user's own profile. Must run before the QApplication exists.
    """
    folder = settings.program_folder()
    if settings.portable and folder is not None:
        os.environ["XDG_CACHE_HOME"] = str(Path(tempfile.gettempdir()) / f"supasoft-cache-{_user_tag()}")
        from supasoft.shell.prefs import keep_settings_in

        keep_settings_in(folder / SETTINGS_FOLDER)
        logs = folder / LOG_FOLDER
    else:
        logs = Path(user_log_dir(APP_NAME, appauthor=False))
    return start_log(logs / LOG_FILE, settings.log_level)


def _user_tag() -> str:
    getuid = getattr(os, "getuid", None)
    return str(getuid()) if getuid else os.environ.get("USERNAME", "user")


def start_log(file: Path, level: str) -> Path | None:
    """A small rotating log file; a read-only folder leaves the log on stderr instead of stopping the program."""
    root = logging.getLogger()
    root.setLevel(getattr(logging, level, logging.WARNING))
    if any(getattr(h, "baseFilename", None) == str(file.absolute()) for h in root.handlers):
        return file  # a second start in one process (tests) keeps one handler
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(file, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError as exc:
        print(f"supasoft: no log file ({file}: {exc.strerror or exc})", file=sys.stderr)
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    return file


def install_fonts() -> int:
    """Register the fonts shipped in the bundle, so text renders on hosts without fonts; returns how many."""
    base = bundle_folder()
    if base is None or not (base / "fonts").is_dir():
        return 0
    from PySide6.QtGui import QFontDatabase

    added = 0
    for font in sorted((base / "fonts").glob("*.ttf")):
        if QFontDatabase.addApplicationFont(str(font)) >= 0:
            added += 1
        else:
            log.warning("could not load the shipped font %s", font)
    return added
