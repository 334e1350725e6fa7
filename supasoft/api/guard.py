"""What every request passes before the services: the token's rate limit, and the request log written in batches."""

from __future__ import annotations

import datetime as dt
import logging
import math
import threading
import time
from collections.abc import Callable

from supasoft.services.api_tokens import ApiRequest

log = logging.getLogger(__name__)


class RateLimiter:
    """A token bucket per API token: `per_minute` requests a minute on average, bursts up to `burst`."""

    def __init__(self, per_minute: int, burst: int | None = None, clock: Callable[[], float] = time.monotonic):
        self.rate = per_minute / 60.0
        self.burst = float(burst if burst is not None else max(1, per_minute))
        self.clock = clock
        self._buckets: dict[int, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def take(self, token_id: int) -> float:
        """0 when the request may go on; else the seconds to wait before the next one may (Retry-After)."""
        with self._lock:
            moment = self.clock()
            level, at = self._buckets.get(token_id, (self.burst, moment))
            level = min(self.burst, level + (moment - at) * self.rate)
            if level >= 1.0:
                self._buckets[token_id] = (level - 1.0, moment)
                return 0.0
            self._buckets[token_id] = (level, moment)
            return (1.0 - level) / self.rate if self.rate > 0 else math.inf


class RequestLog:
    """Keeps requests in memory and writes them to the database every `every` seconds (and when stopped),
    so logging costs a request no write of its own; last-used times of tokens are written with them."""

    def __init__(self, write: Callable[[list[ApiRequest]], None], touch: Callable[[set[int], dt.datetime], None],
                 every: float = 1.0):
        self.write = write
        self.touch = touch
        self.every = every
        self._pending: list[ApiRequest] = []
        self._used: set[int] = set()
        self._lock = threading.Lock()
        self._flushing = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def add(self, request: ApiRequest) -> None:
        with self._lock:
            self._pending.append(request)
            if request.token_id is not None:
                self._used.add(request.token_id)

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="api-request-log", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(self.every):
            self.flush()

    def flush(self) -> None:
        """Write what is pending; when it returns, every request added before the call is in the database."""
        with self._flushing:  # a flush under way (the timer's) finishes first
            with self._lock:
                pending, self._pending = self._pending, []
                used, self._used = self._used, set()
            if not pending:
                return
            try:
                self.write(pending)
                if used:
                    self.touch(used, max(r.at for r in pending))
            except Exception:  # the log must never stop the server; the lines are lost, the admin sees it in the log file
                log.exception("the API request log could not be written")

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=10)
        self.flush()
