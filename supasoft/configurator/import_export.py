"""File → Export / Import configuration: the CLI's JSON, with the import plan shown before anything changes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from supasoft.configurator.common import show_error, tr
from supasoft.core.errors import SupasoftError
from supasoft.core.meta import Configuration
from supasoft.core.serialization import configuration_from_json, configuration_to_json
from supasoft.services.config_import import ImportPlan, apply_import, check_import, plan_import
from supasoft.services.session import Session
from supasoft.widgets.error_text import shown_error


class PlanDialog(QDialog):
    """Shows what an import will change; deletes only when the admin allows them."""

    def __init__(self, session: Session, incoming: Configuration, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("plan_dialog")
        self.setWindowTitle(self.tr("Import configuration"))
        self.session, self.incoming = session, incoming
        self.plan: ImportPlan | None = None
        self.text = QPlainTextEdit()
        self.text.setObjectName("plan")
        self.text.setReadOnly(True)
        self.allow_deletes = QCheckBox(self.tr("Also delete objects and fields missing from the file"))
        self.allow_deletes.setObjectName("allow_deletes")
        self.allow_deletes.toggled.connect(lambda *_: self.replan())
        note = QLabel(self.tr("An automatic backup is taken first when data could be lost. Undo cannot reverse an import."))
        note.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setStyleSheet("color: #b00020")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Apply"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("What will change:")))
        layout.addWidget(self.text)
        layout.addWidget(self.allow_deletes)
        layout.addWidget(note)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(560, 420)
        self.replan()

    def replan(self) -> None:
        self.plan = plan_import(self.session.configuration.config, self.incoming, allow_deletes=self.allow_deletes.isChecked())
        self.text.setPlainText("\n".join(self.plan.describe()))
        try:  # the whole file is checked before Apply can be pressed: every problem with its JSON path
            check_import(self.session.configuration.config, self.incoming, self.plan)
            problems = ""
        except SupasoftError as exc:
            problems = shown_error(exc)
        self.message.setText(problems)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.plan.steps) and not problems)

    def accept(self) -> None:
        assert self.plan is not None
        try:
            apply_import(self.session, self.incoming, self.plan)
        except SupasoftError as exc:
            self.message.setText(shown_error(exc))
            return
        super().accept()


class ImportExport:
    """The two File menu commands."""

    def __init__(self, session: Session, parent: QWidget):
        self.session, self.parent = session, parent

    def export_to(self, path: Path) -> None:
        path.write_text(configuration_to_json(self.session.configuration.config), encoding="utf-8")

    def export_dialog(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self.parent, tr("Export configuration"), "configuration.json", tr("JSON (*.json)"))
        if name:
            try:
                self.export_to(Path(name))
            except OSError as exc:
                show_error(self.parent, SupasoftError(tr("Cannot write {0}: {1}").format(name, exc.strerror)))

    def plan_dialog(self, path: Path) -> PlanDialog | None:
        """The plan of importing a file (None after telling why it cannot be read)."""
        try:
            incoming = configuration_from_json(path.read_text(encoding="utf-8"))
        except OSError as exc:
            show_error(self.parent, SupasoftError(tr("Cannot read {0}: {1}").format(path, exc.strerror)))
            return None
        except (SupasoftError, ValueError) as exc:
            show_error(self.parent, SupasoftError(tr("{0} is not a configuration file: {1}").format(path, exc)))
            return None
        return PlanDialog(self.session, incoming, self.parent)

    def import_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self.parent, tr("Import configuration"), "", tr("JSON (*.json)"))
        if name:
            dialog = self.plan_dialog(Path(name))
            if dialog is not None:
                dialog.exec()
