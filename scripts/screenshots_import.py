"""Screenshots of the Records → Import… wizard at 1366×768: the file page (a CSV with its detected encoding and
delimiter), the mapping page upserting on a unique key over two fields, and the preview with a problem cell."""

from __future__ import annotations

import sys

from screenshots_common import settle, start


def wait(condition, rounds: int = 200) -> None:  # noqa: ANN001 - a callable
    for _ in range(rounds):
        settle(50)
        if condition():
            return


def main() -> int:
    shots = start(__doc__)
    from PySide6.QtWidgets import QWizard

    from supasoft.importer.menu import install_import, open_import_wizard
    from supasoft.services.setup import lite_ids
    from supasoft.shell.main_window import MainWindow

    session = shots.demo_session()
    ids = lite_ids(session)
    client = session.records.obj(ids["client"])
    names = {f.id: f.name for f in client.fields}
    kind = client.field_by_id(ids["client.kind"])
    key = session.configuration.add_unique_key(client.id, [ids["client.name"], ids["client.city"]])  # Name + City
    headers = [names[ids["client.name"]], names[ids["client.city"]], kind.name, names[ids["client.tax_id"]], "Rabat %", "Stary nr"]
    rows = [["Hurtownia Zielona Góra", "Zielona Góra", kind.choices[0], "929-00-11-222", "5,5", "K-0017"],
            ["Мебельная фабрика «Урал»", "Екатеринбург", kind.choices[-1], "6658000000", "7", "K-0018"],
            ["Café Łódź", "Łódź", kind.choices[0], "725-11-22-333", "dziesięć", "K-0019"],
            ["Biuro Rachunkowe Nowak", "Kraków", "?", "676-00-00-000", "0", "K-0020"]]
    path = shots.tmp / "klienci.csv"
    path.write_text("\n".join(";".join(r) for r in [headers, *rows]) + "\n", encoding="utf-8-sig")
    window = MainWindow(session, open_configurator=lambda: None, database_label="/home/anna/Supasoft/data/supasoft.db")
    install_import(window)
    window.showMaximized()
    window.open_object(ids["client"])
    settle(300)
    wizard = open_import_wizard(window)
    wizard.file_page.set_path(path)
    wait(wizard.file_page.isComplete)
    shots.save(wizard, "import-file", 500)
    wizard.button(QWizard.WizardButton.NextButton).click()
    wizard.mapping_page.set_field("Rabat %", names[ids["client.discount"]])  # a header the guess did not know
    wizard.mapping_page.set_mode("upsert", [wizard.mapping_page.keys.item(0).text()])  # the unique key, by its name
    assert wizard.job.mapping.keys == list(key.fields)
    shots.save(wizard, "import-mapping", 500)
    wizard.button(QWizard.WizardButton.NextButton).click()
    wait(lambda: not wizard.preview_page.is_checking())
    model = wizard.preview_page.model
    wizard.preview_page.view.setCurrentIndex(model.index(model.row_of(4), 2 + headers.index("Rabat %")))
    shots.save(wizard, "import-preview", 500)
    return shots.done()


if __name__ == "__main__":
    sys.exit(main())
