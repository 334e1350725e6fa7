"""The Free Lite configuration: a small-office CRM ready on first start, applied as one structure change.

LiteBuilder runs the same script either on an in-memory draft (LiteDraft: the whole document, built in
Python with the service's id order and checks) that is then applied with the configuration import in
one change, or on the ConfigurationService itself (one change per step), which tests use as the reference.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any, Protocol

from supasoft.core.errors import NotFound, SchemaError
from supasoft.core.fieldtypes.roles import is_formula
from supasoft.core.messages import Message
from supasoft.core.meta import (
    CardDef,
    ColumnDef,
    Configuration,
    DetailSetDef,
    FieldDef,
    LayoutNode,
    LinkDef,
    ListDef,
    ObjectDef,
    SortKey,
)
from supasoft.core.serialization import clone_configuration
from supasoft.services.structure_rules import check_field, check_object_names, clean_name
from supasoft.services.templates.lite_texts import translator

if TYPE_CHECKING:
    from supasoft.services.session import Session

CLIENT_KINDS = ("Legal entity", "Person")
ORDER_STATUSES = ("New", "Confirmed", "Shipped", "Paid", "Cancelled")
TASK_STATUSES = ("Open", "In progress", "Done")
CALL_DIRECTIONS = ("Incoming", "Outgoing")
PAYMENT_METHODS = ("Bank transfer", "Cash", "Card")


def _f(name: str, type_: str, **options: object) -> FieldDef:
    return FieldDef(0, name, type_, **options)  # type: ignore[arg-type]


class StructureTarget(Protocol):
    """What LiteBuilder calls: the ConfigurationService (a change per call) or a LiteDraft (in memory)."""

    @property
    def config(self) -> Configuration: ...
    def object(self, object_id: int) -> ObjectDef: ...
    def add_object(self, name: str, plural: str | None = None, *, code_prefix: str = "", code_width: int = 0,
                   catalog: bool = False) -> ObjectDef: ...
    def add_field(self, object_id: int, draft: FieldDef) -> FieldDef: ...
    def update_object(self, object_id: int, **changes: Any) -> ObjectDef: ...
    def add_link(self, child_id: int, parent_id: int, name: str, *, on_delete: str = "refuse",
                 field_name: str | None = None) -> LinkDef: ...
    def save_detail_set(self, detail_set: DetailSetDef) -> DetailSetDef: ...
    def save_list(self, list_def: ListDef) -> ListDef: ...
    def save_card(self, card: CardDef) -> CardDef: ...


class LiteDraft:
    """ConfigurationService's structure calls on an in-memory document: same ids, names and checks, no database."""

    def __init__(self, base: Configuration):
        self.config = clone_configuration(base)

    def object(self, object_id: int) -> ObjectDef:
        try:
            return self.config.object_by_id(object_id)
        except KeyError:
            raise NotFound(Message("Object #{id} does not exist", id=object_id)) from None

    def add_object(self, name: str, plural: str | None = None, *, code_prefix: str = "", code_width: int = 0,
                   catalog: bool = False) -> ObjectDef:
        name = clean_name(name, "object")
        plural = clean_name(plural or name, "object")
        check_object_names(self.config, name, plural, None)
        obj = ObjectDef(self.config.new_id(), name, plural, code_prefix=code_prefix.strip(), code_width=max(0, code_width))
        obj.catalog = catalog
        obj.order = max((o.order for o in self.config.objects), default=0) + 1
        self.config.objects.append(obj)
        return obj

    def add_field(self, object_id: int, draft: FieldDef) -> FieldDef:
        from supasoft.core.formulas import compile_formula

        obj = self.object(object_id)
        f = dataclasses.replace(draft, id=self.config.new_id(), generation=0)
        obj.fields.append(f)
        if is_formula(f):
            f.result_type = compile_formula(f.formula or "", self.config, obj, self_field_id=f.id).result_type
        check_field(self.config, obj, f)
        return f

    def update_object(self, object_id: int, **changes: Any) -> ObjectDef:
        obj = self.object(object_id)
        if "display_field" in changes and changes["display_field"] not in {f.id for f in obj.fields}:
            raise SchemaError(Message("The display field must be a field of the object"))
        for key, value in changes.items():
            setattr(obj, key, value)
        return obj

    def add_link(self, child_id: int, parent_id: int, name: str, *, on_delete: str = "refuse",
                 field_name: str | None = None) -> LinkDef:
        parent = self.object(parent_id)
        field = self.add_field(child_id, FieldDef(0, field_name or parent.name, "reference", target=parent_id))
        link = LinkDef(self.config.new_id(), child_id, parent_id, field.id, clean_name(name, "link"), on_delete)  # type: ignore[arg-type]
        self.config.links.append(link)
        return link

    def save_detail_set(self, detail_set: DetailSetDef) -> DetailSetDef:
        link = self.config.link_by_id(detail_set.link)
        item = dataclasses.replace(detail_set, id=self.config.new_id(), name=clean_name(detail_set.name or link.name, "detail set"))
        self.config.detail_sets.append(item)
        return item

    def save_list(self, list_def: ListDef) -> ListDef:
        item = dataclasses.replace(list_def, id=self.config.new_id(), name=clean_name(list_def.name, "table"))
        self.config.lists.append(item)
        return item

    def save_card(self, card: CardDef) -> CardDef:
        self.config.cards = [c for c in self.config.cards if c.object != card.object] + [card]
        return card


class LiteBuilder:
    """Creates the Lite objects, links, tables and cards on an empty structure (a draft or the live service)."""

    def __init__(self, configuration: StructureTarget, language: str = "en"):
        self.cfg = configuration
        self.ids: dict[str, int] = {}
        self.t = translator(language)
        self.plurals: dict[int, str] = {}  # object id -> English plural (names the default views)

    def object(self, name: str, plural: str, code_prefix: str, code_width: int) -> ObjectDef:
        """An object with its names and Code prefix in the builder's language."""
        t = self.t
        obj = self.cfg.add_object(t(name), t(plural), code_prefix=t(code_prefix), code_width=code_width)
        self.plurals[obj.id] = plural
        return obj

    def choices(self, labels: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(self.t(label) for label in labels)

    def add(self, object_id: int, key: str, draft: FieldDef) -> int:
        self.ids[key] = self.cfg.add_field(object_id, draft).id
        return self.ids[key]

    def build(self) -> dict[str, int]:
        cfg, t = self.cfg, self.t
        client = self.object("Client", "Clients", "CL-", 5)
        self.ids["client"] = client.id
        self.add(client.id, "client.kind", _f(t("Kind"), "choice", choices=self.choices(CLIENT_KINDS), default=t("Legal entity"), required=True))
        self.add(client.id, "client.name", _f(t("Name"), "string", length=200, required=True, indexed=True))
        self.add(client.id, "client.tax_id", _f(t("Tax ID"), "string", length=30))
        self.add(client.id, "client.address", _f(t("Address"), "text"))
        self.add(client.id, "client.city", _f(t("City"), "string", length=100, indexed=True))
        self.add(client.id, "client.phone", _f(t("Phone"), "phone"))
        self.add(client.id, "client.fax", _f(t("Fax"), "phone"))
        self.add(client.id, "client.website", _f(t("Website"), "url"))
        self.add(client.id, "client.email", _f(t("E-mail"), "email"))
        self.add(client.id, "client.discount", _f(t("Discount %"), "decimal", precision=5, scale=2))
        self.add(client.id, "client.notes", _f(t("Notes", "field"), "text"))
        cfg.update_object(client.id, display_field=self.ids["client.name"])

        contact = self.object("Contact", "Contacts", "CT-", 5)
        self.ids["contact"] = contact.id
        self.add(contact.id, "contact.name", _f(t("Full name"), "string", length=150, required=True, indexed=True))
        self.add(contact.id, "contact.position", _f(t("Position"), "string", length=100))
        self.add(contact.id, "contact.phone", _f(t("Phone"), "phone"))
        self.add(contact.id, "contact.email", _f(t("E-mail"), "email"))
        self.link(contact.id, client.id, t("Contacts"), "cascade", "contact.client")
        cfg.update_object(contact.id, display_field=self.ids["contact.name"])

        product = self.object("Product", "Products", "P-", 4)
        self.ids["product"] = product.id
        self.add(product.id, "product.name", _f(t("Name"), "string", length=200, required=True, unique=True))
        self.add(product.id, "product.unit", _f(t("Unit"), "string", length=20, default=t("pcs")))
        self.add(product.id, "product.price", _f(t("Price"), "money", required=True))
        cfg.update_object(product.id, display_field=self.ids["product.name"], catalog=True)

        order = self.object("Order", "Orders", "ORD-", 5)
        self.ids["order"] = order.id
        self.link(order.id, client.id, t("Orders"), "refuse", "order.client")
        self.add(order.id, "order.date", _f(t("Date"), "date", required=True, indexed=True))
        self.add(order.id, "order.status", _f(t("Status"), "choice", choices=self.choices(ORDER_STATUSES), default=t("New"), required=True))
        self.add(order.id, "order.client_phone", _f(t("Client phone"), "phone", source=(self.ids["order.client"], self.ids["client.phone"])))

        line = self.object("Order line", "Order lines", "L-", 6)
        self.ids["line"] = line.id
        self.link(line.id, order.id, t("Lines"), "cascade", "line.order")
        self.add(line.id, "line.product", _f(t("Product"), "reference", target=product.id, required=True))
        self.add(line.id, "line.price", _f(t("Price"), "money", receiver=(self.ids["line.product"], self.ids["product.price"])))
        self.add(line.id, "line.quantity", _f(t("Quantity"), "decimal", precision=12, scale=3, default="1"))
        self.add(line.id, "line.cost", _f(t("Cost"), "formula", formula=f"{{{t('Price')}}} * {{{t('Quantity')}}}", scale=2))
        self.add(order.id, "order.total", _f(t("Total"), "formula", formula=f"SUM({{{t('Lines')}.{t('Cost')}}})", scale=2))
        self.add(order.id, "order.notes", _f(t("Notes", "field"), "text"))
        lines_link = next(link.id for link in cfg.config.links if link.field == self.ids["line.order"])
        cfg.save_detail_set(DetailSetDef(0, lines_link, t("Lines"),
                                         columns=[self.ids[k] for k in ("line.product", "line.price", "line.quantity", "line.cost")],
                                         totals=[self.ids["line.cost"]]))

        payment = self.object("Payment", "Payments", "PAY-", 5)
        self.ids["payment"] = payment.id
        self.link(payment.id, client.id, t("Payments"), "refuse", "payment.client")
        self.link(payment.id, order.id, t("Payments"), "clear", "payment.order")
        self.add(payment.id, "payment.date", _f(t("Date"), "date", required=True, indexed=True))
        self.add(payment.id, "payment.amount", _f(t("Amount"), "money", required=True))
        self.add(payment.id, "payment.method", _f(t("Method"), "choice", choices=self.choices(PAYMENT_METHODS)))

        call = self.object("Call", "Calls", "C-", 5)
        self.ids["call"] = call.id
        self.link(call.id, client.id, t("Calls"), "cascade", "call.client")
        self.add(call.id, "call.when", _f(t("When"), "datetime", required=True, indexed=True))
        self.add(call.id, "call.direction", _f(t("Direction"), "choice", choices=self.choices(CALL_DIRECTIONS)))
        self.add(call.id, "call.subject", _f(t("Subject"), "string", length=200))
        self.add(call.id, "call.notes", _f(t("Notes", "field"), "text"))

        note = self.object("Note", "Notes", "N-", 5)
        self.ids["note"] = note.id
        self.link(note.id, client.id, t("Notes"), "cascade", "note.client")
        self.add(note.id, "note.date", _f(t("Date"), "date", indexed=True))
        self.add(note.id, "note.text", _f(t("Text"), "text", required=True))

        task = self.object("Task", "Tasks", "T-", 5)
        self.ids["task"] = task.id
        self.add(task.id, "task.title", _f(t("Title"), "string", length=200, required=True, indexed=True))
        self.add(task.id, "task.due", _f(t("Due date"), "date", indexed=True))
        self.add(task.id, "task.status", _f(t("Status"), "choice", choices=self.choices(TASK_STATUSES), default=t("Open"), required=True))
        self.add(task.id, "task.assignee", _f(t("Assignee"), "user"))
        self.link(task.id, client.id, t("Tasks"), "clear", "task.client")
        cfg.update_object(task.id, display_field=self.ids["task.title"])

        self.lists_and_cards()
        return self.ids

    def link(self, child: int, parent: int, name: str, on_delete: str, key: str) -> None:
        link = self.cfg.add_link(child, parent, name, on_delete=on_delete)
        self.ids[key] = link.field

    def lists_and_cards(self) -> None:
        ids = self.ids
        views = {
            "client": ["client.name", "client.kind", "client.city", "client.phone", "client.email"],
            "contact": ["contact.name", "contact.client", "contact.position", "contact.phone", "contact.email"],
            "product": ["product.name", "product.unit", "product.price"],
            "order": ["order.date", "order.client", "order.status", "order.total"],
            "line": ["line.order", "line.product", "line.price", "line.quantity", "line.cost"],
            "payment": ["payment.date", "payment.client", "payment.order", "payment.amount", "payment.method"],
            "call": ["call.when", "call.client", "call.direction", "call.subject"],
            "note": ["note.date", "note.client", "note.text"],
            "task": ["task.title", "task.due", "task.status", "task.client"],
        }
        for key, columns in views.items():  # the first column sorts the view: indexed, so big tables page fast
            obj = self.cfg.object(ids[key])
            sort = [SortKey((ids[columns[0]],), descending=key in ("order", "payment", "call", "note"))]
            self.cfg.save_list(ListDef(0, obj.id, self.t(f"All {self.plurals[obj.id].lower()}"), [ColumnDef(()), *[ColumnDef((ids[c],)) for c in columns]], sort))
        # A view through a reference: orders with the client's city.
        self.cfg.save_list(ListDef(0, ids["order"], self.t("Orders by city"), [
            ColumnDef(()), ColumnDef((ids["order.date"],)), ColumnDef((ids["order.client"],)),
            ColumnDef((ids["order.client"], ids["client.city"]), title=self.t("City")), ColumnDef((ids["order.total"],)),
        ], [SortKey((ids["order.client"], ids["client.city"]))]))
        for key in views:
            self.cfg.save_card(auto_card(self.cfg, ids[key]))


def auto_card(cfg: StructureTarget, object_id: int) -> CardDef:
    """A starting card: fields in a group, detail sets below, child links as tabs."""
    return card_for(cfg.config, object_id)


def card_for(config: Configuration, object_id: int) -> CardDef:
    """auto_card on a structure document."""
    obj: ObjectDef = config.object_by_id(object_id)
    main = LayoutNode("group", title=obj.name, children=[LayoutNode("field", ref=f.id) for f in obj.fields])
    sets = config.detail_sets_of(object_id)
    in_sets = {d.link for d in sets}
    nodes: list[LayoutNode] = [main] + [LayoutNode("detail_set", ref=d.id, title=d.name) for d in sets]
    tabs = [LayoutNode("tab", title=link.name, children=[LayoutNode("children", ref=link.id)])
            for link in config.child_links(object_id) if link.id not in in_sets]
    if tabs:
        nodes.append(LayoutNode("tabs", children=tabs))
    return CardDef(object_id, LayoutNode("column", children=nodes))


def lite_document(base: Configuration, language: str = "en") -> tuple[Configuration, dict[str, int]]:
    """The whole Lite structure built on `base` (ids continue from it) in memory, and its named ids."""
    draft = LiteDraft(base)
    ids = LiteBuilder(draft, language).build()
    return draft.config, ids


def build_lite(session: Session, language: str = "en") -> dict[str, int]:
    """Create the Lite configuration (names in `language`) on an empty database in one structure change; returns named ids."""
    from supasoft.services.config_import import apply_import, plan_import

    current = session.configuration.config
    document, ids = lite_document(current, language)
    apply_import(session, document, plan_import(current, document))
    return ids
