"""Screenshots of cards on the Lite demo data: a client, an order with its lines and total, the conflict dialog."""

from __future__ import annotations

import sys

from screenshots_common import start


def main() -> int:
    shots = start(__doc__)
    from supasoft.cards.card_windows import CardWindows
    from supasoft.services.record_model import ListQuery
    from supasoft.services.setup import lite_ids

    session = shots.demo_session()
    ids = lite_ids(session)
    records = session.records
    cards = CardWindows(records)  # sizes each card to its content and cascades them, as in the program

    client_id = records.list(ids["client"], ListQuery(limit=1))[0].id
    client = cards.open(ids["client"], client_id)
    tabs = next(iter(client.form.children_views.values())).parentWidget()
    while tabs is not None and tabs.metaObject().className() != "QTabWidget":
        tabs = tabs.parentWidget()
    if tabs is not None:  # show the client's orders, the tab people look at first
        orders = next(v for v in client.form.children_views.values() if v.link.child == ids["order"])
        tabs.setCurrentIndex(tabs.indexOf(orders.parentWidget()))
    if shots.language == "en" or shots.all:  # the translated docs show the order card only
        shots.save(client, "card-client")

    lines_link = session.configuration.config.detail_sets_of(ids["order"])[0].link
    order_ids = [row.id for row in records.list(ids["order"], ListQuery(limit=50))]
    order_id = max(order_ids, key=lambda oid: (len(records.children(ids["order"], oid, lines_link)), -oid))
    client.hide()  # the order card alone, not over the client's
    order = cards.open(ids["order"], order_id)
    shots.save(order, "card-order")
    order.close()
    client.show()

    if shots.language == "en" or shots.all:
        mine = client
        theirs = cards.open(ids["client"], None)  # a second window on the same record, as another user would have
        theirs.load(client_id)
        for window, city, phone in ((theirs, "Lübeck", "+49 40 555 0101"), (mine, "Kraków", "+48 12 444 0202")):
            window.form.set_value(ids["client.city"], city)
            window.form.set_value(ids["client.phone"], phone)
        mine.form.set_value(ids["client.notes"], "Prefers calls before 10 am")
        theirs.save()
        mine.save()
        dialog = mine.conflict_dialog
        if dialog is None:
            print("no conflict dialog appeared", file=sys.stderr)
            return 1
        shots.save(dialog, "card-conflict")
        dialog.reject()
    for window in cards.windows():
        window.form.set_record(window.form.stored())
        window.close()
    session.close()
    return shots.done()


if __name__ == "__main__":
    sys.exit(main())
