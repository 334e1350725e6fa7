"""Per-user window state (geometry, open tabs, column widths) kept in QSettings, keyed by database and user."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

ORGANISATION = "Supasoft"
APPLICATION = "Supasoft"


def keep_settings_in(folder: Path) -> None:
    """The portable edition keeps window state in its own folder, not in the user's home (or the registry)."""
    for kind in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):  # Native: Qt's own (file dialogs)
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(kind, scope, str(folder))


def qsettings() -> QSettings:
    """The user's settings file (an ini file everywhere, so tests can point it at a folder)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION)


class UserPrefs:
    """One user's remembered state for one database; values are JSON text or raw bytes."""

    def __init__(self, database: str, user: str):
        digest = hashlib.sha1(f"{database}\n{user}".encode()).hexdigest()[:16]
        self.group = f"state/{digest}"
        self.database = database
        self.user = user

    def _key(self, name: str) -> str:
        return f"{self.group}/{name}"

    def get_json(self, name: str, default: Any = None) -> Any:
        raw = qsettings().value(self._key(name))
        if not isinstance(raw, str):
            return default
        try:
            return json.loads(raw)
        except ValueError:
            return default

    def set_json(self, name: str, value: Any) -> None:
        s = qsettings()
        s.setValue(self._key(name), json.dumps(value))
        s.sync()

    def get_bytes(self, name: str) -> QByteArray | None:
        raw = qsettings().value(self._key(name))
        return raw if isinstance(raw, QByteArray) and not raw.isEmpty() else None

    def set_bytes(self, name: str, value: QByteArray) -> None:
        s = qsettings()
        s.setValue(self._key(name), value)
        s.sync()

    # --- table columns --------------------------------------------------------------------------
    def columns_key(self, object_id: int, list_id: int | None) -> str:
        return f"columns_{object_id}_{list_id or 0}"

    def column_state(self, object_id: int, list_id: int | None) -> dict[str, Any]:
        value = self.get_json(self.columns_key(object_id, list_id), {})
        return value if isinstance(value, dict) else {}

    def set_column_state(self, object_id: int, list_id: int | None, state: dict[str, Any]) -> None:
        self.set_json(self.columns_key(object_id, list_id), state)
