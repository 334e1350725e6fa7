"""The card designer's moves, removals, options and undo, on the Lite Order card."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDropEvent

from supasoft.configurator.card_tree import move
from supasoft.configurator.configurator_window import ConfiguratorWindow
from supasoft.core.meta import LayoutNode
from supasoft.services.setup import initialize, lite_ids


@pytest.fixture
def designer(qtbot, session):  # type: ignore[no-untyped-def]
    initialize(session, "lite")
    window = ConfiguratorWindow(session)
    qtbot.addWidget(window)
    window.objects.select(lite_ids(session)["order"])
    window.tabs.setCurrentWidget(window.card)
    return window.card


def refs(designer) -> list[int | None]:  # type: ignore[no-untyped-def]
    return [n.ref for n in designer.root.children[0].children]


def test_up_down_remove_and_options_with_undo(designer, session):  # type: ignore[no-untyped-def]
    ids = lite_ids(session)
    first = refs(designer)
    assert first[:2] == [ids["order.client"], ids["order.date"]]
    designer.tree.select_path((0, 1))
    designer.buttons["up"].click()
    assert refs(designer)[:2] == [ids["order.date"], ids["order.client"]]
    designer.buttons["down"].click()
    assert refs(designer) == first
    designer.tree.select_path((0, 5))
    designer.hidden.setChecked(True)
    designer.width.setValue(240)
    designer.width.editingFinished.emit()
    notes = designer.root.children[0].children[5]
    assert notes.hidden and notes.width == 240
    assert "hidden" in designer.tree.currentItem().text(0)
    designer.buttons["remove"].click()
    assert ids["order.notes"] not in refs(designer)
    assert any(designer.palette.item(r).text() == "Notes" for r in range(designer.palette.count()))
    for _ in range(3):
        designer.buttons["undo"].click()
    assert refs(designer) == first and not designer.root.children[0].children[5].hidden
    assert designer.buttons["save"].click() is None
    assert session.configuration.config.card_of(ids["order"]).root.children[0].children[5].ref == ids["order.notes"]


def test_dragging_inside_the_tree_moves_an_element(designer, session):  # type: ignore[no-untyped-def]
    ids = lite_ids(session)
    tree = designer.tree
    group = tree.topLevelItem(0).child(0)
    notes = group.child(5)
    mime = tree.mimeData([notes])  # keep a reference: the event does not own it
    top = tree.visualItemRect(group.child(0)).topLeft()
    drop = QDropEvent(QPointF(top.x() + 5, top.y() + 1), Qt.DropAction.MoveAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    tree.dropEvent(drop)
    assert refs(designer)[:2] == [ids["order.notes"], ids["order.client"]]
    designer.buttons["undo"].click()
    assert refs(designer)[0] == ids["order.client"]


def test_move_keeps_paths_right_across_levels() -> None:
    root = LayoutNode("column", children=[LayoutNode("group", children=[LayoutNode("field", ref=1), LayoutNode("field", ref=2)]),
                                          LayoutNode("tabs", children=[LayoutNode("tab", title="T")])])
    assert move(root, (0, 0), (1, 0), 0) == (1, 0, 0)
    assert [n.ref for n in root.children[0].children] == [2]
    assert move(root, (1, 0, 0), (1,), 0) == (1, 0)  # a field dropped into tabs gets its own tab
    assert root.children[1].children[0].kind == "tab" and root.children[1].children[0].children[0].ref == 1
    assert move(root, (1,), (1, 0), 0) is None  # never into itself
