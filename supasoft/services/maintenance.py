"""Maintenance mode (networked edition): an admin asks every other client to let go of the database.

The state lives in sys_info (JSON) so every client reads the same thing, and beginning or ending it
is announced to the other clients through storage.ops (on Firebird the event 'sp_maintenance', heard by
ChangeFeed.on_maintenance), delivered when the change commits. Other clients then close their cards and tables and release their attachments, so structure
changes that need a table nobody has open (or a rebuild that needs nobody attached) can run.
On SQLite (one user) the state is stored too, but nobody else is there to hear it.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import dataclass
from typing import Any, Protocol

from supasoft.core.messages import Message, listing
from supasoft.services.access import AccessService
from supasoft.services.record_model import Actor
from supasoft.storage.store import Storage, now

MAINTENANCE_INFO = "maintenance"  # sys_info row holding the JSON state ("" = off)


@dataclass(frozen=True)
class MaintenanceState:
    """Whether maintenance mode is on, who started it, why and since when."""

    active: bool
    by: str = ""  # Supasoft login (or server account) of the admin who started it
    message: str = ""  # what the admin typed ("Adding fields to Deal, back in 10 minutes")
    since: dt.datetime | None = None
    client: str = ""  # Session.client_id of the session that started it (that window gets no banner)


@dataclass(frozen=True)
class ConnectedClient:
    """One attachment to the database as the server sees it (MON$ATTACHMENTS)."""

    account: str  # server account (MON$USER)
    host: str  # remote host ("" = local)
    process: str  # remote process path/name
    pid: int | None
    since: dt.datetime | None
    this_process: bool  # an attachment of the calling process (same pid and host)
    attachment_id: int | None = None  # MON$ATTACHMENT_ID (what an admin would disconnect)

    def describe(self) -> Message:
        """'ANNA from 192.168.1.7, supasoft (pid 412), since 09:12' - what an admin needs to find them (translatable)."""
        who = (Message("{account} from {host}", account=self.account, host=self.host) if self.host
               else Message("{account} (on the server)", account=self.account))
        running: str = ""
        program = _program_name(self.process)
        if program or self.pid is not None:
            name = program or Message("program")
            running = (Message(", {program} (pid {pid})", program=name, pid=self.pid) if self.pid is not None
                       else Message(", {program}", program=name))
        since = Message(", since {time}", time=clock(self.since)) if self.since is not None else ""
        return Message("{who}{running}{since}", who=who, running=running, since=since)


def clock(moment: dt.datetime) -> str:
    """09:12 for today, else 2024-05-03 09:12."""
    return moment.strftime("%H:%M") if moment.date() == dt.date.today() else moment.strftime("%Y-%m-%d %H:%M")


def _program_name(process: str) -> str:
    name = process.replace("\\", "/").rsplit("/", 1)[-1]
    return name[:-4] if name.lower().endswith(".exe") else name


class SessionParts(Protocol):
    """What maintenance needs of a session (services.session.Session has it): no import of the session module."""

    storage: Storage
    access: AccessService
    actor: Actor
    client_id: str


class MaintenanceService:
    """Begins and ends maintenance mode and tells an admin who is still connected."""

    def __init__(self, session: SessionParts) -> None:
        self.session = session

    @property
    def storage(self) -> Storage:
        return self.session.storage

    # --- the state ------------------------------------------------------------------------------
    def state(self) -> MaintenanceState:
        """Read fresh from the database every call."""
        return parse_state(self.storage.get_info(MAINTENANCE_INFO))

    def begin(self, message: str = "") -> MaintenanceState:
        """Switch maintenance mode on (the 'configure' right is required) and tell the other clients."""
        self.session.access.require("configure")
        state = MaintenanceState(True, self._who(), message.strip(), now().replace(microsecond=0), self.session.client_id)
        self._store(json.dumps({"by": state.by, "message": state.message, "since": state.since.isoformat(),
                                "client": state.client}, ensure_ascii=False))
        return state

    def end(self) -> None:
        """Switch maintenance mode off and tell the other clients (they reconnect by themselves)."""
        self.session.access.require("configure")
        self._store("")

    def started_here(self, state: MaintenanceState | None = None) -> bool:
        """True when this session began the (current) maintenance: its window gets no banner."""
        state = state if state is not None else self.state()
        return state.active and state.client == self.session.client_id

    def _store(self, value: str) -> None:
        with self.storage.begin() as conn:
            self.storage.set_info(conn, MAINTENANCE_INFO, value)
            self.storage.ops.announce_maintenance(conn)  # delivered at commit; nobody to tell on SQLite

    def _who(self) -> str:
        actor = self.session.actor
        if actor.user_id is not None and actor.name:
            return actor.name
        return self.storage.ops.account_name() or actor.name or "User"

    # --- who is connected ------------------------------------------------------------------------
    def connected_clients(self) -> list[ConnectedClient]:
        """Every user attachment (Firebird), this process's own included; [] on SQLite (one user)."""
        return connected_clients(self.storage)

    def others_connected(self) -> list[ConnectedClient]:
        return [c for c in self.connected_clients() if not c.this_process]


def parse_state(raw: str | None) -> MaintenanceState:
    """The stored JSON -> a state; anything empty or unreadable means off."""
    if not raw:
        return MaintenanceState(False)
    try:
        data: Any = json.loads(raw)
        since = dt.datetime.fromisoformat(data["since"]) if data.get("since") else None
        return MaintenanceState(True, str(data.get("by", "")), str(data.get("message", "")), since,
                                str(data.get("client", "")))
    except (ValueError, TypeError, AttributeError, KeyError):
        return MaintenanceState(False)


def connected_clients(storage: Storage) -> list[ConnectedClient]:
    """The server's attachments as ConnectedClient rows; administrators see everyone, others only themselves."""
    if not storage.ops.networked:
        return []
    with storage.connect() as conn:
        rows = storage.ops.connected_users(conn)
    own_host = next((r["remote_host"] for r in rows if r["is_current"]), "")
    pid = os.getpid()
    return [
        ConnectedClient(
            account=r["user"], host=r["remote_host"], process=r["process"],
            pid=int(r["pid"]) if r["pid"] is not None else None, since=r["attached_since"],
            this_process=bool(r["is_current"]) or (r["pid"] == pid and r["remote_host"] == own_host),
            attachment_id=r["attachment_id"],
        )
        for r in rows
    ]


def describe_clients(clients: list[ConnectedClient]) -> Message:
    """'ANNA from 192.168.1.7, since 09:12; BOB ...' for error messages (each part translatable)."""
    return listing([c.describe() for c in clients])
