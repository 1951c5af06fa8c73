"""The shared HTTP client's hooks, on canned answers (no network)."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any

import pytest
import requests
from urllib3.exceptions import NewConnectionError

from connectors.base import AuthError, CancelledError, ConnectorError, RejectedError, ThrottledError, TransientError
from connectors.http import ErrorBody, HttpClient, JsonResponse, RetryLater, failed_before_sending, wait
from tests.connectors.conftest import SleepRecorder

URL = "https://shop.test/api?secret=x"
Answer = requests.Response | BaseException


def answer(status: int = 200, body: Any = None, *, text: bytes | None = None,
           headers: dict[str, str] | None = None) -> requests.Response:
    response = requests.Response()
    response.status_code = status
    response.reason = {200: "OK", 400: "Bad Request", 409: "Conflict", 422: "Unprocessable Entity",
                       429: "Too Many Requests", 500: "Internal Server Error"}.get(status, "")
    response._content = text if text is not None else json.dumps(body).encode()  # noqa: SLF001 - canned
    response.headers.update(headers or {})
    return response


class Canned(requests.Session):
    """Answers each request with the next canned answer (raising it when it is an exception)."""

    def __init__(self, *answers: Answer) -> None:
        super().__init__()
        self.answers = list(answers)
        self.sent: list[dict[str, Any]] = []

    def request(self, method: str, url: str, **kwargs: Any) -> requests.Response:  # type: ignore[override]
        self.sent.append({"method": method, **kwargs})
        next_answer = self.answers.pop(0)
        if isinstance(next_answer, BaseException):
            raise next_answer
        return next_answer


def client(session: Canned, sleeps: SleepRecorder, **options: Any) -> HttpClient:
    return HttpClient("Shop", sleep=sleeps, session=session, **{"max_retries": 3, **options})


def refused_connection() -> requests.exceptions.ConnectionError:
    return requests.exceptions.ConnectionError(NewConnectionError(None, "Failed to establish a new connection: "  # type: ignore[arg-type]
                                                                  "[Errno 111] Connection refused"))


def dropped_connection() -> requests.exceptions.ConnectionError:
    return requests.exceptions.ConnectionError(ConnectionResetError(104, "Connection reset by peer"))


# -- idempotency ----------------------------------------------------------------------------------


def test_failed_before_sending_tells_connect_errors_from_dropped_ones() -> None:
    assert failed_before_sending(refused_connection())
    assert failed_before_sending(requests.exceptions.ConnectTimeout("connect timed out"))
    assert not failed_before_sending(dropped_connection())
    assert not failed_before_sending(requests.exceptions.ReadTimeout("read timed out"))


@pytest.mark.parametrize("failure", [dropped_connection, lambda: requests.exceptions.ReadTimeout("slow")])
def test_a_post_is_not_repeated_when_the_channel_may_have_acted(sleeps: SleepRecorder,
                                                                failure: Callable[[], BaseException]) -> None:
    session = Canned(failure(), answer(200, {"id": 1}))

    with pytest.raises(TransientError) as caught:
        client(session, sleeps).send_json("POST", URL, json_body={"tracking": "1"})
    assert len(session.sent) == 1 and caught.value.retryable and caught.value.attempts == 1


@pytest.mark.parametrize("failure", [refused_connection, lambda: requests.exceptions.ConnectTimeout("no")])
def test_a_post_is_repeated_when_the_connection_was_never_made(sleeps: SleepRecorder,
                                                               failure: Callable[[], BaseException]) -> None:
    session = Canned(failure(), answer(201, {"id": 7}))

    assert client(session, sleeps).send_json("POST", URL, json_body={}).body == {"id": 7}
    assert len(session.sent) == 2 and len(sleeps.calls) == 1


def test_idempotent_true_repeats_a_post_and_false_stops_a_put(sleeps: SleepRecorder) -> None:
    session = Canned(dropped_connection(), answer(200, {"ok": True}))
    assert client(session, sleeps).send_json("POST", URL, json_body={}, idempotent=True).body == {"ok": True}

    session = Canned(answer(500, {}), answer(200, {}))
    with pytest.raises(TransientError, match="HTTP 500"):
        client(session, sleeps).request("PUT", URL, json_body={}, idempotent=False)
    assert len(session.sent) == 1


def test_a_post_is_repeated_after_429_and_503(sleeps: SleepRecorder) -> None:
    session = Canned(answer(429, {}, headers={"Retry-After": "2"}), answer(503, {}), answer(200, {"id": 3}))

    assert client(session, sleeps).send_json("POST", URL, json_body={}).body == {"id": 3}
    assert sleeps.calls[0] == 2.0 and len(session.sent) == 3


def test_form_bodies_are_form_encoded(sleeps: SleepRecorder) -> None:
    session = Canned(answer(200, {"access_token": "t"}))

    client(session, sleeps).send_json("POST", URL, form_body={"grant_type": "refresh_token"}, idempotent=True)
    assert session.sent[0]["data"] == {"grant_type": "refresh_token"} and session.sent[0]["json"] is None


# -- judging 2xx answers -------------------------------------------------------------------------------


def pdd_like(result: JsonResponse) -> RetryLater | ConnectorError | None:
    error = result.body.get("error_response") if isinstance(result.body, dict) else None
    if error is None:
        return None
    if error["error_code"] == 70031:
        return RetryLater("flow limit", code="70031", throttled=True, not_acted=True)
    return RejectedError(f"refused: {error['error_msg']}")


def test_check_retries_a_throttled_200_even_for_a_post(sleeps: SleepRecorder) -> None:
    throttled = {"error_response": {"error_code": 70031, "error_msg": "调用过于频繁"}}
    session = Canned(answer(200, throttled), answer(200, {"ok": 1}))

    assert client(session, sleeps, check=pdd_like).send_json("POST", URL, json_body={}).body == {"ok": 1}
    assert len(session.sent) == 2


def test_a_throttled_200_gives_up_as_throttled_without_saying_http_429(sleeps: SleepRecorder) -> None:
    throttled = answer(200, {"error_response": {"error_code": 70031, "error_msg": "调用过于频繁"}})
    session = Canned(*[throttled] * 4)

    with pytest.raises(ThrottledError) as caught:
        client(session, sleeps).send_json("POST", URL, json_body={}, check=pdd_like, what="the stock")
    message = str(caught.value)
    assert "HTTP 429" not in message and "flow limit" in message and "4 attempts" in message
    assert (caught.value.status, caught.value.code, caught.value.attempts) == (200, "70031", 4)


def test_check_maps_body_errors_to_connector_errors(sleeps: SleepRecorder) -> None:
    session = Canned(answer(200, {"error_response": {"error_code": 50001, "error_msg": "bad"}}))

    with pytest.raises(RejectedError, match="refused: bad") as caught:
        client(session, sleeps, check=pdd_like).get_json(URL)
    assert caught.value.status == 200 and len(session.sent) == 1


def test_give_up_builds_the_final_error(sleeps: SleepRecorder) -> None:
    def check(result: JsonResponse) -> RetryLater:
        return RetryLater("busy", give_up=lambda attempts: TransientError(f"Taobao busy after {attempts}"))

    with pytest.raises(TransientError, match="Taobao busy after 2"):
        client(Canned(answer(200, {}), answer(200, {})), sleeps, max_retries=1).get_json(URL, check=check)


def test_a_garbled_2xx_is_retried_even_without_wanting_json(sleeps: SleepRecorder) -> None:
    session = Canned(answer(200, text=b"<b>Warning</b>: PHP notice"), answer(200, text=b""))

    response = client(session, sleeps).request("PUT", URL, json_body={})
    assert response.content == b"" and len(session.sent) == 2

    session = Canned(answer(200, text=b"<html>"), answer(200, {}))
    with pytest.raises(TransientError, match="not JSON"):
        client(session, sleeps).request("POST", URL, json_body={})  # may have acted: not repeated
    assert len(session.sent) == 1


def test_an_empty_answer_to_a_write_is_fine(sleeps: SleepRecorder) -> None:
    assert client(Canned(answer(204, text=b"")), sleeps).send_json("POST", URL, json_body={}).body is None


# -- errors -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("status", [400, 409, 422])
def test_refusals_are_rejected_errors_with_status_and_code(sleeps: SleepRecorder, status: int) -> None:
    def detail(response: requests.Response) -> ErrorBody:
        return ErrorBody("invalid tracking number", "bad_tracking", data={"field": "tracking"})

    session = Canned(answer(status, {}, headers={"Retry-After": "5"}))
    with pytest.raises(RejectedError, match="invalid tracking number") as caught:
        client(session, sleeps, error_detail=detail).send_json("POST", URL, json_body={})
    error = caught.value
    assert (error.status, error.code, error.retry_after, error.detail) == (
        status, "bad_tracking", 5.0, "invalid tracking number")
    assert error.data == {"field": "tracking"}


def test_auth_and_not_found_carry_the_code(sleeps: SleepRecorder) -> None:
    def detail(response: requests.Response) -> ErrorBody:
        return ErrorBody("nope", f"code_{response.status_code}")

    seen: list[tuple[str, str, str]] = []

    def not_found(url: str, text: str, code: str) -> str:
        seen.append((url, text, code))
        return "missing"

    with pytest.raises(AuthError) as caught:
        client(Canned(answer(401, {})), sleeps, error_detail=detail).get_json(URL)
    assert (caught.value.status, caught.value.code) == (401, "code_401")
    with pytest.raises(ConnectorError, match="missing"):
        client(Canned(answer(404, {})), sleeps, error_detail=detail, not_found_message=not_found).get_json(URL)
    assert seen == [("https://shop.test/api", "nope", "code_404")]


def test_giving_up_on_429_carries_retry_after(sleeps: SleepRecorder) -> None:
    session = Canned(*[answer(429, {}, headers={"Retry-After": "1"})] * 2)

    with pytest.raises(ThrottledError, match="HTTP 429") as caught:
        client(session, sleeps, max_retries=1).get_json(URL)
    assert (caught.value.status, caught.value.retry_after, caught.value.attempts) == (429, 1.0, 2)


# -- waiting ------------------------------------------------------------------------------------------------


def test_public_wait_and_backoff(sleeps: SleepRecorder) -> None:
    http = HttpClient("Shop", sleep=sleeps, backoff_base=1.0, backoff_cap=4.0, jitter=lambda: 1.0)

    assert [http.backoff(attempt) for attempt in (1, 2, 3, 4)] == [1.0, 2.0, 4.0, 4.0]
    http.wait(2.5)
    assert sleeps.calls == [2.5]
    with pytest.raises(CancelledError):
        http.wait(1.0, cancelled=lambda: True)


def test_default_wait_notices_cancel_quickly() -> None:
    started = time.monotonic()

    with pytest.raises(CancelledError):
        wait(30.0, lambda: time.monotonic() - started > 0.05)
    assert time.monotonic() - started < 0.5
