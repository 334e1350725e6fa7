"""Help → User guide: docs/user-guide.md rendered in the program (works offline, screenshots included)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QSize, Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from supasoft.widgets.screen_fit import fit_window

DOCS = Path(__file__).resolve().parents[2] / "docs"
GUIDE = "user-guide.md"


def guide_path(docs: Path = DOCS, language: str | None = None) -> Path | None:
    """The guide in the interface language when there is one (user-guide.pl.md), else the English one."""
    language = language or QLocale().name().split("_")[0]
    for name in (f"user-guide.{language}.md", GUIDE):
        if (docs / name).is_file():
            return docs / name
    return None


class GuideBrowser(QTextBrowser):
    """Shows the screenshots scaled to the window's width, so nothing needs scrolling sideways."""

    def loadResource(self, kind: int, name: QUrl) -> Any:  # noqa: N802 - Qt API
        if kind == QTextDocument.ResourceType.ImageResource.value:
            if name.isLocalFile():
                file = Path(name.toLocalFile())
            else:  # a name relative to the guide's folder
                file = Path(self.document().baseUrl().toLocalFile() or ".") / name.toString()
            image = QImage(str(file))
            if not image.isNull():
                room = min(self.viewport().width(), self.window().width() - 60)  # before the first layout too
                width = max(320, room - 40)
                return image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation) \
                    if image.width() > width else image
        return super().loadResource(kind, name)


class UserGuideDialog(QDialog):
    """A non-modal window with the guide; links to other docs open in the same window."""

    def __init__(self, path: Path | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Supasoft user guide"))
        self.browser = GuideBrowser(self)
        self.browser.setObjectName("guide_text")
        self.browser.setOpenExternalLinks(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        fit_window(self, QSize(900, 720))
        self.path = path if path is not None else guide_path()
        if self.path is None or not self.path.is_file():
            self.browser.setPlainText(self.tr("The user guide (docs/user-guide.md) is not installed with this copy."))
            return
        self.browser.setSearchPaths([str(self.path.parent)])
        self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(self.path.parent) + "/"))
        self.browser.setMarkdown(self.path.read_text(encoding="utf-8"))


def show_user_guide(parent: QWidget) -> UserGuideDialog:
    dialog = UserGuideDialog(parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
