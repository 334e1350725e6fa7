"""Dragging a field from the designer's field list onto Rows, Columns or Values."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent

from supasoft.reports.designer import ReportDesigner
from supasoft.reports.field_tree import PATH_MIME
from supasoft.services.session import Session


def drop(widget, data: QMimeData) -> bool:  # noqa: ANN001
    """What the list does with a drop (Qt delivers drop events only while a real drag runs, so called directly)."""
    event = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    event.setAccepted(False)
    widget.dropEvent(event)
    return event.isAccepted()


def test_a_dragged_field_lands_in_the_zone(qtbot, lite: Session, ids: dict[str, int]) -> None:  # noqa: ANN001
    designer = ReportDesigner(lite)
    qtbot.addWidget(designer)
    designer.set_object(ids["order"])
    tree = designer.fields
    date_item = tree.item_for((ids["order.date"],))
    data = tree.mimeData([date_item])
    assert drop(designer.rows.list, data)
    assert [(e.path, e.date_part) for e in designer.rows.entries] == [((ids["order.date"],), "month")]
    client_city = tree.item_for((ids["order.client"], ids["client.city"]))
    assert drop(designer.columns.list, tree.mimeData([client_city]))
    assert drop(designer.values.list, tree.mimeData([tree.item_for((ids["order.total"],))]))
    spec = designer.spec()
    assert spec.columns[0].path == (ids["order.client"], ids["client.city"])
    assert [(m.path, m.func) for m in spec.measures] == [((ids["order.total"],), "sum")]
    junk = QMimeData()
    junk.setData(PATH_MIME, b"not json")
    assert not drop(designer.rows.list, junk) and len(designer.rows.entries) == 1  # anything else is refused
    text = QMimeData()
    text.setText("Date")
    assert not drop(designer.rows.list, text)
