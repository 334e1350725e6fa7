"""Printing a list as shown (columns, search; headers repeated on every page; page numbers) and a record's card,
to PDF files read back, and from the Records menu."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from supasoft.reports.print_records import MAX_ROWS, card_pdf, list_html, list_pdf
from supasoft.services.session import Session
from supasoft.shell.main_window import MainWindow
from tests.ui.reports.pdf_read import pdf_page_texts


def squeezed(text: str) -> str:
    return "".join(text.split())


def test_a_long_list_prints_its_visible_columns_with_headers_on_every_page(qtbot, reports_window: MainWindow,  # noqa: ANN001
                                                                          lite: Session, ids: dict[str, int],
                                                                          tmp_path: Path) -> None:
    lite.records.insert_many(ids["client"], [{ids["client.name"]: f"Printed client {i:03d}",
                                              ids["client.city"]: "Łódź"} for i in range(150)], history=False)
    tab = reports_window.open_object(ids["client"])
    assert tab is not None
    tab.search_now("Printed client")
    header = tab.view.horizontalHeader()
    hidden = next(c for c in range(header.count()) if tab.model.headerData(c, Qt.Orientation.Horizontal) == "City")
    header.hideSection(hidden)  # the user hid a column: paper shows what the screen shows
    body, subtitle = list_html(tab)
    assert "City" not in body and "Łódź" not in body and body.count("<tr>") == 151 and "150" in subtitle
    target = tmp_path / "clients.pdf"
    pages = list_pdf(tab, target)
    texts = pdf_page_texts(target)
    assert pages == len(texts) >= 3
    name_header = squeezed(str(tab.model.headerData(1, Qt.Orientation.Horizontal)))
    for number, text in enumerate(texts, start=1):
        assert text.endswith(squeezed(f"{tab.title()} · Page {number} of {pages}")), text[-80:]
        assert name_header in text  # the column headers again on each page
    everything = "".join(texts)
    assert all(f"Printedclient{i:03d}" in everything for i in range(150)) and "Łódź" not in everything


def test_a_card_prints_its_fields_and_values(qtbot, reports_window: MainWindow, lite: Session,  # noqa: ANN001
                                             ids: dict[str, int], tmp_path: Path) -> None:
    [record_id] = lite.records.insert_many(ids["client"], [{ids["client.name"]: "Zakład Ślusarski «Север»",
                                                            ids["client.city"]: "Kraków",
                                                            ids["client.notes"]: "first line\nsecond line"}])
    target = tmp_path / "card.pdf"
    assert card_pdf(lite.records, ids["client"], record_id, target) == 1
    text = pdf_page_texts(target)[0]
    for expected in ("Client", "Name", "ZakładŚlusarski«Север»", "City", "Kraków", "firstline", "secondline"):
        assert expected in text, (expected, text)


def test_the_records_menu_prints_the_current_list_and_card(qtbot, reports_window: MainWindow,  # noqa: ANN001
                                                           ids: dict[str, int]) -> None:
    actions = reports_window.actions
    assert {"print_list", "pdf_list", "print_card", "pdf_card"} <= set(actions)
    tab = reports_window.open_object(ids["client"])
    assert tab is not None
    menu = reports_window.findChild(QMenu, "menu_records")
    menu.aboutToShow.emit()
    assert actions["print_list"].isEnabled() and actions["print_list"].shortcut().toString()
    assert not actions["print_card"].isEnabled()  # no record chosen yet
    tab.view.setCurrentIndex(tab.model.index(0, 1))
    menu.aboutToShow.emit()
    assert actions["print_card"].isEnabled()
    assert MAX_ROWS >= 1000


def test_a_card_window_prints_what_it_shows_unsaved_edits_included(qtbot, reports_window: MainWindow,  # noqa: ANN001
                                                                   lite: Session, ids: dict[str, int],
                                                                   tmp_path: Path) -> None:
    from PySide6.QtWidgets import QApplication, QPushButton

    from supasoft.cards.card_windows import CardWindows
    from supasoft.reports.print_card_window import card_pdf_of

    [record_id] = lite.records.insert_many(ids["order"], [{ids["order.client"]: 1, ids["order.status"]: "New",
                                                           ids["order.date"]: dt.date(2026, 3, 4)}])
    windows = CardWindows(lite.records)
    card = windows.open(ids["order"], record_id)  # closed (and deleted) at the end of the test
    card.activateWindow()  # equipped when it becomes the active window
    qtbot.waitUntil(lambda: card.findChild(QPushButton, "card_print") is not None, timeout=5000)
    assert QApplication.activeWindow() is card
    card.form.set_value(ids["order.status"], "Paid")  # not saved yet
    target = tmp_path / "order.pdf"
    assert card_pdf_of(card, target) == 1
    text = pdf_page_texts(target)[0]
    client = squeezed(lite.records.display(ids["client"], 1))
    assert "StatusPaid" in text and client in text, text  # the edit, and the client by its name
    assert lite.records.get(ids["order"], record_id).values[ids["order.status"]] == "New"  # printing saved nothing
    from PySide6.QtWidgets import QMessageBox

    from tests.ui.shell.modal import when_shown

    def discard(widget: object) -> bool:
        if not isinstance(widget, QMessageBox):
            return False
        widget.button(QMessageBox.StandardButton.Discard).click()
        return True

    seen: list[str] = []
    when_shown(discard, seen)
    card.close()  # the edit is dropped, as the user chose
    assert seen and lite.records.get(ids["order"], record_id).values[ids["order.status"]] == "New"
