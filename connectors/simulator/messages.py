"""The simulator's request and response values, shared by the server and the shops."""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any


def derived_credential(prefix: str, seed: int, slug: str) -> str:
    """A stable made-up credential for a simulated shop (so a seed reproduces a shop)."""
    return prefix + hashlib.sha1(f"{prefix}{seed}:{slug}".encode()).hexdigest()


@dataclass(frozen=True)
class SimRequest:
    """One HTTP request as a shop sees it; ``path`` is relative to the shop (``/wp-json/...``)."""

    method: str
    path: str
    query_pairs: tuple[tuple[str, str], ...]
    headers: Mapping[str, str]  # lower-case names
    body: bytes
    time: datetime

    @property
    def query(self) -> dict[str, str]:
        """Query parameters, the last value winning (as PHP's ``$_GET`` does)."""
        return dict(self.query_pairs)

    def header(self, name: str) -> str:
        return self.headers.get(name.lower(), "")


@dataclass(frozen=True)
class SimResponse:
    status: int
    body: bytes
    headers: tuple[tuple[str, str], ...] = ()
    delay_seconds: float = 0.0  # a transport fault: answer late
    drop: bool = False  # a transport fault: close the connection instead of answering


@dataclass(frozen=True)
class RecordedRequest:
    method: str
    path: str
    query: dict[str, str]
    time: datetime
    status: int = 0


def json_response(status: int, payload: Any, headers: tuple[tuple[str, str], ...] = ()) -> SimResponse:
    body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
    return SimResponse(status, body, (("Content-Type", "application/json; charset=UTF-8"), *headers))


def html_response(status: int, html: str) -> SimResponse:
    return SimResponse(status, html.encode("utf-8"), (("Content-Type", "text/html; charset=UTF-8"),))


@dataclass
class RequestLog:
    """A thread-safe list of what a shop was asked."""

    _entries: list[RecordedRequest] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, request: SimRequest, status: int) -> None:
        entry = RecordedRequest(request.method, request.path, request.query, request.time, status)
        with self._lock:
            self._entries.append(entry)

    def entries(self) -> list[RecordedRequest]:
        with self._lock:
            return list(self._entries)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()


@dataclass(frozen=True)
class OrderTruth:
    """What a simulated channel holds for one order now: the test oracle for sync.

    ``status`` is the channel's own word; ``held`` marks orders a connector must not
    import yet (an Amazon ``Pending`` order without prices).
    """

    external_id: str
    status: str
    total: Decimal
    currency: str
    held: bool = False


@dataclass(frozen=True)
class PushRecord:
    """A push the channel accepted and acted on (a tracking number, a stock level).

    ``key`` identifies what was pushed: ``order id/tracking number`` for tracking,
    the listing (``item/variant/sku``) for stock. ``payload`` is what arrived.
    """

    kind: str  # "tracking" | "stock"
    key: str
    payload: dict[str, Any]
    time: datetime


@dataclass
class PushLog:
    """A thread-safe record of what a shop was told: the simulator's "record" of pushes."""

    _entries: list[PushRecord] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, kind: str, key: str, payload: dict[str, Any], time: datetime) -> None:
        with self._lock:
            self._entries.append(PushRecord(kind, key, payload, time))

    def entries(self, kind: str | None = None) -> list[PushRecord]:
        with self._lock:
            return [entry for entry in self._entries if kind is None or entry.kind == kind]

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
