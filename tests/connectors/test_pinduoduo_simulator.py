"""The simulated Pinduoduo shop on its own: generated orders, the router's rules, faults and pushes."""

from __future__ import annotations

import json
import re
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
import requests

from connectors.base import Lifecycle
from connectors.pinduoduo import BEIJING, is_ciphertext, sign, status_text
from connectors.simulator import ChannelSimulator
from connectors.simulator.catalogue import CATALOGUE
from connectors.simulator.pinduoduo import PinduoduoShop
from connectors.simulator.pinduoduo_orders import PinduoduoStore, fault_id, unix_of
from tests.helpers import channel_samples

NOW = datetime.now(UTC).replace(microsecond=0)
EPOCH = NOW - timedelta(minutes=10)
LIST = "pdd.order.number.list.increment.get"


@pytest.fixture
def shop(simulator: ChannelSimulator) -> PinduoduoShop:
    return simulator.add_shop("pinduoduo", "pdd", seed=4, orders=400, epoch=EPOCH, history_days=2)


def beijing(moment: datetime) -> str:
    return moment.astimezone(BEIJING).strftime("%Y-%m-%d %H:%M:%S")


def store(orders: int = 400, seed: int = 4, history_days: int = 2, **options: Any) -> PinduoduoStore:
    return PinduoduoStore(seed=seed, orders=orders, epoch=EPOCH, clock=lambda: datetime.now(UTC),
                          history_days=history_days, **options)


def call(shop: PinduoduoShop, api_type: str, *, form: bool = False, signed: bool = True,
         **params: Any) -> dict[str, Any]:
    """One router call as a PDD client makes it; returns the decoded answer."""
    body = {"type": api_type, "client_id": shop.client_id, "access_token": shop.access_token,
            "timestamp": str(int(time.time())), "data_type": "JSON", **{k: str(v) for k, v in params.items()}}
    if signed:
        body["sign"] = sign(body, shop.client_secret)
    url = f"{shop.url}/api/router"
    response = requests.post(url, data=body, timeout=5) if form else requests.post(url, json=body, timeout=5)
    assert response.status_code == 200, response.text
    return response.json()


def window_of_all(shop: PinduoduoShop) -> tuple[int, int]:
    """The 30 minutes with the most changes."""
    busiest = Counter(unix_of(shop.store.order(sn)["updated_at"]) // 1800 for sn in shop.store.order_sns())
    slot = busiest.most_common(1)[0][0]
    return slot * 1800, slot * 1800 + 1800


def listed(answer: dict[str, Any]) -> list[str]:
    return [order["order_sn"] for order in answer["order_sn_increment_get_response"]["order_sn_list"]]


# -- generated orders -------------------------------------------------------------------------------------


def test_orders_are_reproducible_from_seed_and_epoch() -> None:
    first, again, other = store(), store(), store(seed=5)

    assert first.orders_json(first.order_sns()) == again.orders_json(again.order_sns())
    assert first.order_sns() != other.order_sns()


def test_money_adds_up_in_every_order() -> None:
    orders = [json.loads(text, parse_float=Decimal) for text in store().orders_json(store().order_sns())]

    for order in orders:
        goods = sum((item["goods_price"] * item["goods_count"] for item in order["item_list"]), Decimal(0))
        assert order["goods_amount"] == goods - order["order_change_amount"]
        assert order["discount_amount"] == \
            order["platform_discount"] + order["seller_discount"] + order["capital_free_discount"]
        assert order["pay_amount"] == order["goods_amount"] - order["discount_amount"] + order["postage"] >= 0
        amounts = [order[name] for name in ("goods_amount", "discount_amount", "postage", "pay_amount")]
        assert all(Decimal(amount).as_tuple().exponent >= -2 for amount in amounts)
    assert sum(1 for o in orders if o["seller_discount"]) > 50 and sum(1 for o in orders if o["postage"]) > 5
    assert sum(1 for o in orders if len(o["item_list"]) > 1) > 10


def test_orders_carry_catalogue_skus_and_chinese_addresses() -> None:
    shop_store = store()
    orders = [shop_store.order(sn) for sn in shop_store.order_sns()]
    skus = {variant.sku for product in CATALOGUE for variant in product.variants}

    assert all(item["outer_id"] in skus for order in orders for item in order["item_list"])
    assert all(re.fullmatch(r"\d{6}-\d{15}", order["order_sn"]) for order in orders)
    assert all(order["order_sn"][:6] == order["created_time"][2:10].replace("-", "") for order in orders)
    assert all(order["province"] and order["city"] and order["town"] for order in orders)
    masks = [order["receiver_name_mask"] for order in orders]
    assert any(re.fullmatch(r"[\u4e00-\u9fff]\*\*", mask) for mask in masks)
    assert any(re.fullmatch(r"[A-Z]\*\*\*", mask) for mask in masks)
    assert all(re.fullmatch(r"1\d\d\*\*\*\*\d{4}", order["receiver_phone_mask"]) for order in orders)


def test_receivers_are_ciphertext_while_awaiting_shipment_and_hidden_after() -> None:
    shop_store = store()
    orders = [shop_store.order(sn) for sn in shop_store.order_sns()]
    waiting = [o for o in orders if o["order_status"] == 1 and o["refund_status"] != 4]
    gone = [o for o in orders if o["order_status"] != 1]

    assert waiting and all(is_ciphertext(o[name]) for o in waiting
                           for name in ("receiver_name", "receiver_phone", "receiver_address"))
    assert gone and all(o["receiver_name"] == o["receiver_phone"] == o["receiver_address"] == "" for o in gone)
    plain = store(encrypt_receivers=False)
    assert all(not is_ciphertext(plain.order(sn)["receiver_name"]) for sn in plain.order_sns())


def test_statuses_and_their_times_follow_the_order_s_life() -> None:
    shop_store = store(orders=1000, history_days=10)
    orders = [shop_store.order(sn) for sn in shop_store.order_sns()]

    statuses = Counter(status_text(o["order_status"], o["refund_status"], o["confirm_status"]) for o in orders)
    assert {"待发货", "已发货待签收", "已签收", "待发货/售后处理中", "待发货/退款成功", "已签收/退款中",
            "已签收/退款成功"} <= set(statuses)
    assert statuses["已签收"] > statuses["已发货待签收"] > statuses["待发货"]
    for order in orders:
        times = [order[name] for name in ("created_time", "pay_time", "confirm_time", "shipping_time",
                                          "receive_time") if order[name]]
        assert times == sorted(times) and max(times) <= order["updated_at"] <= beijing(EPOCH)
        assert bool(order["tracking_number"]) == (order["order_status"] > 1)
    assert shop_store.order_sns() == sorted(shop_store.order_sns(), key=lambda sn: (
        unix_of(shop_store.order(sn)["updated_at"]), sn))


def test_live_traffic_adds_orders_now_and_moves_others_on() -> None:
    moment = EPOCH + timedelta(hours=1)
    shop_store = PinduoduoStore(seed=4, orders=50, epoch=EPOCH, clock=lambda: moment, history_days=2)
    before = shop_store.truth()

    for _ in range(30):
        shop_store.live_tick()

    after = shop_store.truth()
    added = set(after) - set(before)
    assert len(added) == 30
    assert {shop_store.order(sn)["created_time"] for sn in added} == {beijing(moment)}
    assert any(after[sn].status == "未成交" for sn in added)  # some groups are still forming
    assert any(after[sn] != before[sn] for sn in before)


# -- the router ---------------------------------------------------------------------------------------------


def test_an_unsigned_call_gets_the_real_sign_failure_shape(shop: PinduoduoShop) -> None:
    sample = json.loads((channel_samples("pinduoduo") / "error_response_sign_failed_20004.json").read_text())

    answer = call(shop, "pdd.mall.info.get", signed=False)

    error = answer["error_response"]
    assert list(error) == list(sample["error_response"])
    assert {k: error[k] for k in ("error_msg", "sub_msg", "sub_code", "error_code")} == \
        {k: sample["error_response"][k] for k in ("error_msg", "sub_msg", "sub_code", "error_code")}
    assert re.fullmatch(r"\d{17}", error["request_id"])


def test_a_form_encoded_call_is_accepted(shop: PinduoduoShop) -> None:
    answer = call(shop, "pdd.mall.info.get", form=True)

    assert answer["mall_info_get_response"]["mall_name"] == "拼拼好物旗舰店"


def test_gateway_refusals(shop: PinduoduoShop) -> None:
    stale = {"type": "pdd.mall.info.get", "client_id": shop.client_id, "timestamp": str(int(time.time()) - 3600)}
    stale["sign"] = sign(stale, shop.client_secret)

    refused = requests.post(f"{shop.url}/api/router", json=stale, timeout=5).json()["error_response"]
    got = requests.get(f"{shop.url}/api/router", timeout=5).json()["error_response"]
    elsewhere = requests.post(f"{shop.url}/router", json=stale, timeout=5)
    wrong_token = call(shop, "pdd.mall.info.get", access_token="nope")["error_response"]

    assert (refused["error_code"], "timestamp" in refused["sub_msg"]) == (10000, True)
    assert got["error_code"] == 10000 and "POST" in got["sub_msg"]
    assert elsewhere.status_code == 404 and "nginx" in elsewhere.text
    assert (wrong_token["error_code"], wrong_token["error_msg"]) == (10019, "access_token已过期")


def test_the_list_pages_a_window_and_refuses_longer_ones(shop: PinduoduoShop) -> None:
    start, end = window_of_all(shop)

    full = call(shop, LIST, start_updated_at=start, end_updated_at=end, page=1, page_size=100, order_status=5,
                refund_status=5, is_lucky_flag=0)["order_sn_increment_get_response"]
    second = call(shop, LIST, start_updated_at=start, end_updated_at=end, page=2, page_size=3, order_status=5,
                  refund_status=5, is_lucky_flag=0, use_has_next="true")["order_sn_increment_get_response"]
    too_long = call(shop, LIST, start_updated_at=start, end_updated_at=start + 1801, order_status=5,
                    refund_status=5, is_lucky_flag=0)["error_response"]

    sns = [order["order_sn"] for order in full["order_sn_list"]]
    assert full["total_count"] == len(sns) > 6 and full["has_next"] is False
    assert all(start <= unix_of(order["updated_at"]) <= end for order in full["order_sn_list"])
    assert "total_count" not in second and second["has_next"] is True
    assert [order["order_sn"] for order in second["order_sn_list"]] == sns[3:6]
    assert (too_long["error_code"], too_long["error_msg"], too_long["sub_code"]) == (50001, "时间跨度不能超过30分钟", None)


def test_the_list_filters_by_status(shop: PinduoduoShop) -> None:
    everything = (EPOCH - timedelta(minutes=30), EPOCH)
    start, end = (int(moment.timestamp()) for moment in everything)

    waiting = call(shop, LIST, start_updated_at=start, end_updated_at=end, order_status=1, refund_status=1,
                   is_lucky_flag=0)["order_sn_increment_get_response"]["order_sn_list"]

    assert waiting and all((o["order_status"], o["refund_status"]) == (1, 1) for o in waiting)


def test_forward_paging_misses_orders_that_change_meanwhile(shop: PinduoduoShop) -> None:
    """Why PDD says to page from the last page back: read forwards, changed orders shift others out."""
    start, end = window_of_all(shop)
    before = set(shop.store.select(start, end))
    shop.faults.modify_during_paging(after_page=1, count=2)
    params = {"start_updated_at": start, "end_updated_at": end, "page_size": 3, "order_status": 5,
              "refund_status": 5, "is_lucky_flag": 0}

    seen = {sn for page in range(1, 30) for sn in listed(call(shop, LIST, page=page, **params))}

    assert len(before - seen) == 2  # two orders slid from page 2 onto the page already read


def test_a_duplicate_repeats_the_last_order_of_the_page_before(shop: PinduoduoShop) -> None:
    start, end = window_of_all(shop)
    params = {"start_updated_at": start, "end_updated_at": end, "page_size": 3, "order_status": 5,
              "refund_status": 5, "is_lucky_flag": 0}
    first = listed(call(shop, LIST, page=1, **params))
    shop.faults.duplicate_on_pages(1)

    second = listed(call(shop, LIST, page=2, **params))

    assert second[0] == first[-1] and len(second) == 4


def test_malformations_reach_list_and_detail(shop: PinduoduoShop) -> None:
    order_sn = shop.store.order_sns()[-1]
    shop.faults.malform_order(fault_id(order_sn), "item_list[0].goods_price", "九块九")

    detail = call(shop, "pdd.order.information.get", order_sn=order_sn)["order_info_get_response"]["order_info"]
    start = unix_of(detail["updated_at"])
    [listed_order] = [o for o in call(shop, LIST, start_updated_at=start, end_updated_at=start, order_status=5,
                                      refund_status=5, is_lucky_flag=0)["order_sn_increment_get_response"][
        "order_sn_list"] if o["order_sn"] == order_sn]

    assert detail["item_list"][0]["goods_price"] == listed_order["item_list"][0]["goods_price"] == "九块九"
    assert shop.store.order(order_sn)["item_list"][0]["goods_price"] != "九块九"


def test_faults_take_pdd_s_shapes(shop: PinduoduoShop) -> None:
    shop.faults.throttle(retry_after=2)
    limited = requests.post(f"{shop.url}/api/router", json={}, timeout=5)
    shop.faults.fail_next(502)
    gateway = requests.post(f"{shop.url}/api/router", json={}, timeout=5)
    shop.faults.garble_next()
    garbled = requests.post(f"{shop.url}/api/router", json={}, timeout=5)

    assert limited.status_code == 200 and "Retry-After" not in limited.headers
    assert limited.json()["error_response"]["error_code"] == 70031
    assert gateway.status_code == 502 and "<center>nginx</center>" in gateway.text
    assert garbled.status_code == 200
    with pytest.raises(ValueError):
        garbled.json()


def test_an_expired_token_is_renewed_with_the_refresh_token(shop: PinduoduoShop) -> None:
    old = shop.access_token
    shop.faults.expire_token()

    expired = call(shop, "pdd.mall.info.get")["error_response"]
    renewed = call(shop, "pdd.pop.auth.token.refresh", refresh_token=shop.refresh_token)
    refused = call(shop, "pdd.pop.auth.token.refresh", refresh_token="stale")["error_response"]

    token = renewed["pop_auth_token_refresh_response"]
    assert (expired["error_code"], expired["sub_code"]) == (10019, "10019")
    assert token["access_token"] == shop.access_token != old and token["refresh_token"] == shop.refresh_token
    assert token["expires_in"] == 86400
    assert "mall_info_get_response" in call(shop, "pdd.mall.info.get")
    assert "refresh_token" in refused["sub_msg"]


# -- pushes -----------------------------------------------------------------------------------------------


def first_open(shop: PinduoduoShop) -> str:
    return next(sn for sn in shop.store.order_sns() if shop.store.lifecycle(sn) is Lifecycle.OPEN)


def test_an_order_ships_once_then_takes_extra_packages(shop: PinduoduoShop) -> None:
    order_sn = first_open(shop)

    shipped = call(shop, "pdd.logistics.online.send", order_sn=order_sn, logistics_id=44,
                   tracking_number="SF1000000000001")
    again = call(shop, "pdd.logistics.online.send", order_sn=order_sn, logistics_id=44,
                 tracking_number="SF1000000000001")["error_response"]
    extra = call(shop, "pdd.order.upload.extra.logistics", order_sn=order_sn,
                 extra_track_list='[{"shipping_id":44,"tracking_number":"SF1000000000002"}]')
    extra_again = call(shop, "pdd.order.upload.extra.logistics", order_sn=order_sn,
                       extra_track_list='[{"shipping_id":44,"tracking_number":"SF1000000000002"}]')

    assert shipped["logistics_online_send_response"]["is_success"] is True
    assert (again["error_code"], again["error_msg"]) == (50001, "订单已发货，不能重复发货")
    assert extra["upload_extra_logistics_response"]["success"] is True
    assert extra_again["error_response"]["error_msg"] == "运单号SF1000000000002已上传"
    assert [(r.kind, r.key) for r in shop.pushes.entries()] == [
        ("tracking", f"{order_sn}/SF1000000000001"), ("tracking", f"{order_sn}/SF1000000000002")]
    order = shop.store.order(order_sn)
    assert (order["order_status"], order["receiver_name"]) == (2, "")
    assert unix_of(order["updated_at"]) >= int(time.time()) - 5


def test_shipping_refusals(shop: PinduoduoShop) -> None:
    order_sn = first_open(shop)

    def refusal(**params: Any) -> str:
        return call(shop, "pdd.logistics.online.send", **params)["error_response"]["error_msg"]

    assert refusal(order_sn="200101-000000000000000", logistics_id=44, tracking_number="SF1") == "订单不存在"
    assert refusal(order_sn=order_sn, logistics_id=999, tracking_number="SF1") == "快递公司999不存在"
    assert refusal(order_sn=order_sn, logistics_id=3, tracking_number="661") == "快递公司天天快递暂不支持发货"
    assert call(shop, "pdd.order.upload.extra.logistics", order_sn=order_sn,
                extra_track_list='[{"shipping_id":44,"tracking_number":"SF2"}]')["error_response"][
        "error_msg"] == "订单未发货，请先发货"
    assert shop.pushes.entries() == []


def test_stock_is_set_or_changed_per_sku(shop: PinduoduoShop) -> None:
    listing = next(listing for listing in shop.store.listings.values() if listing.outer_id)
    key = (listing.goods_id, listing.sku_id)

    call(shop, "pdd.goods.quantity.update", goods_id=listing.goods_id, sku_id=listing.sku_id, quantity=10)
    call(shop, "pdd.goods.quantity.update", goods_id=listing.goods_id, outer_id=listing.outer_id, quantity=-3,
         update_type=2)
    below_zero = call(shop, "pdd.goods.quantity.update", goods_id=listing.goods_id, sku_id=listing.sku_id,
                      quantity=-8, update_type=2)["error_response"]

    assert shop.store.stock[key] == 7
    assert below_zero["error_msg"] == "库存不能小于0"
    assert [(r.kind, r.key, r.payload["quantity"]) for r in shop.pushes.entries()] == [
        ("stock", listing.key, "10"), ("stock", listing.key, "-3")]
    assert "access_token" not in shop.pushes.entries()[0].payload


# -- size -------------------------------------------------------------------------------------------------


def test_a_big_shop_stays_fast(simulator: ChannelSimulator) -> None:
    started = time.perf_counter()
    big = simulator.add_shop("pinduoduo", "big", seed=8, orders=20_000, epoch=EPOCH, history_days=10)
    generated = time.perf_counter() - started
    start, end = window_of_all(big)
    params = {"start_updated_at": start, "end_updated_at": end, "page_size": 100, "order_status": 5,
              "refund_status": 5, "is_lucky_flag": 0}

    started = time.perf_counter()
    pages = [call(big, LIST, page=page, **params) for page in (1, 2, 1, 2)]
    served = (time.perf_counter() - started) / 4

    assert len(listed(pages[0])) == 100
    assert generated < 15 and served < 0.25, (generated, served)
