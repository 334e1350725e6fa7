"""Option panels of the Configurator's field dialog: each edits one group of a field's options.

A type's UI entry names the panels it shows (TypeUI.options). Texts are translated in the FieldDialog
context, where the dialog kept them before the panels existed.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any, ClassVar, Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from supasoft.core.fieldtypes.file import DEFAULT_MAX_BYTES
from supasoft.core.fieldtypes.number import normalise_number_text
from supasoft.core.fieldtypes.roles import links_object
from supasoft.core.meta import Configuration, FieldDef, ObjectDef

MB = 1024 * 1024
NEW_FIELD_LENGTH = 100
FIELD_ATTRIBUTES = frozenset(spec.name for spec in dataclasses.fields(FieldDef))


class FormulaInput(Protocol):
    """What the field dialog's formula editor offers the formula panel (it lives in the Configurator)."""

    error: object

    def formula(self) -> str: ...
    def set_formula(self, text: str) -> None: ...
    def check(self) -> bool: ...


@dataclass
class PanelContext:
    """What panels may need: the configuration, the field's object, the field being edited (None = new)."""

    config: Configuration
    obj: ObjectDef
    original: FieldDef | None = None
    formula_editor: Callable[[], QWidget] | None = None


class OptionPanel:
    """One group of options: its form rows, loading a field, its FieldDef values and what is missing."""

    key: ClassVar[str] = ""
    attributes: ClassVar[tuple[str, ...]] = ()
    """The core options (FieldDef attributes or extra keys) the panel sets."""
    entered_only: ClassVar[bool] = True
    """Hidden when the value is shown from or copied from a linked record (it takes that field's options)."""
    boxed: ClassVar[bool] = False
    """Shown in its own group below the form (a big editor), titled `title()`."""

    def __init__(self, ctx: PanelContext):
        self.ctx = ctx

    def rows(self) -> list[tuple[str, QWidget]]:
        """(label, widget) rows for the dialog's form."""
        return []

    def title(self) -> str:
        return ""

    def box_content(self) -> QWidget | None:
        """The widget of a boxed panel."""
        return None

    def load(self, f: FieldDef) -> None:
        """Show a stored field's options."""

    def values(self, key: str) -> dict[str, Any]:
        """FieldDef keyword arguments for a field of type `key`."""
        return {}

    def problems(self, draft: FieldDef) -> list[str]:
        """What the admin must still fill in (translated)."""
        return []

    def type_chosen(self) -> None:
        """The admin picked a type that shows this panel."""


def spin(name: str, low: int, high: int, special: str) -> QSpinBox:
    """A right-aligned number box whose lowest value reads as `special` (e.g. 'automatic')."""
    box = QSpinBox()
    box.setObjectName(name)
    box.setRange(low, high)
    box.setSpecialValueText(special)
    box.setAlignment(Qt.AlignmentFlag.AlignRight)
    return box


class LengthPanel(OptionPanel):
    """Maximum characters of a one-line text; a new field starts at 100."""

    key = "length"
    attributes = ("length",)

    def __init__(self, ctx: PanelContext):
        super().__init__(ctx)
        self.spin = spin("length", 0, 10000, QCoreApplication.translate("FieldDialog", "automatic"))
        if ctx.original is None:
            self.spin.setValue(NEW_FIELD_LENGTH)

    def rows(self) -> list[tuple[str, QWidget]]:
        return [(QCoreApplication.translate("FieldDialog", "Length (characters):"), self.spin)]

    def load(self, f: FieldDef) -> None:
        self.spin.setValue(f.length or 0)

    def values(self, key: str) -> dict[str, Any]:
        return {"length": self.spin.value() or None}

    def type_chosen(self) -> None:
        if self.spin.value() == 0:
            self.spin.setValue(NEW_FIELD_LENGTH)


class PrecisionPanel(OptionPanel):
    """Digits in all of an exact number."""

    key = "precision"
    attributes = ("precision",)

    def __init__(self, ctx: PanelContext):
        super().__init__(ctx)
        self.spin = spin("precision", 0, 38, QCoreApplication.translate("FieldDialog", "automatic"))

    def rows(self) -> list[tuple[str, QWidget]]:
        return [(QCoreApplication.translate("FieldDialog", "Digits in all:"), self.spin)]

    def load(self, f: FieldDef) -> None:
        self.spin.setValue(f.precision or 0)

    def values(self, key: str) -> dict[str, Any]:
        return {"precision": self.spin.value() or None}


class ScalePanel(OptionPanel):
    """Digits after the point of an exact number or a formula's result."""

    key = "scale"
    attributes = ("scale",)

    def __init__(self, ctx: PanelContext):
        super().__init__(ctx)
        self.spin = spin("scale", 0, 10, QCoreApplication.translate("FieldDialog", "automatic"))

    def rows(self) -> list[tuple[str, QWidget]]:
        return [(QCoreApplication.translate("FieldDialog", "Digits after the point:"), self.spin)]

    def load(self, f: FieldDef) -> None:
        self.spin.setValue(f.scale or 0)

    def values(self, key: str) -> dict[str, Any]:
        return {"scale": self.spin.value() or None}


class TargetPanel(OptionPanel):
    """The object a reference points at; fixed once the reference exists (the service cannot re-point it)."""

    key = "target"
    attributes = ("target",)
    entered_only = False

    def __init__(self, ctx: PanelContext):
        super().__init__(ctx)
        self.combo = QComboBox()
        self.combo.setObjectName("target")
        self.combo.addItem(QCoreApplication.translate("FieldDialog", "— choose —"), None)
        for other in sorted(ctx.config.objects, key=lambda o: o.order):
            self.combo.addItem(other.name, other.id)

    def rows(self) -> list[tuple[str, QWidget]]:
        return [(QCoreApplication.translate("FieldDialog", "External object:"), self.combo)]

    def load(self, f: FieldDef) -> None:
        if f.target is not None:
            self.combo.setCurrentIndex(max(0, self.combo.findData(f.target)))
        if links_object(f):
            self.combo.setEnabled(False)  # add a new field to point elsewhere

    def values(self, key: str) -> dict[str, Any]:
        return {"target": self.combo.currentData()}

    def problems(self, draft: FieldDef) -> list[str]:
        if draft.target is None:
            return [QCoreApplication.translate("FieldDialog", "Choose the external object this reference points at.")]
        return []


class ChoicesPanel(OptionPanel):
    """The labels of a choice list, one per line, in the order shown."""

    key = "choices"
    attributes = ("choices",)

    def __init__(self, ctx: PanelContext):
        super().__init__(ctx)
        self.edit = QPlainTextEdit()
        self.edit.setObjectName("choices")
        self.edit.setPlaceholderText(QCoreApplication.translate("FieldDialog", "One choice per line, in the order shown"))
        self.edit.setMaximumHeight(100)

    def rows(self) -> list[tuple[str, QWidget]]:
        return [(QCoreApplication.translate("FieldDialog", "Choices:"), self.edit)]

    def choice_list(self) -> tuple[str, ...]:
        return tuple(line.strip() for line in self.edit.toPlainText().splitlines() if line.strip())

    def load(self, f: FieldDef) -> None:
        self.edit.setPlainText("\n".join(f.choices))

    def values(self, key: str) -> dict[str, Any]:
        return {"choices": self.choice_list()}

    def problems(self, draft: FieldDef) -> list[str]:
        if not draft.choices:
            return [QCoreApplication.translate("FieldDialog", "Add at least one choice (one per line).")]
        return []


class FileSizePanel(OptionPanel):
    """The largest file a file field accepts, in MB (0 = the standard cap)."""

    key = "max_size"
    attributes = ("max_bytes",)
    entered_only = False

    def __init__(self, ctx: PanelContext):
        super().__init__(ctx)
        standard = QCoreApplication.translate("FieldDialog", "standard ({0} MB)").format(DEFAULT_MAX_BYTES // MB)
        self.spin = spin("max_mb", 0, 2048, standard)
        self.spin.setSuffix(" MB")

    def rows(self) -> list[tuple[str, QWidget]]:
        return [(QCoreApplication.translate("FieldDialog", "Largest file:"), self.spin)]

    def load(self, f: FieldDef) -> None:
        self.spin.setValue((f.max_bytes or 0) // MB)

    def values(self, key: str) -> dict[str, Any]:
        return {"max_bytes": self.spin.value() * MB if self.spin.value() else None}


class FormulaPanel(OptionPanel):
    """The formula text, in the Configurator's formula editor (given by the dialog through the context)."""

    key = "formula"
    attributes = ("formula", "result_type")
    boxed = True

    def __init__(self, ctx: PanelContext):
        super().__init__(ctx)
        assert ctx.formula_editor is not None, "the field dialog supplies the formula editor"
        self.editor = ctx.formula_editor()

    def title(self) -> str:
        return QCoreApplication.translate("FieldDialog", "Formula")

    def box_content(self) -> QWidget | None:
        return self.editor

    def _input(self) -> FormulaInput:
        return self.editor  # type: ignore[return-value]

    def load(self, f: FieldDef) -> None:
        self._input().set_formula(f.formula or "")

    def values(self, key: str) -> dict[str, Any]:
        original = self.ctx.original
        return {"formula": self._input().formula(), "result_type": original.result_type if original else None}

    def problems(self, draft: FieldDef) -> list[str]:
        editor = self._input()
        if editor.check():
            return []
        error = editor.error
        return [QCoreApplication.translate("FieldDialog", "The formula does not work: {0}").format(
            error if error else QCoreApplication.translate("FieldDialog", "it is empty"))]


OPTION_PANELS: dict[str, type[OptionPanel]] = {}


def register_panel(panel: type[OptionPanel]) -> type[OptionPanel]:
    """Add an option panel (plug-in field types add their own); usable as a class decorator."""
    OPTION_PANELS[panel.key] = panel
    return panel


for _panel in (LengthPanel, PrecisionPanel, ScalePanel, TargetPanel, ChoicesPanel, FileSizePanel, FormulaPanel):
    register_panel(_panel)


def bound_of(text: str) -> int | Decimal | None:
    """A typed minimum or maximum ('1 000,5', '-3') as an int or exact Decimal; ValueError if it is no number."""
    text = text.strip()
    if not text:
        return None
    try:
        number = Decimal(normalise_number_text(text))
    except InvalidOperation:
        raise ValueError(text) from None
    if not number.is_finite():
        raise ValueError(text)
    return int(number) if number == number.to_integral_value() else number


class RangePanel(OptionPanel):
    """The smallest and largest value a number field accepts (empty = no limit)."""

    key = "range"
    attributes = ("minimum", "maximum")

    def __init__(self, ctx: PanelContext):
        super().__init__(ctx)
        self.minimum = self._edit("minimum")
        self.maximum = self._edit("maximum")

    @staticmethod
    def _edit(name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setPlaceholderText(QCoreApplication.translate("FieldDialog", "no limit"))
        edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        edit.setMaxLength(40)
        return edit

    def rows(self) -> list[tuple[str, QWidget]]:
        return [(QCoreApplication.translate("FieldDialog", "Smallest value:"), self.minimum),
                (QCoreApplication.translate("FieldDialog", "Largest value:"), self.maximum)]

    def load(self, f: FieldDef) -> None:
        for edit, value in ((self.minimum, getattr(f, "minimum", None)), (self.maximum, getattr(f, "maximum", None))):
            edit.setText("" if value is None else str(value))

    def values(self, key: str) -> dict[str, Any]:
        if "minimum" not in FIELD_ATTRIBUTES:  # a core without ranges yet
            return {}
        out: dict[str, Any] = {}
        for name, edit in (("minimum", self.minimum), ("maximum", self.maximum)):
            try:
                out[name] = bound_of(edit.text())
            except ValueError:
                out[name] = None  # problems() says so; the dialog does not save
        return out

    def problems(self, draft: FieldDef) -> list[str]:
        found: list[str] = []
        for edit, message in (
            (self.minimum, QCoreApplication.translate("FieldDialog", "The smallest value is not a number.")),
            (self.maximum, QCoreApplication.translate("FieldDialog", "The largest value is not a number.")),
        ):
            try:
                bound_of(edit.text())
            except ValueError:
                found.append(message)
        if not found:
            low, high = bound_of(self.minimum.text()), bound_of(self.maximum.text())
            if low is not None and high is not None and low > high:
                found.append(QCoreApplication.translate("FieldDialog", "The smallest value is above the largest."))
        return found


register_panel(RangePanel)
