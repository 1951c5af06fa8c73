"""The simulator's request and response values, shared by the server and the shops."""

from __future__ import annotations

import json
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


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
