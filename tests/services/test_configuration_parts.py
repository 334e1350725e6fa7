"""ConfigurationService is a facade: its parts get their collaborators (storage, hooks) when it is built."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from supasoft.core.errors import PermissionDenied
from supasoft.core.meta import FieldDef, ListDef
from supasoft.services.configuration import ConfigurationService
from supasoft.storage.store import Storage

PUBLIC = {
    "config", "refresh", "subscribe", "unsubscribe", "object", "change",
    "add_object", "add_catalog", "update_object", "reorder_objects", "delete_object", "duplicate_object", "uses_of_object",
    "add_link", "update_link", "delete_link",
    "add_field", "update_field", "delete_field", "reorder_fields", "preview_type_change", "change_field_type", "uses_of_field",
    "save_detail_set", "delete_detail_set", "save_list", "may_change_list", "delete_list", "save_card",
    "rights_check", "current_user", "after_formula_change", "after_values_changed", "hold_refresh", "storage", "backups",
}


@pytest.fixture
def storage(tmp_path: Path) -> Iterator[Storage]:
    opened = Storage.open(str(tmp_path / "parts.db"))
    yield opened
    opened.close()


def test_the_facade_keeps_every_public_name(storage: Storage) -> None:
    service = ConfigurationService(storage)
    assert sorted(name for name in PUBLIC if not hasattr(service, name)) == []


def test_hooks_given_to_the_constructor_reach_every_part(storage: Storage) -> None:
    asked: list[str] = []
    converted: list[tuple[int, set[int]]] = []
    allowed = {"configure": True, "read": True}

    def rights(action: str, object_id: int | None = None) -> None:
        asked.append(action)
        if not allowed.get(action, False):
            raise PermissionDenied(f"no right to {action}")

    service = ConfigurationService(storage, rights_check=rights, current_user=lambda: 7,
                                   after_values_changed=lambda oid, fields: converted.append((oid, fields)))
    thing = service.add_object("Thing", "Things")  # the objects part asks
    size = service.add_field(thing.id, FieldDef(0, "Size", "string"))  # the fields part asks
    service.change_field_type(thing.id, size.id, type="integer")  # ... and tells that stored values were converted
    assert converted == [(thing.id, {size.id})]
    assert asked == ["configure"] * 3
    allowed["configure"] = False
    with pytest.raises(PermissionDenied):
        service.save_list(ListDef(0, thing.id, "All things"))  # the views part asks the same hook
    assert service.may_change_list(None) is False
    mine = service.save_list(ListDef(0, thing.id, "Mine", shared=False, owner=7))  # the user's own view: read right
    assert mine.id and asked[-1] == "read"


def test_the_transitional_setters_change_the_shared_hooks(storage: Storage) -> None:
    service = ConfigurationService(storage)

    def refuse(action: str, object_id: int | None = None) -> None:
        raise PermissionDenied("read only")

    service.rights_check = refuse
    with pytest.raises(PermissionDenied):
        service.add_object("Thing", "Things")
    service.rights_check = None
    assert service.add_object("Thing", "Things").name == "Thing"
