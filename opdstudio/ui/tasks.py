"""The one background-task helper: work runs on a QThreadPool, results come back on the GUI thread.

``TaskRunner.submit(fn, *args)`` calls ``fn(*args, progress=..., cancelled=...)`` on a worker thread when
``fn`` accepts those keywords. Result, error and progress arrive as signals of the returned ``Task`` on the
thread that owns it (the GUI thread). Tests use ``SynchronousTaskRunner``: the same API, run in place.
"""

from __future__ import annotations

import inspect
import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class Task(QObject):
    """Signals of one piece of background work."""

    progress = Signal(int, int, str)  # done, total, message
    result = Signal(object)
    error = Signal(object)  # the exception
    finished = Signal()

    def __init__(self, fn: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
        super().__init__()
        self._fn, self._args, self._kwargs = fn, args, kwargs
        self._cancel = threading.Event()
        params = inspect.signature(fn).parameters
        if "progress" in params:
            self._kwargs["progress"] = self._report
        if "cancelled" in params:
            self._kwargs["cancelled"] = self._cancel.is_set

    def cancel(self) -> None:
        """Ask the work to stop at its next check."""
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def _report(self, done: int, total: int, message: str = "") -> None:
        self.progress.emit(done, total, message)

    def run(self) -> None:
        """Execute the work and emit its outcome (called on the worker thread)."""
        try:
            value = self._fn(*self._args, **self._kwargs)
        except Exception as exc:  # every failure reaches the GUI as a signal
            log.error("background task failed: %s", "".join(traceback.format_exception(exc)))
            self.error.emit(exc)
        else:
            self.result.emit(value)
        finally:
            self.finished.emit()


class _Runnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self.task = task

    def run(self) -> None:
        self.task.run()


class TaskRunner(QObject):
    """Runs tasks on a QThreadPool; keeps each task alive until it finished."""

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._running: set[Task] = set()

    def submit(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_result: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
        **kwargs: Any,
    ) -> Task:
        """Start ``fn(*args, **kwargs)`` in the background and wire the callbacks to its signals."""
        task = Task(fn, args, kwargs)
        if on_result is not None:
            task.result.connect(on_result)
        if on_error is not None:
            task.error.connect(on_error)
        if on_progress is not None:
            task.progress.connect(on_progress)
        self._running.add(task)
        task.finished.connect(lambda: self._running.discard(task))
        self._start(task)
        return task

    def _start(self, task: Task) -> None:
        self._pool.start(_Runnable(task))

    def wait(self, msecs: int = -1) -> bool:
        """Block until every task finished (used at shutdown)."""
        return self._pool.waitForDone(msecs)


class SynchronousTaskRunner(TaskRunner):
    """Runs each task immediately on the calling thread (for tests)."""

    def _start(self, task: Task) -> None:
        task.run()
