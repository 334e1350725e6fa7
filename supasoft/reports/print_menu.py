"""Print entries of the Records menu: the current list (as shown) and the current record's card, previewed or saved
as PDF; reports print from their own tab."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMenu

from supasoft.core.errors import SupasoftError
from supasoft.reports.print_records import ask_pdf, card_pdf, list_pdf, preview, print_card, print_list
from supasoft.shell.main_window import MainWindow
from supasoft.widgets.error_text import shown_error


def install_printing(window: MainWindow) -> dict[str, QAction]:
    """Add the print entries to the Records menu, enabled while a table is in front (the card: a record chosen)."""
    from supasoft.reports.print_card_window import install_card_printing

    install_card_printing()  # card windows get a Print button as they open
    menu = window.findChild(QMenu, "menu_records")
    if menu is None or "print_list" in window.actions:
        return {}
    menu.addSeparator()
    added: dict[str, QAction] = {}
    for key, text, slot, shortcut in (
            ("print_list", QCoreApplication.translate("PrintMenu", "&Print list…"), lambda: print_list_preview(window), QKeySequence.StandardKey.Print),
            ("pdf_list", QCoreApplication.translate("PrintMenu", "Save list as P&DF…"), lambda: save_list_pdf(window), None),
            ("print_card", QCoreApplication.translate("PrintMenu", "Print &card…"), lambda: print_card_preview(window), None),
            ("pdf_card", QCoreApplication.translate("PrintMenu", "Save card as PDF…"), lambda: save_card_pdf(window), None)):
        action = menu.addAction(text)
        action.setObjectName(f"action_{key}")
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False, run=slot: run())
        window.actions[key] = added[key] = action

    def sync() -> None:
        tab = window.current_table()
        for key in ("print_list", "pdf_list"):
            added[key].setEnabled(tab is not None)
        for key in ("print_card", "pdf_card"):
            added[key].setEnabled(tab is not None and tab.current_id() is not None)

    window.tabs.currentChanged.connect(lambda _i: sync())
    menu.aboutToShow.connect(sync)
    sync()
    return added


def print_list_preview(window: MainWindow) -> None:
    tab = window.current_table()
    if tab is not None:
        preview(window, tab.title(), lambda printer: _guarded(window, lambda: print_list(printer, tab)), landscape=True)


def print_card_preview(window: MainWindow) -> None:
    tab = window.current_table()
    record_id = tab.current_id() if tab is not None else None
    if tab is None or record_id is None:
        return

    def paint(printer: QPrinter) -> None:
        _guarded(window, lambda: print_card(printer, tab.records, tab.object_id, record_id))

    preview(window, tab.title(), paint, landscape=False)


def save_list_pdf(window: MainWindow) -> None:
    tab = window.current_table()
    target = ask_pdf(window, tab.title()) if tab is not None else None
    if tab is not None and target is not None and _guarded(window, lambda: list_pdf(tab, target)):
        window.statusBar().showMessage(QCoreApplication.translate("PrintMenu", "Saved as %1").replace("%1", str(target)), 10000)


def save_card_pdf(window: MainWindow) -> None:
    tab = window.current_table()
    record_id = tab.current_id() if tab is not None else None
    if tab is None or record_id is None:
        return
    target = ask_pdf(window, f"{tab.title()} {record_id}")
    if target is not None and _guarded(window, lambda: card_pdf(tab.records, tab.object_id, record_id, target)):
        window.statusBar().showMessage(QCoreApplication.translate("PrintMenu", "Saved as %1").replace("%1", str(target)), 10000)


def _guarded(window: MainWindow, work: object) -> int:
    """Run a print; a refused read (a record deleted meanwhile, no right) is said in the status line."""
    try:
        return int(work())  # type: ignore[operator]
    except SupasoftError as exc:
        window.statusBar().showMessage(shown_error(exc), 15000)
        return 0
