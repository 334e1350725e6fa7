"""The entry form of one record, built from the object's card layout; shared by card windows and the card designer."""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import Any

import shiboken6
from PySide6.QtCore import QMetaMethod, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from supasoft.core.errors import FieldProblem, NotFound, SupasoftError
from supasoft.core.fieldtypes.roles import is_derived, is_formula, is_text, links_object
from supasoft.core.meta import CardDef, DetailSetDef, FieldDef, LayoutNode, LinkDef
from supasoft.services.record_model import Record
from supasoft.services.records import RecordService
from supasoft.services.templates.lite import auto_card
from supasoft.widgets.card_layout import CardBuilder, FieldSlot
from supasoft.widgets.children_view import ChildrenView
from supasoft.widgets.detail_grid import DetailGrid
from supasoft.widgets.detail_model import is_typing, picked_id
from supasoft.widgets.editors import USERS_OBJECT_ID, ReferencePicker
from supasoft.widgets.field_editor import ERROR_COLOR, FieldEditor, tr_core
from supasoft.widgets.type_ui import create_editor


class RecordsLookup:
    """The pickers' ReferenceLookup over the records service (users are not an object yet: no matches)."""

    def __init__(self, records: RecordService, offers_new: Callable[[], bool] = lambda: True):
        self.records = records
        self.offers_new = offers_new  # whether someone opens the new record's card (a card window does; a preview not)

    def search(self, object_id: int, text: str, limit: int = 20) -> list[tuple[int, str]]:
        if object_id == USERS_OBJECT_ID:
            return []
        try:
            return self.records.lookup(object_id, text, limit)
        except SupasoftError:
            return []

    def display(self, object_id: int, record_id: int) -> str:
        if object_id == USERS_OBJECT_ID:
            return f"#{record_id}"
        try:
            return self.records.display(object_id, record_id)
        except (SupasoftError, KeyError):
            return f"#{record_id}"

    def may_create(self, object_id: int) -> bool:
        """The services' rights checkpoint decides whether a picker offers "New <name>…"."""
        if object_id == USERS_OBJECT_ID or not self.offers_new():
            return False
        try:
            return self.records.access.allowed("create", object_id)
        except (SupasoftError, KeyError):
            return False

    def object_name(self, object_id: int) -> str:
        try:
            return self.records.config.object_by_id(object_id).name
        except KeyError:
            return ""


OnSaved = Callable[[int], None]


def new_record_prefill(records: RecordService, object_id: int, text: str) -> dict[int, Any]:
    """A new record's values from text typed into a picker: its display field gets the text when that is text."""
    obj = records.config.object_by_id(object_id)
    if not text or obj.display_field is None:
        return {}
    try:
        display = obj.field_by_id(obj.display_field)
    except KeyError:
        return {}
    return {display.id: text} if is_text(display) else {}


def _weak_pick(picker: ReferencePicker) -> OnSaved:
    """Pick the new record in the picker, unless its card was closed meanwhile."""
    def on_saved(record_id: int) -> None:
        if shiboken6.isValid(picker):
            picker.accept_new(record_id)

    return on_saved


def shade(editor: FieldEditor, read_only: bool) -> None:
    """Computed and locked fields get the window's background, so nobody tries to type into them."""
    target = editor.input_widget()
    palette = QApplication.palette(target)
    if read_only:
        palette.setColor(QPalette.ColorRole.Base, palette.color(QPalette.ColorRole.Window))
    target.setPalette(palette)


def _weak_listener(owner: QWidget, method_name: str) -> Any:
    """A records listener that forgets a form once it is deleted (the service has no unsubscribe)."""
    ref = weakref.ref(owner)

    def listener(object_id: int, ids: set[int]) -> None:
        target = ref()
        if target is not None and shiboken6.isValid(target):
            getattr(target, method_name)(object_id, ids)

    return listener


class CardForm(QWidget):
    """Editors, detail grids and child tables of one record; live formulas, receivers and problems."""

    changed = Signal()
    open_requested = Signal(int, int)  # object id, record id: a reference's or a child's card
    new_child_requested = Signal(int, int, int)  # child object id, link field id, parent record id
    new_record_requested = Signal(int, object, object)  # object id, prefilled values, OnSaved: a picker's "New…"
    previewed = Signal()  # formula values were refreshed

    def __init__(self, records: RecordService, object_id: int, card: CardDef | None = None,
                 parent: QWidget | None = None, *, preview_delay_ms: int = 150):
        super().__init__(parent)
        self.records = records
        self.object_id = object_id
        self.obj = records.config.object_by_id(object_id)
        self.lookup = RecordsLookup(records, self._offers_new)
        self.slots: dict[int, FieldSlot] = {}
        self.grids: dict[int, DetailGrid] = {}  # link id -> grid
        self.children_views: dict[int, ChildrenView] = {}  # link id -> table
        self._record = Record(object_id)
        self._dirty = False
        self._read_only = False
        self._preview_delay = preview_delay_ms
        self.summary = QLabel(self)
        self.summary.setObjectName("problems")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet(f"QLabel {{ color: {ERROR_COLOR}; border: 1px solid {ERROR_COLOR};"
                                   " border-radius: 3px; padding: 6px; background: #fdecea; }")
        self.summary.hide()
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.summary)
        self.body: QWidget | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(preview_delay_ms)
        self._timer.timeout.connect(self.refresh_formulas)
        records.subscribe(_weak_listener(self, "_on_records_changed"))
        self.set_card(card)

    # --- building -----------------------------------------------------------------------------------
    def set_card(self, card: CardDef | None) -> None:
        """Rebuild the form from a layout (None: the object's card, or a generated one); keeps the record."""
        config = self.records.config
        self.obj = config.object_by_id(self.object_id)
        if card is None:
            card = config.card_of(self.object_id) or auto_card(self.records.configuration, self.object_id)
        self.card = card
        if self.body is not None:
            self.body.setParent(None)
            self.body.deleteLater()
        self.slots, self.grids, self.children_views = {}, {}, {}
        own_links = {link.id: link for link in config.child_links(self.object_id)}
        builder = CardBuilder(self.obj, self._make_editor, self._make_grid, self._make_children,
                              {d.id: d for d in config.detail_sets_of(self.object_id)}, own_links,
                              visible=lambda f: self._field_mode(f.id) != "hidden")
        self.body = builder.build(card.root)
        self.slots = builder.slots
        self._layout.addWidget(self.body, 1)
        self._show_record()

    def _make_editor(self, field: FieldDef, node: LayoutNode) -> FieldEditor:
        editor = create_editor(field, self.lookup, None)
        if self._locked_field(field, node):
            editor.set_read_only(True)
            shade(editor, True)
        editor.changed.connect(lambda fid=field.id: self._on_editor_changed(fid))
        if isinstance(editor, ReferencePicker):
            editor.open_requested.connect(self.open_requested)
            editor.new_requested.connect(lambda object_id, text, picker=editor: self._ask_new(
                object_id, text, _weak_pick(picker)))
        return editor

    def _offers_new(self) -> bool:
        """Pickers offer "New <name>…" only where a window opens the card (not in the card designer's preview)."""
        return self.isSignalConnected(QMetaMethod.fromSignal(self.new_record_requested))

    def _ask_new(self, object_id: int, text: str, on_saved: OnSaved) -> None:
        """Forward a picker's "New <name>…" to the window, which opens the card and calls on_saved on its save."""
        self.new_record_requested.emit(object_id, new_record_prefill(self.records, object_id, text), on_saved)

    def _field_mode(self, field_id: int) -> str:
        """hidden, read_only or editable for the current user."""
        try:
            return self.records.access.field_mode(self.object_id, field_id)
        except (AttributeError, KeyError):
            return "editable"

    def _locked_field(self, field: FieldDef, node: LayoutNode | None) -> bool:
        return (self._read_only or (node is not None and node.read_only) or is_derived(field)
                or self._field_mode(field.id) == "read_only")

    def _may_read(self, object_id: int) -> bool:
        return self.records.access.allowed("read", object_id)

    def set_read_only(self, read_only: bool) -> None:
        """The whole card for viewing only (the user may read but not change this record)."""
        self._read_only = read_only
        for slot in self.slots.values():
            locked = read_only or self._locked_field(slot.field, slot.node)
            slot.editor.set_read_only(locked)
            shade(slot.editor, locked)
        for grid in self.grids.values():
            grid.set_read_only(read_only)

    def is_read_only(self) -> bool:
        return self._read_only

    def _make_grid(self, detail_set: DetailSetDef) -> QWidget | None:
        if not self._may_read(self.records.config.link_by_id(detail_set.link).child):
            return None
        grid = DetailGrid(self.records, detail_set, self.lookup, preview_delay_ms=self._preview_delay)
        grid.changed.connect(self._on_grid_changed)
        grid.new_record_requested.connect(self._ask_new)
        self.grids[detail_set.link] = grid
        return grid

    def _make_children(self, link: LinkDef) -> QWidget | None:
        if not self._may_read(link.child):
            return None
        view = ChildrenView(self.records, link)
        view.open_requested.connect(self.open_requested)
        view.new_requested.connect(self.new_child_requested)
        self.children_views[link.id] = view
        return view

    # --- the record ---------------------------------------------------------------------------------
    def set_record(self, record: Record) -> None:
        """Show a record (stored or new); its lines and children are read from the service."""
        self._record = record
        self._show_record()

    @property
    def record_id(self) -> int | None:
        """The shown record's id (None for a new one)."""
        return self._record.id

    def stored(self) -> Record:
        """The record as last set (what the service returned), without the user's edits."""
        return self._record

    def record(self, resolve: bool = True) -> Record:
        """The shown record with the current editor values (the stored original and version kept)."""
        values = dict(self._record.values)
        values.update(self.values(resolve))
        return replace(self._record, values=values)

    def values(self, resolve: bool = True) -> dict[int, Any]:
        """What the user entered, by field id (raw text where it does not parse; formulas and sources left out).

        resolve=False leaves text typed into a reference picker unresolved (live previews while typing).
        """
        out: dict[int, Any] = {}
        for fid, slot in self.slots.items():
            if is_derived(slot.field):
                continue
            editor = slot.editor
            out[fid] = picked_id(editor) if not resolve and isinstance(editor, ReferencePicker) else editor.value()
        return out

    def details(self, commit: bool = True) -> dict[int, list[Record]]:
        """The lines of every detail set on the card, by link id."""
        return {link_id: grid.lines(commit) for link_id, grid in self.grids.items()}

    def unresolved(self) -> list[FieldProblem]:
        """Typed text that would be saved wrong: a reference matching no single record, a date that is not one."""
        problems = []
        for fid, slot in self.slots.items():
            editor = slot.editor
            typed_problem = None if editor.is_read_only() else editor.input_problem()
            if typed_problem:
                problems.append(FieldProblem(fid, slot.field.name, typed_problem))
                continue
            if isinstance(editor, ReferencePicker) and not editor.is_read_only() and is_typing(editor):
                editor.resolve()
                if is_typing(editor):
                    message = editor.error() or self.tr("No record matches this text")
                    problems.append(FieldProblem(fid, slot.field.name, message))
        return problems

    def set_value(self, field_id: int, value: object) -> None:
        """Change a field as the user would: marks the card changed, fills receivers, recomputes formulas."""
        self.slots[field_id].editor.set_value(value)
        self._on_editor_changed(field_id)

    def editor(self, field_id: int) -> FieldEditor:
        return self.slots[field_id].editor

    def is_dirty(self) -> bool:
        return self._dirty or any(grid.is_dirty() for grid in self.grids.values())

    def _show_record(self) -> None:
        record = self._record
        self._timer.stop()
        for fid, slot in self.slots.items():
            slot.editor.set_value(record.values.get(fid))
        for grid in self.grids.values():
            try:
                grid.load(record.id)
            except SupasoftError:
                grid.set_lines([])
        for view in self.children_views.values():
            view.set_parent_record(record.id)
        self.clear_problems()
        self._dirty = False
        if record.is_new and self._has_formulas():
            self.refresh_formulas()

    # --- problems -----------------------------------------------------------------------------------
    def show_problems(self, problems: Iterable[FieldProblem]) -> None:
        """Each message beside its field and all of them in a summary at the top."""
        self.clear_problems()
        lines: list[str] = []
        first: FieldEditor | None = None
        for problem in problems:
            message = tr_core(problem.message)
            slot = self.slots.get(problem.field_id) if problem.field_id is not None else None
            if slot is not None:
                slot.editor.show_error(message)
                slot.error.setText(message)
                slot.error.show()
                first = first or slot.editor
            where = self._line_prefix(problem.field_id) + (problem.field_name or "")
            lines.append(f"{where}: {message}" if where else message)
        if lines:
            heading = self.tr("The record was not saved. Please correct:")
            self.summary.setText(heading + "\n" + "\n".join(f"\u2022 {line}" for line in lines))
            self.summary.show()
        if first is not None:
            first.setFocus()

    def clear_problems(self) -> None:
        self.summary.hide()
        self.summary.clear()
        for slot in self.slots.values():
            slot.editor.show_error(None)
            slot.error.hide()
            slot.error.clear()

    def problem_text(self, field_id: int) -> str:
        """The message shown beside a field ('' when none)."""
        slot = self.slots.get(field_id)
        return slot.error.text() if slot is not None else ""

    def _line_prefix(self, field_id: int | None) -> str:
        if field_id is None or field_id in self.slots:
            return ""
        for grid in self.grids.values():
            if any(f.id == field_id for f in grid.child.fields):
                return f"{grid.detail_set.name} \u2192 "
        return ""

    # --- live behaviour -----------------------------------------------------------------------------
    def _on_editor_changed(self, field_id: int) -> None:
        self._dirty = True
        slot = self.slots[field_id]
        slot.error.hide()
        if links_object(slot.field) and isinstance(slot.editor, ReferencePicker):
            self._apply_reference(slot.field, slot.editor)
        self._schedule_preview()
        self.changed.emit()

    def _on_grid_changed(self) -> None:
        self._schedule_preview()
        self.changed.emit()

    def _apply_reference(self, field: FieldDef, picker: ReferencePicker) -> None:
        """Receivers (e.g. the product's price) and fields shown from the picked record follow the pick."""
        if is_typing(picker):
            return  # nothing is picked yet
        target = picker.value()
        if target is not None:
            try:
                received = self.records.picked(self.object_id, field.id, int(target))  # type: ignore[call-overload]
            except SupasoftError:
                received = {}
            for fid, value in received.items():
                if fid in self.slots and value is not None:
                    self.slots[fid].editor.set_value(value)
        for slot in self.slots.values():
            source = slot.field.source
            if source and source[0] == field.id:
                slot.editor.set_value(self._follow(tuple(source), target))

    def _follow(self, path: tuple[int, ...], target: object) -> Any:
        obj, values = self.obj, None
        for depth, fid in enumerate(path[:-1]):
            if depth and values is not None:
                target = values.get(fid)
            ref = obj.field_by_id(fid)
            if target is None or ref.target is None:
                return None
            obj = self.records.config.object_by_id(ref.target)
            try:
                values = self.records.get(obj.id, int(target)).values  # type: ignore[call-overload]
            except (NotFound, SupasoftError):
                return None
        return None if values is None else values.get(path[-1])

    def _has_formulas(self) -> bool:
        return any(is_formula(slot.field) for slot in self.slots.values())

    def _schedule_preview(self) -> None:
        if self._has_formulas():
            self._timer.start()

    def refresh_formulas(self) -> None:
        """Compute the formula fields from what is on screen now (nothing is saved)."""
        self._timer.stop()
        for grid in self.grids.values():
            grid.refresh_formulas()
        try:
            values = self.records.preview(self.record(resolve=False), self.details(commit=False))
        except (SupasoftError, ValueError, ArithmeticError, KeyError):
            return
        for fid, value in values.items():
            if fid in self.slots:
                self.slots[fid].editor.set_value(value)
        self.previewed.emit()

    def _on_records_changed(self, object_id: int, ids: set[int]) -> None:
        self.refresh_children(object_id)

    def refresh_children(self, object_id: int) -> None:
        """Records of object_id changed (here or on another client): reread the children lists showing them."""
        for view in self.children_views.values():
            if view.link.child == object_id:
                view.refresh()
