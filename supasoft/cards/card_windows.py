"""Keeps the open card windows: one per record, raised again when asked twice; the app hands `open` around."""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal

from supasoft.cards.card_window import CardWindow
from supasoft.services.records import RecordService


class CardWindows(QObject):
    """`open(object_id, record_id)` is the open_card callback the main window and cards receive."""

    saved = Signal(int, int)  # object id, record id: tables refresh
    deleted = Signal(int, int)

    def __init__(self, records: RecordService, parent: QObject | None = None, *, preview_delay_ms: int = 150):
        super().__init__(parent)
        self.records = records
        self.preview_delay_ms = preview_delay_ms
        self._windows: list[CardWindow] = []

    def open(self, object_id: int, record_id: int | None = None, prefill: dict[int, Any] | None = None) -> CardWindow:
        """Show the card of a record (raising it if already open), or a new record's card."""
        if record_id is not None:
            for window in self.windows():
                if window.object_id == object_id and window.record_id == record_id:
                    window.show()
                    window.raise_()
                    window.activateWindow()
                    return window
        window = CardWindow(self.records, object_id, record_id, open_card=self.open, new_card=self.new,
                            prefill=prefill, preview_delay_ms=self.preview_delay_ms)
        window.saved.connect(self.saved)
        window.deleted.connect(self.deleted)
        self._windows = [*self.windows(), window]
        window.show()
        return window

    def new(self, object_id: int, prefill: dict[int, Any] | None = None) -> CardWindow:
        """A new record's card, e.g. a contact with its client already filled in."""
        return self.open(object_id, None, prefill)

    def follow_remote(self, object_id: int, ids: set[int] | None = None) -> None:
        """Another client changed records of an object (networked edition): every open card checks its own."""
        if ids:
            return  # named records come from this process: each card already heard the service itself
        for window in self.windows():
            window.follow_remote(object_id)

    def windows(self) -> list[CardWindow]:
        """The card windows still open."""
        return [w for w in self._windows if shiboken6.isValid(w) and w.isVisible()]

    def close_all(self) -> bool:
        """Close every card (each asks about unsaved changes); False when the user kept one open."""
        for window in self.windows():
            if not window.close():
                return False
        return True
