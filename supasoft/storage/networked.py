"""The networked edition's server side, as the services see it: one door to storage/firebird.

Server tools (gbak, gfix, create and drop database), server accounts, the rebuild, change events and the
table-format limit. Services import this module, never supasoft.storage.firebird itself, so the engine's
package stays an implementation detail of storage.
"""

from __future__ import annotations

from supasoft.storage.firebird import accounts
from supasoft.storage.firebird.ddl_rules import FIREBIRD_MAX_TABLE_FORMATS
from supasoft.storage.firebird.event_triggers import (
    MAINTENANCE_EVENT,
    STRUCTURE_EVENT,
    ensure_change_triggers,
)
from supasoft.storage.firebird.events import ChangeListener
from supasoft.storage.firebird.rebuild import RebuildResult, rebuild
from supasoft.storage.firebird.server_tools import (
    TOOL_TIMEOUT,
    BackupResult,
    CancelCheck,
    Progress,
    ServerTarget,
    ServerToolError,
    ValidationResult,
    backup,
    check_connect,
    connected_users,
    create_database,
    describe_user,
    drop_database,
    open_engine,
    restore,
    validate,
)
from supasoft.storage.firebird.server_tools import _error_from_exception as tool_error
from supasoft.storage.store import Storage

AccountError = accounts.AccountError

__all__ = [
    "FIREBIRD_MAX_TABLE_FORMATS", "MAINTENANCE_EVENT", "STRUCTURE_EVENT", "TOOL_TIMEOUT",
    "AccountError", "BackupResult", "CancelCheck", "ChangeListener", "Progress", "RebuildResult", "ServerTarget",
    "ServerToolError", "ValidationResult",
    "accounts", "backup", "changed_event_object", "check_connect", "connected_users", "create_database",
    "describe_user", "drop_database", "finish_copied_database", "open_engine", "rebuild", "restore", "tool_error",
    "validate",
]


def changed_event_object(name: str) -> int | None:
    """The object id of an 'sp_changed_<id>' event, None for any other event."""
    prefix = "sp_changed_"
    return int(name[len(prefix):]) if name.startswith(prefix) and name[len(prefix):].isdigit() else None


def finish_copied_database(storage: Storage, object_ids: list[int]) -> None:
    """After rows were copied in: change events for every object table and the staff role's grants."""
    with storage.connect() as conn:
        ensure_change_triggers(conn, object_ids)
    with storage.begin() as conn:
        accounts.refresh_staff_grants(conn)
