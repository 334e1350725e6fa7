"""The filter builder keeps a value that fits a newly chosen field, never shows 'None', and ignores case in text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from supasoft.core.meta import Condition, FilterGroup
from supasoft.services.session import Session
from supasoft.shell.filter_dialog import FilterBuilderDialog, describe_filter
from supasoft.shell.main_window import MainWindow
from tests.ui.conftest import send_text
from tests.ui.shell.conftest import column_texts


def builder(qtbot, lite: Session, object_id: int, current=None, **kw) -> FilterBuilderDialog:  # noqa: ANN001
    dialog = FilterBuilderDialog(lite.configuration.config, object_id, current, **kw)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()  # Enter reaches the default button of the active window only
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def choose(combo, text: str) -> None:  # noqa: ANN001
    """Pick an entry the way a keyboard user does: focus the list and step to it with the arrow keys."""
    target = combo.findText(text)
    assert target >= 0, text
    combo.setFocus()
    key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    while combo.currentIndex() != target:
        QTest.keyClick(combo, key)


def type_value(row, text: str) -> None:  # noqa: ANN001
    editor = row.value_input.editors[0]
    target = getattr(editor, "edit", editor)
    target.setFocus()
    send_text(target, text)  # one key event per character: keyClicks aborts on Polish letters


def test_changing_the_field_keeps_a_value_that_fits(qtbot, lite: Session, ids: dict[str, int]) -> None:
    dialog = builder(qtbot, lite, ids["client"])
    row = dialog.root.items[0]
    choose(row.field_box, "Name")
    choose(row.op_box, "equals")
    type_value(row, "Kowalski")
    choose(row.field_box, "City")  # text to text: kept, operator kept
    assert row.condition() == Condition((ids["client.city"],), "eq", "Kowalski")
    assert "None" not in describe_filter(lite.configuration.config, ids["client"], dialog.result_group())
    choose(row.field_box, "Discount %")  # text to a number: cleared, and the row says so
    cond = row.condition()
    assert cond is not None and cond.op == "eq" and cond.value is None
    assert "does not fit" in row.value_input.editors[0].error()
    type_value(row, "15")
    choose(row.field_box, "Tax ID")  # a number is fine as text, as given (not re-read by fields on the way)
    assert row.condition() == Condition((ids["client.tax_id"],), "eq", "15.00")
    choose(row.field_box, "Website")
    choose(row.field_box, "City")  # passing a web address field does not make it 'http://15.00'
    assert row.condition() == Condition((ids["client.city"],), "eq", "15.00")


def test_changing_the_operator_keeps_the_value(qtbot, lite: Session, ids: dict[str, int]) -> None:
    dialog = builder(qtbot, lite, ids["client"])
    row = dialog.root.items[0]
    choose(row.field_box, "Name")
    type_value(row, "Zakład")
    choose(row.op_box, "contains")
    assert row.condition() == Condition((ids["client.name"],), "contains", "Zakład")


def test_a_condition_without_its_value_is_refused_not_run(qtbot, lite: Session, ids: dict[str, int],
                                                         monkeypatch) -> None:  # noqa: ANN001
    warnings: list[str] = []
    monkeypatch.setattr("supasoft.shell.filter_dialog.QMessageBox.warning", lambda *a: warnings.append(a[2]))
    dialog = builder(qtbot, lite, ids["client"])
    row = dialog.root.items[0]
    choose(row.field_box, "Name")
    type_value(row, "Kowalski")
    choose(row.field_box, "Discount %")
    QTest.keyClick(dialog, Qt.Key.Key_Return)  # Enter presses OK
    assert warnings == ['Enter the value to compare Discount % with, or choose "is empty".']
    assert dialog.isVisible() and dialog.result() == 0


def test_the_status_never_reads_none(lite: Session, ids: dict[str, int]) -> None:
    name = (ids["client.name"],)
    config = lite.configuration.config
    assert describe_filter(config, ids["client"], FilterGroup("and", [Condition(name, "eq", None)])) == "Name is empty"
    assert describe_filter(config, ids["client"], FilterGroup("and", [Condition(name, "ne", "")])) == "Name is not empty"
    between = FilterGroup("and", [Condition((ids["client.discount"],), "between", ["5", None])])
    assert "None" not in describe_filter(config, ids["client"], between)


def test_equals_ignores_case_and_the_dialog_says_so(qtbot, lite: Session, window: MainWindow,
                                                    ids: dict[str, int]) -> None:
    clients = window.open_object(ids["client"])
    name_col = clients.model.column_of(str(ids["client.name"]))
    some_name = column_texts(clients, name_col)[0]
    dialog = builder(qtbot, lite, ids["client"], lookup=clients.lookup)
    assert "ignoring upper and lower case" in dialog.case_note.text() and dialog.case_note.isVisible()
    row = dialog.root.items[0]
    choose(row.field_box, "Name")
    choose(row.op_box, "equals")
    row.value_input.editors[0].set_value(some_name.upper())  # setText-like: the name may hold Polish letters
    QTest.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.result() == 1
    clients.set_filter(dialog.result_group())
    qtbot.waitUntil(lambda: column_texts(clients, name_col) == [some_name] or len(column_texts(clients, name_col)) > 1)
    assert some_name in column_texts(clients, name_col)
    assert all(text.casefold() == some_name.casefold() for text in column_texts(clients, name_col))
