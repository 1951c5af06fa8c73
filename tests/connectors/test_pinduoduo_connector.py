"""PinduoduoConnector against the simulated PDD router: signing, paging, faults, pushes, chaos."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest

from connectors.base import (
    AuthError,
    CancelledError,
    ChannelOrder,
    ConnectorError,
    Lifecycle,
    NotFoundError,
    OrderParseFailure,
    PushingConnector,
    RejectedError,
    ShipmentConfirmation,
    ShipmentLine,
    ShopConfig,
    StockLevel,
    ThrottledError,
    TransientError,
)
from connectors.pinduoduo import (
    LIST_ORDERS,
    SETTLE,
    SHIP,
    PinduoduoConnector,
    normalise_router_url,
    sign,
)
from connectors.simulator import ChannelSimulator
from connectors.simulator.faults import REMOVE
from connectors.simulator.pinduoduo import PinduoduoShop
from connectors.simulator.pinduoduo_orders import fault_id, unix_of
from tests.connectors.conftest import SleepRecorder

NOW = datetime.now(UTC).replace(microsecond=0)
AHEAD = SETTLE + timedelta(minutes=1)
"""PDD's clock as far ahead as the pull keeps behind it: changes made now are settled and pulled."""


def ahead() -> datetime:
    return datetime.now(UTC) + AHEAD


@pytest.fixture
def shop(simulator: ChannelSimulator) -> PinduoduoShop:
    """300 orders changed over the day before ten minutes ago: about six per 30-minute window."""
    return simulator.add_shop("pinduoduo", "pdd", seed=21, orders=300, epoch=NOW - timedelta(minutes=10),
                              history_days=1)


Connect = Callable[..., PinduoduoConnector]


@pytest.fixture
def connect(shop: PinduoduoShop, sleeps: SleepRecorder) -> Iterator[Connect]:
    made: list[PinduoduoConnector] = []

    def factory(*, target: PinduoduoShop | None = None, clock: Callable[[], datetime] = ahead,
                timeout: float = 2.0, max_retries: int = 3, saved: list[dict[str, str]] | None = None,
                url: str | None = None, **overrides: Any) -> PinduoduoConnector:
        connection = (target or shop).connection()
        secrets = {**connection["secrets"], **{k: overrides.pop(k) for k in ("access_token", "refresh_token")
                                                if k in overrides}}
        config = ShopConfig(
            base_url=url or connection["base_url"], key=overrides.pop("key", connection["key"]),
            secret=overrides.pop("secret", connection["secret"]), options={**connection["options"], **overrides},
            secrets=secrets, timeout_seconds=timeout, max_retries=max_retries,
            save_credentials=saved.append if saved is not None else None,
        )
        connector = PinduoduoConnector(config, sleep=sleeps, clock=clock)
        made.append(connector)
        return connector

    yield factory
    for connector in made:
        connector.close()


def pull(connector: PinduoduoConnector, modified_after: datetime | None = None) -> dict[str, ChannelOrder]:
    """Orders by id, the newest version winning, as the sync engine keeps them."""
    orders: dict[str, ChannelOrder] = {}
    for page in connector.iter_order_pages(modified_after):
        assert not page.failures, page.failures
        for order in page.orders:
            if order.external_id not in orders or order.updated_at >= orders[order.external_id].updated_at:
                orders[order.external_id] = order
    return orders


def windows(shop: PinduoduoShop) -> list[tuple[int, int, int]]:
    return [(int(call["start_updated_at"]), int(call["end_updated_at"]), int(call["page"]))
            for call in shop.calls(LIST_ORDERS)]


def awaiting(shop: PinduoduoShop, count: int) -> list[str]:
    """Orders that may be shipped now (待发货, group formed, no after-sales)."""
    found = [sn for sn in shop.store.order_sns() if shop.store.lifecycle(sn) is Lifecycle.OPEN]
    assert len(found) >= count
    return found[:count]


def package(order_sn: str, tracking: str, carrier: str = "115", **extra: Any) -> ShipmentConfirmation:
    return ShipmentConfirmation(order_sn, f"PKG-{tracking}", carrier, tracking, NOW, **extra)


def tracking_keys(shop: PinduoduoShop) -> list[str]:
    return [record.key for record in shop.pushes.entries("tracking")]


# -- connecting ------------------------------------------------------------------------------------


def test_connection_names_the_shop_with_a_signed_call(connect: Connect, shop: PinduoduoShop) -> None:
    assert connect().test_connection() == "Pinduoduo shop 拼拼好物旗舰店 (mall id 100000021)"

    [call] = shop.calls("pdd.mall.info.get")
    assert (call["client_id"], call["access_token"], call["data_type"], call["version"]) == \
        (shop.client_id, shop.access_token, "JSON", "V1")
    assert call["sign"] == sign(call, shop.client_secret)
    assert [(r.method, r.path, r.status) for r in shop.requests] == [("POST", "/api/router", 200)]


def test_wrong_secret_is_a_signature_failure_naming_what_to_check(connect: Connect, shop: PinduoduoShop) -> None:
    with pytest.raises(AuthError) as failure:
        connect(secret="0" * 40).test_connection()

    message = str(failure.value)
    assert "签名验证失败 [20004]" in message and "client secret" in message and shop.client_id in message
    assert len(shop.requests) == 1  # refusals are not retried


def test_wrong_client_id_fails_the_signature_too(connect: Connect) -> None:
    with pytest.raises(AuthError, match="20004"):
        connect(key="someone-else").test_connection()


def test_missing_credentials_fail_before_any_request(connect: Connect, shop: PinduoduoShop) -> None:
    with pytest.raises(AuthError, match="access token"):
        connect(access_token="").test_connection()
    with pytest.raises(AuthError, match="client secret"):
        list(connect(secret="").iter_order_pages(None))
    assert shop.requests == []


def test_router_url_normalisation() -> None:
    assert normalise_router_url("") == "https://gw-api.pinduoduo.com/api/router"
    assert normalise_router_url("gw-api.pinduoduo.com") == "https://gw-api.pinduoduo.com/api/router"
    assert normalise_router_url(" https://gw-api.pinduoduo.com/api/router/ ") == \
        "https://gw-api.pinduoduo.com/api/router"
    assert normalise_router_url("http://127.0.0.1:8765/pdd") == "http://127.0.0.1:8765/pdd/api/router"
    with pytest.raises(ConnectorError, match="not a web address"):
        normalise_router_url("ftp://example.com")


def test_wrong_address_is_not_found(connect: Connect, simulator: ChannelSimulator) -> None:
    with pytest.raises(NotFoundError, match="no Pinduoduo API router at .*/elsewhere/api/router"):
        connect(url=f"{simulator.base_url}/elsewhere").test_connection()


def test_the_connector_offers_pushes_and_declares_its_settings(connect: Connect) -> None:
    connector = connect()

    assert isinstance(connector, PushingConnector)
    assert [(f.name, f.secret, f.required) for f in PinduoduoConnector.settings] == [
        ("key", False, True), ("secret", True, True), ("access_token", True, True),
        ("refresh_token", True, False), ("initial_sync_days", False, False)]


# -- pulling ------------------------------------------------------------------------------------------


def test_full_pull_yields_every_order_with_its_status_and_total(connect: Connect, shop: PinduoduoShop) -> None:
    orders = pull(connect())

    truth = shop.truth()
    assert set(orders) == set(truth)
    assert all((order.status, order.total) == (truth[sn].status, truth[sn].total) for sn, order in orders.items())
    assert all(sum((line.total for line in o.lines), Decimal(0)) + o.shipping_total + o.fee_total == o.total
               for o in orders.values())


def test_windows_are_consecutive_half_hours_ending_before_pdd_s_clock(connect: Connect,
                                                                      shop: PinduoduoShop) -> None:
    list(connect(initial_sync_days="1").iter_order_pages(None))

    spans = sorted({(start, end) for start, end, _ in windows(shop)})
    assert all(end - start <= 1800 for start, end in spans)
    assert all(left[1] == right[0] for left, right in zip(spans, spans[1:], strict=False))
    assert spans[-1][1] - spans[0][0] == 86400
    assert abs(spans[-1][1] - (ahead() - SETTLE).timestamp()) < 5


def test_a_busy_window_is_paged_from_its_last_page_backwards(connect: Connect, shop: PinduoduoShop) -> None:
    orders = pull(connect(page_size="2"))

    pages_by_window: dict[tuple[int, int], list[int]] = {}
    for start, end, page in windows(shop):
        pages_by_window.setdefault((start, end), []).append(page)
    busy = [pages for pages in pages_by_window.values() if len(pages) > 1]
    assert busy and all(pages == [1, *range(len(pages) - 1, 0, -1)] for pages in busy)
    assert set(orders) == set(shop.truth())


def test_incremental_pull_returns_the_orders_changed_since(connect: Connect, shop: PinduoduoShop) -> None:
    since = NOW - timedelta(hours=3)

    orders = pull(connect(), since)

    changed = {sn for sn in shop.store.order_sns() if unix_of(shop.store.order(sn)["updated_at"]) >= since.timestamp()}
    assert set(orders) == changed and 0 < len(changed) < 300
    assert int(windows(shop)[0][0]) == int(since.timestamp())


def test_changes_of_the_last_three_minutes_wait_for_the_next_run(connect: Connect, shop: PinduoduoShop) -> None:
    [new] = shop.store.add_orders(1, grouping_share=0)
    since = NOW - timedelta(minutes=30)

    assert new not in pull(connect(clock=lambda: datetime.now(UTC)), since)
    assert new in pull(connect(), since)


def test_new_and_changed_orders_after_a_watermark(connect: Connect, shop: PinduoduoShop) -> None:
    connector = connect()
    watermark = max(order.updated_at for order in pull(connector).values())
    added = shop.store.add_orders(3)
    changed = shop.store.modify_orders(count=2)

    later = pull(connector, watermark - timedelta(minutes=10))

    truth = shop.truth()
    assert set(added) | set(changed) <= set(later)
    assert all(later[sn].status == truth[sn].status for sn in set(added) | set(changed))


def test_encrypted_receivers_give_way_to_their_masks(connect: Connect, shop: PinduoduoShop,
                                                     simulator: ChannelSimulator) -> None:
    open_order = awaiting(shop, 1)[0]
    masked = pull(connect())[open_order]
    plain_shop = simulator.add_shop("pinduoduo", "plain", seed=21, orders=300, epoch=NOW - timedelta(minutes=10),
                                    history_days=1, encrypt_receivers=False)
    plain = pull(connect(target=plain_shop))[open_order]

    assert masked.raw["receiver_name"].startswith("~") and masked.shipping_address.name.endswith("**")
    assert masked.shipping_address.phone[3:7] == "****"
    assert plain.shipping_address.name == plain.raw["receiver_name"] and "*" not in plain.shipping_address.name
    assert plain.shipping_address.phone.isdigit() and len(plain.shipping_address.phone) == 11
    assert plain.shipping_address.line1.startswith(plain.raw["town"])


def test_cancel_between_pages(connect: Connect) -> None:
    pages = connect().iter_order_pages(None, cancelled=lambda: True)

    with pytest.raises(CancelledError):
        next(pages)


# -- faults --------------------------------------------------------------------------------------------


def test_gateway_errors_are_retried_with_backoff(connect: Connect, shop: PinduoduoShop,
                                                 sleeps: SleepRecorder) -> None:
    shop.faults.fail_next(502, times=2)

    assert connect().test_connection().startswith("Pinduoduo shop")
    assert [r.status for r in shop.requests] == [502, 502, 200]
    assert len(sleeps.calls) == 2 and sleeps.calls[1] > sleeps.calls[0] / 2


def test_exhausted_retries_name_the_request(connect: Connect, shop: PinduoduoShop) -> None:
    shop.faults.fail_next(503, times=10)

    with pytest.raises(TransientError) as failure:
        list(connect().iter_order_pages(None))

    message = str(failure.value)
    assert "Pinduoduo at" in message and "/pdd/api/router" in message and "orders updated" in message
    assert "4 attempts" in message and "HTTP 503" in message and "Try again later" in message


def test_flow_limit_is_retried_then_reported(connect: Connect, shop: PinduoduoShop, sleeps: SleepRecorder) -> None:
    shop.faults.throttle(times=2)
    assert connect().test_connection().startswith("Pinduoduo shop")
    assert len(sleeps.calls) == 2

    shop.faults.throttle(times=10)
    with pytest.raises(ThrottledError) as failure:
        connect().test_connection()
    assert "调用过于频繁" in str(failure.value) and "70031" in str(failure.value)


def test_garbled_answers_are_retried(connect: Connect, shop: PinduoduoShop) -> None:
    shop.faults.garble_next(2)
    assert set(pull(connect())) == set(shop.truth())

    shop.faults.garble_next(10)
    with pytest.raises(TransientError, match="not JSON"):
        connect().test_connection()


@pytest.mark.parametrize("fault", ["slow", "drop", "drop_after"])
def test_transport_faults_on_reads_are_retried(connect: Connect, shop: PinduoduoShop, fault: str) -> None:
    if fault == "slow":
        shop.faults.slow_next(seconds=0.5)
    else:
        shop.faults.drop_next(after_acting=fault == "drop_after")

    assert connect(timeout=0.2).test_connection().startswith("Pinduoduo shop")


def test_expired_token_is_renewed_saved_and_used(connect: Connect, shop: PinduoduoShop) -> None:
    saved: list[dict[str, str]] = []
    connector = connect(saved=saved)
    old_token = shop.access_token
    shop.faults.expire_token()

    assert connector.test_connection().startswith("Pinduoduo shop")
    connector.test_connection()

    assert shop.access_token != old_token
    [credentials] = saved
    assert credentials["access_token"] == shop.access_token
    assert credentials["refresh_token"] == shop.refresh_token
    assert datetime.fromisoformat(credentials["access_token_expires_at"]) > datetime.now(UTC)
    [refresh] = shop.calls("pdd.pop.auth.token.refresh")
    assert "access_token" not in refresh and refresh["refresh_token"] == shop.refresh_token
    assert [call["access_token"] for call in shop.calls("pdd.mall.info.get")] == \
        [old_token, shop.access_token, shop.access_token]


def test_expired_token_without_refresh_token_asks_for_a_new_authorisation(connect: Connect,
                                                                          shop: PinduoduoShop) -> None:
    shop.faults.expire_token()

    with pytest.raises(AuthError) as failure:
        connect(refresh_token="").test_connection()
    assert "access token has expired" in str(failure.value) and "access_token已过期 [10019]" in str(failure.value)
    assert "refresh token" in str(failure.value)


def test_refused_refresh_token(connect: Connect, shop: PinduoduoShop) -> None:
    shop.faults.expire_token()

    with pytest.raises(AuthError, match="refused to renew the access token .*refresh_token无效"):
        connect(refresh_token="stale").test_connection()


def test_an_order_repeated_on_the_next_page_does_no_harm(connect: Connect, shop: PinduoduoShop) -> None:
    shop.faults.duplicate_on_pages(5)
    connector = connect(page_size="3")

    pages = list(connector.iter_order_pages(None))

    assert all(len({o.external_id for o in page.orders}) == len(page.orders) for page in pages)
    assert {o.external_id for page in pages for o in page.orders} == set(shop.truth())
    assert sum(len(page.orders) for page in pages) > len(shop.truth())  # the repeats did arrive


def test_orders_changed_while_paging_are_not_missed(connect: Connect, shop: PinduoduoShop) -> None:
    shop.faults.modify_during_paging(after_page=2, count=2)
    started = int(datetime.now(UTC).timestamp())

    orders = pull(connect(page_size="2"))

    truth = shop.truth()
    moved = [sn for sn in truth if unix_of(shop.store.order(sn)["updated_at"]) >= started]
    assert moved  # they left their window after it was partly read
    assert set(orders) == set(truth)
    assert all(orders[sn].status == truth[sn].status for sn in truth)


def test_malformed_order_is_one_failure_and_the_page_goes_on(connect: Connect, shop: PinduoduoShop) -> None:
    first, second = shop.store.order_sns()[:2]
    shop.faults.malform_order(fault_id(first), "item_list[0].goods_count", "abc")
    shop.faults.malform_order(fault_id(second), "pay_amount", REMOVE)

    pages = list(connect().iter_order_pages(None))

    failures = {f.external_id: f for page in pages for f in page.failures}
    assert {sn: (f.field, f.message) for sn, f in failures.items()} == {
        first: ("item_list[0].goods_count", "'abc' is not a number"), second: ("pay_amount", "is missing")}
    assert failures[first].raw["item_list"][0]["goods_count"] == "abc"
    assert len({o.external_id for page in pages for o in page.orders}) == len(shop.truth()) - 2


def test_fetch_order(connect: Connect, shop: PinduoduoShop) -> None:
    connector = connect()
    order_sn = shop.store.order_sns()[5]

    fetched = connector.fetch_order(order_sn)
    assert isinstance(fetched, ChannelOrder) and fetched.total == shop.truth()[order_sn].total

    shop.faults.malform_order(fault_id(order_sn), "created_time", "yesterday")
    failure = connector.fetch_order(order_sn)
    assert isinstance(failure, OrderParseFailure) and (failure.external_id, failure.field) == (order_sn, "created_time")

    with pytest.raises(RejectedError, match="订单不存在"):
        connector.fetch_order("200101-000000000000000")


# -- tracking -------------------------------------------------------------------------------------------


def test_confirmed_package_ships_the_order_once(connect: Connect, shop: PinduoduoShop) -> None:
    connector = connect()
    order_sn = awaiting(shop, 1)[0]

    first = connector.confirm_shipment(package(order_sn, "781234567890"))
    again = connector.confirm_shipment(package(order_sn, "781234567890"))

    assert (first.accepted, first.key, first.channel_reference) == (True, f"{order_sn}/781234567890", "781234567890")
    assert again.accepted and "already has this tracking number" in again.message
    assert tracking_keys(shop) == [f"{order_sn}/781234567890"]
    assert len(shop.calls(SHIP)) == 1
    order = shop.store.order(order_sn)
    assert (order["order_status"], order["logistics_id"], order["tracking_number"]) == (2, 115, "781234567890")
    assert pull(connect(), NOW - timedelta(minutes=5))[order_sn].status == "已发货待签收"


def arm_on_next_look(shop: PinduoduoShop, monkeypatch: pytest.MonkeyPatch, arm: Callable[[], None]) -> None:
    """Queue a fault while the connector looks at the order, so that it meets the shipping call."""
    original = shop.store.order
    armed: list[bool] = []

    def look(order_sn: str) -> dict[str, Any]:
        if not armed:
            armed.append(True)
            arm()
        return original(order_sn)

    monkeypatch.setattr(shop.store, "order", look)


def test_a_lost_answer_after_shipping_is_not_a_second_shipment(connect: Connect, shop: PinduoduoShop,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    order_sn = awaiting(shop, 1)[0]
    arm_on_next_look(shop, monkeypatch, lambda: shop.faults.drop_next(after_acting=True))
    connector = connect()

    # The connection dropped after PDD shipped: the ship call is not repeated blindly ...
    with pytest.raises(TransientError, match="connection was dropped") as failure:
        connector.confirm_shipment(package(order_sn, "SF1234567890123", carrier="44"))
    assert failure.value.retryable
    # ... and the outbox's retry looks at the order first and finds the package there.
    result = connector.confirm_shipment(package(order_sn, "SF1234567890123", carrier="44"))

    assert result.accepted and "already has this tracking number" in result.message
    assert len(shop.calls(SHIP)) == 1
    assert tracking_keys(shop) == [f"{order_sn}/SF1234567890123"]


def test_a_late_answer_fails_the_push_and_its_retry_finds_it_done(connect: Connect, shop: PinduoduoShop,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    order_sn = awaiting(shop, 1)[0]
    arm_on_next_look(shop, monkeypatch, lambda: shop.faults.slow_next(seconds=0.5))
    connector = connect(timeout=0.2)

    with pytest.raises(TransientError, match="no answer within 0.2 s") as failure:
        connector.confirm_shipment(package(order_sn, "YT1234567890123", carrier="YTO"))
    assert failure.value.retryable
    assert connector.confirm_shipment(package(order_sn, "YT1234567890123", carrier="YTO")).accepted

    assert len(shop.calls(SHIP)) == 1
    assert tracking_keys(shop) == [f"{order_sn}/YT1234567890123"]


def test_later_packages_go_up_as_extra_tracking_numbers(connect: Connect, shop: PinduoduoShop) -> None:
    connector = connect()
    order_sn = awaiting(shop, 1)[0]
    line_id = shop.store.order(order_sn)["item_list"][0]["sku_id"]
    part = (ShipmentLine(str(line_id), Decimal(1)),)

    first = connector.confirm_shipment(package(order_sn, "43000000000001", "121", lines=part, completes_order=False))
    second = connector.confirm_shipment(package(order_sn, "43000000000002", "121", lines=part))
    repeated = connector.confirm_shipment(package(order_sn, "43000000000002", "121", lines=part))

    assert first.accepted and "whole order shipped with its first package" in first.message
    assert second.accepted and second.message == "" and repeated.accepted
    assert tracking_keys(shop) == [f"{order_sn}/43000000000001", f"{order_sn}/43000000000002"]
    assert shop.store.order(order_sn)["extra_delivery_list"] == [
        {"logistics_id": 121, "tracking_number": "43000000000002"}]
    [extra] = shop.calls("pdd.order.upload.extra.logistics")
    assert extra["extra_track_list"] == '[{"shipping_id":121,"tracking_number":"43000000000002"}]'


def test_carrier_codes_and_names_are_looked_up_once(connect: Connect, shop: PinduoduoShop) -> None:
    connector = connect()
    first, second, third = awaiting(shop, 3)

    assert connector.confirm_shipment(package(first, "781111111111", carrier="zto")).accepted
    assert connector.confirm_shipment(package(second, "SF1111111111111", carrier="顺丰速运")).accepted
    unknown = connector.confirm_shipment(package(third, "1234567890", carrier="DHL"))
    retired = connector.confirm_shipment(package(third, "661111111111", carrier="TTKDEX"))

    assert [call["logistics_id"] for call in shop.calls(SHIP)] == ["115", "44"]
    assert len(shop.calls("pdd.logistics.companies.get")) == 1
    assert not unknown.accepted and "knows no logistics company 'DHL'" in unknown.message
    assert not retired.accepted and "'TTKDEX'" in retired.message


def test_an_unreadable_order_state_fails_the_push_without_shipping(connect: Connect, shop: PinduoduoShop) -> None:
    order_sn = awaiting(shop, 1)[0]
    shop.faults.malform_order(fault_id(order_sn), "order_status", {"code": 1})

    with pytest.raises(ConnectorError, match=f"order {order_sn} with an unreadable order_status"):
        connect().confirm_shipment(package(order_sn, "781234567897"))
    assert shop.calls(SHIP) == []


def test_refunded_and_ungrouped_orders_are_not_shipped(connect: Connect, shop: PinduoduoShop) -> None:
    refunded = next(sn for sn in shop.store.order_sns() if shop.truth()[sn].status == "待发货/退款成功")
    [grouping] = shop.store.add_orders(1, grouping_share=1)
    connector = connect()

    refused = connector.confirm_shipment(package(refunded, "781234567899"))
    waiting = connector.confirm_shipment(package(grouping, "781234567898"))

    assert not refused.accepted and "refunded the order (退款成功)" in refused.message
    assert not waiting.accepted and "group has not formed" in waiting.message
    assert shop.calls(SHIP) == [] and tracking_keys(shop) == []


def test_a_shipment_the_channel_refuses_is_reported_with_its_words(connect: Connect, shop: PinduoduoShop) -> None:
    order_sn = awaiting(shop, 1)[0]

    result = connect().confirm_shipment(package(order_sn, "78-12 34"))
    blank = connect().confirm_shipment(package(order_sn, " "))

    assert not result.accepted and not result.retryable
    assert f"Pinduoduo refused the shipment of order {order_sn} (78-12 34)" in result.message
    assert "运单号'78-12 34'格式不正确" in result.message
    assert not blank.accepted and "no tracking number" in blank.message


# -- stock ------------------------------------------------------------------------------------------------


def levels_of(shop: PinduoduoShop, count: int, start: int = 0) -> list[StockLevel]:
    listings = [listing for listing in shop.store.listings.values() if listing.outer_id][start:start + count]
    return [StockLevel(7 + index, listing.outer_id, str(listing.goods_id), str(listing.sku_id))
            for index, listing in enumerate(listings)]


def test_push_stock_sets_each_level(connect: Connect, shop: PinduoduoShop) -> None:
    levels = levels_of(shop, 3)

    results = connect().push_stock(levels)

    assert [(r.key, r.accepted) for r in results] == [(level.key, True) for level in levels]
    assert [record.key for record in shop.pushes.entries("stock")] == [level.key for level in levels]
    assert [shop.store.stock[(int(lv.channel_item_id), int(lv.channel_variant_id))] for lv in levels] == [7, 8, 9]
    assert {call["update_type"] for call in shop.calls("pdd.goods.quantity.update")} == {"1"}


def test_stock_by_seller_sku_when_the_sku_id_is_unknown(connect: Connect, shop: PinduoduoShop) -> None:
    level = levels_of(shop, 1)[0]
    by_outer_id = StockLevel(42, level.channel_sku, level.channel_item_id)

    [result] = connect().push_stock([by_outer_id])

    assert result.accepted
    assert shop.calls("pdd.goods.quantity.update")[0]["outer_id"] == level.channel_sku
    assert shop.store.stock[(int(level.channel_item_id), int(level.channel_variant_id))] == 42
    assert [record.key for record in shop.pushes.entries("stock")] == [level.key]


def test_stock_refusals_are_per_level(connect: Connect, shop: PinduoduoShop) -> None:
    good = levels_of(shop, 2)
    unknown_goods = StockLevel(5, "NOPE", "530000000999", "1")
    no_goods_id = StockLevel(5, "TS-CREW-BLK-S")
    negative = StockLevel(-1, good[0].channel_sku, good[0].channel_item_id, good[0].channel_variant_id)

    results = connect().push_stock([good[0], unknown_goods, no_goods_id, negative, good[1]])

    assert [r.accepted for r in results] == [True, False, False, False, True]
    assert "商品530000000999不存在 [50001]" in results[1].message
    assert "map the SKU to its Pinduoduo goods" in results[2].message
    assert "negative stock (-1)" in results[3].message
    assert len(shop.calls("pdd.goods.quantity.update")) == 3


def test_stock_push_is_safe_to_repeat_and_survives_gateway_errors(connect: Connect, shop: PinduoduoShop) -> None:
    levels = levels_of(shop, 2)
    connector = connect()
    connector.push_stock(levels)
    shop.faults.fail_next(500)  # a POST, but an absolute level may be sent again

    assert all(r.accepted for r in connector.push_stock(levels))
    assert [shop.store.stock[(int(lv.channel_item_id), int(lv.channel_variant_id))] for lv in levels] == [7, 8]


def test_an_outage_leaves_the_rest_of_the_batch_retryable(connect: Connect, shop: PinduoduoShop) -> None:
    levels = levels_of(shop, 3)
    shop.faults.fail_next(503, times=20)

    results = connect().push_stock(levels)

    assert [(r.accepted, r.retryable) for r in results] == [(False, True)] * 3
    assert "HTTP 503" in results[0].message
    assert len(shop.calls("pdd.goods.quantity.update")) == 0 and len(shop.requests) == 4


def test_a_full_batch_of_stock_levels(connect: Connect, shop: PinduoduoShop) -> None:
    levels = levels_of(shop, PinduoduoConnector.max_stock_batch)

    results = connect().push_stock(levels)

    assert len(results) == 50 and all(r.accepted for r in results)
    assert len(shop.pushes.entries("stock")) == 50


# -- chaos ------------------------------------------------------------------------------------------------------


def test_chaos(simulator: ChannelSimulator, connect: Connect, sleeps: SleepRecorder) -> None:
    shop = simulator.add_shop("pinduoduo", "chaos", seed=99, orders=2000, epoch=NOW - timedelta(minutes=10),
                              history_days=1)
    shop.faults.chaos(rate=0.1, seed=5, retry_after=0.01, slow_seconds=0.3)
    connector = connect(target=shop, timeout=0.2, max_retries=5, saved=[], page_size="25")
    started = datetime.now(UTC)

    orders = pull(connector)

    truth = shop.truth()
    assert set(orders) == set(truth)
    stale = {sn for sn, order in orders.items() if (order.status, order.total) != (truth[sn].status, truth[sn].total)}
    assert all(unix_of(shop.store.order(sn)["updated_at"]) >= int(started.timestamp()) for sn in stale)
    shop.faults.clear()  # the next run, as the sync engine makes it, brings those changes
    orders.update(pull(connector, max(order.updated_at for order in orders.values()) - timedelta(minutes=10)))
    assert {sn: (o.status, o.total) for sn, o in orders.items()} == \
        {sn: (t.status, t.total) for sn, t in truth.items()}

    shop.faults.chaos(rate=0.1, seed=6, retry_after=0.01, slow_seconds=0.3)
    targets = awaiting(shop, 50)
    for number, order_sn in enumerate(targets):
        confirm_until_accepted(connector, package(order_sn, f"78{number:010d}"))

    assert sorted(tracking_keys(shop)) == sorted(f"{sn}/78{number:010d}" for number, sn in enumerate(targets))
    print(f"chaos: {len(shop.requests)} requests, {len(sleeps.calls)} waits, {len(stale)} stale after the pull, "
          f"{len(shop.calls('pdd.pop.auth.token.refresh'))} token renewals, {len(shop.calls(SHIP))} ship calls")
    assert len(sleeps.calls) > 10  # the faults did bite


def confirm_until_accepted(connector: PinduoduoConnector, shipment: ShipmentConfirmation) -> None:
    for _ in range(20):
        try:
            result = connector.confirm_shipment(shipment)
        except ConnectorError as failure:
            assert failure.retryable, failure
            continue
        assert result.accepted, result.message
        return
    pytest.fail(f"{shipment.order_external_id} was never accepted")
