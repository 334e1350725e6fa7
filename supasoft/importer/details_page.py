"""The wizard's optional page for detail rows imported with their parents (Orders with their lines): where the
detail rows are (another sheet or table of the same file, or another file), which object they are, which column
links each one to its parent row's key, and the detail columns' fields."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget, QWizardPage

from supasoft.core.errors import SupasoftError
from supasoft.importer.column_table import ColumnTable
from supasoft.importer.job import ImportJob
from supasoft.importer.source_picker import SourcePicker
from supasoft.services.importing import ColumnMap, ImportMapping, fold
from supasoft.widgets.error_text import shown_error


class DetailsPage(QWizardPage):
    """Detail rows: their file part, object, link column and mapping (create mode: detail rows are always new)."""

    def __init__(self, job: ImportJob, parent: QWidget | None = None):
        super().__init__(parent)
        self.job = job
        self._other_part = False
        self.setTitle(self.tr("Detail rows"))
        self.setSubTitle(self.tr("Rows linked to the imported ones by a key, such as order lines by an old order number."))
        layout = QVBoxLayout(self)
        self.picker = SourcePicker(job.service, "import_detail", self.tr("Another file…"), self.tr("File with the detail rows"), self)
        self.picker.start_folder = lambda: self.job.path.parent if self.job.path is not None else Path.home()
        self.picker.choose_part = self._first_other_part
        self.picker.started.connect(self._reading)
        self.picker.read.connect(self._read)
        self.picker.failed.connect(self._failed)
        self.path_edit = self.picker.path_edit
        form = self.picker.form  # the page's own rows line up with the file's
        self.object_combo = self._combo("import_detail_object", self._on_object)
        form.addRow(self.tr("Detail rows are:"), self.object_combo)
        self.link_combo = self._combo("import_detail_link", self._changed)
        form.addRow(self.tr("Column with the parent's key:"), self.link_combo)
        self.key_combo = self._combo("import_parent_key", self._changed)
        form.addRow(self.tr("Parent key column (imported file):"), self.key_combo)
        layout.addWidget(self.picker)
        self.table = ColumnTable(job.session, self)
        self.table.setObjectName("import_detail_mapping")
        self.table.changed.connect(self._changed)
        layout.addWidget(self.table, 1)
        self.status = QLabel(self)
        self.status.setObjectName("import_detail_status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

    def _combo(self, name: str, slot: Any) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.activated.connect(lambda _i: slot())
        return combo

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        job = self.job
        self.object_combo.clear()
        for obj in job.detail_objects():
            self.object_combo.addItem(obj.plural, obj.id)
        self.key_combo.clear()
        self.key_combo.addItems(job.source.headers if job.source is not None else [])
        if job.detail_source is None and job.path is not None and job.service.kind(job.path) != "csv":
            self.set_path(job.path, other_part=True)
        self._changed()

    # --- where the detail rows are ------------------------------------------------------------------
    @property
    def part_combo(self) -> QComboBox:
        """The detail file's sheets or tables."""
        return self.picker.part_combo()

    def ask_path(self) -> None:
        self.picker.ask_path()

    def set_path(self, path: Path, *, other_part: bool = False) -> None:
        """The file holding the detail rows; a workbook's sheets or a database's tables are offered (for the import's
        own file, the first one it is not importing)."""
        self.job.detail_path = path
        self._other_part = other_part
        self.picker.set_path(path)

    def _first_other_part(self, parts: list[str]) -> int:
        taken = self.job.sheet or self.job.table
        return next((i for i, p in enumerate(parts) if p != taken), 0) if self._other_part else 0

    def choose_part(self, name: str) -> None:
        self.picker.choose(name)

    def _reading(self) -> None:
        self.job.detail_part = self.picker.part()
        self.job.detail_source = self.job.detail_mapping = None
        self.status.setText(self.tr("Reading…"))
        self.completeChanged.emit()

    def _read(self, table: Any) -> None:
        self.job.detail_source = table
        self.link_combo.clear()
        self.link_combo.addItems(table.headers)
        shared = [h for h in table.headers if fold(h) in {fold(k) for k in self.job.source.headers}] if self.job.source else []
        if shared:  # the same column name in both files is most likely the key
            self.link_combo.setCurrentText(shared[0])
            self.key_combo.setCurrentIndex(next(i for i in range(self.key_combo.count()) if fold(self.key_combo.itemText(i)) == fold(shared[0])))
        self.status.clear()
        self._on_object()

    def _failed(self, exc: BaseException) -> None:
        self.job.detail_source = None
        self.status.setText(shown_error(exc) if isinstance(exc, (SupasoftError, OSError)) else
                            self.tr("The file cannot be read: %s") % type(exc).__name__)
        self.completeChanged.emit()

    # --- what they are --------------------------------------------------------------------------------
    def select_object(self, object_id: int) -> None:
        self.object_combo.setCurrentIndex(self.object_combo.findData(object_id))
        self._on_object()

    def _on_object(self) -> None:
        source, object_id = self.job.detail_source, self.object_combo.currentData()
        if source is None or object_id is None:
            self.table.setRowCount(0)
            self._changed()
            return
        obj = self.job.session.records.obj(object_id)
        try:
            guessed = self.job.service.mapping(obj.name, source.headers)
        except SupasoftError as exc:
            self.status.setText(shown_error(exc))
            guessed = ImportMapping(obj.id, [ColumnMap(h, None) for h in source.headers])
        self.table.fill(obj, guessed.columns, source)
        self._changed()

    def set_link(self, link_column: str, parent_key: str) -> None:
        self.link_combo.setCurrentText(link_column)
        self.key_combo.setCurrentText(parent_key)
        self._changed()

    def _changed(self) -> None:
        job = self.job
        obj = self.table.obj
        ready = job.detail_source is not None and obj is not None and self.object_combo.currentData() == obj.id
        job.detail_mapping = ImportMapping(obj.id, self.table.columns(), "create") if ready and obj is not None else None
        job.link_column = self.link_combo.currentText()
        job.parent_key = self.key_combo.currentText()
        job.details = None
        if ready and self.object_combo.count() and not any(c.field is not None for c in self.table.columns()):
            self.status.setText(self.tr("Choose a field for at least one column."))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        mapping = self.job.detail_mapping
        return (not self.picker.is_reading() and mapping is not None and bool(mapping.mapped()) and bool(self.job.link_column)
                and bool(self.job.parent_key))
