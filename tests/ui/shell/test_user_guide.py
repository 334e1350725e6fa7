"""Help → User guide opens docs/user-guide.md in the program, screenshots included, without a network."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication

from supasoft.shell.main_window import MainWindow
from supasoft.shell.user_guide import DOCS, UserGuideDialog, guide_path

TOPICS = ("Records", "Search", "Filters", "Views", "Export", "trash", "Configurator", "What you may do")


def images_of(document: QTextDocument) -> list[str]:
    names = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                names.append(fmt.toImageFormat().name())
            it += 1
        block = block.next()
    return names


def test_f1_opens_the_guide_with_its_screenshots(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: getattr(window, "guide", None) is not None and window.guide.isVisible())
    guide = window.guide
    text = guide.browser.toPlainText()
    assert text.startswith("Supasoft: your first day")
    for topic in TOPICS:
        assert topic in text, topic
    images = images_of(guide.browser.document())
    assert len(images) >= 6 and "screenshots/guide-undo.png" in images
    for name in images:
        assert (DOCS / name).is_file(), name  # every screenshot the guide shows is in the repository
        loaded = guide.browser.loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl(name))
        assert not loaded.isNull() and loaded.width() <= guide.browser.viewport().width(), name
    guide.close()


def test_help_menu_has_the_guide_on_f1_and_it_is_not_modal(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    action = window.actions["user_guide"]
    assert action.shortcut().toString() == "F1"
    action.trigger()
    assert window.guide.browser.openExternalLinks()
    assert QApplication.activeModalWidget() is None  # not modal: the user can read and work side by side
    window.guide.close()


def test_a_copy_without_the_docs_says_so(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    assert guide_path(tmp_path) is None
    dialog = UserGuideDialog(tmp_path / "missing.md")
    qtbot.addWidget(dialog)
    assert "not installed" in dialog.browser.toPlainText()
    assert guide_path(DOCS, "xx") == DOCS / "user-guide.md"
