"""Date and date-time editors with an empty state, since CRM dates are often not known yet."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QEvent, QLocale, QObject, Qt, QTime, QTimeZone
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QToolButton, QWidget

from supasoft.core.meta import FieldDef
from supasoft.widgets.field_editor import FieldEditor
from supasoft.widgets.formatting import date_format, datetime_format

#: The minimum of the editors doubles as "no date"; it is shown blank (special value text).
EMPTY_DATE = QDate(100, 1, 1)
_UTC = QTimeZone(QTimeZone.Initialization.UTC)  # no DST gaps: the value is a wall-clock time


class _TemporalEditor(FieldEditor):
    """Shared by date and date-time: a spin-style editor with calendar popup plus a clear button."""

    def __init__(self, field: FieldDef, edit: QDateTimeEdit, parent: QWidget | None):
        super().__init__(field, parent)
        self.edit = edit
        edit.setParent(self)
        edit.setTimeZone(_UTC)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(self._display_format(self.locale()))
        edit.setMinimumDateTime(self._empty())
        edit.setSpecialValueText(" ")  # must be non-empty to take effect; looks blank
        edit.setDateTime(self._empty())
        self._set_input(edit)
        self.clear_button = QToolButton(self)
        self.clear_button.setText("\u00d7")
        self.clear_button.setToolTip(self.tr("Clear"))
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clear_button.clicked.connect(self.clear)
        self._layout.addWidget(self.clear_button)
        edit.dateTimeChanged.connect(self._on_changed)
        self._calendar = edit.calendarWidget()
        edit.installEventFilter(self)
        self._calendar.installEventFilter(self)
        self._sync_clear_button()

    def is_empty(self) -> bool:
        return self.edit.dateTime() <= self._empty()

    def clear(self) -> None:
        """Make the date empty (user action: emits `changed`)."""
        if not self.is_empty():
            self.edit.setDateTime(self._empty())

    def _empty(self) -> QDateTime:
        return QDateTime(EMPTY_DATE, QTime(0, 0), _UTC)

    def _set_value(self, value: object) -> None:
        self.edit.setDateTime(self._empty() if value is None else self._to_qt(value))

    def _to_qt(self, value: object) -> QDateTime:
        raise NotImplementedError

    def _display_format(self, locale: QLocale) -> str:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LocaleChange:
            self.edit.setDisplayFormat(self._display_format(self.locale()))
        super().changeEvent(event)

    def _apply_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)
        self.edit.setButtonSymbols(
            QDateTimeEdit.ButtonSymbols.NoButtons if read_only else QDateTimeEdit.ButtonSymbols.UpDownArrows
        )
        self._sync_clear_button()

    def _on_changed(self, *_args: object) -> None:
        self._sync_clear_button()
        self._emit_changed()

    def _sync_clear_button(self) -> None:
        self.clear_button.setEnabled(not self._read_only and not self.is_empty())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.KeyPress and watched is self.edit and isinstance(event, QKeyEvent):
            if event.text().isdigit() and not self._read_only and self.is_empty():
                # Typing into a blank date starts from today with the first section selected.
                self.edit.setDateTime(self._today())
                self.edit.setSelectedSection(self.edit.sectionAt(0))
        elif kind == QEvent.Type.Show and watched is self._calendar and self.is_empty():
            today = QDate.currentDate()
            self._calendar.setCurrentPage(today.year(), today.month())
        return False

    def _today(self) -> QDateTime:
        return QDateTime(QDate.currentDate(), QTime(0, 0), _UTC)


class DateEditor(_TemporalEditor):
    """A calendar date in the user's short format (four-digit year); value() is a date or None."""

    def __init__(self, field: FieldDef, parent: QWidget | None = None):
        super().__init__(field, QDateEdit(), parent)

    def _display_format(self, locale: QLocale) -> str:
        return date_format(locale)

    def value(self) -> object:
        return None if self.is_empty() else self.edit.date().toPython()

    def _to_qt(self, value: object) -> QDateTime:
        if isinstance(value, dt.datetime):
            value = value.date()
        if not isinstance(value, dt.date):
            raise TypeError(f"not a date: {value!r}")
        return QDateTime(QDate(value.year, value.month, value.day), QTime(0, 0), _UTC)


class DateTimeEditor(_TemporalEditor):
    """A date with a time of day; value() is a naive datetime (seconds kept, milliseconds precision)."""

    def __init__(self, field: FieldDef, parent: QWidget | None = None):
        super().__init__(field, QDateTimeEdit(), parent)

    def _display_format(self, locale: QLocale) -> str:
        return datetime_format(locale)

    def value(self) -> object:
        if self.is_empty():
            return None
        return self.edit.dateTime().toPython().replace(tzinfo=None)

    def _to_qt(self, value: object) -> QDateTime:
        if not isinstance(value, dt.datetime):
            if isinstance(value, dt.date):
                value = dt.datetime.combine(value, dt.time())
            else:
                raise TypeError(f"not a date and time: {value!r}")
        time = QTime(value.hour, value.minute, value.second, value.microsecond // 1000)
        return QDateTime(QDate(value.year, value.month, value.day), time, _UTC)
