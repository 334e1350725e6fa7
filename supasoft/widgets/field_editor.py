"""The FieldEditor base: one widget per field with value(), set_value(), read-only and error display."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from supasoft.core.fieldtypes import field_types
from supasoft.core.messages import translate
from supasoft.core.meta import FieldDef

ERROR_COLOR = "#c62828"
_INPUT_NAME = "fieldInput"


def tr_core(message: str) -> str:
    """Translate a message coming from core (field type validation) for display: the services' own catalog
    (it keeps the values inside the message), else the interface's translations."""
    translated = translate(message, QLocale().name())
    if translated != str(message):
        return translated
    return QCoreApplication.translate("FieldType", str(message))


class FieldEditor(QWidget):
    """Base of all field editors: `changed` fires on user edits only, never on set_value()."""

    changed = Signal()

    def __init__(self, field: FieldDef, parent: QWidget | None = None):
        super().__init__(parent)
        self.field = field
        self._error: str | None = None
        self._loading = False
        self._read_only = False
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)

    # --- the contract -----------------------------------------------------------------------
    def value(self) -> object:
        """The canonical value for the service (raw text when it does not parse), None when empty."""
        raise NotImplementedError

    def set_value(self, value: object) -> None:
        """Show a stored value without emitting `changed`."""
        with self.loading():
            self._set_value(value)
        self.show_error(None)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self._apply_read_only(read_only)

    def is_read_only(self) -> bool:
        return self._read_only

    def show_error(self, text: str | None) -> None:
        """Mark the input red with the message as tooltip; None clears it."""
        self._error = text or None
        target = self.input_widget()
        target.setObjectName(_INPUT_NAME)
        if self._error:
            target.setStyleSheet(f"#{_INPUT_NAME} {{ border: 1px solid {ERROR_COLOR}; }}")
        else:
            target.setStyleSheet("")
        target.setToolTip(self._error or self.field.description)
        self.setToolTip(self._error or self.field.description)

    def error(self) -> str | None:
        return self._error

    def input_problem(self) -> str | None:
        """Why the typed text cannot be saved as it is (None: nothing to refuse before the service checks)."""
        return None

    def input_widget(self) -> QWidget:
        """The widget that gets the red border and the focus (the main input)."""
        return self.focusProxy() or self

    # --- helpers for subclasses -------------------------------------------------------------
    def _set_value(self, value: object) -> None:
        raise NotImplementedError

    def _apply_read_only(self, read_only: bool) -> None:
        self.input_widget().setEnabled(not read_only)

    def _set_input(self, widget: QWidget) -> None:
        """Add the main input to the layout and make it the focus proxy."""
        self._layout.addWidget(widget, 1)
        self.setFocusProxy(widget)
        widget.setToolTip(self.field.description)

    @contextmanager
    def loading(self) -> Iterator[None]:
        """Suppress `changed` while the value is set programmatically."""
        previous, self._loading = self._loading, True
        try:
            yield
        finally:
            self._loading = previous

    def _emit_changed(self, *_args: object) -> None:
        if self._loading:
            return
        if self._error:
            self.show_error(None)  # the user is fixing it; the card re-checks on save
        self.changed.emit()

    def _check(self, value: object) -> str | None:
        """The core field type's validation message for a parsed value, translated."""
        if value is None:
            return None
        problem = (
            field_types.get(self.field.type).validate(value, self.field)
            if self.field.type in field_types
            else None
        )
        return tr_core(problem) if problem else None
