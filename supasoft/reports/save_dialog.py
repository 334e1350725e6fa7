"""Asking a report's name and whether everyone sees it."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget


class SaveReportDialog(QDialog):
    """Name (required) and shared/personal; sharing is offered only to users who may share."""

    def __init__(self, name: str, shared: bool, may_share: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Save report"))
        self.name_edit = QLineEdit(name, self)
        self.name_edit.setObjectName("report_name_edit")
        self.name_edit.selectAll()
        self.shared_box = QCheckBox(self.tr("Shared: everyone who may read the data sees this report"), self)
        self.shared_box.setChecked(shared and may_share)
        self.shared_box.setEnabled(may_share)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name_edit.textChanged.connect(self._sync)
        layout = QFormLayout(self)
        layout.addRow(self.tr("Name:"), self.name_edit)
        layout.addRow(self.shared_box)
        layout.addRow(self.buttons)
        self._sync()

    def _sync(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name_edit.text().strip()))


def ask_report_name(parent: QWidget, name: str, shared: bool, may_share: bool) -> tuple[str, bool] | None:
    dialog = SaveReportDialog(name, shared, may_share, parent)
    if not dialog.exec():
        return None
    return dialog.name_edit.text().strip(), dialog.shared_box.isChecked()
