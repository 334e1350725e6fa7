"""Run slow work (imports, exports, reports) off the GUI thread with a cancellable progress dialog."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QEventLoop, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

#: The work's view of progress: report (done, total); False back means "the user cancelled, stop".
ProgressCallback = Callable[[int, int], bool]
Work = Callable[[ProgressCallback], Any]

PROGRESS_INTERVAL_S = 0.05  # at most ~20 progress updates per second cross to the GUI thread


class Cancelled(Exception):
    """The user cancelled the work (raised by run_busy; work may raise it too to stop early)."""


class _Bridge(QObject):
    """Lives in the GUI thread; signals emitted from the worker are queued to it."""

    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Work, bridge: _Bridge, cancel: threading.Event):
        super().__init__()
        self._work = work
        self._bridge = bridge
        self._cancel = cancel
        self._last = 0.0

    def _progress(self, done: int, total: int) -> bool:
        now = time.monotonic()
        if now - self._last >= PROGRESS_INTERVAL_S or (total > 0 and done >= total):
            self._last = now
            if not self._emit(self._bridge.progress, int(done), int(total)):
                self._cancel.set()  # nobody is listening any more (the app is closing)
        return not self._cancel.is_set()

    def run(self) -> None:
        try:
            result = self._work(self._progress)
        except BaseException as exc:  # noqa: BLE001 - delivered to the GUI thread, not swallowed
            self._emit(self._bridge.failed, exc)
        else:
            self._emit(self._bridge.done, result)

    @staticmethod
    def _emit(signal: Any, *args: Any) -> bool:
        try:
            signal.emit(*args)
        except RuntimeError:  # the receiving objects were deleted while we worked
            return False
        return True


class BusyTask(QObject):
    """One piece of work in a worker thread; exactly one of finished/failed/cancelled fires, in the GUI thread."""

    finished = Signal(object)  # the work's result
    failed = Signal(object)  # the exception it raised
    cancelled = Signal()
    progressed = Signal(int, int)

    _alive: ClassVar[set[BusyTask]] = set()  # keeps running tasks from being garbage-collected

    def __init__(
        self,
        work: Work,
        parent: QWidget | None = None,
        *,
        title: str = "",
        label: str = "",
        show_dialog: bool = True,
        dialog_delay_ms: int = 400,
        pool: QThreadPool | None = None,
    ):
        super().__init__(parent)
        self._work = work
        self._cancel = threading.Event()
        self._pool = pool or QThreadPool.globalInstance()
        self._running = False
        self._outcome: tuple[str, Any] | None = None
        self._bridge = _Bridge(self)
        self._bridge.progress.connect(self._on_progress)
        self._bridge.done.connect(self._on_done)
        self._bridge.failed.connect(self._on_failed)
        self.dialog: QProgressDialog | None = None
        if show_dialog:
            self.dialog = QProgressDialog(label or self.tr("Working\u2026"), self.tr("Cancel"), 0, 0, parent)
            self.dialog.setWindowTitle(title or self.tr("Please wait"))
            self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.dialog.setAutoClose(False)
            self.dialog.setAutoReset(False)
            self.dialog.setMinimumDuration(dialog_delay_ms)
            self.dialog.canceled.connect(self.cancel)

    def start(self) -> BusyTask:
        if self._running or self._outcome is not None:
            raise RuntimeError("a BusyTask runs once")
        self._running = True
        BusyTask._alive.add(self)
        self._pool.start(_Job(self._work, self._bridge, self._cancel))
        return self

    @classmethod
    def cancel_all(cls) -> None:
        """Ask every running task to stop (on application exit)."""
        for task in list(cls._alive):
            task.cancel()

    def cancel(self) -> None:
        """Ask the work to stop: its next progress() call returns False."""
        self._cancel.set()
        if self.dialog is not None:
            self.dialog.setLabelText(self.tr("Cancelling\u2026"))

    def is_cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def is_running(self) -> bool:
        return self._running

    def outcome(self) -> tuple[str, Any] | None:
        """('finished', result), ('failed', exception), ('cancelled', None), or None while running."""
        return self._outcome

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if self.dialog is not None and not self._cancel.is_set():
            if total > 0:
                self.dialog.setMaximum(total)
                self.dialog.setValue(min(done, total))
            else:
                self.dialog.setMaximum(0)  # unknown total: a busy indicator
        self.progressed.emit(done, total)

    @Slot(object)
    def _on_done(self, result: Any) -> None:
        if self._cancel.is_set():
            self._finish("cancelled", None)
        else:
            self._finish("finished", result)

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        if self._cancel.is_set() or isinstance(exc, Cancelled):
            self._finish("cancelled", None)
        else:
            self._finish("failed", exc)

    def _finish(self, kind: str, payload: Any) -> None:
        self._running = False
        self._outcome = (kind, payload)
        if self.dialog is not None:
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None
        BusyTask._alive.discard(self)
        if kind == "finished":
            self.finished.emit(payload)
        elif kind == "failed":
            self.failed.emit(payload)
        else:
            self.cancelled.emit()


def start_busy(
    work: Work,
    parent: QWidget | None = None,
    *,
    title: str = "",
    label: str = "",
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_cancel: Callable[[], None] | None = None,
    show_dialog: bool = True,
) -> BusyTask:
    """Start work in the background; the callbacks run later in the GUI thread."""
    task = BusyTask(work, parent, title=title, label=label, show_dialog=show_dialog)
    if on_done is not None:
        task.finished.connect(on_done)
    if on_error is not None:
        task.failed.connect(on_error)
    if on_cancel is not None:
        task.cancelled.connect(on_cancel)
    return task.start()


def run_busy(
    work: Work, parent: QWidget | None = None, *, title: str = "", label: str = "", show_dialog: bool = True
) -> Any:
    """Run work in the background while the GUI stays live; return its result, re-raise its error, or raise Cancelled."""
    task = BusyTask(work, parent, title=title, label=label, show_dialog=show_dialog)
    loop = QEventLoop()
    for signal in (task.finished, task.failed, task.cancelled):
        signal.connect(loop.quit)
    task.start()
    if task.outcome() is None:
        loop.exec()
    kind, payload = task.outcome() or ("cancelled", None)
    task.deleteLater()
    if kind == "finished":
        return payload
    if kind == "failed":
        raise payload
    raise Cancelled()
