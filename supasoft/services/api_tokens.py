"""API tokens: created per user and shown once, stored as a SHA-256 hash, with an expiry, a scope and chosen objects.

A token is `sst_` + 8 hex characters (the prefix kept in clear to find the row and tell tokens apart) + a 43
character random secret (256 bits): a plain SHA-256 of such a secret cannot be guessed back, and it is fast
enough to check on every request (argon2 would cost ~90 ms a call). Managing tokens and reading the request
log needs the `manage_access` right (in the free edition the single user has it). A token of the free edition
(no users yet) has user id 0 and stops working once the database has users.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import secrets
import time
from dataclasses import dataclass

from supasoft.core.errors import NotFound, PermissionDenied, SupasoftError
from supasoft.core.messages import Message
from supasoft.services.record_model import Actor
from supasoft.services.user_rights import acting_manager
from supasoft.storage import api_token_store as store
from supasoft.storage import catalog_repository as accounts
from supasoft.storage.connection import Connection
from supasoft.storage.errors import ConcurrentUpdateError
from supasoft.storage.store import Storage, now

TOKEN_START = "sst_"
PREFIX_LENGTH = len(TOKEN_START) + 8
FREE_USER = 0  # the token's user in a database without users
REVOKE_TRIES = 5
KEEP_LOG = dt.timedelta(days=90)  # requests stay in the log this long
PRUNE_LOG_EVERY = dt.timedelta(hours=1)


class TokenRefused(SupasoftError):
    """A request's token is missing, unknown, revoked, expired, or its user can no longer work."""


@dataclass(frozen=True)
class ApiToken:
    """A token as the admin and the server see it (never its secret)."""

    id: int
    user_id: int
    login: str
    name: str
    prefix: str
    can_write: bool
    objects: tuple[int, ...] | None  # None = every object the user may use
    expires_at: dt.datetime | None
    created_at: dt.datetime
    last_used_at: dt.datetime | None
    revoked: bool

    def covers(self, object_id: int) -> bool:
        """Whether the token's scope includes the object."""
        return self.objects is None or object_id in self.objects

    def expired(self, at: dt.datetime) -> bool:
        return self.expires_at is not None and self.expires_at <= at


@dataclass(frozen=True)
class ApiRequest:
    """One request for the log."""

    at: dt.datetime
    token_id: int | None
    user_id: int | None
    method: str
    path: str
    status: int
    duration_ms: int


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


class ApiTokenService:
    """Creates, lists and revokes tokens (admins), checks a request's token (the server), keeps the request log."""

    def __init__(self, storage: Storage, actor: Actor):
        self.storage = storage
        self.actor = actor
        self._log_pruned: dt.datetime | None = None

    # --- managing tokens (manage_access) -----------------------------------------------------------------
    def create(self, login: str | None, name: str, *, can_write: bool = False, objects: list[int] | None = None,
               expires_at: dt.datetime | None = None) -> tuple[ApiToken, str]:
        """A new token for the user `login` (None in the free edition); returns it and its secret, shown only once."""
        name = name.strip()
        if not name:
            raise SupasoftError(Message("A token needs a name"))
        secret = TOKEN_START + secrets.token_hex(4) + secrets.token_urlsafe(32)
        with self.storage.begin() as conn:
            acting_manager(conn, self.actor.user_id)
            user_id = self._user_of(conn, login)
            token_id = store.insert_token(
                conn, user_id=user_id, name=name[:200], prefix=secret[:PREFIX_LENGTH], token_hash=token_hash(secret),
                can_write=can_write, objects=None if objects is None else json.dumps(sorted(set(objects))),
                expires_at=expires_at, created_at=now())
        return self._find(token_id), secret

    def _user_of(self, conn: Connection, login: str | None) -> int:
        if not accounts.has_users(conn):
            if login:
                raise NotFound(Message("No user {login!r}", login=login))
            return FREE_USER
        if not login:
            raise SupasoftError(Message("This database has users: name the user the token acts for"))
        found = accounts.user_id_by_login(conn, login.strip())
        if found is None:
            raise NotFound(Message("No user {login!r}", login=login))
        return found

    def tokens(self) -> list[ApiToken]:
        """Every token (without secrets), oldest first."""
        with self.storage.connect() as conn:
            acting_manager(conn, self.actor.user_id)
            return [self._of(t, self._login(conn, t.user_id)) for t in store.tokens(conn)]

    def _find(self, token_id: int) -> ApiToken:
        found = next((t for t in self.tokens() if t.id == token_id), None)
        if found is None:
            raise NotFound(Message("No API token #{id}", id=token_id))
        return found

    def revoke(self, token_id: int) -> None:
        """The token stops working at once (tried again if the server is just noting the token's last use)."""
        for attempt in range(REVOKE_TRIES):
            try:
                with self.storage.begin() as conn:
                    acting_manager(conn, self.actor.user_id)
                    if not store.revoke_token(conn, token_id):
                        raise NotFound(Message("No API token #{id}", id=token_id))
                return
            except ConcurrentUpdateError:
                if attempt == REVOKE_TRIES - 1:
                    raise
                time.sleep(0.1 * (attempt + 1))

    @staticmethod
    def _login(conn: Connection, user_id: int) -> str:
        found = accounts.login_of(conn, user_id) if user_id != FREE_USER else None
        return found[0] if found else ""

    @staticmethod
    def _of(t: store.StoredToken, login: str) -> ApiToken:
        objects = None if t.objects is None else tuple(int(o) for o in json.loads(t.objects))
        return ApiToken(t.id, t.user_id, login, t.name, t.prefix, t.can_write, objects,
                        t.expires_at, t.created_at, t.last_used_at, t.revoked)

    # --- the server ----------------------------------------------------------------------------------------
    def authenticate(self, secret: str) -> ApiToken:
        """The token a request carries, if it may work now; TokenRefused otherwise (one message for every cause)."""
        refused = TokenRefused(Message("The API token is not valid (unknown, revoked or expired)"))
        if not secret.startswith(TOKEN_START) or len(secret) < PREFIX_LENGTH + 20:
            raise refused
        wanted = token_hash(secret)
        at = now()
        with self.storage.connect() as conn:
            for stored in store.tokens_with_prefix(conn, secret[:PREFIX_LENGTH]):
                if not hmac.compare_digest(stored.token_hash, wanted):
                    continue
                if stored.revoked or (stored.expires_at is not None and stored.expires_at <= at):
                    raise refused
                found = accounts.login_of(conn, stored.user_id) if stored.user_id != FREE_USER else None
                works = found is not None and found[1] if stored.user_id != FREE_USER else not accounts.has_users(conn)
                if not works:
                    raise refused
                return self._of(stored, found[0] if found else "")
        raise refused

    def mark_used(self, token_ids: set[int], at: dt.datetime) -> None:
        """Remember when tokens were last used (the server calls it now and then, not on every request)."""
        try:
            with self.storage.begin() as conn:
                for token_id in token_ids:
                    store.touch_token(conn, token_id, at)
        except ConcurrentUpdateError:
            pass  # an admin is revoking one of them right now: the last use is noted at the next batch

    def record(self, requests: list[ApiRequest]) -> None:
        """Append requests to the log (the server writes them in batches); once an hour, requests older than
        KEEP_LOG are forgotten, so the log does not grow for ever."""
        at = now()
        prune = self._log_pruned is None or at - self._log_pruned >= PRUNE_LOG_EVERY
        with self.storage.begin() as conn:
            store.insert_log(conn, [store.LogRow(r.at, r.token_id, r.user_id, r.method, r.path, r.status, r.duration_ms)
                                    for r in requests])
            if prune:
                store.forget_log_before(conn, at - KEEP_LOG)
        if prune:
            self._log_pruned = at

    def log(self, limit: int = 100, token_id: int | None = None) -> list[ApiRequest]:
        """The newest requests first (manage_access)."""
        with self.storage.connect() as conn:
            acting_manager(conn, self.actor.user_id)
            return [ApiRequest(r.at, r.token_id, r.user_id, r.method, r.path, r.status, r.duration_ms)
                    for r in store.log_rows(conn, limit, token_id)]


def refuse_write(token: ApiToken) -> None:
    """A read-only token may not change anything."""
    if not token.can_write:
        raise PermissionDenied(Message("This API token may only read"))
