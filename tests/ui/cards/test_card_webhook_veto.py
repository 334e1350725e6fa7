"""A veto hook's refusal reaches the user in the card (in the user's language) and nothing is saved."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from supasoft.cards.card_window import CardWindow
from supasoft.core.meta import FieldDef
from supasoft.services.webhooks import HookSpec, WebhookService
from tests.helpers.webhook_receiver import Receiver


@pytest.fixture
def receiver():
    r = Receiver().start()
    yield r
    r.stop()


@pytest.mark.parametrize(("language", "refused"), [("en", "Credit check refused the change: Limit przekroczony"),
                                                   ("pl", "Credit check odrzucił zmianę: Limit przekroczony")])
def test_a_veto_blocks_the_card_save_with_its_message(qtbot, session, receiver, translations, language, refused):
    if language != "en":
        translations(language)
    client = session.configuration.add_object("Client", "Clients")
    name = session.configuration.add_field(client.id, FieldDef(0, "Name", "string", length=50)).id
    hooks = WebhookService(session.storage, session.access, session.actor, lambda: session.configuration.config)
    hooks.add(HookSpec("Credit check", client.id, receiver.url, kind="veto", allow_private=True))
    receiver.status, receiver.answer = 422, json.dumps({"message": "Limit przekroczony"}).encode()
    window = CardWindow(session.records, client.id, preview_delay_ms=10)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(window, before_close_func=lambda w: w.form.set_record(w.form.stored()))
    window.show()
    qtbot.waitExposed(window)
    window.form.editor(name).edit.setText("Acme")
    assert not window.save()
    assert window.status.text() == refused
    assert window.form.values()[name] == "Acme"  # what the user typed stays in the card
    assert session.records.count(client.id) == 0
    receiver.status = 200
    assert window.save()
    assert session.records.count(client.id) == 1
