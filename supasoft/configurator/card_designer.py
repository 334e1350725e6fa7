"""The card designer: palette → layout tree (groups, tabs, rows, columns), node options, undo, live real preview."""

from __future__ import annotations

import copy
import json

from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from supasoft.configurator.card_tree import (
    CONTAINERS,
    PATH_ROLE,
    LayoutTree,
    Palette,
    Path,
    insert,
    kind_label,
    move,
    node_at,
    palette_node,
    placed_refs,
    remove,
)
from supasoft.configurator.common import show_error
from supasoft.configurator.structure_undo import StructureUndo
from supasoft.core.errors import SupasoftError
from supasoft.core.meta import CardDef, LayoutNode
from supasoft.services.session import Session
from supasoft.services.templates.lite import auto_card
from supasoft.widgets.card_form import CardForm


class LayoutCommand(QUndoCommand):
    """One designer edit as before/after snapshots of the layout."""

    def __init__(self, designer: CardDesigner, text: str, before: LayoutNode, after: LayoutNode, select: Path | None):
        super().__init__(text)
        self.designer, self.before, self.after, self.select = designer, before, after, select

    def redo(self) -> None:
        self.designer.show_root(copy.deepcopy(self.after), self.select)

    def undo(self) -> None:
        self.designer.show_root(copy.deepcopy(self.before), None)


class CardDesigner(QWidget):
    """Designs one object's card; nothing is stored until Save."""

    def __init__(self, session: Session, undo: StructureUndo, parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.service, self.structure_undo = session, session.configuration, undo
        self.object_id: int | None = None
        self.root = LayoutNode("column")
        self._loading = False
        self.stack = QUndoStack(self)
        self.palette = Palette()
        self.tree = LayoutTree()
        self.tree.dropped.connect(self._dropped)
        self.tree.currentItemChanged.connect(lambda *_: self._load_options())
        self.preview: CardForm | None = None
        self.preview_area = QScrollArea()
        self.preview_area.setObjectName("preview_area")
        self.preview_area.setWidgetResizable(True)
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        specs = [("add", self.tr("Add to card →"), self.add_selected), ("remove", self.tr("Remove"), self.remove_selected),
                 ("up", self.tr("Up"), lambda: self.shift(-1)), ("down", self.tr("Down"), lambda: self.shift(1)),
                 ("undo", self.tr("Undo"), self.stack.undo), ("redo", self.tr("Redo"), self.stack.redo),
                 ("generate", self.tr("Generate automatically"), self.generate), ("save", self.tr("Save card"), self.save)]
        for i, (key, text, slot) in enumerate(specs):
            b = QPushButton(text)
            b.setObjectName(f"card_{key}")
            b.clicked.connect(lambda _c=False, s=slot: s())
            self.buttons[key] = b
            grid.addWidget(b, i // 2, i % 2)
        self.stack.canUndoChanged.connect(self.buttons["undo"].setEnabled)
        self.stack.canRedoChanged.connect(self.buttons["redo"].setEnabled)
        self.buttons["undo"].setEnabled(False)
        self.buttons["redo"].setEnabled(False)
        self.title = QLineEdit()
        self.title.setObjectName("node_title")
        self.title.editingFinished.connect(lambda: self._set_option("title", self.title.text()))
        self.label = QComboBox()
        self.label.setObjectName("node_label")
        for value, text in (("beside", self.tr("beside the field")), ("above", self.tr("above the field")), ("none", self.tr("no label"))):
            self.label.addItem(text, value)
        self.label.currentIndexChanged.connect(lambda *_: self._set_option("label", self.label.currentData()))
        self.width = QSpinBox()
        self.width.setObjectName("node_width")
        self.width.setRange(0, 2000)
        self.width.setSingleStep(20)
        self.width.setSpecialValueText(self.tr("automatic"))
        self.width.editingFinished.connect(lambda: self._set_option("width", self.width.value() or None))
        self.read_only = QCheckBox(self.tr("Read-only"))
        self.read_only.setObjectName("node_read_only")
        self.read_only.toggled.connect(lambda on: self._set_option("read_only", on))
        self.hidden = QCheckBox(self.tr("Hidden"))
        self.hidden.setObjectName("node_hidden")
        self.hidden.toggled.connect(lambda on: self._set_option("hidden", on))
        self.options = QGroupBox(self.tr("Selected element"))
        form = QFormLayout(self.options)
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(self.tr("Label:"), self.label)
        form.addRow(self.tr("Width (pixels):"), self.width)
        form.addRow(self.read_only)
        form.addRow(self.hidden)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Drag onto the card:")))
        left.addWidget(self.palette, 1)
        middle = QVBoxLayout()
        hint = QLabel(self.tr("Card layout — drop into a box, or before/after an element:"))
        hint.setWordWrap(True)
        middle.addWidget(hint)
        middle.addWidget(self.tree, 1)
        middle.addLayout(grid)
        middle.addWidget(self.options)
        middle.addWidget(self.message)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Preview (the real card):")))
        right.addWidget(self.preview_area, 1)
        splitter = QSplitter()
        for part, width in ((left, 230), (middle, 360), (right, 500)):
            holder = QWidget()
            holder.setLayout(part)
            holder.setMinimumWidth(width // 2)
            splitter.addWidget(holder)
        splitter.setSizes([230, 360, 500])
        QVBoxLayout(self).addWidget(splitter)

    # --- loading ------------------------------------------------------------------------------------
    def set_object(self, object_id: int | None) -> None:
        self.object_id = object_id
        self.stack.clear()
        if object_id is None:
            self.root = LayoutNode("column")
            self.tree.clear()
            self.palette.clear()
            return
        card = self.service.config.card_of(object_id)
        self.root = copy.deepcopy(card.root) if card else LayoutNode("column")
        self.show_root(self.root, None)

    def reload(self) -> None:
        """The structure changed elsewhere: refresh palette, tree texts and preview, keep the unsaved design."""
        if self.object_id is not None:
            self.show_root(self.root, self.tree.current_path())

    def show_root(self, root: LayoutNode, select: Path | None) -> None:
        if self.object_id is None:
            return
        self.root = root
        config = self.service.config
        try:
            obj = config.object_by_id(self.object_id)
        except KeyError:
            return
        self.tree.show_layout(root, config, obj, select)
        self._fill_palette()
        self._refresh_preview()
        self._load_options()

    def _fill_palette(self) -> None:
        assert self.object_id is not None
        config = self.service.config
        obj = config.object_by_id(self.object_id)
        placed = placed_refs(self.root)
        self.palette.clear()
        entries = [(kind_label(k), {"kind": k, "title": kind_label(k) if k in ("group", "tab") else ""}) for k in CONTAINERS]
        entries += [(f.name, {"kind": "field", "ref": f.id}) for f in obj.fields if ("field", f.id) not in placed]
        entries += [(f"{kind_label('detail_set')}: {d.name}", {"kind": "detail_set", "ref": d.id, "title": d.name})
                    for d in config.detail_sets_of(obj.id) if ("detail_set", d.id) not in placed]
        entries += [(f"{kind_label('children')}: {link.name}", {"kind": "children", "ref": link.id, "title": link.name})
                    for link in config.child_links(obj.id) if ("children", link.id) not in placed]
        for text, spec in entries:
            item = QListWidgetItem(text)
            item.setData(PATH_ROLE, json.dumps(spec))
            if spec["kind"] in CONTAINERS:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.palette.addItem(item)

    def _refresh_preview(self) -> None:
        assert self.object_id is not None
        card = CardDef(self.object_id, copy.deepcopy(self.root))
        try:
            if self.preview is None or self.preview.object_id != self.object_id:
                self.preview = CardForm(self.session.records, self.object_id, card)
                self.preview.setObjectName("card_preview")
                self.preview_area.setWidget(self.preview)
            else:
                self.preview.set_card(card)
        except (SupasoftError, KeyError) as exc:
            self.message.setText(self.tr("The preview cannot show this layout: {0}").format(exc))

    # --- editing ---------------------------------------------------------------------------------------
    def apply(self, text: str, change, select: Path | None = None) -> bool:  # type: ignore[no-untyped-def]
        """Run `change(root) -> path to select` on a copy and push it as one undoable step."""
        before = copy.deepcopy(self.root)
        after = copy.deepcopy(self.root)
        result = change(after)
        if result is False:
            return False
        self.stack.push(LayoutCommand(self, text, before, after, result if isinstance(result, tuple) else select))
        return True

    def _dropped(self, source: object, parent_path: Path, index: int) -> None:
        if isinstance(source, tuple):
            self.apply(self.tr("Move"), lambda root: move(root, source, parent_path, index) or False)
        else:
            node = palette_node(str(source))
            self.apply(self.tr("Add {0}").format(kind_label(node.kind)), lambda root: insert(root, parent_path, index, node))

    def target_for_add(self) -> tuple[Path, int]:
        """Into the selected box, or after the selected element, or at the end of the card."""
        path = self.tree.current_path()
        if path is None:
            return (), len(self.root.children)
        node = node_at(self.root, path)
        if node.kind in CONTAINERS:
            return path, len(node.children)
        return path[:-1], path[-1] + 1

    def add_selected(self) -> bool:
        item = self.palette.currentItem()
        if item is None or self.object_id is None:
            return False
        node = palette_node(str(item.data(PATH_ROLE)))
        parent_path, index = self.target_for_add()
        return self.apply(self.tr("Add {0}").format(kind_label(node.kind)), lambda root: insert(root, parent_path, index, node))

    def add_by_text(self, text: str) -> bool:
        """Pick a palette entry by its text and add it (keyboard users and tests)."""
        for row in range(self.palette.count()):
            if self.palette.item(row).text() == text:
                self.palette.setCurrentRow(row)
                return self.add_selected()
        return False

    def remove_selected(self) -> None:
        path = self.tree.current_path()
        if path:
            self.apply(self.tr("Remove"), lambda root: remove(root, path) and None)

    def shift(self, step: int) -> None:
        path = self.tree.current_path()
        if not path:
            return
        siblings = len(node_at(self.root, path[:-1]).children)
        j = path[-1] + step
        if not 0 <= j < siblings:
            return
        self.apply(self.tr("Move"), lambda root: move(root, path, path[:-1], j + (1 if step > 0 else 0)) or False)

    def generate(self) -> None:
        if self.object_id is None:
            return
        fresh = auto_card(self.service, self.object_id).root

        def change(root: LayoutNode) -> None:
            root.kind, root.children, root.title = fresh.kind, fresh.children, fresh.title

        self.apply(self.tr("Generate automatically"), change)

    def _load_options(self) -> None:
        path = self.tree.current_path()
        node = node_at(self.root, path) if path is not None else None
        self.options.setEnabled(node is not None)
        if node is None:
            return
        is_field = node.kind == "field"
        self._loading = True
        self.title.setText(node.title)
        self.title.setEnabled(not is_field)
        self.label.setCurrentIndex(max(0, self.label.findData(node.label)))
        self.label.setEnabled(is_field)
        self.width.setValue(node.width or 0)
        self.read_only.setChecked(node.read_only)
        self.read_only.setEnabled(is_field)
        self.hidden.setChecked(node.hidden)
        self._loading = False

    def _set_option(self, key: str, value: object) -> None:
        path = self.tree.current_path()
        if self._loading or path is None or getattr(node_at(self.root, path), key) == value:
            return

        def change(root: LayoutNode) -> Path:
            setattr(node_at(root, path), key, value)
            return path

        self.apply(self.tr("Change {0}").format(key), change)

    # --- saving -----------------------------------------------------------------------------------------
    def save(self) -> bool:
        if self.object_id is None:
            return False
        object_id = self.object_id
        old = self.service.config.card_of(object_id)
        new = CardDef(object_id, copy.deepcopy(self.root))
        try:
            self.service.save_card(new)
        except SupasoftError as exc:
            show_error(self, exc)
            return False
        previous = old or auto_card(self.service, object_id)
        self.structure_undo.record(self.tr("Save card"), lambda: self.service.save_card(previous),
                                   lambda: self.service.save_card(new))
        self.message.setText(self.tr("Saved. Open cards of this object show the new layout."))
        return True
