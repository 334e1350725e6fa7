"""Run by test_card_window_screen in a process whose offscreen screen is 1366×768: a long order's card as JSON."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QRect, QSettings
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget


def rect(r: QRect) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


def on_screen(widget: QWidget) -> list[int]:
    """Where a widget is on the screen (its own rectangle mapped to global coordinates)."""
    return rect(QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size()))


def describe(window) -> dict:  # noqa: ANN001 - a CardWindow
    window.show()
    QApplication.processEvents()
    scroll = window.tabs.widget(0)
    assert isinstance(scroll, QScrollArea)
    bar = scroll.verticalScrollBar()
    buttons = [window.save_button, window.reload_button, window.delete_button, window.close_button]
    return {"frame": rect(window.frameGeometry()), "buttons": [on_screen(b) for b in buttons],
            "status": on_screen(window.status), "tabs": on_screen(window.tabs),
            "scrolls": bar.isVisible() and bar.maximum() > 0, "form_height": window.form.sizeHint().height()}


def main(folder: Path) -> None:
    app = QApplication(sys.argv[:1])
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "qsettings"))
    from supasoft.cards.card_window import CardWindow
    from supasoft.cards.card_windows import CardWindows
    from supasoft.services.record_model import Record
    from supasoft.services.session import open_session
    from supasoft.services.setup import initialize, lite_ids

    session = open_session(folder / "demo.db")
    initialize(session, "lite", demo=True)
    ids = lite_ids(session)
    records = session.records
    client = records.new(ids["client"])
    client.values[ids["client.name"]] = "Long Order Ltd"
    client = records.save(client)
    product = records.new(ids["product"])
    product.values.update({ids["product.name"]: "Screws", ids["product.price"]: "2.50"})
    product = records.save(product)
    order = records.new(ids["order"])
    order.values.update({ids["order.client"]: client.id, ids["order.date"]: __import__("datetime").date(2026, 10, 8)})
    link = session.configuration.config.detail_sets_of(ids["order"])[0].link
    lines = []
    for n in range(14):
        line = Record(ids["line"])
        line.values.update({ids["line.product"]: product.id, ids["line.quantity"]: str(n + 1)})
        lines.append(line)
    order = records.save(order, details={link: lines})
    screen = app.primaryScreen().availableGeometry()
    direct = CardWindow(records, ids["order"], order.id)
    out = {"screen": rect(screen), "direct": describe(direct)}
    direct.close()
    out["opened"] = describe(CardWindows(records).open(ids["order"], order.id))
    print(json.dumps(out))
    session.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
