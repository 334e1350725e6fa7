"""Fill a template for one or several records: open the result with the system's program, save it, or keep it on
each record as a file; several records make one merged document or a zip; PDF when LibreOffice is installed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from supasoft.core.errors import SupasoftError
from supasoft.core.fieldtypes.roles import is_file
from supasoft.documents.filling import DOCX, PDF, ZIP, FillRequest, check_pdf_possible, fill, keep_all
from supasoft.documents.opening import open_document
from supasoft.documents.problems import problem_lines
from supasoft.documents.service import documents_of, templates_of
from supasoft.widgets.busy import Cancelled, run_busy
from supasoft.widgets.field_editor import ERROR_COLOR


class FillDialog(QDialog):
    """The records, a template (the default first), the format, and what to do with the result."""

    def __init__(self, session: Any, object_id: int, record_ids: list[int], parent: QWidget | None = None,
                 template_id: int | None = None):
        super().__init__(parent)
        self.session = session
        self.object_id = object_id
        self.record_ids = list(record_ids)
        self.documents = documents_of(session)
        self.obj = session.records.config.object_by_id(object_id)
        self.last_path: Path | None = None
        self.setWindowTitle(self.tr("Fill a template — %s") % self.obj.name)
        self.template_box = QComboBox(self)
        self.template_box.setObjectName("template")
        for t in templates_of(session, object_id):
            self.template_box.addItem(self.tr("%s (default)") % t.name if t.is_default else t.name, t.id)
        if template_id is not None and self.template_box.findData(template_id) >= 0:
            self.template_box.setCurrentIndex(self.template_box.findData(template_id))
        self.docx_choice = QRadioButton(self.tr("Word (.docx)"), self)
        self.pdf_choice = QRadioButton(self.tr("PDF (needs LibreOffice)"), self)
        self.docx_choice.setChecked(True)
        formats = QButtonGroup(self)
        formats.addButton(self.docx_choice)
        formats.addButton(self.pdf_choice)
        self.merged_choice = QRadioButton(self.tr("One document, a page per record"), self)
        self.zip_choice = QRadioButton(self.tr("A .zip with a document per record"), self)
        self.merged_choice.setChecked(True)
        several = QButtonGroup(self)
        several.addButton(self.merged_choice)
        several.addButton(self.zip_choice)
        self.zip_choice.toggled.connect(lambda on: self.pdf_choice.setEnabled(not on))
        self.field_box = QComboBox(self)
        self.field_box.setObjectName("file_field")
        for f in self.obj.fields:
            if is_file(f) and session.access.field_visible(object_id, f.id):
                self.field_box.addItem(f.name, f.id)
        form = QFormLayout()
        count = len(self.record_ids)
        form.addRow(QLabel(self.tr("%n record(s) of %1", "", count).replace("%1", self.obj.name), self))
        form.addRow(self.tr("Template:"), self.template_box)
        format_row = QHBoxLayout()
        format_row.addWidget(self.docx_choice)
        format_row.addWidget(self.pdf_choice)
        form.addRow(self.tr("Format:"), format_row)
        if count > 1:
            several_row = QVBoxLayout()
            several_row.addWidget(self.merged_choice)
            several_row.addWidget(self.zip_choice)
            form.addRow(self.tr("Several records:"), several_row)
        else:
            self.merged_choice.hide()
            self.zip_choice.hide()
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.setToolTip(self.tr("Fill the template and open the result with the system's program"))
        self.open_button.clicked.connect(lambda _c=False: self.open_result())
        self.save_button = QPushButton(self.tr("Save…"), self)
        self.save_button.setToolTip(self.tr("Fill the template and save the result as a file"))
        self.save_button.clicked.connect(lambda _c=False: self.ask_save())
        self.keep_button = QPushButton(self.tr("Keep on the record"), self)
        self.keep_button.setToolTip(self.tr("Store the Word document in the chosen file field of each record (a new version)"))
        self.keep_button.clicked.connect(lambda _c=False: self.keep())
        keep_row = QHBoxLayout()
        keep_row.addWidget(self.field_box, 1)
        keep_row.addWidget(self.keep_button)
        self.keep_hint = QLabel(self.tr("To keep documents on the records, add a file field to %s (Configurator).")
                                % self.obj.name, self)
        self.keep_hint.setObjectName("keep_hint")
        self.keep_hint.setWordWrap(True)
        self.keep_hint.setEnabled(False)  # greyed: a hint, not a choice
        if self.field_box.count():
            form.addRow(self.tr("File field:"), keep_row)
            self.keep_hint.hide()
        else:
            self.field_box.hide()
            self.keep_button.hide()
            form.addRow(self.keep_hint)
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        has_template = self.template_box.count() > 0
        for button in (self.open_button, self.save_button, self.keep_button):
            button.setEnabled(has_template and count > 0)
        if not has_template:
            self.say([self.tr("%s has no document templates yet (Documents → Templates…).") % self.obj.name], error=True)

    # --- choices ---------------------------------------------------------------------------------
    def output(self) -> str:
        if len(self.record_ids) > 1 and self.zip_choice.isChecked():
            return ZIP
        return PDF if self.pdf_choice.isChecked() else DOCX

    def request(self, output: str | None = None) -> FillRequest | None:
        template_id = self.template_box.currentData()
        if template_id is None:
            return None
        name = self.template_box.currentText()
        for t in templates_of(self.session, self.object_id):
            if t.id == template_id:
                name = t.name
        return FillRequest(self.object_id, self.record_ids, int(template_id), name, output or self.output())

    def say(self, lines: list[str], error: bool = False) -> None:
        self.message.setText("\n".join(lines))
        self.message.setStyleSheet(f"color: {ERROR_COLOR};" if error else "")

    # --- work ------------------------------------------------------------------------------------
    def make(self, request: FillRequest) -> bytes | None:
        """The finished file, made in the background with progress; None (and the reason shown) otherwise."""
        try:
            if request.output == PDF:
                check_pdf_possible()
            return run_busy(lambda progress: fill(self.documents, request, progress), self,
                            title=self.tr("Documents"), label=self.tr("Filling the template…"))
        except Cancelled:
            self.say([self.tr("Cancelled; nothing was made.")])
        except SupasoftError as exc:
            self.say(problem_lines(exc), error=True)
        return None

    def open_result(self) -> Path | None:
        """Fill, write a temporary file and open it with the system's program."""
        request = self.request()
        data = self.make(request) if request is not None else None
        if request is None or data is None:
            return None
        self.last_path = open_document(request.file_name(), data)
        self.say([self.tr("Opened %s.") % request.file_name()])
        return self.last_path

    def ask_save(self) -> None:
        request = self.request()
        if request is None:
            return
        suffix = Path(request.file_name()).suffix
        filters = {".docx": "Word (*.docx)", ".pdf": "PDF (*.pdf)", ".zip": "Zip (*.zip)"}
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the document"), request.file_name(), filters[suffix])
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> bool:
        request = self.request()
        data = self.make(request) if request is not None else None
        if data is None:
            return False
        try:
            path.write_bytes(data)
        except OSError as exc:
            self.say([self.tr("The file cannot be written: %s") % (exc.strerror or str(exc))], error=True)
            return False
        self.last_path = path
        self.say([self.tr("Saved to %s.") % str(path)])
        return True

    def keep(self, field_id: int | None = None) -> int:
        """Store each record's Word document in the chosen file field; how many records got it."""
        request = self.request(DOCX)
        field = field_id if field_id is not None else self.field_box.currentData()
        if request is None or field is None:
            return 0
        try:
            kept = run_busy(lambda progress: keep_all(self.documents, request, int(field), progress), self,
                            title=self.tr("Documents"), label=self.tr("Filling the template…"))
        except Cancelled:
            self.say([self.tr("Cancelled; the documents made before stay on their records.")])
            return 0
        except SupasoftError as exc:
            self.say(problem_lines(exc), error=True)
            return 0
        self.say([self.tr("Kept on %n record(s).", "", kept)])
        return int(kept)
