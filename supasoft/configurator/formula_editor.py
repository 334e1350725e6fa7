"""The formula editor: pick fields and functions, see errors underlined where they are, preview a value."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from supasoft.configurator.sample_record import preview_value
from supasoft.core.fieldtypes.formula import FormulaFieldType
from supasoft.core.fieldtypes.roles import link_target
from supasoft.core.formulas import FUNCTIONS, CompiledFormula, FormulaError, compile_formula
from supasoft.core.meta import Configuration, FieldDef, ObjectDef
from supasoft.services.records import RecordService
from supasoft.widgets.formatting import format_value

INSERT_ROLE = Qt.ItemDataRole.UserRole


class FormulaEditor(QWidget):
    """Edits one formula of an object; `checked` tells whether it compiles now."""

    checked = Signal(bool)

    def __init__(self, config: Configuration, obj: ObjectDef, records: RecordService | None,
                 self_field_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.config, self.obj, self.records, self.self_field_id = config, obj, records, self_field_id
        self.compiled: CompiledFormula | None = None
        self.error: FormulaError | None = None
        self.text = QPlainTextEdit()
        self.text.setObjectName("formula_text")
        self.text.setPlaceholderText(self.tr("e.g. {Price} * {Quantity}  or  SUM({Lines.Cost})"))
        self.text.setMaximumHeight(90)
        self.fields = QTreeWidget()
        self.fields.setObjectName("formula_fields")
        self.fields.setHeaderLabel(self.tr("Fields (double-click to insert)"))
        self.functions = QListWidget()
        self.functions.setObjectName("formula_functions")
        self.help = QLabel()
        self.help.setObjectName("formula_help")
        self.help.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("formula_status")
        self.status.setWordWrap(True)
        self.preview = QLabel()
        self.preview.setObjectName("formula_preview")
        self._fill_fields()
        for info in FUNCTIONS.values():
            item = QListWidgetItem(info.signature)
            item.setData(INSERT_ROLE, f"{info.name}(")
            item.setToolTip(info.help)
            self.functions.addItem(item)
        pickers = QHBoxLayout()
        pickers.addWidget(self.fields, 1)
        right = QVBoxLayout()
        right.addWidget(self.functions, 1)
        right.addWidget(self.help)
        pickers.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        layout.addWidget(self.status)
        layout.addWidget(self.preview)
        layout.addLayout(pickers)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.check)
        self.text.textChanged.connect(self._timer.start)
        self.fields.itemDoubleClicked.connect(lambda item, _col: self.insert(item.data(0, INSERT_ROLE)))
        self.functions.itemDoubleClicked.connect(lambda item: self.insert(item.data(INSERT_ROLE)))
        self.functions.currentItemChanged.connect(self._show_help)
        self.check()

    # --- pickers -------------------------------------------------------------------------------
    def _fill_fields(self) -> None:
        """This object's fields, one level into references, and child collections."""
        for f in self.obj.fields:
            if f.id == self.self_field_id:
                continue
            item = QTreeWidgetItem([f.name])
            item.setData(0, INSERT_ROLE, "{" + f.name + "}")
            self.fields.addTopLevelItem(item)
            if link_target(f) is not None:
                target = self._object(link_target(f))
                for g in target.fields if target else []:
                    sub = QTreeWidgetItem([g.name])
                    sub.setData(0, INSERT_ROLE, "{" + f.name + "." + g.name + "}")
                    item.addChild(sub)
        for link in self.config.child_links(self.obj.id):
            child = self._object(link.child)
            item = QTreeWidgetItem([self.tr("{0} (child records)").format(link.name)])
            item.setData(0, INSERT_ROLE, "{" + link.name + "}")
            self.fields.addTopLevelItem(item)
            for g in child.fields if child else []:
                sub = QTreeWidgetItem([g.name])
                sub.setData(0, INSERT_ROLE, "{" + link.name + "." + g.name + "}")
                item.addChild(sub)

    def _object(self, object_id: int) -> ObjectDef | None:
        try:
            return self.config.object_by_id(object_id)
        except KeyError:
            return None

    def insert(self, snippet: str | None) -> None:
        """Put a field reference or a function call at the cursor."""
        if snippet:
            self.text.insertPlainText(snippet)
            self.text.setFocus()

    def _show_help(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        if item is None:
            self.help.clear()
            return
        info = FUNCTIONS[str(item.data(INSERT_ROLE)).rstrip("(")]
        self.help.setText(f"<b>{info.signature}</b><br>{self.tr(info.help)}")

    # --- checking --------------------------------------------------------------------------------
    def formula(self) -> str:
        return self.text.toPlainText()

    def set_formula(self, text: str) -> None:
        self.text.setPlainText(text)
        self.check()

    def check(self) -> bool:
        """Compile now: show the error at its position, or the result type and a preview value."""
        self._timer.stop()
        text = self.formula()
        self.compiled, self.error = None, None
        self.text.setExtraSelections([])
        if not text.strip():
            self.status.setText(self.tr("Write a formula."))
            self.preview.clear()
            self.checked.emit(False)
            return False
        try:
            self.compiled = compile_formula(text, self.config, self.obj, self_field_id=self.self_field_id)
        except FormulaError as exc:
            self.error = exc
            self._mark(exc)
            where = "" if exc.position is None else self.tr(" (at character {0})").format(exc.position + 1)
            self.status.setText(f"<span style='color:#b00020'>{self.tr(exc.message)}{where}</span>")
            self.preview.clear()
            self.checked.emit(False)
            return False
        self.status.setText(self.tr("OK — the result is a {0}.").format(self.tr(self.compiled.result_type)))
        self.preview.setText(self._preview_text())
        self.checked.emit(True)
        return True

    def _mark(self, exc: FormulaError) -> None:
        """Underline the part of the text the error points at."""
        if exc.position is None:
            return
        cursor = QTextCursor(self.text.document())
        length = max(1, exc.length)
        start = min(max(exc.position, 0), max(len(self.formula()) - 1, 0))
        cursor.setPosition(start)
        cursor.setPosition(min(start + length, len(self.formula())), QTextCursor.MoveMode.KeepAnchor)
        fmt = QTextCharFormat()
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        fmt.setUnderlineColor(QColor("#d00000"))
        fmt.setBackground(QColor("#ffe0e0"))
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor  # type: ignore[attr-defined]
        selection.format = fmt  # type: ignore[attr-defined]
        self.text.setExtraSelections([selection])

    def marked_range(self) -> tuple[int, int] | None:
        """The underlined (start, end) characters, for tests and screen readers."""
        selections = self.text.extraSelections()
        if not selections:
            return None
        cursor = selections[0].cursor
        return cursor.selectionStart(), cursor.selectionEnd()

    def _preview_text(self) -> str:
        if self.records is None or self.compiled is None:
            return ""
        try:
            found, value = preview_value(self.records, self.config, self.obj, self.compiled)
        except FormulaError as exc:
            return self.tr("Preview: {0}").format(exc.message)
        if not found:
            return self.tr("Preview: no {0} yet to compute it on.").format(self.obj.plural)
        return self.tr("Preview on the first record: {0}").format(format_value(self._shown_as(), value, self.locale()))

    def _shown_as(self) -> FieldDef:
        """The field the preview is formatted as: the edited formula field (its scale) giving the compiled result."""
        result = self.compiled.result_type if self.compiled is not None else None
        try:
            edited = self.obj.field_by_id(self.self_field_id) if self.self_field_id is not None else None
        except KeyError:
            edited = None
        scale = edited.scale if edited is not None else None
        return FieldDef(0, "", FormulaFieldType.type, scale=scale, result_type=result)
