"""Run a command while a folder is read-only, the way a locked USB stick or a CD is (for the editions' tests)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path
from typing import Any

import pytest


def run_on_read_only(folder: Path, command: list[str], **kw: Any) -> subprocess.CompletedProcess[str]:
    """As root (permissions do not stop root): a private read-only bind mount; else the write bits removed."""
    kw.setdefault("timeout", 180)
    if os.geteuid() == 0:
        probe = subprocess.run(["unshare", "-m", "sh", "-c", "mount --bind / /mnt"], capture_output=True)
        if probe.returncode != 0:
            pytest.skip("cannot make a read-only mount here (no unshare -m)")
        mount = f'mount --bind "{folder}" "{folder}" && mount -o remount,bind,ro "{folder}" && exec "$@"'
        return subprocess.run(["unshare", "-m", "sh", "-c", mount, "sh", *command], capture_output=True, text=True, **kw)
    changed = [folder, *folder.rglob("*")]
    modes = {p: p.stat().st_mode for p in changed}
    for p in changed:
        os.chmod(p, modes[p] & ~0o222)
    try:
        return subprocess.run(command, capture_output=True, text=True, **kw)
    finally:
        for p in reversed(changed):
            os.chmod(p, modes[p])
