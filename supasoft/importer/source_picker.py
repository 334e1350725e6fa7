"""The file a wizard page reads rows from, chosen once for both of its pages (the imported rows and their detail
rows): an .xlsx file's sheet, a table of another SQLite database, or a CSV file's encoding and delimiter (detected,
and overridable); the file is read off the GUI thread and the page hears what was read."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from supasoft.core.errors import SupasoftError
from supasoft.importer.job import in_worker
from supasoft.services.importing import ImportService
from supasoft.services.source_lists import DELIMITERS, ENCODINGS

# Its texts keep the file page's context, where they were first written and translated (the same words on both pages).
ChoosePart = Callable[[list[str]], int]  # which of a file's sheets or tables to read first (an index)


class SourcePicker(QWidget):
    """A file and the part of it to read, in a form the page may add its own rows to (`form`); `read` brings the
    table read, `failed` the error; a newer choice makes an older read's result go unheard."""

    started = Signal()
    read = Signal(object)  # the SourceTable
    failed = Signal(object)  # the exception (a SupasoftError or OSError says it in words)

    def __init__(self, service: ImportService, name: str, browse_text: str, dialog_title: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
        self.dialog_title = dialog_title
        self.path: Path | None = None
        self.kind = ""
        self._generation = 0
        self._reading = False
        self.choose_part: ChoosePart = lambda _parts: 0
        self.start_folder: Callable[[], Path] = Path.home  # where the file dialog opens before a file is chosen
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.path_edit = QLineEdit(self)
        self.path_edit.setReadOnly(True)
        self.path_edit.setObjectName(f"{name}_path")
        self.browse = QPushButton(browse_text, self)
        self.browse.setObjectName(f"{name}_browse")
        self.browse.clicked.connect(lambda _c=False: self.ask_path())
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse)
        self.form.addRow(QCoreApplication.translate("FilePage", "File:"), row)
        self.sheet_combo = self._combo(f"{name}_sheet", self._on_part)
        self.sheet_label = QLabel(QCoreApplication.translate("FilePage", "Sheet:"), self)
        self.form.addRow(self.sheet_label, self.sheet_combo)
        self.table_combo = self._combo(f"{name}_table", self._on_part)
        self.table_label = QLabel(QCoreApplication.translate("FilePage", "Table:"), self)
        self.form.addRow(self.table_label, self.table_combo)
        self.encoding_combo = self._combo(f"{name}_encoding", self._on_csv_choice)
        for encoding in ENCODINGS:
            self.encoding_combo.addItem(encoding, encoding)
        self.encoding_label = QLabel(QCoreApplication.translate("FilePage", "Encoding:"), self)
        self.form.addRow(self.encoding_label, self.encoding_combo)
        self.delimiter_combo = self._combo(f"{name}_delimiter", self._on_csv_choice)
        names = (QCoreApplication.translate("FilePage", "Semicolon ;"), QCoreApplication.translate("FilePage", "Comma ,"),
                 QCoreApplication.translate("FilePage", "Tab"), QCoreApplication.translate("FilePage", "Vertical bar |"))
        for delimiter, text in zip(DELIMITERS, names, strict=True):
            self.delimiter_combo.addItem(text, delimiter)
        self.delimiter_label = QLabel(QCoreApplication.translate("FilePage", "Delimiter:"), self)
        self.form.addRow(self.delimiter_label, self.delimiter_combo)
        self._show_parts()

    def _combo(self, name: str, slot: Any) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.activated.connect(lambda _i: slot())
        return combo

    def _show_parts(self) -> None:
        for label, widget, shown in ((self.sheet_label, self.sheet_combo, self.kind == "xlsx"),
                                     (self.table_label, self.table_combo, self.kind == "sqlite"),
                                     (self.encoding_label, self.encoding_combo, self.kind == "csv"),
                                     (self.delimiter_label, self.delimiter_combo, self.kind == "csv")):
            label.setVisible(shown)
            widget.setVisible(shown)

    # --- choosing ---------------------------------------------------------------------------------
    def ask_path(self) -> None:
        start = self.path.parent if self.path is not None else self.start_folder()
        path, _f = QFileDialog.getOpenFileName(
            self, self.dialog_title, str(start),
            QCoreApplication.translate("FilePage", "Files to import (*.xlsx *.csv *.txt *.db *.sqlite *.sqlite3 *.db3);;All files (*)"))
        if path:
            self.set_path(Path(path))

    def set_path(self, path: Path) -> None:
        """A new file: list its sheets or tables (the page's choose_part picks the first to read), then read it."""
        self.path, self.kind = path, self.service.kind(path)
        self.path_edit.setText(str(path))
        self._show_parts()
        try:
            if self.kind == "xlsx":
                self._fill(self.sheet_combo, self.service.sheets(path))
            elif self.kind == "sqlite":
                self._fill(self.table_combo, self.service.tables(path))
        except SupasoftError as exc:
            self._reading = False
            self.failed.emit(exc)
            return
        self._read(lambda: self.service.read(path, sheet=self.sheet(), table=self.table()))

    def _fill(self, combo: QComboBox, names: list[str]) -> None:
        combo.clear()
        combo.addItems(names)
        combo.setEnabled(bool(names))
        if names:
            combo.setCurrentIndex(max(0, min(len(names) - 1, self.choose_part(names))))

    def part_combo(self) -> QComboBox:
        """The combo of the file's parts: its sheets (a workbook) or its tables (a database)."""
        return self.table_combo if self.kind == "sqlite" else self.sheet_combo

    def choose(self, part: str) -> None:
        """Read another sheet or table, as a user picks it."""
        combo = self.part_combo()
        combo.setCurrentIndex(combo.findText(part))
        self._on_part()

    def sheet(self) -> str | None:
        return (self.sheet_combo.currentText() or None) if self.kind == "xlsx" else None

    def table(self) -> str | None:
        return (self.table_combo.currentText() or None) if self.kind == "sqlite" else None

    def part(self) -> str | None:
        """The sheet or table read (None for a CSV file)."""
        return self.sheet() or self.table()

    def _on_part(self) -> None:
        path = self.path
        if path is not None:
            sheet, table = self.sheet(), self.table()
            self._read(lambda: self.service.read(path, sheet=sheet, table=table))

    def _on_csv_choice(self) -> None:
        path, encoding, delimiter = self.path, self.encoding_combo.currentData(), self.delimiter_combo.currentData()
        if path is not None:
            self._read(lambda: self.service.read(path, encoding=encoding, delimiter=delimiter))

    # --- reading ------------------------------------------------------------------------------------
    def _read(self, work: Callable[[], Any]) -> None:
        self._generation += 1
        generation = self._generation
        self._reading = True
        self.started.emit()
        in_worker(self, work, lambda table: self._read_done(generation, table),
                  lambda exc: self._read_failed(generation, exc))

    def _read_done(self, generation: int, table: Any) -> None:
        if generation != self._generation:
            return  # a newer choice is being read
        self._reading = False
        if table.encoding:
            self.encoding_combo.setCurrentIndex(max(0, self.encoding_combo.findData(table.encoding)))
            self.delimiter_combo.setCurrentIndex(max(0, self.delimiter_combo.findData(table.delimiter)))
        self.read.emit(table)

    def _read_failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self._reading = False
            self.failed.emit(exc)

    def is_reading(self) -> bool:
        return self._reading
