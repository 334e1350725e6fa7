"""Someone else saved the record meanwhile: per field, the user keeps their value or takes the stored one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from supasoft.core.errors import ConflictField
from supasoft.core.meta import ObjectDef

MINE, THEIRS = "mine", "theirs"
Shown = Callable[[int, object], str]  # field id, canonical value -> display text


class ConflictDialog(QDialog):
    """A row per field both sides changed: what it was, my value, their value; a radio choice per row."""

    def __init__(self, obj: ObjectDef, fields: list[ConflictField], shown: Shown, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("conflict")
        self.setWindowTitle(self.tr("{name} was changed by someone else").format(name=obj.name))
        self.fields = fields
        self._groups: dict[int, QButtonGroup] = {}
        self._radios: dict[int, tuple[QRadioButton, QRadioButton]] = {}
        intro = QLabel(self.tr("Someone else saved this {name} while you were editing it. "
                               "For each field below, choose which value to keep; "
                               "your other changes are kept as you made them.").format(name=obj.name.lower()), self)
        intro.setWordWrap(True)
        self.table = QTableWidget(len(fields), 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Before"), self.tr("Mine"),
                                              self.tr("Theirs (saved meanwhile)")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setWordWrap(False)
        for row, field in enumerate(fields):
            name = QTableWidgetItem(field.field_name)
            font = name.font()
            font.setBold(True)
            name.setFont(font)
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, QTableWidgetItem(shown(field.field_id, field.base)))
            group = QButtonGroup(self)
            mine = QRadioButton(shown(field.field_id, field.mine) or self.tr("(empty)"))
            theirs = QRadioButton(shown(field.field_id, field.theirs) or self.tr("(empty)"))
            mine.setObjectName(f"mine_{field.field_id}")
            theirs.setObjectName(f"theirs_{field.field_id}")
            group.addButton(mine)
            group.addButton(theirs)
            mine.setChecked(True)
            self.table.setCellWidget(row, 2, _padded(mine))
            self.table.setCellWidget(row, 3, _padded(theirs))
            self._groups[field.field_id] = group
            self._radios[field.field_id] = (mine, theirs)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultSectionSize(32)
        shown_rows = min(8, max(len(fields), 1))
        self.table.setMinimumHeight(shown_rows * 32 + header.sizeHint().height() + 4)
        if len(fields) <= 8:
            self.table.setMaximumHeight(self.table.minimumHeight())
        all_mine = QPushButton(self.tr("Keep all mine"), self)
        all_mine.clicked.connect(lambda: self.choose_all(MINE))
        all_theirs = QPushButton(self.tr("Take all theirs"), self)
        all_theirs.clicked.connect(lambda: self.choose_all(THEIRS))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.addButton(self.tr("Save with these values"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(all_mine)
        bottom.addWidget(all_theirs)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.resize(760, self.sizeHint().height())

    def choose(self, field_id: int, side: str) -> None:
        mine, theirs = self._radios[field_id]
        (mine if side == MINE else theirs).setChecked(True)

    def choose_all(self, side: str) -> None:
        for field_id in self._radios:
            self.choose(field_id, side)

    def choices(self) -> dict[int, str]:
        """'mine' or 'theirs' for every conflicting field."""
        return {fid: MINE if mine.isChecked() else THEIRS for fid, (mine, _) in self._radios.items()}


def _padded(widget: QWidget) -> QWidget:
    holder = QWidget()
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(6, 0, 6, 0)
    layout.addWidget(widget)
    return holder
