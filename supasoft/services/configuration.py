"""Structure changes made by admins: objects, fields, links, lists, cards, applied live to real tables.

ConfigurationService is the one entry point (UI, CLI, import, tests) and only hands each call to the part
that owns the idea: the current structure and the change() path (configuration_base.ChangePath), objects
and links (configuration_objects), fields and type changes (configuration_fields), views: detail sets,
lists and cards (configuration_views). Each part gets what it works with through its constructor.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager

from supasoft.core.errors import ConversionReport, Use
from supasoft.core.meta import (
    CardDef,
    Configuration,
    DetailSetDef,
    FieldDef,
    LinkDef,
    ListDef,
    ObjectDef,
    UniqueKeyDef,
)
from supasoft.services.backups import BackupService
from supasoft.services.configuration_base import ChangePath, Listener, StructureHooks
from supasoft.services.configuration_fields import FieldChanges
from supasoft.services.configuration_keys import KeyChanges
from supasoft.services.configuration_objects import ObjectChanges
from supasoft.services.configuration_views import ViewChanges
from supasoft.storage.schema_sync import SchemaWriter
from supasoft.storage.store import Storage


class ConfigurationService:
    """Reads and changes the structure; notifies listeners (open windows) after each change."""

    def __init__(
        self,
        storage: Storage,
        backups: BackupService | None = None,
        *,
        rights_check: Callable[..., None] | None = None,
        current_user: Callable[[], int | None] | None = None,
        after_formula_change: Callable[[Configuration, int], None] | None = None,
        after_values_changed: Callable[[int, set[int]], None] | None = None,
    ):
        self.storage = storage
        self.backups = backups or BackupService(storage)
        self.hooks = StructureHooks(rights_check, current_user or (lambda: None), after_formula_change, after_values_changed)
        self.path = ChangePath(storage, self.backups, self.hooks)
        self.fields = FieldChanges(self.path)
        self.objects = ObjectChanges(self.path, self.fields)
        self.views = ViewChanges(self.path)
        self.keys = KeyChanges(self.path)

    # --- hooks (transitional setters: open_session and RecordService still set some after construction) -----
    @property
    def rights_check(self) -> Callable[..., None] | None:
        return self.hooks.rights_check

    @rights_check.setter
    def rights_check(self, check: Callable[..., None] | None) -> None:
        self.hooks.rights_check = check

    @property
    def current_user(self) -> Callable[[], int | None]:
        return self.hooks.current_user

    @current_user.setter
    def current_user(self, user: Callable[[], int | None]) -> None:
        self.hooks.current_user = user

    @property
    def after_formula_change(self) -> Callable[[Configuration, int], None] | None:
        return self.hooks.after_formula_change

    @after_formula_change.setter
    def after_formula_change(self, hook: Callable[[Configuration, int], None] | None) -> None:
        self.hooks.after_formula_change = hook

    @property
    def after_values_changed(self) -> Callable[[int, set[int]], None] | None:
        return self.hooks.after_values_changed

    @after_values_changed.setter
    def after_values_changed(self, hook: Callable[[int, set[int]], None] | None) -> None:
        self.hooks.after_values_changed = hook

    @property
    def hold_refresh(self) -> bool:
        """True while the session let go of the database (Session.paused): no reloads meanwhile."""
        return self.path.hold_refresh

    @hold_refresh.setter
    def hold_refresh(self, hold: bool) -> None:
        self.path.hold_refresh = hold

    # --- reading and the change path -----------------------------------------------------------------
    @property
    def config(self) -> Configuration:
        """The current structure (reloaded when another admin changed it; checked at most every second)."""
        return self.path.config

    def refresh(self) -> bool:
        return self.path.refresh()

    def subscribe(self, listener: Listener) -> None:
        self.path.subscribe(listener)

    def unsubscribe(self, listener: Listener) -> None:
        self.path.unsubscribe(listener)

    def object(self, object_id: int) -> ObjectDef:
        return self.path.object(object_id)

    def change(self, reason: str, *, destructive: bool = False,
               personal: bool = False) -> AbstractContextManager[tuple[Configuration, SchemaWriter]]:
        """The one path every structure change takes (see ChangePath.change)."""
        return self.path.change(reason, destructive=destructive, personal=personal)

    # --- objects and links ---------------------------------------------------------------------------
    def add_object(self, name: str, plural: str | None = None, *, code_prefix: str = "", code_width: int = 0,
                   catalog: bool = False) -> ObjectDef:
        return self.objects.add_object(name, plural, code_prefix=code_prefix, code_width=code_width, catalog=catalog)

    def add_catalog(self, name: str, plural: str | None = None) -> ObjectDef:
        return self.objects.add_catalog(name, plural)

    def update_object(self, object_id: int, **changes: object) -> ObjectDef:
        return self.objects.update_object(object_id, **changes)

    def reorder_objects(self, object_ids: list[int]) -> None:
        self.objects.reorder_objects(object_ids)

    def delete_object(self, object_id: int, *, cascade: bool = False) -> None:
        self.objects.delete_object(object_id, cascade=cascade)

    def duplicate_object(self, object_id: int, name: str, plural: str | None = None) -> ObjectDef:
        return self.objects.duplicate_object(object_id, name, plural)

    def uses_of_object(self, object_id: int) -> list[Use]:
        return self.objects.uses_of_object(object_id)

    def add_link(self, child_id: int, parent_id: int, name: str, *, on_delete: str = "refuse",
                 field_name: str | None = None) -> LinkDef:
        return self.objects.add_link(child_id, parent_id, name, on_delete=on_delete, field_name=field_name)

    def update_link(self, link_id: int, *, name: str | None = None, on_delete: str | None = None) -> LinkDef:
        return self.objects.update_link(link_id, name=name, on_delete=on_delete)

    def delete_link(self, link_id: int) -> None:
        self.objects.delete_link(link_id)

    # --- fields --------------------------------------------------------------------------------------
    def add_field(self, object_id: int, draft: FieldDef) -> FieldDef:
        return self.fields.add_field(object_id, draft)

    def update_field(self, object_id: int, field_id: int, **changes: object) -> FieldDef:
        return self.fields.update_field(object_id, field_id, **changes)

    def delete_field(self, object_id: int, field_id: int, *, cascade: bool = False) -> None:
        self.fields.delete_field(object_id, field_id, cascade=cascade)

    def reorder_fields(self, object_id: int, field_ids: list[int]) -> None:
        self.fields.reorder_fields(object_id, field_ids)

    def preview_type_change(self, object_id: int, field_id: int, **changes: object) -> ConversionReport:
        return self.fields.preview_type_change(object_id, field_id, **changes)

    def change_field_type(self, object_id: int, field_id: int, *, on_failure: str = "refuse",
                          **changes: object) -> ConversionReport:
        return self.fields.change_field_type(object_id, field_id, on_failure=on_failure, **changes)

    def uses_of_field(self, field_id: int) -> list[Use]:
        return self.fields.uses_of_field(field_id)

    # --- unique keys ----------------------------------------------------------------------------------
    def add_unique_key(self, object_id: int, field_ids: list[int] | tuple[int, ...], name: str = "") -> UniqueKeyDef:
        return self.keys.add_key(object_id, field_ids, name)

    def remove_unique_key(self, object_id: int, key_id: int) -> None:
        self.keys.remove_key(object_id, key_id)

    # --- views: detail sets, lists, cards --------------------------------------------------------------
    def save_detail_set(self, detail_set: DetailSetDef) -> DetailSetDef:
        return self.views.save_detail_set(detail_set)

    def delete_detail_set(self, detail_set_id: int) -> None:
        self.views.delete_detail_set(detail_set_id)

    def save_list(self, list_def: ListDef) -> ListDef:
        return self.views.save_list(list_def)

    def may_change_list(self, list_id: int | None) -> bool:
        return self.views.may_change_list(list_id)

    def delete_list(self, list_id: int) -> None:
        self.views.delete_list(list_id)

    def save_card(self, card: CardDef) -> CardDef:
        return self.views.save_card(card)


__all__ = ["ConfigurationService"]
