"""A small HTTP helper shared by the channel connectors.

It owns a ``requests.Session`` and does what every channel needs: timeouts,
retries with exponential backoff and jitter on connection errors, timeouts and
429/500/502/503/504 (honouring ``Retry-After``), sleeping that notices a
cancel request, and turning HTTP failures into the :mod:`connectors.base`
errors with messages a user can act on.

Nothing here knows a particular channel: a connector passes its display name
and, optionally, a callback that pulls a readable message out of its error
bodies.
"""

from __future__ import annotations

import json
import random
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import requests

from connectors.base import (
    AuthError,
    CancelCheck,
    CancelledError,
    ConnectorError,
    NotFoundError,
    ThrottledError,
    TransientError,
)

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
# A request that may have changed something on the server is only retried when
# the server cannot have acted on it (refused connection, 429, 503).
SAFE_TO_REPEAT_STATUSES = frozenset({429, 503})
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})

Params = Mapping[str, Any] | Sequence[tuple[str, Any]] | None
Sleep = Callable[[float], None]
ErrorDetail = Callable[[requests.Response], str]
NotFoundMessage = Callable[[str, str], str]

CANCEL_POLL_SECONDS = 0.1


def plain_error_detail(response: requests.Response) -> str:
    """The default error-body reader: the ``message`` of a JSON body, if any."""
    try:
        body = json.loads(response.content)
    except ValueError:
        return ""
    if isinstance(body, dict):
        for key in ("message", "error_description", "error", "errors"):
            if isinstance(body.get(key), str) and body[key].strip():
                return body[key].strip()
    return ""


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or HTTP-date)."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    try:
        return max(0.0, float(text))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def url_for_messages(url: str) -> str:
    """The URL without query string or user info: query strings can carry secrets."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path, "", ""))


def _raise_if_cancelled(cancelled: CancelCheck | None) -> None:
    if cancelled is not None and cancelled():
        raise CancelledError("Cancelled.")


def _connection_problem(exc: BaseException) -> str:
    text = repr(exc)
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, ConnectionRefusedError):
            return "connection refused"
        text = f"{text} {current!r}"
        current = current.__cause__ or current.__context__
    lowered = text.lower()
    if "refused" in lowered:
        return "connection refused"
    if "name or service not known" in lowered or "nodename nor servname" in lowered or "getaddrinfo" in lowered:
        return "host name not found"
    if "reset by peer" in lowered or "remotedisconnected" in lowered or "aborted" in lowered:
        return "the connection was dropped"
    return "could not connect"


@dataclass(frozen=True)
class _RetryLater:
    """One failed attempt that may succeed if repeated."""

    reason: str
    status: int | None = None
    retry_after: float | None = None
    connection_failed: bool = False


@dataclass(frozen=True)
class JsonResponse:
    response: requests.Response
    body: Any


class HttpClient:
    """Send requests for one connector; every method raises only ConnectorError subclasses."""

    def __init__(
        self,
        service: str,
        *,
        timeout: float = 30.0,
        max_retries: int = 5,
        sleep: Sleep | None = None,
        session: requests.Session | None = None,
        error_detail: ErrorDetail = plain_error_detail,
        not_found_message: NotFoundMessage | None = None,
        backoff_base: float = 0.5,
        backoff_cap: float = 30.0,
        max_retry_after: float = 300.0,
        jitter: Callable[[], float] = random.random,
        user_agent: str = "omsdesk-connector",
    ) -> None:
        """``sleep``, when given, is called once per wait with the full delay (for tests);
        the default sleeps in short slices and stops early when the caller cancels."""
        self.service = service
        self.timeout = timeout
        self.max_retries = max(0, max_retries)
        self.backoff_base = backoff_base
        self.backoff_cap = backoff_cap
        self.max_retry_after = max_retry_after
        self._sleep = sleep
        self._jitter = jitter
        self._error_detail = error_detail
        self._not_found_message = not_found_message or self._default_not_found_message
        self.session = session or requests.Session()
        self.session.headers.setdefault("User-Agent", user_agent)
        self.session.headers["Accept"] = "application/json"

    def close(self) -> None:
        self.session.close()

    def request(
        self,
        method: str,
        url: str,
        *,
        params: Params = None,
        auth: Any = None,
        json_body: Any = None,
        headers: Mapping[str, str] | None = None,
        cancelled: CancelCheck | None = None,
        what: str = "",
    ) -> requests.Response:
        """Send a request, retrying what is worth retrying; return a 2xx/3xx response."""
        result = self._send(
            method, url, params=params, auth=auth, json_body=json_body,
            headers=headers, cancelled=cancelled, what=what, want_json=False,
        )
        return result.response

    def get_json(
        self,
        url: str,
        *,
        params: Params = None,
        auth: Any = None,
        cancelled: CancelCheck | None = None,
        what: str = "",
        retry_invalid_json: bool = True,
    ) -> JsonResponse:
        """GET and decode a JSON body; a body that is not JSON counts as a server hiccup
        (retried) unless ``retry_invalid_json`` is False."""
        return self._send(
            "GET", url, params=params, auth=auth, json_body=None, headers=None,
            cancelled=cancelled, what=what, want_json=True,
            retry_invalid_json=retry_invalid_json,
        )

    # -- the retry loop ---------------------------------------------------------

    def _send(
        self,
        method: str,
        url: str,
        *,
        params: Params,
        auth: Any,
        json_body: Any,
        headers: Mapping[str, str] | None,
        cancelled: CancelCheck | None,
        what: str,
        want_json: bool,
        retry_invalid_json: bool = True,
    ) -> JsonResponse:
        method = method.upper()
        attempts = 0
        while True:
            _raise_if_cancelled(cancelled)
            attempts += 1
            outcome = self._attempt(
                method, url, params=params, auth=auth, json_body=json_body,
                headers=headers, what=what, want_json=want_json,
                retry_invalid_json=retry_invalid_json,
            )
            if isinstance(outcome, JsonResponse):
                return outcome
            if attempts > self.max_retries or not self._may_repeat(method, outcome):
                raise self._gave_up(url, what, outcome, attempts)
            self._wait(self._delay(url, what, outcome, attempts), cancelled)

    def _attempt(
        self,
        method: str,
        url: str,
        *,
        params: Params,
        auth: Any,
        json_body: Any,
        headers: Mapping[str, str] | None,
        what: str,
        want_json: bool,
        retry_invalid_json: bool,
    ) -> JsonResponse | _RetryLater:
        try:
            response = self.session.request(
                method, url, params=params, auth=auth, json=json_body,
                headers=dict(headers or {}), timeout=self.timeout,
            )
        except requests.exceptions.SSLError as exc:
            raise ConnectorError(
                f"{self.service} at {url_for_messages(url)}: the secure connection failed "
                f"(certificate or TLS problem: {exc.__class__.__name__}). "
                "Check the shop URL, or that the site's certificate is valid."
            ) from exc
        except requests.exceptions.Timeout:
            return _RetryLater(f"no answer within {self.timeout:g} s")
        except requests.exceptions.ConnectionError as exc:
            return _RetryLater(_connection_problem(exc), connection_failed=True)
        except requests.exceptions.RequestException as exc:
            raise ConnectorError(
                f"{self.service}: could not send the request to {url_for_messages(url)} ({exc})."
            ) from exc
        return self._judge(response, url, what, want_json, retry_invalid_json)

    def _judge(
        self,
        response: requests.Response,
        url: str,
        what: str,
        want_json: bool,
        retry_invalid_json: bool,
    ) -> JsonResponse | _RetryLater:
        status = response.status_code
        if status in RETRY_STATUSES:
            return _RetryLater(
                f"HTTP {status} {response.reason or ''}".strip(),
                status=status,
                retry_after=parse_retry_after(response.headers.get("Retry-After")),
            )
        if status >= 400:
            raise self._client_error(response, url)
        if not want_json:
            return JsonResponse(response, None)
        try:
            return JsonResponse(response, json.loads(response.content))
        except ValueError:
            if retry_invalid_json:
                return _RetryLater("the answer was not JSON", status=status)
            raise ConnectorError(
                f"{self.service} at {url_for_messages(url)} answered {self._what(what)}with "
                "something that is not JSON (a web page?). Check the shop URL."
            ) from None

    def _may_repeat(self, method: str, outcome: _RetryLater) -> bool:
        if method in IDEMPOTENT_METHODS or outcome.connection_failed:
            return True
        return outcome.status in SAFE_TO_REPEAT_STATUSES

    def _delay(self, url: str, what: str, outcome: _RetryLater, attempts: int) -> float:
        if outcome.retry_after is None:
            ceiling = min(self.backoff_cap, self.backoff_base * 2 ** (attempts - 1))
            return ceiling * (0.5 + 0.5 * self._jitter())
        if outcome.retry_after > self.max_retry_after:
            raise self._gave_up(url, what, outcome, attempts, waited_too_long=True)
        return outcome.retry_after

    def _wait(self, seconds: float, cancelled: CancelCheck | None) -> None:
        _raise_if_cancelled(cancelled)
        if self._sleep is not None:
            self._sleep(seconds)
        else:
            deadline = time.monotonic() + seconds
            while (remaining := deadline - time.monotonic()) > 0:
                time.sleep(min(remaining, CANCEL_POLL_SECONDS))
                _raise_if_cancelled(cancelled)
        _raise_if_cancelled(cancelled)

    # -- error messages ---------------------------------------------------------

    @staticmethod
    def _what(what: str) -> str:
        return f"for {what} " if what else ""

    def _gave_up(
        self,
        url: str,
        what: str,
        outcome: _RetryLater,
        attempts: int,
        waited_too_long: bool = False,
    ) -> ConnectorError:
        where = url_for_messages(url)
        tries = f"{attempts} attempt{'s' if attempts != 1 else ''}"
        if waited_too_long:
            error = ThrottledError if outcome.status == 429 else TransientError
            return error(
                f"{self.service} at {where} asks to wait {outcome.retry_after:.0f} s "
                f"before the next request ({outcome.reason}). Try again later."
            )
        if outcome.status == 429:
            return ThrottledError(
                f"{self.service} at {where} is still limiting requests (HTTP 429 Too Many "
                f"Requests) {self._what(what)}after {tries}. Try again later."
            )
        if outcome.connection_failed:
            return TransientError(
                f"Could not reach {self.service} at {where}: {outcome.reason} "
                f"({tries}). Check that the shop is online and the URL is right."
            )
        return TransientError(
            f"{self.service} at {where} failed {self._what(what)}after {tries}; "
            f"last answer: {outcome.reason}. Try again later."
        )

    def _client_error(self, response: requests.Response, url: str) -> ConnectorError:
        where = url_for_messages(url)
        status = response.status_code
        detail = self._error_detail(response)
        suffix = f": {detail}" if detail else "."
        if status in (401, 403):
            return AuthError(
                f"{self.service} at {where} refused the credentials (HTTP {status}){suffix}"
            )
        if status == 404:
            return NotFoundError(self._not_found_message(where, detail))
        return ConnectorError(
            f"{self.service} at {where} rejected the request (HTTP {status} "
            f"{response.reason or ''}".rstrip() + f"){suffix}"
        )

    def _default_not_found_message(self, url: str, detail: str) -> str:
        return f"{self.service}: nothing found at {url} (HTTP 404){': ' + detail if detail else ''}."
