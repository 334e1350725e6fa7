"""The built portable bundle (installer/build.sh) on a fresh host: copied to a new folder, started with an empty
home and no network, it opens its database in data/ and writes nothing outside its folder; a read-only copy
says so. SUPASOFT_BUNDLE=<a built supasoft-portable folder> reuses a build while iterating."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.read_only import run_on_read_only
from tests.installer.portable_run import REPO, bundle_size, expect_clean_start, files_under, start

SIZE_GOAL = 200 * 1024 * 1024


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    reuse = os.environ.get("SUPASOFT_BUNDLE")
    if reuse:
        yield Path(reuse)
        return
    if shutil.which("objdump") is None:
        pytest.skip("PyInstaller needs objdump (binutils)")
    out = tmp_path_factory.mktemp("dist")
    result = subprocess.run(["bash", str(REPO / "installer" / "build.sh"), "--out", str(out)], capture_output=True,
                            text=True, timeout=3600)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    yield out / "supasoft-portable"


def fresh_copy(built: Path, where: Path) -> Path:
    program = where / "stick" / "supasoft"
    shutil.copytree(built, program, symlinks=True)
    for leftover in ("data", "logs", "settings", "profile"):  # a reused build may have been started
        shutil.rmtree(program / leftover, ignore_errors=True)
    return program


def test_bundle_starts_on_a_fresh_host_and_keeps_everything_in_its_folder(built: Path, tmp_path: Path,
                                                                          record_property) -> None:
    program = fresh_copy(built, tmp_path)
    size = bundle_size(program)
    before = files_under(program)
    first = start([str(program / "supasoft"), "--selftest"], tmp_path / "host")
    expect_clean_start(first, program, tmp_path / "host", before)
    again = start([str(program / "supasoft"), "--selftest"], tmp_path / "host")  # the database exists now
    expect_clean_start(again, program, tmp_path / "host", before)
    record_property("bundle_mb", round(size / 1024 / 1024, 1))
    record_property("first_start_s", first.first_window)
    record_property("later_start_s", again.first_window)
    print(f"\nbundle {size / 1024 / 1024:.1f} MB; first window after {first.first_window:.2f} s (first start, "
          f"creating the database), {again.first_window:.2f} s (later starts)")
    assert size < SIZE_GOAL


def test_bundle_started_from_a_read_only_copy_says_so(built: Path, tmp_path: Path) -> None:
    program = fresh_copy(built, tmp_path)
    assert start([str(program / "supasoft"), "--selftest"], tmp_path / "host").result.returncode == 0
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path / "host" / "home"), "LANG": "C.UTF-8",
           "QT_QPA_PLATFORM": "offscreen"}
    result = run_on_read_only(program, [str(program / "supasoft"), "--selftest"], env=env)
    assert result.returncode == 1
    assert "cannot be written: its folder or drive is read-only" in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
