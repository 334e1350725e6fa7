"""The one rights checkpoint every service calls (deny by default once users exist).

This first version serves the free single-user edition: with no users defined, the one local
user has every right. User/group/record/field rules plug in here (see the access-rights issue).
"""

from __future__ import annotations

from typing import Any

from supasoft.core.errors import PermissionDenied

ACTIONS = ("read", "create", "update", "delete", "export", "report", "document", "configure", "manage_access")


class AccessService:
    """Answers 'may the current user do this?' and adds row filters to queries."""

    def __init__(self, full_rights: bool = True):
        self.full_rights = full_rights

    def allowed(self, action: str, object_id: int | None = None) -> bool:
        if action not in ACTIONS:
            return False
        return self.full_rights

    def require(self, action: str, object_id: int | None = None) -> None:
        """Raise PermissionDenied unless the action is allowed."""
        if not self.allowed(action, object_id):
            raise PermissionDenied(f"You do not have the right to {action.replace('_', ' ')} here.")

    def field_visible(self, object_id: int, field_id: int) -> bool:
        """Whether the user may see a field (hidden fields never leave the services)."""
        return True

    def row_filter(self, object_id: int) -> Any:
        """An extra SQL condition limiting which rows the user sees (None = all)."""
        return None
