"""The card's Document button: the object's templates (the default first) fill this record and open the result;
"More choices…" opens the fill dialog (save, PDF, keep on the record)."""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QMenu, QToolButton

from supasoft.documents.fill_dialog import FillDialog
from supasoft.documents.service import may_fill, templates_of


class DocumentButton(QToolButton):
    """Shown on cards of objects the user may make documents of; its menu is built each time it opens."""

    def __init__(self, card: Any):
        super().__init__(card)
        self.card = card
        self.dialog: FillDialog | None = None
        self.setObjectName("document_button")
        self.setText(self.tr("Document"))
        self.setToolTip(self.tr("Fill a Word template from this record"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setMenu(QMenu(self))
        self.menu().aboutToShow.connect(self.fill_menu)
        card.saved.connect(lambda *_: self.sync())
        self.sync()

    def sync(self) -> None:
        """Enabled on a stored record (a new card has nothing to fill yet)."""
        self.setEnabled(self.card.record_id is not None)

    def fill_menu(self) -> QMenu:
        menu = self.menu()
        menu.clear()
        found = templates_of(_SessionView(self.card.records), self.card.object_id)
        for t in found:
            action = menu.addAction(t.name)
            action.setObjectName(f"action_template_{t.id}")
            if t.is_default:
                font = QFont(action.font())
                font.setBold(True)
                action.setFont(font)
            action.triggered.connect(lambda _c=False, tid=t.id: self.open_document(tid))
        if not found:
            empty = menu.addAction(self.tr("No templates yet (Documents → Templates…)"))
            empty.setEnabled(False)
        menu.addSeparator()
        more = menu.addAction(self.tr("More choices…"))
        more.setObjectName("action_fill_more")
        more.setToolTip(self.tr("Save, PDF, keep on the record"))
        more.setEnabled(bool(found))
        more.triggered.connect(lambda _c=False: self.show_dialog())
        return menu

    def make_dialog(self, template_id: int | None = None) -> FillDialog | None:
        """The fill dialog for this record (one at a time), not shown yet."""
        record_id = self.card.record_id
        if record_id is None:
            return None
        if self.dialog is not None and shiboken6.isValid(self.dialog):
            self.dialog.close()
        self.dialog = FillDialog(_SessionView(self.card.records), self.card.object_id, [record_id], self.card, template_id)
        return self.dialog

    def show_dialog(self, template_id: int | None = None) -> FillDialog | None:
        dialog = self.make_dialog(template_id)
        if dialog is not None:
            dialog.show()
        return dialog

    def open_document(self, template_id: int) -> Any:
        """Fill the template from this record and open it; when that fails the fill dialog shows why."""
        dialog = self.make_dialog(template_id)
        if dialog is None:
            return None
        path = dialog.open_result()
        if path is None:
            self.card.show_status(dialog.message.text(), error=True)
            dialog.show()
            return None
        dialog.deleteLater()
        self.dialog = None
        self.card.show_status(QCoreApplication.translate("DocumentButton", "Opened %s.") % path.name)
        return path


class _SessionView:
    """What the documents UI needs of a session, made from a card's records service (cards get no session)."""

    def __init__(self, records: Any):
        self.records = records
        self.access = records.access
        self.documents = None


def add_document_button(card: Any) -> DocumentButton | None:
    """The card extension: a Document button before Close on cards of objects the user may make documents of."""
    if not may_fill(_SessionView(card.records), card.object_id):
        return None
    button = DocumentButton(card)
    bar = card.top_bar
    bar.insertWidget(bar.indexOf(card.close_button), button)
    return button
