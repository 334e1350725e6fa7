"""Screenshots of the Configurator on the Lite demo: objects and fields, a formula field, the card designer, a table."""

from __future__ import annotations

import sys

from screenshots_common import start


def main() -> int:
    shots = start(__doc__)
    from supasoft.configurator.configurator_window import ConfiguratorWindow
    from supasoft.services.setup import lite_ids

    session = shots.demo_session()
    ids = lite_ids(session)
    window = ConfiguratorWindow(session)  # its own size, fitted to the 1366×768 screen with its status line
    window.show()
    window.objects.select(ids["order"])
    window.fields.select_field(ids["order.total"])
    shots.save(window, "configurator-fields", 400)
    if shots.language != "en" and not shots.all:  # the translated docs show the fields tab only
        window.close()
        session.close()
        return shots.done()

    dialog = window.fields.dialog(session.configuration.object(ids["order"]).field_by_id(ids["order.total"]))
    dialog.formula.set_formula("IF({Status} = \"Paid\", SUM({Lines.Cost}), ROUND(SUM({Lines.Cost}) * 1.23, 2))")
    functions = [dialog.formula.functions.item(i).text() for i in range(dialog.formula.functions.count())]
    dialog.formula.functions.setCurrentRow(functions.index("SUM({Collection.Field})"))
    for i in range(dialog.formula.fields.topLevelItemCount()):
        item = dialog.formula.fields.topLevelItem(i)
        item.setExpanded(item.text(0).startswith("Lines") or item.text(0) == "Client")
    dialog.resize(680, 720)
    dialog.show()
    shots.save(dialog, "configurator-field-formula", 400)
    if shots.all:
        dialog.formula.set_formula("SUM({Lines.Cost}) * (1 - {Client.Discount %} / 100) +")
        shots.save(dialog, "configurator-formula-error", 400)
    dialog.reject()

    window.tabs.setCurrentWidget(window.card)
    window.card.tree.select_path((0, 1))
    shots.save(window, "configurator-card-designer", 400)

    if shots.all:
        window.tabs.setCurrentWidget(window.tables)
        lists = window.tables.lists
        for row in range(lists.count()):
            if lists.item(row).text() == "Orders by city":
                lists.setCurrentRow(row)
        window.tables.tree.select_names("Client", "City")
        shots.save(window, "configurator-tables", 400)
    window.close()
    session.close()
    return shots.done()


if __name__ == "__main__":
    sys.exit(main())
