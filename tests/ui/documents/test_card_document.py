"""A card's Document button fills the record's template (default first) and opens it with the system's program
(the opener records the path; the file is read back); on SQLite and both Firebird drivers."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtGui import QFont
from pytestqt.qtbot import QtBot

from supasoft.cards.card_window import CardWindow
from supasoft.documents.card_button import DocumentButton
from supasoft.documents.menu import uninstall_card_button
from supasoft.services.documents import DocumentService
from supasoft.services.session import Session
from tests.services.document_files import docx, texts
from tests.services.document_orders import CLIENT_NAME
from tests.ui.documents.conftest import Opened

pytestmark = pytest.mark.all_backends


@pytest.fixture
def card_button_installed() -> Iterator[None]:
    from supasoft.cards import card_window
    from supasoft.documents.card_button import add_document_button

    card_window.card_extensions.append(add_document_button)
    yield
    uninstall_card_button()


def _card(qtbot: QtBot, lite: Session, object_id: int, record_id: int | None) -> CardWindow:
    card = CardWindow(lite.records, object_id, record_id)
    qtbot.addWidget(card)
    card.show()
    return card


def test_the_card_document_button_opens_the_filled_document(qtbot: QtBot, lite: Session, order: dict[str, Any],
                                                            opened: Opened, card_button_installed: None) -> None:
    invoice = DocumentService(lite.records).add_template(order["order"], "Invoice", docx("Invoice {{ code }} {{ client.name }}"))
    card = _card(qtbot, lite, order["order"], order["the_order"])
    button = card.findChild(DocumentButton, "document_button")
    assert button is not None and button.isEnabled()
    menu = button.fill_menu()
    names = [a.text() for a in menu.actions() if a.objectName().startswith("action_template_")]
    assert names == ["Offer", "Invoice"]  # the default first
    assert menu.actions()[0].font().weight() == QFont.Weight.Bold
    chosen = next(a for a in menu.actions() if a.text() == "Invoice")
    assert chosen.objectName() == f"action_template_{invoice}"
    chosen.trigger()
    assert len(opened.paths) == 1
    path = opened.paths[0]
    assert path.name == f"Invoice {order['order_code']}.docx"
    assert texts(path.read_bytes())[0] == f"Invoice {order['order_code']} {CLIENT_NAME}"
    assert path.name in card.status.text()


def test_a_new_card_has_the_button_off_until_saved(qtbot: QtBot, lite: Session, order: dict[str, Any],
                                                   card_button_installed: None) -> None:
    card = _card(qtbot, lite, order["order"], None)
    button = card.findChild(DocumentButton, "document_button")
    assert button is not None and not button.isEnabled()


def test_no_button_without_the_extension(qtbot: QtBot, lite: Session, order: dict[str, Any]) -> None:
    card = _card(qtbot, lite, order["order"], order["the_order"])
    assert card.findChild(DocumentButton) is None


def test_the_documents_menu_gives_its_sessions_cards_the_button(qtbot: QtBot, lite: Session, order: dict[str, Any],
                                                                docs_window: Any) -> None:
    card = _card(qtbot, lite, order["order"], order["the_order"])
    assert card.findChild(DocumentButton, "document_button") is not None
