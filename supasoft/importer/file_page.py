"""The wizard's first page: the file (.xlsx sheet, .csv with its detected encoding, delimiter and number/date
style, or a table of another SQLite database) and the object to import into."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget, QWizardPage

from supasoft.core.errors import SupasoftError
from supasoft.importer.job import ImportJob
from supasoft.importer.source_picker import SourcePicker
from supasoft.services.importing import fold
from supasoft.widgets.error_text import shown_error


class FilePage(QWizardPage):
    """Choose the file and what part of it to read; it is read off the GUI thread and the page says what it found."""

    def __init__(self, job: ImportJob, parent: QWidget | None = None):
        super().__init__(parent)
        self.job = job
        self.setTitle(self.tr("File to import"))
        self.setSubTitle(self.tr("An Excel workbook (.xlsx), a CSV file, or a table of another SQLite database."))
        layout = QVBoxLayout(self)
        self.picker = SourcePicker(job.service, "import", self.tr("Choose…"), self.tr("File to import"), self)
        self.picker.choose_part = self._best_part
        self.picker.started.connect(self._reading)
        self.picker.read.connect(self._read_done)
        self.picker.failed.connect(self._failed)
        layout.addWidget(self.picker)
        layout.addStretch(1)
        form = self.picker.form  # the page's own rows line up with the file's
        self.path_edit, self.sheet_combo, self.table_combo = self.picker.path_edit, self.picker.sheet_combo, self.picker.table_combo
        self.encoding_combo, self.delimiter_combo = self.picker.encoding_combo, self.picker.delimiter_combo
        self.locale_combo = QComboBox(self)
        self.locale_combo.setObjectName("import_locale")
        self.locale_combo.activated.connect(lambda _i: self._on_locale())
        self.locale_label = QLabel(self.tr("Numbers and dates:"), self)
        form.addRow(self.locale_label, self.locale_combo)
        self.object_combo = QComboBox(self)
        self.object_combo.setObjectName("import_object")
        self.object_combo.activated.connect(lambda _i: self._set_object())
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
        self._show_locale(False)

    def _fill_locales(self, detected: list[str]) -> None:
        self.locale_combo.clear()
        found = ", ".join(sorted(set(detected))) or "-"
        self.locale_combo.addItem(self.tr("As detected for each column (%s)") % found, "")
        self.locale_combo.addItem(self.tr("Polish: 1 234,56 and 31.12.2025"), "pl")
        self.locale_combo.addItem(self.tr("English: 1,234.56 and 31/12/2025"), "en")
        self.locale_combo.addItem(self.tr("American: 1,234.56 and 12/31/2025"), "en_US")

    def _show_locale(self, shown: bool) -> None:
        self.locale_label.setVisible(shown)
        self.locale_combo.setVisible(shown)

    # --- choosing ---------------------------------------------------------------------------------
    def ask_path(self) -> None:
        self.picker.ask_path()

    def set_path(self, path: Path) -> None:
        """A new file: list its sheets or tables, then read it."""
        self.job.path, self.job.locale = path, ""
        self._show_locale(True)
        self.picker.set_path(path)

    def _best_part(self, parts: list[str]) -> int:
        """A table or sheet named like the object in any case or accents (`orders` for Orders), else the first."""
        return self._named_part(parts, 0)

    def _named_part(self, parts: list[str], otherwise: int) -> int:
        obj = self.job.session.records.obj(self.job.object_id) if self.job.object_id is not None else None
        if obj is None:
            return otherwise
        folded = [fold(part) for part in parts]
        return next((folded.index(fold(name)) for name in (obj.plural, obj.name) if fold(name) in folded), otherwise)

    def _on_locale(self) -> None:
        self.job.locale = self.locale_combo.currentData() or ""
        self.job.mapping = None

    def _set_object(self) -> None:
        object_id = self.object_combo.currentData()
        changed = object_id != self.job.object_id
        self.job.object_id = object_id
        if changed:
            self.job.mapping = None
            self._follow_object()
        self.completeChanged.emit()

    def _follow_object(self) -> None:
        """The object chosen after the file: read its table or sheet when the file has one named like it."""
        if self.picker.kind not in ("sqlite", "xlsx") or self.picker.path is None:
            return
        combo = self.picker.part_combo()
        parts = [combo.itemText(i) for i in range(combo.count())]
        best = self._named_part(parts, combo.currentIndex())
        if parts and best != combo.currentIndex():
            self.picker.choose(parts[best])

    def select_object(self, object_id: int) -> None:
        self.object_combo.setCurrentIndex(self.object_combo.findData(object_id))
        self._set_object()

    # --- reading ------------------------------------------------------------------------------------
    def _reading(self) -> None:
        self.job.sheet, self.job.table = self.picker.sheet(), self.picker.table()
        self.job.source = self.job.mapping = None
        self.status.setText(self.tr("Reading…"))
        self.completeChanged.emit()

    def _read_done(self, table: Any) -> None:
        self.job.source = table
        self._fill_locales(table.locales)
        self.job.locale = ""
        text = self.tr("Rows: %s, columns: %s") % (f"{len(table.rows):,}".replace(",", "\u00a0"), len(table.headers))
        if table.problems:
            text += "\n" + self.tr("Rows that cannot be read as they are: %s (see the preview)") % len(table.problems)
        self.status.setText(text)
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        self.job.source = None
        self.status.setText(shown_error(exc) if isinstance(exc, (SupasoftError, OSError)) else
                            self.tr("The file cannot be read: %s") % type(exc).__name__)
        self.completeChanged.emit()

    def is_reading(self) -> bool:
        return self.picker.is_reading()

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return not self.is_reading() and self.job.source is not None and self.job.object_id is not None
