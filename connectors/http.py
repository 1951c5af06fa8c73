"""A small HTTP helper shared by the channel connectors.

It owns a ``requests.Session`` and does what every channel needs: timeouts,
retries with exponential backoff and jitter on connection errors, timeouts,
429/500/502/503/504 (honouring ``Retry-After``) and garbled 2xx answers,
sleeping that notices a cancel request, and turning HTTP failures into the
:mod:`connectors.base` errors with messages a user can act on.

Nothing here knows a particular channel. A connector passes its display name
and, optionally:

* ``error_detail``: reads a readable message (and the channel's error code, as
  an :class:`ErrorBody`) out of its 4xx error bodies;
* ``not_found_message``: the wording of a 404;
* ``check``: judges a 2xx JSON answer (per client or per request), for channels
  that report throttling, transient trouble and refusals inside a 200 body:
  it returns :class:`RetryLater` (retry like a 429/5xx), a
  :class:`~connectors.base.ConnectorError` (raised as is) or None (fine).

Repeating a request that may have changed something at the channel is only
done when the channel cannot have acted on it (the connection failed before the
request was sent, 429, 503, a throttled body) unless the request says it is
idempotent; by default GET/HEAD/OPTIONS/PUT/DELETE are and POST/PATCH are not.

Every error raised for an answer carries ``status`` (HTTP status or None),
``code`` (the channel's error code when known), ``retry_after`` (seconds, when
the channel said) and ``detail`` (the text the error-body reader found); an error
raised after the retries ran out also carries ``attempts``.
"""

from __future__ import annotations

import json
import random
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any, TypeVar
from urllib.parse import urlsplit, urlunsplit

import requests
from urllib3.exceptions import ConnectTimeoutError, NewConnectionError

from connectors.base import (
    AuthError,
    CancelCheck,
    CancelledError,
    ConnectorError,
    NotFoundError,
    RejectedError,
    ThrottledError,
    TransientError,
)

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
# A request that may have changed something on the server is only retried when
# the server cannot have acted on it (connection not made, 429, 503).
SAFE_TO_REPEAT_STATUSES = frozenset({429, 503})
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
REJECTED_STATUSES = frozenset({400, 409, 422})

Params = Mapping[str, Any] | Sequence[tuple[str, Any]] | None
Sleep = Callable[[float], None]
NotFoundMessage = Callable[[str, str, str], str]
"""(URL for messages, detail, channel error code or "") -> the NotFoundError message."""

CANCEL_POLL_SECONDS = 0.1

E = TypeVar("E", bound=ConnectorError)


@dataclass(frozen=True)
class ErrorBody:
    """What an error-body reader found: a readable detail, the channel's error code and, for the
    connector's own use, anything else it parsed (``data``, kept on the error as ``error.data``)."""

    detail: str = ""
    code: str = ""
    data: Any = None


ErrorDetail = Callable[[requests.Response], "str | ErrorBody"]


@dataclass(frozen=True)
class JsonResponse:
    response: requests.Response
    body: Any


@dataclass(frozen=True)
class RetryLater:
    """One failed attempt that may succeed if repeated.

    ``not_acted``: the channel cannot have acted on the request (connection never
    made, 429, 503, a throttled answer), so even a non-idempotent request may be
    repeated. ``throttled``: giving up raises ThrottledError. ``give_up``, when
    set, builds the error raised when the retries run out (it gets the attempt count).
    """

    reason: str
    status: int | None = None
    code: str = ""
    retry_after: float | None = None
    throttled: bool = False
    not_acted: bool = False
    connection_failed: bool = False
    give_up: Callable[[int], ConnectorError] | None = None


Check = Callable[[JsonResponse], "RetryLater | ConnectorError | None"]


def with_details(error: E, *, status: int | None = None, code: str = "", retry_after: float | None = None,
                 detail: str = "") -> E:
    """``error`` carrying ``status``, ``code``, ``retry_after`` and ``detail`` (kept when already set)."""
    for name, value in (("status", status), ("code", code), ("retry_after", retry_after), ("detail", detail)):
        if getattr(error, name, None) in (None, ""):
            setattr(error, name, value)
    return error


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


def is_empty_or_json(content: bytes) -> bool:
    if not content.strip():
        return True
    try:
        json.loads(content)
    except ValueError:
        return False
    return True


def raise_if_cancelled(cancelled: CancelCheck | None) -> None:
    if cancelled is not None and cancelled():
        raise CancelledError("Cancelled.")


def wait(seconds: float, cancelled: CancelCheck | None = None, sleep: Sleep | None = None) -> None:
    """Wait ``seconds``, raising CancelledError as soon as ``cancelled()`` says so.

    ``sleep``, when given, is called once with the full delay (tests); the default
    sleeps in short slices and checks ``cancelled`` between them."""
    raise_if_cancelled(cancelled)
    if seconds > 0:
        if sleep is not None:
            sleep(seconds)
        else:
            deadline = time.monotonic() + seconds
            while (remaining := deadline - time.monotonic()) > 0:
                time.sleep(min(remaining, CANCEL_POLL_SECONDS))
                raise_if_cancelled(cancelled)
    raise_if_cancelled(cancelled)


def _chain(exc: BaseException) -> list[BaseException]:
    """``exc`` and what it wraps: causes, contexts, and urllib3's ``reason`` / first argument."""
    seen: list[BaseException] = []
    pending: list[Any] = [exc]
    while pending:
        current = pending.pop()
        if not isinstance(current, BaseException) or any(current is known for known in seen):
            continue
        seen.append(current)
        pending += [current.__cause__, current.__context__, getattr(current, "reason", None),
                    *(arg for arg in current.args if isinstance(arg, BaseException))]
    return seen


def failed_before_sending(exc: BaseException) -> bool:
    """True when the connection could not be made, so the request never reached the server."""
    if isinstance(exc, requests.exceptions.ConnectTimeout):
        return True
    return any(isinstance(link, (NewConnectionError, ConnectTimeoutError, ConnectionRefusedError))
               for link in _chain(exc))


def _connection_problem(exc: BaseException) -> str:
    chain = _chain(exc)
    if any(isinstance(link, ConnectionRefusedError) for link in chain):
        return "connection refused"
    lowered = " ".join(repr(link) for link in chain).lower()
    if "refused" in lowered:
        return "connection refused"
    if "name or service not known" in lowered or "nodename nor servname" in lowered or "getaddrinfo" in lowered:
        return "host name not found"
    if "reset by peer" in lowered or "remotedisconnected" in lowered or "aborted" in lowered:
        return "the connection was dropped"
    return "could not connect"


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
        check: Check | None = None,
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
        self._check = check
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
        form_body: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        cancelled: CancelCheck | None = None,
        what: str = "",
        idempotent: bool | None = None,
        retry_invalid_json: bool = True,
    ) -> requests.Response:
        """Send a request, retrying what is worth retrying; return a 2xx/3xx response.
        A 2xx body that is neither empty nor JSON counts as garbled (retried)."""
        return self._send(
            method, url, params=params, auth=auth, json_body=json_body, form_body=form_body, headers=headers,
            cancelled=cancelled, what=what, idempotent=idempotent, want_json=False,
            retry_invalid_json=retry_invalid_json, check=None,
        ).response

    def get_json(
        self,
        url: str,
        *,
        params: Params = None,
        auth: Any = None,
        headers: Mapping[str, str] | None = None,
        cancelled: CancelCheck | None = None,
        what: str = "",
        retry_invalid_json: bool = True,
        idempotent: bool | None = None,
        check: Check | None = None,
    ) -> JsonResponse:
        """GET and decode a JSON body; a body that is not JSON counts as a server hiccup
        (retried) unless ``retry_invalid_json`` is False."""
        return self.send_json(
            "GET", url, params=params, auth=auth, headers=headers, cancelled=cancelled, what=what,
            retry_invalid_json=retry_invalid_json, idempotent=idempotent, check=check,
        )

    def send_json(
        self,
        method: str,
        url: str,
        *,
        params: Params = None,
        auth: Any = None,
        json_body: Any = None,
        form_body: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        cancelled: CancelCheck | None = None,
        what: str = "",
        idempotent: bool | None = None,
        check: Check | None = None,
        retry_invalid_json: bool = True,
    ) -> JsonResponse:
        """Any method, with a JSON body (``json_body``) or a form-encoded one (``form_body``);
        the answer decoded (None when empty). ``idempotent`` None means "by the method";
        ``check`` (else the client's) judges the decoded 2xx answer."""
        return self._send(
            method, url, params=params, auth=auth, json_body=json_body, form_body=form_body, headers=headers,
            cancelled=cancelled, what=what, idempotent=idempotent, want_json=True,
            retry_invalid_json=retry_invalid_json, check=check,
        )

    # -- waiting -------------------------------------------------------------------------------

    def backoff(self, attempt: int) -> float:
        """The jittered exponential delay after the ``attempt``-th failed attempt (1 = the first)."""
        ceiling = min(self.backoff_cap, self.backoff_base * 2 ** (max(1, attempt) - 1))
        return ceiling * (0.5 + 0.5 * self._jitter())

    def wait(self, seconds: float, cancelled: CancelCheck | None = None) -> None:
        """Wait ``seconds`` (through the client's injected ``sleep`` in tests); CancelledError on cancel."""
        wait(seconds, cancelled, self._sleep)

    # -- the retry loop ---------------------------------------------------------------------------

    def _send(
        self,
        method: str,
        url: str,
        *,
        params: Params,
        auth: Any,
        json_body: Any,
        form_body: Mapping[str, Any] | None,
        headers: Mapping[str, str] | None,
        cancelled: CancelCheck | None,
        what: str,
        idempotent: bool | None,
        want_json: bool,
        retry_invalid_json: bool,
        check: Check | None,
    ) -> JsonResponse:
        method = method.upper()
        repeatable = method in IDEMPOTENT_METHODS if idempotent is None else idempotent
        check = check or self._check
        attempts = 0
        while True:
            raise_if_cancelled(cancelled)
            attempts += 1
            try:
                response = self.session.request(
                    method, url, params=params, auth=auth, json=json_body, data=form_body,
                    headers=dict(headers or {}), timeout=self.timeout,
                )
            except requests.exceptions.RequestException as exc:
                outcome: JsonResponse | RetryLater = self._failed(exc, url)
            else:
                outcome = self._judge(response, url, method, what, want_json, retry_invalid_json, check)
            if isinstance(outcome, JsonResponse):
                return outcome
            if attempts > self.max_retries or not (repeatable or outcome.not_acted):
                raise self._gave_up(url, what, outcome, attempts)
            self.wait(self._delay(url, what, outcome, attempts), cancelled)

    def _failed(self, exc: requests.exceptions.RequestException, url: str) -> RetryLater:
        if isinstance(exc, requests.exceptions.SSLError):
            raise ConnectorError(
                f"{self.service} at {url_for_messages(url)}: the secure connection failed "
                f"(certificate or TLS problem: {exc.__class__.__name__}). "
                "Check the shop URL, or that the site's certificate is valid."
            ) from exc
        if isinstance(exc, requests.exceptions.ConnectTimeout):
            return RetryLater(f"no connection within {self.timeout:g} s", not_acted=True, connection_failed=True)
        if isinstance(exc, requests.exceptions.Timeout):
            return RetryLater(f"no answer within {self.timeout:g} s")
        if isinstance(exc, requests.exceptions.ConnectionError):
            return RetryLater(_connection_problem(exc), not_acted=failed_before_sending(exc), connection_failed=True)
        raise ConnectorError(
            f"{self.service}: could not send the request to {url_for_messages(url)} ({exc})."
        ) from exc

    def _judge(
        self,
        response: requests.Response,
        url: str,
        method: str,
        what: str,
        want_json: bool,
        retry_invalid_json: bool,
        check: Check | None,
    ) -> JsonResponse | RetryLater:
        status = response.status_code
        if status in RETRY_STATUSES:
            return RetryLater(
                f"HTTP {status} {response.reason or ''}".strip(),
                status=status,
                retry_after=parse_retry_after(response.headers.get("Retry-After")),
                throttled=status == 429,
                not_acted=status in SAFE_TO_REPEAT_STATUSES,
            )
        if status >= 400:
            raise self._client_error(response, url)
        if not want_json and (status >= 300 or is_empty_or_json(response.content)):
            return JsonResponse(response, None)
        try:
            # An empty answer is fine for a write (204); a read always has something to say.
            empty_ok = method != "GET" and not response.content.strip()
            result = JsonResponse(response, None if empty_ok else json.loads(response.content))
        except ValueError:
            if retry_invalid_json:
                return RetryLater("the answer was not JSON", status=status)
            raise with_details(ConnectorError(
                f"{self.service} at {url_for_messages(url)} answered {self._what(what)}with "
                "something that is not JSON (a web page?). Check the shop URL."
            ), status=status) from None
        verdict = check(result) if check is not None and want_json else None
        if isinstance(verdict, ConnectorError):
            raise with_details(verdict, status=status)
        if isinstance(verdict, RetryLater):
            return verdict if verdict.status is not None else replace(verdict, status=status)
        return result

    def _delay(self, url: str, what: str, outcome: RetryLater, attempts: int) -> float:
        if outcome.retry_after is None:
            return self.backoff(attempts)
        if outcome.retry_after > self.max_retry_after:
            raise self._gave_up(url, what, outcome, attempts, waited_too_long=True)
        return outcome.retry_after

    # -- error messages ---------------------------------------------------------

    @staticmethod
    def _what(what: str) -> str:
        return f"for {what} " if what else ""

    def _gave_up(
        self,
        url: str,
        what: str,
        outcome: RetryLater,
        attempts: int,
        waited_too_long: bool = False,
    ) -> ConnectorError:
        details = {"status": outcome.status, "code": outcome.code, "retry_after": outcome.retry_after}
        if outcome.give_up is not None:
            error = with_details(outcome.give_up(attempts), **details)
            error.attempts = attempts
            return error
        where = url_for_messages(url)
        tries = f"{attempts} attempt{'s' if attempts != 1 else ''}"
        error: ConnectorError
        if waited_too_long:
            kind = ThrottledError if outcome.throttled else TransientError
            error = kind(
                f"{self.service} at {where} asks to wait {outcome.retry_after:.0f} s "
                f"before the next request ({outcome.reason}). Try again later."
            )
        elif outcome.throttled and outcome.status == 429:
            error = ThrottledError(
                f"{self.service} at {where} is still limiting requests (HTTP 429 Too Many "
                f"Requests) {self._what(what)}after {tries}. Try again later."
            )
        elif outcome.throttled:
            error = ThrottledError(
                f"{self.service} at {where} is still limiting requests {self._what(what)}after {tries}: "
                f"{outcome.reason}. Try again later."
            )
        elif outcome.connection_failed:
            error = TransientError(
                f"Could not reach {self.service} at {where}: {outcome.reason} "
                f"({tries}). Check that the shop is online and the URL is right."
            )
        else:
            error = TransientError(
                f"{self.service} at {where} failed {self._what(what)}after {tries}; "
                f"last answer: {outcome.reason}. Try again later."
            )
        error.attempts = attempts
        return with_details(error, **details)

    def _client_error(self, response: requests.Response, url: str) -> ConnectorError:
        where = url_for_messages(url)
        status = response.status_code
        found = self._error_detail(response)
        body = found if isinstance(found, ErrorBody) else ErrorBody(found or "")
        detail, code = body.detail.strip(), body.code
        suffix = f": {detail}" if detail else "."
        error: ConnectorError
        if status in (401, 403):
            error = AuthError(f"{self.service} at {where} refused the credentials (HTTP {status}){suffix}")
        elif status == 404:
            error = NotFoundError(self._not_found_message(where, detail, code))
        else:
            kind = RejectedError if status in REJECTED_STATUSES else ConnectorError
            error = kind(
                f"{self.service} at {where} rejected the request (HTTP {status} "
                f"{response.reason or ''}".rstrip() + f"){suffix}"
            )
        retry_after = parse_retry_after(response.headers.get("Retry-After"))
        error.data = body.data
        return with_details(error, status=status, code=code, retry_after=retry_after, detail=detail)

    def _default_not_found_message(self, url: str, detail: str, code: str = "") -> str:
        return f"{self.service}: nothing found at {url} (HTTP 404){': ' + detail if detail else ''}."


def router_url(url: str, default: str, path: str, hint: str) -> str:
    """A one-URL API's address (Taobao's and Pinduoduo's routers): ``default`` when empty, a bare host
    made https, ``path`` added when missing. ``hint`` ends the message for an address that is not one."""
    text = url.strip() or default
    if "://" not in text:
        text = f"https://{text}"
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConnectorError(f"{url!r} is not a web address; {hint}.")
    route = parts.path.rstrip("/")
    if not route.endswith(path):
        route += path
    return urlunsplit((parts.scheme, parts.netloc, route, "", ""))
