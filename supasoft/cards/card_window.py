"""A record's card as its own window: edit, save (with conflict merge), delete to trash, history."""

from __future__ import annotations

import weakref
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import shiboken6
from PySide6.QtCore import QLocale, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from supasoft.cards.card_totals import summed_columns
from supasoft.cards.conflict_dialog import MINE, ConflictDialog
from supasoft.core.errors import ConflictError, NotFound, SupasoftError, ValidationError
from supasoft.core.fieldtypes.roles import is_derived, link_target, type_of
from supasoft.core.messages import error_text, problem_text
from supasoft.core.meta import FieldDef
from supasoft.services.record_model import Record
from supasoft.services.records import RecordService
from supasoft.widgets.card_form import CardForm
from supasoft.widgets.field_editor import ERROR_COLOR
from supasoft.widgets.formatting import clock_text, format_value
from supasoft.widgets.history_view import HistoryView
from supasoft.widgets.screen_fit import available_area, fit_size

OpenCard = Callable[[int, int | None], Any]  # object id, record id (None = new)
NewCard = Callable[[int, dict[int, Any]], Any]  # object id, prefilled values
#: What upper layers add to every new card (the documents package adds its Document button); called with the card.
card_extensions: list[Callable[[CardWindow], Any]] = []


def changed_value(field: FieldDef, value: object, original: object) -> bool:
    """Whether the user changed a field (typed text compared as the field type understands it)."""
    ft = type_of(field)
    try:
        return not ft.equal(ft.parse(value, field), original)
    except (ValueError, TypeError, ArithmeticError):
        return True


class CardWindow(QWidget):
    """One record; several may be open. Ctrl+S saves, Esc closes, Del deletes, F5 reloads."""

    saved = Signal(int, int)  # object id, record id
    deleted = Signal(int, int)

    def __init__(self, records: RecordService, object_id: int, record_id: int | None = None, *,
                 open_card: OpenCard | None = None, new_card: NewCard | None = None,
                 prefill: dict[int, Any] | None = None, parent: QWidget | None = None, preview_delay_ms: int = 150):
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.records = records
        self.object_id = object_id
        self.obj = records.config.object_by_id(object_id)
        self.open_card = open_card
        self.new_card = new_card
        self.conflict_dialog: ConflictDialog | None = None
        self.prompt: QMessageBox | None = None
        self._spawned: list[CardWindow] = []  # cards opened from this one when no callback was given
        self._saving = False
        self._closing_confirmed = False
        self.form = CardForm(records, object_id, preview_delay_ms=preview_delay_ms)
        self.form.changed.connect(self._sync_title)
        self.form.open_requested.connect(self._open)
        self.form.new_child_requested.connect(self._new_child)
        self.form.new_record_requested.connect(self._new_record)
        self.history = HistoryView(records)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.form)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(scroll, self.tr("Card"))
        self.tabs.addTab(self.history, self.tr("History"))
        self.tabs.currentChanged.connect(self._on_tab)
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.save_button = self._button(self.tr("Save"), self.tr("Save (Ctrl+S)"), self.save)
        self.reload_button = self._button(self.tr("Reload"), self.tr("Read the stored record again (F5)"), self.reload)
        self.delete_button = self._button(self.tr("Delete"), self.tr("Move to the trash (Del)"), self.delete_record)
        self.close_button = self._button(self.tr("Close"), self.tr("Close (Esc)"), self.close)
        top = self.top_bar = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        for button in (self.save_button, self.reload_button, self.delete_button, self.close_button):
            top.addWidget(button)
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        for keys, slot in ((QKeySequence.StandardKey.Save, self.save), (QKeySequence(Qt.Key.Key_Escape), self.close),
                           (QKeySequence(Qt.Key.Key_Delete), self.delete_record), (QKeySequence(Qt.Key.Key_F5), self.reload)):
            QShortcut(keys, self, slot)
        records.subscribe(_weak_listener(self))
        self._hide_repeated_totals()
        self.load(record_id, prefill)
        for extend in card_extensions:
            extend(self)
        self.resize(fit_size(self.wanted_size(), available_area(self), self.minimumSizeHint()))  # placed by the WM

    def wanted_size(self) -> QSize:
        """The whole card without scrolling (at least as wide as heading and buttons); fit_size cuts it to the
        screen, and the card then scrolls inside its tab while buttons and status stay in view."""
        scroll = self.tabs.widget(0)
        around = self.sizeHint() - scroll.sizeHint()
        form = self.form.sizeHint()
        return QSize(max(form.width() + around.width() + 24, self.minimumSizeHint().width()),
                     form.height() + around.height() + 12)

    def _hide_repeated_totals(self) -> None:
        """A detail set's "Cost total" line goes when a field on the card (Total = SUM of the lines' Cost) shows it."""
        summed = summed_columns(self.records.config, self.obj, self.form.slots)
        for link_id, grid in self.form.grids.items():
            for field_id, label in grid.total_labels.items():
                label.setVisible((link_id, field_id) not in summed)

    def _button(self, text: str, tip: str, slot: Callable[[], Any]) -> QPushButton:
        button = QPushButton(text, self)
        button.setToolTip(tip)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(lambda: slot())
        return button

    # --- loading ------------------------------------------------------------------------------------
    @property
    def record_id(self) -> int | None:
        return self.form.record_id

    def load(self, record_id: int | None = None, prefill: dict[int, Any] | None = None) -> None:
        """Show a stored record, or a new one with the defaults (and prefilled values, e.g. its parent)."""
        try:
            record = self.records.new(self.object_id) if record_id is None else self.records.get(self.object_id, record_id)
        except SupasoftError as exc:
            self.show_status(error_text(exc, QLocale().name()), error=True)
            record = Record(self.object_id)
        record.values.update(prefill or {})
        self.form.set_record(record)
        if self.tabs.currentWidget() is self.history:
            self.history.load(self.object_id, record.id)
        self._apply_rights()

    def reload(self) -> None:
        """Read the stored record again (asks first when there are unsaved changes)."""
        record_id = self.form.record_id
        if record_id is None:
            return
        if self.form.is_dirty():
            answer = QMessageBox.question(self, self.tr("Reload"), self.tr("Discard your changes and read the stored record again?"))
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.load(record_id)
        self.show_status("")

    # --- saving -------------------------------------------------------------------------------------
    def save(self) -> bool:
        """Save the card; on problems or a conflict it stays open with everything the user typed."""
        if self.form.is_read_only():
            return False
        problems = self.form.unresolved()
        if problems:
            self.form.show_problems([problem_text(p, QLocale().name()) for p in problems])
            return False
        return self._save(self.form.record(), self.form.details())

    def _save(self, record: Record, details: dict[int, list[Record]]) -> bool:
        self._saving = True
        try:
            stored = self.records.save(record, details=details)
        except ValidationError as exc:
            self.form.show_problems([problem_text(p, QLocale().name()) for p in exc.problems])
            self.show_status(self.tr("Not saved: please correct the marked fields."), error=True)
            return False
        except ConflictError as exc:
            self._ask_conflict(exc, record, details)
            return False
        except SupasoftError as exc:
            self.show_status(error_text(exc, QLocale().name()), error=True)
            return False
        finally:
            self._saving = False
        self.form.set_record(stored)
        self.history.load(self.object_id, stored.id)
        self._apply_rights()
        self.show_status(self.tr("Saved."))
        self.saved.emit(self.object_id, stored.id or 0)
        return True

    def _ask_conflict(self, error: ConflictError, record: Record, details: dict[int, list[Record]]) -> None:
        if not error.fields:
            if error.record_id:  # saved meanwhile, but nothing this user can see differs: save over the new version
                self._merge_and_save(error, record, details, {})
            else:  # the server is busy with the same rows (lock): keep the user's values and let them retry
                self.show_status(self.tr("Someone else is saving this record right now; try again in a moment."), error=True)
            return
        dialog = ConflictDialog(self.obj, error.fields, self._shown, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._merge_and_save(error, record, details, dialog.choices()))
        dialog.rejected.connect(lambda: self.show_status(self.tr("Not saved: the record was changed by someone else."), error=True))
        self.conflict_dialog = dialog
        self.show_status(self.tr("Someone else saved this record meanwhile; choose the values to keep."), error=True)
        dialog.open()

    def _merge_and_save(self, error: ConflictError, mine: Record, details: dict[int, list[Record]], choices: dict[int, str]) -> bool:
        """Apply my changes and my choices onto the stored record, then save on its version."""
        self.conflict_dialog = None
        try:
            stored = self.records.get(self.object_id, mine.id or 0)
        except SupasoftError as exc:
            self.show_status(error_text(exc, QLocale().name()), error=True)
            return False
        values = dict(stored.values)
        conflicting = {cf.field_id: cf for cf in error.fields}
        for f in self.obj.fields:
            if is_derived(f) or f.id not in mine.values:
                continue
            if f.id in conflicting:
                if choices.get(f.id, MINE) == MINE:
                    values[f.id] = conflicting[f.id].mine
            elif changed_value(f, mine.values[f.id], mine.original.get(f.id)):
                values[f.id] = mine.values[f.id]
        merged = replace(stored, values=values)
        self.form.set_record(replace(merged, values=dict(values)))  # show what is being saved
        return self._save(merged, details)

    # --- deleting and closing -------------------------------------------------------------------------
    def delete_record(self, confirm: bool = True) -> bool:
        """Move the record (and children per the links' rules) to the trash, then close the card."""
        record = self.form.stored()
        if record.id is None:
            return False
        if confirm:
            answer = QMessageBox.question(self, self.tr("Delete"), self.tr("Move {what} to the trash?").format(what=self._what(record)))
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            self.records.delete(self.object_id, record.id)
        except SupasoftError as exc:
            self.show_status(error_text(exc, QLocale().name()), error=True)
            return False
        self.deleted.emit(self.object_id, record.id)
        self._closing_confirmed = True
        self.close()
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closing_confirmed or not self.form.is_dirty():
            event.accept()
            return
        answer = self.ask_unsaved()
        if answer == QMessageBox.StandardButton.Save and not self.save():
            event.ignore()
        elif answer == QMessageBox.StandardButton.Cancel:
            event.ignore()
        else:
            event.accept()

    def ask_unsaved(self) -> QMessageBox.StandardButton:
        """Save / Discard / Cancel before closing a changed card."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved changes"),
                          self.tr("{what} has unsaved changes. Save them?").format(what=self._what(self.form.stored())),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                          self)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        self.prompt = box
        try:
            return QMessageBox.StandardButton(box.exec())
        finally:
            self.prompt = None

    # --- helpers ------------------------------------------------------------------------------------
    def _apply_rights(self) -> None:
        """What the user may do here: read-only cards keep Save off; Delete needs the delete right."""
        access = self.records.access
        record_id = self.form.record_id
        may_edit = access.allowed("create" if record_id is None else "update", self.object_id)
        self.form.set_read_only(not may_edit)
        self.save_button.setEnabled(may_edit)
        self.delete_button.setEnabled(record_id is not None and access.allowed("delete", self.object_id))
        self.reload_button.setEnabled(record_id is not None)
        self._sync_title()

    def show_status(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {ERROR_COLOR};" if error else "")

    def _what(self, record: Record) -> str:
        return f"{self.obj.name} {record.code_text}".strip() if record.code_text else self.tr("This {name}").format(name=self.obj.name.lower())

    def _sync_title(self) -> None:
        record = self.form.stored()
        title = f"{self.obj.name} {record.code_text}" if record.id is not None else self.tr("New {name}").format(name=self.obj.name.lower())
        self.heading.setText(title if not self.form.is_read_only() else self.tr("{title} (read only)").format(title=title))
        self.setWindowTitle(f"{title}[*]")
        self.setWindowModified(self.form.is_dirty())

    def _shown(self, field_id: int, value: object) -> str:
        field = self.obj.field_by_id(field_id)
        target = link_target(field)
        if target is not None and isinstance(value, int):
            return self.form.lookup.display(target, value)
        return format_value(field, value)

    def _on_tab(self, index: int) -> None:
        if self.tabs.widget(index) is self.history:
            self.history.load(self.object_id, self.form.record_id)

    def _open(self, object_id: int, record_id: int) -> None:
        if self.open_card is not None:
            self.open_card(object_id, record_id)
        else:
            self._spawn(CardWindow(self.records, object_id, record_id))

    def _new_child(self, object_id: int, link_field_id: int, parent_id: int) -> None:
        prefill = {link_field_id: parent_id}
        if self.new_card is not None:
            self.new_card(object_id, prefill)
        else:
            self._spawn(CardWindow(self.records, object_id, None, open_card=self.open_card, prefill=prefill))

    def _new_record(self, object_id: int, prefill: dict[int, Any], on_saved: Callable[[int], None]) -> None:
        """A picker's "New <name>…": a new record's card whose first save is handed back (closing unsaved: nothing)."""
        if self.new_card is not None:
            window = self.new_card(object_id, prefill)
        else:
            window = CardWindow(self.records, object_id, None, open_card=self.open_card, prefill=prefill)
            self._spawn(window)
        if isinstance(window, CardWindow):
            window.saved.connect(_first_save(on_saved))

    def _spawn(self, window: CardWindow) -> None:
        self._spawned = [w for w in self._spawned if shiboken6.isValid(w)] + [window]
        window.show()

    def _on_records_changed(self, object_id: int, ids: set[int]) -> None:
        """Someone else saved this record: show it at once unless the user is editing."""
        record_id = self.form.record_id
        if object_id == self.object_id and record_id in ids and not self._saving and not self.form.is_dirty():
            try:
                self.form.set_record(self.records.get(self.object_id, record_id))
            except SupasoftError:
                self.show_status(self.tr("This record was deleted meanwhile."), error=True)

    def follow_remote(self, object_id: int) -> None:
        """Another client changed records of an object (a server event names no record): compare versions."""
        self.form.refresh_children(object_id)
        record_id = self.form.record_id
        if object_id != self.object_id or record_id is None or self._saving:
            return
        try:
            stored = self.records.get(self.object_id, record_id)
        except NotFound:
            self.show_status(self.tr("Another user deleted this record (it is in the trash)."), error=True)
            return
        except SupasoftError:
            return  # no longer readable (rights changed) or the server is away: the next save tells
        if stored.version == self.form.stored().version:
            return
        when = clock_text(stored.updated_at, self.locale()) if stored.updated_at else ""
        if self.form.is_dirty():
            self.show_status(self.tr("Another user saved this record at %s. Your changes are kept: when you save, "
                                     "you choose which of their values to keep.") % when, error=True)
            return
        self.form.set_record(stored)
        if self.tabs.currentWidget() is self.history:
            self.history.load(self.object_id, record_id)
        self._sync_title()
        self.show_status(self.tr("Updated: another user saved this record at %s.") % when)


def _first_save(on_saved: Callable[[int], None]) -> Callable[[int, int], None]:
    """Only the first save of the new record picks it; later saves of that card leave the reference alone."""
    done = False

    def slot(_object_id: int, record_id: int) -> None:
        nonlocal done
        if not done and record_id:
            done = True
            on_saved(record_id)

    return slot


def _weak_listener(window: CardWindow) -> Callable[[int, set[int]], None]:
    ref = weakref.ref(window)

    def listener(object_id: int, ids: set[int]) -> None:
        target = ref()
        if target is not None and shiboken6.isValid(target):
            target._on_records_changed(object_id, ids)

    return listener
