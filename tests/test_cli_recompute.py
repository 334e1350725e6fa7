"""supasoft-admin check finds stored formula values that are out of date; recompute repairs them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from supasoft.cli import main
from supasoft.services.session import open_session
from supasoft.storage.physical import column_name, table_name


def test_check_reports_stale_totals_and_recompute_repairs_them(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "crm.db"
    assert main(["--database", str(db), "init", "--template", "lite", "--demo"]) == 0
    session = open_session(db)
    order = session.configuration.config.object_by_name("Order")
    assert order is not None
    total = next(f for f in order.fields if f.type == "formula" and "SUM(" in (f.formula or ""))
    session.close()
    with sqlite3.connect(db) as conn:  # what an old version or a raw tool could leave behind
        changed = conn.execute(f"UPDATE {table_name(order.id)} SET {column_name(total)} = 0 WHERE id IN "
                               f"(SELECT id FROM {table_name(order.id)} ORDER BY id LIMIT 3)").rowcount
    assert changed == 3
    capsys.readouterr()
    assert main(["--database", str(db), "check"]) == 1
    out = capsys.readouterr().out
    assert f"Order.{total.name}: 3 stored value(s) out of date" in out and "supasoft-admin recompute Order" in out
    assert main(["--database", str(db), "recompute", "orders"]) == 0
    assert "Order: recomputed the formulas of" in capsys.readouterr().out
    assert main(["--database", str(db), "check"]) == 0
    assert "clean" in capsys.readouterr().out


def test_recompute_of_an_unknown_object_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "crm.db"
    assert main(["--database", str(db), "init", "--template", "lite"]) == 0
    capsys.readouterr()
    assert main(["--database", str(db), "recompute", "Spaceships"]) == 1
    err = capsys.readouterr().err
    assert "There is no object named 'Spaceships'" in err and "Traceback" not in err
    assert main(["--database", str(db), "recompute"]) == 0
