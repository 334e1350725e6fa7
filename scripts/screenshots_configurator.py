"""Screenshots of the Configurator on the Lite demo: objects and fields, a formula field, the card designer, a table."""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication


def settle(app: QApplication, ms: int = 400) -> None:
    QTimer.singleShot(ms, app.quit)
    app.exec()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="supasoft-shots-"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "qsettings"))
    app = QApplication(sys.argv[:1])

    from supasoft.configurator.configurator_window import ConfiguratorWindow
    from supasoft.services.session import open_session
    from supasoft.services.setup import initialize, lite_ids

    try:
        from supasoft.i18n import install_translations

        install_translations("en")
    except ImportError:
        pass
    session = open_session(tmp / "demo.db", backup_folder=tmp / "backups")
    initialize(session, "lite", demo=True)
    ids = lite_ids(session)
    window = ConfiguratorWindow(session)
    window.resize(1240, 760)
    window.show()
    window.objects.select(ids["order"])
    window.fields.select_field(ids["order.total"])
    settle(app)
    written = []

    def save(widget, name: str) -> None:  # type: ignore[no-untyped-def]
        path = args.out / name
        widget.grab().save(str(path))
        written.append(path)

    save(window, "configurator-fields.png")

    dialog = window.fields.dialog(session.configuration.object(ids["order"]).field_by_id(ids["order.total"]))
    dialog.formula.set_formula("IF({Status} = \"Paid\", SUM({Lines.Cost}), ROUND(SUM({Lines.Cost}) * 1.23, 2))")
    dialog.formula.functions.setCurrentRow(list(dialog.formula.functions.item(i).text()
                                                for i in range(dialog.formula.functions.count())).index("SUM({Collection.Field})"))
    for i in range(dialog.formula.fields.topLevelItemCount()):
        item = dialog.formula.fields.topLevelItem(i)
        item.setExpanded(item.text(0).startswith("Lines") or item.text(0) == "Client")
    dialog.resize(680, 720)
    dialog.show()
    settle(app)
    save(dialog, "configurator-field-formula.png")
    dialog.formula.set_formula("SUM({Lines.Cost}) * (1 - {Client.Discount %} / 100) +")
    settle(app)
    save(dialog, "configurator-formula-error.png")
    dialog.reject()

    window.tabs.setCurrentWidget(window.card)
    window.card.tree.select_path((0, 1))
    settle(app)
    save(window, "configurator-card-designer.png")

    window.tabs.setCurrentWidget(window.tables)
    lists = window.tables.lists
    for row in range(lists.count()):
        if lists.item(row).text() == "Orders by city":
            lists.setCurrentRow(row)
    window.tables.tree.select_names("Client", "City")
    settle(app)
    save(window, "configurator-tables.png")
    window.close()
    session.close()
    print("wrote", *written)
    return 0


if __name__ == "__main__":
    sys.exit(main())
