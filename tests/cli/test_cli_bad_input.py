"""Bad input to supasoft-admin ends as one human line on stderr and exit code 1, never a traceback or SQL:
info on a server database, files in missing folders, unusable paths in client.ini, output closed by a pipe."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from supasoft.services.session import Session
from tests.cli.cli_run import REPO, admin, admin_process, assert_refused

pytestmark = pytest.mark.all_backends


@pytest.fixture
def target(session: Session, db_path: Path | str) -> str:
    """An empty database that exists (a SQLite file, or a fresh database on the real server)."""
    return str(db_path)


def test_info_works_on_every_engine_in_a_real_process(target: str, backend: str) -> None:
    done = admin_process("--database", target, "info")
    assert done.returncode == 0, done.stderr
    edition = "free edition (sqlite)" if backend == "sqlite" else "networked edition (firebird)"
    assert edition in done.stdout and "Traceback" not in done.stderr
    assert "masterkey" not in done.stdout  # the server password is masked


@pytest.mark.parametrize(("where", "message"), [
    ("missing/deeper/s.json", "the folder {tmp}/missing/deeper does not exist."),
    ("file.txt/s.json", "{tmp}/file.txt is a file, not a folder."),
])
def test_export_to_a_folder_that_cannot_hold_it(target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                where: str, message: str) -> None:
    (tmp_path / "file.txt").write_text("x", encoding="utf-8")
    code, out, err = admin(capsys, "--database", target, "config", "export", str(tmp_path / where))
    assert_refused(code, err, f"Cannot write {tmp_path / where}: " + message.format(tmp=tmp_path))
    assert not (tmp_path / "missing").exists()


def test_export_leaves_no_partial_file_when_it_cannot_finish(target: str, tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    """The file is written beside its name and renamed when complete: a folder in the way stops it cleanly."""
    (tmp_path / "s.json").mkdir()
    code, _, err = admin(capsys, "--database", target, "config", "export", str(tmp_path / "s.json"))
    assert_refused(code, err, f"Cannot write {tmp_path / 's.json'}: it is a folder.")
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "crm.db" and not p.name.startswith("crm.db")) == ["s.json"]


def test_import_of_a_missing_or_unreadable_file(target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = admin(capsys, "--database", target, "config", "import", str(tmp_path / "none.json"))
    assert_refused(code, err, f"Cannot read {tmp_path / 'none.json'}: it does not exist.")
    (tmp_path / "latin.json").write_bytes('{"name": "Zoë"}'.encode("latin-1"))
    code, _, err = admin(capsys, "--database", target, "config", "import", str(tmp_path / "latin.json"))
    assert_refused(code, err, "it is not UTF-8 text.")


@pytest.mark.sqlite_only("a backup file on this machine")
def test_backup_to_a_missing_folder(target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = admin(capsys, "--database", target, "backup", str(tmp_path / "nope" / "b.db"))
    assert_refused(code, err, f"the folder {tmp_path / 'nope'} does not exist.")
    assert not (tmp_path / "nope").exists()


def test_output_closed_by_a_pipe_gives_no_traceback(target: str) -> None:
    """`supasoft-admin info | head -1`: the reader went away before the output was written."""
    process = subprocess.Popen([sys.executable, "-m", "supasoft.cli", "--database", target, "info", "--json"],
                               cwd=REPO, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()
    err = process.stderr.read().decode()
    assert process.wait(timeout=120) == 1
    assert err == "", err


@pytest.mark.sqlite_only("client.ini paths of the free edition")
@pytest.mark.parametrize(("lines", "message"), [
    ("Path=/etc/hostname/crm.db", "Cannot use /etc/hostname/crm.db: /etc/hostname is a file, not a folder."),
    ("Path=~no-such-user-here/crm.db", "line 3, key Path: '~no-such-user-here/crm.db' names the home folder of an unknown user"),
    ("Path=crm\x01.db", "line 3, key Path: 'crm\\x01.db' contains a control character (U+0001)"),
    ("Path=.", "is a folder, not a database file."),
    ("Path=data/crm.db\n[Backup]\nFolder=/etc/hostname/b", "key Folder: automatic backups cannot be written to "
                                                         "/etc/hostname/b (/etc/hostname is a file, not a folder)"),
])
def test_unusable_paths_in_client_ini(tmp_path: Path, lines: str, message: str) -> None:
    if not Path("/etc/hostname").is_file():
        pytest.skip("needs a file at /etc/hostname")
    ini = tmp_path / "client.ini"
    ini.write_text(f"[Database]\nEngine=sqlite\n{lines}\n", encoding="utf-8")
    for command in (["init"], ["info"]):
        done = admin_process("--config", str(ini), *command, cwd=tmp_path)
        assert_refused(done.returncode, done.stderr, message)


def test_options_that_are_not_utf8_are_refused_by_name(target: str, tmp_path: Path) -> None:
    """Bytes that are not UTF-8 on the command line reach Python as lone surrogates; no driver sees them."""
    done = subprocess.run([sys.executable.encode(), b"-m", b"supasoft.cli", b"--database", target.encode(),
                           b"--user", b"b\xffd", b"--password", b"x", b"info"],
                          cwd=REPO, capture_output=True, stdin=subprocess.DEVNULL, timeout=120)
    err = done.stderr.decode("utf-8", "replace")
    assert_refused(done.returncode, err, "The --user value contains an invalid character (U+DCFF")


@pytest.mark.parametrize(("number", "message"), [
    ("9" * 5000, "is not a usable structure file: a number in it has too many digits."),
    ("1e999999999", "next_id: must be a whole number"),
])
def test_import_of_a_structure_with_hostile_numbers(target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                    number: str, message: str) -> None:
    code, _, err = admin(capsys, "--database", target, "config", "export", str(tmp_path / "s.json"))
    assert code == 0, err
    text = (tmp_path / "s.json").read_text(encoding="utf-8")
    hostile = re.sub(r'"next_id": \d+', f'"next_id": {number}', text)
    assert hostile != text
    (tmp_path / "h.json").write_text(hostile, encoding="utf-8")
    code, _, err = admin(capsys, "--database", target, "config", "import", str(tmp_path / "h.json"))
    assert code == 1 and message in err and "Traceback" not in err, err
