"""Changing a field's type: preview how many values convert, list those that won't, then refuse or keep them."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from supasoft.configurator.common import type_label
from supasoft.core.errors import ConversionReport, SupasoftError
from supasoft.core.meta import FieldDef
from supasoft.services.configuration import ConfigurationService
from supasoft.widgets.error_text import shown_error

SHOWN_FAILURES = 200


class TypeChangeDialog(QDialog):
    """Shows the conversion preview; OK changes the type with the chosen policy."""

    def __init__(self, service: ConfigurationService, object_id: int, field: FieldDef,
                 changes: dict[str, object], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("type_change_dialog")
        self.service, self.object_id, self.field, self.changes = service, object_id, field, changes
        self.report: ConversionReport | None = None
        self.result_report: ConversionReport | None = None
        new_type = str(changes["type"])
        self.setWindowTitle(self.tr("Change the type of {0}").format(field.name))
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.failures = QListWidget()
        self.failures.setObjectName("failures")
        self.refuse = QRadioButton(self.tr("Do not change the type if any value would be lost"))
        self.refuse.setObjectName("refuse")
        self.keep = QRadioButton(self.tr("Change it, and keep the values that do not fit in a new field \"{0} (old value)\"")
                                 .format(field.name))
        self.keep.setObjectName("keep")
        self.refuse.setChecked(True)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020")
        note = QLabel(self.tr("An automatic backup is taken before the change; Undo cannot reverse a type change."))
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("{0}: {1} → {2}").format(field.name, type_label(field.type), type_label(new_type))))
        layout.addWidget(self.summary)
        layout.addWidget(self.failures)
        layout.addWidget(self.refuse)
        layout.addWidget(self.keep)
        layout.addWidget(note)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._preview()

    def _preview(self) -> None:
        try:
            self.report = self.service.preview_type_change(self.object_id, self.field.id, **self.changes)
        except SupasoftError as exc:
            self.summary.setText(shown_error(exc))
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            return
        report = self.report
        bad = len(report.failures)
        self.summary.setText(self.tr("{0} value(s): {1} convert, {2} would not convert:").format(report.total, report.converted, bad)
                             if bad else self.tr("{0} value(s): all convert.").format(report.total))
        for record_id, value in report.failures[:SHOWN_FAILURES]:
            self.failures.addItem(self.tr("record #{0}: {1}").format(record_id, value))
        if bad > SHOWN_FAILURES:
            self.failures.addItem(self.tr("… and {0} more").format(bad - SHOWN_FAILURES))
        self.failures.setVisible(bool(bad))
        self.refuse.setVisible(bool(bad))
        self.keep.setVisible(bool(bad))

    def accept(self) -> None:
        policy = "keep" if self.keep.isChecked() else "refuse"
        try:
            self.result_report = self.service.change_field_type(self.object_id, self.field.id, on_failure=policy, **self.changes)
        except SupasoftError as exc:
            self.message.setText(shown_error(exc))
            return
        super().accept()
