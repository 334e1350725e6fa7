"""Running the API with uvicorn: in the foreground (`supasoft-admin serve`) or in a background thread (the app)."""

from __future__ import annotations

import threading
import time
from typing import Any

import uvicorn

from supasoft.api.app import create_app
from supasoft.core.errors import SupasoftError
from supasoft.core.messages import Message

LOCAL = "127.0.0.1"


def serve(session: Any, host: str = LOCAL, port: int = 8765, **options: Any) -> None:
    """Answer requests until interrupted (Ctrl+C)."""
    uvicorn.run(create_app(session, **options), host=host, port=port, log_level="warning", access_log=False)


class BackgroundServer:
    """The API in a daemon thread: started, waited for until it listens, stopped on request."""

    def __init__(self, session: Any, host: str = LOCAL, port: int = 0, **options: Any):
        self.app = create_app(session, **options)
        self.server = uvicorn.Server(uvicorn.Config(self.app, host=host, port=port, log_level="warning", access_log=False))
        self.thread = threading.Thread(target=self._run, name="api-server", daemon=True)
        self.host = host
        self.failure: BaseException | None = None

    def _run(self) -> None:
        try:
            self.server.run()
        except BaseException as exc:  # noqa: BLE001 - a port in use ends the thread; start() says so
            self.failure = exc

    @property
    def port(self) -> int:
        """The port it listens on (the one the system chose for port 0)."""
        return self.server.servers[0].sockets[0].getsockname()[1]

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def start(self, timeout: float = 15.0) -> BackgroundServer:
        self.thread.start()
        deadline = time.monotonic() + timeout
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise SupasoftError(Message("The API server could not start on {host} (is the port in use?)", host=self.host))
            time.sleep(0.02)
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=15)
