"""Preview: a template filled from a chosen record and read back inside the program (paragraphs and tables),
without saving anything; Open hands the same document to the system's program."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from supasoft.core.errors import SupasoftError
from supasoft.documents.docx_view import docx_html
from supasoft.documents.opening import open_document, safe_file_name
from supasoft.documents.problems import problem_lines
from supasoft.documents.service import documents_of, templates_of
from supasoft.widgets.field_editor import ERROR_COLOR
from supasoft.widgets.screen_fit import available_area, fit_size

RECORDS_LISTED = 50


class PreviewDialog(QDialog):
    """A template on one record: choose both, read the filled document in a read-only view."""

    def __init__(self, session: Any, object_id: int, template_id: int | None = None, record_id: int | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.object_id = object_id
        self.documents = documents_of(session)
        self.document: bytes | None = None
        obj = session.records.config.object_by_id(object_id)
        self.setWindowTitle(self.tr("Preview — %s") % obj.name)
        self.template_box = QComboBox(self)
        self.template_box.setObjectName("template")
        for t in templates_of(session, object_id):
            self.template_box.addItem(t.name, t.id)
        if template_id is not None and self.template_box.findData(template_id) >= 0:
            self.template_box.setCurrentIndex(self.template_box.findData(template_id))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Find a record…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda text: self.list_records(text))
        self.record_box = QComboBox(self)
        self.record_box.setObjectName("record")
        self.record_box.setMinimumContentsLength(24)
        self.view = QTextBrowser(self)
        self.view.setObjectName("preview")
        self.view.setReadOnly(True)
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open in Word"), self)
        self.open_button.setToolTip(self.tr("Open this document with the program the system uses for .docx files"))
        self.open_button.clicked.connect(lambda _c=False: self.open_external())
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Template:"), self))
        top.addWidget(self.template_box, 1)
        top.addWidget(QLabel(self.tr("Record:"), self))
        top.addWidget(self.search, 1)
        top.addWidget(self.record_box, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.list_records("", record_id)
        self.template_box.currentIndexChanged.connect(lambda _i: self.render())
        self.record_box.currentIndexChanged.connect(lambda _i: self.render())
        self.render()
        self.resize(fit_size(QSize(860, 640), available_area(self), self.minimumSizeHint()))

    def list_records(self, text: str, keep: int | None = None) -> None:
        """The object's records matching the text (the first ones when empty), keeping a chosen one."""
        try:
            found = self.session.records.lookup(self.object_id, text, RECORDS_LISTED)
        except SupasoftError as exc:
            self.say(problem_lines(exc))
            found = []
        if keep is not None and all(rid != keep for rid, _ in found):
            found.insert(0, (keep, self.session.records.display(self.object_id, keep)))
        self.record_box.blockSignals(True)
        self.record_box.clear()
        for rid, shown in found:
            self.record_box.addItem(shown or f"#{rid}", rid)
        if keep is not None:
            self.record_box.setCurrentIndex(self.record_box.findData(keep))
        self.record_box.blockSignals(False)
        if text:
            self.render()

    def record_id(self) -> int | None:
        data = self.record_box.currentData()
        return int(data) if data is not None else None

    def template_id(self) -> int | None:
        data = self.template_box.currentData()
        return int(data) if data is not None else None

    def render(self) -> bool:
        """Fill the chosen template from the chosen record and show it; problems are shown instead."""
        template_id, record_id = self.template_id(), self.record_id()
        self.document = None
        self.open_button.setEnabled(False)
        if template_id is None or record_id is None:
            self.view.clear()
            self.say([self.tr("Choose a template and a record.")] if template_id is None or self.search.text() else
                     [self.tr("There are no records to fill the template from.")])
            return False
        try:
            self.document = self.documents.render(self.object_id, record_id, template_id)
        except SupasoftError as exc:
            self.view.clear()
            self.say(problem_lines(exc))
            return False
        pictures: dict[str, bytes] = {}
        page = docx_html(self.document, pictures)
        for name, blob in pictures.items():  # the filled pictures, shown where they stand
            self.view.document().addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), QImage.fromData(blob))
        self.view.setHtml(page)
        self.say([])
        self.open_button.setEnabled(True)
        return True

    def say(self, lines: list[str]) -> None:
        self.message.setText("\n".join(lines))
        self.message.setStyleSheet(f"color: {ERROR_COLOR};" if lines else "")

    def open_external(self) -> None:
        if self.document is not None:
            title = f"{self.template_box.currentText()} {self.record_box.currentText()}"
            open_document(safe_file_name(title, ".docx"), self.document)
