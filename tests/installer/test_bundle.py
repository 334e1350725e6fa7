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


@pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="dpkg-deb is not installed")
def test_installed_package_keeps_each_users_data_in_their_home_and_starts_from_the_seed(built: Path,
                                                                                       tmp_path: Path) -> None:
    from supasoft.services.session import open_session
    from tests.installer.test_package import package

    bundle = fresh_copy(built, tmp_path / "b")
    (bundle / "client.ini").unlink()
    prepared = tmp_path / "prepared.db"
    admin = open_session(prepared)
    try:
        with admin.storage.begin() as conn:
            admin.storage.set_info(conn, "template", "lite")
            admin.storage.set_info(conn, "prepared", "by-admin")
    finally:
        admin.close()
    staff = tmp_path / "staff.ini"
    staff.write_text("[Interface]\nShowConfigurator=0\n", encoding="utf-8")
    deb = package.assemble_deb(bundle, tmp_path / "debs", staff, prepared)
    root = tmp_path / "installed"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    before = files_under(root)
    run = start([str(root / "opt" / "supasoft" / "supasoft"), "--selftest"], tmp_path / "host")
    assert run.result.returncode == 0, run.result.stdout + run.result.stderr
    assert files_under(root) == before  # the installed folder is only read
    database = tmp_path / "host" / "home" / ".local" / "share" / "Supasoft" / "supasoft.db"
    copy = open_session(database, create=False)
    try:
        assert copy.storage.get_info("prepared") == "by-admin"  # each user's first database is the admin's seed
    finally:
        copy.close()
    assert list((tmp_path / "host" / "home" / ".local" / "state" / "Supasoft" / "log").glob("supasoft.log"))


NO_FONTS = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><cachedir>{cache}</cachedir></fontconfig>
"""


def test_bundle_draws_text_on_a_host_without_fonts(built: Path, tmp_path: Path) -> None:
    program = fresh_copy(built, tmp_path)
    conf = tmp_path / "fonts.conf"  # fontconfig that knows no font folder: a host without fonts
    conf.write_text(NO_FONTS.format(cache=tmp_path / "fc-cache"), encoding="utf-8")
    run = start([str(program / "supasoft"), "--selftest", "--screenshot", str(tmp_path / "window.png")],
                tmp_path / "host", extra_env={"FONTCONFIG_FILE": str(conf)})
    assert run.result.returncode == 0, run.result.stdout + run.result.stderr
    assert "font DejaVu Sans" in run.result.stdout  # the shipped font, not '' (letters drawn as boxes)
    assert (tmp_path / "window.png").stat().st_size > 10_000
