"""Structure changes made by admins: objects, fields, links, lists, cards, applied live to real tables.

Each change follows one path: load the stored structure, change a copy, check it, take an automatic
backup when data could be lost, run the DDL and store the new structure version, all in one
transaction (SQLite), so a failure leaves both data and structure as they were. On Firebird, where DDL
takes effect only at COMMIT, each additive step is committed, drops wait until the new structure is
stored, and a failure undoes the committed steps (see Storage.schema_change).
"""

from __future__ import annotations

import dataclasses
import logging
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import sqlalchemy as sa

from supasoft.core.errors import (
    ConversionError,
    ConversionReport,
    InUseError,
    NotFound,
    SchemaError,
    SupasoftError,
)
from supasoft.core.meta import (
    ON_DELETE_POLICIES,
    CardDef,
    Configuration,
    DetailSetDef,
    FieldDef,
    LinkDef,
    ListDef,
    ObjectDef,
)
from supasoft.core.serialization import clone_configuration
from supasoft.services.backups import BackupService
from supasoft.services.structure_rules import (
    check_field,
    check_object_names,
    clean_name,
    formula_reads,
    uses_of_field,
    uses_of_object,
)
from supasoft.storage.catalog import sys_history, sys_trash
from supasoft.storage.errors import DatabaseBusyError, firebird_kind
from supasoft.storage.schema_sync import SchemaWriter
from supasoft.storage.store import Storage

log = logging.getLogger(__name__)
Listener = Callable[[Configuration], None]
RECHECK_SECONDS = 1.0


class ConfigurationService:
    """Reads and changes the structure; notifies listeners (open windows) after each change."""

    def __init__(self, storage: Storage, backups: BackupService | None = None):
        self.storage = storage
        self.backups = backups or BackupService(storage)
        self._config = storage.load_configuration()
        self._checked_at = time.monotonic()
        self._listeners: list[Listener] = []
        self.after_formula_change: Callable[[Configuration, int], None] | None = None
        self.rights_check: Callable[..., None] | None = None
        self.current_user: Callable[[], int | None] = lambda: None
        self.hold_refresh = False  # set while the session let go of the database (Session.paused)

    # --- reading ------------------------------------------------------------------------------
    @property
    def config(self) -> Configuration:
        """The current structure (reloaded when another admin changed it; checked at most every second)."""
        moment = time.monotonic()
        if not self.hold_refresh and moment - self._checked_at > RECHECK_SECONDS:
            self._checked_at = moment
            self.refresh()
        return self._config

    def refresh(self) -> bool:
        """Reload the structure if someone else changed it; True when it changed."""
        if self.storage.configuration_version() != self._config.version:
            self._config = self.storage.load_configuration()
            for listener in list(self._listeners):
                listener(self._config)
            return True
        return False

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        """Stop notifying a listener (a closed window)."""
        if listener in self._listeners:
            self._listeners.remove(listener)

    def object(self, object_id: int) -> ObjectDef:
        try:
            return self.config.object_by_id(object_id)
        except KeyError:
            raise NotFound(f"Object #{object_id} does not exist") from None

    # --- the one path every change takes -----------------------------------------------------------
    @contextmanager
    def change(self, reason: str, *, destructive: bool = False, personal: bool = False) -> Iterator[tuple[Configuration, SchemaWriter]]:
        """Prepare a changed copy of the structure, then apply DDL and store it in one transaction."""
        if self.rights_check is not None and not personal:
            self.rights_check("configure")
        self.refresh()
        base = self._config
        draft = clone_configuration(base)
        draft.version = base.version
        if destructive:
            self.backups.take_automatic(reason)
        # SQLite: one transaction. Firebird: DDL committed step by step, drops after the document,
        # committed steps compensated on failure (Storage.schema_change / SchemaWriter).
        try:
            with self.storage.schema_change() as writer:
                yield draft, writer
                self.storage.save_configuration(writer.conn, draft, base.version)
        except DatabaseBusyError as exc:
            if firebird_kind(exc.__cause__) != "object_in_use":
                raise
            raise self._busy_with_names() from exc.__cause__
        if self.storage.kind == "firebird":
            self._after_server_change(draft, base)
        self._config = draft
        for listener in list(self._listeners):
            listener(draft)

    def _busy_with_names(self) -> DatabaseBusyError:
        """'Another user has this table open: ANNA from ...': who the admin has to ask (or use maintenance mode)."""
        from supasoft.services.maintenance import connected_clients, describe_clients

        try:
            others = [c for c in connected_clients(self.storage) if not c.this_process]
        except SupasoftError:
            others = []
        if others:
            message = (f"Another user has this table open: {describe_clients(others)}. Ask them to close it "
                       "(or start maintenance mode), then try again.")
        else:
            message = ("This table is still open in another window or transaction; close it, then try again.")
        error = DatabaseBusyError(message)
        error.clients = others  # type: ignore[attr-defined]
        return error

    def _after_server_change(self, draft: Configuration, base: Configuration) -> None:
        """Networked edition, after the change committed: staff rights and change triggers on new tables, and an
        event that tells other clients to reload the structure."""
        from supasoft.storage.firebird.accounts import refresh_staff_grants
        from supasoft.storage.firebird.events import ensure_change_triggers, post_structure_event

        new_objects = sorted({o.id for o in draft.objects} - {o.id for o in base.objects})
        try:
            with self.storage.begin() as conn:
                refresh_staff_grants(conn)
            if new_objects:
                with self.storage.connect() as conn:
                    ensure_change_triggers(conn, new_objects)
            with self.storage.begin() as conn:
                post_structure_event(conn)
        except SupasoftError as exc:  # the structure is committed; what failed here is told in the log
            log.warning("after the structure change: %s", exc)

    # --- objects --------------------------------------------------------------------------------
    def add_object(
        self, name: str, plural: str | None = None, *, code_prefix: str = "", code_width: int = 0, catalog: bool = False
    ) -> ObjectDef:
        """Create an object and its table; the Code field is automatic."""
        name = clean_name(name, "object")
        plural = clean_name(plural or name, "object")
        with self.change(f"add object {name}") as (config, writer):
            check_object_names(config, name, plural, None)
            obj = ObjectDef(config.new_id(), name, plural, code_prefix=code_prefix.strip(), code_width=max(0, code_width))
            obj.catalog = catalog
            obj.order = max((o.order for o in config.objects), default=0) + 1
            config.objects.append(obj)
            writer.create_object(obj)
        return obj

    def add_catalog(self, name: str, plural: str | None = None) -> ObjectDef:
        """A simple lookup list (e.g. Order status) with one Name field shown in references."""
        obj = self.add_object(name, plural, catalog=True)
        field = self.add_field(obj.id, FieldDef(0, "Name", "string", length=100, required=True, unique=True))
        self.update_object(obj.id, display_field=field.id)
        return self.object(obj.id)

    def update_object(self, object_id: int, **changes: object) -> ObjectDef:
        """Rename or set options (name, plural, code_prefix, code_width, display_field, order); no DDL."""
        allowed = {"name", "plural", "code_prefix", "code_width", "display_field", "order", "catalog"}
        unknown = set(changes) - allowed
        if unknown:
            raise SchemaError(f"Cannot change {', '.join(sorted(unknown))} of an object")
        with self.change("update object") as (config, _writer):
            obj = self._obj(config, object_id)
            if "name" in changes:
                obj.name = clean_name(str(changes["name"]), "object")
            if "plural" in changes:
                obj.plural = clean_name(str(changes["plural"]), "object")
            check_object_names(config, obj.name, obj.plural, obj.id)
            for key in ("code_prefix", "code_width", "order", "catalog"):
                if key in changes:
                    setattr(obj, key, changes[key])
            if "display_field" in changes:
                value = changes["display_field"]
                if value is not None and int(value) not in {f.id for f in obj.fields}:  # type: ignore[arg-type]
                    raise SchemaError("The display field must be a field of the object")
                obj.display_field = value  # type: ignore[assignment]
        return self.object(object_id)

    def reorder_objects(self, object_ids: list[int]) -> None:
        """Set the navigator order."""
        with self.change("reorder objects") as (config, _writer):
            position = {oid: i for i, oid in enumerate(object_ids)}
            for obj in config.objects:
                obj.order = position.get(obj.id, len(position) + obj.order)
            config.objects.sort(key=lambda o: o.order)

    def delete_object(self, object_id: int, *, cascade: bool = False) -> None:
        """Drop an object and its records; refuses while used elsewhere unless cascade removes the uses."""
        config = self.config
        obj = self._obj(config, object_id)
        uses = uses_of_object(config, object_id)
        if uses and not cascade:
            raise InUseError(f"Object {obj.name!r}", uses)
        with self.change(f"delete object {obj.name}", destructive=True) as (draft, writer):
            for other in draft.objects:
                for f in list(other.fields):
                    if other.id != object_id and f.type == "reference" and f.target == object_id:
                        self._remove_field(draft, writer, other, f)
            target = self._obj(draft, object_id)
            self._remove_object_parts(draft, object_id)
            writer.drop_object(target)
            draft.objects.remove(target)
            writer.conn.execute(sys_history.delete().where(sys_history.c.object_id == object_id))
            writer.conn.execute(sys_trash.delete().where(sys_trash.c.object_id == object_id))
            self.storage.reset_counter(writer.conn, object_id)

    def duplicate_object(self, object_id: int, name: str, plural: str | None = None) -> ObjectDef:
        """A new object with the same fields (not the records)."""
        source = self.object(object_id)
        copy = self.add_object(name, plural, code_prefix=source.code_prefix, code_width=source.code_width)
        mapping: dict[int, int] = {}
        for f in source.fields:
            if f.source is not None or f.receiver is not None or f.type == "formula":
                continue
            draft = dataclasses.replace(f, id=0, generation=0)
            mapping[f.id] = self.add_field(copy.id, draft).id
        for f in source.fields:
            if f.type == "formula":
                mapping[f.id] = self.add_field(copy.id, dataclasses.replace(f, id=0, generation=0)).id
        if source.display_field in mapping:
            self.update_object(copy.id, display_field=mapping[source.display_field])
        return self.object(copy.id)

    # --- fields ---------------------------------------------------------------------------------
    def add_field(self, object_id: int, draft: FieldDef) -> FieldDef:
        """Add a field and its column (existing records get the default value)."""
        with self.change("add field") as (config, writer):
            obj = self._obj(config, object_id)
            f = dataclasses.replace(draft, id=config.new_id(), generation=0)
            obj.fields.append(f)
            self._prepare_formula(config, obj, f)
            check_field(config, obj, f)
            writer.add_field(obj, f)
            self._fill_default(writer, obj, f)
        if f.type == "formula":
            self._recompute(object_id)
        return self.object(object_id).field_by_id(f.id)

    def update_field(self, object_id: int, field_id: int, **changes: object) -> FieldDef:
        """Change a field's name or options; a type change goes through change_field_type."""
        if "type" in changes:
            raise SchemaError("Use change_field_type to change a field's type")
        formula_changed = False
        with self.change("update field") as (config, writer):
            obj = self._obj(config, object_id)
            old = self._field(obj, field_id)
            new = dataclasses.replace(old, **changes)  # type: ignore[arg-type]
            if new.target != old.target or (new.source is None) != (old.source is None):
                raise SchemaError("The external object or source kind cannot change; add a new field instead")
            obj.fields[obj.fields.index(old)] = new
            self._prepare_formula(config, obj, new)
            check_field(config, obj, new)
            formula_changed = new.formula != old.formula or new.result_type != old.result_type or new.scale != old.scale
            if formula_changed and new.type == "formula":
                if new.result_type != old.result_type or new.scale != old.scale:
                    self._move_column(writer, obj, old, new)
            if (old.unique, old.indexed) != (new.unique, new.indexed):
                writer.drop_index(obj, old)
                writer.create_index(obj, new)
            if new.length != old.length and new.type not in ("formula", "text"):
                self._move_column(writer, obj, old, new)
        if formula_changed and self.object(object_id).field_by_id(field_id).type == "formula":
            self._recompute(object_id)
        return self.object(object_id).field_by_id(field_id)

    def delete_field(self, object_id: int, field_id: int, *, cascade: bool = False) -> None:
        """Remove a field and its values (backup first); refuses while used unless cascade removes the uses."""
        config = self.config
        obj = self._obj(config, object_id)
        f = self._field(obj, field_id)
        uses = uses_of_field(config, field_id)
        if uses and not cascade:
            raise InUseError(f"Field {f.name!r}", uses)
        with self.change(f"delete field {f.name}", destructive=True) as (draft, writer):
            self._remove_field(draft, writer, self._obj(draft, object_id), self._field(self._obj(draft, object_id), field_id))

    def reorder_fields(self, object_id: int, field_ids: list[int]) -> None:
        """Set the order fields are shown in ("All fields", generated cards, field lists); columns do not move."""
        if [f.id for f in self.object(object_id).fields] == list(field_ids):
            return  # nothing to store: no new structure version for the same order
        with self.change("reorder fields") as (config, _writer):
            obj = self._obj(config, object_id)
            by_id = {f.id: f for f in obj.fields}
            if len(field_ids) != len(by_id) or set(field_ids) != set(by_id):
                problems = [f"{by_id[i].name} is missing" for i in by_id if i not in field_ids]
                problems += [f"#{i} is not a field of {obj.name}" for i in dict.fromkeys(field_ids) if i not in by_id]
                problems += [f"{by_id[i].name} is listed {field_ids.count(i)} times" for i in by_id if field_ids.count(i) > 1]
                raise SchemaError(f"The new order must list each of the {len(by_id)} fields of {obj.name} exactly once: "
                                  + "; ".join(problems))
            obj.fields = [by_id[i] for i in field_ids]

    def preview_type_change(self, object_id: int, field_id: int, **changes: object) -> ConversionReport:
        """What a type change would do: how many values convert and which would not."""
        from supasoft.services.type_change import new_definition, preview

        config = self.config
        obj = self._obj(config, object_id)
        old = self._field(obj, field_id)
        new = new_definition(old, changes)
        check_field(config, obj, new)
        with self.storage.connect() as conn:
            return preview(SchemaWriter(conn), config, self.storage.physical(config), obj, old, new)

    def change_field_type(
        self, object_id: int, field_id: int, *, on_failure: str = "refuse", **changes: object
    ) -> ConversionReport:
        """Change a field's type, keeping the data: refuse if any value won't convert, or keep those in a text field."""
        from supasoft.services.type_change import keep_field_for, make_converter, move_values, new_definition

        if on_failure not in ("refuse", "keep"):
            raise SchemaError("on_failure must be 'refuse' or 'keep'")
        if "type" not in changes:
            raise SchemaError("Name the new type")
        old_config = self.config
        old_obj = self._obj(old_config, object_id)
        old_field = self._field(old_obj, field_id)
        if uses := [u for u in uses_of_field(old_config, field_id) if u.kind in ("link", "source", "receiver")]:
            if changes["type"] != old_field.type:
                raise InUseError(f"Field {old_field.name!r}", uses)
        with self.change(f"change type of {old_field.name}", destructive=True) as (config, writer):
            obj = self._obj(config, object_id)
            old = self._field(obj, field_id)
            new = new_definition(old, changes)
            self._prepare_formula(config, obj, new)
            check_field(config, obj, new)
            convert = make_converter(writer.conn, old_config, self.storage.physical(old_config), old, new)
            keep = None
            if on_failure == "keep":
                keep = keep_field_for(obj, old, config.new_id())
                obj.fields.append(keep)
                writer.add_field(obj, keep)
            obj.fields[obj.fields.index(old)] = new
            report = move_values(writer, obj, old, new, convert, keep)
            if report.failures and on_failure == "refuse":
                raise ConversionError(report, old.name)
            if keep is not None and not report.failures:
                writer.drop_field(obj, keep)
                obj.fields.remove(keep)
            if obj.display_field == field_id and new.type in ("file",):
                obj.display_field = None
        return report

    def uses_of_field(self, field_id: int) -> list:
        return uses_of_field(self.config, field_id)

    def uses_of_object(self, object_id: int) -> list:
        return uses_of_object(self.config, object_id)

    # --- links, detail sets, lists and cards ------------------------------------------------------
    def add_link(self, child_id: int, parent_id: int, name: str, *, on_delete: str = "refuse", field_name: str | None = None) -> LinkDef:
        """Make `child` a child of `parent`: a reference field in the child plus the link (collection `name`)."""
        if on_delete not in ON_DELETE_POLICIES:
            raise SchemaError(f"On delete must be one of {', '.join(ON_DELETE_POLICIES)}")
        name = clean_name(name, "link")
        parent = self.object(parent_id)
        field = self.add_field(child_id, FieldDef(0, field_name or parent.name, "reference", target=parent_id))
        with self.change("add link") as (config, _writer):
            if any(link.parent == parent_id and link.name.casefold() == name.casefold() for link in config.links):
                raise SchemaError(f"{parent.name} already has a link named {name!r}")
            link = LinkDef(config.new_id(), child_id, parent_id, field.id, name, on_delete)  # type: ignore[arg-type]
            config.links.append(link)
        return link

    def update_link(self, link_id: int, *, name: str | None = None, on_delete: str | None = None) -> LinkDef:
        with self.change("update link") as (config, _writer):
            link = self._link(config, link_id)
            if name is not None:
                link.name = clean_name(name, "link")
            if on_delete is not None:
                if on_delete not in ON_DELETE_POLICIES:
                    raise SchemaError(f"On delete must be one of {', '.join(ON_DELETE_POLICIES)}")
                link.on_delete = on_delete  # type: ignore[assignment]
        return self._link(self.config, link_id)

    def delete_link(self, link_id: int) -> None:
        """Remove a link (the child's reference field stays as a plain reference)."""
        with self.change("delete link") as (config, _writer):
            link = self._link(config, link_id)
            config.links.remove(link)
            config.detail_sets = [d for d in config.detail_sets if d.link != link_id]

    def save_detail_set(self, detail_set: DetailSetDef) -> DetailSetDef:
        """Create (id 0) or replace a detail set."""
        with self.change("save detail set") as (config, _writer):
            link = self._link(config, detail_set.link)
            child = self._obj(config, link.child)
            for field_id in detail_set.columns + detail_set.totals:
                self._field(child, field_id)
            item = dataclasses.replace(detail_set, name=clean_name(detail_set.name or link.name, "detail set"))
            if item.id == 0:
                item.id = config.new_id()
                config.detail_sets.append(item)
            else:
                config.detail_sets = [item if d.id == item.id else d for d in config.detail_sets]
        return item

    def delete_detail_set(self, detail_set_id: int) -> None:
        with self.change("delete detail set") as (config, _writer):
            config.detail_sets = [d for d in config.detail_sets if d.id != detail_set_id]

    def save_list(self, list_def: ListDef) -> ListDef:
        """Create (id 0) or replace a list view; its column paths are checked.

        A personal view (not shared, owned by the current user) needs only the right to read the object.
        """
        personal = not list_def.shared and list_def.owner is not None and list_def.owner == self.current_user()
        if personal and self.rights_check is not None:
            self.rights_check("read", list_def.object)
        if personal and list_def.id:
            existing = next((x for x in self.config.lists if x.id == list_def.id), None)
            if existing is not None and (existing.shared or existing.owner != list_def.owner):
                personal = False  # replacing someone else's or a shared view is structure work
        with self.change("save table", personal=personal) as (config, _writer):
            self._obj(config, list_def.object)
            item = dataclasses.replace(list_def, name=clean_name(list_def.name, "table"))
            self._check_paths(config, item)
            if item.id == 0:
                item.id = config.new_id()
                config.lists.append(item)
            else:
                config.lists = [item if x.id == item.id else x for x in config.lists]
        return item

    def delete_list(self, list_id: int) -> None:
        existing = next((x for x in self.config.lists if x.id == list_id), None)
        personal = existing is not None and not existing.shared and existing.owner is not None and existing.owner == self.current_user()
        with self.change("delete table", personal=personal) as (config, _writer):
            config.lists = [x for x in config.lists if x.id != list_id]

    def save_card(self, card: CardDef) -> CardDef:
        """Store an object's card layout."""
        with self.change("save card") as (config, _writer):
            self._obj(config, card.object)
            config.cards = [c for c in config.cards if c.object != card.object] + [card]
        return card

    # --- helpers ----------------------------------------------------------------------------------
    def _obj(self, config: Configuration, object_id: int) -> ObjectDef:
        try:
            return config.object_by_id(object_id)
        except KeyError:
            raise NotFound(f"Object #{object_id} does not exist") from None

    def _field(self, obj: ObjectDef, field_id: int) -> FieldDef:
        try:
            return obj.field_by_id(field_id)
        except KeyError:
            raise NotFound(f"{obj.name} has no field #{field_id}") from None

    def _link(self, config: Configuration, link_id: int) -> LinkDef:
        try:
            return config.link_by_id(link_id)
        except KeyError:
            raise NotFound(f"Link #{link_id} does not exist") from None

    def _check_paths(self, config: Configuration, item: ListDef) -> None:
        from supasoft.storage.query import QueryBuilder  # local: only to validate paths

        probe = QueryBuilder(config, self.storage.physical(config), self._obj(config, item.object))
        for path in [c.path for c in item.columns] + [s.path for s in item.sort]:
            probe.resolve(tuple(path))
        probe.where(item.filter)

    def _prepare_formula(self, config: Configuration, obj: ObjectDef, f: FieldDef) -> None:
        """Check a formula and set its result type (FormulaError carries the position)."""
        if f.type != "formula":
            return
        from supasoft.core.formulas import compile_formula, dependency_order

        compiled = compile_formula(f.formula or "", config, obj, self_field_id=f.id)
        f.result_type = compiled.result_type
        formulas = {
            x.id: compile_formula(x.formula or "", config, obj, self_field_id=x.id)
            for x in obj.fields
            if x.type == "formula"
        }
        dependency_order(formulas, config, obj)

    def _recompute(self, object_id: int) -> None:
        if self.after_formula_change is not None:
            self.after_formula_change(self.config, object_id)

    def _fill_default(self, writer: SchemaWriter, obj: ObjectDef, f: FieldDef) -> None:
        if f.type == "boolean" and f.default is None:
            f = dataclasses.replace(f, default=False)  # existing records read as No, so store No
        if f.default is None or f.type == "formula":
            return
        from supasoft.core.fieldtypes import field_types

        ft = field_types.get(f.type)
        try:
            value = ft.to_db(ft.from_json(f.default, f), f)
        except ValueError as exc:
            raise SchemaError(f"Field {f.name!r}: the default {f.default!r} {exc}") from None
        from supasoft.storage.physical import column_name, table_name

        statement = sa.text(f"UPDATE {table_name(obj.id)} SET {column_name(f)} = :v WHERE {column_name(f)} IS NULL")
        writer.conn.execute(statement.bindparams(sa.bindparam("v", type_=ft.column_type(f))), {"v": value})

    def _move_column(self, writer: SchemaWriter, obj: ObjectDef, old: FieldDef, new: FieldDef) -> None:
        """Move values to a column of the new definition (length or result type changed)."""
        from supasoft.services.type_change import move_values

        move_values(writer, obj, old, new)

    def _remove_field(self, config: Configuration, writer: SchemaWriter, obj: ObjectDef, f: FieldDef) -> None:
        """Drop a field with everything that uses it (the caller checked or chose cascade)."""
        for other in config.objects:
            for g in list(other.fields):
                if g.id == f.id or g not in other.fields:
                    continue
                uses_path = any(p is not None and f.id in p for p in (g.source, g.receiver))
                if uses_path or (g.type == "formula" and f.id in formula_reads(config, other, g)):
                    self._remove_field(config, writer, other, g)  # cascade: what reads the field goes with it
        for lst in config.lists:
            lst.columns = [c for c in lst.columns if f.id not in c.path]
            lst.sort = [s for s in lst.sort if f.id not in s.path]
        for card in config.cards:
            _prune_layout(card.root, f.id)
        for ds in config.detail_sets:
            ds.columns = [x for x in ds.columns if x != f.id]
            ds.totals = [x for x in ds.totals if x != f.id]
        for link in [link for link in config.links if link.field == f.id]:
            config.links.remove(link)
            config.detail_sets = [d for d in config.detail_sets if d.link != link.id]
        if obj.display_field == f.id:
            obj.display_field = None
        writer.drop_field(obj, f)
        obj.fields.remove(f)
        writer.conn.execute(
            sys_history.update()
            .where(sys_history.c.object_id == obj.id, sys_history.c.field_id == f.id)
            .values(field_id=None, old_value=None, new_value=None, action="dropped")
        )

    def _remove_object_parts(self, config: Configuration, object_id: int) -> None:
        links = [link.id for link in config.links if object_id in (link.parent, link.child)]
        config.links = [link for link in config.links if link.id not in links]
        config.detail_sets = [d for d in config.detail_sets if d.link not in links]
        config.lists = [x for x in config.lists if x.object != object_id]
        config.cards = [c for c in config.cards if c.object != object_id]


def _prune_layout(node, field_id: int) -> None:  # type: ignore[no-untyped-def]
    node.children = [c for c in node.children if not (c.kind == "field" and c.ref == field_id)]
    for child in node.children:
        _prune_layout(child, field_id)
