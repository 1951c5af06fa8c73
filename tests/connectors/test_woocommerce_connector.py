"""WooCommerceConnector against the channel simulator, plus the shared HTTP helper."""

from __future__ import annotations

import socket
import time
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
import requests

from connectors.base import (
    AuthError,
    CancelledError,
    Connector,
    ConnectorError,
    NotFoundError,
    ShopConfig,
    ThrottledError,
    TransientError,
)
from connectors.http import HttpClient, parse_retry_after
from connectors.registry import create_connector
from connectors.simulator import WooCommerceShop
from connectors.woocommerce import (
    WooCommerceConnector,
    normalise_base_url,
    oauth1_base_string,
    oauth1_sign,
)
from tests.connectors.conftest import ConnectorFactory, SleepRecorder


def list_requests(shop: WooCommerceShop) -> list[dict[str, str]]:
    return [r.query for r in shop.requests if r.path == "/wp-json/wc/v3/orders"]


def pulled_ids(connector: WooCommerceConnector, modified_after: datetime | None = None) -> list[int]:
    return [int(order.external_id) for page in connector.iter_order_pages(modified_after) for order in page.orders]


# -- connecting and auth --------------------------------------------------------------------


@pytest.mark.parametrize("auth", ["basic", "oauth1", "query"])
def test_connection_with_each_auth_mode(connect: ConnectorFactory, shop: WooCommerceShop, auth: str) -> None:
    assert connect(auth=auth).test_connection() == f"WooCommerce at {shop.url}: 120 orders"
    assert shop.requests[-1].status == 200


def test_plain_http_defaults_to_oauth1_signed_in_the_query(connect: ConnectorFactory, shop: WooCommerceShop) -> None:
    connector = connect()
    connector.test_connection()
    connector.test_connection()

    first, second = (r.query for r in shop.requests[-2:])
    assert connector.auth_mode == "oauth1"
    assert first["oauth_signature_method"] == "HMAC-SHA256"
    assert len(first["oauth_nonce"]) == 32 and first["oauth_nonce"] != second["oauth_nonce"]
    assert "oauth_version" not in first and "consumer_secret" not in first


def test_https_defaults_to_basic() -> None:
    assert WooCommerceConnector(ShopConfig("https://shop.example.com", "ck", "cs")).auth_mode == "basic"


def test_oauth1_base_string_follows_the_woocommerce_rules() -> None:
    params = [("per_page", "1"), ("modified_after", "2024-01-01T00:00:00"), ("b c", "x+y")]

    base = oauth1_base_string("get", "http://Shop.test:8080/wp-json/wc/v3/orders?ignored=1", params)

    assert base == (
        "GET&http%3A%2F%2FShop.test%3A8080%2Fwp-json%2Fwc%2Fv3%2Forders&"
        "b%2520c%3Dx%252By%26modified_after%3D2024-01-01T00%253A00%253A00%26per_page%3D1"
    )
    signed = oauth1_sign("GET", "http://h/p", [], "ck", "cs", timestamp=1700000000, nonce="n" * 32)
    assert [k for k, _ in signed] == ["oauth_consumer_key", "oauth_nonce", "oauth_signature_method",
                                       "oauth_timestamp", "oauth_signature"]


def test_wrong_key_is_reported_with_the_server_message(connect: ConnectorFactory) -> None:
    with pytest.raises(AuthError, match=r"Consumer key is invalid\. \[woocommerce_rest_authentication_error\]"):
        connect(key="ck_wrong", auth="oauth1").test_connection()


@pytest.mark.parametrize(("auth", "message"), [
    ("basic", "Consumer secret is invalid."),
    ("query", "Consumer secret is invalid."),
    ("oauth1", "Invalid signature - provided signature does not match."),
])
def test_wrong_secret(connect: ConnectorFactory, sleeps: SleepRecorder, auth: str, message: str) -> None:
    with pytest.raises(AuthError) as caught:
        connect(secret="cs_wrong", auth=auth).test_connection()

    assert message in str(caught.value)
    assert "Check the consumer key and secret" in str(caught.value)
    assert sleeps.calls == []  # auth errors are not retried


def test_missing_credentials_fail_before_any_request(connect: ConnectorFactory, shop: WooCommerceShop) -> None:
    with pytest.raises(AuthError, match="consumer key and secret"):
        connect(key="", secret="").test_connection()
    assert shop.requests == []


def test_wrong_shop_path_is_not_found(connect: ConnectorFactory, simulator) -> None:
    with pytest.raises(NotFoundError) as caught:
        connect(url=f"{simulator.base_url}/no-such-shop").test_connection()

    message = str(caught.value)
    assert "There is no WooCommerce REST API at" in message and "/no-such-shop/wp-json/wc/v3/orders" in message
    assert "Check the shop URL" in message


def test_not_found_message_names_the_error_code(connect: ConnectorFactory, shop: WooCommerceShop) -> None:
    shop.faults.fail_next(status=404)

    with pytest.raises(NotFoundError, match=r"rest_no_route"):
        connect().test_connection()


def test_base_url_normalisation() -> None:
    assert normalise_base_url(" shop.example.com/wp-json/wc/v3/ ") == "https://shop.example.com"
    assert normalise_base_url("http://127.0.0.1:8/webshop/") == "http://127.0.0.1:8/webshop"
    with pytest.raises(ConnectorError):
        normalise_base_url("ftp://shop.example.com")


def test_registry_builds_the_connector(shop: WooCommerceShop) -> None:
    connector = create_connector("woocommerce", ShopConfig(shop.url, shop.key, shop.secret))

    assert isinstance(connector, WooCommerceConnector) and isinstance(connector, Connector)


# -- paging ------------------------------------------------------------------------------------


def test_paging_yields_every_order_once_in_created_order(connect: ConnectorFactory, shop: WooCommerceShop) -> None:
    pages = list(connect(per_page=50).iter_order_pages(None))

    assert [(p.page, p.total_pages, len(p.orders)) for p in pages] == [(1, 3, 50), (2, 3, 50), (3, 3, 20)]
    ids = [int(order.external_id) for page in pages for order in page.orders]
    assert sorted(ids) == sorted(shop.store.ids()) and len(set(ids)) == 120
    assert ids == shop.store.ids()  # orderby=date&order=asc: oldest first
    queries = list_requests(shop)
    assert [q.get("page") for q in queries] == [None, "2", "3"]
    for query in queries:
        assert (query["orderby"], query["order"], query["per_page"]) == ("date", "asc", "50")
        assert (query["status"], query["dates_are_gmt"]) == ("any", "true")
        assert "modified_after" not in query


def test_paging_with_query_auth(connect: ConnectorFactory, shop: WooCommerceShop) -> None:
    assert len(pulled_ids(connect(per_page=50, auth="query"))) == 120

    second_page = [r for r in shop.requests if r.query.get("page") == "2"]
    assert len(second_page) == 1 and second_page[0].query["consumer_key"] == shop.key


def test_orders_carry_the_simulated_money(connect: ConnectorFactory, shop: WooCommerceShop) -> None:
    first_page = next(connect(per_page=10).iter_order_pages(None))

    for order in first_page.orders:
        served = shop.store.order(int(order.external_id))
        assert order.total == Decimal(served["total"])
        assert order.total == sum(line.total for line in order.lines) + order.shipping_total \
            + order.fee_total + order.total_tax
        assert order.updated_at == datetime.fromisoformat(served["date_modified_gmt"]).replace(tzinfo=UTC)


def test_per_page_option_is_capped_at_100(connect: ConnectorFactory, shop: WooCommerceShop) -> None:
    assert len(pulled_ids(connect(per_page=500))) == 120
    assert list_requests(shop)[0]["per_page"] == "100"


def test_paging_by_total_pages_without_link_headers(connect: ConnectorFactory, shop: WooCommerceShop) -> None:
    shop.link_headers = False

    assert sorted(pulled_ids(connect(per_page=50))) == sorted(shop.store.ids())
    assert [q.get("page") for q in list_requests(shop)] == [None, "2", "3"]


def test_jetpack_envelope_is_unwrapped(connect: ConnectorFactory, shop: WooCommerceShop) -> None:
    shop.jetpack_envelope = True

    assert len(pulled_ids(connect(per_page=50))) == 120


def test_modified_after_filters(connect: ConnectorFactory, shop: WooCommerceShop) -> None:
    modified = sorted(order["date_modified_gmt"] for order in shop.store.orders(shop.store.ids()))
    watermark = datetime.fromisoformat(modified[60]).replace(tzinfo=UTC)
    expected = {order["id"] for order in shop.store.orders(shop.store.ids())
                if order["date_modified_gmt"] > modified[60]}

    ids = pulled_ids(connect(per_page=25), watermark + timedelta(microseconds=500))

    assert set(ids) == expected and len(ids) == len(expected) > 0
    assert list_requests(shop)[0]["modified_after"] == modified[60]


def test_new_and_changed_orders_after_a_watermark(connect: ConnectorFactory, shop: WooCommerceShop) -> None:
    watermark = datetime.now(UTC) - timedelta(seconds=5)
    new_ids = shop.store.add_orders(3)
    changed = shop.store.modify_orders(ids=shop.store.ids()[:2])

    assert sorted(pulled_ids(connect(), watermark)) == sorted(changed + new_ids)


# -- retries and failures ---------------------------------------------------------------------


def test_server_errors_are_retried_with_backoff(connect: ConnectorFactory, shop: WooCommerceShop,
                                                sleeps: SleepRecorder) -> None:
    shop.faults.fail_next(status=500, times=2)
    started = time.monotonic()

    assert len(pulled_ids(connect(per_page=50))) == 120

    assert len(sleeps.calls) == 2
    assert 0.25 <= sleeps.calls[0] <= 0.5 and 0.5 <= sleeps.calls[1] <= 1.0  # exponential, jittered
    assert time.monotonic() - started < 5
    assert [r.status for r in shop.requests][:3] == [500, 500, 200]


def test_retry_after_is_honoured(connect: ConnectorFactory, shop: WooCommerceShop, sleeps: SleepRecorder) -> None:
    shop.faults.throttle(times=1, retry_after=7)

    assert connect().test_connection().endswith("120 orders")
    assert sleeps.calls == [7.0]


def test_retry_after_on_503_as_http_date(connect: ConnectorFactory, shop: WooCommerceShop,
                                         sleeps: SleepRecorder) -> None:
    when = datetime.now(UTC) + timedelta(seconds=30)
    shop.faults.fail_next(status=503, retry_after=when.strftime("%a, %d %b %Y %H:%M:%S GMT"))

    connect().test_connection()

    assert 27 <= sleeps.calls[0] <= 30


def test_exhausted_retries_on_5xx(connect: ConnectorFactory, shop: WooCommerceShop, sleeps: SleepRecorder) -> None:
    shop.faults.fail_next(status=503, times=10)

    with pytest.raises(TransientError) as caught:
        list(connect(max_retries=2).iter_order_pages(None))

    message = str(caught.value)
    assert f"{shop.url}/wp-json/wc/v3/orders" in message and "HTTP 503" in message
    assert "orders page 1" in message and "3 attempts" in message
    assert len(sleeps.calls) == 2


def test_exhausted_retries_on_429(connect: ConnectorFactory, shop: WooCommerceShop, sleeps: SleepRecorder) -> None:
    shop.faults.throttle(times=10, retry_after=2)

    with pytest.raises(ThrottledError, match="HTTP 429"):
        connect(max_retries=2).test_connection()
    assert sleeps.calls == [2.0, 2.0]


def test_too_long_retry_after_gives_up_at_once(connect: ConnectorFactory, shop: WooCommerceShop,
                                               sleeps: SleepRecorder) -> None:
    shop.faults.throttle(times=1, retry_after=3600)

    with pytest.raises(ThrottledError, match="asks to wait 3600 s"):
        connect().test_connection()
    assert sleeps.calls == []


def test_page_that_is_not_json_is_retried(connect: ConnectorFactory, shop: WooCommerceShop,
                                          sleeps: SleepRecorder) -> None:
    shop.faults.garble_next(times=2)

    assert len(pulled_ids(connect(per_page=50))) == 120
    assert len(sleeps.calls) == 2


def test_page_that_stays_not_json_names_the_page(connect: ConnectorFactory, shop: WooCommerceShop) -> None:
    pages = connect(per_page=50, max_retries=1).iter_order_pages(None)
    next(pages)
    shop.faults.garble_next(times=5)

    with pytest.raises(TransientError, match=r"orders page 2 .*not JSON"):
        next(pages)


def test_malformed_order_mid_page_is_one_failure(connect: ConnectorFactory, shop: WooCommerceShop) -> None:
    broken_id = shop.store.ids()[57]  # the 8th order of page 2
    shop.faults.malform_order(broken_id, field="line_items[0].quantity", value="abc")

    pages = list(connect(per_page=50).iter_order_pages(None))

    assert [len(p.failures) for p in pages] == [0, 1, 0]
    failure = pages[1].failures[0]
    assert (failure.external_id, failure.field) == (str(broken_id), "line_items[0].quantity")
    assert "'abc' is not a number" in failure.message
    assert len(pages[1].orders) == 49
    assert str(broken_id) not in {o.external_id for p in pages for o in p.orders}


def test_cancel_between_pages(connect: ConnectorFactory, shop: WooCommerceShop) -> None:
    stop = False
    pages = connect(per_page=50).iter_order_pages(None, cancelled=lambda: stop)
    first = next(pages)
    stop = True

    with pytest.raises(CancelledError):
        next(pages)
    assert first.page == 1 and len(list_requests(shop)) == 1


def test_cancel_during_a_retry_wait(connect: ConnectorFactory, shop: WooCommerceShop, sleeps: SleepRecorder) -> None:
    stop = False

    def press_cancel(_: float) -> None:
        nonlocal stop
        stop = True

    sleeps.on_sleep = press_cancel
    shop.faults.fail_next(status=502, times=3)

    with pytest.raises(CancelledError):
        list(connect().iter_order_pages(None, cancelled=lambda: stop))
    assert len(shop.requests) == 1


def test_default_wait_notices_cancel_quickly() -> None:
    client = HttpClient("Test")
    started = time.monotonic()

    with pytest.raises(CancelledError):
        client.wait(30.0, lambda: time.monotonic() - started > 0.05)
    assert time.monotonic() - started < 0.5


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_connection_refused_becomes_transient(sleeps: SleepRecorder) -> None:
    port = closed_port()
    connector = WooCommerceConnector(
        ShopConfig(f"http://127.0.0.1:{port}/webshop", "ck", "cs", max_retries=2), sleep=sleeps)

    with pytest.raises(TransientError) as caught:
        connector.test_connection()

    message = str(caught.value)
    assert f"Could not reach WooCommerce at http://127.0.0.1:{port}/webshop/wp-json/wc/v3/orders" in message
    assert "connection refused" in message and "3 attempts" in message
    assert len(sleeps.calls) == 2


def test_query_auth_secret_never_appears_in_errors(connect: ConnectorFactory, shop: WooCommerceShop) -> None:
    shop.faults.fail_next(status=500, times=5)

    with pytest.raises(TransientError) as caught:
        connect(auth="query", max_retries=1).test_connection()
    assert shop.secret not in str(caught.value)


# -- the HTTP helper on its own -------------------------------------------------------------------


class TimeoutSession(requests.Session):
    def __init__(self) -> None:
        super().__init__()
        self.calls = 0

    def request(self, *args: object, **kwargs: object) -> requests.Response:  # type: ignore[override]
        self.calls += 1
        raise requests.exceptions.ReadTimeout("read timed out")


def test_timeouts_are_retried_then_transient(sleeps: SleepRecorder) -> None:
    session = TimeoutSession()
    client = HttpClient("Shop", timeout=2.5, max_retries=2, sleep=sleeps, session=session)

    with pytest.raises(TransientError, match=r"no answer within 2\.5 s"):
        client.get_json("https://shop.test/api?secret=x", what="orders page 4")
    assert session.calls == 3 and len(sleeps.calls) == 2


def test_non_idempotent_request_is_not_repeated_after_a_timeout(sleeps: SleepRecorder) -> None:
    session = TimeoutSession()
    client = HttpClient("Shop", max_retries=3, sleep=sleeps, session=session)

    with pytest.raises(TransientError):
        client.request("POST", "https://shop.test/api")
    assert session.calls == 1


def test_parse_retry_after() -> None:
    now = datetime(2025, 1, 1, 12, 0, 0, tzinfo=UTC)

    assert parse_retry_after("2.0") == 2.0
    assert parse_retry_after("Wed, 01 Jan 2025 12:00:09 GMT", now=now) == 9.0
    assert parse_retry_after("Wed, 01 Jan 2025 11:00:00 GMT", now=now) == 0.0
    assert parse_retry_after("soon") is None and parse_retry_after(None) is None
