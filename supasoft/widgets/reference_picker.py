"""The reference picker: type a few letters, pick a record from the list, open the linked record, or create a new one."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QToolButton, QWidget

from supasoft.core.fieldtypes.roles import link_target
from supasoft.core.meta import FieldDef
from supasoft.widgets.field_editor import FieldEditor

#: The object id user fields pass to the lookup (users are not a configured object).
USERS_OBJECT_ID = 0
SEARCH_LIMIT = 20
_ID_ROLE = Qt.ItemDataRole.UserRole
_NEW_ROLE = Qt.ItemDataRole.UserRole + 1  # marks the "New <name>…" entry at the end of the list


@runtime_checkable
class ReferenceLookup(Protocol):
    """How pickers find records; the records service implements it (object 0 = users)."""

    def search(self, object_id: int, text: str, limit: int = SEARCH_LIMIT) -> list[tuple[int, str]]: ...

    def display(self, object_id: int, record_id: int) -> str: ...


def may_create(lookup: object, object_id: int) -> bool:
    """Whether the lookup says the user may create records of the object (lookups without the question: no)."""
    ask = getattr(lookup, "may_create", None)
    return bool(ask(object_id)) if callable(ask) else False


def object_name(lookup: object, object_id: int) -> str:
    """The singular name of the object (for "New product…"); '' when the lookup cannot tell."""
    ask = getattr(lookup, "object_name", None)
    return str(ask(object_id)) if callable(ask) else ""


class ReferencePicker(FieldEditor):
    """A line edit with type-ahead over `lookup.search`; value() is the picked record id or None."""

    open_requested = Signal(int, int)  # object id, record id
    new_requested = Signal(int, str)  # object id, the typed text: open a card for a new record of it

    def __init__(
        self,
        field: FieldDef,
        lookup: ReferenceLookup | None,
        parent: QWidget | None = None,
        *,
        search_delay_ms: int = 150,
        limit: int = SEARCH_LIMIT,
    ):
        super().__init__(field, parent)
        self.lookup = lookup
        target = link_target(field)
        self.object_id = target if target is not None else USERS_OBJECT_ID
        self._limit = limit
        self._id: int | None = None
        self._shown_text = ""  # the display text of self._id; typing anything else unpicks it
        self._awaiting_new = False  # a new record's card is open for this picker: leaving the field resolves nothing
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("Type to search\u2026"))
        self._set_input(self.edit)
        self.open_button = QToolButton(self)
        self.open_button.setText("\u2197")
        self.open_button.setToolTip(self.tr("Open the linked record"))
        self.open_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._layout.addWidget(self.open_button)
        self.matches = QStandardItemModel(self)
        self.completer = QCompleter(self.matches, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setWidget(self.edit)  # not setCompleter: we set the text and id ourselves
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(search_delay_ms)
        self._timer.timeout.connect(self.search_now)
        self.completer.activated[QModelIndex].connect(self._on_activated)
        self.completer.popup().installEventFilter(self)  # after the completer's own: runs first
        self.edit.textEdited.connect(self._on_text_edited)
        self.edit.editingFinished.connect(self._on_editing_finished)
        self.open_button.clicked.connect(self._on_open)
        self._sync_open_button()

    # --- FieldEditor ------------------------------------------------------------------------
    def value(self) -> object:
        """The picked id; typed-but-unpicked text is resolved first (exact or single match)."""
        if self._pending():
            self.resolve()
        return self._id

    def _set_value(self, value: object) -> None:
        self._timer.stop()
        if value is None:
            self._pick(None, "")
            return
        record_id = int(value)  # type: ignore[call-overload]
        self._pick(record_id, self._display_of(record_id))

    def _apply_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)  # the open button stays: reading a linked record is fine

    # --- our API ----------------------------------------------------------------------------
    def text(self) -> str:
        return self.edit.text()

    def search_now(self) -> list[tuple[int, str]]:
        """Fill the drop-down with matches for the current text and show it."""
        self._timer.stop()
        text = self.edit.text().strip()
        results = self._search(text) if text else []
        self.matches.clear()
        for record_id, label in results:
            item = QStandardItem(label)
            item.setData(record_id, _ID_ROLE)
            self.matches.appendRow(item)
        if text and self.may_create():
            entry = QStandardItem(self.new_entry_text())
            entry.setData(True, _NEW_ROLE)
            self.matches.appendRow(entry)
        if self.matches.rowCount() and self.edit.hasFocus():
            self.completer.complete()
        elif not self.matches.rowCount():
            self.completer.popup().hide()
        return results

    def may_create(self) -> bool:
        """Offer "New <name>…" only to a user the services let create records of the target (never users)."""
        return not self._read_only and self.object_id != USERS_OBJECT_ID and may_create(self.lookup, self.object_id)

    def new_entry_text(self) -> str:
        return self.tr("New {name}\u2026").format(name=object_name(self.lookup, self.object_id).lower())

    def request_new(self) -> None:
        """Ask for a new record's card, pre-filled with the typed text; accept_new() picks it once saved."""
        self._timer.stop()
        self.completer.popup().hide()
        self._awaiting_new = True
        self.show_error(None)
        self.new_requested.emit(self.object_id, self.edit.text().strip())

    def accept_new(self, record_id: int) -> None:
        """The new record was saved: pick it as if chosen from the list (receivers fill, `changed` fires)."""
        self._awaiting_new = False
        self.pick(record_id, self._display_of(record_id))

    def resolve(self) -> bool:
        """Turn typed text into a record: an exact (case-insensitive) match or the only match wins."""
        self._timer.stop()
        text = self.edit.text().strip()
        if not text:
            changed = self._id is not None
            self._pick(None, "")
            if changed:
                self._emit_changed()
            return True
        if not self._pending():
            return True
        results = self._search(text)
        exact = [r for r in results if r[1].strip().casefold() == text.casefold()]
        chosen = exact if exact else results
        if len(chosen) == 1:
            self.pick(*chosen[0])
            return True
        self.show_error(
            self.tr("No record matches this text")
            if not chosen
            else self.tr("Several records match; pick one from the list")
        )
        return False

    def pick(self, record_id: int | None, text: str) -> None:
        """Choose a record as the user would (emits `changed` when it differs)."""
        changed = record_id != self._id
        self._pick(record_id, text)
        self.show_error(None)
        if changed:
            self._emit_changed()

    # --- internals --------------------------------------------------------------------------
    def _pending(self) -> bool:
        return self.edit.text() != self._shown_text

    def _pick(self, record_id: int | None, text: str) -> None:
        self._awaiting_new = False
        self._id = record_id
        self._shown_text = text
        if self.edit.text() != text:
            self.edit.setText(text)
            self.edit.setCursorPosition(0)
        self.completer.popup().hide()
        self._sync_open_button()

    def _search(self, text: str) -> list[tuple[int, str]]:
        if self.lookup is None:
            return []
        return list(self.lookup.search(self.object_id, text, self._limit))

    def _display_of(self, record_id: int) -> str:
        if self.lookup is None:
            return f"#{record_id}"
        return self.lookup.display(self.object_id, record_id)

    def _on_text_edited(self, _text: str) -> None:
        self._awaiting_new = False
        if self._id is not None:
            self._id = None
            self._sync_open_button()
            self._emit_changed()
        self._timer.start()

    def _on_activated(self, index: QModelIndex) -> None:
        if index.data(_NEW_ROLE):
            self.request_new()
            return
        record_id = index.data(_ID_ROLE)
        if record_id is not None:
            self.pick(int(record_id), str(index.data(Qt.ItemDataRole.DisplayRole)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Return in the open list with no entry highlighted reads the typed text, as it does with the list closed.

        (The completer keeps an unhighlighted first row current; Return would silently take it, even "New…".)
        """
        popup = self.completer.popup()
        if (watched is popup and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not popup.selectionModel().isSelected(popup.currentIndex())):
            popup.hide()
            if not self._read_only and self._pending():
                self.resolve()
            return True
        return super().eventFilter(watched, event)

    def _on_editing_finished(self) -> None:
        if self.completer.popup().isVisible():
            return  # the user is choosing from the list
        if self._awaiting_new:
            return  # the new record's card has the focus now; its save picks the record
        if not self._read_only and self._pending():
            self.resolve()

    def _on_open(self) -> None:
        if self._id is not None:
            self.open_requested.emit(self.object_id, self._id)

    def _sync_open_button(self) -> None:
        self.open_button.setEnabled(self._id is not None)
