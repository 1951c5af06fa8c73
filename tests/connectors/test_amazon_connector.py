"""AmazonConnector against the simulated Amazon seller: LWA, paging, pacing, faults, pushes, chaos."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest

from connectors.amazon import AmazonConnector, package_reference, parse_rate_limits
from connectors.base import (
    AuthError,
    CancelledError,
    ChannelOrder,
    ConnectorError,
    NotFoundError,
    PushingConnector,
    ShipmentConfirmation,
    ShipmentLine,
    ShopConfig,
    StockLevel,
    TransientError,
)
from connectors.registry import create_connector
from connectors.simulator import ChannelSimulator
from connectors.simulator.amazon import AmazonShop, sp_error
from connectors.simulator.amazon_orders import OrderQuery
from tests.connectors.conftest import SleepRecorder

FAST = "*=10000/10000"
ORDERS = "/orders/v0/orders"
TOKEN = "/auth/o2/token"
SHIPPED_AT = datetime(2025, 5, 2, 8, 30, tzinfo=UTC)

Connect = Callable[..., AmazonConnector]


@pytest.fixture
def shop(simulator: ChannelSimulator) -> AmazonShop:
    """120 orders, rate limits out of the way."""
    return simulator.add_shop("amazon", "amazon", seed=21, orders=120, rate_limits=FAST)


@pytest.fixture
def connect(shop: AmazonShop, sleeps: SleepRecorder) -> Iterator[Connect]:
    """A connector for ``shop`` (or ``target``); keyword arguments override ShopConfig parts and options."""
    made: list[AmazonConnector] = []

    def factory(target: AmazonShop | None = None, *, key: str | None = None, secret: str | None = None,
                secrets: dict[str, str] | None = None, saved: dict[str, str] | None = None,
                timeout: float = 5.0, max_retries: int = 3, backoff: float = 0.5,
                clock: Callable[[], float] | None = None, **options: Any) -> AmazonConnector:
        connection = (target or shop).connection()
        config = ShopConfig(
            base_url=options.pop("url", connection["base_url"]),
            key=connection["key"] if key is None else key,
            secret=connection["secret"] if secret is None else secret,
            options={**connection["options"], **options},
            timeout_seconds=timeout,
            max_retries=max_retries,
            backoff_seconds=backoff,
            secrets=connection["secrets"] if secrets is None else secrets,
            save_credentials=None if saved is None else saved.update,
        )
        connector = AmazonConnector(config, sleep=sleeps, clock=clock)
        made.append(connector)
        return connector

    yield factory
    for connector in made:
        connector.close()


def paths(shop: AmazonShop) -> list[str]:
    return [request.path for request in shop.requests]


def list_queries(shop: AmazonShop) -> list[dict[str, str]]:
    return [request.query for request in shop.requests if request.path == ORDERS]


def pull(connector: AmazonConnector, since: datetime | None = None) -> dict[str, ChannelOrder]:
    """The newest version of each order pulled (an order may come more than once)."""
    return {order.external_id: order for page in connector.iter_order_pages(since) for order in page.orders}


def importable(shop: AmazonShop) -> dict[str, Any]:
    return {order_id: truth for order_id, truth in shop.truth().items() if not truth.held}


def unshipped_mfn(shop: AmazonShop) -> list[str]:
    return [order_id for order_id in shop.store.ids()
            if shop.store.status(order_id) == "Unshipped" and shop.store.order(order_id)["FulfillmentChannel"] == "MFN"]


# -- Login with Amazon --------------------------------------------------------------------------------


def test_connection_exchanges_the_refresh_token_then_calls_with_the_access_token(connect: Connect,
                                                                                 shop: AmazonShop) -> None:
    assert connect().test_connection() == f"Amazon seller {shop.seller_id} on Amazon.com: connected"

    assert [(r.method, r.path, r.status) for r in shop.requests] == [("POST", TOKEN, 200), ("GET", ORDERS, 200)]
    assert shop.tokens_issued == 1
    query = list_queries(shop)[0]
    assert (query["MarketplaceIds"], query["MaxResultsPerPage"]) == ("ATVPDKIKX0DER", "1")


def test_access_token_is_reused_and_saved(connect: Connect, shop: AmazonShop) -> None:
    saved: dict[str, str] = {}
    connector = connect(saved=saved)
    connector.test_connection()
    connector.test_connection()

    assert shop.tokens_issued == 1
    assert saved["access_token"].startswith("Atza|")
    lifetime = datetime.fromisoformat(saved["access_token_expires_at"]) - datetime.now(UTC)
    assert timedelta(seconds=3590) < lifetime <= timedelta(seconds=3600)


def test_a_saved_token_serves_the_next_run_without_a_refresh(connect: Connect, shop: AmazonShop) -> None:
    saved: dict[str, str] = {}
    connect(saved=saved).test_connection()

    connect(secrets={**shop.connection()["secrets"], **saved}).test_connection()

    assert shop.tokens_issued == 1 and paths(shop).count(TOKEN) == 1


def test_a_saved_token_about_to_expire_is_refreshed_first(connect: Connect, shop: AmazonShop) -> None:
    saved: dict[str, str] = {}
    connect(saved=saved).test_connection()
    nearly_expired = (datetime.now(UTC) + timedelta(seconds=30)).isoformat()

    connect(secrets={**shop.connection()["secrets"], **saved,
                     "access_token_expires_at": nearly_expired}).test_connection()

    assert paths(shop) == [TOKEN, ORDERS, TOKEN, ORDERS]


def test_expired_token_answer_gets_a_fresh_token_and_goes_on(connect: Connect, shop: AmazonShop) -> None:
    connector = connect()
    connector.test_connection()
    shop.faults.expire_token()

    connector.test_connection()

    assert [(r.path, r.status) for r in shop.requests] == [(TOKEN, 200), (ORDERS, 200), (ORDERS, 403),
                                                           (TOKEN, 200), (ORDERS, 200)]


def test_revoked_saved_token_is_replaced_once(connect: Connect, shop: AmazonShop) -> None:
    secrets = {**shop.connection()["secrets"], "access_token": "Atza|revoked",
               "access_token_expires_at": (datetime.now(UTC) + timedelta(hours=1)).isoformat()}

    connect(secrets=secrets).test_connection()

    assert [(r.path, r.status) for r in shop.requests] == [(ORDERS, 403), (TOKEN, 200), (ORDERS, 200)]


def test_refusal_with_a_fresh_token_is_not_repeated(connect: Connect, shop: AmazonShop) -> None:
    with pytest.raises(AuthError) as caught:
        connect(seller_id="A0WRONGSELLER").push_stock([StockLevel(1, channel_sku="TS-CREW-WHT-S")])

    assert "Access to requested resource is denied. [Unauthorized]" in str(caught.value)
    assert "has the Orders and Product Listing roles" in str(caught.value)
    assert shop.tokens_issued == 1 and len(shop.requests) == 2


def test_wrong_refresh_token(connect: Connect, shop: AmazonShop, sleeps: SleepRecorder) -> None:
    with pytest.raises(AuthError) as caught:
        connect(secrets={"refresh_token": "Atzr|wrong"}).test_connection()

    assert "User may have unauthorized or didn't grant the permission. [invalid_grant]" in str(caught.value)
    assert "enter the new refresh token" in str(caught.value)
    assert sleeps.calls == [] and paths(shop) == [TOKEN]


def test_wrong_client_secret(connect: Connect, shop: AmazonShop) -> None:
    with pytest.raises(AuthError) as caught:
        connect(secret="amzn1.oa2-cs.v1.wrong").test_connection()

    message = str(caught.value)
    assert f"Amazon login (LWA) at {shop.url}{TOKEN} refused the credentials (HTTP 401)" in message
    assert "Client authentication failed [invalid_client] Check the LWA client ID and client secret" in message


def test_missing_credentials_fail_before_any_request(connect: Connect, shop: AmazonShop) -> None:
    with pytest.raises(AuthError, match="LWA client ID and client secret .* and the seller's refresh token"):
        connect(secrets={}).test_connection()
    assert shop.requests == []


def test_missing_marketplace_fails_before_any_request(connect: Connect, shop: AmazonShop) -> None:
    with pytest.raises(ConnectorError, match="at least one marketplace ID"):
        list(connect(marketplace_ids=" , ").iter_order_pages(None))
    assert shop.requests == []


def test_wrong_lwa_url(connect: Connect, simulator: ChannelSimulator) -> None:
    with pytest.raises(NotFoundError, match=r"no Login with Amazon token endpoint at .*/nowhere/auth/o2/token"):
        connect(lwa_url=f"{simulator.base_url}/nowhere/auth/o2/token").test_connection()


def test_wrong_endpoint(connect: Connect, simulator: ChannelSimulator, shop: AmazonShop) -> None:
    with pytest.raises(NotFoundError) as caught:
        connect(url=f"{simulator.base_url}/nowhere").test_connection()

    assert f"There is no Selling Partner API at {simulator.base_url}/nowhere/orders/v0/orders" in str(caught.value)
    assert "sellingpartnerapi-na.amazon.com, -eu or -fe" in str(caught.value)


def test_it_is_a_registered_pushing_connector(connect: Connect, shop: AmazonShop) -> None:
    connector = connect()
    assert isinstance(create_connector("amazon", ShopConfig(**shop.connection())), AmazonConnector)
    assert isinstance(connector, PushingConnector)
    assert {field.name for field in connector.settings} >= {"key", "secret", "refresh_token", "seller_id",
                                                            "marketplace_ids", "lwa_url", "rate_limits"}
    assert [field.name for field in connector.settings if field.secret] == ["secret", "refresh_token"]


# -- pulling orders ------------------------------------------------------------------------------------


def test_full_pull_pages_by_next_token_with_the_same_filters(connect: Connect, shop: AmazonShop) -> None:
    connector = connect(per_page=50)
    pages = list(connector.iter_order_pages(None))

    truth = shop.truth()
    held = sorted(order_id for order_id, t in truth.items() if t.held)
    assert [page.page for page in pages] == [1, 2, 3] and all(page.failures == () for page in pages)
    pulled = [order.external_id for page in pages for order in page.orders]
    assert sorted(pulled) == sorted(importable(shop)) and len(set(pulled)) == len(pulled)
    assert sorted(connector.held_orders) == held and held
    updated = [order.updated_at for page in pages for order in page.orders]
    assert updated == sorted(updated)  # oldest change first
    first, *later = list_queries(shop)
    assert first == {"MarketplaceIds": "ATVPDKIKX0DER", "LastUpdatedAfter": "2000-01-01T00:00:00Z",
                     "MaxResultsPerPage": "50"}
    assert len(later) == 2 and all(query == {**first, "NextToken": query["NextToken"]} for query in later)
    assert paths(shop).count(ORDERS) == 3
    assert sum(path.endswith("/orderItems") for path in paths(shop)) == len(pulled)  # none for Pending orders


def test_pulled_orders_carry_the_channel_money(connect: Connect, shop: AmazonShop) -> None:
    orders = pull(connect())

    for order in orders.values():
        served = shop.store.order(order.external_id)
        assert order.total == Decimal(served["OrderTotal"]["Amount"]) if "OrderTotal" in served else order.total == 0
        assert order.total == sum(line.total for line in order.lines) + order.shipping_total + order.fee_total \
            + order.total_tax
        assert order.updated_at == datetime.fromisoformat(served["LastUpdateDate"].replace("Z", "+00:00"))
        assert [line.external_id for line in order.lines] == [item["OrderItemId"]
                                                             for item in shop.store.items(order.external_id)]
    assert any(order.discount_total for order in orders.values())
    assert any(order.shipping_total for order in orders.values()) and any(order.total_tax for order in orders.values())


def test_vat_marketplace_lines_exclude_the_vat(connect: Connect, simulator: ChannelSimulator) -> None:
    german = simulator.add_shop("amazon", "amazon-de", seed=4, orders=60, marketplace="DE", rate_limits=FAST)

    orders = pull(connect(german))

    assert orders and all(order.prices_include_tax and order.currency == "EUR" for order in orders.values())
    for order in orders.values():
        assert order.total == sum(line.total for line in order.lines) + order.shipping_total + order.total_tax
        for line, item in zip(order.lines, german.store.items(order.external_id), strict=True):
            served_price = item.get("ItemPrice", {"Amount": "0"})["Amount"]  # none if cancelled unpaid
            assert line.subtotal + line.subtotal_tax == Decimal(served_price)


def test_incremental_pull_sees_new_and_changed_orders(connect: Connect, shop: AmazonShop) -> None:
    watermark = datetime.now(UTC) - timedelta(seconds=2)
    new_ids = shop.store.add_orders(4)
    changed = shop.store.modify_orders(ids=unshipped_mfn(shop)[:2])

    connector = connect()
    orders = pull(connector, watermark + timedelta(microseconds=700))

    expected = {order_id for order_id in new_ids + changed if not shop.truth()[order_id].held}
    assert set(orders) == expected
    assert set(connector.held_orders) == set(new_ids) - expected
    assert list_queries(shop)[0]["LastUpdatedAfter"] == watermark.strftime("%Y-%m-%dT%H:%M:%SZ")


def test_held_pending_order_comes_once_it_is_paid(connect: Connect, shop: AmazonShop) -> None:
    connector = connect()
    pull(connector)
    pending = connector.held_orders[0]
    watermark = datetime.now(UTC) - timedelta(seconds=1)

    shop.store.modify_orders([pending])  # paid (or cancelled before payment)
    orders = pull(connector, watermark)

    assert list(orders) == [pending] and connector.held_orders == []
    assert orders[pending].status == shop.truth()[pending].status in ("Unshipped", "Canceled")


def test_items_are_paged_too(connect: Connect, simulator: ChannelSimulator) -> None:
    paged = simulator.add_shop("amazon", "paged", seed=21, orders=40, rate_limits=FAST, items_page_size=1)

    orders = pull(connect(paged))

    multi = [order for order in orders.values() if len(order.lines) > 1]
    assert multi
    for order in multi:
        assert [line.external_id for line in order.lines] == [i["OrderItemId"] for i in paged.store.items(
            order.external_id)]
    assert any(r.query.get("NextToken") for r in paged.requests if r.path.endswith("/orderItems"))


def test_fetch_order(connect: Connect, shop: AmazonShop) -> None:
    connector = connect()
    order_id = unshipped_mfn(shop)[0]
    pending = next(order_id for order_id, truth in shop.truth().items() if truth.held)

    order = connector.fetch_order(order_id)
    held = connector.fetch_order(pending)

    assert isinstance(order, ChannelOrder) and order.total == shop.truth()[order_id].total
    assert (held.external_id, held.field) == (pending, "OrderStatus")  # type: ignore[union-attr]
    with pytest.raises(NotFoundError, match=r"Order 999-0000000-0000000 was not found. \[NotFound\]"):
        connector.fetch_order("999-0000000-0000000")


# -- pacing and throttling -------------------------------------------------------------------------------


class FakeClock:
    """Monotonic time that moves only when the connector sleeps."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds


def test_documented_limits_are_the_default_and_can_be_overridden(connect: Connect) -> None:
    documented = connect(rate_limits="")
    custom = connect(rate_limits="getOrderItems=2/3, *=50/60")

    assert documented.pacer.limit("getOrders") == (0.0167, 20)
    assert documented.pacer.limit("getOrderItems") == (0.5, 30)
    assert documented.pacer.limit("confirmShipment") == (2.0, 10)
    assert documented.pacer.limit("patchListingsItem") == (5.0, 5)
    assert custom.pacer.limit("getOrders") == (50, 60) and custom.pacer.limit("getOrderItems") == (50, 60)
    assert parse_rate_limits({"getOrders": (1, 2)}) == {"getOrders": (1.0, 2.0)}
    with pytest.raises(ConnectorError, match="rate_limits option 'getOrders=fast' cannot be read"):
        connect(rate_limits="getOrders=fast")


def test_item_calls_are_paced_to_the_operation_rate(connect: Connect, shop: AmazonShop,
                                                     sleeps: SleepRecorder) -> None:
    clock = FakeClock()
    sleeps.on_sleep = clock.sleep
    connector = connect(rate_limits="getOrderItems=2/3", clock=clock)

    orders = pull(connector)

    assert sleeps.calls == [pytest.approx(0.5)] * (len(orders) - 3)  # burst 3, then one every 0.5 s
    assert clock.now == pytest.approx(1000 + (len(orders) - 3) * 0.5)


def test_real_pacing_keeps_the_channel_from_throttling(simulator: ChannelSimulator) -> None:
    strict = simulator.add_shop("amazon", "strict", seed=3, orders=12, rate_limits="getOrderItems=40/4")
    connection = strict.connection()
    connector = AmazonConnector(ShopConfig(**{**connection, "options": {
        **connection["options"], "rate_limits": "getOrderItems=40/2"}}))  # real sleeps, real clock
    started = time.monotonic()

    orders = pull(connector)

    assert set(orders) == set(importable(strict))
    assert 429 not in {r.status for r in strict.requests}
    assert time.monotonic() - started >= (len(orders) - 2) / 40 * 0.9


def test_quota_exceeded_from_the_channel_is_retried(connect: Connect, simulator: ChannelSimulator,
                                                   sleeps: SleepRecorder) -> None:
    strict = simulator.add_shop("amazon", "strict", seed=3, orders=12, rate_limits="*=10000/10000,getOrderItems=20/2")
    sleeps.on_sleep = time.sleep  # the channel's bucket refills in real time
    # getOrderItems is not configured: the connector starts from the documented burst of 30
    connector = connect(strict, rate_limits="getOrders=10000/10000", backoff=0.05)

    orders = pull(connector)

    assert set(orders) == set(importable(strict))
    throttled = [r for r in strict.requests if r.status == 429]
    assert 1 <= len(throttled) <= 3 and all(r.path.endswith("/orderItems") for r in throttled)
    assert connector.pacer.limit("getOrderItems") == (20.0, 1)  # the header's rate; no bursts after a 429


def test_rate_header_tunes_operations_not_configured(connect: Connect, shop: AmazonShop) -> None:
    connector = connect(rate_limits="getOrderItems=3/30")

    connector.test_connection()
    pull(connector)

    assert connector.pacer.limit("getOrders") == (10000.0, 20)  # x-amzn-RateLimit-Limit: 10000
    assert connector.pacer.limit("getOrderItems") == (3.0, 30)  # configured: kept


def test_throttle_with_retry_after(connect: Connect, shop: AmazonShop, sleeps: SleepRecorder) -> None:
    connector = connect()
    connector.test_connection()
    shop.faults.throttle(times=2, retry_after=0.25)

    connector.test_connection()

    assert [wait for wait in sleeps.calls if wait >= 0.01] == [0.25, 0.25]
    assert [r.status for r in shop.requests][2:] == [429, 429, 200]


# -- faults ---------------------------------------------------------------------------------------------


def test_server_errors_are_retried(connect: Connect, shop: AmazonShop, sleeps: SleepRecorder) -> None:
    connector = connect(per_page=50)
    connector.test_connection()
    shop.faults.fail_next(500, times=2)

    assert set(pull(connector)) == set(importable(shop))
    assert [r.status for r in shop.requests][2:5] == [500, 500, 200]
    assert 0.25 <= sleeps.calls[0] <= 0.5 and 0.5 <= sleeps.calls[1] <= 1.0


def test_exhausted_retries_name_the_page_and_the_answer(connect: Connect, shop: AmazonShop) -> None:
    connector = connect(per_page=50, max_retries=2)
    pages = connector.iter_order_pages(None)
    next(pages)
    shop.faults.fail_next(503, times=5)

    with pytest.raises(TransientError) as caught:
        next(pages)

    message = str(caught.value)
    assert f"Amazon at {shop.url}{ORDERS} failed for orders page 2 after 3 attempts" in message
    assert "last answer: HTTP 503" in message


def test_answer_that_is_not_json_is_retried(connect: Connect, shop: AmazonShop) -> None:
    connector = connect(per_page=50)
    connector.test_connection()
    shop.faults.garble_next(times=2)

    assert set(pull(connector)) == set(importable(shop))
    assert paths(shop).count(ORDERS) == 1 + 2 + 3  # the test, two garbled answers, three pages


def test_slow_answers_time_out_and_are_retried(connect: Connect, shop: AmazonShop) -> None:
    connector = connect(timeout=0.2)
    connector.test_connection()
    shop.faults.slow_next(times=2, seconds=0.3)
    started = time.monotonic()

    assert set(pull(connector)) == set(importable(shop))
    assert 0.4 <= time.monotonic() - started < 5


def test_dropped_connections_are_retried(connect: Connect, shop: AmazonShop) -> None:
    connector = connect()
    connector.test_connection()
    shop.faults.drop_next(times=2)

    assert set(pull(connector)) == set(importable(shop))


def test_token_expiring_in_the_middle_of_a_pull(connect: Connect, shop: AmazonShop) -> None:
    connector = connect(per_page=50)
    pages = connector.iter_order_pages(None)
    first = next(pages)
    shop.faults.expire_token()

    rest = list(pages)

    assert len(first.orders) + sum(len(page.orders) for page in rest) == len(importable(shop))
    assert shop.tokens_issued == 2 and [r.status for r in shop.requests].count(403) == 1


def test_repeated_order_on_the_next_page_is_harmless(connect: Connect, shop: AmazonShop) -> None:
    repeated = first_page_ids(shop)[-1]
    shop.faults.duplicate_on_pages(times=1)

    connector = connect(per_page=50)
    pages = list(connector.iter_order_pages(None))

    pulled = [order.external_id for page in pages for order in page.orders]
    assert set(pulled) == set(importable(shop))
    seen_twice = connector.held_orders if shop.truth()[repeated].held else pulled
    assert seen_twice.count(repeated) == 2 and len(seen_twice) == len(set(seen_twice)) + 1


def test_orders_changed_while_paging_come_again_with_their_news(connect: Connect, shop: AmazonShop) -> None:
    changed = first_page_ids(shop)[:3]
    shop.faults.modify_during_paging(after_page=1, count=3)

    connector = connect(per_page=50)
    pages = list(connector.iter_order_pages(None))

    later = [order.external_id for page in pages[1:] for order in page.orders] + connector.held_orders
    assert all(order_id in later for order_id in changed)
    final = {order.external_id: order for page in pages for order in page.orders}
    truth = shop.truth()
    assert set(final) == set(importable(shop))
    assert all((order.status, order.total) == (truth[i].status, truth[i].total) for i, order in final.items())


def first_page_ids(shop: AmazonShop, size: int = 50) -> list[str]:
    ids, _ = shop.store.select(OrderQuery("updated", datetime(2000, 1, 1, tzinfo=UTC)), None, size)
    return ids


def test_malformed_orders_fail_alone(connect: Connect, shop: AmazonShop) -> None:
    first, second = unshipped_mfn(shop)[:2]
    shop.faults.malform_order(first, field="OrderTotal.Amount", value="abc")  # type: ignore[arg-type]
    shop.faults.malform_order(second, field="OrderItems[0].QuantityOrdered", value=None)  # type: ignore[arg-type]

    pages = list(connect().iter_order_pages(None))

    failures = {failure.external_id: failure for page in pages for failure in page.failures}
    assert (failures[first].field, failures[first].message) == ("OrderTotal.Amount", "'abc' is not a number")
    assert (failures[second].field, failures[second].message) == ("OrderItems[0].QuantityOrdered", "is missing")
    assert failures[second].raw["OrderItems"][0]["SellerSKU"]
    pulled = {order.external_id for page in pages for order in page.orders}
    assert pulled == set(importable(shop)) - {first, second}


def test_items_refused_for_one_order_fail_that_order_only(connect: Connect, shop: AmazonShop,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    victim = unshipped_mfn(shop)[0]
    serve_items = shop._get_order_items  # noqa: SLF001

    def refuse_one(request: Any, order_id: str) -> Any:
        if order_id == victim:
            return sp_error(400, "InvalidInput", "Invalid Input")
        return serve_items(request, order_id)

    monkeypatch.setattr(shop, "_get_order_items", refuse_one)
    pages = list(connect().iter_order_pages(None))

    (failure,) = [failure for page in pages for failure in page.failures]
    assert (failure.external_id, failure.field) == (victim, "OrderItems")
    assert "Amazon refused to list the items: Amazon at" in failure.message and "[InvalidInput]" in failure.message


def test_cancel_between_pages(connect: Connect, shop: AmazonShop) -> None:
    stop = False
    pages = connect(per_page=50).iter_order_pages(None, cancelled=lambda: stop)
    next(pages)
    stop = True

    with pytest.raises(CancelledError):
        next(pages)
    assert paths(shop).count(ORDERS) == 1


def test_cancel_while_waiting_for_the_rate(connect: Connect, shop: AmazonShop, sleeps: SleepRecorder) -> None:
    stop = False

    def press_cancel(_: float) -> None:
        nonlocal stop
        stop = True

    sleeps.on_sleep = press_cancel

    with pytest.raises(CancelledError):
        list(connect(rate_limits="getOrderItems=1/1").iter_order_pages(None, cancelled=lambda: stop))
    assert sum(path.endswith("/orderItems") for path in paths(shop)) == 1


# -- shipments -----------------------------------------------------------------------------------------


def shipment(order_id: str, package: str = "PKG-1", tracking: str = "1Z999AA10123456784", *lines: ShipmentLine,
             carrier: str = "UPS") -> ShipmentConfirmation:
    return ShipmentConfirmation(order_id, package, carrier, tracking, SHIPPED_AT, lines=tuple(lines),
                                carrier_name=carrier)


def tracking_records(shop: AmazonShop) -> list[str]:
    return [entry.key for entry in shop.pushes.entries("tracking")]


def test_whole_order_shipment(connect: Connect, shop: AmazonShop) -> None:
    order_id = unshipped_mfn(shop)[0]
    items = shop.store.items(order_id)

    result = connect().confirm_shipment(shipment(order_id))

    assert (result.accepted, result.key, result.channel_reference) == (True, "PKG-1", package_reference("PKG-1"))
    assert result.channel_reference.isdigit()
    assert shop.store.status(order_id) == "Shipped"
    (record,) = shop.pushes.entries("tracking")
    assert record.key == f"{order_id}/1Z999AA10123456784"
    assert record.payload == {"marketplaceId": "ATVPDKIKX0DER", "packageDetail": {
        "packageReferenceId": result.channel_reference, "carrierCode": "UPS", "carrierName": "UPS",
        "trackingNumber": "1Z999AA10123456784", "shipDate": "2025-05-02T08:30:00.000Z",
        "orderItems": [{"orderItemId": item["OrderItemId"], "quantity": item["QuantityOrdered"]} for item in items]}}


def test_partial_shipments_list_only_what_left(connect: Connect, shop: AmazonShop) -> None:
    order_id = next(i for i in unshipped_mfn(shop) if sum(item["QuantityOrdered"] for item in shop.store.items(i)) > 1)
    first_item, *other_items = shop.store.items(order_id)
    connector = connect()

    one = connector.confirm_shipment(shipment(order_id, "PKG-A", "TRACK-A",
                                              ShipmentLine(first_item["OrderItemId"], Decimal("1"))))
    assert one.accepted and shop.store.status(order_id) == "PartiallyShipped"
    rest = connector.confirm_shipment(shipment(order_id, "PKG-B", "TRACK-B"))  # whatever is left

    assert rest.accepted and shop.store.status(order_id) == "Shipped"
    assert tracking_records(shop) == [f"{order_id}/TRACK-A", f"{order_id}/TRACK-B"]
    first_body, second_body = (entry.payload["packageDetail"] for entry in shop.pushes.entries("tracking"))
    assert first_body["orderItems"] == [{"orderItemId": first_item["OrderItemId"], "quantity": 1}]
    left_of_first = first_item["QuantityOrdered"] - 1
    expected_rest = ([{"orderItemId": first_item["OrderItemId"], "quantity": left_of_first}] if left_of_first else [])
    expected_rest += [{"orderItemId": item["OrderItemId"], "quantity": item["QuantityOrdered"]} for item in other_items]
    assert second_body["orderItems"] == expected_rest
    assert first_body["packageReferenceId"] != second_body["packageReferenceId"]


def test_repeated_confirmation_creates_no_second_shipment(connect: Connect, shop: AmazonShop) -> None:
    order_id = unshipped_mfn(shop)[0]
    connector = connect()

    assert connector.confirm_shipment(shipment(order_id)).accepted
    again = connector.confirm_shipment(shipment(order_id))  # the outbox lost the first answer

    assert again.accepted
    assert tracking_records(shop) == [f"{order_id}/1Z999AA10123456784"]


def test_answer_lost_after_amazon_acted(connect: Connect, shop: AmazonShop) -> None:
    order_id = unshipped_mfn(shop)[0]
    connector = connect()
    connector.test_connection()
    shop.faults.drop_next(after_acting=True)

    result = connector.confirm_shipment(shipment(order_id, "77", "TRACK-77", *[
        ShipmentLine(item["OrderItemId"], Decimal(item["QuantityOrdered"])) for item in shop.store.items(order_id)]))

    assert result.accepted and result.channel_reference == "77"
    confirmations = [r for r in shop.requests if r.path.endswith("/shipmentConfirmation")]
    assert len(confirmations) == 2  # sent again after the dropped answer ...
    assert tracking_records(shop) == [f"{order_id}/TRACK-77"]  # ... and it changed nothing


@pytest.mark.parametrize("fault", ["fail", "slow"])
def test_confirmation_is_retried_after_server_trouble(connect: Connect, shop: AmazonShop, fault: str) -> None:
    order_id = unshipped_mfn(shop)[0]
    connector = connect(timeout=0.3)
    connector.test_connection()
    if fault == "fail":
        shop.faults.fail_next(500)
    else:
        shop.faults.slow_next(seconds=0.5)  # Amazon acts, the answer comes too late

    assert connector.confirm_shipment(shipment(order_id)).accepted
    assert tracking_records(shop) == [f"{order_id}/1Z999AA10123456784"]


def test_corrected_tracking_number_updates_the_package(connect: Connect, shop: AmazonShop) -> None:
    order_id = unshipped_mfn(shop)[0]
    connector = connect()
    connector.confirm_shipment(shipment(order_id, "PKG-1", "TYPO-123"))

    assert connector.confirm_shipment(shipment(order_id, "PKG-1", "RIGHT-123")).accepted

    assert tracking_records(shop) == [f"{order_id}/TYPO-123", f"{order_id}/RIGHT-123"]
    assert shop.store.package(order_id, package_reference("PKG-1")).tracking_number == "RIGHT-123"  # type: ignore[union-attr]


def test_refused_shipments_say_why(connect: Connect, shop: AmazonShop) -> None:
    cancelled = next(i for i, t in shop.truth().items() if t.status == "Canceled")
    shipped = next(i for i, t in shop.truth().items() if t.status == "Shipped"
                   and shop.store.order(i)["FulfillmentChannel"] == "MFN")
    connector = connect()

    refused = connector.confirm_shipment(shipment(cancelled))
    fulfilled = connector.confirm_shipment(shipment(shipped, "PKG-9", "TRACK-9"))

    assert (refused.accepted, refused.retryable) == (False, False)
    assert refused.message.startswith(f"Amazon refused the shipment of order {cancelled} (package PKG-1, tracking "
                                      "1Z999AA10123456784, HTTP 400): ")
    assert f"Order {cancelled} is Canceled and cannot be shipped. [InvalidInput]" in refused.message
    assert "order already fulfilled. [GeneralError]" in fulfilled.message
    assert "may already be shipped in Seller Central" in fulfilled.message
    assert tracking_records(shop) == []


def test_shipment_problems_found_before_asking(connect: Connect, shop: AmazonShop) -> None:
    order_id = unshipped_mfn(shop)[0]
    item_id = shop.store.items(order_id)[0]["OrderItemId"]
    requests_before = len(shop.requests)

    result = connect().confirm_shipment(shipment(order_id, "P", "T", ShipmentLine(item_id, Decimal("1.5"))))

    assert not result.accepted and not result.retryable
    assert result.message == (f"Cannot confirm the shipment of Amazon order {order_id}: line {item_id} has "
                              "quantity 1.5; Amazon ships whole units only.")
    assert len(shop.requests) == requests_before


def test_package_reference_is_a_stable_positive_number() -> None:
    assert package_reference("42") == "42" and package_reference("007") == "7"
    assert package_reference("PKG-2025-0001") == package_reference("PKG-2025-0001")
    assert package_reference("PKG-2025-0001") != package_reference("PKG-2025-0002")
    assert all(package_reference(text).isdigit() and int(package_reference(text)) > 0
               for text in ("0", "x", "１２", "99999999999999999999"))


# -- stock ------------------------------------------------------------------------------------------------


def listings(shop: AmazonShop, count: int) -> list[Any]:
    return list(shop.store.listings.values())[:count]


def test_stock_levels_are_patched_one_listing_at_a_time(connect: Connect, shop: AmazonShop) -> None:
    chosen = listings(shop, 3)
    levels = [StockLevel(quantity, listing.sku, listing.asin) for quantity, listing in zip((5, 0, 17), chosen,
                                                                                           strict=True)]

    results = connect().push_stock(levels)

    assert [(r.key, r.accepted) for r in results] == [(level.key, True) for level in levels]
    assert [listing.quantity for listing in chosen] == [5, 0, 17]
    assert [entry.key for entry in shop.pushes.entries("stock")] == [listing.key for listing in chosen]
    patch_requests = [r for r in shop.requests if r.method == "PATCH"]
    assert [r.path for r in patch_requests] == [f"/listings/2021-08-01/items/{shop.seller_id}/{listing.sku}"
                                                for listing in chosen]
    assert patch_requests[0].query == {"marketplaceIds": "ATVPDKIKX0DER", "issueLocale": "en_US"}
    assert shop.pushes.entries("stock")[2].payload["patches"][0]["value"] == [
        {"fulfillment_channel_code": "DEFAULT", "quantity": 17}]
    assert AmazonConnector.max_stock_batch == 20


def test_stock_push_is_safe_to_repeat(connect: Connect, shop: AmazonShop) -> None:
    (listing,) = listings(shop, 1)
    connector = connect()
    connector.test_connection()
    shop.faults.drop_next(after_acting=True)

    (result,) = connector.push_stock([StockLevel(9, listing.sku, listing.asin)])

    assert result.accepted and listing.quantity == 9
    assert [entry.payload["patches"][0]["value"][0]["quantity"] for entry in shop.pushes.entries("stock")] == [9, 9]


def test_stock_refusals_are_per_listing(connect: Connect, shop: AmazonShop) -> None:
    good, other = listings(shop, 2)

    results = connect().push_stock([StockLevel(4, good.sku, good.asin), StockLevel(3, "NO-SUCH-SKU"),
                                    StockLevel(2, "", "B0NOSKU"), StockLevel(-5, other.sku, other.asin)])

    assert [r.accepted for r in results] == [True, False, False, True]
    assert results[1].message == ("Amazon refused the stock of SKU NO-SUCH-SKU (HTTP 404): SKU 'NO-SUCH-SKU' not "
                                  "found in marketplace ATVPDKIKX0DER. [NOT_FOUND].")
    assert not results[2].accepted and "has none" in results[2].message
    assert results[3].accepted and other.quantity == 0  # a negative level publishes 0


def test_stock_failure_part_way_keeps_what_went_through(connect: Connect, shop: AmazonShop) -> None:
    first, second, third = listings(shop, 3)
    connector = connect(max_retries=1)
    connector.push_stock([StockLevel(1, first.sku)])  # token and a warm connection
    levels = [StockLevel(2, first.sku), StockLevel(3, second.sku), StockLevel(4, third.sku)]
    original = shop._patch_listings_item  # noqa: SLF001
    calls = 0

    def fail_after_one(*args: Any) -> Any:
        nonlocal calls
        calls += 1
        return original(*args) if calls == 1 else sp_error(503, "ServiceUnavailable", "Try later.")

    shop._patch_listings_item = fail_after_one  # type: ignore[method-assign]  # noqa: SLF001
    results = connector.push_stock(levels)

    assert [(r.accepted, r.retryable) for r in results] == [(True, False), (False, True), (False, True)]
    assert "HTTP 503" in results[1].message
    with pytest.raises(TransientError):
        connector.push_stock(levels[1:])  # nothing went through: the whole call failed


def test_stock_needs_the_seller_id(connect: Connect) -> None:
    with pytest.raises(ConnectorError, match=r"seller ID \(Seller Central › Settings › Account Info"):
        connect(seller_id="").push_stock([StockLevel(1, "X")])


# -- chaos --------------------------------------------------------------------------------------------------


def test_chaos(connect: Connect, simulator: ChannelSimulator, sleeps: SleepRecorder) -> None:
    chaotic = simulator.add_shop("amazon", "chaos", seed=99, orders=2000, rate_limits=FAST)
    chaotic.faults.chaos(rate=0.1, seed=5, retry_after=0.01, slow_seconds=0.3)
    connector = connect(chaotic, timeout=0.2, max_retries=5)

    pulled = pull(connector)

    truth = importable(chaotic)
    assert set(pulled) == set(truth)
    wrong = {i: (o.status, o.total) for i, o in pulled.items() if (o.status, o.total) != (truth[i].status,
                                                                                           truth[i].total)}
    assert wrong == {}
    targets = unshipped_mfn(chaotic)[:50]
    assert len(targets) == 50
    for number, order_id in enumerate(targets):
        package = ShipmentConfirmation(order_id, f"PKG-{number}", "UPS", f"1ZCHAOS{number:04d}", SHIPPED_AT)
        assert push_until_accepted(connector, package)
    records = tracking_records(chaotic)
    assert sorted(records) == sorted(f"{order_id}/1ZCHAOS{n:04d}" for n, order_id in enumerate(targets))
    print(f"\nchaos: {len(chaotic.requests)} requests, {len(sleeps.calls)} waits, "
          f"{sum(1 for r in chaotic.requests if r.status >= 400)} error answers")


def push_until_accepted(connector: AmazonConnector, package: ShipmentConfirmation, attempts: int = 10) -> bool:
    for _ in range(attempts):
        try:
            result = connector.confirm_shipment(package)
        except ConnectorError as error:
            assert error.retryable, str(error)
            continue
        assert result.accepted, result.message
        return True
    return False


def test_shipment_of_an_unknown_order_is_refused(connect: Connect, shop: AmazonShop) -> None:
    result = connect().confirm_shipment(shipment("111-0000000-0000000"))

    assert (result.accepted, result.retryable) == (False, False)
    assert result.message.startswith("Cannot confirm the shipment of Amazon order 111-0000000-0000000: Amazon at ")
    assert "Order 111-0000000-0000000 was not found. [NotFound]" in result.message
    assert not any(r.path.endswith("/shipmentConfirmation") for r in shop.requests)
