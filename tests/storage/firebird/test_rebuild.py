"""Live Firebird: rebuild = gbak backup, a test restore, then replace; progress, cancel, refusals (issue 3 item 3)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("sqlalchemy_firebird", reason="sqlalchemy-firebird not installed")

from sqlalchemy import text  # noqa: E402

from supasoft.storage.firebird.rebuild import rebuild  # noqa: E402
from supasoft.storage.firebird.server_tools import (  # noqa: E402
    ServerTarget,
    ServerToolError,
    create_database,
    open_engine,
    other_users,
)
from tests.storage.firebird.conftest import fill, snapshot  # noqa: E402

pytestmark = pytest.mark.firebird


def test_rebuild_resets_the_formats_and_keeps_rows_and_the_backup(targets: Any, tmp_path: Path) -> None:
    target = targets("rebuild")
    create_database(target)
    fill(target)
    before = snapshot(target)
    kept = tmp_path / "kept.fbk"
    result = rebuild(target, keep_backup=kept)
    assert (result.formats_before, result.formats_after) == (6, 1)
    assert result.backup_file == kept and kept.stat().st_size > 0
    after = snapshot(target)
    assert (after["tables"], after["rows"], after["format"]) == (before["tables"], before["rows"], 1)


def test_rebuild_refuses_while_another_user_is_connected(targets: Any, make_engine: Any) -> None:
    target = targets("busy")
    create_database(target)
    fill(target)
    other = make_engine(target.url_string())
    with other.connect() as conn:
        conn.execute(text("select count(*) from t_1")).scalar()
        with pytest.raises(ServerToolError, match="Other users are connected") as info:
            rebuild(target)
        assert info.value.kind == "in_use"
        assert "SYSDBA from 127.0.0.1" in str(info.value)
    assert snapshot(target)["format"] == 6  # untouched
    assert _leftovers(target) == []


def _bigger(target: ServerTarget, tables: int = 3, rows: int = 20_000) -> None:
    """More tables with enough rows that gbak takes a while on each (one execute block per table)."""
    engine = open_engine(target)
    try:
        for n in range(2, 2 + tables):
            with engine.begin() as conn:
                conn.execute(text(f"create table t_{n} (id integer primary key, f varchar(200))"))
            with engine.begin() as conn:
                conn.execute(text(f"execute block as declare j integer = 0; begin while (j < {rows}) do begin "
                                  f"insert into t_{n} values (\\:j, lpad('', 150, 'x')); j = j + 1; end end"))
    finally:
        engine.dispose()


def _leftovers(target: ServerTarget) -> list[Path]:
    """Test copies of a rebuild still on the server (its files are on this machine in the test setup)."""
    folder, _, name = target.path.rpartition("/")
    return sorted(Path(folder).glob(f"{name.removesuffix('.fdb')}.rebuild-*"))


def test_rebuild_reports_tables_done_of_total_for_each_step(targets: Any) -> None:
    target = targets("steps")
    create_database(target)
    fill(target)
    _bigger(target, tables=2, rows=50)
    seen: list[tuple[str, int, int]] = []
    rebuild(target, progress=lambda step, done, total: seen.append((step, done, total)))
    assert [s for s, _d, _t in seen] == ["backup"] * 5 + ["restore"] * 5 + ["replace"] * 5
    for step in ("backup", "restore", "replace"):
        # the count read first, then one report as gbak -v starts each table's data, then all done
        assert [(d, t) for s, d, t in seen if s == step] == [(0, 3), (0, 3), (1, 3), (2, 3), (3, 3)]
    assert snapshot(target)["format"] == 1


@pytest.mark.parametrize("step", ["backup", "restore"])
def test_cancel_stops_gbak_and_leaves_the_database_untouched(targets: Any, step: str) -> None:
    target = targets("cancel")
    create_database(target)
    fill(target)
    _bigger(target)
    before = snapshot(target)
    seen: list[tuple[str, int, int]] = []
    cancelled = lambda: any(s == step and d >= 1 for s, d, _t in seen)  # noqa: E731 - after gbak's first table
    with pytest.raises(ServerToolError, match="cancelled") as info:
        rebuild(target, progress=lambda s, d, t: seen.append((s, d, t)), cancelled=cancelled)
    assert info.value.kind == "cancelled" and "was not changed" in str(info.value)
    assert seen[-1][0] == step and seen[-1][1] < seen[-1][2]  # stopped half-way: gbak never finished
    assert "replace" not in {s for s, _d, _t in seen}
    assert snapshot(target) == before  # same rows, and still 6 formats: it was not replaced
    assert other_users(target) == []  # gbak's attachment is gone with it
    assert _leftovers(target) == []  # a half-restored test copy is dropped
    assert rebuild(target).formats_after == 1  # and the database is online for a real rebuild
