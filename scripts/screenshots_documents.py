"""Screenshots for docs/documents.md at 1366×768: the templates dialog (with a refused template's problems and the
placeholder panel), the preview of an order's offer, and the fill dialog for three selected orders."""

from __future__ import annotations

import io
import sys

from screenshots_common import settle, start


def offer_names(session, ids: dict) -> dict[str, str]:  # noqa: ANN001 - a services Session
    """The placeholder names of the order's fields in the structure's own language (data, klient.gorod, ...)."""
    from supasoft.documents.service import documents_of

    found = documents_of(session).placeholders(ids["order"])
    name = {f.id: f.name for o in session.configuration.config.objects for f in o.fields}
    loop = next(p for p in found if p.kind == "loop")
    lines = loop.label.split(":")[0]

    def by_label(*parts: str, kind: str | None = None) -> str:
        label = " → ".join(parts)
        return next(p.name for p in found if (p.label == label or p.label.endswith(f"total of {parts[-1]}"))
                    and (kind is None or p.kind == kind))

    client, product = name[ids["order.client"]], name[ids["line.product"]]
    return {"date": by_label(name[ids["order.date"]]), "client": by_label(client),
            "client.name": by_label(client, name[ids["client.name"]]), "client.city": by_label(client, name[ids["client.city"]]),
            "loop": loop.tag, "product": by_label(lines, product, name[ids["product.name"]]),
            "price": by_label(lines, name[ids["line.price"]]), "quantity": by_label(lines, name[ids["line.quantity"]]),
            "cost": by_label(lines, name[ids["line.cost"]], kind="value"),
            "total": by_label(lines, name[ids["line.cost"]], kind="total")}


def offer_template(n: dict[str, str], lines: bool = True, bad: bool = False) -> bytes:
    from docx import Document

    document = Document()
    document.add_heading("Offer {{ code }}", level=1)
    document.add_paragraph(f"Date: {{{{ {n['date']} }}}}")
    document.add_paragraph(f"For: {{{{ {n['client.name']} }}}}, {{{{ {n['client.city']} }}}}" if not bad
                           else f"For: {{{{ {n['client']}.nme }}}}")
    if lines:
        grid = document.add_table(rows=5, cols=4)
        grid.style = "Table Grid"
        rows = [["Product", "Price", "Quantity", "Cost"], [n["loop"]],
                [f"{{{{ {n[k]} }}}}" for k in ("product", "price", "quantity", "cost")],
                ["{%tr endfor %}"], ["Total", "", "", f"{{{{ {n['total']} }}}}"]]
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
    names = offer_names(session, ids)
    documents.add_template(ids["order"], "Offer", offer_template(names), file_name="offer.docx")
    documents.add_template(ids["order"], "Order confirmation", offer_template(names, lines=False), file_name="confirmation.docx")
    dialog = TemplatesDialog(session, ids["order"])
    dialog.resize(1100, 600)
    dialog.show()
    bad = shots.tmp / "offer-draft.docx"
    bad.write_bytes(offer_template(names, bad=True))
    dialog.add_from(bad, "Draft")
    dialog.panel.select_tag(names["loop"])
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
