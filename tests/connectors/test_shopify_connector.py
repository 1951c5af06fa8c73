"""ShopifyConnector against the simulated Shopify shop: auth, paging, limits, faults and pushes."""

from __future__ import annotations

import socket
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
import requests

from connectors.base import (
    AuthError,
    CancelledError,
    ChannelOrder,
    ConnectorError,
    NotFoundError,
    OrderParseFailure,
    PushingConnector,
    ShipmentConfirmation,
    ShipmentLine,
    ShopConfig,
    StockLevel,
    TransientError,
)
from connectors.shopify import ShopifyConnector, normalise_shop_url
from connectors.simulator import ChannelSimulator
from connectors.simulator.shopify import ShopifyShop
from connectors.simulator.shopify_orders import LISTINGS, LISTINGS_BY_VARIANT
from tests.connectors.conftest import SleepRecorder

ConnectorFactory = Callable[..., ShopifyConnector]
SHIPPED_AT = datetime(2026, 1, 5, 9, 30, tzinfo=UTC)


@pytest.fixture
def shop(simulator: ChannelSimulator) -> ShopifyShop:
    """120 orders, a bucket that never fills (the bucket tests build their own shop)."""
    return simulator.add_shop("shopify", "store", seed=11, orders=120, leak_per_second=10_000)


@pytest.fixture
def connect(shop: ShopifyShop, sleeps: SleepRecorder) -> Iterator[ConnectorFactory]:
    """A connector for ``shop`` (or ``target``); keywords override the ShopConfig and its options."""
    made: list[ShopifyConnector] = []

    def factory(*, target: ShopifyShop | None = None, url: str | None = None, token: str | None = None,
                max_retries: int = 3, timeout: float = 5.0, saved: list[dict[str, str]] | None = None,
                session: requests.Session | None = None, monotonic: Callable[[], float] | None = None,
                secrets: dict[str, str] | None = None, **options: Any) -> ShopifyConnector:
        connection = (target or shop).connection()
        config = ShopConfig(
            base_url=url or connection["base_url"], key=connection["key"],
            secret=connection["secret"] if token is None else token, options=options, timeout_seconds=timeout,
            max_retries=max_retries, secrets=secrets if secrets is not None else connection.get("secrets", {}),
            save_credentials=saved.append if saved is not None else None,
        )
        extra = {"monotonic": monotonic} if monotonic else {}
        connector = ShopifyConnector(config, sleep=sleeps, session=session, **extra)
        made.append(connector)
        return connector

    yield factory
    for connector in made:
        connector.close()


def queries(shop: ShopifyShop, route: str = "orders") -> list[dict[str, str]]:
    return [r.query for r in shop.requests if r.path == f"/admin/api/2025-07/{route}.json"]


def pulled(connector: ShopifyConnector, modified_after: datetime | None = None) -> list[ChannelOrder]:
    return [order for page in connector.iter_order_pages(modified_after) for order in page.orders]


def pulled_ids(connector: ShopifyConnector, modified_after: datetime | None = None) -> list[int]:
    return [int(order.external_id) for order in pulled(connector, modified_after)]


def updated(shop: ShopifyShop, order_id: int) -> datetime:
    return datetime.fromisoformat(shop.store.order(order_id)["updated_at"]).astimezone(UTC)


# -- connecting and auth -----------------------------------------------------------------------------


def test_connection_names_the_shop_and_counts_orders(connect: ConnectorFactory, shop: ShopifyShop) -> None:
    assert connect().test_connection() == f"Shopify shop 'omsdesk demo (store)' at {shop.url}: 120 orders"
    assert queries(shop, "orders/count") == [{"status": "any"}]


def test_settings_and_protocol(connect: ConnectorFactory) -> None:
    fields = {field.name: field for field in ShopifyConnector.settings}

    assert fields["secret"].label == "Admin API access token" and fields["secret"].secret
    assert fields["client_secret"].secret and not fields["key"].secret
    assert not any(field.required for field in fields.values())  # a token, or a client ID and secret
    assert set(fields) == {"secret", "key", "client_secret", "location_id", "notify_customer"}
    assert isinstance(connect(), PushingConnector) and ShopifyConnector.max_stock_batch == 50


def test_wrong_token_is_reported_with_shopifys_words(connect: ConnectorFactory, sleeps: SleepRecorder) -> None:
    with pytest.raises(AuthError) as caught:
        connect(token="shpat_wrong").test_connection()

    message = str(caught.value)
    assert "refused the credentials (HTTP 401): [API] Invalid API key or access token" in message
    assert "Check the Admin API access token (Shopify admin › Settings › Apps and sales channels" in message
    assert sleeps.calls == []  # not retried


def test_missing_credentials_fail_before_any_request(connect: ConnectorFactory, shop: ShopifyShop) -> None:
    with pytest.raises(AuthError, match="needs an Admin API access token"):
        connect(token="").test_connection()
    assert shop.requests == []


def test_missing_scope_names_it(connect: ConnectorFactory, shop: ShopifyShop) -> None:
    shop.scopes.discard("read_orders")

    with pytest.raises(AuthError, match=r"HTTP 403\): \[API\] This action requires merchant approval for "
                                        r"read_orders scope\. Give the app the access scopes"):
        list(connect().iter_order_pages(None))


def test_wrong_shop_path_is_not_found(connect: ConnectorFactory, simulator: ChannelSimulator) -> None:
    with pytest.raises(NotFoundError) as caught:
        connect(url=f"{simulator.base_url}/no-such-shop").test_connection()

    message = str(caught.value)
    assert f"There is no Shopify Admin API at {simulator.base_url}/no-such-shop/admin/api/2025-07/shop.json" \
        in message
    assert "https://your-shop.myshopify.com" in message


@pytest.mark.parametrize(("entered", "expected"), [
    ("lotus-tea", "https://lotus-tea.myshopify.com"),
    ("lotus-tea.myshopify.com/", "https://lotus-tea.myshopify.com"),
    ("https://lotus-tea.myshopify.com/admin/orders?x=1", "https://lotus-tea.myshopify.com"),
    ("https://admin.shopify.com/store/Lotus-Tea/orders", "https://lotus-tea.myshopify.com"),
    ("http://127.0.0.1:8765/store/", "http://127.0.0.1:8765/store"),
])
def test_shop_url_normalisation(entered: str, expected: str) -> None:
    assert normalise_shop_url(entered) == expected


def test_bad_shop_urls_are_refused() -> None:
    for text in ("", "ftp://shop.example.com"):
        with pytest.raises(ConnectorError, match="shop"):
            normalise_shop_url(text)


@pytest.fixture
def app_shop(simulator: ChannelSimulator) -> ShopifyShop:
    """A shop reached through a Dev Dashboard app: client ID and secret, expiring tokens."""
    return simulator.add_shop("shopify", "devapp", seed=12, orders=60, auth="client_credentials",
                              leak_per_second=10_000)


def test_client_credentials_fetch_a_token_and_save_it(connect: ConnectorFactory, app_shop: ShopifyShop) -> None:
    saved: list[dict[str, str]] = []

    assert connect(target=app_shop, saved=saved).test_connection().endswith("60 orders")

    assert [entry["secret"] for entry in saved] == app_shop.granted_tokens
    expires = datetime.fromisoformat(saved[0]["token_expires_at"])
    assert timedelta(hours=23) < expires - datetime.now(UTC) <= timedelta(hours=24)


def test_expired_token_is_replaced_mid_pull(connect: ConnectorFactory, app_shop: ShopifyShop) -> None:
    saved: list[dict[str, str]] = []
    pages = connect(target=app_shop, saved=saved, page_size=20).iter_order_pages(None)
    first = next(pages)
    app_shop.faults.expire_token()

    rest = list(pages)

    ids = [o.external_id for page in (first, *rest) for o in page.orders]
    assert sorted(ids) == sorted(map(str, app_shop.store.ids()))
    assert len(saved) == 2 and saved[0]["secret"] != saved[1]["secret"]
    assert [r.status for r in app_shop.requests].count(401) == 1


def test_stored_token_close_to_expiry_is_replaced_first(connect: ConnectorFactory, app_shop: ShopifyShop) -> None:
    saved: list[dict[str, str]] = []
    soon = (datetime.now(UTC) + timedelta(minutes=2)).isoformat()
    connector = connect(target=app_shop, token="shpat_old", saved=saved,
                        secrets={"client_secret": app_shop.client_secret, "token_expires_at": soon})

    connector.test_connection()

    assert len(saved) == 1 and app_shop.requests[0].path == "/admin/oauth/access_token"
    assert 401 not in [r.status for r in app_shop.requests]


def test_wrong_client_secret(connect: ConnectorFactory, app_shop: ShopifyShop) -> None:
    with pytest.raises(AuthError) as caught:
        connect(target=app_shop, secrets={"client_secret": "shpss_wrong"}).test_connection()

    message = str(caught.value)
    assert message.startswith(f"Shopify at {app_shop.url}/admin/oauth/access_token refused the credentials "
                              "(HTTP 401): Client authentication failed due to unknown client")
    assert message.endswith("Check the client ID and secret (Shopify Dev Dashboard › your app › Settings) and that "
                            "the app is installed on this shop.")


def test_custom_app_token_survives_the_expiry_fault(connect: ConnectorFactory, shop: ShopifyShop) -> None:
    connector = connect()
    shop.faults.expire_token()

    assert connector.test_connection().endswith("120 orders")


# -- paging ---------------------------------------------------------------------------------------------


def test_paging_sends_filters_first_then_only_the_cursor(connect: ConnectorFactory, shop: ShopifyShop) -> None:
    pages = list(connect(page_size=50).iter_order_pages(None))

    assert [(p.page, p.total_pages, len(p.orders)) for p in pages] == [(1, 3, 50), (2, 3, 50), (3, 3, 20)]
    orders = [order for page in pages for order in page.orders]
    assert sorted(int(o.external_id) for o in orders) == sorted(shop.store.ids())
    assert [o.updated_at for o in orders] == sorted(o.updated_at for o in orders)  # oldest change first
    first, *later = queries(shop)
    assert first == {"status": "any", "order": "updated_at asc", "limit": "50"}
    assert len(later) == 2 and all(set(query) == {"limit", "page_info"} for query in later)


def test_modified_after_is_sent_as_updated_at_min(connect: ConnectorFactory, shop: ShopifyShop) -> None:
    times = sorted(updated(shop, order_id) for order_id in shop.store.ids())
    watermark = times[70] + timedelta(microseconds=400)
    expected = {order_id for order_id in shop.store.ids() if updated(shop, order_id) >= times[70]}

    ids = pulled_ids(connect(page_size=25), watermark)

    assert set(ids) == expected and len(ids) == len(expected) > 0
    assert queries(shop)[0]["updated_at_min"] == times[70].isoformat()  # whole seconds, inclusive


def test_new_and_changed_orders_after_a_watermark(connect: ConnectorFactory, shop: ShopifyShop) -> None:
    watermark = datetime.now(UTC) - timedelta(seconds=5)
    new_ids = shop.store.add_orders(3)
    changed = shop.store.modify_orders(ids=shop.store.ids()[:4])

    assert sorted(pulled_ids(connect(), watermark)) == sorted(changed + new_ids)


@pytest.mark.parametrize("taxes_included", [False, True])
def test_orders_carry_the_shops_money_and_status(connect: ConnectorFactory, simulator: ChannelSimulator,
                                                 taxes_included: bool) -> None:
    shop = simulator.add_shop("shopify", "money", seed=4, orders=150, currency="EUR", taxes_included=taxes_included,
                              leak_per_second=10_000)
    truth = shop.truth()

    for order in pulled(connect(target=shop)):
        assert (order.status, order.total, order.currency) == (truth[order.external_id].status,
                                                                truth[order.external_id].total, "EUR")
        assert sum(line.total for line in order.lines) + order.shipping_total + order.fee_total \
            + order.total_tax == order.total
        assert order.prices_include_tax is taxes_included
        assert all(line.channel_sku == LISTINGS_BY_VARIANT[int(line.channel_variant_id)].sku for line in order.lines)


# -- faults ------------------------------------------------------------------------------------------------


def test_server_errors_are_retried_with_backoff(connect: ConnectorFactory, shop: ShopifyShop,
                                                sleeps: SleepRecorder) -> None:
    connector = connect(page_size=50)
    shop.faults.fail_next(status=500, times=2)

    assert len(pulled_ids(connector)) == 120
    assert len(sleeps.calls) == 2 and 0.25 <= sleeps.calls[0] <= 0.5 and 0.5 <= sleeps.calls[1] <= 1.0


def test_retry_after_is_honoured(connect: ConnectorFactory, shop: ShopifyShop, sleeps: SleepRecorder) -> None:
    shop.faults.throttle(times=1, retry_after=3)

    assert connect().test_connection().endswith("120 orders")
    assert sleeps.calls == [3.0]


def test_garbled_page_is_retried(connect: ConnectorFactory, shop: ShopifyShop, sleeps: SleepRecorder) -> None:
    pages = connect(page_size=50).iter_order_pages(None)
    next(pages)
    shop.faults.garble_next(times=2)

    assert len([o for page in pages for o in page.orders]) == 70
    assert len(sleeps.calls) == 2


def test_duplicated_orders_across_pages_are_harmless(connect: ConnectorFactory, shop: ShopifyShop) -> None:
    shop.faults.duplicate_on_pages(2)

    ids = pulled_ids(connect(page_size=50))

    assert len(ids) == 122 and set(ids) == set(shop.store.ids())


def test_orders_changed_during_the_pull_come_again(connect: ConnectorFactory, shop: ShopifyShop) -> None:
    shop.faults.modify_during_paging(after_page=1, count=3)

    orders = pulled(connect(page_size=50))

    latest = {order.external_id: order for order in orders}  # later pages win, as in the importer
    assert set(latest) == set(map(str, shop.store.ids())) and len(orders) == 123
    truth = shop.truth()
    assert all((o.status, o.total) == (truth[i].status, truth[i].total) for i, o in latest.items())
    changed = [i for i in latest if sum(o.external_id == i for o in orders) == 2]
    assert len(changed) == 3 and all(latest[i].updated_at == updated(shop, int(i)) for i in changed)


def test_malformed_order_is_one_failure(connect: ConnectorFactory, shop: ShopifyShop) -> None:
    broken = sorted(shop.store.ids(), key=lambda order_id: (updated(shop, order_id), order_id))[57]
    shop.faults.malform_order(broken, field="line_items[0].price", value="abc")

    pages = list(connect(page_size=50).iter_order_pages(None))

    assert [len(p.failures) for p in pages] == [0, 1, 0]
    failure = pages[1].failures[0]
    assert (failure.external_id, failure.field) == (str(broken), "line_items[0].price")
    assert "'abc' is not a number" in failure.message and failure.raw["id"] == broken
    assert len(pages[1].orders) == 49


def test_exhausted_retries_name_the_page(connect: ConnectorFactory, shop: ShopifyShop) -> None:
    pages = connect(page_size=50, max_retries=2).iter_order_pages(None)
    next(pages)
    shop.faults.fail_next(status=503, times=10)

    with pytest.raises(TransientError) as caught:
        next(pages)

    message = str(caught.value)
    assert f"{shop.url}/admin/api/2025-07/orders.json" in message and "orders page 2" in message
    assert "HTTP 503" in message and "3 attempts" in message and "page_info" not in message


def test_slow_and_dropped_answers_are_retried(connect: ConnectorFactory, shop: ShopifyShop) -> None:
    connector = connect(timeout=0.2)
    shop.faults.slow_next(seconds=0.5)
    shop.faults.drop_next()

    assert connector.test_connection().endswith("120 orders")


def test_connection_refused(sleeps: SleepRecorder) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    connector = ShopifyConnector(ShopConfig(f"http://127.0.0.1:{port}/store", secret="shpat_x", max_retries=1),
                                 sleep=sleeps)

    with pytest.raises(TransientError, match=rf"Could not reach Shopify at http://127\.0\.0\.1:{port}/store/admin"):
        connector.test_connection()


def test_cancel_between_pages(connect: ConnectorFactory, shop: ShopifyShop) -> None:
    stop = False
    pages = connect(page_size=50).iter_order_pages(None, cancelled=lambda: stop)
    next(pages)
    stop = True

    with pytest.raises(CancelledError):
        next(pages)
    assert len(queries(shop)) == 1


def test_fetch_order(connect: ConnectorFactory, shop: ShopifyShop) -> None:
    order_id = shop.store.ids()[5]
    connector = connect()

    order = connector.fetch_order(str(order_id))
    shop.faults.malform_order(order_id, "total_price", "n/a")
    failure = connector.fetch_order(str(order_id))

    assert isinstance(order, ChannelOrder) and order.total == shop.truth()[str(order_id)].total
    assert isinstance(failure, OrderParseFailure) and failure.field == "total_price"
    with pytest.raises(NotFoundError, match="has no order 999"):
        connector.fetch_order("999")


# -- the leaky bucket ------------------------------------------------------------------------------------


class FakeClock:
    """Monotonic time that only moves when someone sleeps."""

    def __init__(self) -> None:
        self.now = 5000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def test_requests_slow_down_before_the_bucket_is_full(connect: ConnectorFactory, simulator: ChannelSimulator,
                                                      sleeps: SleepRecorder) -> None:
    clock = FakeClock()
    sleeps.on_sleep = clock.advance
    shop = simulator.add_shop("shopify", "paced", seed=3, orders=30, monotonic=clock)  # 40 requests, 2/s
    connector = connect(target=shop, monotonic=clock)

    for order_id in shop.store.ids() * 2:
        connector.fetch_order(str(order_id))

    assert 429 not in [r.status for r in shop.requests]
    assert shop.bucket.used <= 37
    assert 10 <= sum(sleeps.calls) <= 13  # (60 − 36) requests at 2/s


def test_a_full_bucket_is_waited_out(connect: ConnectorFactory, simulator: ChannelSimulator,
                                     sleeps: SleepRecorder) -> None:
    clock = FakeClock()
    sleeps.on_sleep = clock.advance
    shop = simulator.add_shop("shopify", "busy", seed=3, orders=30, monotonic=clock)
    for _ in range(40):  # another program of the merchant's used the bucket up
        requests.get(f"{shop.url}/admin/api/2025-07/shop.json", timeout=5,
                     headers={"X-Shopify-Access-Token": shop.access_token})

    assert connect(target=shop, monotonic=clock).test_connection().endswith("30 orders")
    assert [r.status for r in shop.requests][40] == 429
    assert sleeps.calls[0] == 0.5


# -- tracking --------------------------------------------------------------------------------------------


def open_order(shop: ShopifyShop, lines: int = 2) -> dict[str, Any]:
    return next(o for o in shop.store.orders(shop.store.ids()) if o["financial_status"] == "paid"
                and not o["fulfillment_status"] and not o["cancelled_at"] and len(o["line_items"]) >= lines)


def package(order: dict[str, Any], number: str, lines: tuple[ShipmentLine, ...] = (), package_id: str = "",
            **extra: Any) -> ShipmentConfirmation:
    return ShipmentConfirmation(str(order["id"]), package_id or f"PKG-{number}", "SF Express", number, SHIPPED_AT,
                                lines=lines, **extra)


def first_line(order: dict[str, Any]) -> ShipmentLine:
    line = order["line_items"][0]
    return ShipmentLine(str(line["id"]), Decimal(line["quantity"]), line["sku"])


def test_partial_package_then_the_rest(connect: ConnectorFactory, shop: ShopifyShop) -> None:
    order = open_order(shop)
    connector = connect()

    first = connector.confirm_shipment(package(order, "SF100", (first_line(order),)))
    rest = connector.confirm_shipment(package(order, "SF200"))

    assert first.accepted and rest.accepted and first.key == "PKG-SF100"
    records = shop.pushes.entries("tracking")
    assert [r.key for r in records] == [f"{order['id']}/SF100", f"{order['id']}/SF200"]
    sent = records[0].payload
    assert sent["tracking_info"] == {"number": "SF100", "company": "SF Express"}
    assert sent["notify_customer"] is True
    fo_lines = sent["line_items_by_fulfillment_order"][0]["fulfillment_order_line_items"]
    assert [line["quantity"] for line in fo_lines] == [order["line_items"][0]["quantity"]]
    assert "fulfillment_order_line_items" not in records[1].payload["line_items_by_fulfillment_order"][0]
    assert shop.truth()[str(order["id"])].status == "paid/fulfilled"
    fulfillment_ids = [str(f["id"]) for f in shop.store.order(order["id"])["fulfillments"]]
    assert [first.channel_reference, rest.channel_reference] == fulfillment_ids


def test_a_repeated_package_is_not_shipped_twice(connect: ConnectorFactory, shop: ShopifyShop) -> None:
    order = open_order(shop)
    connector = connect()
    partial = package(order, "SF300", (first_line(order),))

    results = [connector.confirm_shipment(partial) for _ in range(2)]
    results += [connector.confirm_shipment(package(order, "SF400")) for _ in range(2)]

    assert all(result.accepted for result in results)
    assert results[1].message == results[3].message == "already shipped with this tracking number"
    assert len(shop.pushes.entries("tracking")) == 2


class Trap(requests.Session):
    """Arms a fault just before the first POST to ``route``: the fault hits the push itself."""

    def __init__(self, arm: Callable[[], None], route: str = "fulfillments.json") -> None:
        super().__init__()
        self.arm, self.route, self.armed = arm, route, False

    def request(self, method: str, url: str, *args: Any, **kwargs: Any) -> requests.Response:  # type: ignore[override]
        if method == "POST" and url.endswith(self.route) and not self.armed:
            self.armed = True
            self.arm()
        return super().request(method, url, *args, **kwargs)


@pytest.mark.parametrize("fault", ["drop_after_acting", "server_error", "slow", "drop"])
def test_a_push_whose_answer_is_lost_is_not_repeated(connect: ConnectorFactory, shop: ShopifyShop,
                                                     fault: str) -> None:
    order = open_order(shop)
    arm = {"drop_after_acting": lambda: shop.faults.drop_next(after_acting=True),
           "server_error": lambda: shop.faults.fail_next(500),
           "slow": lambda: shop.faults.slow_next(seconds=0.5),
           "drop": lambda: shop.faults.drop_next()}[fault]

    result = connect(session=Trap(arm), timeout=0.3).confirm_shipment(package(order, "SF500", (first_line(order),)))

    assert result.accepted
    assert [r.key for r in shop.pushes.entries("tracking")] == [f"{order['id']}/SF500"]
    assert len(shop.store.order(order["id"])["fulfillments"]) == 1


def test_refused_packages_say_why(connect: ConnectorFactory, shop: ShopifyShop) -> None:
    order = open_order(shop)
    line = order["line_items"][0]
    too_many = ShipmentLine(str(line["id"]), Decimal(line["quantity"] + 1))
    cancelled = next(o for o in shop.store.orders(shop.store.ids()) if o["cancelled_at"] and not o["fulfillments"])
    connector = connect()

    over = connector.confirm_shipment(package(order, "SF600", (too_many,)))
    gone = connector.confirm_shipment(package(cancelled, "SF700"))
    unknown = connector.confirm_shipment(ShipmentConfirmation("999", "PKG-X", "UPS", "1Z1", SHIPPED_AT))
    half = connector.confirm_shipment(package(order, "SF800", (ShipmentLine(str(line["id"]), Decimal("0.5")),)))

    assert not any(result.accepted or result.retryable for result in (over, gone, unknown, half))
    assert f"line {line['id']}: 1 more" in over.message and "more units than are left to ship" in over.message
    assert over.message.startswith(f"Shopify did not take package PKG-SF600 (order {order['id']}, tracking SF600)")
    assert "has nothing left to ship" in gone.message
    assert "Shopify has no order 999" in unknown.message
    assert "0.5 is not a whole number of units" in half.message
    assert shop.pushes.entries() == []


def test_lines_given_by_variant_and_options(connect: ConnectorFactory, shop: ShopifyShop) -> None:
    order = open_order(shop)
    line = order["line_items"][1]
    by_variant = ShipmentLine("", Decimal(1), channel_variant_id=str(line["variant_id"]))

    result = connect(notify_customer="no").confirm_shipment(
        package(order, "TRK1", (by_variant,), tracking_url="https://track.example/TRK1"))

    assert result.accepted
    sent = shop.pushes.entries("tracking")[0].payload
    assert sent["notify_customer"] is False
    assert sent["tracking_info"] == {"number": "TRK1", "company": "SF Express", "url": "https://track.example/TRK1"}
    shipped = shop.store.order(order["id"])["fulfillments"][0]["line_items"]
    assert [(item["id"], item["quantity"]) for item in shipped] == [(line["id"], 1)]


# -- stock -----------------------------------------------------------------------------------------------


def level(listing_index: int, quantity: int) -> StockLevel:
    listing = LISTINGS[listing_index]
    return StockLevel(quantity, listing.sku, str(listing.product_id), str(listing.variant_id))


def test_stock_levels_are_set_at_the_primary_location(connect: ConnectorFactory, shop: ShopifyShop) -> None:
    connector = connect()
    levels = [level(0, 7), level(5, 0)]

    results = connector.push_stock(levels)
    again = connector.push_stock([level(0, 9)])

    assert [(r.key, r.accepted) for r in results] == [(x.key, True) for x in levels]
    assert results[0].channel_reference == f"{LISTINGS[0].inventory_item_id}@71500000001"
    assert again[0].accepted
    assert [r.key for r in shop.pushes.entries("stock")] == [levels[0].key, levels[1].key, levels[0].key]
    assert shop.store.available(LISTINGS[0].inventory_item_id, 71_500_000_001) == 9
    assert len(queries(shop, f"variants/{LISTINGS[0].variant_id}")) == 1  # looked up once
    assert len(queries(shop, "locations")) == 1


def test_stock_refusals_are_per_listing(connect: ConnectorFactory, shop: ShopifyShop) -> None:
    gift_card = next(i for i, x in enumerate(LISTINGS) if x.gift_card)
    levels = [level(1, 3), level(gift_card, 5), StockLevel(4, channel_sku="ONLY-SKU"),
              StockLevel(2, channel_variant_id="123456"), level(2, 6)]

    results = connect().push_stock(levels)

    assert [r.accepted for r in results] == [True, False, False, False, True]
    assert "Inventory item does not have inventory tracking enabled" in results[1].message
    assert results[1].message.startswith(f"listing {levels[1].key}: ")
    assert "no variant id" in results[2].message and "Shopify has no variant 123456" in results[3].message
    assert not any(r.retryable for r in results)
    assert [r.key for r in shop.pushes.entries("stock")] == [levels[0].key, levels[4].key]


def test_location_choice_for_stock(connect: ConnectorFactory, shop: ShopifyShop) -> None:
    connect(location_id="71500000002").push_stock([level(0, 1)])
    assert shop.pushes.entries("stock")[-1].payload["location_id"] == 71_500_000_002

    shop.store.locations[0]["active"] = False  # the primary location was closed
    connect().push_stock([level(0, 2)])
    assert shop.pushes.entries("stock")[-1].payload["location_id"] == 71_500_000_002

    for location in shop.store.locations:
        location["active"] = False
    with pytest.raises(ConnectorError, match="has no active location to hold stock"):
        connect().push_stock([level(0, 3)])


def test_a_full_batch_survives_server_errors(connect: ConnectorFactory, shop: ShopifyShop) -> None:
    tracked = [i for i, x in enumerate(LISTINGS) if x.tracked][: ShopifyConnector.max_stock_batch]
    connector = connect(session=Trap(lambda: shop.faults.fail_next(500), "inventory_levels/set.json"))

    results = connector.push_stock([level(i, 10 + i) for i in tracked])

    assert all(r.accepted for r in results) and len(results) == 50
    assert all(shop.store.available(LISTINGS[i].inventory_item_id, 71_500_000_001) == 10 + i for i in tracked)


def test_giving_up_says_a_later_push_is_safe(connect: ConnectorFactory, shop: ShopifyShop) -> None:
    connector = connect(max_retries=2, session=Trap(lambda: shop.faults.fail_next(500, times=3),
                                                    "inventory_levels/set.json"))

    with pytest.raises(TransientError) as caught:
        connector.push_stock([level(0, 4)])

    message = str(caught.value)
    assert message.startswith(f"Shopify: the stock of variant {LISTINGS[0].variant_id} did not go through in 3 "
                              "attempts; trying again later is safe, nothing will be doubled.")
    assert "HTTP 500" in message and shop.pushes.entries() == []


def test_a_location_id_that_is_not_a_number(connect: ConnectorFactory) -> None:
    with pytest.raises(ConnectorError, match=r"location ID 'Shenzhen' in the shop settings is not a number"):
        connect(location_id="Shenzhen").push_stock([level(0, 1)])


def test_missing_inventory_scope_fails_the_whole_push(connect: ConnectorFactory, shop: ShopifyShop) -> None:
    shop.scopes.discard("write_inventory")

    with pytest.raises(AuthError, match="write_inventory scope"):
        connect().push_stock([level(0, 1)])


# -- chaos ------------------------------------------------------------------------------------------------


def test_chaos(connect: ConnectorFactory, simulator: ChannelSimulator, sleeps: SleepRecorder) -> None:
    """Every fault kind at random: the pull still sees every order as it ends up, and every
    package is shipped exactly once however often its push is repeated."""
    shop = simulator.add_shop("shopify", "chaos", seed=29, orders=2000, auth="client_credentials",
                              leak_per_second=10_000)
    shop.faults.chaos(rate=0.1, seed=8, retry_after=0.01, slow_seconds=0.3)
    connector = connect(target=shop, timeout=0.2, max_retries=5, saved=[], page_size=50)

    latest: dict[str, ChannelOrder] = {}
    for page in connector.iter_order_pages(None):
        assert page.failures == ()
        latest.update((order.external_id, order) for order in page.orders)

    shop.faults.clear()
    truth = shop.truth()
    assert set(latest) == set(truth)
    assert all((latest[i].status, latest[i].total) == (truth[i].status, truth[i].total) for i in truth)

    shop.faults.chaos(rate=0.1, seed=9, retry_after=0.01, slow_seconds=0.3)
    orders = [o for o in shop.store.orders(shop.store.ids()) if o["financial_status"] == "paid"
              and not o["fulfillment_status"] and not o["cancelled_at"]][:50]
    assert len(orders) == 50
    for position, order in enumerate(orders):
        lines = (first_line(order),) if position % 2 else ()
        shipment = package(order, f"CH{position:03d}", lines)
        for _ in range(20):
            try:
                if connector.confirm_shipment(shipment).accepted:
                    break
            except ConnectorError as failure:
                assert failure.retryable, failure
        else:
            pytest.fail(f"package {shipment.package_id} never went through")

    records = [r.key for r in shop.pushes.entries("tracking")]
    assert sorted(records) == sorted(f"{o['id']}/CH{n:03d}" for n, o in enumerate(orders))
    statuses = Counter(r.status for r in shop.requests)
    assert statuses[401] and statuses[429] and statuses[500] + statuses[502] + statuses[503]  # chaos did strike
