"""Turns a card's LayoutNode tree into Qt widgets; the form supplies editors, detail grids and child tables."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from supasoft.core.meta import DetailSetDef, FieldDef, LayoutNode, LinkDef, ObjectDef
from supasoft.widgets.field_editor import ERROR_COLOR, FieldEditor

TEXT_EDITOR_HEIGHT = 72  # multi-line text: about three lines, so cards stay compact


@dataclass
class FieldSlot:
    """One field placed on a card: its label, editor and the error text shown under it."""

    field: FieldDef
    editor: FieldEditor
    label: QLabel | None
    error: QLabel
    holder: QWidget  # editor + error label, what the layout holds
    node: LayoutNode | None = None


class CardBuilder:
    """Walks the layout tree once; leaves are created through the callbacks so the form keeps references."""

    def __init__(
        self,
        obj: ObjectDef,
        make_editor: Callable[[FieldDef, LayoutNode], FieldEditor],
        make_detail: Callable[[DetailSetDef], QWidget | None],
        make_children: Callable[[LinkDef], QWidget | None],
        detail_sets: dict[int, DetailSetDef],
        links: dict[int, LinkDef],
        visible: Callable[[FieldDef], bool] = lambda field: True,
    ):
        self.obj = obj
        self.make_editor = make_editor
        self.make_detail = make_detail
        self.make_children = make_children
        self.detail_sets = detail_sets
        self.links = links
        self.visible = visible  # fields the user's rights hide never get an editor
        self.slots: dict[int, FieldSlot] = {}

    def build(self, root: LayoutNode) -> QWidget:
        widget = self.node(root)
        if widget is None:
            widget = QWidget()
        return widget

    # --- containers ---------------------------------------------------------------------------------
    def node(self, node: LayoutNode) -> QWidget | None:
        if node.hidden:
            return None
        kind = node.kind
        if kind == "field":
            holder = QWidget()
            form = _form_layout(holder)
            form.setContentsMargins(0, 0, 0, 0)
            self.add_field(form, node)
            return holder
        if kind == "detail_set":
            dset = self.detail_sets.get(node.ref or -1)
            return None if dset is None else self.make_detail(dset)
        if kind == "children":
            link = self.links.get(node.ref or -1)
            return None if link is None else self.make_children(link)
        if kind == "tabs":
            return self.tabs(node)
        if kind in ("group", "tab"):
            box = QGroupBox("" if node.title == self.obj.name else node.title)  # the window already says "Client"
            self.fill(box, node, QVBoxLayout(box))
            return box
        box_widget = QWidget()
        layout: QBoxLayout = QHBoxLayout(box_widget) if kind == "row" else QVBoxLayout(box_widget)
        layout.setContentsMargins(0, 0, 0, 0)
        self.fill(box_widget, node, layout)
        return box_widget

    def tabs(self, node: LayoutNode) -> QTabWidget:
        tabs = QTabWidget()
        tabs.setDocumentMode(True)
        for child in node.children:
            if child.hidden:
                continue
            page = QWidget()
            if self.fill(page, child, QVBoxLayout(page)):
                tabs.addTab(page, child.title or self._default_title(child))
            else:
                page.deleteLater()  # e.g. a child table the user may not read
        return tabs

    def fill(self, owner: QWidget, node: LayoutNode, layout: QBoxLayout) -> int:
        """Children in order; runs of fields share one form layout so their labels line up. Returns how many were placed."""
        horizontal = isinstance(layout, QHBoxLayout)
        form: QFormLayout | None = None
        placed = 0
        for child in node.children:
            if child.hidden:
                continue
            if child.kind == "field" and not horizontal:
                if form is None:
                    form = _form_layout(None)
                    layout.addLayout(form)
                before = len(self.slots)
                self.add_field(form, child)
                placed += len(self.slots) - before
                continue
            form = None
            widget = self.node(child)
            if widget is not None:
                layout.addWidget(widget, 0 if child.kind == "field" and not horizontal else 1)
                placed += 1
        if not horizontal and not _has_stretchy(node):
            layout.addStretch(1)
        return placed

    # --- fields -------------------------------------------------------------------------------------
    def add_field(self, form: QFormLayout, node: LayoutNode) -> None:
        try:
            field = self.obj.field_by_id(node.ref or -1)
        except KeyError:
            return  # a field deleted after the card was designed
        if field.id in self.slots or not self.visible(field):
            return  # one editor per field, even if the designer placed it twice; none for hidden fields
        editor = self.make_editor(field, node)
        if node.width:
            editor.setMaximumWidth(node.width)
        if isinstance(getattr(editor, "edit", None), QPlainTextEdit):
            editor.setMaximumHeight(TEXT_EDITOR_HEIGHT)
        error = QLabel()
        error.setObjectName(f"error_{field.id}")
        error.setStyleSheet(f"color: {ERROR_COLOR};")
        error.setWordWrap(True)
        error.hide()
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addWidget(editor)
        column.addWidget(error)
        label: QLabel | None = None
        if node.label != "none":
            label = QLabel(label_text(field, editor.is_read_only()))
            label.setObjectName(f"label_{field.id}")
            label.setBuddy(editor)
            if field.required and not editor.is_read_only():
                font = label.font()
                font.setBold(True)
                label.setFont(font)
        if label is not None and node.label == "beside":
            form.addRow(label, holder)
        elif label is not None:
            column.insertWidget(0, label)
            form.addRow(holder)
        else:
            form.addRow(holder)
        self.slots[field.id] = FieldSlot(field, editor, label, error, holder, node)

    def _default_title(self, node: LayoutNode) -> str:
        if node.children and node.children[0].kind == "children":
            link = self.links.get(node.children[0].ref or -1)
            return link.name if link else ""
        return ""


def label_text(field: FieldDef, read_only: bool) -> str:
    """A field's label; required editable fields get an asterisk."""
    return f"{field.name} *" if field.required and not read_only else field.name


def _form_layout(parent: QWidget | None) -> QFormLayout:
    form = QFormLayout(parent) if parent is not None else QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return form


def _has_stretchy(node: LayoutNode) -> bool:
    """Whether a container holds something that should take the spare height (grids, tables, tabs)."""
    return any(not c.hidden and (c.kind in ("detail_set", "children", "tabs") or _has_stretchy(c)) for c in node.children)
