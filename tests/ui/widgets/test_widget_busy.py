"""The busy runner: work runs in a worker thread, results/errors come back on the GUI thread, cancel works."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QPushButton

from supasoft.widgets.busy import BusyTask, Cancelled, ProgressCallback, run_busy, start_busy


def test_completes_with_result_on_gui_thread(qtbot) -> None:
    seen: dict[str, object] = {}

    def work(progress: ProgressCallback) -> int:
        seen["worker"] = threading.current_thread()
        total = 0
        for i in range(100):
            total += i
            assert progress(i + 1, 100)
        return total

    def on_done(result: object) -> None:
        seen["result"] = result
        seen["callback"] = threading.current_thread()

    task = start_busy(work, on_done=on_done)
    with qtbot.waitSignal(task.finished, timeout=5000) as blocker:
        pass
    assert blocker.args == [4950]
    qtbot.waitUntil(lambda: "result" in seen)
    assert seen["result"] == 4950
    assert seen["worker"] is not threading.main_thread()
    assert seen["callback"] is threading.main_thread()
    assert task.outcome() == ("finished", 4950)
    assert not task.is_running()


def test_progress_reaches_the_dialog(qtbot) -> None:
    task = BusyTask(lambda progress: [progress(i, 10) for i in range(11)] and "ok", dialog_delay_ms=0)
    steps: list[tuple[int, int]] = []
    task.progressed.connect(lambda done, total: steps.append((done, total)))
    with qtbot.waitSignal(task.finished, timeout=5000):
        task.start()
    assert steps[-1] == (10, 10)
    assert task.dialog is None  # closed and released once finished


def test_cancel_stops_the_work(qtbot) -> None:
    stopped = threading.Event()

    def work(progress: ProgressCallback) -> str:
        for i in range(10_000):
            if not progress(i, 10_000):
                stopped.set()
                return "partial"
            time.sleep(0.002)
        return "all"

    task = BusyTask(work, dialog_delay_ms=0)
    with qtbot.waitSignal(task.progressed, timeout=5000):
        task.start()
    with qtbot.waitSignal(task.cancelled, timeout=5000):
        assert task.dialog is not None
        task.dialog.findChild(QPushButton).click()  # the user presses Cancel
    assert stopped.is_set()
    assert task.outcome() == ("cancelled", None)


def test_error_is_delivered(qtbot) -> None:
    def work(progress: ProgressCallback) -> None:
        raise ValueError("zły plik: błąd w wierszu 3")

    task = BusyTask(work, show_dialog=False)
    with qtbot.waitSignal(task.failed, timeout=5000) as blocker:
        task.start()
    assert isinstance(blocker.args[0], ValueError)
    assert "wierszu 3" in str(blocker.args[0])
    with pytest.raises(RuntimeError):
        task.start()


def test_run_busy_returns_raises_and_cancels(qtbot) -> None:
    assert run_busy(lambda progress: progress(1, 1) and 42, show_dialog=False) == 42
    with pytest.raises(KeyError):
        run_busy(lambda progress: {}["brak"], show_dialog=False)
    with pytest.raises(Cancelled):
        run_busy(lambda progress: (_ for _ in ()).throw(Cancelled()), show_dialog=False)


def test_run_busy_keeps_the_gui_alive(qtbot) -> None:
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)

    def work(progress: ProgressCallback) -> str:
        time.sleep(0.2)
        return "done"

    assert run_busy(work, show_dialog=False) == "done"
    timer.stop()
    assert len(ticks) >= 5  # the event loop kept running while the worker slept
