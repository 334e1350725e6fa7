"""The shared condition editor: each option, typed and text values round-trip through FilterGroup, 'me', sub-groups."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit

from supasoft.core.fieldtypes import field_types
from supasoft.core.meta import Condition, FieldDef, FilterGroup, ObjectDef
from supasoft.widgets.condition_editor import ConditionOptions, FieldChoice, GroupEditor, own_fields
from supasoft.widgets.condition_values import (
    CODE_OPS,
    ME,
    TextValueInput,
    ValueInput,
    op_labels,
    short_op_labels,
)

NAME = FieldDef(id=1, name="Name", type="string", length=100)
QTY = FieldDef(id=2, name="Qty", type="integer")
AMOUNT = FieldDef(id=3, name="Amount", type="money", precision=15, scale=2)
SHARE = FieldDef(id=4, name="Share", type="float")
CREATED = FieldDef(id=5, name="Created", type="date")
SEEN = FieldDef(id=6, name="Seen", type="datetime")
ACTIVE = FieldDef(id=7, name="Active", type="boolean")
STATUS = FieldDef(id=8, name="Status", type="choice", choices=("Nowy", "W trakcie", "Закрыт"))
OWNER = FieldDef(id=9, name="Owner", type="user")
NOTE = FieldDef(id=10, name="Note", type="text")
ALL = (NAME, QTY, AMOUNT, SHARE, CREATED, SEEN, ACTIVE, STATUS, OWNER, NOTE)
FIELDS = [FieldChoice((), "Code", None)] + [FieldChoice((f.id,), f.name, f) for f in ALL]
COMPACT = ConditionOptions(compact=True)
RIGHTS = ConditionOptions(compact=True, allow_me=True)


def editor(qtbot, options: ConditionOptions | None = None) -> GroupEditor:  # noqa: ANN001
    widget = GroupEditor(FIELDS, options)
    qtbot.addWidget(widget)
    return widget


def ops(row) -> list[str]:  # noqa: ANN001
    return [row.op_box.itemData(i) for i in range(row.op_box.count())]


def as_json(f: FieldDef, value: object) -> object:
    return field_types.get(f.type).to_json(value, f)


TYPED = [
    Condition((), "ge", "C-00010"),
    Condition((NAME.id,), "contains", "Zażółć"),
    Condition((QTY.id,), "between", [3, 7]),
    Condition((AMOUNT.id,), "gt", as_json(AMOUNT, Decimal("12.50"))),
    Condition((SHARE.id,), "le", 2.5),
    Condition((CREATED.id,), "ge", as_json(CREATED, dt.date(2024, 3, 5))),
    Condition((SEEN.id,), "lt", as_json(SEEN, dt.datetime(2024, 3, 5, 14, 30))),
    Condition((ACTIVE.id,), "eq", True),
    Condition((STATUS.id,), "eq", "Закрыт"),
    Condition((STATUS.id,), "in", ["Nowy", "W trakcie"]),
    Condition((NOTE.id,), "empty", None),
]


@pytest.mark.parametrize("cond", TYPED, ids=lambda c: f"{c.path}-{c.op}")
def test_typed_values_round_trip_through_filter_group(qtbot, cond: Condition) -> None:  # noqa: ANN001
    group = FilterGroup("or", [cond])
    first = editor(qtbot)
    first.set_group(group)
    assert first.group() == group
    again = editor(qtbot)
    again.set_group(first.group())
    assert again.group() == group


def test_typed_rows_use_field_editors_and_long_labels(qtbot) -> None:  # noqa: ANN001
    row = editor(qtbot).add_condition()
    assert isinstance(row.value_input, ValueInput) and ops(row) == list(CODE_OPS)  # the Code
    row.field_box.setCurrentIndex(row.field_box.findText("Status"))
    assert "contains" not in ops(row) and "in" in ops(row)  # a choice offers equality operators only
    assert row.op_box.itemText(0) == op_labels()["eq"] == "equals"
    row.field_box.setCurrentIndex(row.field_box.findText("Qty"))
    row.op_box.setCurrentIndex(row.op_box.findData("between"))
    assert len(row.value_input.editors) == 2  # 'from' and 'to'
    row.op_box.setCurrentIndex(row.op_box.findData("empty"))
    assert row.value_input.editors == [] and row.condition() == Condition((QTY.id,), "empty", None)
    row.op_box.setCurrentIndex(row.op_box.findData("in"))
    row.value_input.editors[0].setText("1, 2,,3 ")
    assert row.condition() == Condition((QTY.id,), "in", ["1", "2", "3"])


def test_compact_rows_take_text_with_semicolons_and_short_labels(qtbot) -> None:  # noqa: ANN001
    top = editor(qtbot, COMPACT)
    assert not hasattr(top, "add_group_button") and not top.findChildren(QLabel)  # no 'Show records matching'
    row = top.add_condition()
    assert isinstance(row.value_input, TextValueInput) and isinstance(row.value, QLineEdit)
    row.field_box.setCurrentIndex(row.field_box.findText("Qty"))
    assert row.op_box.itemText(0) == short_op_labels()["eq"] == "is"
    row.value.setText("3 ; 7")
    row.op_box.setCurrentIndex(row.op_box.findData("between"))
    assert row.value.text() == "3 ; 7"  # typed text survives a change of operator
    assert row.condition() == Condition((QTY.id,), "between", ["3", "7"])
    row.op_box.setCurrentIndex(row.op_box.findData("not_empty"))
    assert not row.value.isEnabled() and row.condition() == Condition((QTY.id,), "not_empty", None)
    group = FilterGroup("or", [Condition((QTY.id,), "gt", "5"), Condition((STATUS.id,), "in", ["Nowy", "Закрыт"]),
                               Condition((NAME.id,), "empty", None)])
    again = editor(qtbot, COMPACT)
    again.set_group(group)
    assert again.group() == group and again.rows[1].value.text() == "Nowy; Закрыт"


def test_current_user_is_offered_only_with_allow_me(qtbot) -> None:  # noqa: ANN001
    with pytest.raises(ValueError):
        ConditionOptions(allow_me=True)
    row = editor(qtbot, RIGHTS).add_condition()
    assert isinstance(row.value, QComboBox) and row.value.isEditable()
    row.field_box.setCurrentIndex(row.field_box.findText("Owner"))
    assert row.value.itemText(0) == "current user" and row.value.currentText() == "current user"
    assert row.condition() == Condition((OWNER.id,), "eq", ME)
    row.value.setEditText("anna")
    assert row.condition() == Condition((OWNER.id,), "eq", "anna")
    row.set_condition(Condition((OWNER.id,), "ne", dict(ME)))
    assert row.value.currentText() == "current user" and row.condition() == Condition((OWNER.id,), "ne", ME)
    row.field_box.setCurrentIndex(row.field_box.findText("Status"))  # the list offers a choice field's choices
    assert [row.value.itemText(i) for i in range(row.value.count())] == list(STATUS.choices)
    row.value.setEditText("current user")  # the text of a field that has no such item stays text
    assert row.condition() == Condition((STATUS.id,), "ne", "current user")  # the operator is kept
    plain = editor(qtbot, COMPACT).add_condition()
    plain.field_box.setCurrentIndex(plain.field_box.findText("Owner"))
    assert isinstance(plain.value, QLineEdit) and plain.condition() == Condition((OWNER.id,), "eq", "")


def test_nested_groups_round_trip_and_can_be_removed(qtbot) -> None:  # noqa: ANN001
    status = (STATUS.id,)
    inner = FilterGroup("or", [Condition(status, "eq", "Nowy"), Condition(status, "eq", "Закрыт")])
    group = FilterGroup("and", [Condition((QTY.id,), "gt", 5), inner])
    top = editor(qtbot, ConditionOptions(nested=True))
    top.set_group(group)
    sub = top.items[1]
    assert isinstance(sub, GroupEditor) and sub.mode_box.currentData() == "or" and not hasattr(sub, "add_group_button")
    assert top.group() == group
    deeper = FilterGroup("and", [FilterGroup("or", [Condition(status, "eq", "Nowy"), FilterGroup("and", [
        Condition(status, "ne", "W trakcie")])])])
    flat = editor(qtbot, ConditionOptions(nested=True))
    flat.set_group(deeper)  # the second level is flattened into the first
    assert flat.group() == FilterGroup("and", [FilterGroup("or", [Condition(status, "eq", "Nowy"),
                                                                  Condition(status, "ne", "W trakcie")])])
    added = top.add_group()
    assert len(added.rows) == 1 and top.add_group_button.isVisibleTo(top)
    sub.remove_button.click()
    top.rows[0].remove_button.click()
    assert top.items == [added] and top.group() == FilterGroup("and", [added.group()])
    added.remove(added.rows[0])
    assert top.group() == FilterGroup("and", [])  # an empty sub-group is left out


def test_without_nested_sub_groups_are_left_out(qtbot) -> None:  # noqa: ANN001
    group = FilterGroup("or", [Condition((NAME.id,), "eq", "Nowak"), FilterGroup("and", [Condition((QTY.id,), "eq", 1)])])
    for options in (None, COMPACT):
        top = editor(qtbot, options)
        top.set_group(group)
        assert not hasattr(top, "add_group_button") and top.group() == FilterGroup("or", group.items[:1])


def test_own_fields_and_a_row_without_fields(qtbot) -> None:  # noqa: ANN001
    obj = ObjectDef(id=1, name="Task", plural="Tasks", fields=[NAME, FieldDef(id=20, name="Odd", type="no such type"), QTY])
    assert own_fields(obj) == [FieldChoice((1,), "Name", NAME), FieldChoice((2,), "Qty", QTY)]
    empty = GroupEditor([], COMPACT)
    qtbot.addWidget(empty)
    row = empty.add_condition()
    assert row.field_box.count() == 0 and row.condition() is None and empty.group() == FilterGroup("and", [])
