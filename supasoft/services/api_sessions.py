"""The API server's sessions: one per token user, opened on the server's database and working as that user.

Each user's session is the ordinary session the desktop client uses (open_session, then work_as), so every API
call passes the same rights checkpoint; the services are not made for two threads at once, so each session is
used under its own lock. Sessions are opened on first use and kept until the server stops.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from supasoft.services.api_tokens import FREE_USER, ApiToken
from supasoft.services.record_model import Actor
from supasoft.services.session import Session, open_session

RIGHTS_RECHECK = 5.0  # seconds: an admin's change of a user's rights reaches the API within this time


class ApiSessions:
    """Per-user sessions over one database (its URL, credentials included for a server)."""

    def __init__(self, url: str, opener: Callable[..., Session] = open_session):
        self.url = url
        self.opener = opener
        self._sessions: dict[int, tuple[Session, threading.Lock]] = {}
        self._read_at: dict[int, float] = {}
        self._guard = threading.Lock()

    def _entry(self, token: ApiToken) -> tuple[Session, threading.Lock]:
        with self._guard:
            found = self._sessions.get(token.user_id)
            if found is None:
                session = self.opener(self.url, create=False, actor=Actor(None, token.login or "api"))
                if token.user_id != FREE_USER:
                    session.work_as(token.user_id, token.login)
                found = (session, threading.Lock())
                self._sessions[token.user_id] = found
            return found

    @contextmanager
    def of(self, token: ApiToken) -> Iterator[Session]:
        """The token user's session, for one call at a time; rights re-read when an admin changed them."""
        session, lock = self._entry(token)
        with lock:
            moment = time.monotonic()
            if moment - self._read_at.get(token.user_id, moment) > RIGHTS_RECHECK:
                session.reload_rights()
                self._read_at[token.user_id] = moment
            self._read_at.setdefault(token.user_id, moment)
            yield session

    def reload_rights(self) -> None:
        """Every session re-reads its user's rights (the server does it now and then)."""
        with self._guard:
            entries = list(self._sessions.values())
        for session, lock in entries:
            with lock:
                session.reload_rights()

    def close(self) -> None:
        with self._guard:
            entries = list(self._sessions.values())
            self._sessions.clear()
        for session, lock in entries:
            with lock:
                session.close()
