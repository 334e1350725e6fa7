"""A tool's output read line by line while it runs: gbak -v progress (tables done of total) and stopping it on Cancel.

gbak -v prints "writing data for table T_3" (backup) and "restoring data for table T_3" (restore) once per
table, so the tables done out of the tables the database has is an honest fraction of the work.
"""

from __future__ import annotations

import queue
import re
import subprocess
import threading
import time
from collections.abc import Callable, Sequence

#: (step key, done, total): "backup", "restore" (the test copy) or "replace" (the database itself).
Progress = Callable[[str, int, int], None]
#: True once the user asked to stop.
CancelCheck = Callable[[], bool]

POLL_S = 0.2  # how often a quiet tool is checked for Cancel and its timeout
_DATA_LINE = re.compile(r"\b(writing|restoring) data for table\b", re.IGNORECASE)
_ERROR_LINE = re.compile(r"\berror\b|unavailable|refused|failed|cannot|not found|unsuccessful|in use|exists",
                         re.IGNORECASE)


class ToolStopped(Exception):
    """The tool was stopped before it finished: reason is 'cancelled' or 'timeout'."""

    def __init__(self, reason: str, output: str):
        super().__init__(reason)
        self.reason = reason
        self.output = output


class TableCounter:
    """Turns gbak -v lines into (step, tables done, tables total) calls, one per table started and at the end."""

    def __init__(self, step: str, total: int, progress: Progress):
        self.step, self.total, self.progress = step, max(int(total), 0), progress
        self.started = 0
        progress(step, 0, self.total)

    def __call__(self, line: str) -> None:
        if _DATA_LINE.search(line):
            self.started += 1
            self.total = max(self.total, self.started)  # a table made since the count was read
            self.progress(self.step, self.started - 1, self.total)

    def finish(self) -> None:
        self.progress(self.step, self.total, self.total)


def stream(argv: Sequence[str], env: dict[str, str], *, timeout: float, on_line: Callable[[str], None] | None = None,
           cancelled: CancelCheck | None = None) -> tuple[int, str]:
    """Run argv, hand each output line to on_line; (returncode, output). ToolStopped on Cancel or timeout.

    A stopped tool is terminated (then killed) and waited for, so nothing of it runs on afterwards.
    """
    proc = subprocess.Popen(list(argv), env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT)
    lines: queue.Queue[bytes | None] = queue.Queue()

    def read() -> None:
        assert proc.stdout is not None
        for raw in iter(proc.stdout.readline, b""):
            lines.put(raw)
        lines.put(None)

    reader = threading.Thread(target=read, name="tool-output", daemon=True)
    reader.start()
    deadline = time.monotonic() + timeout
    output: list[str] = []
    try:
        while True:
            try:
                raw = lines.get(timeout=POLL_S)
            except queue.Empty:
                raw = b""
            if raw is None:
                break
            if raw:
                line = raw.decode("utf-8", "replace").rstrip("\r\n")
                output.append(line)
                if on_line is not None:
                    on_line(line)
            if cancelled is not None and cancelled():
                raise ToolStopped("cancelled", "\n".join(output))
            if time.monotonic() > deadline:
                raise ToolStopped("timeout", "\n".join(output))
        return proc.wait(), "\n".join(output)
    finally:
        _end(proc)
        reader.join(timeout=5)
        if proc.stdout is not None:
            proc.stdout.close()


def _end(proc: subprocess.Popen[bytes]) -> None:
    """Terminate a still running child (SIGTERM, then SIGKILL) and reap it."""
    if proc.poll() is not None:
        return
    proc.terminate()
    try:
        proc.wait(timeout=5)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=5)


def error_lines(output: str) -> str:
    """The lines of a verbose tool's output that say what went wrong (not its progress chatter)."""
    lines = [ln for ln in output.splitlines() if ln.strip()]
    found = [ln for ln in lines if _ERROR_LINE.search(ln)]
    return "\n".join(found or lines[-5:])
