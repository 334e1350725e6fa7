"""What the documents UI offers follows the rights the service enforces: a reader without `configure` manages no
templates (a refusal forced anyway is shown as the service's message), a reader without `document` gets no
Document button and cannot fill; a user who may make documents fills them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from supasoft.cards.card_window import CardWindow
from supasoft.documents.card_button import DocumentButton, add_document_button
from supasoft.documents.fill_dialog import FillDialog
from supasoft.documents.menu import uninstall_card_button
from supasoft.documents.templates_dialog import TemplatesDialog
from supasoft.services.session import Session, open_session
from tests.services.document_files import docx, texts
from tests.ui.documents.conftest import Opened

PASSWORD = "correct horse"


def _login(lite: Session, who: str) -> Session:
    s = open_session(lite.storage.database.url, login=who, password=PASSWORD)
    s.users.sleep = lambda seconds: None
    return s


@pytest.fixture
def eve(lite: Session, order: dict[str, Any]) -> Iterator[Session]:
    """Eve reads orders, their lines, products and clients, and may make documents of orders; she may not configure."""
    users = lite.users
    users.sleep = lambda seconds: None
    users.create_user("admin", PASSWORD, "Admin")
    eve_id = users.create_user("eve", PASSWORD, "Eve")
    for name in ("line", "product", "client"):
        users.grant(("user", eve_id), order[name], "read")
    users.grant(("user", eve_id), order["order"], "read", flags=("document",))
    order["eve"] = eve_id
    s = _login(lite, "eve")
    yield s
    s.close()


@pytest.fixture
def card_button() -> Iterator[None]:
    from supasoft.cards import card_window

    card_window.card_extensions.append(add_document_button)
    yield
    uninstall_card_button()


def test_a_user_without_configure_sees_templates_but_manages_none(qtbot: QtBot, eve: Session, order: dict[str, Any],
                                                                   tmp_path: Path) -> None:
    dialog = TemplatesDialog(eve, order["order"])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() == 1 and dialog.preview_button.isEnabled() and dialog.copy_button.isEnabled()
    for button in (dialog.add_button, dialog.replace_button, dialog.default_button, dialog.delete_button):
        assert not button.isEnabled() and "Configurator" in button.toolTip()
    path = tmp_path / "mine.docx"
    path.write_bytes(docx("{{ code }}"))
    assert dialog.add_from(path) is None  # the service refuses even when asked directly
    assert dialog.problems.isVisible() and "Traceback" not in dialog.problems.toPlainText()
    assert "mine.docx" in dialog.problems.toPlainText() and dialog.table.rowCount() == 1


def test_a_user_who_may_make_documents_fills_them(qtbot: QtBot, eve: Session, order: dict[str, Any], opened: Opened,
                                                  card_button: None) -> None:
    card = CardWindow(eve.records, order["order"], order["the_order"])
    qtbot.addWidget(card)
    button = card.findChild(DocumentButton, "document_button")
    assert button is not None
    path = button.open_document(order["template"])
    assert path is not None and opened.paths == [path]
    assert texts(path.read_bytes())[0].startswith(f"Order {order['order_code']} of")


def test_without_the_document_right_there_is_no_button_and_no_filling(qtbot: QtBot, lite: Session, eve: Session,
                                                                       order: dict[str, Any], opened: Opened,
                                                                       card_button: None) -> None:
    lite.users.grant(("user", order["eve"]), order["order"], "read")  # the document flag taken away
    eve.reload_rights()
    card = CardWindow(eve.records, order["order"], order["the_order"])
    qtbot.addWidget(card)
    assert card.findChild(DocumentButton) is None
    dialog = FillDialog(eve, order["order"], [order["the_order"]])
    qtbot.addWidget(dialog)
    assert dialog.open_result() is None and opened.paths == []
    assert "make documents from Orders" in dialog.message.text()


def test_a_document_that_cannot_be_made_from_the_card_says_why(qtbot: QtBot, lite: Session, order: dict[str, Any],
                                                              opened: Opened, card_button: None) -> None:
    from supasoft.services.documents import DocumentService

    huge = DocumentService(lite.records).add_template(order["order"], "Huge", docx("{% for i in range(10**7) %}x{% endfor %}"))
    card = CardWindow(lite.records, order["order"], order["the_order"])
    qtbot.addWidget(card)
    button = card.findChild(DocumentButton, "document_button")
    assert button.open_document(huge) is None and opened.paths == []
    assert "too much work" in card.status.text()
    assert button.dialog is not None and "too much work" in button.dialog.message.text()


def test_the_menu_is_on_only_with_templates_or_the_right_to_add_them(qtbot: QtBot, lite: Session, eve: Session,
                                                                     order: dict[str, Any]) -> None:
    from supasoft.documents.menu import documents_menu, install_documents, sync_enabled
    from supasoft.services.documents import DocumentService
    from supasoft.settings import Settings
    from supasoft.shell.main_window import MainWindow

    window = MainWindow(eve, Settings(), database_label="test.db", restore_state=False)
    qtbot.addWidget(window)
    try:
        menu = install_documents(window)
        assert menu is documents_menu(window) and menu.isEnabled()  # Eve sees the Offer template
        DocumentService(lite.records).delete_template(order["template"])
        assert not sync_enabled(window) and not menu.isEnabled()
        assert "no document templates" in menu.menuAction().toolTip()
    finally:
        uninstall_card_button()
        window.relay.detach()
