"""The file editor: shows the attached file's name and lets the user attach, save or clear it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton, QWidget

from supasoft.core.fieldtypes import FileValue, field_types
from supasoft.core.meta import FieldDef
from supasoft.widgets.field_editor import FieldEditor


class FileEditor(FieldEditor):
    """value() is a core FileValue (with bytes after attach) or None; stored files are saved via the card."""

    #: A stored file (no bytes here) should be written to a path: the card fetches it from the service.
    save_requested = Signal(object, str)

    def __init__(self, field: FieldDef, parent: QWidget | None = None):
        super().__init__(field, parent)
        self._value: FileValue | None = None
        self.label = QLabel(self)
        self.label.setMinimumWidth(80)
        self._set_input(self.label)
        self.attach_button = QPushButton(self.tr("Attach\u2026"), self)
        self.save_button = QPushButton(self.tr("Save\u2026"), self)
        self.clear_button = QPushButton(self.tr("Clear"), self)
        for button in (self.attach_button, self.save_button, self.clear_button):
            self._layout.addWidget(button)
        self.attach_button.clicked.connect(self.choose_file)
        self.save_button.clicked.connect(self.choose_save_target)
        self.clear_button.clicked.connect(self.clear)
        self._refresh()

    # --- FieldEditor ------------------------------------------------------------------------
    def value(self) -> object:
        return self._value

    def _set_value(self, value: object) -> None:
        if value is not None and not isinstance(value, FileValue):
            value = field_types.get("file").parse(value, self.field)
        self._value = value
        self._refresh()

    def _apply_read_only(self, read_only: bool) -> None:
        self._refresh()

    # --- actions ----------------------------------------------------------------------------
    def attach_file(self, path: str | Path) -> bool:
        """Read a file into the value; False (with the error shown) when unreadable or too big."""
        path = Path(path)
        limit = field_types.get("file").max_bytes(self.field)  # type: ignore[attr-defined]
        try:
            size = path.stat().st_size
            if size > limit:
                self.show_error(
                    self.tr("The file is too big ({size}); at most {limit} allowed").format(
                        size=self.locale().formattedDataSize(size),
                        limit=self.locale().formattedDataSize(limit),
                    )
                )
                return False
            data = path.read_bytes()
        except OSError as exc:
            self.show_error(self.tr("Cannot read the file: {error}").format(error=exc.strerror or str(exc)))
            return False
        self._value = FileValue(name=path.name, data=data, size=len(data))
        self._refresh()
        self._emit_changed()
        return True

    def save_file(self, path: str | Path) -> bool:
        """Write the file out: directly when its bytes are here, else ask the card via save_requested."""
        if self._value is None:
            return False
        if self._value.data is None:
            self.save_requested.emit(self._value, str(path))
            return True
        try:
            Path(path).write_bytes(self._value.data)
        except OSError as exc:
            self.show_error(self.tr("Cannot save the file: {error}").format(error=exc.strerror or str(exc)))
            return False
        return True

    def clear(self) -> None:
        if self._value is None:
            return
        self._value = None
        self._refresh()
        self._emit_changed()

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Attach a file"))
        if path:
            self.attach_file(path)

    def choose_save_target(self) -> None:
        if self._value is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the file"), self._value.name)
        if path:
            self.save_file(path)

    # --- internals --------------------------------------------------------------------------
    def _refresh(self) -> None:
        value = self._value
        if value is None:
            self.label.setText(self.tr("(no file)"))
        else:
            size = value.byte_size
            shown = (
                f"{value.name} ({self.locale().formattedDataSize(size)})" if size is not None else value.name
            )
            self.label.setText(shown)
        self.attach_button.setEnabled(not self._read_only)
        self.clear_button.setEnabled(not self._read_only and value is not None)
        self.save_button.setEnabled(value is not None)
