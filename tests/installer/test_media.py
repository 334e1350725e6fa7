"""Where a SQLite file may be opened: not on a network share, not read-only, not by two running copies."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from supasoft.core.errors import DatabaseOpenError
from supasoft.services.session import open_session
from supasoft.storage.sqlite import media
from tests.helpers.read_only import run_on_read_only

MOUNTINFO = textwrap.dedent("""\
    22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw
    30 22 0:40 / /mnt/office rw,relatime shared:9 - nfs4 fileserver:/export/office rw,vers=4.2
    31 22 0:41 / /media/share rw,relatime shared:10 - cifs //nas/crm rw,vers=3.0
    32 30 8:17 / /mnt/office/usb rw,relatime shared:11 - vfat /dev/sdb1 rw
    33 22 0:42 / /home/ann/remote\\040box rw - fuse.sshfs ann@box:/srv rw
    """)


def test_network_shares_are_recognised_and_local_disks_are_not() -> None:
    assert media.network_share("/mnt/office/crm.db", mountinfo=MOUNTINFO, windows=False) == "nfs4 fileserver:/export/office"
    assert media.network_share("/media/share/a/b.db", mountinfo=MOUNTINFO, windows=False) == "cifs //nas/crm"
    assert media.network_share("/home/ann/remote box/crm.db", mountinfo=MOUNTINFO, windows=False) == "fuse.sshfs ann@box:/srv"
    assert media.network_share("/home/ann/crm.db", mountinfo=MOUNTINFO, windows=False) is None
    assert media.network_share("/mnt/office/usb/crm.db", mountinfo=MOUNTINFO, windows=False) is None  # a stick mounted below


def test_windows_unc_paths_are_network_shares() -> None:
    assert media.network_share(r"\\nas\crm\data\supasoft.db", mountinfo="", windows=True) == r"\\nas\crm"
    assert media.network_share(r"\\?\UNC\nas\crm\supasoft.db", mountinfo="", windows=True) == r"\\nas"
    assert media.network_share(r"E:\Supasoft\data\supasoft.db", mountinfo="", windows=True) is None


def test_this_machines_temporary_folder_is_local(tmp_path: Path) -> None:
    assert media.network_share(tmp_path / "crm.db") is None


def test_opening_a_database_on_a_share_is_refused_before_anything_is_written(tmp_path: Path, monkeypatch) -> None:
    table = [("/", "ext4", "/dev/sda1"), (str(tmp_path), "cifs", "//nas/crm")]
    monkeypatch.setattr(media, "mount_table", lambda text=None: table)
    with pytest.raises(DatabaseOpenError) as caught:
        open_session(tmp_path / "data" / "crm.db")
    assert "network share (cifs //nas/crm)" in str(caught.value)
    assert list(tmp_path.iterdir()) == []


OTHER_COPY = """
import sys
from supasoft.core.errors import DatabaseOpenError
from supasoft.services.session import open_session
try:
    session = open_session(sys.argv[1], exclusive=True)
except DatabaseOpenError as exc:
    print(exc)
    sys.exit(3)
print("opened", flush=True)
if len(sys.argv) > 2:
    sys.stdin.readline()  # hold the database until the parent says so (or kills us)
session.close()
"""


def other_copy(db: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", OTHER_COPY, str(db)], capture_output=True, text=True, timeout=120)


def test_a_second_running_copy_is_refused_by_name_and_admitted_after_close(tmp_path: Path) -> None:
    db = tmp_path / "crm.db"
    session = open_session(db, exclusive=True)
    try:
        assert (tmp_path / "crm.db.lock").exists()
        refused = other_copy(db)
        assert refused.returncode == 3, refused.stderr
        assert "already open in another copy of Supasoft" in refused.stdout and f"pid {os.getpid()}" in refused.stdout
        again = open_session(db, exclusive=True)  # the same program reopening it (switch user) is not refused
        again.close()
        assert other_copy(db).returncode == 3  # still held by the first session
    finally:
        session.close()
    assert not (tmp_path / "crm.db.lock").exists()
    admitted = other_copy(db)
    assert admitted.returncode == 0 and "opened" in admitted.stdout, admitted.stdout + admitted.stderr


def test_a_killed_copy_leaves_no_stale_lock(tmp_path: Path) -> None:
    db = tmp_path / "crm.db"
    open_session(db).close()
    holder = subprocess.Popen([sys.executable, "-c", OTHER_COPY, str(db), "hold"], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "opened"
        with pytest.raises(DatabaseOpenError, match="already open in another copy"):
            open_session(db, exclusive=True)
    finally:
        holder.kill()
        holder.wait(timeout=30)
    open_session(db, exclusive=True).close()


def test_non_exclusive_opens_do_not_take_the_lock(tmp_path: Path) -> None:
    db = tmp_path / "crm.db"
    session = open_session(db)
    try:
        assert not (tmp_path / "crm.db.lock").exists()
    finally:
        session.close()


def test_read_only_folder_is_refused_in_words(tmp_path: Path) -> None:
    db = tmp_path / "ro" / "crm.db"
    open_session(db).close()
    script = textwrap.dedent(f"""
        from supasoft.core.errors import DatabaseOpenError
        from supasoft.services.session import open_session
        try:
            open_session({str(db)!r}, exclusive=True)
        except DatabaseOpenError as exc:
            print(exc)
    """)
    result = run_on_read_only(db.parent, [sys.executable, "-c", script])
    assert "cannot be written: its folder or drive is read-only" in result.stdout, result.stdout + result.stderr
    assert "Traceback" not in result.stderr



def test_threads_checking_the_same_folder_at_once_do_not_trip_over_each_others_probe(tmp_path: Path) -> None:
    from concurrent.futures import ThreadPoolExecutor

    start = threading.Barrier(8)

    def check(_: int) -> None:
        start.wait()
        for _ in range(50):
            media.refuse_read_only(tmp_path / "crm.db")

    with ThreadPoolExecutor(8) as pool:
        list(pool.map(check, range(8)))  # raises FileNotFoundError when two threads share one probe file
    assert not list(tmp_path.iterdir())
