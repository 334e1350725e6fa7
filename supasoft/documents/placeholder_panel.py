"""The names a template of an object may use, each with the tag to paste into Word: double-click or Copy puts it
on the clipboard (a detail set's loop start and end rows included)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from supasoft.core.errors import SupasoftError
from supasoft.services.documents import Placeholder
from supasoft.widgets.error_text import shown_error

_TAG_ROLE = Qt.ItemDataRole.UserRole


class PlaceholderPanel(QWidget):
    """A filterable list of an object's placeholders (what it is, the tag); copying a tag says so below."""

    copied = Signal(str)  # the tag put on the clipboard

    def __init__(self, documents: object, parent: QWidget | None = None):
        super().__init__(parent)
        self.documents = documents
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter names…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("placeholders")
        self.tree.setHeaderLabels([self.tr("Name"), self.tr("Tag to paste")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.tree.viewport().installEventFilter(self)
        self.tree.itemDoubleClicked.connect(lambda item, _col: self.copy_item(item))
        self.copy_button = QPushButton(self.tr("Copy tag"), self)
        self.copy_button.setToolTip(self.tr("Put the selected tag on the clipboard, to paste it into the Word template"))
        self.copy_button.clicked.connect(lambda: self.copy_item(self.tree.currentItem()))
        self.note = QLabel(self)
        self.note.setObjectName("copied_note")
        self.note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.copy_button)
        row.addWidget(self.note, 1)
        self.formats = QLabel(self.tr("Formats inside a tag: |date('long') 14 March 2025 · |date('month') · "
                                      "|money('PLN') 1,234.50 zł · |words('PLN') the amount in words · |number(2)"), self)
        self.formats.setObjectName("formats_hint")
        self.formats.setWordWrap(True)
        self.formats.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.formats.setToolTip(self.tr("For example {{ date|date('long') }} or {{ total|words('PLN') }}; "
                                        "dates and amounts are written in the template's language"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Placeholders (double-click copies the tag)"), self)
        layout.addWidget(title)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree, 1)
        layout.addLayout(row)
        layout.addWidget(self.formats)

    def show_object(self, object_id: int | None) -> None:
        """List the object's names (nothing for no object; a refusal is said in the note)."""
        self.tree.clear()
        self.note.setText("")
        if object_id is None:
            return
        try:
            found: list[Placeholder] = self.documents.placeholders(object_id)  # type: ignore[attr-defined]
        except SupasoftError as exc:
            self.note.setText(shown_error(exc))
            return
        for p in found:
            item = QTreeWidgetItem([self._label(p), p.tag])
            item.setData(0, _TAG_ROLE, p.tag)
            item.setToolTip(0, f"{self._label(p)}\n{p.name}")
            item.setToolTip(1, "\n".join(filter(None, (p.tag, self._hint(p)))))  # a long tag whole, with its hint
            self.tree.addTopLevelItem(item)
        self._apply_filter(self.filter.text())
        self.fit_columns()

    def fit_columns(self) -> None:
        """The names as wide as they need, yet never pushing the tags (what the user came for) out of sight: the name
        column gives way down to half the list's width, and its cut-off names show in full in their tooltips."""
        width = self.tree.viewport().width()
        names, tags = self.tree.sizeHintForColumn(0), self.tree.sizeHintForColumn(1)
        self.tree.setColumnWidth(0, max(min(names, width - tags), min(names, width // 2), 60))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """The list's visible width changed (the splitter moved, a scroll bar came): fit the columns again."""
        if watched is self.tree.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return super().eventFilter(watched, event)

    def tags(self) -> list[str]:
        return [self.tree.topLevelItem(i).data(0, _TAG_ROLE) for i in range(self.tree.topLevelItemCount())]

    def select_tag(self, tag: str) -> QTreeWidgetItem | None:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.data(0, _TAG_ROLE) == tag:
                self.tree.setCurrentItem(item)
                self.tree.scrollToItem(item)
                return item
        return None

    def copy_item(self, item: QTreeWidgetItem | None) -> str:
        """Put the item's tag on the clipboard; returns it ('' without an item)."""
        if item is None:
            return ""
        tag = str(item.data(0, _TAG_ROLE))
        QApplication.clipboard().setText(tag)
        self.note.setText(self.tr("Copied %s") % tag)
        self.copied.emit(tag)
        return tag

    def _label(self, p: Placeholder) -> str:
        """The label in the user's language: the fixed words are translated, names are the structure's own."""
        fixed = {"Code": self.tr("Code"), "Today": self.tr("Today"), "Current user": self.tr("Current user")}
        label = p.label
        if p.kind == "loop":
            return self.tr("%s: a table row per line") % label.rsplit(":", 1)[0]
        if p.kind == "end":
            return self.tr("%s: end of the row") % label.rsplit(":", 1)[0]
        if p.kind == "total":
            head, _, field = label.rpartition(" → total of ")
            return self.tr("%1 → total of %2").replace("%1", head).replace("%2", field)
        if p.kind == "image":
            return self.tr("%s (picture)") % label.removesuffix(" (picture)")
        if label in fixed:
            return fixed[label]
        if label.endswith("→ Code"):
            return label.removesuffix("Code") + self.tr("Code")
        return label

    def _hint(self, p: Placeholder) -> str:
        if p.kind == "loop":
            return self.tr("Put this tag alone in a table row above the row to repeat; end with the end tag in a row below")
        if p.kind == "image":
            return self.tr("The picture 40 mm wide; image(40, 20) gives width and height in mm")
        return ""

    def _apply_filter(self, text: str) -> None:
        wanted = text.strip().casefold()
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            item.setHidden(bool(wanted) and wanted not in (item.text(0) + " " + item.text(1)).casefold())
