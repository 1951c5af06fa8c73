"""A shop's fault plan: failures the simulated channel should produce on purpose.

Channel-neutral: the plan says *what* goes wrong; each shop renders it in its
channel's own error format.
"""

from __future__ import annotations

import copy
import re
import threading
from collections import deque
from dataclasses import dataclass
from typing import Any

REMOVE = object()
"""Pass as ``value`` to :meth:`FaultPlan.malform_order` to delete the field instead."""


@dataclass(frozen=True)
class CannedAnswer:
    """What to answer instead of the real response: an error status, or 200 with garbage."""

    status: int
    retry_after: float | str | None = None
    garbled: bool = False


@dataclass(frozen=True)
class PagingFault:
    after_page: int
    count: int


_PATH_TOKEN = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def _path_steps(path: str) -> list[str | int]:
    steps: list[str | int] = []
    for name, index in _PATH_TOKEN.findall(path):
        steps.append(int(index) if index else name)
    if not steps:
        raise ValueError(f"empty field path {path!r}")
    return steps


def set_path(payload: dict[str, Any], path: str, value: Any) -> dict[str, Any]:
    """A deep copy of ``payload`` with ``path`` (``line_items[0].quantity``) set or removed."""
    result = copy.deepcopy(payload)
    *parents, last = _path_steps(path)
    node: Any = result
    for step in parents:
        node = node[step]
    if value is REMOVE:
        del node[last]
    else:
        node[last] = value
    return result


class FaultPlan:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._answers: deque[CannedAnswer] = deque()
        self._malformed: dict[int, list[tuple[str, Any]]] = {}
        self._paging: PagingFault | None = None

    def fail_next(self, status: int = 500, times: int = 1, retry_after: float | str | None = None) -> None:
        """The next ``times`` API requests answer ``status`` with the channel's error body."""
        self._queue(CannedAnswer(status, retry_after), times)

    def throttle(self, times: int = 1, retry_after: float | str = 1) -> None:
        """The next ``times`` API requests answer 429 with ``Retry-After``."""
        self._queue(CannedAnswer(429, retry_after), times)

    def garble_next(self, times: int = 1) -> None:
        """The next ``times`` API requests answer 200 with an HTML page instead of JSON."""
        self._queue(CannedAnswer(200, garbled=True), times)

    def malform_order(self, order_id: int, field: str = "line_items[0].quantity", value: Any = "abc") -> None:
        """Serve that order with ``field`` set to ``value`` (or removed, with ``REMOVE``)."""
        _path_steps(field)
        with self._lock:
            self._malformed.setdefault(order_id, []).append((field, value))

    def modify_during_paging(self, after_page: int = 1, count: int = 3) -> None:
        """After serving list page ``after_page``, modify ``count`` orders already served."""
        with self._lock:
            self._paging = PagingFault(after_page, count)

    def clear(self) -> None:
        with self._lock:
            self._answers.clear()
            self._malformed.clear()
            self._paging = None

    # -- used by the shops -------------------------------------------------------------

    def _queue(self, answer: CannedAnswer, times: int) -> None:
        with self._lock:
            self._answers.extend([answer] * max(0, times))

    def take_answer(self) -> CannedAnswer | None:
        with self._lock:
            return self._answers.popleft() if self._answers else None

    def malforms(self, order_id: int) -> bool:
        with self._lock:
            return order_id in self._malformed

    def apply_malformations(self, order_id: int, payload: dict[str, Any]) -> dict[str, Any]:
        with self._lock:
            changes = list(self._malformed.get(order_id, ()))
        for field, value in changes:
            payload = set_path(payload, field, value)
        return payload

    def take_paging_fault(self, page: int) -> PagingFault | None:
        with self._lock:
            if self._paging is None or self._paging.after_page != page:
                return None
            fault, self._paging = self._paging, None
            return fault
