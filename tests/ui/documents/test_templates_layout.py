"""The templates dialog at a laptop's size: the placeholder panel keeps the tags in sight however long the names
(Polish and Russian labels are longer), and the Default column's header is whole."""

from __future__ import annotations

from typing import Any

from pytestqt.qtbot import QtBot

from supasoft.documents.templates_dialog import TemplatesDialog
from supasoft.services.session import Session


def test_long_names_never_push_the_tags_out_of_the_panel(qtbot: QtBot, lite: Session, order: dict[str, Any]) -> None:
    dialog = TemplatesDialog(lite, order["order"])
    qtbot.addWidget(dialog)
    dialog.resize(1000, 600)
    dialog.show()
    qtbot.waitExposed(dialog)
    tree = dialog.panel.tree
    items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    assert all(i.text(0) in i.toolTip(0) for i in items)  # a cut-off name is whole in its tooltip
    item = items[0]
    item.setText(0, "Pozycje zamówienia → Produkt → Jednostka miary sprzedaży (długa nazwa)")  # as long as in Polish
    dialog.panel.resize(340, dialog.panel.height())
    dialog.panel.fit_columns()
    visible = tree.viewport().width()
    tags = tree.sizeHintForColumn(1)
    assert tags < visible // 2 and tree.header().sectionPosition(1) + tags <= visible  # every tag whole in sight
    header = dialog.table.horizontalHeader()
    default = dialog.table.horizontalHeaderItem(2).text()
    assert header.sectionSize(2) >= header.fontMetrics().horizontalAdvance(default) + 8
