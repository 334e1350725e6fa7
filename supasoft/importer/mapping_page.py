"""The wizard's mapping page: each column of the file, a few of its values, the field it goes to (guessed by header,
or as the object's last import did) and for a reference the field of the target it is matched by; mode and keys
(fields, or the object's unique keys over several fields by name)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from supasoft.core.errors import SupasoftError
from supasoft.core.fieldtypes.roles import is_file
from supasoft.core.meta import ObjectDef
from supasoft.importer.column_table import ColumnTable
from supasoft.importer.job import DETAILS, PREVIEW, ImportJob
from supasoft.services.importing import CODE, ColumnMap, ImportMapping
from supasoft.widgets.error_text import shown_error

KEY_FIELDS = Qt.ItemDataRole.UserRole + 1  # a unique key's entry in the key list: its field ids


class MappingPage(QWizardPage):
    """One row per column of the file; the mapping is built from the combos whenever one changes."""

    def __init__(self, job: ImportJob, parent: QWidget | None = None):
        super().__init__(parent)
        self.job = job
        self.obj: ObjectDef | None = None
        self.setTitle(self.tr("Columns and fields"))
        self.setSubTitle(self.tr("Choose the field each column goes to. Columns left out are not imported."))
        layout = QVBoxLayout(self)
        self.table = ColumnTable(job.session, self)
        self.table.setObjectName("import_mapping")
        self.table.changed.connect(self._changed)
        layout.addWidget(self.table, 1)
        form = QFormLayout()
        self.mode_combo = QComboBox(self)
        self.mode_combo.setObjectName("import_mode")
        for mode, text in (("create", self.tr("Create new records")), ("update", self.tr("Update existing records")),
                           ("upsert", self.tr("Update existing records, create the others"))):
            self.mode_combo.addItem(text, mode)
        self.mode_combo.currentIndexChanged.connect(lambda _i: self._changed())
        form.addRow(self.tr("Mode:"), self.mode_combo)
        self.keys = QListWidget(self)
        self.keys.setObjectName("import_keys")
        self.keys.setMaximumHeight(90)
        self.keys.itemChanged.connect(lambda _item: self._changed())
        self.keys_label = QLabel(self.tr("Key fields (find the records to update):"), self)
        form.addRow(self.keys_label, self.keys)
        self.codes = QCheckBox(self.tr("New records take the numbers of the Code column as their Codes"), self)
        self.codes.setObjectName("import_codes")
        self.codes.toggled.connect(lambda _on: self._changed())
        form.addRow(self.codes)
        self.details = QCheckBox(self.tr("Also import detail rows linked to these (for example order lines)"), self)
        self.details.setObjectName("import_with_details")
        self.details.toggled.connect(lambda on: setattr(self.job, "with_details", on))
        form.addRow(self.details)
        self.folder_edit = QLineEdit(self)
        self.folder_edit.setObjectName("import_files_folder")
        self.folder_edit.setReadOnly(True)
        self.folder_button = QPushButton(self.tr("Choose…"), self)
        self.folder_button.setObjectName("import_choose_folder")
        self.folder_button.clicked.connect(lambda _c=False: self.ask_folder())
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.folder_button)
        self.folder_label = QLabel(self.tr("Folder of the files:"), self)
        form.addRow(self.folder_label, folder_row)
        layout.addLayout(form)
        self.status = QLabel(self)
        self.status.setObjectName("import_mapping_status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

    # --- filling ----------------------------------------------------------------------------------
    def initializePage(self) -> None:  # noqa: N802 - Qt API
        if self.job.mapping is not None and self.obj is not None and self.obj.id == self.job.object_id:
            return  # back from the preview: keep what the user chose
        source = self.job.source
        assert source is not None and self.job.object_id is not None
        self.obj = self.job.session.records.obj(self.job.object_id)
        try:
            guessed = self.job.service.mapping(self.obj.name, source.headers)
        except SupasoftError as exc:
            self.status.setText(shown_error(exc))
            guessed = ImportMapping(self.obj.id, [ColumnMap(h, None) for h in source.headers])
        remembered = self.job.service.remembered(self.obj.id)
        mode = remembered.mode if remembered is not None else "create"
        self.mode_combo.blockSignals(True)
        self.mode_combo.setCurrentIndex(max(0, self.mode_combo.findData(mode)))
        self.mode_combo.blockSignals(False)
        self.codes.blockSignals(True)
        self.codes.setChecked(remembered is not None and remembered.codes)
        self.codes.blockSignals(False)
        self.folder_edit.setText(str(self.job.path.parent) if self.job.path is not None else "")
        self.table.obj = self.obj
        self.details.setEnabled(bool(self.job.detail_objects()))
        self.details.setChecked(self.details.isEnabled() and self.job.with_details)
        self._fill_keys(remembered.keys if remembered is not None else [])
        self.table.fill(self.obj, guessed.columns, source)
        self._changed()

    def _fill_keys(self, chosen: list[int]) -> None:
        """The object's unique keys over several fields by name, the Code and each field; a key is checked when the
        chosen fields are exactly its fields."""
        assert self.obj is not None
        self.keys.blockSignals(True)
        self.keys.clear()
        keys = [k for k in self.obj.unique_keys if len(k.fields) > 1]
        whole = next((k for k in keys if set(k.fields) == set(chosen)), None)
        for key in keys:
            item = QListWidgetItem(self.tr("Key: %s") % key.name, self.keys)
            item.setData(KEY_FIELDS, list(key.fields))
            self._checkable(item, key is whole)
        for field_id, name in [(CODE, self.tr("Code"))] + [(f.id, f.name) for f in self.table.fields()]:
            item = QListWidgetItem(name, self.keys)
            item.setData(Qt.ItemDataRole.UserRole, field_id)
            self._checkable(item, whole is None and field_id in chosen)
        self.keys.blockSignals(False)

    @staticmethod
    def _checkable(item: QListWidgetItem, checked: bool) -> None:
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def chosen_keys(self) -> list[int]:
        """The key field ids checked: a unique key's entry stands for its fields, each taken once."""
        ids: list[int] = []
        for i in range(self.keys.count()):
            item = self.keys.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                fields = item.data(KEY_FIELDS) or [item.data(Qt.ItemDataRole.UserRole)]
                ids += [fid for fid in fields if fid not in ids]
        return ids

    def field_combo(self, row: int) -> QComboBox:
        return self.table.field_combo(row)

    def match_combo(self, row: int) -> QComboBox | None:
        return self.table.match_combo(row)

    # --- the mapping ------------------------------------------------------------------------------
    def set_field(self, column: str, field_name: str | None) -> None:
        """Map a column by names (None: leave it out), as a user picks in the combo."""
        self.table.set_field(column, field_name)

    def ask_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder of the files"), self.folder_edit.text())
        if folder:
            self.set_folder(folder)

    def set_folder(self, folder: str) -> None:
        """The folder whose files a file field's column names (the import file's own folder at first)."""
        self.folder_edit.setText(folder)
        self._changed()

    def set_mode(self, mode: str, keys: list[str] = ()) -> None:  # type: ignore[assignment]
        self.mode_combo.setCurrentIndex(self.mode_combo.findData(mode))
        for i in range(self.keys.count()):
            item = self.keys.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.text() in keys else Qt.CheckState.Unchecked)

    def _changed(self) -> None:
        if self.obj is None:
            return
        columns = self.table.columns()
        mode = self.mode_combo.currentData()
        keys = self.chosen_keys() if mode != "create" else []
        self.keys.setEnabled(mode != "create")
        self.keys_label.setEnabled(mode != "create")
        has_code = any(c.field == CODE for c in columns)
        self.codes.setEnabled(has_code and mode != "update")
        codes = self.codes.isEnabled() and self.codes.isChecked()
        self.job.mapping = ImportMapping(self.obj.id, columns, mode, keys, codes)
        with_files = any(c.field not in (None, CODE) and is_file(self.obj.field_by_id(c.field)) for c in columns)
        for widget in (self.folder_label, self.folder_edit, self.folder_button):
            widget.setVisible(with_files)
        self.job.mapping.files = self.folder_edit.text() or None if with_files else None
        self.job.preview = None
        if not any(c.field is not None for c in columns):
            self.status.setText(self.tr("Choose a field for at least one column."))
        elif mode != "create" and not keys:
            self.status.setText(self.tr("Updating needs one or more key fields to find the records."))
        else:
            self.status.setText("")
        self.completeChanged.emit()

    def nextId(self) -> int:  # noqa: N802 - Qt API
        """The details page only when detail rows come too."""
        return DETAILS if self.job.with_details else PREVIEW

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        mapping = self.job.mapping
        return mapping is not None and bool(mapping.mapped()) and (mapping.mode == "create" or bool(mapping.keys))
