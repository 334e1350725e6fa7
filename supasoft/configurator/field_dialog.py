"""The field dialog: name, type and every option of one field; refuses to save while something is missing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from supasoft.configurator.common import type_keys, type_label
from supasoft.configurator.formula_editor import FormulaEditor
from supasoft.core.fieldtypes import field_types
from supasoft.core.fieldtypes.file import DEFAULT_MAX_BYTES
from supasoft.core.meta import Configuration, FieldDef, ObjectDef
from supasoft.services.records import RecordService

LENGTH_TYPES = ("string", "email", "phone", "url")
NUMBER_TYPES = ("decimal", "money")
NO_DEFAULT = ("formula", "file", "reference", "user")
MB = 1024 * 1024
KIND_ENTERED, KIND_SOURCE, KIND_RECEIVER = "entered", "source", "receiver"


class FieldDialog(QDialog):
    """Collects a FieldDef; `saver(dialog)` applies it and returns an error text or None."""

    def __init__(self, config: Configuration, obj: ObjectDef, records: RecordService | None,
                 field: FieldDef | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.config, self.obj, self.original = config, obj, field
        self.saver = None  # set by the caller: Callable[[FieldDialog], str | None]
        self.setObjectName("field_dialog")
        self.setMinimumWidth(620)
        self.setWindowTitle(self.tr("Edit field {0}").format(field.name) if field else self.tr("New field of {0}").format(obj.name))
        self.name = QLineEdit(field.name if field else "")
        self.name.setObjectName("name")
        self.type = QComboBox()
        self.type.setObjectName("type")
        for key in type_keys():
            self.type.addItem(type_label(key), key)
        self.length = _spin("length", 0, 10000, self.tr("automatic"))
        self.precision = _spin("precision", 0, 38, self.tr("automatic"))
        self.scale = _spin("scale", 0, 10, self.tr("automatic"))
        self.required = _check("required", self.tr("Required (must be filled in)"))
        self.unique = _check("unique", self.tr("Unique (no two records alike)"))
        self.indexed = _check("indexed", self.tr("Indexed (fast sorting and search)"))
        self.max_mb = _spin("max_mb", 0, 2048, self.tr("standard ({0} MB)").format(DEFAULT_MAX_BYTES // MB))
        self.max_mb.setSuffix(" MB")
        self.default = QLineEdit()
        self.default.setObjectName("default")
        self.default.setPlaceholderText(self.tr("empty"))
        self.target = QComboBox()
        self.target.setObjectName("target")
        self.target.addItem(self.tr("— choose —"), None)
        for other in sorted(config.objects, key=lambda o: o.order):
            self.target.addItem(other.name, other.id)
        self.choices = QPlainTextEdit()
        self.choices.setObjectName("choices")
        self.choices.setPlaceholderText(self.tr("One choice per line, in the order shown"))
        self.choices.setMaximumHeight(100)
        self.description = QLineEdit(field.description if field else "")
        self.description.setObjectName("description")
        self.formula = FormulaEditor(config, obj, records, field.id if field else None)
        self.formula.setObjectName("formula")
        self.kind = QComboBox()
        self.kind.setObjectName("value_kind")
        self.kind.addItem(self.tr("Entered by the user"), KIND_ENTERED)
        self.kind.addItem(self.tr("Shown from a linked record (read-only)"), KIND_SOURCE)
        self.kind.addItem(self.tr("Copied from a record when it is picked"), KIND_RECEIVER)
        self.via = QComboBox()
        self.via.setObjectName("via")
        self.from_field = QComboBox()
        self.from_field.setObjectName("from_field")
        for f in obj.fields:
            if f.type == "reference" and f.target is not None and (field is None or f.id != field.id):
                self.via.addItem(f.name, f.id)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020")
        self._build_layout()
        self.type.currentIndexChanged.connect(self._type_changed)
        self.kind.currentIndexChanged.connect(self._update_visibility)
        self.via.currentIndexChanged.connect(self._fill_from_fields)
        if field is not None:
            self.load(field)
        else:
            self.length.setValue(100)
        self._fill_from_fields()
        self._update_visibility()

    def _build_layout(self) -> None:
        form = QFormLayout()
        self.form = form
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Type:"), self.type)
        form.addRow(self.tr("Length (characters):"), self.length)
        form.addRow(self.tr("Digits in all:"), self.precision)
        form.addRow(self.tr("Digits after the point:"), self.scale)
        form.addRow(self.tr("External object:"), self.target)
        form.addRow(self.tr("Choices:"), self.choices)
        form.addRow(self.tr("Largest file:"), self.max_mb)
        form.addRow(self.tr("Default value:"), self.default)
        form.addRow("", self.required)
        form.addRow("", self.unique)
        form.addRow("", self.indexed)
        form.addRow(self.tr("Description:"), self.description)
        self.value_box = QGroupBox(self.tr("Where the value comes from"))
        box = QFormLayout(self.value_box)
        box.addRow(self.kind)
        link_row = QHBoxLayout()
        link_row.addWidget(self.via, 1)
        link_row.addWidget(QLabel("→"))
        link_row.addWidget(self.from_field, 1)
        box.addRow(self.tr("Record picked in / field:"), link_row)
        self.formula_box = QGroupBox(self.tr("Formula"))
        QVBoxLayout(self.formula_box).addWidget(self.formula)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.setObjectName("buttons")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.value_box)
        layout.addWidget(self.formula_box, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    # --- loading and visibility -------------------------------------------------------------------
    def load(self, f: FieldDef) -> None:
        self.set_type(f.type)
        self.length.setValue(f.length or 0)
        self.precision.setValue(f.precision or 0)
        self.scale.setValue(f.scale or 0)
        self.required.setChecked(f.required)
        self.unique.setChecked(f.unique)
        self.indexed.setChecked(f.indexed)
        self.default.setText("" if f.default is None else str(f.default))
        self.choices.setPlainText("\n".join(f.choices))
        self.max_mb.setValue((f.max_bytes or 0) // MB)
        self.formula.set_formula(f.formula or "")
        if f.target is not None:
            self.target.setCurrentIndex(max(0, self.target.findData(f.target)))
        path = f.source or f.receiver
        if path:
            self.kind.setCurrentIndex(self.kind.findData(KIND_SOURCE if f.source else KIND_RECEIVER))
            self.via.setCurrentIndex(max(0, self.via.findData(path[0])))
            self._fill_from_fields()
            self.from_field.setCurrentIndex(max(0, self.from_field.findData(path[-1])))
        if f.type == "reference":
            self.target.setEnabled(False)  # the service cannot re-point a reference; add a new field
        self.kind.setEnabled(False)

    def set_type(self, key: str) -> None:
        self.type.setCurrentIndex(max(0, self.type.findData(key)))

    def type_key(self) -> str:
        return str(self.type.currentData())

    def _type_changed(self) -> None:
        if self.type_key() in LENGTH_TYPES and self.length.value() == 0:
            self.length.setValue(100)
        self._update_visibility()

    def _update_visibility(self) -> None:
        key = self.type_key()
        kind = self.kind.currentData()
        plain = kind == KIND_ENTERED
        shown = {
            self.length: key in LENGTH_TYPES and plain,
            self.precision: key in NUMBER_TYPES and plain,
            self.scale: (key in NUMBER_TYPES or key == "formula") and plain,
            self.target: key == "reference",
            self.choices: key == "choice" and plain,
            self.max_mb: key == "file",
            self.default: key not in NO_DEFAULT and kind != KIND_SOURCE,
            self.required: key != "formula" and kind != KIND_SOURCE,
            self.unique: key not in ("text", "file", "boolean", "formula") and kind != KIND_SOURCE,
            self.indexed: key not in ("file", "formula") and kind != KIND_SOURCE,
        }
        for widget, visible in shown.items():
            widget.setVisible(visible)
            label = self.form.labelForField(widget)
            if label is not None:
                label.setVisible(visible)
        self.formula_box.setVisible(key == "formula")
        self.value_box.setVisible(key not in ("formula",) and (self.via.count() > 0 or kind != KIND_ENTERED))
        for widget in (self.via, self.from_field):
            widget.setEnabled(kind != KIND_ENTERED)
        self.adjustSize()

    def _fill_from_fields(self) -> None:
        keep = self.from_field.currentData()
        self.from_field.clear()
        ref_id = self.via.currentData()
        if ref_id is None:
            return
        target_id = self.obj.field_by_id(int(ref_id)).target
        try:
            target = self.config.object_by_id(int(target_id))  # type: ignore[arg-type]
        except (KeyError, TypeError):
            return
        for g in target.fields:
            self.from_field.addItem(f"{g.name} ({type_label(g.type)})", g.id)
        if keep is not None and self.from_field.findData(keep) >= 0:
            self.from_field.setCurrentIndex(self.from_field.findData(keep))

    # --- the result ----------------------------------------------------------------------------------
    def choice_list(self) -> tuple[str, ...]:
        return tuple(line.strip() for line in self.choices.toPlainText().splitlines() if line.strip())

    def draft(self) -> FieldDef:
        """The field as the dialog now describes it (id 0 for a new field)."""
        key = self.type_key()
        kind = self.kind.currentData()
        path = None
        if kind != KIND_ENTERED and self.via.currentData() is not None and self.from_field.currentData() is not None:
            path = (int(self.via.currentData()), int(self.from_field.currentData()))
        if kind == KIND_SOURCE and path is not None:  # a shown value takes the type of what it shows
            key = self._source_type(path) or key
        numbers = key in NUMBER_TYPES
        return FieldDef(
            self.original.id if self.original else 0, self.name.text().strip(), key,
            length=(self.length.value() or None) if key in LENGTH_TYPES else None,
            precision=(self.precision.value() or None) if numbers else None,
            scale=(self.scale.value() or None) if numbers or key == "formula" else None,
            required=self.required.isChecked() and key != "formula" and kind != KIND_SOURCE,
            default=self.default.text().strip() or None if key not in NO_DEFAULT else None,
            unique=self.unique.isChecked() and not self.unique.isHidden(),
            indexed=self.indexed.isChecked() and not self.indexed.isHidden(),
            target=self.target.currentData() if key == "reference" else None,
            formula=self.formula.formula() if key == "formula" else None,
            result_type=self.original.result_type if self.original and key == "formula" else None,
            source=path if kind == KIND_SOURCE else None,
            receiver=path if kind == KIND_RECEIVER else None,
            choices=self.choice_list() if key == "choice" else (),
            description=self.description.text().strip(),
            max_bytes=self.max_mb.value() * MB if key == "file" and self.max_mb.value() else None,
        )

    def _source_type(self, path: tuple[int, int]) -> str | None:
        try:
            target = self.config.object_by_id(int(self.obj.field_by_id(path[0]).target))  # type: ignore[arg-type]
            shown = target.field_by_id(path[1])
        except (KeyError, TypeError):
            return None
        return "string" if shown.type == "formula" else shown.type

    def problems(self) -> list[str]:
        """What is missing or wrong, in words the admin understands (empty = ready to save)."""
        draft = self.draft()
        found: list[str] = []
        if not draft.name:
            found.append(self.tr("Give the field a name."))
        if draft.type == "reference" and draft.target is None:
            found.append(self.tr("Choose the external object this reference points at."))
        if draft.type == "choice" and not draft.choices:
            found.append(self.tr("Add at least one choice (one per line)."))
        if draft.type == "formula" and not self.formula.check():
            error = self.formula.error
            found.append(self.tr("The formula does not work: {0}").format(error if error else self.tr("it is empty")))
        if self.kind.currentData() != KIND_ENTERED and (draft.source or draft.receiver) is None:
            found.append(self.tr("Choose the reference field and the field to take the value from."))
        if draft.default is not None:
            try:
                field_types.get(draft.type).parse(draft.default, draft)
            except ValueError as exc:
                found.append(self.tr("The default value {0!r} {1}.").format(draft.default, str(exc)))
        if draft.type not in ("formula", "reference", "choice"):
            found += [self.tr("The field {0}.").format(p) for p in field_types.get(draft.type).check_options(draft)]
        return found

    def accept(self) -> None:
        problems = self.problems()
        if problems:
            self.message.setText("\n".join(problems))
            return
        if self.saver is not None:
            error = self.saver(self)
            if error:
                self.message.setText(error)
                return
        super().accept()


def _spin(name: str, low: int, high: int, special: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setObjectName(name)
    spin.setRange(low, high)
    spin.setSpecialValueText(special)
    spin.setAlignment(Qt.AlignmentFlag.AlignRight)
    return spin


def _check(name: str, text: str) -> QCheckBox:
    box = QCheckBox(text)
    box.setObjectName(name)
    return box
