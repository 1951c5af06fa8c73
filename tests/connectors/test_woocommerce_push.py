"""WooCommerce push-back: tracking numbers, order completion and stock, against the simulator.

Every push must be safe to repeat (the outbox repeats pushes whose answer was lost),
so most tests make a push fail in a particular way and then count what the shop holds.
"""

from __future__ import annotations

import json
import time
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
from connectors.simulator import ChannelSimulator, WooCommerceShop, server
from connectors.simulator.messages import SimRequest, SimResponse
from connectors.woocommerce import (
    WooCommerceConnector,
    parse_order,
    shipment_note,
    tracking_provider_names,
)
from tests.connectors.conftest import SleepRecorder

Load = Callable[[str], Any]
SHIPPED_AT = datetime(2025, 5, 1, 20, 30, tzinfo=UTC)  # 2 May in a CNY shop (UTC+8)
TRACKINGS = "/shipment-trackings"


# -- helpers ------------------------------------------------------------------------------------------


@pytest.fixture(autouse=True)
def answers_without_nagle_delay(monkeypatch: pytest.MonkeyPatch) -> None:
    """The simulator writes headers and body separately; with Nagle's algorithm on, each small
    answer then waits ~40 ms for the client's delayed ACK. Until server.py turns it off itself."""
    monkeypatch.setattr(server._Handler, "disable_nagle_algorithm", True)  # noqa: SLF001


@pytest.fixture
def woo(shop: WooCommerceShop, sleeps: SleepRecorder) -> Iterator[Callable[..., WooCommerceConnector]]:
    """Connectors for ``shop`` with fast retries; ``timeout`` and ``max_retries`` may be changed."""
    made: list[WooCommerceConnector] = []

    def factory(*, timeout: float = 5.0, max_retries: int = 3, key: str | None = None,
                target: WooCommerceShop | None = None) -> WooCommerceConnector:
        target = target or shop
        config = ShopConfig(target.url, key or target.key, target.secret, timeout_seconds=timeout,
                            max_retries=max_retries)
        made.append(WooCommerceConnector(config, sleep=sleeps))
        return made[-1]

    yield factory
    for connector in made:
        connector.close()


def orders_in(shop: WooCommerceShop, status: str) -> list[dict[str, Any]]:
    return [order for order in shop.store.orders(shop.store.ids()) if order["status"] == status]


def package(order: dict[str, Any], number: str = "SF1001", **fields: Any) -> ShipmentConfirmation:
    values: dict[str, Any] = {"package_id": f"PKG-{order['id']}-{number}", "carrier_code": "SF",
                              "carrier_name": "顺丰速运", "tracking_url": f"https://www.sf-express.com/track/{number}",
                              "shipped_at": SHIPPED_AT, **fields}
    return ShipmentConfirmation(str(order["id"]), tracking_number=number, **values)


def tracking_records(shop: WooCommerceShop) -> Counter[str]:
    return Counter(entry.key for entry in shop.pushes.entries("tracking"))


def calls(shop: WooCommerceShop, since: int = 0) -> list[tuple[str, str]]:
    """(method, path without the shop's prefix) of each request the shop answered."""
    return [(r.method, r.path.replace("/wp-json", "")) for r in shop.requests[since:]]


def fault_on(simulator: ChannelSimulator, monkeypatch: pytest.MonkeyPatch, method: str, path_part: str,
             inject: Callable[[], None], times: int = 1) -> None:
    """Call ``inject`` (queue a fault) just before the simulator handles a matching request."""
    original = simulator.handle
    remaining = [times]

    def handle(request: SimRequest) -> SimResponse:
        if remaining[0] and request.method == method and path_part in request.path:
            remaining[0] -= 1
            inject()
        return original(request)

    monkeypatch.setattr(simulator, "handle", handle)


# -- the samples: what WooCommerce and the extension really send --------------------------------------


def test_tracking_samples_are_read_as_the_extension_writes_them(load_sample: Load) -> None:
    from connectors.woocommerce import _tracking_id_of  # noqa: PLC2701 - the helper under test

    item = load_sample("shipment_tracking_item.response.json")
    request_body = load_sample("shipment_tracking_create.request.json")

    assert _tracking_id_of([item], "9400 1118 9956 0000 0000 00") == "7f4978c390ee633c6294ae0f258656f9"
    assert _tracking_id_of([item], "9400111899560000000000X") is None
    assert set(request_body) == {"tracking_provider", "tracking_number", "date_shipped"}
    assert tracking_provider_names(load_sample("shipment_tracking_providers.response.json")) == {
        "aramex": "Aramex", "usps": "USPS"}


def test_note_samples_are_searched_for_tracking_numbers(load_sample: Load) -> None:
    from connectors.woocommerce import _note_naming  # noqa: PLC2701 - the helper under test

    notes = load_sample("order_notes_list.response.json")
    created = load_sample("order_note_create.response.json")
    ours = {**created, "id": 282, "note": "Your order has shipped with SF. Tracking number: SF7788"}

    assert _note_naming(notes + [created], "SF7788") is None
    assert _note_naming([*notes, ours], "sf7788") == "282"
    assert _note_naming([*notes, ours], "SF778") is None  # whole numbers only


def test_batch_answer_sample_becomes_accepted_results(load_sample: Load) -> None:
    from connectors.woocommerce import _stock_result  # noqa: PLC2701 - the helper under test

    answer = load_sample("product_variations_batch.response.json")
    level = StockLevel(4, "", "22", "733")

    result = _stock_result(level, answer["update"][0])

    assert (result.key, result.accepted, result.channel_reference) == ("22/733/", True, "733")
    refused = _stock_result(level, {"id": 733, "error": {"code": "woocommerce_rest_product_variation_invalid_id",
                                                         "message": "Invalid ID.", "data": {"status": 400}}})
    assert not refused.accepted and not refused.retryable
    assert "Invalid ID. [woocommerce_rest_product_variation_invalid_id]" in refused.message
    assert "variation 733 of product 22" in refused.message


@pytest.mark.parametrize(("sample", "status", "expected"), [
    ("error_rest_no_route.json", 404, "No route was found matching the URL and request method [rest_no_route]"),
    ("error_woocommerce_rest_term_invalid.json", 404, "Resource doesn't exist. [woocommerce_rest_term_invalid]"),
    ("wcios_error-wp-rest-forbidden.json", 401, "Sorry, you are not allowed to do that. [rest_forbidden] "
                                                "Check the consumer key and secret"),
])
def test_error_samples_become_readable_details(load_sample: Load, sample: str, status: int, expected: str) -> None:
    response = requests.Response()
    response.status_code = status
    response._content = json.dumps(load_sample(sample)).encode()  # noqa: SLF001 - a canned answer
    connector = WooCommerceConnector(ShopConfig("https://shop.example.com", "ck", "cs"))

    assert connector._error_detail(response).detail.startswith(expected)  # noqa: SLF001


@pytest.mark.parametrize(("sample", "listing"), [
    ("product_get.response.json", "product"),
    ("product_variation_get.response.json", "variation"),
])
def test_simulated_listings_have_the_fields_of_the_samples(load_sample: Load, shop: WooCommerceShop,
                                                           sample: str, listing: str) -> None:
    real = load_sample(sample)
    served = shop.store.products([107])[0] if listing == "product" else shop.store.variations(101, [10101])[0]

    assert list(served) == list(real)
    for name in ("manage_stock", "stock_status", "backorders", "dimensions", "_links"):
        assert type(served[name]) is type(real[name]), name
    assert served["sku"] and isinstance(served["stock_quantity"], int) and served["manage_stock"] is True


# -- tracking numbers: the Shipment Tracking extension -----------------------------------------------


def test_connector_is_a_pushing_connector(woo: Callable[..., WooCommerceConnector]) -> None:
    connector = woo()

    assert isinstance(connector, PushingConnector) and connector.max_stock_batch == 100


def test_package_adds_tracking_before_completing_the_order(woo: Callable[..., WooCommerceConnector],
                                                           shop: WooCommerceShop) -> None:
    order = orders_in(shop, "processing")[0]
    order_id = order["id"]

    result = woo().confirm_shipment(package(order))

    assert result.accepted and result.key == f"PKG-{order_id}-SF1001"
    assert result.message == f"WooCommerce order {order_id}: tracking number SF1001 added, order completed."
    assert calls(shop) == [
        ("GET", f"/wc/v3/orders/{order_id}"),
        ("GET", f"/wc-shipment-tracking/v3/orders/{order_id}{TRACKINGS}"),
        ("GET", f"/wc-shipment-tracking/v3{TRACKINGS}/providers"),
        ("POST", f"/wc-shipment-tracking/v3/orders/{order_id}{TRACKINGS}"),  # before the "Completed" e-mail
        ("PUT", f"/wc/v3/orders/{order_id}"),
    ]
    [item] = shop.store.trackings(order_id)
    assert result.channel_reference == item["tracking_id"]
    assert (item["tracking_number"], item["tracking_provider"]) == ("SF1001", "")
    assert (item["custom_tracking_provider"], item["custom_tracking_link"]) == (
        "顺丰速运", "https://www.sf-express.com/track/SF1001")
    assert datetime.fromtimestamp(int(item["date_shipped"]), UTC).date().isoformat() == "2025-05-02"  # shop's day
    after = shop.store.order(order_id)
    assert after["status"] == "completed" and after["date_completed_gmt"] is not None
    assert after["date_modified_gmt"] > order["date_modified_gmt"]
    assert tracking_records(shop) == Counter({f"{order_id}/SF1001": 1})


def test_known_carrier_uses_the_extensions_provider(woo: Callable[..., WooCommerceConnector],
                                                    shop: WooCommerceShop) -> None:
    order = orders_in(shop, "processing")[0]

    woo().confirm_shipment(package(order, "9400111899560000000000", carrier_code="usps", carrier_name="",
                                   tracking_url=""))

    response = requests.get(f"{shop.url}/wp-json/wc-shipment-tracking/v3/orders/{order['id']}{TRACKINGS}",
                            auth=(shop.key, shop.secret), timeout=5).json()
    assert [(t["tracking_provider"], t["tracking_link"]) for t in response] == [
        ("USPS", "https://tools.usps.com/tracking/9400111899560000000000")]


def test_partial_package_adds_tracking_without_completing(woo: Callable[..., WooCommerceConnector],
                                                          shop: WooCommerceShop) -> None:
    order = orders_in(shop, "processing")[0]
    line = order["line_items"][0]
    first = package(order, "SF1", completes_order=False,
                    lines=(ShipmentLine(str(line["id"]), Decimal(1), line["sku"]),))
    connector = woo()

    assert connector.confirm_shipment(first).accepted
    assert shop.store.order(order["id"])["status"] == "processing"
    assert ("PUT", f"/wc/v3/orders/{order['id']}") not in calls(shop)

    assert connector.confirm_shipment(package(order, "SF2")).accepted  # the last package completes it
    assert [t["tracking_number"] for t in shop.store.trackings(order["id"])] == ["SF1", "SF2"]
    assert shop.store.order(order["id"])["status"] == "completed"


def test_repeated_package_is_recognised(woo: Callable[..., WooCommerceConnector], shop: WooCommerceShop) -> None:
    order = orders_in(shop, "processing")[0]
    connector = woo()
    first = connector.confirm_shipment(package(order, "SF 1001"))
    before = len(shop.requests)

    again = woo().confirm_shipment(package(order, "sf1001"))  # a new connector, as after a restart

    assert again.accepted and "was already there" in again.message
    assert again.channel_reference == first.channel_reference
    assert not any(method in ("POST", "PUT") for method, _ in calls(shop, before))
    assert len(shop.store.trackings(order["id"])) == 1


def test_tracking_added_to_an_order_completed_elsewhere(woo: Callable[..., WooCommerceConnector],
                                                        shop: WooCommerceShop) -> None:
    order = orders_in(shop, "completed")[0]

    result = woo().confirm_shipment(package(order))

    assert result.accepted and result.message.endswith("SF1001 added.")
    assert ("PUT", f"/wc/v3/orders/{order['id']}") not in calls(shop)


# -- the same, when answers get lost ----------------------------------------------------------------


@pytest.mark.parametrize("fault", ["drop_after_acting", "slow", "drop", "server_error", "throttle", "garbled"])
def test_lost_or_failed_tracking_post_never_doubles_the_tracking(
        woo: Callable[..., WooCommerceConnector], shop: WooCommerceShop, simulator: ChannelSimulator,
        monkeypatch: pytest.MonkeyPatch, sleeps: SleepRecorder, fault: str) -> None:
    inject = {
        "drop_after_acting": lambda: shop.faults.drop_next(after_acting=True),
        "slow": lambda: shop.faults.slow_next(seconds=0.5),
        "drop": lambda: shop.faults.drop_next(),
        "server_error": lambda: shop.faults.fail_next(status=500),
        "throttle": lambda: shop.faults.throttle(retry_after=0.01),
        "garbled": lambda: shop.faults.garble_next(),
    }[fault]
    order = orders_in(shop, "processing")[0]
    fault_on(simulator, monkeypatch, "POST", TRACKINGS, inject)

    result = woo(timeout=0.25).confirm_shipment(package(order))

    assert result.accepted
    assert tracking_records(shop) == Counter({f"{order['id']}/SF1001": 1})
    assert len(shop.store.trackings(order["id"])) == 1
    assert shop.store.order(order["id"])["status"] == "completed"
    assert len(sleeps.calls) == 1  # one pause before looking again


def test_post_that_keeps_failing_is_a_retryable_error(woo: Callable[..., WooCommerceConnector],
                                                      shop: WooCommerceShop, simulator: ChannelSimulator,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    order = orders_in(shop, "processing")[0]
    fault_on(simulator, monkeypatch, "POST", TRACKINGS, lambda: shop.faults.fail_next(status=502), times=10)

    with pytest.raises(TransientError) as caught:
        woo(max_retries=2).confirm_shipment(package(order))

    message = str(caught.value)
    assert caught.value.retryable
    assert f"adding tracking number SF1001 to order {order['id']} did not go through in 3 attempts" in message
    assert "pushing it again is safe" in message and "HTTP 502" in message
    assert shop.store.trackings(order["id"]) == [] and shop.store.order(order["id"])["status"] == "processing"


def test_outbox_repeat_after_the_completion_failed(woo: Callable[..., WooCommerceConnector], shop: WooCommerceShop,
                                                   simulator: ChannelSimulator,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    order = orders_in(shop, "processing")[0]
    fault_on(simulator, monkeypatch, "PUT", "/orders/", lambda: shop.faults.fail_next(status=503), times=4)
    connector = woo(max_retries=3)

    with pytest.raises(TransientError, match="completing order"):
        connector.confirm_shipment(package(order))
    assert len(shop.store.trackings(order["id"])) == 1 and shop.store.order(order["id"])["status"] == "processing"

    assert connector.confirm_shipment(package(order)).accepted  # what the outbox does next
    assert len(shop.store.trackings(order["id"])) == 1 and shop.store.order(order["id"])["status"] == "completed"


def test_cancel_while_waiting_to_repeat_a_post(woo: Callable[..., WooCommerceConnector], shop: WooCommerceShop,
                                               simulator: ChannelSimulator, monkeypatch: pytest.MonkeyPatch,
                                               sleeps: SleepRecorder) -> None:
    stop = False

    def press_cancel(_: float) -> None:
        nonlocal stop
        stop = True

    sleeps.on_sleep = press_cancel
    order = orders_in(shop, "processing")[0]
    fault_on(simulator, monkeypatch, "POST", TRACKINGS, lambda: shop.faults.fail_next(status=500))

    with pytest.raises(CancelledError):
        woo().confirm_shipment(package(order), cancelled=lambda: stop)
    assert shop.store.trackings(order["id"]) == []


# -- tracking numbers in order notes (no extension) ---------------------------------------------------


@pytest.fixture
def plain_shop(simulator: ChannelSimulator) -> WooCommerceShop:
    return simulator.add_shop("woocommerce", "plain", seed=11, orders=120, shipment_tracking=False)


def test_without_the_extension_a_customer_note_carries_the_tracking(
        woo: Callable[..., WooCommerceConnector], plain_shop: WooCommerceShop) -> None:
    first, second = orders_in(plain_shop, "processing")[:2]
    connector = woo(target=plain_shop)

    result = connector.confirm_shipment(package(first))
    connector.confirm_shipment(package(second, "SF2002"))

    assert result.accepted and "sent in a customer note, order completed" in result.message
    [note] = plain_shop.store.notes(first["id"])
    assert note["customer_note"] is True and result.channel_reference == str(note["id"])
    assert "SF1001" in note["note"] and "https://www.sf-express.com/track/SF1001" in note["note"]
    assert plain_shop.store.order(first["id"])["status"] == "completed"
    extension_calls = [path for _, path in calls(plain_shop) if "wc-shipment-tracking" in path]
    assert len(extension_calls) == 1  # asked once, then remembered
    assert tracking_records(plain_shop) == Counter({f"{first['id']}/SF1001": 1, f"{second['id']}/SF2002": 1})


def test_repeated_note_package_is_recognised(woo: Callable[..., WooCommerceConnector],
                                             plain_shop: WooCommerceShop, simulator: ChannelSimulator,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    order = orders_in(plain_shop, "processing")[0]
    fault_on(simulator, monkeypatch, "POST", "/notes", lambda: plain_shop.faults.drop_next(after_acting=True))

    assert woo(target=plain_shop).confirm_shipment(package(order)).accepted
    again = woo(target=plain_shop).confirm_shipment(package(order))

    assert again.accepted and "was already in a note" in again.message
    assert len(plain_shop.store.notes(order["id"])) == 1


def test_note_language_and_partial_package_lines() -> None:
    order = {"shipping": {"country": "CN"}, "line_items": [{"id": 7, "name": "西湖龙井 250g"}]}
    partial = ShipmentConfirmation("1", "P", "ZTO", "ZT77", SHIPPED_AT, carrier_name="中通快递",
                                   lines=(ShipmentLine("7", Decimal("2")),), completes_order=False)

    assert shipment_note(order, partial) == "您的订单已发货（中通快递），运单号：ZT77\n本包裹包含：西湖龙井 250g × 2"
    abroad = {"shipping": {"country": "DE"}, "line_items": [{"id": 7, "name": "Chef&#8217;s Knife"}]}
    assert shipment_note(abroad, partial) == ("Your order has shipped with 中通快递. Tracking number: ZT77\n"
                                              "This package contains: Chef’s Knife × 2")


# -- refusals and error messages --------------------------------------------------------------------------


def test_cancelled_order_is_refused_without_writing(woo: Callable[..., WooCommerceConnector],
                                                    shop: WooCommerceShop) -> None:
    order = orders_in(shop, "cancelled")[0]

    result = woo().confirm_shipment(package(order))

    assert not result.accepted and not result.retryable
    assert result.message == (f"WooCommerce order {order['id']} is cancelled, so tracking number SF1001 was not "
                              "sent. If the parcel did leave, settle the order with the customer in WooCommerce.")
    assert [method for method, _ in calls(shop)] == ["GET"]


def test_unknown_order_is_refused_with_the_reason(woo: Callable[..., WooCommerceConnector],
                                                  shop: WooCommerceShop) -> None:
    result = woo().confirm_shipment(package({"id": 999}))

    assert not result.accepted and not result.retryable
    assert f"WooCommerce at {shop.url} has no order 999 (HTTP 404)" in result.message
    assert "deleted at the shop" in result.message


def test_wrong_shop_url_is_an_error_not_a_refused_package(shop: WooCommerceShop, simulator: ChannelSimulator,
                                                           sleeps: SleepRecorder) -> None:
    config = ShopConfig(f"{simulator.base_url}/gone", shop.key, shop.secret)  # no such shop: an HTML 404
    connector = WooCommerceConnector(config, sleep=sleeps)

    with pytest.raises(NotFoundError, match="There is no WooCommerce REST API at .*/gone/wp-json/wc/v3/orders/"):
        connector.confirm_shipment(package(orders_in(shop, "processing")[0]))
    connector.close()


def test_without_the_carrier_list_every_carrier_is_custom(woo: Callable[..., WooCommerceConnector],
                                                          shop: WooCommerceShop, simulator: ChannelSimulator,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    order = orders_in(shop, "processing")[0]
    fault_on(simulator, monkeypatch, "GET", "/providers", lambda: shop.faults.fail_next(status=404))

    assert woo().confirm_shipment(package(order, "9400", carrier_code="USPS", carrier_name="")).accepted

    [item] = shop.store.trackings(order["id"])
    assert (item["tracking_provider"], item["custom_tracking_provider"]) == ("", "USPS")


@pytest.mark.parametrize(("order_id", "number", "reason"), [
    ("#1001", "SF1", "'#1001' is not a WooCommerce order id"),
    ("1001", "  ", "has no tracking number; enter one"),
])
def test_unusable_package_is_refused_before_any_request(woo: Callable[..., WooCommerceConnector],
                                                        shop: WooCommerceShop, order_id: str, number: str,
                                                        reason: str) -> None:
    shipment = ShipmentConfirmation(order_id, "PKG", "SF", number, SHIPPED_AT)

    result = woo().confirm_shipment(shipment)

    assert not result.accepted and reason in result.message and shop.requests == []


def test_read_only_key_says_what_to_change(woo: Callable[..., WooCommerceConnector], shop: WooCommerceShop) -> None:
    shop.key_permissions = "read"
    order = orders_in(shop, "processing")[0]

    with pytest.raises(AuthError) as caught:
        woo().confirm_shipment(package(order))

    message = str(caught.value)
    assert "The API key provided does not have write permissions. [woocommerce_rest_authentication_error]" in message
    assert "give it Read/Write permissions" in message


# -- fetching one order -------------------------------------------------------------------------------------


def test_fetch_order(woo: Callable[..., WooCommerceConnector], shop: WooCommerceShop) -> None:
    order_id = shop.store.ids()[3]
    connector = woo()

    fetched = connector.fetch_order(str(order_id))

    assert isinstance(fetched, ChannelOrder) and fetched == parse_order(shop.store.order(order_id))
    shop.faults.malform_order(order_id, field="total", value="lots")
    failure = connector.fetch_order(str(order_id))
    assert isinstance(failure, OrderParseFailure)
    assert (failure.external_id, failure.field, failure.message) == (str(order_id), "total", "'lots' is not a number")
    with pytest.raises(NotFoundError, match="has no order 5"):
        connector.fetch_order("5")
    with pytest.raises(ConnectorError, match="not a WooCommerce order id"):
        connector.fetch_order("abc")


# -- stock --------------------------------------------------------------------------------------------------


def level(quantity: int, sku: str, item: str, variant: str = "") -> StockLevel:
    return StockLevel(quantity, channel_sku=sku, channel_item_id=item, channel_variant_id=variant)


def test_stock_goes_to_products_and_variations_in_batches(woo: Callable[..., WooCommerceConnector],
                                                          shop: WooCommerceShop) -> None:
    levels = [level(5, "TEA-LJ-250", "107"), level(9, "TS-CREW-BLK-S", "101", "10101"),
              level(0, "CAP-BASE-BLK", "106", "10601"), level(12, "", "150", "0"),
              level(3, "TS-CREW-WHT-M", "101", "10106")]

    results = woo().push_stock(levels)

    assert [(r.key, r.accepted) for r in results] == [(lv.key, True) for lv in levels]
    assert results[1].message == "variation 10101 of product 101 (SKU TS-CREW-BLK-S): stock 9"
    assert sorted(calls(shop)) == [("PUT", "/wc/v3/products/101/variations/batch"),
                                   ("PUT", "/wc/v3/products/106/variations/batch"),
                                   ("PUT", "/wc/v3/products/batch")]
    assert [shop.store.stock_of(107), shop.store.stock_of(101, 10101), shop.store.stock_of(106, 10601),
            shop.store.stock_of(150), shop.store.stock_of(101, 10106)] == [5, 9, 0, 12, 3]
    assert shop.store.products([106])[0]["stock_status"] == "instock"
    assert shop.store.variations(106, [10601])[0]["stock_status"] == "outofstock"
    assert sorted(e.key for e in shop.pushes.entries("stock")) == sorted(
        ["107//TEA-LJ-250", "101/10101/TS-CREW-BLK-S", "106/10601/CAP-BASE-BLK", "150//", "101/10106/TS-CREW-WHT-M"])


def test_more_than_a_hundred_levels_are_split(woo: Callable[..., WooCommerceConnector],
                                              shop: WooCommerceShop) -> None:
    simple = [p["id"] for p in shop.store.products(shop.store.product_ids(product_type="simple"))]
    levels = [level(index, "", str(simple[index % len(simple)])) for index in range(230)]

    results = woo().push_stock(levels)

    assert all(result.accepted for result in results) and len(results) == 230
    assert Counter(calls(shop)) == Counter({("PUT", "/wc/v3/products/batch"): 3})
    assert len(shop.pushes.entries("stock")) == 230
    last_per_product = {levels[i].channel_item_id: i for i in range(230)}
    assert all(shop.store.stock_of(int(item)) == quantity for item, quantity in last_per_product.items())


def test_per_item_refusals_become_per_level_results(woo: Callable[..., WooCommerceConnector],
                                                    shop: WooCommerceShop) -> None:
    levels = [level(1, "X", "999"), level(2, "TEA-LJ-250", "107"), level(3, "Y", "101", "99999"),
              level(4, "", ""), level(5, "Z", "101", "blue")]

    results = woo().push_stock(levels)

    assert [r.accepted for r in results] == [False, True, False, False, False]
    assert "refused stock 1 for product 999 (SKU X): Invalid ID. [woocommerce_rest_product_invalid_id]" \
        in results[0].message
    assert "[woocommerce_rest_product_variation_invalid_id]" in results[2].message
    assert "check its mapping" in results[2].message and not results[2].retryable
    assert "no WooCommerce product id" in results[3].message
    assert "'blue' is not a WooCommerce variation id" in results[4].message
    assert [e.key for e in shop.pushes.entries("stock")] == ["107//TEA-LJ-250"]


def test_stock_push_is_repeatable_and_survives_faults(woo: Callable[..., WooCommerceConnector],
                                                      shop: WooCommerceShop, sleeps: SleepRecorder) -> None:
    levels = [level(7, "TEA-LJ-250", "107"), level(8, "TS-CREW-BLK-S", "101", "10101")]
    connector = woo()
    shop.faults.fail_next(status=500)  # a PUT is repeated by the shared client
    shop.faults.garble_next()  # an answer that is not JSON: sent again

    assert all(r.accepted for r in connector.push_stock(levels))
    assert all(r.accepted for r in connector.push_stock(levels))

    assert (shop.store.stock_of(107), shop.store.stock_of(101, 10101)) == (7, 8)
    assert [r.status for r in shop.requests][:3] == [500, 200, 200] and len(sleeps.calls) == 2


def test_whole_batch_refused_or_failing(woo: Callable[..., WooCommerceConnector], shop: WooCommerceShop) -> None:
    levels = [level(7, "TEA-LJ-250", "107"), level(8, "TS-CREW-BLK-S", "101", "10101")]
    connector = woo(max_retries=1)
    shop.faults.fail_next(status=400)

    results = connector.push_stock(levels)

    assert [r.accepted for r in results] == [False, True]
    assert "refused the stock update of product 107 (SKU TEA-LJ-250)" in results[0].message
    assert "HTTP 400" in results[0].message and "Invalid parameter(s). [rest_invalid_param]" in results[0].message
    shop.faults.fail_next(status=503, times=5)
    with pytest.raises(TransientError):
        connector.push_stock(levels)


def test_unmanaged_stock_is_switched_on(shop: WooCommerceShop, woo: Callable[..., WooCommerceConnector]) -> None:
    assert shop.store.stock_of(150) is None  # no SKU: stock not managed

    assert woo().push_stock([level(4, "", "150")])[0].accepted

    assert shop.store.stock_of(150) == 4
    assert shop.pushes.entries("stock")[0].payload == {"id": 150, "manage_stock": True, "stock_quantity": 4}


# -- channel faults while pulling ---------------------------------------------------------------------------


def test_page_duplicates_and_token_expiry_are_harmless(woo: Callable[..., WooCommerceConnector],
                                                       shop: WooCommerceShop) -> None:
    shop.faults.duplicate_on_pages(2)
    shop.faults.expire_token()  # consumer keys do not expire: ignored

    pages = list(woo().iter_order_pages(None))

    ids = [order.external_id for page in pages for order in page.orders]
    assert [len(page.orders) for page in pages] == [100, 21]
    assert ids[100] == ids[99] and len(set(ids)) == 120 == shop.store.count


# -- chaos ----------------------------------------------------------------------------------------------------


def newest(pages: Any, into: dict[str, ChannelOrder]) -> None:
    """Keep the newest version of each order, as the sync engine's importer does."""
    for page in pages:
        for order in page.orders:
            if order.external_id not in into or order.updated_at >= into[order.external_id].updated_at:
                into[order.external_id] = order


def confirm_until_accepted(connector: WooCommerceConnector, shipment: ShipmentConfirmation) -> int:
    """What the outbox does: push again after every retryable failure. Returns the attempts."""
    for attempt in range(1, 30):
        try:
            result = connector.confirm_shipment(shipment)
        except ConnectorError as exc:
            assert exc.retryable, str(exc)
            continue
        assert result.accepted, result.message
        return attempt
    raise AssertionError(f"{shipment.package_id} never went through")


def test_chaos_pull_and_pushes(simulator: ChannelSimulator, sleeps: SleepRecorder) -> None:
    shop = simulator.add_woocommerce_shop(slug="chaos", seed=23, orders=2000)
    config = ShopConfig(shop.url, shop.key, shop.secret, timeout_seconds=0.2, max_retries=4,
                        options={"per_page": 20})  # 100 list pages: room for every fault kind
    connector = WooCommerceConnector(config, sleep=sleeps)
    shop.faults.chaos(rate=0.1, seed=4, retry_after=0.01, slow_seconds=0.3)
    started = time.monotonic()
    pull_began = wc_second(datetime.now(UTC) - timedelta(seconds=1))

    pulled: dict[str, ChannelOrder] = {}
    newest(connector.iter_order_pages(None), pulled)

    assert set(pulled) == set(shop.truth())  # none missed, none invented
    assert {r.status for r in shop.requests} > {200}  # the pull did meet faults
    behind = {i for i, order in pulled.items() if wc_second(order.updated_at) != modified_at(shop, i)}
    assert all(modified_at(shop, i) >= pull_began for i in behind)  # only orders changed during the pull...
    for _ in range(5):  # ...which the sync engine's next, overlapping run brings
        since, pull_began = pull_began, wc_second(datetime.now(UTC) - timedelta(seconds=1))
        newest(connector.iter_order_pages(datetime.fromisoformat(since).replace(tzinfo=UTC)), pulled)
        if all(wc_second(order.updated_at) == modified_at(shop, i) for i, order in pulled.items()):
            break
    truth = shop.truth()
    assert {i: (o.status, o.total, wc_second(o.updated_at)) for i, o in pulled.items()} == {
        i: (t.status, t.total, modified_at(shop, i)) for i, t in truth.items()}

    open_orders = [shop.store.order(int(i)) for i, t in truth.items() if t.status == "processing"][:50]
    pushes_began = len(shop.requests)
    for order in open_orders:
        confirm_until_accepted(connector, package(order, f"SF{order['id']}"))

    assert len(open_orders) == 50
    assert {r.status for r in shop.requests[pushes_began:]} > {200, 201}  # so did the pushes
    assert tracking_records(shop) == Counter({f"{order['id']}/SF{order['id']}": 1 for order in open_orders})
    assert all(len(shop.store.trackings(order["id"])) == 1 for order in open_orders)
    assert {shop.store.order(order["id"])["status"] for order in open_orders} == {"completed"}
    assert time.monotonic() - started < 30


def wc_second(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S")


def modified_at(shop: WooCommerceShop, order_id: str) -> str:
    return shop.store.order(int(order_id))["date_modified_gmt"]
