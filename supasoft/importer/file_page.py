"""The wizard's first page: the file (.xlsx sheet, .csv with its detected encoding, delimiter and number/date
style, or a table of another SQLite database) and the object to import into."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
    QWizardPage,
)

from supasoft.core.errors import SupasoftError
from supasoft.importer.job import ImportJob, in_worker
from supasoft.services.source_lists import DELIMITERS, ENCODINGS
from supasoft.widgets.error_text import shown_error


class FilePage(QWizardPage):
    """Choose the file and what part of it to read; it is read off the GUI thread and the page says what it found."""

    def __init__(self, job: ImportJob, parent: QWidget | None = None):
        super().__init__(parent)
        self.job = job
        self._generation = 0
        self._reading = False
        self.setTitle(self.tr("File to import"))
        self.setSubTitle(self.tr("An Excel workbook (.xlsx), a CSV file, or a table of another SQLite database."))
        form = QFormLayout(self)
        self.path_edit = QLineEdit(self)
        self.path_edit.setReadOnly(True)
        self.path_edit.setObjectName("import_path")
        browse = QPushButton(self.tr("Choose…"), self)
        browse.setObjectName("import_browse")
        browse.clicked.connect(self.ask_path)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        form.addRow(self.tr("File:"), row)
        self.sheet_combo = self._combo("import_sheet", self._on_part)
        self.sheet_label = QLabel(self.tr("Sheet:"), self)
        form.addRow(self.sheet_label, self.sheet_combo)
        self.table_combo = self._combo("import_table", self._on_part)
        self.table_label = QLabel(self.tr("Table:"), self)
        form.addRow(self.table_label, self.table_combo)
        self.encoding_combo = self._combo("import_encoding", self._on_csv_choice)
        for encoding in ENCODINGS:
            self.encoding_combo.addItem(encoding, encoding)
        self.encoding_label = QLabel(self.tr("Encoding:"), self)
        form.addRow(self.encoding_label, self.encoding_combo)
        self.delimiter_combo = self._combo("import_delimiter", self._on_csv_choice)
        for delimiter, text in zip(DELIMITERS, (self.tr("Semicolon ;"), self.tr("Comma ,"), self.tr("Tab"),
                                                self.tr("Vertical bar |")), strict=True):
            self.delimiter_combo.addItem(text, delimiter)
        self.delimiter_label = QLabel(self.tr("Delimiter:"), self)
        form.addRow(self.delimiter_label, self.delimiter_combo)
        self.locale_combo = self._combo("import_locale", self._on_locale)
        self.locale_label = QLabel(self.tr("Numbers and dates:"), self)
        form.addRow(self.locale_label, self.locale_combo)
        self.object_combo = self._combo("import_object", lambda: self._set_object())
        for obj in job.objects():
            self.object_combo.addItem(obj.plural, obj.id)
        form.addRow(self.tr("Import into:"), self.object_combo)
        self.status = QLabel(self)
        self.status.setObjectName("import_file_status")
        self.status.setWordWrap(True)
        form.addRow(self.status)
        if job.object_id is not None and (index := self.object_combo.findData(job.object_id)) >= 0:
            self.object_combo.setCurrentIndex(index)
        self._set_object()
        self._show_parts("")

    def _combo(self, name: str, slot: Any) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.activated.connect(lambda _i: slot())
        return combo

    def _fill_locales(self, detected: list[str]) -> None:
        self.locale_combo.clear()
        found = ", ".join(sorted(set(detected))) or "-"
        self.locale_combo.addItem(self.tr("As detected for each column (%s)") % found, "")
        self.locale_combo.addItem(self.tr("Polish: 1 234,56 and 31.12.2025"), "pl")
        self.locale_combo.addItem(self.tr("English: 1,234.56 and 31/12/2025"), "en")
        self.locale_combo.addItem(self.tr("American: 1,234.56 and 12/31/2025"), "en_US")

    # --- choosing ---------------------------------------------------------------------------------
    def ask_path(self) -> None:
        path, _f = QFileDialog.getOpenFileName(
            self, self.tr("File to import"), str(self.job.path.parent if self.job.path else Path.home()),
            self.tr("Files to import (*.xlsx *.csv *.txt *.db *.sqlite *.sqlite3 *.db3);;All files (*)"))
        if path:
            self.set_path(Path(path))

    def set_path(self, path: Path) -> None:
        """A new file: list its sheets or tables, then read it."""
        self.job.path, self.job.sheet, self.job.table, self.job.locale = path, None, None, ""
        self.path_edit.setText(str(path))
        service = self.job.service
        kind = service.kind(path)
        self._show_parts(kind)
        try:
            if kind == "xlsx":
                self._fill(self.sheet_combo, service.sheets(path))
                self.job.sheet = self.sheet_combo.currentText() or None
            elif kind == "sqlite":
                self._fill(self.table_combo, service.tables(path))
                self.job.table = self._best_table()
        except SupasoftError as exc:
            self._failed(exc)
            return
        self._read(lambda: self.job.service.read(path, sheet=self.job.sheet, table=self.job.table))

    def _fill(self, combo: QComboBox, names: list[str]) -> None:
        combo.clear()
        combo.addItems(names)

    def _best_table(self) -> str | None:
        """The table named like the object (Customers for Clients rarely, but Products for Products), else the first."""
        obj = self.job.session.records.obj(self.job.object_id) if self.job.object_id is not None else None
        if obj is not None:
            for name in (obj.plural, obj.name):
                if (index := self.table_combo.findText(name)) >= 0:
                    self.table_combo.setCurrentIndex(index)
        return self.table_combo.currentText() or None

    def _show_parts(self, kind: str) -> None:
        for label, widget, shown in ((self.sheet_label, self.sheet_combo, kind == "xlsx"),
                                     (self.table_label, self.table_combo, kind == "sqlite"),
                                     (self.encoding_label, self.encoding_combo, kind == "csv"),
                                     (self.delimiter_label, self.delimiter_combo, kind == "csv"),
                                     (self.locale_label, self.locale_combo, kind != "")):
            label.setVisible(shown)
            widget.setVisible(shown)

    def _on_part(self) -> None:
        path = self.job.path
        if path is None:
            return
        kind = self.job.service.kind(path)
        self.job.sheet = (self.sheet_combo.currentText() or None) if kind == "xlsx" else None
        self.job.table = (self.table_combo.currentText() or None) if kind == "sqlite" else None
        self._read(lambda: self.job.service.read(path, sheet=self.job.sheet, table=self.job.table))

    def _on_csv_choice(self) -> None:
        path, encoding, delimiter = self.job.path, self.encoding_combo.currentData(), self.delimiter_combo.currentData()
        if path is not None:
            self._read(lambda: self.job.service.read(path, encoding=encoding, delimiter=delimiter))

    def _on_locale(self) -> None:
        self.job.locale = self.locale_combo.currentData() or ""
        self.job.mapping = None

    def _set_object(self) -> None:
        object_id = self.object_combo.currentData()
        if object_id != self.job.object_id:
            self.job.mapping = None
        self.job.object_id = object_id
        self.completeChanged.emit()

    def select_object(self, object_id: int) -> None:
        self.object_combo.setCurrentIndex(self.object_combo.findData(object_id))
        self._set_object()

    # --- reading ------------------------------------------------------------------------------------
    def _read(self, work: Any) -> None:
        self._generation += 1
        generation = self._generation
        self._reading = True
        self.job.source = self.job.mapping = None
        self.status.setText(self.tr("Reading…"))
        self.completeChanged.emit()
        in_worker(self, work, lambda table: self._read_done(generation, table),
                  lambda exc: generation == self._generation and self._failed(exc))

    def _read_done(self, generation: int, table: Any) -> None:
        if generation != self._generation:
            return  # a newer choice is being read
        self._reading = False
        self.job.source = table
        if table.encoding:
            self.encoding_combo.setCurrentIndex(max(0, self.encoding_combo.findData(table.encoding)))
            self.delimiter_combo.setCurrentIndex(max(0, self.delimiter_combo.findData(table.delimiter)))
        self._fill_locales(table.locales)
        self.job.locale = ""
        text = self.tr("Rows: %s, columns: %s") % (f"{len(table.rows):,}".replace(",", "\u00a0"), len(table.headers))
        if table.problems:
            text += "\n" + self.tr("Rows that cannot be read as they are: %s (see the preview)") % len(table.problems)
        self.status.setText(text)
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> bool:
        self._reading = False
        self.job.source = None
        self.status.setText(shown_error(exc) if isinstance(exc, (SupasoftError, OSError)) else
                            self.tr("The file cannot be read: %s") % type(exc).__name__)
        self.completeChanged.emit()
        return True

    def is_reading(self) -> bool:
        return self._reading

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return not self._reading and self.job.source is not None and self.job.object_id is not None
