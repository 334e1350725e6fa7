"""Where a filled document goes: a temporary file opened with the system's program (replaceable for tests), or a file."""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

Opener = Callable[[Path], None]


def system_open(path: Path) -> None:
    """Open a file with the program the system uses for its type (Word, LibreOffice, a PDF viewer)."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


_opener: Opener = system_open


def set_opener(opener: Opener) -> Opener:
    """Use another opener (tests record the path instead of starting a program); returns the previous one."""
    global _opener
    previous, _opener = _opener, opener
    return previous


def safe_file_name(text: str, suffix: str) -> str:
    """A file name made of a title (`Offer ORD-00012`), without characters file systems refuse."""
    stem = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "_", text).strip(" .") or "document"
    return f"{stem[:120]}{suffix}"


def open_document(name: str, data: bytes) -> Path:
    """Write the document to its own temporary folder and open it; returns the file's path."""
    folder = Path(tempfile.mkdtemp(prefix="supasoft-document-"))
    path = folder / name
    path.write_bytes(data)
    _opener(path)
    return path
