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
    assert all(i.text(0) in i.toolTip(0) and i.text(1) in i.toolTip(1) for i in items)  # cut-off texts whole in tooltips
    item = items[0]
    item.setText(0, "Pozycje zamówienia → Produkt → Jednostka miary sprzedaży (długa nazwa)")  # as long as in Polish
    dialog.panel.fit_columns()
    splitter = dialog.panel.parentWidget()
    splitter.setSizes([dialog.width() - 340, 340])  # the user narrows the panel: the list's own resize refits it
    qtbot.waitUntil(lambda: tree.viewport().width() < 340)
    visible = tree.viewport().width()
    tags = tree.sizeHintForColumn(1)
    assert tags < visible // 2 and tree.header().sectionPosition(1) + tags <= visible  # every tag whole in sight
    assert tree.columnWidth(0) >= visible - tags - 2  # and the names take the rest, not less
    header = dialog.table.horizontalHeader()
    default = dialog.table.horizontalHeaderItem(2).text()
    assert header.sectionSize(2) >= header.fontMetrics().horizontalAdvance(default) + 8
