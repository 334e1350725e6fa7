"""Date editors: every supported spelling typed key by key gives exactly that date, anything else is refused."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTableView

from supasoft.core.meta import FieldDef
from supasoft.widgets.editors import DateEditor, DateTimeEditor, create_editor

PL = QLocale(QLocale.Language.Polish, QLocale.Country.Poland)
RU = QLocale(QLocale.Language.Russian, QLocale.Country.Russia)
US = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
GB = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
PI_DAY = dt.date(2025, 3, 14)
OLD = dt.date(2020, 11, 28)

#: locale, what the user types -> 14 March 2025 exactly
DATE_SPELLINGS = [
    (QLocale.c(), "2025-03-14"),
    (QLocale.c(), "14.03.2025"),
    (PL, "14.03.2025"),
    (PL, "14.3.2025"),
    (PL, "14.03.25"),
    (PL, "2025-03-14"),
    (PL, "2025.03.14"),
    (RU, "14.03.2025"),
    (RU, "2025-3-14"),
    (US, "3/14/2025"),
    (US, "03/14/2025"),
    (US, "3-14-2025"),
    (US, "14.03.2025"),
    (US, "2025/03/14"),
    (GB, "14/03/2025"),
    (GB, "14-03-2025"),
]

NOT_DATES = ["2025-13-01", "31.02.2025", "14.03.202", "14.03", "tomorrow", "2025-03-14x", "1.2.3.4", "3/14/2025"]


@pytest.fixture
def locale():
    old = QLocale()
    yield QLocale.setDefault
    QLocale.setDefault(old)


def make(qtbot, type_: str):
    editor = create_editor(FieldDef(id=5, name="F", type=type_))  # type: ignore[arg-type]
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    editor.edit.setFocus()
    return editor


def retype(editor, text: str, filled: bool) -> None:
    """Type like a person: in a filled editor select everything first (Ctrl+A), then one key per character."""
    if filled:
        QTest.keyClick(editor.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(editor.edit, text)


@pytest.mark.parametrize("filled", [False, True], ids=["empty", "filled"])
@pytest.mark.parametrize(("loc", "text"), DATE_SPELLINGS, ids=[f"{loc.name()}:{text}" for loc, text in DATE_SPELLINGS])
def test_each_supported_spelling_gives_exactly_the_typed_date(qtbot, locale, loc, text, filled):
    locale(loc)
    editor = make(qtbot, "date")
    assert isinstance(editor, DateEditor)
    if filled:
        editor.set_value(OLD)
    with qtbot.waitSignal(editor.changed):
        retype(editor, text, filled)
    assert editor.value() == PI_DAY  # already while typing, before leaving the field
    QTest.keyClick(editor.edit, Qt.Key.Key_Return)
    assert editor.value() == PI_DAY
    assert editor.error() is None and editor.input_problem() is None
    assert editor.edit.text() == loc.toString(QDate(2025, 3, 14), editor.display_format())  # shown as understood


@pytest.mark.parametrize("filled", [False, True], ids=["empty", "filled"])
@pytest.mark.parametrize("text", NOT_DATES)
def test_a_text_that_is_not_one_date_is_refused_visibly(qtbot, locale, text, filled):
    locale(PL)
    editor = make(qtbot, "date")
    if filled:
        editor.set_value(OLD)
    retype(editor, text, filled)
    QTest.keyClick(editor.edit, Qt.Key.Key_Return)
    assert editor.value() == text  # never a guessed date
    assert editor.edit.text() == text  # what the user typed stays to be corrected
    message = editor.input_problem()
    assert message and "14.03.2025" in message and "2025-03-14" in message
    assert editor.error() == message and "border" in editor.edit.styleSheet()
    assert editor.edit.toolTip() == message


def test_typing_after_the_shown_date_without_selecting_is_refused(qtbot, locale):
    locale(PL)
    editor = make(qtbot, "date")
    editor.set_value(OLD)
    editor.edit.end(False)
    QTest.keyClicks(editor.edit, "2025")
    assert editor.value() == "28.11.20202025"
    assert editor.input_problem()


DATETIME_SPELLINGS = [
    (QLocale.c(), "2025-03-14 15:30", dt.datetime(2025, 3, 14, 15, 30)),
    (QLocale.c(), "2025-03-14T15:30:45", dt.datetime(2025, 3, 14, 15, 30, 45)),
    (PL, "14.03.2025 15:30", dt.datetime(2025, 3, 14, 15, 30)),
    (PL, "14.03.2025 9:05", dt.datetime(2025, 3, 14, 9, 5)),
    (PL, "14.03.2025", dt.datetime(2025, 3, 14)),
    (RU, "14.03.2025 00:00", dt.datetime(2025, 3, 14)),
    (US, "3/14/2025 3:30 PM", dt.datetime(2025, 3, 14, 15, 30)),
    (US, "3/14/2025 12:05 am", dt.datetime(2025, 3, 14, 0, 5)),
    (US, "3/14/2025 15:30", dt.datetime(2025, 3, 14, 15, 30)),
]


@pytest.mark.parametrize("filled", [False, True], ids=["empty", "filled"])
@pytest.mark.parametrize(
    ("loc", "text", "expected"), DATETIME_SPELLINGS, ids=[f"{loc.name()}:{text}" for loc, text, _ in DATETIME_SPELLINGS]
)
def test_datetime_spellings(qtbot, locale, loc, text, expected, filled):
    locale(loc)
    editor = make(qtbot, "datetime")
    assert isinstance(editor, DateTimeEditor)
    if filled:
        editor.set_value(dt.datetime(2020, 11, 28, 8, 15, 59))
    retype(editor, text, filled)
    QTest.keyClick(editor.edit, Qt.Key.Key_Return)
    assert editor.value() == expected
    assert editor.error() is None


@pytest.mark.parametrize("text", ["14.03.2025 25:00", "14.03.2025 13:05 PM", "14.03.2025 15", "14.03.2025 15:30x"])
def test_datetime_refusals(qtbot, locale, text):
    locale(PL)
    editor = make(qtbot, "datetime")
    retype(editor, text, False)
    QTest.keyClick(editor.edit, Qt.Key.Key_Return)
    assert editor.value() == text
    assert editor.error() and "14.03.2025 15:30" in editor.error()


def test_empty_by_default_and_clearable(qtbot, locale):
    locale(PL)
    editor = make(qtbot, "date")
    assert editor.value() is None and editor.display_format() == "dd.MM.yyyy"
    assert editor.edit.placeholderText() == "14.03.2025"
    editor.set_value(dt.date(2024, 3, 5))
    assert editor.edit.text() == "05.03.2024"
    assert editor.clear_button.isEnabled()
    with qtbot.waitSignal(editor.changed):
        qtbot.mouseClick(editor.clear_button, Qt.MouseButton.LeftButton)
    assert editor.value() is None and editor.edit.text() == ""
    assert not editor.clear_button.isEnabled()


def test_untouched_datetime_keeps_its_seconds(qtbot, locale):
    locale(QLocale.c())
    editor = make(qtbot, "datetime")
    assert editor.display_format() == "yyyy-MM-dd HH:mm"
    editor.set_value(dt.datetime(2024, 12, 31, 23, 59, 58, 123000))
    assert editor.edit.text() == "2024-12-31 23:59"
    QTest.keyClick(editor.edit, Qt.Key.Key_Return)
    assert editor.value() == dt.datetime(2024, 12, 31, 23, 59, 58, 123000)


def test_calendar_opens_on_alt_down_and_picks_a_day(qtbot, locale):
    locale(PL)
    editor = make(qtbot, "datetime")
    editor.set_value(dt.datetime(2025, 3, 1, 9, 30))
    QTest.keyClick(editor.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(editor.calendar_menu.isVisible)
    assert editor.calendar.selectedDate() == QDate(2025, 3, 1)
    with qtbot.waitSignal(editor.changed):
        editor.calendar.setSelectedDate(QDate(2025, 3, 14))
        QTest.keyClick(editor.calendar.findChild(QTableView), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not editor.calendar_menu.isVisible())
    assert editor.value() == dt.datetime(2025, 3, 14, 9, 30)  # the time already entered is kept


def test_read_only_date_cannot_be_typed_into(qtbot, locale):
    locale(PL)
    editor = make(qtbot, "date")
    editor.set_value(OLD)
    editor.set_read_only(True)
    retype(editor, "14.03.2025", True)
    assert editor.value() == OLD
    assert not editor.clear_button.isEnabled() and not editor.calendar_button.isEnabled()


def test_today_and_now_are_read_as_the_current_day(qtbot, locale):
    locale(PL)
    editor = make(qtbot, "date")
    retype(editor, "Today", False)
    QTest.keyClick(editor.edit, Qt.Key.Key_Return)
    assert editor.value() == dt.date.today() and editor.edit.text() == PL.toString(QDate.currentDate(), "dd.MM.yyyy")
    stamp = make(qtbot, "datetime")
    before = dt.datetime.now().replace(second=0, microsecond=0)
    retype(stamp, "now", False)
    QTest.keyClick(stamp.edit, Qt.Key.Key_Return)
    assert before <= stamp.value() <= dt.datetime.now() and stamp.error() is None
