"""Screenshots of the main window on the Lite demo data: the window itself, and a table with a filter applied."""

from __future__ import annotations

import sys

from screenshots_common import start


def main() -> int:
    shots = start(__doc__)
    from supasoft.core.meta import Condition, FilterGroup
    from supasoft.services.setup import lite_ids
    from supasoft.shell.filter_dialog import FilterBuilderDialog
    from supasoft.shell.main_window import MainWindow

    session = shots.demo_session()
    ids = lite_ids(session)
    window = MainWindow(session, open_card=lambda *_: None, open_configurator=lambda: None,
                        database_label="/home/anna/Supasoft/data/supasoft.db")
    window.show()  # at its own size (fitted to the 1366×768 screen), placed by the window manager
    window.navigator.expandAll()
    window.open_object(ids["order"])
    window.open_object(ids["client"])
    shots.save(window, "main-window")

    orders = window.open_object(ids["order"])
    statuses = session.configuration.object(ids["order"]).field_by_id(ids["order.status"]).choices
    shipped, paid = statuses[2], statuses[3]  # the template's order: New, Confirmed, Shipped, Paid, Cancelled
    orders.set_filter(FilterGroup("and", [Condition((ids["order.status"],), "in", [paid, shipped]),
                                          Condition((ids["order.total"],), "gt", "1000")]))
    orders.sort_by(orders.model.column_of(str(ids["order.total"])), descending=True)
    orders.view.selectRow(0)
    shots.save(window, "table-filtered")

    if shots.language == "en" or shots.all:  # the user guide (English) shows the filter builder
        dialog = FilterBuilderDialog(session.configuration.config, ids["order"], orders.source.filter, orders.lookup,
                                     parent=window)
        dialog.show()
        shots.save(dialog, "filter-builder")
        dialog.close()
    window.close()
    session.close()
    return shots.done()


if __name__ == "__main__":
    sys.exit(main())
