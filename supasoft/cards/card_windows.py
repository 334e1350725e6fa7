"""Keeps the open card windows: one per record, raised again when asked twice; the app hands `open` around."""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QPoint, QSize, Signal
from PySide6.QtWidgets import QAbstractItemView

from supasoft.cards.card_window import CardWindow
from supasoft.services.records import RecordService
from supasoft.widgets.screen_fit import available_area, cascade_position, fit_size

#: A card never gets narrower than this (buttons and headings), wider when it holds detail tables.
CARD_MIN_WIDTH = 520
CARD_MIN_WIDTH_WITH_TABLES = 680


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
        previous = self.windows()
        self.place(window, previous[-1].pos() if previous else None)
        self._windows = [*previous, window]
        window.show()
        return window

    @staticmethod
    def content_size(window: CardWindow) -> QSize:
        """What the card needs: its form's natural size plus the heading, tabs, buttons and status around it."""
        form = window.form.sizeHint()
        scroll = window.tabs.widget(0)
        around = window.sizeHint() - scroll.sizeHint()
        has_tables = bool(window.form.findChildren(QAbstractItemView))
        minimum = CARD_MIN_WIDTH_WITH_TABLES if has_tables else CARD_MIN_WIDTH
        width = max(form.width() + around.width() + 24, minimum, window.minimumSizeHint().width())
        return QSize(width, form.height() + around.height() + 12)

    def place(self, window: CardWindow, previous: QPoint | None) -> None:
        """Size a card to its content (at most the screen) and cascade it from the last open card."""
        area = available_area(window)
        window.resize(fit_size(self.content_size(window), area))
        window.move(cascade_position(window.size(), previous, area))

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
