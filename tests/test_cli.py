"""supasoft-admin end to end, as a separate process where it matters (exit codes, stderr, no tracebacks)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from supasoft.cli import main
from supasoft.storage.migrations.runner import head_revision


def admin(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "supasoft.cli", *args], capture_output=True, text=True, cwd=cwd, timeout=120)


def test_init_is_idempotent_and_info_json(tmp_path: Path) -> None:
    db = tmp_path / "crm.db"
    first = admin("--database", str(db), "init", "--template", "lite")
    assert first.returncode == 0, first.stderr
    assert "Created" in first.stdout
    again = admin("--database", str(db), "init")
    assert again.returncode == 0 and "Up to date" in again.stdout
    info = admin("--database", str(db), "info", "--json")
    data = json.loads(info.stdout)
    names = [o["name"] for o in data["objects"]]
    assert names[:4] == ["Client", "Contact", "Product", "Order"]
    assert {o["records"] for o in data["objects"]} == {0}
    assert data["edition"] == "free" and data["schema_version"] == head_revision()


def test_demo_data_counts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "crm.db"
    assert main(["--database", str(db), "init", "--template", "lite", "--demo"]) == 0
    capsys.readouterr()
    assert main(["--database", str(db), "info", "--json"]) == 0
    objects = {o["plural"]: o["records"] for o in json.loads(capsys.readouterr().out)["objects"]}
    assert objects["Clients"] == 12 and objects["Products"] == 6 and objects["Orders"] > 12


def test_export_then_import_into_empty_database_gives_identical_structure(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source, target = tmp_path / "a.db", tmp_path / "b.db"
    assert main(["--database", str(source), "init", "--template", "lite"]) == 0
    assert main(["--database", str(source), "config", "export", str(tmp_path / "a.json")]) == 0
    assert main(["--database", str(target), "init", "--template", "empty"]) == 0
    assert main(["--database", str(target), "config", "import", str(tmp_path / "a.json")]) == 0
    assert main(["--database", str(target), "config", "export", str(tmp_path / "b.json")]) == 0
    a = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    b = json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))
    a.pop("version"), b.pop("version")
    assert a == b
    assert main(["--database", str(target), "check"]) == 0
    capsys.readouterr()
    assert main(["--database", str(target), "config", "import", str(tmp_path / "a.json")]) == 0
    assert "already the same" in capsys.readouterr().out


def test_import_applies_changes_to_a_database_with_data(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "crm.db"
    assert main(["--database", str(db), "init", "--template", "lite", "--demo"]) == 0
    assert main(["--database", str(db), "config", "export", str(tmp_path / "c.json")]) == 0
    doc = json.loads((tmp_path / "c.json").read_text(encoding="utf-8"))
    client = next(o for o in doc["objects"] if o["name"] == "Client")
    client["name"], client["plural"] = "Customer", "Customers"
    phone = next(f for f in client["fields"] if f["name"] == "Fax")
    phone["type"] = "string"
    client["fields"].append({**phone, "id": doc["next_id"], "name": "Rating", "type": "integer"})
    doc["next_id"] += 1
    (tmp_path / "d.json").write_text(json.dumps(doc), encoding="utf-8")
    capsys.readouterr()
    assert main(["--database", str(db), "config", "import", "--dry-run", str(tmp_path / "d.json")]) == 0
    plan = capsys.readouterr().out
    assert "rename object Client -> Customer" in plan and "add field Customer.Rating (integer)" in plan
    assert main(["--database", str(db), "config", "import", str(tmp_path / "d.json")]) == 0
    assert main(["--database", str(db), "check"]) == 0
    capsys.readouterr()
    assert main(["--database", str(db), "info", "--json"]) == 0
    objects = {o["name"]: o["records"] for o in json.loads(capsys.readouterr().out)["objects"]}
    assert objects["Customer"] == 12


def test_backup_and_restore(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "crm.db"
    assert main(["--database", str(db), "init", "--template", "lite", "--demo"]) == 0
    assert main(["--database", str(db), "backup", str(tmp_path / "copy.db")]) == 0
    db.unlink()
    for suffix in ("-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    assert main(["--database", str(db), "restore", str(tmp_path / "copy.db")]) == 0
    capsys.readouterr()
    assert main(["--database", str(db), "info", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["objects"][0]["records"] == 12


def test_user_errors_give_exit_1_and_no_traceback(tmp_path: Path) -> None:
    missing = admin("--database", str(tmp_path / "nope.db"), "info")
    assert missing.returncode == 1 and "does not exist" in missing.stderr and "Traceback" not in missing.stderr
    (tmp_path / "junk.db").write_bytes(b"this is not a database" * 100)
    junk = admin("--database", str(tmp_path / "junk.db"), "info")
    assert junk.returncode == 1 and "not a Supasoft database" in junk.stderr and "Traceback" not in junk.stderr
    (tmp_path / "bad.json").write_text("{not json", encoding="utf-8")
    admin("--database", str(tmp_path / "e.db"), "init", "--template", "empty")
    bad = admin("--database", str(tmp_path / "e.db"), "config", "import", str(tmp_path / "bad.json"))
    assert bad.returncode == 1 and "invalid JSON at line 1" in bad.stderr
    ini = tmp_path / "client.ini"
    ini.write_text("[Database]\nEngine=sqlite\nPort=abc\n", encoding="utf-8")
    broken = admin("--config", str(ini), "info")
    assert broken.returncode == 1 and "line 3" in broken.stderr and "Port" in broken.stderr


def test_newer_database_is_refused(tmp_path: Path) -> None:
    import sqlite3

    db = tmp_path / "crm.db"
    assert admin("--database", str(db), "init", "--template", "empty").returncode == 0
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE sys_schema_version SET version_num = '9999'")
    result = admin("--database", str(db), "info")
    assert result.returncode == 1 and "newer version of Supasoft" in result.stderr


def test_check_finds_a_damaged_structure(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import sqlite3

    db = tmp_path / "crm.db"
    assert main(["--database", str(db), "init", "--template", "lite"]) == 0
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE t_999 (id INTEGER PRIMARY KEY)")
    capsys.readouterr()
    assert main(["--database", str(db), "check"]) == 1
    assert "t_999 belongs to no object" in capsys.readouterr().out


def test_relative_path_in_client_ini_is_beside_the_ini(tmp_path: Path) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    (stick / "client.ini").write_text("[Database]\nEngine=sqlite\nPath=data/crm.db\n", encoding="utf-8")
    result = admin("--config", str(stick / "client.ini"), "init", "--template", "empty", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (stick / "data" / "crm.db").exists()
