"""The field dialog: name, type and every option of one field; refuses to save while something is missing."""

from __future__ import annotations

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
    QVBoxLayout,
    QWidget,
)

from supasoft.configurator.common import type_keys, type_label
from supasoft.configurator.formula_editor import FormulaEditor
from supasoft.core.fieldtypes import field_types
from supasoft.core.fieldtypes.base import FieldType
from supasoft.core.fieldtypes.roles import link_target
from supasoft.core.meta import Configuration, FieldDef, ObjectDef
from supasoft.services.records import RecordService
from supasoft.widgets.type_ui import OPTION_PANELS, OptionPanel, PanelContext, options_of, shown_type_key

KIND_ENTERED, KIND_SOURCE, KIND_RECEIVER = "entered", "source", "receiver"
_NO_TYPE = FieldType()


def type_named(key: str) -> FieldType:
    """The core type of a key; a role-less stand-in for a key the registry does not know."""
    return field_types.get(key) if key in field_types else _NO_TYPE


def indexable(ft: FieldType) -> bool:
    """An index helps sorting and search on a stored, typed-in value (not on files or formulas)."""
    return not ft.attachment and not ft.computed


class FieldDialog(QDialog):
    """Collects a FieldDef; `saver(dialog)` applies it and returns an error text or None.

    The options of each type come from its UI entry (widgets/type_ui): one panel per option group.
    """

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
        context = PanelContext(config, obj, field, lambda: FormulaEditor(config, obj, records, field.id if field else None))
        self.panels: dict[str, OptionPanel] = {key: panel(context) for key, panel in OPTION_PANELS.items()}
        self._expose_panel_inputs()
        self.required = _check("required", self.tr("Required (must be filled in)"))
        self.unique = _check("unique", self.tr("Unique (no two records alike)"))
        self.indexed = _check("indexed", self.tr("Indexed (fast sorting and search)"))
        self.default = QLineEdit()
        self.default.setObjectName("default")
        self.default.setPlaceholderText(self.tr("empty"))
        self.description = QLineEdit(field.description if field else "")
        self.description.setObjectName("description")
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
            if link_target(f) is not None and (field is None or f.id != field.id):
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
        self._fill_from_fields()
        self._update_visibility()

    def _expose_panel_inputs(self) -> None:
        """The panels' inputs under the names the dialog always had (keyboard tests and drivers use them)."""
        inputs = {"length": "spin", "precision": "spin", "scale": "spin", "target": "combo", "choices": "edit",
                  "max_size": "spin", "formula": "editor"}
        names = {"max_size": "max_mb"}
        for key, attribute in inputs.items():
            if key in self.panels:
                setattr(self, names.get(key, key), getattr(self.panels[key], attribute))
        if "range" in self.panels:
            self.minimum = self.panels["range"].minimum  # type: ignore[attr-defined]
            self.maximum = self.panels["range"].maximum  # type: ignore[attr-defined]

    def _build_layout(self) -> None:
        form = QFormLayout()
        self.form = form
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Type:"), self.type)
        self.panel_boxes: dict[str, QGroupBox] = {}
        for key, panel in self.panels.items():
            for label, widget in panel.rows():
                form.addRow(label, widget)
            content = panel.box_content() if panel.boxed else None
            if content is not None:
                box = QGroupBox(panel.title())
                box.setObjectName(f"{key}_box")
                QVBoxLayout(box).addWidget(content)
                self.panel_boxes[key] = box
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
        self.formula_box = self.panel_boxes.get("formula", QGroupBox())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.setObjectName("buttons")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.value_box)
        for group in self.panel_boxes.values():
            layout.addWidget(group, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    # --- loading and visibility -------------------------------------------------------------------
    def load(self, f: FieldDef) -> None:
        self.set_type(f.type)
        for panel in self.panels.values():
            panel.load(f)
        self.required.setChecked(f.required)
        self.unique.setChecked(f.unique)
        self.indexed.setChecked(f.indexed)
        self.default.setText("" if f.default is None else str(f.default))
        path = f.source or f.receiver
        if path:
            self.kind.setCurrentIndex(self.kind.findData(KIND_SOURCE if f.source else KIND_RECEIVER))
            self.via.setCurrentIndex(max(0, self.via.findData(path[0])))
            self._fill_from_fields()
            self.from_field.setCurrentIndex(max(0, self.from_field.findData(path[-1])))
        self.kind.setEnabled(False)

    def set_type(self, key: str) -> None:
        self.type.setCurrentIndex(max(0, self.type.findData(key)))

    def type_key(self) -> str:
        return str(self.type.currentData())

    def _type_changed(self) -> None:
        for key in options_of(self.type_key()):
            if key in self.panels:
                self.panels[key].type_chosen()
        self._update_visibility()

    def _update_visibility(self) -> None:
        key = self.type_key()
        ft = type_named(key)
        kind = self.kind.currentData()
        plain = kind == KIND_ENTERED
        options = options_of(key)
        shown: dict[QWidget, bool] = {}
        for name, panel in self.panels.items():
            visible = name in options and (plain or not panel.entered_only)
            for _label, widget in panel.rows():
                shown[widget] = visible
            if name in self.panel_boxes:
                self.panel_boxes[name].setVisible(name in options)
        shown.update({
            self.default: ft.takes_default and kind != KIND_SOURCE,
            self.required: not ft.computed and kind != KIND_SOURCE,
            self.unique: ft.can_be_unique and kind != KIND_SOURCE,
            self.indexed: indexable(ft) and kind != KIND_SOURCE,
        })
        for widget, visible in shown.items():
            widget.setVisible(visible)
            label = self.form.labelForField(widget)
            if label is not None:
                label.setVisible(visible)
        self.value_box.setVisible(not ft.computed and (self.via.count() > 0 or kind != KIND_ENTERED))
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
        return self.panels["choices"].choice_list()  # type: ignore[attr-defined]

    def draft(self) -> FieldDef:
        """The field as the dialog now describes it (id 0 for a new field)."""
        key = self.type_key()
        kind = self.kind.currentData()
        path = None
        if kind != KIND_ENTERED and self.via.currentData() is not None and self.from_field.currentData() is not None:
            path = (int(self.via.currentData()), int(self.from_field.currentData()))
        if kind == KIND_SOURCE and path is not None:  # a shown value takes the type of what it shows
            key = self._source_type(path) or key
        ft = type_named(key)
        options: dict[str, object] = {}
        for name in options_of(key):
            if name in self.panels:
                options.update(self.panels[name].values(key))
        return FieldDef(
            self.original.id if self.original else 0, self.name.text().strip(), key,
            required=self.required.isChecked() and not ft.computed and kind != KIND_SOURCE,
            default=self.default.text().strip() or None if ft.takes_default else None,
            unique=self.unique.isChecked() and not self.unique.isHidden(),
            indexed=self.indexed.isChecked() and not self.indexed.isHidden(),
            source=path if kind == KIND_SOURCE else None,
            receiver=path if kind == KIND_RECEIVER else None,
            description=self.description.text().strip(),
            **options,  # type: ignore[arg-type]
        )

    def _source_type(self, path: tuple[int, int]) -> str | None:
        try:
            target = self.config.object_by_id(int(self.obj.field_by_id(path[0]).target))  # type: ignore[arg-type]
            shown = target.field_by_id(path[1])
        except (KeyError, TypeError):
            return None
        return shown_type_key(shown)

    def problems(self) -> list[str]:
        """What is missing or wrong, in words the admin understands (empty = ready to save)."""
        draft = self.draft()
        found: list[str] = []
        if not draft.name:
            found.append(self.tr("Give the field a name."))
        options = [p for name in options_of(draft.type) if name in self.panels for p in self.panels[name].problems(draft)]
        found += options
        if self.kind.currentData() != KIND_ENTERED and (draft.source or draft.receiver) is None:
            found.append(self.tr("Choose the reference field and the field to take the value from."))
        if draft.default is not None:
            try:
                field_types.get(draft.type).parse(draft.default, draft)
            except ValueError as exc:
                found.append(self.tr("The default value {0!r} {1}.").format(draft.default, str(exc)))
        if not options:  # the panels already said what is missing, in the admin's words
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


def _check(name: str, text: str) -> QCheckBox:
    box = QCheckBox(text)
    box.setObjectName(name)
    return box
