"""Documents → Templates…: an object's Word templates (add, replace, default, delete, save a copy), its placeholders
and a preview on a record. What the user may do follows the rights the DocumentService enforces."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from supasoft.core.errors import SupasoftError
from supasoft.documents.placeholder_panel import PlaceholderPanel
from supasoft.documents.problems import problem_lines
from supasoft.documents.service import documents_of, may_manage, templates_of
from supasoft.services.documents import DocumentTemplate
from supasoft.widgets.field_editor import ERROR_COLOR
from supasoft.widgets.screen_fit import available_area, fit_size

WORD_FILTER = "Word (*.docx)"


class TemplatesDialog(QDialog):
    """Per object: the templates (name, file, default), what to do with them, and the placeholders to copy."""

    def __init__(self, session: Any, object_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Document templates"))
        self.session = session
        self.documents = documents_of(session)
        self.manage = may_manage(session)
        self.preview: QDialog | None = None
        self.objects = QComboBox(self)
        self.objects.setObjectName("objects")
        access = session.access
        for obj in session.records.config.objects:
            if access.allowed("read", obj.id):
                self.objects.addItem(obj.name, obj.id)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("templates")
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("File"), self.tr("Default")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)  # "Default" whole
        self.table.itemSelectionChanged.connect(self._sync_buttons)
        self.table.itemDoubleClicked.connect(lambda _i: self.show_preview())
        self.add_button = self._button(self.tr("Add…"), self.tr("Add a Word template (.docx) to this object"), self.ask_add)
        self.replace_button = self._button(self.tr("Replace…"), self.tr("Upload a new version of the selected template's file"), self.ask_replace)
        self.default_button = self._button(self.tr("Make default"), self.tr("Use the selected template when none is chosen"), self.make_default)
        self.delete_button = self._button(self.tr("Delete"), self.tr("Delete the selected template"), self.delete_selected)
        self.copy_button = self._button(self.tr("Save a copy…"), self.tr("Save the template's file, to edit it in Word"), self.ask_save_copy)
        self.preview_button = self._button(self.tr("Preview…"), self.tr("Fill the selected template from a record and read the result"), self.show_preview)
        self.problems = QPlainTextEdit(self)
        self.problems.setObjectName("problems")
        self.problems.setReadOnly(True)
        self.problems.setMaximumHeight(110)
        self.problems.hide()
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.panel = PlaceholderPanel(self.documents, self)
        buttons = QVBoxLayout()
        for button in (self.add_button, self.replace_button, self.default_button, self.delete_button, self.copy_button,
                       self.preview_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        list_row = QHBoxLayout()
        list_row.addWidget(self.table, 1)
        list_row.addLayout(buttons)
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Object:"), self))
        top.addWidget(self.objects, 1)
        column.addLayout(top)
        column.addLayout(list_row, 1)
        column.addWidget(self.problems)
        column.addWidget(self.status)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(close)
        if not self.manage:
            tip = self.tr("Only users who may change the structure (Configurator) manage templates")
            for button in (self.add_button, self.replace_button, self.default_button, self.delete_button):
                button.setToolTip(tip)
        self.objects.currentIndexChanged.connect(lambda _i: self.reload())
        if object_id is not None and self.objects.findData(object_id) >= 0:
            self.objects.setCurrentIndex(self.objects.findData(object_id))
        self.reload()
        self.resize(fit_size(QSize(1040, 600), available_area(self), self.minimumSizeHint()))  # within a laptop screen

    def _button(self, text: str, tip: str, slot: Any) -> QPushButton:
        button = QPushButton(text, self)
        button.setToolTip(tip)
        button.clicked.connect(lambda _c=False: slot())
        return button

    # --- state -----------------------------------------------------------------------------------
    def object_id(self) -> int | None:
        data = self.objects.currentData()
        return int(data) if data is not None else None

    def templates(self) -> list[DocumentTemplate]:
        object_id = self.object_id()
        return templates_of(self.session, object_id) if object_id is not None else []

    def reload(self, select: int | None = None) -> None:
        """List the object's templates again (keeping or choosing the selected one) and its placeholders."""
        keep = select if select is not None else (self.selected().id if self.selected() else None)
        found = self.templates()
        self.table.setRowCount(len(found))
        for row, t in enumerate(found):
            name = QTableWidgetItem(t.name)
            name.setData(Qt.ItemDataRole.UserRole, t)
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, QTableWidgetItem(t.file_name))
            self.table.setItem(row, 2, QTableWidgetItem(self.tr("Default") if t.is_default else ""))
            if t.id == keep:
                self.table.selectRow(row)
        if self.table.currentRow() < 0 and found:
            self.table.selectRow(0)
        if self.panel.tree.topLevelItemCount() == 0 or self._panel_object != self.object_id():
            self.panel.show_object(self.object_id())
            self._panel_object = self.object_id()
        self._sync_buttons()

    _panel_object: int | None = None

    def selected(self) -> DocumentTemplate | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _sync_buttons(self) -> None:
        chosen = self.selected()
        self.add_button.setEnabled(self.manage and self.object_id() is not None)
        for button in (self.replace_button, self.delete_button):
            button.setEnabled(self.manage and chosen is not None)
        self.default_button.setEnabled(self.manage and chosen is not None and not chosen.is_default)
        self.copy_button.setEnabled(chosen is not None)
        self.preview_button.setEnabled(chosen is not None)

    def show_problems(self, title: str, lines: list[str]) -> None:
        """The problems of a template, one per line under a heading (or nothing)."""
        self.problems.setPlainText("\n".join([title, *("• " + line for line in lines)]) if lines else "")
        self.problems.setVisible(bool(lines))
        self.problems.setStyleSheet(f"color: {ERROR_COLOR};" if lines else "")

    def say(self, text: str) -> None:
        self.status.setText(text)

    # --- actions ---------------------------------------------------------------------------------
    def ask_add(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Add a template"), "", WORD_FILTER)
        if not path:
            return
        name, ok = QInputDialog.getText(self, self.tr("Add a template"), self.tr("Name of the template:"), text=Path(path).stem)
        if ok:
            self.add_from(Path(path), name)

    def add_from(self, path: Path, name: str | None = None) -> int | None:
        """Check and store a template file; its problems are listed with their place when it is refused."""
        object_id = self.object_id()
        if object_id is None:
            return None
        try:
            data = path.read_bytes()
        except OSError as exc:
            self.show_problems(self.tr("The file cannot be read:"), [exc.strerror or str(exc)])
            return None
        try:
            template_id = self.documents.add_template(object_id, name or path.stem, data, file_name=path.name)
        except SupasoftError as exc:
            self.show_problems(self.tr("%s was not added:") % path.name, problem_lines(exc))
            return None
        self.show_problems("", [])
        self.reload(select=template_id)
        self.say(self.tr("Template %s added.") % (name or path.stem))
        return template_id

    def ask_replace(self) -> None:
        if self.selected() is None:
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Replace the template's file"), "", WORD_FILTER)
        if path:
            self.replace_from(Path(path))

    def replace_from(self, path: Path) -> bool:
        chosen = self.selected()
        if chosen is None:
            return False
        try:
            self.documents.replace_template(chosen.id, path.read_bytes(), path.name)
        except OSError as exc:
            self.show_problems(self.tr("The file cannot be read:"), [exc.strerror or str(exc)])
            return False
        except SupasoftError as exc:
            self.show_problems(self.tr("%s was not stored:") % path.name, problem_lines(exc))
            return False
        self.show_problems("", [])
        self.reload(select=chosen.id)
        self.say(self.tr("Template %s replaced.") % chosen.name)
        return True

    def make_default(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        try:
            self.documents.set_default(chosen.id)
        except SupasoftError as exc:
            self.show_problems(self.tr("Not changed:"), problem_lines(exc))
            return
        self.reload(select=chosen.id)
        self.say(self.tr("%s is now the default template.") % chosen.name)

    def delete_selected(self, confirm: bool = True) -> bool:
        chosen = self.selected()
        if chosen is None:
            return False
        if confirm and QMessageBox.question(self, self.tr("Delete"), self.tr("Delete the template %s?") % chosen.name) \
                != QMessageBox.StandardButton.Yes:
            return False
        try:
            self.documents.delete_template(chosen.id)
        except SupasoftError as exc:
            self.show_problems(self.tr("Not deleted:"), problem_lines(exc))
            return False
        self.reload()
        self.say(self.tr("Template %s deleted.") % chosen.name)
        return True

    def ask_save_copy(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy of the template"), chosen.file_name, WORD_FILTER)
        if path:
            self.save_copy_to(Path(path))

    def save_copy_to(self, path: Path) -> bool:
        chosen = self.selected()
        if chosen is None:
            return False
        try:
            _name, data = self.documents.template_file(chosen.id)
            path.write_bytes(data)
        except OSError as exc:
            self.show_problems(self.tr("The file cannot be written:"), [exc.strerror or str(exc)])
            return False
        except SupasoftError as exc:
            self.show_problems(self.tr("Not saved:"), problem_lines(exc))
            return False
        self.say(self.tr("Saved to %s.") % str(path))
        return True

    def show_preview(self, record_id: int | None = None) -> QDialog | None:
        """A preview window of the selected template on a record of the object (the first one by default)."""
        from supasoft.documents.preview_dialog import PreviewDialog

        chosen, object_id = self.selected(), self.object_id()
        if chosen is None or object_id is None:
            return None
        if self.preview is not None:
            self.preview.close()
        self.preview = PreviewDialog(self.session, object_id, chosen.id, record_id, self)
        self.preview.show()
        return self.preview
