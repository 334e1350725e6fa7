"""A table column's first width: what its title and the rows on screen need, within bounds (no saved width yet)."""

from __future__ import annotations

from PySide6.QtWidgets import QStyleOptionViewItem, QTableView

from supasoft.core.fieldtypes.roles import is_long_text, type_of
from supasoft.core.meta import FieldDef

MIN_WIDTH = 60
MAX_WIDTH = 360
#: Long free text shows a one-line preview: it gets less room than the other columns.
LONG_TEXT_WIDTH = 260
#: At most this many rows are measured: about a screenful, all of them already read for the first page.
SAMPLE_ROWS = 40
#: Room beyond the text so a cell does not look cramped (the grid line and a little air).
PADDING = 10


def fitted_width(view: QTableView, column: int, field: FieldDef | None) -> int:
    """The width a column needs for its title (with the sort arrow's room) and the first rows' text, bounded;
    a column without rows yet gets its type's default width (at least its title)."""
    header = view.horizontalHeader()
    wanted = header.sectionSizeFromContents(column).width()
    model = view.model()
    rows = min(model.rowCount(), SAMPLE_ROWS) if model is not None else 0
    if rows == 0:
        fallback = type_of(field).default_width if field is not None else 0
        wanted = max(wanted, fallback)
    else:
        option = QStyleOptionViewItem()
        view.initViewItemOption(option)
        delegate = view.itemDelegateForColumn(column) or view.itemDelegate()
        for row in range(rows):
            wanted = max(wanted, delegate.sizeHint(option, model.index(row, column)).width() + PADDING)
    cap = LONG_TEXT_WIDTH if field is not None and is_long_text(field) else MAX_WIDTH
    return max(MIN_WIDTH, min(wanted, cap))


__all__ = ["LONG_TEXT_WIDTH", "MAX_WIDTH", "MIN_WIDTH", "SAMPLE_ROWS", "fitted_width"]
