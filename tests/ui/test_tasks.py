"""The background runner: outcomes come back on the UI thread, writes stay in order, cancel works."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication

from omsdesk.ui.tasks import TaskContext, TaskRunner


@pytest.fixture
def runner(qapp: QApplication):
    errors: list[BaseException] = []
    task_runner = TaskRunner(default_error_handler=errors.append)
    task_runner.default_errors = errors  # type: ignore[attr-defined]
    yield task_runner
    task_runner.shutdown()


def test_result_and_error_arrive_on_the_ui_thread(qtbot, runner: TaskRunner) -> None:
    seen: list[tuple[str, object, bool]] = []
    ui_thread = QThread.currentThread()

    def work(_: TaskContext) -> str:
        assert QThread.currentThread() is not ui_thread
        return "answer"

    def fail(_: TaskContext) -> None:
        raise ValueError("boom")

    runner.run(work, lambda r: seen.append(("done", r, QThread.currentThread() is ui_thread)))
    runner.run(fail, on_error=lambda e: seen.append(("error", str(e), QThread.currentThread() is ui_thread)))
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=20000)
    assert sorted(seen) == [("done", "answer", True), ("error", "boom", True)]


def test_an_error_without_handler_goes_to_the_default_handler(qtbot, runner: TaskRunner) -> None:
    runner.run(lambda _: 1 / 0)
    qtbot.waitUntil(lambda: bool(runner.default_errors), timeout=20000)  # type: ignore[attr-defined]
    assert isinstance(runner.default_errors[0], ZeroDivisionError)  # type: ignore[attr-defined]


def test_writes_run_one_at_a_time_in_order(qtbot, runner: TaskRunner) -> None:
    order: list[int] = []
    active = threading.Semaphore(1)

    def write(number: int):
        def step(_: TaskContext) -> int:
            assert active.acquire(blocking=False), "two writes ran at once"
            time.sleep(0.01)
            order.append(number)
            active.release()
            return number
        return step

    finished: list[int] = []
    for number in range(8):
        runner.run_write(write(number), finished.append)
    qtbot.waitUntil(lambda: len(finished) == 8, timeout=20000)
    assert order == list(range(8)) == finished


def test_progress_and_cancel(qtbot, runner: TaskRunner) -> None:
    progress: list[int] = []
    outcome: list[str] = []

    def long_job(task: TaskContext) -> str:
        for step in range(1000):
            if task.cancelled():
                return "stopped"
            task.report(step)
            time.sleep(0.005)
        return "ran to the end"

    job = runner.run(long_job, outcome.append, on_progress=progress.append)
    qtbot.waitUntil(lambda: len(progress) >= 3, timeout=20000)
    job.cancel()
    qtbot.waitUntil(lambda: bool(outcome), timeout=20000)
    assert outcome == ["stopped"]
    assert progress[:3] == [0, 1, 2]
