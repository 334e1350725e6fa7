"""Reading a tool's output while it runs: lines as they come, Cancel and timeout stop the child for real."""

from __future__ import annotations

import os
import sys
import time

import pytest

from supasoft.storage.firebird.tool_stream import TableCounter, ToolStopped, error_lines, stream

SLOW = [sys.executable, "-u", "-c", "import time\nprint('writing data for table T_1')\ntime.sleep(30)\nprint('late')"]


def test_lines_arrive_while_the_tool_runs_and_cancel_stops_it() -> None:
    lines: list[str] = []
    started = time.monotonic()
    with pytest.raises(ToolStopped) as info:
        stream(SLOW, dict(os.environ), timeout=60, on_line=lines.append, cancelled=lambda: bool(lines))
    assert info.value.reason == "cancelled" and lines == ["writing data for table T_1"]
    assert time.monotonic() - started < 10  # not the 30 s the child would have slept
    assert "late" not in info.value.output


def test_timeout_stops_a_quiet_tool() -> None:
    started = time.monotonic()
    with pytest.raises(ToolStopped) as info:
        stream(SLOW, dict(os.environ), timeout=0.5)
    assert info.value.reason == "timeout" and time.monotonic() - started < 10


def test_a_finished_tool_gives_its_code_and_output() -> None:
    code, output = stream([sys.executable, "-c", "print('a'); print('b'); raise SystemExit(3)"], dict(os.environ),
                          timeout=30)
    assert (code, output) == (3, "a\nb")


def test_table_counter_counts_gbak_data_lines() -> None:
    seen: list[tuple[str, int, int]] = []
    counter = TableCounter("restore", 2, lambda *a: seen.append(a))
    for line in ("gbak:restoring table T_1", "gbak:restoring data for table T_1", "gbak:   5 records restored",
                 "gbak:restoring data for table T_2", "gbak:restoring data for table T_3"):
        counter(line)
    counter.finish()
    # a third table (made after the count was read) raises the total rather than going past 100 %
    assert seen == [("restore", 0, 2), ("restore", 0, 2), ("restore", 1, 2), ("restore", 2, 3), ("restore", 3, 3)]


def test_error_lines_leave_out_the_progress_chatter() -> None:
    output = "gbak:readied database x for backup\ngbak:writing domains\ngbak: ERROR:Unable to complete network request\n" \
             "gbak:Exiting before completion due to errors"
    assert error_lines(output) == "gbak: ERROR:Unable to complete network request"
