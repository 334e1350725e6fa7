"""The main window's Documents menu (Templates…, Fill template for selected…) and the card's Document button."""

from __future__ import annotations

import weakref
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

from supasoft.cards import card_window
from supasoft.core.errors import SupasoftError
from supasoft.documents.card_button import add_document_button
from supasoft.documents.fill_dialog import FillDialog
from supasoft.documents.service import documents_of, may_fill, may_manage, templates_of
from supasoft.documents.templates_dialog import TemplatesDialog
from supasoft.shell.main_window import MainWindow


def documents_menu(window: MainWindow) -> QMenu:
    menu = window.actions["documents"].menu()
    assert isinstance(menu, QMenu)
    return menu


_INSTALLED: weakref.WeakSet[Any] = weakref.WeakSet()  # the records services whose cards get the Document button


def _extend_card(card: Any) -> Any:
    """Cards of a session whose window has the Documents menu get the Document button (others are left alone)."""
    return add_document_button(card) if card.records in _INSTALLED else None


def install_documents(window: MainWindow) -> QMenu:
    """Turn the Documents placeholder into the working menu and give the session's cards their Document button."""
    _INSTALLED.add(window.session.records)
    if _extend_card not in card_window.card_extensions:
        card_window.card_extensions.append(_extend_card)
    menu = documents_menu(window)
    menu.aboutToShow.connect(lambda: fill_menu(window, menu))
    window.relay.structure_changed.connect(lambda *_: sync_enabled(window))  # another user's templates, new rights
    fill_menu(window, menu)
    sync_enabled(window)
    return menu


def uninstall_card_button() -> None:
    """Cards opened from now on have no Document button (tests that install the menu clean up with it)."""
    _INSTALLED.clear()
    for extension in (_extend_card, add_document_button):
        if extension in card_window.card_extensions:
            card_window.card_extensions.remove(extension)


def sync_enabled(window: MainWindow) -> bool:
    """The menu is on when some object has templates the user can see, or the user may add templates."""
    menu = documents_menu(window)
    on = may_manage(window.session) or _any_templates(window.session)
    menu.setEnabled(on)
    menu.menuAction().setToolTip("" if on else QCoreApplication.translate(
        "DocumentsMenu", "There are no document templates yet; a user who may change the structure adds them"))
    return on


def _any_templates(session: Any) -> bool:
    try:
        return bool(documents_of(session).list_templates())
    except SupasoftError:
        return False


def fill_menu(window: MainWindow, menu: QMenu) -> None:
    menu.clear()
    templates = menu.addAction(QCoreApplication.translate("DocumentsMenu", "&Templates…"))
    templates.setObjectName("action_document_templates")
    templates.triggered.connect(lambda _c=False: open_templates(window))
    fill = menu.addAction(QCoreApplication.translate("DocumentsMenu", "&Fill template for selected…"))
    fill.setObjectName("action_fill_selected")
    fill.triggered.connect(lambda _c=False: fill_selected(window))
    reason = _why_not_fill(window)
    fill.setEnabled(not reason)
    fill.setToolTip(reason)


def _why_not_fill(window: MainWindow) -> str:
    tab = window.current_table()
    if tab is None or not tab.selected_ids():
        return QCoreApplication.translate("DocumentsMenu", "Select one or more records in a table first")
    if not may_fill(window.session, tab.object_id):
        return QCoreApplication.translate("DocumentsMenu", "You may not make documents of these records")
    if not templates_of(window.session, tab.object_id):
        return QCoreApplication.translate("DocumentsMenu", "This object has no document templates yet")
    return ""


def open_templates(window: MainWindow) -> TemplatesDialog:
    """The templates dialog on the current tab's object (one at a time; the menu follows what it changed)."""
    existing = getattr(window, "templates_dialog", None)
    if existing is not None and shiboken6.isValid(existing):
        existing.close()
    tab = window.current_table()
    dialog = TemplatesDialog(window.session, tab.object_id if tab is not None else None, window)
    dialog.finished.connect(lambda _r: sync_enabled(window))
    window.templates_dialog = dialog  # type: ignore[attr-defined]
    dialog.show()
    return dialog


def fill_selected(window: MainWindow) -> FillDialog | None:
    """The fill dialog for the records selected in the current table."""
    tab = window.current_table()
    if tab is None or not tab.selected_ids():
        return None
    existing = getattr(window, "fill_dialog", None)
    if existing is not None and shiboken6.isValid(existing):
        existing.close()
    dialog = FillDialog(window.session, tab.object_id, tab.selected_ids(), window)
    window.fill_dialog = dialog  # type: ignore[attr-defined]
    dialog.show()
    return dialog
