"""Keeping a table tab current: remembered column widths and order, refresh, and live change notifications."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from supasoft.core.errors import SupasoftError
from supasoft.core.fieldtypes.roles import link_target
from supasoft.core.meta import Configuration, FieldPath
from supasoft.shell.table_widths import fitted_width

if TYPE_CHECKING:
    from supasoft.shell.table_tab import TableTab


def all_field_paths(config: Configuration, object_id: int) -> list[FieldPath]:
    """The columns of "All fields": the code, then every field of the object in order ([] if it is gone)."""
    try:
        obj = config.object_by_id(object_id)
    except KeyError:
        return []
    return [(), *[(f.id,) for f in obj.fields]]


def _reordered(old: list[FieldPath], new: list[FieldPath]) -> bool:
    """True when the fields present before and after are in a different order (not just added or deleted)."""
    kept = set(old) & set(new)
    return [p for p in old if p in kept] != [p for p in new if p in kept]


class TableLive:
    """Mixed into TableTab: state that outlives the tab, and reacting to changes made elsewhere."""

    # --- widths and order per user ---------------------------------------------------------------
    def save_column_state(self: TableTab) -> None:
        if self.prefs is None:
            return
        header = self.view.horizontalHeader()
        keys = [c.key for c in self.model.columns()]
        state = self.prefs.column_state(self.object_id, self.current_list_id())
        widths = dict(state.get("widths", {}))
        widths.update({keys[i]: header.sectionSize(i) for i in range(len(keys))})
        order = [keys[header.logicalIndex(v)] for v in range(header.count())]
        if order == keys:  # not moved by the user: the columns follow the view (and "All fields" the field order)
            order = []
        self.prefs.set_column_state(self.object_id, self.current_list_id(), {"widths": widths, "order": order})

    def forget_column_order(self: TableTab) -> None:
        """The admin reordered the fields: "All fields" shows the new order; the widths stay."""
        header = self.view.horizontalHeader()
        header.blockSignals(True)
        try:
            for logical in range(header.count()):  # the header keeps a user's moves across new columns otherwise
                header.moveSection(header.visualIndex(logical), logical)
        finally:
            header.blockSignals(False)
        if self.prefs is not None:
            state = self.prefs.column_state(self.object_id, self.current_list_id())
            self.prefs.set_column_state(self.object_id, self.current_list_id(), {**state, "order": []})

    def restore_column_state(self: TableTab) -> None:
        header = self.view.horizontalHeader()
        header.blockSignals(True)
        try:
            state = self.prefs.column_state(self.object_id, self.current_list_id()) if self.prefs else {}
            widths = state.get("widths", {})
            designed = {tuple(c.path): c.width for c in self.list_def.columns} if self.list_def else {}
            columns = self.model.columns()
            measured = self.model.rowCount() > 0
            for i, column in enumerate(columns):  # the user's width, else the view's, else what header and rows need
                width = widths.get(column.key) or designed.get(tuple(self.source.paths()[i]))
                width = width or self.fitted_widths.get(column.key)  # measured once: a search does not jolt them
                if not width:
                    width = fitted_width(self.view, i, column.field)
                    if measured:
                        self.fitted_widths[column.key] = width
                header.resizeSection(i, int(width))
            order = [k for k in state.get("order", []) if self.model.column_of(k) >= 0]
            for visual, key in enumerate(order):
                logical = self.model.column_of(key)
                header.moveSection(header.visualIndex(logical), visual)
        finally:
            header.blockSignals(False)

    # --- refresh and change notifications ---------------------------------------------------------
    def refresh(self: TableTab) -> None:
        """F5: re-read count and rows, keeping the position."""
        self._reload_keep_position()

    def _reload_keep_position(self: TableTab) -> None:
        scroll = self.view.verticalScrollBar().value()
        current = self.current_id()
        self.source.invalidate_count()
        self._guard(self.model.refresh)
        self.view.verticalScrollBar().setValue(scroll)
        if current is not None:
            row = self.model.row_of(current)
            if row is not None:
                self.view.selectRow(row)
        self._update_status()

    def on_records_changed(self: TableTab, object_id: int, ids: set[int]) -> None:
        if object_id == self.object_id and not ids:  # another client changed something here: reload the page
            self._pending_other = True
        elif object_id == self.object_id:
            self._pending_ids |= set(ids)
        elif object_id in self._referenced_objects():
            self._pending_other = True
        else:
            return
        self._change_timer.start()

    def _referenced_objects(self: TableTab) -> set[int]:
        out: set[int] = set()
        for column in self.model.columns():
            target = link_target(column.field) if column.field is not None else None
            if target is not None:
                out.add(target)
        return out

    def _apply_changes(self: TableTab) -> None:
        ids, self._pending_ids = self._pending_ids, set()
        other, self._pending_other = self._pending_other, False
        before = self.model.rowCount()
        self.source.invalidate_count()
        try:
            after = self.source.count()
        except SupasoftError:
            after = -1
        if after != before or other:
            self._reload_keep_position()
        elif ids:
            self.model.invalidate_records(ids)

    def on_structure_changed(self: TableTab, config: Any) -> None:
        try:
            config.object_by_id(self.object_id)
        except KeyError:
            self.setEnabled(False)
            return
        every_field = self.list_def is None and self.source.paths() == all_field_paths(self.shown_config, self.object_id)
        self._save_timer.stop()
        self.save_column_state()  # a width dragged a moment ago survives the new header
        list_id = self.current_list_id()
        if list_id is not None and not any(v.id == list_id for v in config.lists_of(self.object_id)):
            list_id = None
        self.list_def = next((v for v in config.lists_of(self.object_id) if v.id == list_id), None)
        self.shown_config = config
        if every_field:  # "All fields" follows the structure: new fields join, deleted ones go, reorders show
            paths = all_field_paths(config, self.object_id)
            if _reordered(self.source.paths(), paths):
                self.forget_column_order()
            self.source.set_columns(paths)
        else:  # a view with chosen columns keeps them (a deleted field's column goes)
            self.source.set_columns(self._valid_paths(None, self.source.paths()) or [()])
        try:
            self.records.count(self.object_id, self.source.query(), at_most=1)  # only: does the filter still apply?
        except SupasoftError:
            self.source.set_filter(None)  # a filtered field was deleted or changed type
        self.source.invalidate_count()
        self._guard(self.model.refresh)
        self._show_sort()
        self.restore_column_state()
        self._fill_views_box()
        self._update_status()
        self.title_changed.emit(self.title())
