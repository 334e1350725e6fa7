"""A Print button (and Ctrl+P) on every card window: the record as the card shows it, unsaved edits included,
previewed or saved as PDF. Cards sit below reports, so this layer equips a card window when it gets the focus."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QMenu, QPushButton

from supasoft.cards.card_window import CardWindow
from supasoft.reports.print_records import ask_pdf, preview, print_record
from supasoft.reports.printing import pdf_printer

EQUIPPED = "supasoft_print_equipped"



def install_card_printing() -> None:
    """Equip each card window with printing the first time it becomes the active window (once per application)."""
    app = QApplication.instance()
    if app is None or app.property(EQUIPPED):
        return
    app.setProperty(EQUIPPED, True)
    QGuiApplication.instance().focusWindowChanged.connect(lambda _window: equip(QApplication.activeWindow()))


def equip(widget: object) -> QPushButton | None:
    """Add the Print button and Ctrl+P to a card window (once); other windows are left alone."""
    if not isinstance(widget, CardWindow) or widget.property(EQUIPPED):
        return None
    widget.setProperty(EQUIPPED, True)
    button = QPushButton(QCoreApplication.translate("CardPrint", "Print"), widget)
    button.setObjectName("card_print")
    button.setToolTip(QCoreApplication.translate("CardPrint", "Print this card or save it as PDF (Ctrl+P)"))
    menu = QMenu(button)
    menu.addAction(QCoreApplication.translate("CardPrint", "Print preview…"), lambda: preview_card(widget))
    menu.addAction(QCoreApplication.translate("CardPrint", "Save as PDF…"), lambda: save_card(widget))
    button.setMenu(menu)
    widget.top_bar.insertWidget(max(widget.top_bar.count() - 1, 0), button)  # before Close
    QShortcut(QKeySequence(QKeySequence.StandardKey.Print), widget, lambda: preview_card(widget))
    return button


def title_of(card: CardWindow) -> str:
    return card.heading.text() or card.obj.name


def preview_card(card: CardWindow) -> None:
    record = card.form.record()

    def paint(printer: QPrinter) -> None:
        print_record(printer, card.records, record)

    preview(card, title_of(card), paint, landscape=False)


def save_card(card: CardWindow) -> None:
    target = ask_pdf(card, title_of(card))
    if target is not None:
        card_pdf_of(card, target)


def card_pdf_of(card: CardWindow, target: object) -> int:
    """The card as it shows now (unsaved edits too) as a PDF file; its pages."""
    return print_record(pdf_printer(str(target), title_of(card), landscape=False), card.records, card.form.record())


__all__ = ["card_pdf_of", "equip", "install_card_printing"]
