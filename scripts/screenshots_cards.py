"""Screenshots of cards on the Lite demo data: a client, an order with its lines and total, the conflict dialog."""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication


def settle(app: QApplication, ms: int = 300) -> None:
    """Let layouts and timers run (a local loop: app.quit() would close the cards)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="supasoft-cards-"))
    app = QApplication(sys.argv[:1])

    from supasoft.cards.card_windows import CardWindows
    from supasoft.services.record_model import ListQuery
    from supasoft.services.session import open_session
    from supasoft.services.setup import initialize, lite_ids

    try:
        from supasoft.i18n import install_translations

        install_translations("en")
    except ImportError:
        pass
    session = open_session(tmp / "demo.db")
    initialize(session, "lite", demo=True)
    ids = lite_ids(session)
    records = session.records
    cards = CardWindows(records)
    written = []

    def shoot(widget, name: str) -> None:
        settle(app)
        path = args.out / name
        widget.grab().save(str(path))
        written.append(path)

    client_id = records.list(ids["client"], ListQuery(limit=1))[0].id
    client = cards.open(ids["client"], client_id)
    client.move(20, 20)
    tabs = next(iter(client.form.children_views.values())).parentWidget()
    while tabs is not None and tabs.metaObject().className() != "QTabWidget":
        tabs = tabs.parentWidget()
    if tabs is not None:  # show the client's orders, the tab people look at first
        orders = next(v for v in client.form.children_views.values() if v.link.child == ids["order"])
        tabs.setCurrentIndex(tabs.indexOf(orders.parentWidget()))
    shoot(client, "card-client.png")

    lines_link = session.configuration.config.detail_sets_of(ids["order"])[0].link
    order_ids = [row.id for row in records.list(ids["order"], ListQuery(limit=50))]
    order_id = max(order_ids, key=lambda oid: (len(records.children(ids["order"], oid, lines_link)), -oid))
    order = cards.open(ids["order"], order_id)
    order.move(40, 40)
    shoot(order, "card-order.png")
    order.close()

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
    shoot(dialog, "card-conflict.png")
    dialog.reject()
    for window in cards.windows():
        window.form.set_record(window.form.stored())
        window.close()
    session.close()
    print("wrote", *written)
    return 0


if __name__ == "__main__":
    sys.exit(main())
