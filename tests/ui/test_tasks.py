"""The background-task helper delivers result, error and progress on the GUI thread."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QThread, QThreadPool
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from opdstudio.ui.tasks import SynchronousTaskRunner, Task, TaskRunner


def _count(n: int, progress: Callable[[int, int, str], None], cancelled: Callable[[], bool]) -> list[str]:
    seen = []
    for i in range(n):
        if cancelled():
            break
        progress(i + 1, n, f"langkah {i + 1}")
        seen.append(threading.current_thread().name)
    return seen


def test_work_runs_off_the_gui_thread_and_reports_back_on_it(qtbot: QtBot, qapp: QApplication) -> None:
    runner = TaskRunner(QThreadPool())
    gui = QThread.currentThread()
    progress: list[tuple[int, int, str, bool]] = []
    results: list[tuple[list[str], bool]] = []
    runner.submit(
        _count,
        5,
        on_progress=lambda d, t, m: progress.append((d, t, m, QThread.currentThread() == gui)),
        on_result=lambda r: results.append((r, QThread.currentThread() == gui)),
    )
    qtbot.waitUntil(lambda: bool(results), timeout=10_000)
    worker_threads, on_gui = results[0]
    assert on_gui
    assert threading.main_thread().name not in worker_threads
    assert [p[:3] for p in progress] == [(i, 5, f"langkah {i}") for i in range(1, 6)]
    assert all(p[3] for p in progress)


def test_an_exception_arrives_as_the_error_signal(qtbot: QtBot, qapp: QApplication) -> None:
    runner = TaskRunner(QThreadPool())
    errors: list[BaseException] = []

    def fail() -> None:
        raise ValueError("berkas rusak")

    runner.submit(fail, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert isinstance(errors[0], ValueError) and str(errors[0]) == "berkas rusak"


def test_cancel_stops_the_work_at_its_next_check(qapp: QApplication) -> None:
    results: list[list[str]] = []
    task = Task(_count, (10,), {})
    task.progress.connect(lambda done, _total, _msg: task.cancel() if done == 3 else None)
    task.result.connect(results.append)
    task.run()
    assert task.is_cancelled
    assert len(results[0]) == 3


def test_synchronous_runner_delivers_before_submit_returns(qapp: QApplication) -> None:
    got: list[int] = []
    SynchronousTaskRunner().submit(lambda: 42, on_result=got.append)
    assert got == [42]
