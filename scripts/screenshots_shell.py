"""Screenshots of the main window on the Lite demo data: the window itself, and a table with a filter applied."""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication


def settle(app: QApplication, ms: int = 300) -> None:
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
    app.setOrganizationName("Supasoft")
    app.setApplicationName("Supasoft")

    from supasoft.core.meta import Condition, FilterGroup
    from supasoft.i18n import install_translations
    from supasoft.services.session import open_session
    from supasoft.services.setup import initialize, lite_ids
    from supasoft.shell.main_window import MainWindow

    install_translations("en")
    session = open_session(tmp / "demo.db")
    initialize(session, "lite", demo=True)
    ids = lite_ids(session)
    window = MainWindow(session, open_card=lambda *_: None, open_configurator=lambda: None,
                        database_label=str(Path.home() / "Supasoft" / "supasoft.db"))
    window.resize(1240, 760)
    window.show()
    window.navigator.expandAll()
    window.open_object(ids["order"])
    window.open_object(ids["client"])
    settle(app)
    window.grab().save(str(args.out / "main-window.png"))

    orders = window.open_object(ids["order"])
    orders.set_filter(FilterGroup("and", [Condition((ids["order.status"],), "in", ["Paid", "Shipped"]),
                                          Condition((ids["order.total"],), "gt", "1000")]))
    orders.sort_by(orders.model.column_of(str(ids["order.total"])), descending=True)
    orders.view.selectRow(0)
    settle(app)
    window.grab().save(str(args.out / "table-filtered.png"))
    from supasoft.shell.filter_dialog import FilterBuilderDialog

    dialog = FilterBuilderDialog(session.configuration.config, ids["order"], orders.source.filter, orders.lookup, parent=window)
    dialog.show()
    settle(app)
    dialog.grab().save(str(args.out / "filter-builder.png"))
    dialog.close()
    window.close()

    session.close()
    for language in ("pl", "ru"):  # the window in Polish and Russian (the longest toolbar texts) on the CRM built in it
        install_translations(language)
        session = open_session(tmp / f"demo-{language}.db")
        initialize(session, "lite", demo=True, language=language)
        translated = MainWindow(session, open_card=lambda *_: None, open_configurator=lambda: None,
                                database_label=str(Path.home() / "Supasoft" / f"supasoft-{language}.db"))
        translated.resize(1240, 760)
        translated.show()
        translated.open_object(lite_ids(session)["order"])
        settle(app)
        translated.grab().save(str(args.out / f"main-window-{language}.png"))
        translated.close()
        session.close()
    names = ("main-window.png", "table-filtered.png", "filter-builder.png", "main-window-pl.png", "main-window-ru.png")
    print("wrote", *(args.out / n for n in names))
    return 0


if __name__ == "__main__":
    sys.exit(main())
