"""The simulated TOP gateway: signatures, timestamps, windows, money, faults and push state."""

from __future__ import annotations

import json
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
import requests

import connectors.simulator.server as simulator_server
from connectors.simulator import ChannelSimulator
from connectors.simulator.taobao import TaobaoShop, top_signature
from connectors.simulator.taobao_orders import LISTINGS, TaobaoStore, parse_top_time, top_time

MONEY_FIELDS = ("payment", "total_fee", "discount_fee", "post_fee", "adjust_fee")
LINE_MONEY_FIELDS = ("price", "payment", "total_fee", "discount_fee", "adjust_fee", "divide_order_fee",
                     "part_mjz_discount")


@pytest.fixture(autouse=True)
def answers_without_nagle_delay(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(simulator_server._Handler, "disable_nagle_algorithm", True, raising=False)


@pytest.fixture
def shop(simulator: ChannelSimulator) -> TaobaoShop:
    return simulator.add_shop("taobao", "tb", seed=3, orders=400, epoch=simulator.clock() - timedelta(hours=1))


def call(shop: TaobaoShop, method: str, *, sign_method: str = "md5", secret: str | None = None,
         timestamp: str | None = None, post: bool = False, **params: Any) -> dict[str, Any]:
    connection = shop.connection()
    query = {"method": method, "app_key": connection["key"], "session": connection["secrets"]["session"],
             "timestamp": timestamp or top_time(datetime.now(UTC)), "format": "json", "v": "2.0",
             "sign_method": sign_method, **{name: str(value) for name, value in params.items()}}
    query = {name: value for name, value in query.items() if value != "None"}
    query["sign"] = top_signature(query, secret or connection["secret"], sign_method)
    if post:
        response = requests.post(connection["base_url"], data=query, timeout=5)
    else:
        response = requests.get(connection["base_url"], params=query, timeout=5)
    assert response.status_code == 200
    return response.json()


def error_of(body: dict[str, Any]) -> tuple[Any, ...]:
    error = body["error_response"]
    assert error["request_id"]
    return error["code"], error.get("sub_code", ""), error["msg"]


def window(shop: TaobaoShop, start: datetime, minutes: float = 30, **params: Any) -> dict[str, Any]:
    return call(shop, "taobao.trades.sold.increment.get", fields="tid,status,modified",
                start_modified=top_time(start), end_modified=top_time(start + timedelta(minutes=minutes)), **params)


# -- the gateway's checks -----------------------------------------------------------------------------


@pytest.mark.parametrize("sign_method", ["md5", "hmac", "hmac-sha256"])
def test_signed_calls_work_by_get_and_post(shop: TaobaoShop, sign_method: str) -> None:
    for post in (False, True):
        body = call(shop, "taobao.user.seller.get", sign_method=sign_method, post=post, fields="nick")
        assert body["user_seller_get_response"]["user"]["nick"] == shop.store.seller_nick


def test_epoch_milliseconds_are_a_valid_timestamp(shop: TaobaoShop) -> None:
    body = call(shop, "taobao.time.get", timestamp=str(int(time.time() * 1000)))

    assert "time_get_response" in body


@pytest.mark.parametrize(("overrides", "expected"), [
    ({"secret": "wrong"}, (25, "", "Invalid signature")),
    ({"timestamp": top_time(datetime.now(UTC) - timedelta(minutes=11))}, (31, "", "Invalid Timestamp")),
    ({"timestamp": "yesterday"}, (31, "", "Invalid Timestamp")),
    ({"session": ""}, (26, "", "Missing Session")),
    ({"session": "6100nope"}, (27, "invalid-sessionkey", "Invalid session")),
    ({"app_key": "1"}, (29, "", "Invalid App Key")),
])
def test_the_gateway_refuses_bad_requests(shop: TaobaoShop, overrides: dict[str, Any],
                                          expected: tuple[Any, ...]) -> None:
    body = call(shop, "taobao.user.seller.get", fields="nick", **overrides)

    assert error_of(body) == expected


def test_unknown_api_and_non_router_paths(shop: TaobaoShop) -> None:
    assert error_of(call(shop, "taobao.no.such.api"))[0] == 22
    assert requests.get(shop.url + "/wp-json", timeout=5).status_code == 404


def test_expired_session_answers_like_the_real_sample(shop: TaobaoShop) -> None:
    shop.faults.expire_token()

    body = call(shop, "taobao.user.seller.get", fields="nick")

    assert set(body["error_response"]) == {"code", "msg", "sub_code", "request_id"}
    assert error_of(body) == (27, "session-expired", "Invalid session:session-expired")
    new_session = shop.reauthorise()
    assert shop.connection()["secrets"]["session"] == new_session
    assert "user_seller_get_response" in call(shop, "taobao.user.seller.get", fields="nick")


# -- the increment list --------------------------------------------------------------------------------------


def test_windows_longer_than_30_minutes_are_refused(shop: TaobaoShop) -> None:
    start = shop.store.epoch - timedelta(hours=2)

    assert error_of(window(shop, start, minutes=31)) == \
        (15, "isv.invalid-parameter:end_modified", "Remote service error")
    assert error_of(window(shop, start, minutes=-1))[1] == "isv.invalid-parameter:end_modified"
    assert error_of(call(shop, "taobao.trades.sold.increment.get", fields="tid"))[0] == 40


def test_list_is_newest_first_with_total_or_has_next(shop: TaobaoShop) -> None:
    start = max(parse_top_time(trade["modified"]) for trade in shop.store.trades()
                 if parse_top_time(trade["modified"]) < shop.store.epoch - timedelta(hours=1))
    start -= timedelta(minutes=29)
    expected = shop.store.window(start, start + timedelta(minutes=30))

    counted = window(shop, start, page_size=100)["trades_sold_increment_get_response"]
    flagged = window(shop, start, page_size=1, use_has_next="true")["trades_sold_increment_get_response"]

    trades = counted["trades"]["trade"]
    assert counted["total_results"] == len(expected) == len(trades) >= 1
    assert [trade["tid"] for trade in trades] == expected
    assert [trade["modified"] for trade in trades] == sorted((trade["modified"] for trade in trades), reverse=True)
    assert set(trades[0]) == {"tid", "status", "modified"}
    assert "total_results" not in flagged and flagged["has_next"] is (len(expected) > 1)


def test_an_empty_window_has_no_trades_key(shop: TaobaoShop) -> None:
    body = window(shop, shop.store.epoch + timedelta(minutes=5))["trades_sold_increment_get_response"]

    assert body["total_results"] == 0 and "trades" not in body


# -- the trades ------------------------------------------------------------------------------------------------


def test_amounts_are_strings_that_add_up(shop: TaobaoShop) -> None:
    for trade in shop.store.trades():
        orders = trade["orders"]["order"]
        assert all(isinstance(trade[name], str) for name in MONEY_FIELDS)
        assert all(isinstance(order[name], str) for order in orders for name in LINE_MONEY_FIELDS)
        gross = sum((Decimal(order["price"]) * order["num"] for order in orders), Decimal(0))
        assert Decimal(trade["total_fee"]) == gross
        for order in orders:
            assert Decimal(order["total_fee"]) == Decimal(order["price"]) * order["num"] \
                + Decimal(order["adjust_fee"]) - Decimal(order["discount_fee"])
            assert Decimal(order["divide_order_fee"]) == Decimal(order["total_fee"]) - Decimal(order["part_mjz_discount"])
        paid = sum((Decimal(order["divide_order_fee"]) for order in orders), Decimal(0)) + Decimal(trade["post_fee"])
        assert Decimal(trade["payment"]) == paid
        discounts = sum((Decimal(order["discount_fee"]) + Decimal(order["part_mjz_discount"]) for order in orders),
                        Decimal(0))
        assert Decimal(trade["discount_fee"]) == discounts
        if len(orders) == 1:  # the TOP docs: a lone sub-order's payment is the trade's
            assert orders[0]["payment"] == trade["payment"]


def test_statuses_refunds_and_names_look_real(shop: TaobaoShop) -> None:
    trades = shop.store.trades()
    statuses = Counter(trade["status"] for trade in trades)
    refunds = Counter(order["refund_status"] for trade in trades for order in trade["orders"]["order"])

    assert {"WAIT_BUYER_PAY", "WAIT_SELLER_SEND_GOODS", "WAIT_BUYER_CONFIRM_GOODS", "TRADE_FINISHED",
            "TRADE_CLOSED_BY_TAOBAO"} <= set(statuses)
    assert refunds["NO_REFUND"] > refunds["SUCCESS"] > 0
    assert any(any("\u4e00" <= ch <= "\u9fff" for ch in trade["receiver_name"]) for trade in trades)
    assert any(trade["receiver_name"].isascii() for trade in trades)
    assert any(trade["post_fee"] != "0.00" for trade in trades)
    assert any(order["part_mjz_discount"] != "0.00" for trade in trades for order in trade["orders"]["order"])
    for trade in trades:
        assert parse_top_time(trade["created"]) <= parse_top_time(trade["modified"]) <= shop.store.epoch
        if trade["status"] == "WAIT_BUYER_CONFIRM_GOODS":
            assert all(order.get("invoice_no") for order in trade["orders"]["order"]
                       if order["refund_status"] != "SUCCESS")


def test_the_same_seed_and_epoch_give_the_same_shop() -> None:
    epoch = datetime(2025, 6, 1, 12, tzinfo=UTC)

    def build() -> list[dict[str, Any]]:
        store = TaobaoStore(seed=9, orders=50, epoch=epoch, clock=lambda: epoch, seller_nick="店")
        return store.trades()

    assert build() == build()


def test_fullinfo_serves_the_requested_fields_and_malformations(shop: TaobaoShop) -> None:
    tid = shop.store.tids()[0]
    shop.faults.malform_order(tid, "orders.order[0].num", "x")

    body = call(shop, "taobao.trade.fullinfo.get", tid=tid, fields="tid,status,orders")

    trade = body["trade_fullinfo_get_response"]["trade"]
    assert set(trade) == {"tid", "status", "orders"} and trade["orders"]["order"][0]["num"] == "x"
    assert error_of(call(shop, "taobao.trade.fullinfo.get", tid=1, fields="tid"))[1] == "isv.trade-not-exist"


def test_live_tick_adds_a_trade_now(simulator: ChannelSimulator, shop: TaobaoShop) -> None:
    before = set(shop.store.tids())

    shop.live_tick()

    (new,) = set(shop.store.tids()) - before
    trade = shop.store.trade(new)
    assert trade["status"] in ("WAIT_BUYER_PAY", "WAIT_SELLER_SEND_GOODS")
    assert abs(parse_top_time(trade["created"]) - simulator.clock()) <= timedelta(seconds=2)


# -- faults in the gateway's own format ------------------------------------------------------------------------


def test_canned_faults_use_the_gateway_formats(shop: TaobaoShop) -> None:
    url = shop.connection()["base_url"]
    shop.faults.throttle(retry_after=2.5)
    shop.faults.fail_next(500)
    shop.faults.fail_next(503)

    assert error_of(call(shop, "taobao.time.get")) == \
        (7, "accesscontrol.limited-by-app-access-count", "App Call Limited")
    assert error_of(call(shop, "taobao.time.get"))[1] == "isp.remote-service-error"
    assert error_of(call(shop, "taobao.time.get"))[:2] == (10, "isp.time-service-unavailable")
    shop.faults.fail_next(502)
    shop.faults.garble_next()
    gateway = requests.get(url, timeout=5)
    assert gateway.status_code == 502 and "Tengine" in gateway.text
    with pytest.raises(json.JSONDecodeError):
        json.loads(requests.get(url, timeout=5).text)


def test_the_ban_length_is_in_the_sub_message(shop: TaobaoShop) -> None:
    shop.faults.throttle(retry_after=2.5)

    assert call(shop, "taobao.time.get")["error_response"]["sub_msg"] == "This ban will last for 3 more seconds"


# -- push state ------------------------------------------------------------------------------------------------


def test_offline_send_ships_once(shop: TaobaoShop) -> None:
    trade = next(trade for trade in shop.store.trades() if trade["status"] == "WAIT_SELLER_SEND_GOODS")

    first = call(shop, "taobao.logistics.offline.send", post=True, tid=trade["tid"], out_sid="SF1234567890123",
                 company_code="SF")
    again = call(shop, "taobao.logistics.offline.send", post=True, tid=trade["tid"], out_sid="SF1234567890123",
                 company_code="SF")

    assert first["logistics_offline_send_response"]["shipping"] == {"is_success": True}
    assert error_of(again)[1] == "isv.logistics-offline-service-error:B04"
    assert [entry.key for entry in shop.pushes.entries("tracking")] == [f"{trade['tid']}/SF1234567890123"]
    assert shop.store.trade(trade["tid"])["status"] == "WAIT_BUYER_CONFIRM_GOODS"


def test_offline_send_checks_sub_orders_and_tracking_numbers(shop: TaobaoShop) -> None:
    trade = next(trade for trade in shop.store.trades() if trade["status"] == "WAIT_SELLER_SEND_GOODS")
    send = {"tid": trade["tid"], "company_code": "ZTO"}

    unknown = call(shop, "taobao.logistics.offline.send", out_sid="75312345678901", is_split=1, sub_tid=1, **send)
    malformed = call(shop, "taobao.logistics.offline.send", out_sid="7-5", **send)

    assert error_of(unknown)[1] == "isv.logistics-offline-service-error:P38"
    assert error_of(malformed)[1] == "isv.logistics-offline-service-error:B60"
    assert shop.pushes.entries() == []


@pytest.mark.parametrize("selector", ["sku_id", "outer_id"])
def test_quantity_update_by_sku_and_increment(shop: TaobaoShop, selector: str) -> None:
    listing = next(listing for listing in LISTINGS if listing.sku_id is not None and listing.outer_sku_id)
    chosen = {"sku_id": listing.sku_id} if selector == "sku_id" else {"outer_id": listing.outer_sku_id}

    full = call(shop, "taobao.item.quantity.update", num_iid=listing.num_iid, quantity=12, type=1, **chosen)
    delta = call(shop, "taobao.item.quantity.update", num_iid=listing.num_iid, quantity=-2, type=2, **chosen)
    below = call(shop, "taobao.item.quantity.update", num_iid=listing.num_iid, quantity=-50, type=2, **chosen)

    assert full["item_quantity_update_response"]["item"]["skus"]["sku"][0]["quantity"] == 12
    assert delta["item_quantity_update_response"]["item"]["skus"]["sku"][0]["quantity"] == 10
    assert error_of(below)[1] == "isv.invalid-parameter:quantity"
    assert shop.listing_stock(listing.key) == 10
    assert [entry.key for entry in shop.pushes.entries("stock")] == [listing.key, listing.key]
    assert listing.key == f"{listing.num_iid}/{listing.sku_id}/{listing.outer_sku_id}"


def test_a_big_store_builds_and_answers_windows_quickly() -> None:
    epoch = datetime(2025, 6, 1, 12, tzinfo=UTC)
    started = time.perf_counter()
    store = TaobaoStore(seed=1, orders=20_000, epoch=epoch, clock=lambda: epoch, seller_nick="店")
    built = time.perf_counter() - started

    started = time.perf_counter()
    tids = store.window(epoch - timedelta(hours=10), epoch - timedelta(hours=9, minutes=30))
    texts = [store.trade_json(tid, frozenset({"tid", "orders", "payment"})) for tid in tids[:50]]
    served = time.perf_counter() - started

    assert tids and all(text.startswith('{"tid":') for text in texts)
    assert built < 30 and served < 0.5  # generous bounds: 20,000 build in ~2-4 s, 100,000 in ~9 s
