"""A shop's fault plan: failures the simulated channel should produce on purpose.

Channel-neutral: the plan says *what* goes wrong; each shop renders it in its
channel's own error format.
"""

from __future__ import annotations

import copy
import random
import re
import threading
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
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


class Transport(StrEnum):
    """Faults below the channel's API, applied by the server itself for every shop."""

    SLOW = "slow"  # answer, but only after ``seconds`` (past the client's timeout)
    DROP = "drop"  # close the connection without reading or acting
    DROP_AFTER = "drop_after"  # act on the request, then close without answering


@dataclass(frozen=True)
class TransportFault:
    kind: Transport
    seconds: float = 0.0


class Fault(StrEnum):
    """Every fault kind, for :meth:`FaultPlan.chaos`."""

    SERVER_ERROR = "server_error"
    THROTTLE = "throttle"
    GARBLE = "garble"
    SLOW = "slow"
    DROP = "drop"
    DROP_AFTER = "drop_after"
    EXPIRE_TOKEN = "expire_token"
    DUPLICATE_ON_PAGES = "duplicate_on_pages"
    MODIFY_WHILE_PAGING = "modify_while_paging"


@dataclass(frozen=True)
class Chaos:
    """Random faults: each request draws one fault with probability ``rate``."""

    rate: float
    kinds: frozenset[Fault]
    retry_after: float
    slow_seconds: float
    max_in_a_row: int


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
        self._transport: deque[TransportFault] = deque()
        self._expire_token = False
        self._duplicate_pages = 0
        self._chaos: Chaos | None = None
        self._chaos_rng = random.Random(0)
        self._chaos_run = 0
        self._pending: dict[str, int] = {}

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

    def slow_next(self, times: int = 1, seconds: float = 2.0) -> None:
        """The next ``times`` requests are answered only after ``seconds``."""
        with self._lock:
            self._transport.extend([TransportFault(Transport.SLOW, seconds)] * max(0, times))

    def drop_next(self, times: int = 1, *, after_acting: bool = False) -> None:
        """The next ``times`` connections are closed without an answer; with
        ``after_acting`` the shop first does what was asked (the answer is lost)."""
        kind = Transport.DROP_AFTER if after_acting else Transport.DROP
        with self._lock:
            self._transport.extend([TransportFault(kind)] * max(0, times))

    def expire_token(self) -> None:
        """The access token in use expires now (channels with refreshable tokens)."""
        with self._lock:
            self._expire_token = True

    def duplicate_on_pages(self, times: int = 1) -> None:
        """The next ``times`` list pages also repeat the last order of the page before."""
        with self._lock:
            self._duplicate_pages += max(0, times)

    def chaos(
        self,
        rate: float = 0.05,
        *,
        seed: int = 1,
        kinds: Iterable[Fault] = tuple(Fault),
        retry_after: float = 0.05,
        slow_seconds: float = 1.0,
        max_in_a_row: int = 2,
    ) -> None:
        """From now on each request meets a random fault with probability ``rate``, never
        more than ``max_in_a_row`` in a row (so a client with retries always gets through)."""
        with self._lock:
            self._chaos = Chaos(rate, frozenset(kinds), retry_after, slow_seconds, max_in_a_row)
            self._chaos_rng = random.Random(seed)
            self._chaos_run = 0

    def clear(self) -> None:
        with self._lock:
            self._answers.clear()
            self._malformed.clear()
            self._paging = None
            self._transport.clear()
            self._expire_token = False
            self._duplicate_pages = 0
            self._chaos = None
            self._pending.clear()

    # -- used by the shops -------------------------------------------------------------

    def _queue(self, answer: CannedAnswer, times: int) -> None:
        with self._lock:
            self._answers.extend([answer] * max(0, times))

    def draw(self) -> None:
        """Called by the server once per request, before the shop sees it: a chaos fault
        drawn now is left for the shop (or the server) to take."""
        with self._lock:
            chaos = self._chaos
            if chaos is None or not chaos.kinds:
                return
            if self._chaos_run >= chaos.max_in_a_row or self._chaos_rng.random() >= chaos.rate:
                self._chaos_run = 0
                return
            self._chaos_run += 1
            kind = self._chaos_rng.choice(sorted(chaos.kinds))
            if kind is Fault.SERVER_ERROR:
                self._answers.append(CannedAnswer(self._chaos_rng.choice((500, 502, 503))))
            elif kind is Fault.THROTTLE:
                self._answers.append(CannedAnswer(429, chaos.retry_after))
            elif kind is Fault.GARBLE:
                self._answers.append(CannedAnswer(200, garbled=True))
            elif kind is Fault.SLOW:
                self._transport.append(TransportFault(Transport.SLOW, chaos.slow_seconds))
            elif kind is Fault.DROP:
                self._transport.append(TransportFault(Transport.DROP))
            elif kind is Fault.DROP_AFTER:
                self._transport.append(TransportFault(Transport.DROP_AFTER))
            elif kind is Fault.EXPIRE_TOKEN:
                self._expire_token = True
            elif kind is Fault.DUPLICATE_ON_PAGES:
                self._duplicate_pages += 1
            elif kind is Fault.MODIFY_WHILE_PAGING:
                self._pending["modify"] = self._pending.get("modify", 0) + 1

    def take_transport(self) -> TransportFault | None:
        with self._lock:
            return self._transport.popleft() if self._transport else None

    def take_answer(self) -> CannedAnswer | None:
        with self._lock:
            return self._answers.popleft() if self._answers else None

    def take_token_expiry(self) -> bool:
        """True once after :meth:`expire_token`: the shop should invalidate its current token."""
        with self._lock:
            expired, self._expire_token = self._expire_token, False
            return expired

    def take_page_duplicate(self) -> bool:
        """True when this list page should repeat the last order of the page before."""
        with self._lock:
            if self._duplicate_pages <= 0:
                return False
            self._duplicate_pages -= 1
            return True

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
        """After serving list page ``page``: orders to modify (set by
        :meth:`modify_during_paging`, or drawn by chaos for whatever page comes next)."""
        with self._lock:
            if self._pending.get("modify"):
                self._pending["modify"] -= 1
                return PagingFault(page, 2)
            if self._paging is None or self._paging.after_page != page:
                return None
            fault, self._paging = self._paging, None
            return fault
