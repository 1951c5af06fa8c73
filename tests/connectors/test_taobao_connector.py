"""The Taobao connector against the simulated TOP gateway: auth, paging, faults, pushes and chaos."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest

import connectors.simulator.server as simulator_server
from connectors.base import (
    AuthError,
    CancelledError,
    ChannelOrder,
    Connector,
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
from connectors.simulator import ChannelSimulator
from connectors.simulator.faults import Fault
from connectors.simulator.taobao import TaobaoShop
from connectors.simulator.taobao_orders import LISTINGS, parse_top_time
from connectors.taobao import TaobaoConnector, normalise_gateway_url, top_time
from tests.connectors.conftest import SleepRecorder

INCREMENT = "taobao.trades.sold.increment.get"
FULLINFO = "taobao.trade.fullinfo.get"
SEND = "taobao.logistics.offline.send"
QUANTITY = "taobao.item.quantity.update"


@pytest.fixture(autouse=True)
def answers_without_nagle_delay(monkeypatch: pytest.MonkeyPatch) -> None:
    """The simulator writes headers and body in two sends; with Nagle's algorithm on, every answer then
    waits ~40 ms for a delayed ACK, and a pull makes one request per trade."""
    monkeypatch.setattr(simulator_server._Handler, "disable_nagle_algorithm", True, raising=False)


class TickingClock:
    """A clock shared by the simulator and the connector that moves on one second at every reading,
    so that changes made during a pull land in a later second than the windows already read."""

    def __init__(self, start: datetime) -> None:
        self._now = start
        self._lock = threading.Lock()

    def __call__(self) -> datetime:
        with self._lock:
            self._now += timedelta(seconds=1)
            return self._now


@pytest.fixture
def shop(simulator: ChannelSimulator) -> TaobaoShop:
    """120 trades over the 60 hours before an hour ago."""
    return simulator.add_shop("taobao", "tb", seed=21, orders=120, epoch=simulator.clock() - timedelta(hours=1))


ConnectorFactory = Callable[..., TaobaoConnector]


@pytest.fixture
def connect(shop: TaobaoShop, sleeps: SleepRecorder) -> Iterator[ConnectorFactory]:
    made: list[TaobaoConnector] = []

    def factory(target: TaobaoShop | None = None, *, url: str | None = None, key: str | None = None,
                secret: str | None = None, session: str | None = None, max_retries: int = 3,
                timeout: float = 5.0, clock: Callable[[], datetime] | None = None, **options: Any) -> TaobaoConnector:
        connection = (target or shop).connection()
        config = ShopConfig(
            base_url=url or connection["base_url"],
            key=connection["key"] if key is None else key,
            secret=connection["secret"] if secret is None else secret,
            options={**connection["options"], **options},
            secrets={"session": connection["secrets"]["session"] if session is None else session},
            timeout_seconds=timeout,
            max_retries=max_retries,
        )
        connector = TaobaoConnector(config, sleep=sleeps, clock=clock)
        made.append(connector)
        return connector

    yield factory
    for connector in made:
        connector.close()


def pull(connector: TaobaoConnector, modified_after: datetime | None = None,
         **kwargs: Any) -> tuple[dict[str, ChannelOrder], list[OrderParseFailure]]:
    """What the sync engine keeps: the newest version of every order, plus the failures."""
    latest: dict[str, ChannelOrder] = {}
    failures: list[OrderParseFailure] = []
    for page in connector.iter_order_pages(modified_after, **kwargs):
        failures += page.failures
        for order in page.orders:
            if order.external_id not in latest or order.updated_at >= latest[order.external_id].updated_at:
                latest[order.external_id] = order
    return latest, failures


def assert_matches_truth(orders: dict[str, ChannelOrder], shop: TaobaoShop) -> None:
    truth = {key: value for key, value in shop.truth().items() if not value.held}
    assert set(orders) == set(truth)
    wrong = [key for key, value in truth.items()
             if (orders[key].status, orders[key].total) != (value.status, value.total)]
    assert wrong == []


def shippable(shop: TaobaoShop, lines: int = 1) -> dict[str, Any]:
    return next(trade for trade in shop.store.trades() if trade["status"] == "WAIT_SELLER_SEND_GOODS"
                and len(trade["orders"]["order"]) >= lines
                and all(order["refund_status"] == "NO_REFUND" for order in trade["orders"]["order"]))


def package(trade: dict[str, Any], tracking: str = "75312345678901", carrier: str = "ZTO",
            lines: tuple[ShipmentLine, ...] = (), package_id: str = "PKG-1") -> ShipmentConfirmation:
    return ShipmentConfirmation(order_external_id=str(trade["tid"]), package_id=package_id, carrier_code=carrier,
                                tracking_number=tracking, shipped_at=datetime.now(UTC), lines=lines)


# -- connection and auth --------------------------------------------------------------------------------


def test_connection_test_names_the_shop(connect: ConnectorFactory, shop: TaobaoShop) -> None:
    connector = connect()

    assert connector.test_connection() == f"Taobao shop {shop.store.seller_nick}: connected"
    assert isinstance(connector, Connector) and isinstance(connector, PushingConnector)


@pytest.mark.parametrize("sign_method", ["md5", "hmac", "hmac-sha256"])
def test_every_sign_method_is_accepted(connect: ConnectorFactory, shop: TaobaoShop, sign_method: str) -> None:
    connect(sign_method=sign_method).test_connection()

    (call,) = shop.calls("taobao.user.seller.get")
    assert call["sign_method"] == sign_method and len(call["sign"]) == (64 if sign_method == "hmac-sha256" else 32)
    assert parse_top_time(call["timestamp"]).tzinfo is not None and call["v"] == "2.0" and call["format"] == "json"


def test_wrong_secret_is_a_signature_error_without_retries(connect: ConnectorFactory, sleeps: SleepRecorder) -> None:
    with pytest.raises(AuthError) as caught:
        connect(secret="not-the-secret").test_connection()

    message = str(caught.value)
    assert "Invalid signature (code 25)" in message
    assert "Check the App Secret and the signature method" in message
    assert sleeps.calls == []


def test_wrong_app_key_and_wrong_session_say_which_setting(connect: ConnectorFactory) -> None:
    with pytest.raises(AuthError, match=r"\(Invalid App Key \(code 29\)\)\. Check the App Key"):
        connect(key="99999999").test_connection()
    with pytest.raises(AuthError, match=r"\(Invalid session \(code 27, invalid-sessionkey\)\)\. Check the session key"):
        connect(session="6100bogus").test_connection()


def test_missing_credentials_fail_before_any_request(connect: ConnectorFactory, shop: TaobaoShop) -> None:
    with pytest.raises(AuthError, match="needs the App Secret, session key"):
        list(connect(secret="", session="").iter_order_pages(None))
    assert shop.requests == []


def test_expired_session_asks_the_seller_to_authorise_again(connect: ConnectorFactory, shop: TaobaoShop,
                                                            sleeps: SleepRecorder) -> None:
    connector = connect()
    shop.faults.expire_token()

    with pytest.raises(AuthError) as caught:
        list(connector.iter_order_pages(None))

    message = str(caught.value)
    assert "session key has expired" in message and "Invalid session:session-expired" in message
    assert "the seller must authorise the app again" in message and "enter the new session key" in message
    assert sleeps.calls == []
    with pytest.raises(AuthError):  # an expired session stays expired: Taobao has no refresh here
        connector.test_connection()
    assert connect(session=shop.reauthorise()).test_connection().endswith("connected")


def test_wrong_gateway_path_is_not_found(connect: ConnectorFactory, simulator: ChannelSimulator) -> None:
    with pytest.raises(NotFoundError) as caught:
        connect(url=f"{simulator.base_url}/no-such-shop").test_connection()

    message = str(caught.value)
    assert "There is no Taobao TOP gateway at" in message and "/no-such-shop/router/rest" in message
    assert "https://gw.api.taobao.com/router/rest" in message


def test_gateway_url_normalisation() -> None:
    assert normalise_gateway_url("") == "https://gw.api.taobao.com/router/rest"
    assert normalise_gateway_url(" gw.api.taobao.com ") == "https://gw.api.taobao.com/router/rest"
    assert normalise_gateway_url("http://127.0.0.1:9/tb/") == "http://127.0.0.1:9/tb/router/rest"
    assert normalise_gateway_url("http://127.0.0.1:9/tb/router/rest") == "http://127.0.0.1:9/tb/router/rest"
    with pytest.raises(ConnectorError):
        normalise_gateway_url("ftp://gw.api.taobao.com")


@pytest.mark.parametrize(("options", "message"), [
    ({"sign_method": "sha1"}, "Unknown Taobao signature method 'sha1'"),
    ({"initial_sync_days": "120"}, "initial_sync_days must be between 1 and 89"),
    ({"initial_sync_days": "three"}, "initial_sync_days must be a whole number"),
])
def test_bad_options_are_explained(connect: ConnectorFactory, options: dict[str, str], message: str) -> None:
    with pytest.raises(ConnectorError, match=message):
        connect(**options)


# -- pulling ------------------------------------------------------------------------------------------------


def test_full_pull_matches_the_shop(connect: ConnectorFactory, shop: TaobaoShop) -> None:
    orders, failures = pull(connect())

    assert failures == []
    assert_matches_truth(orders, shop)
    assert len(shop.calls(FULLINFO)) == len(orders)  # one detail call per trade
    lifecycles = Counter(order.lifecycle for order in orders.values())
    assert lifecycles[Lifecycle.OPEN] and lifecycles[Lifecycle.SHIPPED] and lifecycles[Lifecycle.CANCELLED]
    for order in orders.values():
        assert order.created_at.tzinfo is UTC and order.updated_at >= order.created_at
        assert sum((line.total for line in order.lines), Decimal(0)) + order.shipping_total == order.total


def test_windows_are_closed_adjacent_and_at_most_30_minutes(connect: ConnectorFactory, shop: TaobaoShop) -> None:
    before = datetime.now(UTC)
    list(connect().iter_order_pages(None))

    windows = sorted({(parse_top_time(call["start_modified"]), parse_top_time(call["end_modified"]))
                      for call in shop.calls(INCREMENT)})
    assert all(timedelta(0) < end - start <= timedelta(minutes=30) for start, end in windows)
    assert all(earlier[1] == later[0] for earlier, later in zip(windows, windows[1:], strict=False))
    assert abs(windows[0][0] - (before - timedelta(days=3))) < timedelta(seconds=30)  # initial_sync_days
    *closed, (tail_start, tail_end) = windows
    assert closed[-1][1] <= before - timedelta(seconds=4)  # the settle time keeps the big windows closed
    assert tail_end - tail_start <= timedelta(seconds=10) and abs(tail_end - before) < timedelta(seconds=5)


def test_each_window_is_paged_from_its_last_page_backwards(connect: ConnectorFactory,
                                                           simulator: ChannelSimulator) -> None:
    busy = simulator.add_shop("taobao", "busy", seed=4, orders=95, history_hours=0.4,
                              epoch=simulator.clock() - timedelta(hours=1))

    orders, _ = pull(connect(busy, page_size=10))

    assert_matches_truth(orders, busy)
    by_window: dict[str, list[int]] = {}
    for call in busy.calls(INCREMENT):
        assert call["use_has_next"] == "false" and call["page_size"] == "10"
        by_window.setdefault(call["start_modified"], []).append(int(call["page_no"]))
    sequences = [pages for pages in by_window.values() if len(pages) > 1]
    assert sequences, "the busy window should need several pages"
    for pages in sequences:
        assert pages == [1, *range(max(pages), 0, -1)]


def test_incremental_pull_reads_only_from_the_cursor(connect: ConnectorFactory, shop: TaobaoShop) -> None:
    cursor = shop.store.epoch - timedelta(hours=6)
    expected = {str(trade["tid"]) for trade in shop.store.trades() if parse_top_time(trade["modified"]) >= cursor}

    orders, _ = pull(connect(), cursor)

    assert set(orders) == expected and expected
    first = min(parse_top_time(call["start_modified"]) for call in shop.calls(INCREMENT))
    assert first == cursor


def test_live_changes_after_a_pull_come_with_the_next_incremental_pull(connect: ConnectorFactory) -> None:
    clock = TickingClock(datetime.now(UTC).replace(microsecond=0))
    with ChannelSimulator(port=0, clock=clock) as ticking:
        live = ticking.add_shop("taobao", "live", seed=12, orders=60, epoch=clock() - timedelta(hours=1))
        connector = connect(live, clock=clock, settle_seconds=1)
        first, _ = pull(connector)
        cursor = max(order.updated_at for order in first.values())
        live.store.add_trades(2)
        changed = live.store.modify(count=3)
        for _ in range(3):
            live.live_tick()

        second, _ = pull(connector, cursor - timedelta(minutes=10))

        assert {str(tid) for tid in changed} <= set(second)
        assert_matches_truth({**first, **second}, live)
        assert len(second) < len(first)


def test_trades_modified_while_paging_are_neither_missed_nor_stale(connect: ConnectorFactory,
                                                                   simulator: ChannelSimulator) -> None:
    clock = TickingClock(datetime.now(UTC).replace(microsecond=0))
    with ChannelSimulator(port=0, clock=clock) as ticking:
        busy = ticking.add_shop("taobao", "busy", seed=8, orders=90, history_hours=0.4,
                                epoch=clock() - timedelta(hours=1))
        busy.faults.modify_during_paging(after_page=5, count=4)

        orders, _ = pull(connect(busy, page_size=10, clock=clock, settle_seconds=1))

        assert_matches_truth(orders, busy)
        assert any(parse_top_time(call["start_modified"]) > busy.store.epoch for call in busy.calls(INCREMENT))


def test_duplicates_across_pages_are_fetched_once(connect: ConnectorFactory, simulator: ChannelSimulator) -> None:
    busy = simulator.add_shop("taobao", "busy", seed=4, orders=60, history_hours=0.2,
                              epoch=simulator.clock() - timedelta(hours=1))
    busy.faults.duplicate_on_pages(times=3)

    orders, _ = pull(connect(busy, page_size=10))

    assert_matches_truth(orders, busy)
    assert len(busy.calls(FULLINFO)) == len(orders)


def test_a_malformed_trade_becomes_a_failure_and_the_pull_goes_on(connect: ConnectorFactory,
                                                                  shop: TaobaoShop) -> None:
    victim = shop.store.tids()[10]
    shop.faults.malform_order(victim, "orders.order[0].num", "two")

    orders, failures = pull(connect())

    (failure,) = failures
    assert (failure.external_id, failure.field) == (str(victim), "orders.order[0].num")
    assert "'two' is not a number" in failure.message
    assert len(orders) == len(shop.truth()) - 1


def test_cancel_stops_the_pull(connect: ConnectorFactory) -> None:
    with pytest.raises(CancelledError):
        list(connect().iter_order_pages(None, cancelled=lambda: True))


def test_fetch_order(connect: ConnectorFactory, shop: TaobaoShop) -> None:
    tid = shop.store.tids()[3]
    connector = connect()

    order = connector.fetch_order(str(tid))

    assert isinstance(order, ChannelOrder) and order.external_id == str(tid)
    with pytest.raises(NotFoundError, match=r"has no trade 123 for this seller \(.*isv\.trade-not-exist"):
        connector.fetch_order("123")
    with pytest.raises(RejectedError, match="not a Taobao trade number"):
        connector.fetch_order("TB-1")


# -- faults ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_server_errors_are_retried(connect: ConnectorFactory, shop: TaobaoShop, sleeps: SleepRecorder,
                                   status: int) -> None:
    shop.faults.fail_next(status, times=2)

    orders, _ = pull(connect())

    assert_matches_truth(orders, shop)
    assert len(sleeps.calls) == 2


def test_errors_that_outlive_the_retries_say_so(connect: ConnectorFactory, shop: TaobaoShop) -> None:
    shop.faults.fail_next(500, times=10)

    with pytest.raises(TransientError) as caught:
        connect(max_retries=2).test_connection()

    message = str(caught.value)
    assert "failed the connection test after 3 attempts" in message
    assert "Remote service error (code 15, isp.remote-service-error)" in message and "Try again later" in message


def test_app_call_limited_waits_as_long_as_the_ban(connect: ConnectorFactory, shop: TaobaoShop,
                                                   sleeps: SleepRecorder) -> None:
    shop.faults.throttle(times=2, retry_after=3)

    assert connect().test_connection().endswith("connected")
    assert sleeps.calls == [3.0, 3.0]


def test_a_long_ban_is_reported_at_once(connect: ConnectorFactory, shop: TaobaoShop, sleeps: SleepRecorder) -> None:
    shop.faults.throttle(times=1, retry_after=3600)

    with pytest.raises(ThrottledError, match=r"limiting this app's calls .*3600 more seconds.*Try again later"):
        connect().test_connection()
    assert sleeps.calls == []


@pytest.mark.parametrize(("fault", "retries"), [("garble", 2), ("drop", 2), ("slow", 1)])
def test_transport_faults_are_retried(connect: ConnectorFactory, shop: TaobaoShop, sleeps: SleepRecorder,
                                      fault: str, retries: int) -> None:
    {"garble": lambda: shop.faults.garble_next(2), "drop": lambda: shop.faults.drop_next(2),
     "slow": lambda: shop.faults.slow_next(1, seconds=0.5)}[fault]()

    assert connect(timeout=0.2).test_connection().endswith("connected")
    assert len(sleeps.calls) == retries


def test_garbage_that_never_ends_is_a_transient_error(connect: ConnectorFactory, shop: TaobaoShop) -> None:
    shop.faults.garble_next(10)

    with pytest.raises(TransientError, match="not JSON"):
        connect(max_retries=1).test_connection()


# -- shipments -------------------------------------------------------------------------------------------------


def test_whole_trade_shipment_and_its_repeat(connect: ConnectorFactory, shop: TaobaoShop) -> None:
    trade = shippable(shop)
    connector = connect()

    first = connector.confirm_shipment(package(trade))
    again = connector.confirm_shipment(package(trade))

    assert first.accepted and first.key == "PKG-1" and first.channel_reference == f"{trade['tid']}/75312345678901"
    assert again.accepted and "Already shipped" in again.message
    assert [entry.key for entry in shop.pushes.entries("tracking")] == [f"{trade['tid']}/75312345678901"]
    assert len(shop.calls(SEND)) == 1  # the repeat looked at the trade first
    shipped = shop.store.trade(trade["tid"])
    assert shipped["status"] == "WAIT_BUYER_CONFIRM_GOODS"
    assert {order["invoice_no"] for order in shipped["orders"]["order"]} == {"75312345678901"}


def test_a_lost_answer_does_not_ship_twice(connect: ConnectorFactory, shop: TaobaoShop,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    trade = shippable(shop)
    connector = connect()
    look = connector._trade_state

    def look_then_lose_the_next_answer(tid: str, cancelled: Any) -> dict[str, Any]:
        state = look(tid, cancelled)
        shop.faults.drop_next(after_acting=True)
        return state

    monkeypatch.setattr(connector, "_trade_state", look_then_lose_the_next_answer)

    result = connector.confirm_shipment(package(trade))

    assert result.accepted
    assert len(shop.calls(SEND)) == 2  # the second send met B04 and the state showed our tracking number
    assert len(shop.pushes.entries("tracking")) == 1


def test_partial_shipments_by_sub_order(connect: ConnectorFactory, shop: TaobaoShop) -> None:
    trade = shippable(shop, lines=2)
    first_oid, second_oid = (str(order["oid"]) for order in trade["orders"]["order"][:2])
    first_num = trade["orders"]["order"][0]["num"]
    connector = connect()

    one = connector.confirm_shipment(package(trade, "YT1234567890123", "YTO", package_id="P1",
                                             lines=(ShipmentLine(first_oid, Decimal(first_num)),)))
    state = shop.store.trade(trade["tid"])
    rest = connector.confirm_shipment(package(trade, "SF1234567890123", "SF", package_id="P2"))

    assert one.accepted and rest.accepted
    assert state["status"] == "SELLER_CONSIGNED_PART"
    first_send, second_send = shop.calls(SEND)
    assert (first_send["is_split"], first_send["sub_tid"]) == ("1", first_oid)
    assert second_send["is_split"] == "1" and first_oid not in second_send["sub_tid"].split(",")
    assert second_oid in second_send["sub_tid"].split(",")
    final = shop.store.trade(trade["tid"])
    assert final["status"] == "WAIT_BUYER_CONFIRM_GOODS"
    assert {entry.key for entry in shop.pushes.entries("tracking")} == \
        {f"{trade['tid']}/YT1234567890123", f"{trade['tid']}/SF1234567890123"}

    repeat = connector.confirm_shipment(package(trade, "SF1234567890123", "SF", package_id="P2"))
    assert repeat.accepted and "Already shipped" in repeat.message and len(shop.calls(SEND)) == 2
    another = connector.confirm_shipment(package(trade, "ZT000000000001", package_id="P3",
                                                 lines=(ShipmentLine(first_oid, Decimal(1)),)))
    assert not another.accepted and not another.retryable
    assert "Already shipped on Taobao with tracking number YT1234567890123, not ZT000000000001" in another.message


def test_part_of_a_sub_order_ships_the_whole_sub_order(connect: ConnectorFactory, shop: TaobaoShop) -> None:
    def several(order: dict[str, Any]) -> bool:
        return order["num"] > 1 and order["refund_status"] == "NO_REFUND"

    trade = next(t for t in shop.store.trades()
                 if t["status"] == "WAIT_SELLER_SEND_GOODS" and any(several(order) for order in t["orders"]["order"]))
    order = next(order for order in trade["orders"]["order"] if several(order))

    result = connect().confirm_shipment(package(trade, lines=(ShipmentLine(str(order["oid"]), Decimal(1)),)))

    assert result.accepted
    assert f"Taobao ships whole sub-orders: {order['oid']} (1 of {order['num']})" in result.message


def test_shipments_taobao_cannot_take(connect: ConnectorFactory, shop: TaobaoShop) -> None:
    trades = shop.store.trades()
    closed = next(t for t in trades if t["status"] == "TRADE_CLOSED_BY_TAOBAO")
    unpaid = next(t for t in trades if t["status"] == "WAIT_BUYER_PAY")
    open_trade = shippable(shop)
    connector = connect()

    refused_closed = connector.confirm_shipment(package(closed))
    refused_unpaid = connector.confirm_shipment(package(unpaid))
    unknown_line = connector.confirm_shipment(package(open_trade, lines=(ShipmentLine("42", Decimal(1)),)))
    bad_tracking = connector.confirm_shipment(package(open_trade, tracking="123"))
    bad_carrier = connector.confirm_shipment(package(open_trade, carrier="NOPE"))
    no_carrier = connector.confirm_shipment(package(open_trade, carrier=""))

    assert not refused_closed.accepted and not refused_closed.retryable
    assert "closed on Taobao (TRADE_CLOSED_BY_TAOBAO); do not ship it" in refused_closed.message
    assert not refused_unpaid.accepted and refused_unpaid.retryable and "not paid yet" in refused_unpaid.message
    assert not unknown_line.accepted and "has no sub-order 42" in unknown_line.message
    assert not bad_tracking.accepted and "运单号不符合规则或已经被使用" in bad_tracking.message
    assert "isv.logistics-offline-service-error:B60" in bad_tracking.message
    assert not bad_carrier.accepted and "isv.invalid-parameter:company_code" in bad_carrier.message
    assert not no_carrier.accepted and "carrier code" in no_carrier.message
    assert shop.pushes.entries("tracking") == []


def test_a_failed_send_is_retried_because_a_repeat_is_safe(connect: ConnectorFactory, shop: TaobaoShop,
                                                           monkeypatch: pytest.MonkeyPatch,
                                                           sleeps: SleepRecorder) -> None:
    trade = shippable(shop)
    connector = connect(timeout=0.2)
    look = connector._trade_state

    def look_then_slow_down(tid: str, cancelled: Any) -> dict[str, Any]:
        state = look(tid, cancelled)
        shop.faults.slow_next(1, seconds=0.5)  # the send acts, but its answer comes too late
        return state

    monkeypatch.setattr(connector, "_trade_state", look_then_slow_down)

    assert connector.confirm_shipment(package(trade)).accepted
    assert len(shop.pushes.entries("tracking")) == 1 and len(sleeps.calls) == 1


# -- stock --------------------------------------------------------------------------------------------------------


def level_of(listing: Any, quantity: int) -> StockLevel:
    return StockLevel(quantity, channel_sku=listing.seller_sku, channel_item_id=str(listing.num_iid),
                      channel_variant_id=str(listing.sku_id or ""))


def test_stock_batch_sets_each_listing(connect: ConnectorFactory, shop: TaobaoShop) -> None:
    sku_listing = next(listing for listing in LISTINGS if listing.sku_id is not None)
    plain_listing = next(listing for listing in LISTINGS if listing.sku_id is None)
    levels = [level_of(sku_listing, 17), level_of(plain_listing, 0),
              StockLevel(5, channel_sku="GHOST", channel_item_id="999999999999")]

    results = connect().push_stock(levels)

    assert [(result.key, result.accepted) for result in results] == [(level.key, ok) for level, ok in
                                                                   zip(levels, (True, True, False), strict=True)]
    assert "isv.item-not-exist" in results[2].message and "商品id对应的商品不存在" in results[2].message
    assert (shop.listing_stock(sku_listing.key), shop.listing_stock(plain_listing.key)) == (17, 0)
    assert [entry.key for entry in shop.pushes.entries("stock")] == [sku_listing.key, plain_listing.key]
    calls = shop.calls(QUANTITY)
    assert calls[0]["sku_id"] == str(sku_listing.sku_id) and calls[0]["type"] == "1"
    assert "sku_id" not in calls[1] and "outer_id" not in calls[1]


def test_stock_push_repeats_are_harmless(connect: ConnectorFactory, shop: TaobaoShop) -> None:
    listing = next(listing for listing in LISTINGS if listing.sku_id is not None)
    connector = connect()

    first = connector.push_stock([level_of(listing, 9)])
    shop.faults.fail_next(500)
    again = connector.push_stock([level_of(listing, 9)])

    assert first[0].accepted and again[0].accepted and shop.listing_stock(listing.key) == 9


def test_stock_levels_taobao_cannot_take(connect: ConnectorFactory, shop: TaobaoShop) -> None:
    sku_item = next(listing for listing in LISTINGS if listing.sku_id is not None)
    connector = connect()

    no_item, negative, sku_needed = connector.push_stock([
        StockLevel(3, channel_sku="X"), level_of(sku_item, -1),
        StockLevel(3, channel_item_id=str(sku_item.num_iid)),
    ])

    assert not no_item.accepted and "needs the listing's item id (num_iid" in no_item.message
    assert not negative.accepted and "negative stock" in negative.message
    assert not sku_needed.accepted and "isv.invalid-parameter:sku_id" in sku_needed.message
    assert len(shop.calls(QUANTITY)) == 1
    with pytest.raises(ConnectorError, match="At most 50 stock levels"):
        connector.push_stock([level_of(sku_item, 1)] * 51)


# -- chaos -----------------------------------------------------------------------------------------------------------


def test_chaos_pull_and_pushes_end_exactly_like_the_shop(sleeps: SleepRecorder) -> None:
    clock = TickingClock(datetime.now(UTC).replace(microsecond=0))
    with ChannelSimulator(port=0, clock=clock) as simulator:
        shop: TaobaoShop = simulator.add_shop("taobao", "chaos", seed=99, orders=2000,
                                              epoch=clock() - timedelta(hours=1))
        connection = shop.connection()
        config = ShopConfig(connection["base_url"], connection["key"], connection["secret"],
                            options={"settle_seconds": "1"}, secrets=connection["secrets"],
                            timeout_seconds=0.2, max_retries=6)
        connector = TaobaoConnector(config, sleep=sleeps, clock=clock)
        shop.faults.chaos(rate=0.1, seed=5, kinds=[kind for kind in Fault if kind is not Fault.EXPIRE_TOKEN],
                          retry_after=0.01, slow_seconds=0.3)

        orders, failures = pull(connector)

        assert failures == []
        assert_matches_truth(orders, shop)
        assert len(sleeps.calls) > 20  # the faults did happen

        targets = [trade for trade in shop.store.trades() if trade["status"] == "WAIT_SELLER_SEND_GOODS"][:50]
        assert len(targets) == 50
        for number, trade in enumerate(targets):
            shipment = package(trade, tracking=f"ZT{number:012d}", package_id=f"P{number}")
            for _attempt in range(20):
                try:
                    if connector.confirm_shipment(shipment).accepted:
                        break
                except ConnectorError as exc:
                    assert exc.retryable, str(exc)
            else:
                pytest.fail(f"trade {trade['tid']} never shipped")
        records = Counter(entry.key for entry in shop.pushes.entries("tracking"))
        assert records == Counter({f"{trade['tid']}/ZT{number:012d}": 1 for number, trade in enumerate(targets)})
        connector.close()


def test_top_time_round_trips() -> None:
    moment = datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC)
    assert parse_top_time(top_time(moment)) == moment
