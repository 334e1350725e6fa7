"""The API server as the desktop app runs it (Settings → API server): started and stopped on request, off by default.

The shell's dialog talks to this object only (the shell cannot import the API: layers); app.py hands it over.
"""

from __future__ import annotations

from typing import Any

from supasoft.api.server import LOCAL, BackgroundServer
from supasoft.services.api_tokens import ApiTokenService

LAN = "0.0.0.0"
DEFAULT_PORT = 8765


class ApiControl:
    """Start, stop and describe the app's API server; create tokens for the user working in the app."""

    def __init__(self, session: Any):
        self.session = session
        self.server: BackgroundServer | None = None

    @property
    def url(self) -> str | None:
        """Where the server answers while it runs, else None."""
        if self.server is None:
            return None
        host = LOCAL if self.server.host == LAN else self.server.host
        return f"http://{host}:{self.server.port}"

    @property
    def on_lan(self) -> bool:
        return self.server is not None and self.server.host == LAN

    def start(self, port: int = DEFAULT_PORT, *, lan: bool = False) -> str:
        """Listen on this computer only, or on every network address when `lan`; returns the URL."""
        self.stop()
        self.server = BackgroundServer(self.session, LAN if lan else LOCAL, port).start()
        return self.url or ""

    def stop(self) -> None:
        if self.server is not None:
            server, self.server = self.server, None
            server.stop()

    def create_token(self, name: str, *, can_write: bool) -> str:
        """A token for the app's current user (none in the free edition); its secret, shown once."""
        tokens = ApiTokenService(self.session.storage, self.session.actor)
        _, secret = tokens.create(self.session.actor.name if self.session.actor.user_id is not None else None, name,
                                  can_write=can_write)
        return secret
