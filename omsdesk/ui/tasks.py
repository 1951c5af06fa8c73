"""Run work off the UI thread and bring its outcome back on one path.

Every task ends in exactly one of ``on_done(result)`` or ``on_error(exception)``,
both called on the UI thread through one queued signal, as are progress reports.
Workers never touch widgets. Database writes go to a single-thread queue (SQLite
has one writer anyway, and the order of writes stays the order of clicks);
network and read work runs in a small pool.
"""

from __future__ import annotations

import itertools
import queue
import logging
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

T = TypeVar("T")
ErrorHandler = Callable[[BaseException], None]

_DONE, _FAILED, _PROGRESS = "done", "failed", "progress"


class TaskCancelled(Exception):
    """Raised inside a task function that noticed its cancel token."""


class CancelToken:
    """Set from the UI thread, read by the worker between steps."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def is_cancelled(self) -> bool:
        return self._event.is_set()

    def __call__(self) -> bool:  # usable as a ``CancelCheck``
        return self._event.is_set()


@dataclass
class TaskContext:
    """Handed to the task function: report progress, check for cancellation."""

    token: CancelToken
    _report: Callable[[Any], None]

    def report(self, value: Any) -> None:
        self._report(value)

    def cancelled(self) -> bool:
        return self.token.is_cancelled

    def raise_if_cancelled(self) -> None:
        if self.token.is_cancelled:
            raise TaskCancelled()


@dataclass
class Task(Generic[T]):
    id: int
    name: str
    fn: Callable[[TaskContext], T]
    on_done: Callable[[T], None] | None
    on_error: ErrorHandler | None
    on_progress: Callable[[Any], None] | None
    owner: QObject | None
    token: CancelToken = field(default_factory=CancelToken)
    finished: bool = False

    def cancel(self) -> None:
        self.token.cancel()


class _Runnable(QRunnable):
    def __init__(self, task: Task[Any], emit: Callable[[int, str, Any], None]) -> None:
        super().__init__()
        self.task: Task[Any] | None = task
        self.emit = emit
        self.setAutoDelete(True)

    def run(self) -> None:
        # Drop every reference to the task (its closures may hold widgets) before posting the
        # outcome: once the UI thread has dispatched it, the last reference must not die on this
        # thread, or a parentless dialog would be destroyed off the UI thread.
        task, self.task = self.task, None
        task_id, fn, token = task.id, task.fn, task.token
        del task
        context = TaskContext(token, lambda value: self.emit(task_id, _PROGRESS, value))
        try:
            result = fn(context)
        except BaseException as error:  # noqa: BLE001 - every failure goes back to the UI thread
            del fn
            self.emit(task_id, _FAILED, error)
        else:
            del fn
            self.emit(task_id, _DONE, result)


class TaskRunner(QObject):
    """Owns the worker pools: ``run`` for reads and short network calls, ``run_write`` for writes,
    ``run_long`` for long channel jobs (syncs), so that they never hold up a table reload."""

    # Outcomes travel in a Python queue; the queued signal only says "look" and carries no
    # Python objects across threads (big payloads through shiboken crashed under load).
    _ready = Signal()
    busy_changed = Signal(bool)

    def __init__(self, default_error_handler: ErrorHandler | None = None,
                 parent: QObject | None = None, network_threads: int = 4, long_threads: int = 5) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(network_threads)
        self._long = QThreadPool(self)
        self._long.setMaxThreadCount(long_threads)
        self._writes = QThreadPool(self)
        self._writes.setMaxThreadCount(1)
        self._tasks: dict[int, Task[Any]] = {}
        self._ids = itertools.count(1)
        self._default_error_handler = default_error_handler
        self._closed = False
        self._outcomes: queue.SimpleQueue[tuple[int, str, Any]] = queue.SimpleQueue()
        self._ready.connect(self._drain, Qt.ConnectionType.QueuedConnection)

    def run(self, fn: Callable[[TaskContext], T], on_done: Callable[[T], None] | None = None,
            on_error: ErrorHandler | None = None, on_progress: Callable[[Any], None] | None = None,
            *, owner: QObject | None = None, name: str = "") -> Task[T]:
        """Run ``fn`` in the parallel pool (network calls, read queries)."""
        return self._start(self._pool, fn, on_done, on_error, on_progress, owner, name)

    def run_long(self, fn: Callable[[TaskContext], T], on_done: Callable[[T], None] | None = None,
                 on_error: ErrorHandler | None = None, on_progress: Callable[[Any], None] | None = None,
                 *, owner: QObject | None = None, name: str = "") -> Task[T]:
        """Run a long job (a shop's sync cycle) in its own pool."""
        return self._start(self._long, fn, on_done, on_error, on_progress, owner, name)

    def run_write(self, fn: Callable[[TaskContext], T], on_done: Callable[[T], None] | None = None,
                  on_error: ErrorHandler | None = None, *, owner: QObject | None = None,
                  name: str = "") -> Task[T]:
        """Queue ``fn`` on the single database-write thread; tasks run in the order queued."""
        return self._start(self._writes, fn, on_done, on_error, None, owner, name)

    @property
    def active_count(self) -> int:
        return len(self._tasks)

    def cancel_all(self) -> None:
        for task in list(self._tasks.values()):
            task.cancel()

    def shutdown(self, timeout_ms: int = 30_000) -> bool:
        """Cancel everything and wait for the workers; results are no longer delivered."""
        self._closed = True
        self.cancel_all()
        done = all(pool.waitForDone(timeout_ms) for pool in (self._pool, self._long, self._writes))
        self._tasks.clear()
        return done

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Wait for the workers (tests); outcomes are still delivered by the event loop."""
        return all(pool.waitForDone(timeout_ms) for pool in (self._pool, self._long, self._writes))

    def _start(self, pool: QThreadPool, fn: Callable[[TaskContext], T], on_done: Callable[[T], None] | None,
               on_error: ErrorHandler | None, on_progress: Callable[[Any], None] | None,
               owner: QObject | None, name: str) -> Task[T]:
        task: Task[T] = Task(next(self._ids), name or getattr(fn, "__name__", "task"), fn,
                             on_done, on_error, on_progress, owner)
        if self._closed:
            task.finished = True
            return task
        self._tasks[task.id] = task
        if len(self._tasks) == 1:
            self.busy_changed.emit(True)
        pool.start(_Runnable(task, self._post))
        return task

    def _post(self, task_id: int, kind: str, payload: Any) -> None:
        """Called on a worker thread."""
        self._outcomes.put((task_id, kind, payload))
        self._ready.emit()

    @Slot()
    def _drain(self) -> None:
        while True:
            try:
                task_id, kind, payload = self._outcomes.get_nowait()
            except queue.Empty:
                return
            self._dispatch(task_id, kind, payload)

    def _dispatch(self, task_id: int, kind: str, payload: Any) -> None:
        task = self._tasks.get(task_id)
        if task is None:
            return
        if kind != _PROGRESS:
            task.finished = True
            del self._tasks[task_id]
            if not self._tasks:
                self.busy_changed.emit(False)
        if task.owner is not None and not shiboken6.isValid(task.owner):
            return  # the widget that asked is gone; nobody to tell
        if kind == _PROGRESS:
            if task.on_progress is not None and not task.token.is_cancelled:
                task.on_progress(payload)
        elif kind == _DONE:
            if task.on_done is not None:
                task.on_done(payload)
        else:
            self._deliver_error(task, payload)

    def _deliver_error(self, task: Task[Any], error: BaseException) -> None:
        if isinstance(error, TaskCancelled):
            log.info("task %s cancelled", task.name)
            return
        handler = task.on_error or self._default_error_handler
        if handler is None:
            sys.excepthook(type(error), error, error.__traceback__)
        else:
            handler(error)
