"""A Lite order made for document tests: a client whose name needs escaping, two products, three lines."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from supasoft.services.record_model import Record
from supasoft.services.session import Session
from supasoft.services.setup import lite_ids

CLIENT_NAME = "Smith & <Sons>"


def make_order(s: Session, lines: int = 3, tag: str = "") -> dict[str, Any]:
    """The order's ids and the Lite ids; line i costs (i + 1) * 1234.5 (quantity i + 1); `tag` ends the product names."""
    ids: dict[str, Any] = dict(lite_ids(s))
    records = s.records
    client = records.new(ids["client"])
    client.values.update({ids["client.name"]: CLIENT_NAME + tag, ids["client.city"]: "Kraków"})
    ids["the_client"] = records.save(client).id
    products = []
    for name in ("Widget", "Gadget"):
        product = records.new(ids["product"])
        product.values.update({ids["product.name"]: name + tag, ids["product.price"]: Decimal("1234.50")})
        products.append(records.save(product).id)
    ids["products"] = products
    order = records.new(ids["order"])
    order.values.update({ids["order.client"]: ids["the_client"], ids["order.date"]: dt.date(2025, 3, 14)})
    details = []
    for i in range(lines):
        line = records.new(ids["line"])
        line.values.update({ids["line.product"]: products[i % 2], ids["line.price"]: Decimal("1234.50"),
                            ids["line.quantity"]: Decimal(i + 1)})
        details.append(line)
    ids["lines_link"] = records.config.link_for_field(ids["line.order"]).id
    saved: Record = records.save(order, details={ids["lines_link"]: details})
    ids["the_order"] = saved.id
    ids["order_code"] = saved.code_text or records.get(ids["order"], saved.id).code_text
    return ids


ORDER_TEMPLATE = (
    "Order {{ code }} of {{ date }}",
    "Client: {{ client }} / {{ client.name }} in {{ client.city }}",
    "Total {{ total }}; by {{ user }}",
)
LINES_TABLE = [
    ["Product", "Price", "Quantity", "Cost"],
    ["{%tr for line in lines %}"],
    ["{{ line.product.name }}", "{{ line.price }}", "{{ line.quantity }}", "{{ line.cost }}"],
    ["{%tr endfor %}"],
    ["Total", "", "", "{{ lines_totals.cost }}"],
]
