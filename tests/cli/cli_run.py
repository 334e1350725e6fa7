"""Running supasoft-admin in tests: in-process (fast, exact exit code and streams) or as a real process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def admin(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """main() in this process: an exception escaping it fails the test, so exit 1 means a handled error."""
    from supasoft.cli import main

    capsys.readouterr()
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def admin_process(*argv: str, cwd: Path | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """A real `python -m supasoft.cli` with no terminal on stdin (as in scripts and cron)."""
    return subprocess.run([sys.executable, "-m", "supasoft.cli", *argv], capture_output=True, text=True, cwd=cwd or REPO,
                          stdin=subprocess.DEVNULL, timeout=120, env={**os.environ, **(env or {})})


def assert_refused(code: int, err: str, message: str) -> None:
    """Exit code 1, the message on stderr, one line, no traceback."""
    assert code == 1, err
    assert message in err, err
    assert "Traceback" not in err and err.count("\n") <= 1, err
