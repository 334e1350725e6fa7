"""Date and date-time editors: typed text is read exactly (see date_text) or refused visibly; a calendar to pick."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QMenu, QToolButton, QWidget, QWidgetAction

from supasoft.core.meta import FieldDef
from supasoft.widgets.date_text import date_order, parse_date, parse_datetime
from supasoft.widgets.field_editor import FieldEditor
from supasoft.widgets.formatting import date_format, datetime_format, format_date, format_datetime

_SAMPLE = dt.datetime(2025, 3, 14, 15, 30)  # day 14 > 12, so the sample shows the order unmistakably


class _TemporalEditor(FieldEditor):
    """Shared by date and date-time: a line to type in, a calendar button and a clear button.

    value() is the shown value while the text is untouched (seconds kept), the typed value when the text
    reads as exactly one date, else the raw text (the card refuses it, see input_problem()).
    """

    def __init__(self, field: FieldDef, parent: QWidget | None):
        super().__init__(field, parent)
        self._value: object = None
        self._shown = ""
        self.edit = QLineEdit(self)
        self._set_input(self.edit)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar_menu = QMenu(self)
        action = QWidgetAction(self.calendar_menu)
        action.setDefaultWidget(self.calendar)
        self.calendar_menu.addAction(action)
        self.calendar_menu.aboutToShow.connect(self._prepare_calendar)
        self.calendar.clicked.connect(self._pick)
        self.calendar.activated.connect(self._pick)
        self.calendar_button = QToolButton(self)
        self.calendar_button.setArrowType(Qt.ArrowType.DownArrow)
        self.calendar_button.setToolTip(self.tr("Choose from the calendar (Alt+Down)"))
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.calendar_button.setMenu(self.calendar_menu)
        self.calendar_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self._layout.addWidget(self.calendar_button)
        self.clear_button = QToolButton(self)
        self.clear_button.setText("\u00d7")
        self.clear_button.setToolTip(self.tr("Clear"))
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clear_button.clicked.connect(self.clear)
        self._layout.addWidget(self.clear_button)
        self.edit.textEdited.connect(self._on_edited)
        self.edit.editingFinished.connect(self._finish)
        self.edit.installEventFilter(self)
        self._show_hint()
        self._sync_buttons()

    # --- the contract -----------------------------------------------------------------------
    def value(self) -> object:
        text = self.edit.text()
        if not text.strip():
            return None
        if text == self._shown:
            return self._value
        try:
            return self._parse(text)
        except ValueError:
            return text

    def is_empty(self) -> bool:
        return not self.edit.text().strip()

    def clear(self) -> None:
        """Make the date empty (user action: emits `changed`)."""
        if not self.is_empty():
            self.edit.clear()
            self._on_edited()
            self.show_error(None)

    def input_problem(self) -> str | None:
        """Why the typed text cannot be saved (None when it is empty or reads as one date)."""
        text = self.edit.text()
        if not text.strip() or text == self._shown:
            return None
        try:
            self._parse(text)
        except ValueError:
            return self._refusal()
        return None

    def display_format(self) -> str:
        raise NotImplementedError

    # --- typing -------------------------------------------------------------------------------
    def _set_value(self, value: object) -> None:
        if value is not None:
            value = self._coerce(value)
        self._value = value
        self._shown = "" if value is None else self._format(value)
        self.edit.setText(self._shown)
        self.edit.setCursorPosition(0)
        self._sync_buttons()

    def _finish(self) -> None:
        """On leaving the field: a readable text is shown the way it was understood, anything else is refused."""
        if self._read_only:
            return
        problem = self.input_problem()
        if problem is None and not self.is_empty() and self.edit.text() != self._shown:
            value = self._parse(self.edit.text())
            self._value, self._shown = value, self._format(value)
            self.edit.setText(self._shown)
        self.show_error(problem)

    def _on_edited(self, *_args: object) -> None:
        self._sync_buttons()
        self._emit_changed()

    def _pick(self, day: QDate) -> None:
        if self._read_only:
            return
        self.calendar_menu.close()
        self._value = self._from_calendar(day.toPython())
        self._shown = self._format(self._value)
        self.edit.setText(self._shown)
        self.show_error(None)
        self._on_edited()

    def open_calendar(self) -> None:
        """Show the calendar under the field without blocking (the button's own click runs it modally)."""
        self.calendar_menu.popup(self.edit.mapToGlobal(self.edit.rect().bottomLeft()))

    def _prepare_calendar(self) -> None:
        value = self.value()
        day = value.date() if isinstance(value, dt.datetime) else value
        if isinstance(day, dt.date):
            self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        else:
            today = QDate.currentDate()
            self.calendar.setSelectedDate(today)
            self.calendar.setCurrentPage(today.year(), today.month())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            alt_down = event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
            if (alt_down or event.key() == Qt.Key.Key_F4) and not self._read_only:
                self.open_calendar()
                return True
        return False

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LocaleChange:
            self._show_hint()
            if self._value is not None and self.edit.text() == self._shown:
                self._shown = self._format(self._value)
                self.edit.setText(self._shown)
        super().changeEvent(event)

    def _show_hint(self) -> None:
        self.edit.setPlaceholderText(self._format(self._coerce(_SAMPLE)))

    def _refusal(self) -> str:
        sample = self._coerce(_SAMPLE)
        if self._with_time:
            text = self.tr("Not a date and time: type it like {example} or {iso}")
        else:
            text = self.tr("Not a date: type it like {example} or {iso}")
        return text.format(example=self._format(sample), iso=self._iso(sample))

    def _apply_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)
        self._sync_buttons()

    def _sync_buttons(self) -> None:
        self.clear_button.setEnabled(not self._read_only and not self.is_empty())
        self.calendar_button.setEnabled(not self._read_only)

    # --- per type -----------------------------------------------------------------------------
    _with_time = False

    def _order(self) -> str:
        return date_order(date_format(self.locale()))

    def _is_word(self, text: str, english: str, translated: str) -> bool:
        """'today' / 'now' typed in English or in the user's language (as a field's default may say)."""
        return text.strip().casefold() in {english, translated.casefold()}

    def _parse(self, text: str) -> object:
        raise NotImplementedError

    def _coerce(self, value: object) -> object:
        raise NotImplementedError

    def _format(self, value: object) -> str:
        raise NotImplementedError

    def _iso(self, value: object) -> str:
        raise NotImplementedError

    def _from_calendar(self, day: dt.date) -> object:
        raise NotImplementedError


class DateEditor(_TemporalEditor):
    """A calendar date in the user's short format (four-digit year); value() is a date or None."""

    def __init__(self, field: FieldDef, parent: QWidget | None = None):
        super().__init__(field, parent)

    def display_format(self) -> str:
        return date_format(self.locale())

    def _parse(self, text: str) -> object:
        if self._is_word(text, "today", self.tr("today")):
            return dt.date.today()
        return parse_date(text, self._order())

    def _coerce(self, value: object) -> object:
        if isinstance(value, dt.datetime):
            return value.date()
        if not isinstance(value, dt.date):
            raise TypeError(f"not a date: {value!r}")
        return value

    def _format(self, value: object) -> str:
        return format_date(self.field, value, self.locale())

    def _iso(self, value: object) -> str:
        return value.isoformat() if isinstance(value, dt.date) else str(value)

    def _from_calendar(self, day: dt.date) -> object:
        return day


class DateTimeEditor(_TemporalEditor):
    """A date with a time of day; value() is a naive datetime (seconds kept while the text is untouched)."""

    _with_time = True

    def __init__(self, field: FieldDef, parent: QWidget | None = None):
        super().__init__(field, parent)

    def display_format(self) -> str:
        return datetime_format(self.locale())

    def _parse(self, text: str) -> object:
        if self._is_word(text, "now", self.tr("now")):
            return dt.datetime.now().replace(second=0, microsecond=0)
        if self._is_word(text, "today", self.tr("today")):
            return dt.datetime.combine(dt.date.today(), dt.time())
        locale = self.locale()
        return parse_datetime(text, self._order(), (locale.amText(),), (locale.pmText(),))

    def _coerce(self, value: object) -> object:
        if isinstance(value, dt.datetime):
            return value.replace(tzinfo=None)
        if isinstance(value, dt.date):
            return dt.datetime.combine(value, dt.time())
        raise TypeError(f"not a date and time: {value!r}")

    def _format(self, value: object) -> str:
        return format_datetime(self.field, value, self.locale())

    def _iso(self, value: object) -> str:
        return value.strftime("%Y-%m-%d %H:%M") if isinstance(value, dt.datetime) else str(value)

    def _from_calendar(self, day: dt.date) -> object:
        """A picked day keeps the time already entered (midnight for a new value)."""
        current = self.value()
        time = current.time() if isinstance(current, dt.datetime) else dt.time()
        return dt.datetime.combine(day, time)
