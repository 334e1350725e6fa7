"""Where an SQLite file may live: never on a network share, never read-only, never open in two programs at once.

SQLite's own documents (reliability.md §1.1) say file locking over network file systems is broken and WAL
does not work there, so a database on a share is refused before it is opened. A read-only medium (a locked
USB stick, a CD, a copy without write rights) is named in words instead of failing later with an SQL error.
A lock file beside the database (`<file>.lock`, held with an OS lock that dies with the process) keeps a
second copy of the program from opening the same file.
"""

from __future__ import annotations

import errno
import os
import socket
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path, PureWindowsPath

from supasoft.core.errors import DatabaseOpenError, DatabasePlaceError
from supasoft.core.messages import Message

#: File system types (Linux /proc/self/mountinfo) that are a network share or a remote mount.
NETWORK_FS = frozenset({
    "nfs", "nfs4", "cifs", "smb3", "smbfs", "ncpfs", "afs", "coda", "9p", "ceph", "glusterfs", "lustre", "gfs2",
    "ocfs2", "davfs", "fuse.sshfs", "fuse.glusterfs", "fuse.davfs2", "fuse.s3fs", "fuse.rclone", "fuse.smbnetfs",
})
_DRIVE_REMOTE = 4  # GetDriveTypeW


def _unescape(text: str) -> str:
    """mountinfo writes spaces and tabs in paths as octal escapes (\\040)."""
    return text.encode().decode("unicode_escape") if "\\" in text else text


def mount_table(text: str | None = None) -> list[tuple[str, str, str]]:
    """(mount point, file system type, source) of every mount, from /proc/self/mountinfo (Linux)."""
    if text is None:
        try:
            text = Path("/proc/self/mountinfo").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return []
    mounts = []
    for line in text.splitlines():
        left, sep, right = line.partition(" - ")
        parts, rest = left.split(), right.split()
        if not sep or len(parts) < 5 or len(rest) < 2:
            continue
        mounts.append((_unescape(parts[4]), rest[0], _unescape(rest[1])))
    return mounts


def network_share(path: Path | str, *, mountinfo: str | None = None, windows: bool | None = None) -> str | None:
    """A short description of the network share holding path (e.g. 'nfs4 server:/export'), or None when local."""
    windows = sys.platform == "win32" if windows is None else windows
    if windows:
        text = str(path)
        win = PureWindowsPath(text)
        if text.startswith(("\\\\", "//")) and not text.startswith(("\\\\?\\", "\\\\.\\")):
            return win.anchor.rstrip("\\/")  # \\server\share
        if text.upper().startswith("\\\\?\\UNC\\"):
            return "\\\\" + text[8:].split("\\")[0]
        if mountinfo is None and win.drive:
            import ctypes

            if ctypes.windll.kernel32.GetDriveTypeW(win.drive + "\\") == _DRIVE_REMOTE:  # type: ignore[attr-defined]
                return win.drive
        return None
    target = Path(path)
    mounts = mount_table(mountinfo)
    best: tuple[str, str, str] | None = None
    for point, fstype, source in mounts:
        if (target == Path(point) or Path(point) in target.parents) and (best is None or len(point) >= len(best[0])):
            best = (point, fstype, source)
    if best is not None and (best[1] in NETWORK_FS or best[1].startswith("nfs")):
        return f"{best[1]} {best[2]}"
    return None


def refuse_network_share(file: Path) -> None:
    """SQLite on a share corrupts sooner or later: say so before anything is opened."""
    share = network_share(file)
    if share is not None:
        raise DatabasePlaceError(Message(
            "The database {file} is on a network share ({share}). SQLite files must stay on a local disk or a "
            "USB stick: copy the file to this computer, or use the networked edition (a Firebird server) to "
            "share one database between several computers.", file=file, share=share))


def refuse_read_only(file: Path) -> None:
    """A locked stick, a CD or a copy without write rights: the folder must take new files (journal, lock)."""
    folder = next((p for p in (file.parent, *file.parent.parents) if p.is_dir()), None)
    if folder is None:
        return
    # unique per thread as well as per process: threads opening the same file at once must not remove each other's probe
    probe = folder / f".supasoft-write-test-{os.getpid()}-{threading.get_ident()}"
    try:
        with probe.open("wb"):
            pass
        probe.unlink()
        if file.is_file():
            with file.open("r+b"):
                pass
    except OSError as exc:
        if exc.errno not in (errno.EROFS, errno.EACCES, errno.EPERM):
            raise
        raise DatabasePlaceError(Message(
            "The database {file} cannot be written: its folder or drive is read-only. Copy the program folder "
            "to a writable drive, or unlock the USB stick (its write-protect switch), then start again.",
            file=file)) from None


@dataclass
class _Held:
    handle: object
    count: int = 0


@dataclass
class FileLock:
    """One program's claim on a database file, released by release() or when the process ends."""

    path: Path
    released: bool = field(default=False)

    def release(self) -> None:
        if not self.released:
            self.released = True
            _release(self.path)


_held: dict[Path, _Held] = {}
_guard = threading.Lock()


def _lock_path(file: Path) -> Path:
    return file.with_name(file.name + ".lock")


def lock_database(file: Path) -> FileLock:
    """Claim the file for this program; another running copy (here or on another computer) is refused by name."""
    key = _lock_path(file.resolve())
    with _guard:
        held = _held.get(key)
        if held is None:  # the same program may open the file again (switch user, reopen): counted, not refused
            held = _Held(_acquire(file, key))
            _held[key] = held
        held.count += 1
    return FileLock(key)


def _release(key: Path) -> None:
    with _guard:
        held = _held.get(key)
        if held is None:
            return
        held.count -= 1
        if held.count <= 0:
            del _held[key]
            _unlock(held.handle, key)


def _acquire(file: Path, key: Path) -> object:
    try:
        handle = os.open(key, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise DatabaseOpenError(Message("Cannot create the lock file {lock}: {reason}.", lock=key,
                                        reason=exc.strerror or str(exc))) from None
    try:
        _os_lock(handle)
    except OSError:
        owner = _read_owner(handle)
        os.close(handle)
        raise DatabasePlaceError(Message(
            "The database {file} is already open in another copy of Supasoft ({owner}). Close it there first; "
            "two programs writing one file would damage it.", file=file, owner=owner)) from None
    os.ftruncate(handle, 0)
    os.write(handle, f"{socket.gethostname()} pid {os.getpid()}\n".encode())
    return handle


def _read_owner(handle: int) -> str:
    try:
        os.lseek(handle, 0, os.SEEK_SET)
        return os.read(handle, 200).decode("utf-8", "replace").strip() or "?"
    except OSError:
        return "?"


def _os_lock(handle: int) -> None:
    """An exclusive, non-blocking OS lock that the system drops when the process dies (no stale lock)."""
    if sys.platform == "win32":
        import msvcrt

        os.lseek(handle, 0x7FFFFFF0, os.SEEK_SET)  # lock a byte past the text, so the owner stays readable
        msvcrt.locking(handle, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        os.lseek(handle, 0, os.SEEK_SET)
    else:
        import fcntl

        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)


def _unlock(handle: object, key: Path) -> None:
    """Remove the lock file (so the data folder stays clean), then drop the OS lock."""
    assert isinstance(handle, int)
    try:
        if sys.platform == "win32":
            import msvcrt

            os.lseek(handle, 0x7FFFFFF0, os.SEEK_SET)
            msvcrt.locking(handle, msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]
        else:
            import fcntl

            key.unlink(missing_ok=True)  # still locked here: a newcomer waits for the new file, not this one
            fcntl.flock(handle, fcntl.LOCK_UN)
    finally:
        os.close(handle)
    if sys.platform == "win32":
        try:
            key.unlink(missing_ok=True)
        except OSError:
            pass  # another copy opened it meanwhile: it is theirs now


def check_location(file: Path) -> None:
    """Before SQLite touches the file: not on a network share, and on a writable folder."""
    refuse_network_share(file)
    refuse_read_only(file)


def sqlite_file(path_or_url: str | Path) -> Path | None:
    """The file behind a path or sqlite:/// URL (None for a server URL or an in-memory database)."""
    text = str(path_or_url)
    if "://" not in text:
        return Path(text).expanduser().resolve()
    if not text.startswith("sqlite"):
        return None
    from sqlalchemy.engine import make_url

    database = make_url(text).database
    return Path(database) if database and database != ":memory:" else None
