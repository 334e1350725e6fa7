"""Start the program (from the sources or a built bundle) the way a fresh host would: an empty home folder,
no network, an empty working folder; and list what it wrote where."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PORTABLE_INI = "[Program]\nPortable=1\n"


def no_network_prefix() -> tuple[list[str], dict[str, str]]:
    """`unshare -n` (a network namespace with nothing in it; `-rn` as a plain user) when allowed, else proxies
    that lead nowhere."""
    for prefix in (["unshare", "-n"], ["unshare", "-rn"]):
        if shutil.which("unshare") and subprocess.run([*prefix, "true"], capture_output=True).returncode == 0:
            return prefix, {}
    nowhere = "http://127.0.0.1:9"
    return [], {"http_proxy": nowhere, "https_proxy": nowhere, "HTTP_PROXY": nowhere, "HTTPS_PROXY": nowhere,
                "no_proxy": "", "NO_PROXY": ""}


@dataclass
class Run:
    result: subprocess.CompletedProcess[str]
    first_window: float | None  # seconds from spawning the process to "first window shown"


def start(command: list[str], root: Path, *, extra_env: dict[str, str] | None = None) -> Run:
    """Run command with HOME, the working folder and TMPDIR as fresh folders under root."""
    for name in ("home", "cwd", "tmp"):
        (root / name).mkdir(parents=True, exist_ok=True)
    prefix, env_extra = no_network_prefix()
    env = {"PATH": "/usr/bin:/bin", "HOME": str(root / "home"), "TMPDIR": str(root / "tmp"), "LANG": "C.UTF-8",
           "QT_QPA_PLATFORM": "offscreen", **env_extra, **(extra_env or {})}
    began = time.perf_counter()
    process = subprocess.Popen([*prefix, *command], cwd=root / "cwd", env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    first = None
    assert process.stdout is not None and process.stderr is not None
    out_lines = []
    for line in process.stdout:
        out_lines.append(line)
        if first is None and "first window shown" in line:
            first = time.perf_counter() - began
    err = process.stderr.read()
    code = process.wait(timeout=300)
    return Run(subprocess.CompletedProcess(command, code, "".join(out_lines), err), first)


def source_command(folder: Path) -> list[str]:
    """The program from the sources, reading client.ini in folder (as the bundle reads the one beside it)."""
    return [sys.executable, "-c", f"import sys; sys.path.insert(0, {str(REPO)!r}); from supasoft.app import main; "
            f"sys.exit(main(['--config', {str(folder / 'client.ini')!r}, '--selftest']))"]


def files_under(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


def written_outside(root: Path) -> list[str]:
    """What the program left in the fresh home and working folders (it may use TMPDIR)."""
    return sorted(str(p) for name in ("home", "cwd") for p in (root / name).rglob("*"))


def bundle_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def expect_clean_start(run: Run, program: Path, root: Path, before: set[str]) -> None:
    """Selftest passed, nothing outside, and everything new is in the program folder's own places."""
    assert run.result.returncode == 0, run.result.stdout + run.result.stderr
    assert "Traceback" not in run.result.stderr
    assert written_outside(root) == []
    new = files_under(program) - before
    assert all(p.split(os.sep)[0] in ("data", "logs", "settings") for p in new), sorted(new)
    assert (program / "data" / "supasoft.db").is_file()
    assert list((program / "data" / "backups").glob("exit-*.db")), "no backup on exit"
