"""Screenshots for docs/documents.md at 1366×768: the templates dialog (with a refused template's problems and the
placeholder panel), the preview of an order's offer, and the fill dialog for three selected orders."""

from __future__ import annotations

import io
import sys

from screenshots_common import settle, start


def offer_template(lines: bool = True, bad: bool = False) -> bytes:
    from docx import Document

    document = Document()
    document.add_heading("Offer {{ code }}", level=1)
    document.add_paragraph("Date: {{ date }}")
    document.add_paragraph("For: {{ client.name }}, {{ client.city }}" if not bad else "For: {{ client.nme }}")
    if lines:
        grid = document.add_table(rows=5, cols=4)
        grid.style = "Table Grid"
        rows = [["Product", "Price", "Quantity", "Cost"], ["{%tr for line in lines %}"],
                ["{{ line.product.name }}", "{{ line.price }}", "{{ line.quantity }}", "{{ line.cost }}"],
                ["{%tr endfor %}"], ["Total", "", "", "{{ lines_totals.cost }}"]]
        for row, cells in zip(grid.rows, rows, strict=True):
            for cell, text in zip(row.cells, cells, strict=False):
                cell.text = text
    document.add_paragraph("Total due: {{ totl }}" if bad else "Prepared by {{ user }} on {{ today }}.")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def main() -> int:
    shots = start(__doc__)
    from supasoft.documents.fill_dialog import FillDialog
    from supasoft.documents.service import documents_of
    from supasoft.documents.templates_dialog import TemplatesDialog
    from supasoft.services.setup import lite_ids

    session = shots.demo_session()
    ids = lite_ids(session)
    documents = documents_of(session)
    documents.add_template(ids["order"], "Offer", offer_template(), file_name="offer.docx")
    documents.add_template(ids["order"], "Order confirmation", offer_template(lines=False), file_name="confirmation.docx")
    dialog = TemplatesDialog(session, ids["order"])
    dialog.resize(1100, 600)
    dialog.show()
    bad = shots.tmp / "offer-draft.docx"
    bad.write_bytes(offer_template(bad=True))
    dialog.add_from(bad, "Draft")
    dialog.panel.select_tag("{%tr for line in lines %}")
    dialog.panel.copy_item(dialog.panel.tree.currentItem())
    shots.save(dialog, "documents-templates", 500)

    dialog.table.selectRow(0)
    preview = dialog.show_preview()
    assert preview is not None
    preview.resize(900, 640)
    shots.save(preview, "documents-preview", 500)
    preview.close()
    dialog.close()

    orders = [rid for rid, _ in session.records.lookup(ids["order"], "", 3)]
    fill = FillDialog(session, ids["order"], orders)
    fill.show()
    settle()
    shots.save(fill, "documents-fill", 400)
    fill.close()
    session.close()
    return shots.done()


if __name__ == "__main__":
    sys.exit(main())
