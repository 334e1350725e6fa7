"""Undo of structure changes while the Configurator is open: each change records how to take it back."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from supasoft.configurator.common import show_error, tr
from supasoft.core.errors import SupasoftError


class StructureCommand(QUndoCommand):
    """A change already applied through the service; undo/redo call the service again."""

    def __init__(self, text: str, undo: Callable[[], None], redo: Callable[[], None] | None, owner: StructureUndo):
        super().__init__(text)
        self._undo, self._redo, self._owner = undo, redo, owner
        self._first = True

    def redo(self) -> None:
        if self._first:  # the change itself was made by the panel before pushing
            self._first = False
            return
        if self._redo is not None:
            self._owner.run(self._redo)

    def undo(self) -> None:
        self._owner.run(self._undo)


class StructureUndo(QUndoStack):
    """The window's stack of structure changes; a failing undo clears it (the structure moved on)."""

    def __init__(self, parent_widget: QWidget | None = None):
        super().__init__(parent_widget)
        self._widget = parent_widget
        self.failed = False

    def record(self, text: str, undo: Callable[[], None], redo: Callable[[], None] | None = None) -> None:
        """Remember a change that was just made (redo None = cannot be redone after undo)."""
        self.push(StructureCommand(text, undo, redo, self))

    def run(self, action: Callable[[], None]) -> None:
        try:
            action()
        except SupasoftError as exc:
            self.failed = True
            show_error(self._widget, SupasoftError(tr("Cannot undo this change any more: {0}").format(exc)))
            QTimer.singleShot(0, self.clear)  # not while one of its commands runs
