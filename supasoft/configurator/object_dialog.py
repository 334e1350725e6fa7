"""The object dialog: singular and plural names and the Code numbering, with a live preview."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from supasoft.core.meta import ObjectDef


class ObjectDialog(QDialog):
    """Asks for an object's names and numbering; refuses an empty name."""

    def __init__(self, obj: ObjectDef | None = None, parent: QWidget | None = None, *, title: str = ""):
        super().__init__(parent)
        self.setObjectName("object_dialog")
        self.setWindowTitle(title or (self.tr("Edit object") if obj else self.tr("New object")))
        self.name = QLineEdit(obj.name if obj else "")
        self.name.setObjectName("name")
        self.plural = QLineEdit(obj.plural if obj else "")
        self.plural.setObjectName("plural")
        self.plural.setPlaceholderText(self.tr("e.g. Clients"))
        self.prefix = QLineEdit(obj.code_prefix if obj else "")
        self.prefix.setObjectName("prefix")
        self.prefix.setPlaceholderText(self.tr("e.g. ORD-"))
        self.width = QSpinBox()
        self.width.setObjectName("width")
        self.width.setRange(0, 12)
        self.width.setValue(obj.code_width if obj else 0)
        self.width.setSpecialValueText(self.tr("no zeros"))
        self.preview = QLabel()
        self.preview.setObjectName("preview")
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setStyleSheet("color: #b00020")
        form = QFormLayout()
        form.addRow(self.tr("Name (one):"), self.name)
        form.addRow(self.tr("Name (many):"), self.plural)
        form.addRow(self.tr("Code prefix:"), self.prefix)
        form.addRow(self.tr("Code digits:"), self.width)
        form.addRow(self.tr("Codes look like:"), self.preview)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.prefix.textChanged.connect(self._update_preview)
        self.width.valueChanged.connect(self._update_preview)
        self._update_preview()

    def code_preview(self) -> str:
        """What the 42nd record's Code will look like."""
        probe = ObjectDef(0, "x", "x", code_prefix=self.prefix.text().strip(), code_width=self.width.value())
        return probe.format_code(42)

    def _update_preview(self) -> None:
        self.preview.setText(self.code_preview())

    def accept(self) -> None:
        if not self.name.text().strip():
            self.message.setText(self.tr("Give the object a name, e.g. Client."))
            return
        if not self.plural.text().strip():
            self.plural.setText(self.name.text().strip())
        super().accept()
