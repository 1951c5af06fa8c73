"""The Pinduoduo connector against the real PDD samples in ../shared (signing, request, errors),
and its parser against an order built exactly as contracts.md 4b documents the order object
(no order sample was collected)."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import requests

from connectors.base import AuthError, ChannelAddress, Lifecycle, RejectedError, ShopConfig
from connectors.pinduoduo import (
    ApiError,
    PayloadError,
    PinduoduoConnector,
    is_ciphertext,
    parse_order,
    parse_orders,
    sign,
    string_to_sign,
    wire_text,
)
from tests.helpers import channel_samples

Load = Callable[[str], Any]

SAMPLE_KINDS = {
    "sign_md5_official_vector.json": "sign vector",
    "api_router_request_body.example.json": "router request",
    "error_response_sign_failed_20004.json": "error",
    "error_response_time_span_50001.json": "error",
}


@pytest.fixture
def folder() -> Path:
    return channel_samples("pinduoduo")


@pytest.fixture
def load(folder: Path) -> Load:
    def read(name: str) -> Any:
        return json.loads((folder / name).read_text(encoding="utf-8"))

    return read


# -- every sample ---------------------------------------------------------------------------------


def test_every_sample_is_one_the_tests_read(folder: Path) -> None:
    assert sorted(path.name for path in folder.glob("*.json")) == sorted(SAMPLE_KINDS)


@pytest.mark.parametrize("name", sorted(name for name, kind in SAMPLE_KINDS.items() if kind == "error"))
def test_every_error_sample_reads_as_an_api_error(load: Load, name: str) -> None:
    error = ApiError.of(load(name))

    assert error is not None and error.code in (20004, 50001)
    assert error.message and str(error.code) in str(error)


# -- signing ----------------------------------------------------------------------------------------


def test_official_vector_string_to_sign_and_sign(load: Load) -> None:
    vector = load("sign_md5_official_vector.json")

    assert string_to_sign(vector["params"], vector["client_secret"]) == vector["string_to_sign"]
    assert sign(vector["params"], vector["client_secret"]) == vector["expected_sign"] == \
        "E4DE3ED21002510DED352819E7AE6775"


def test_a_different_secret_or_value_changes_the_sign(load: Load) -> None:
    vector = load("sign_md5_official_vector.json")

    assert sign(vector["params"], "otherSecret") != vector["expected_sign"]
    assert sign({**vector["params"], "page": "2"}, vector["client_secret"]) != vector["expected_sign"]


def test_the_router_request_example_carries_its_own_sign(load: Load) -> None:
    body = load("api_router_request_body.example.json")

    # Numbers in the JSON body are signed as their text, as the official SDKs do.
    assert sign(body, "testSecret") == body["sign"]
    assert (body["type"], body["client_id"], body["data_type"], body["timestamp"]) == \
        ("pdd.order.number.list.get", "1", "XML", 1480411125)
    assert (body["page"], body["page_size"], body["order_status"]) == (1, 10, 1)
    assert body["access_token"] == "asd78172s8ds9a921j9qqwda12312w1w21211"


def test_wire_text_of_each_value_kind() -> None:
    assert [wire_text(value) for value in ("a", 1, True, False, [{"b": "中"}])] == \
        ["a", "1", "true", "false", '[{"b":"中"}]']


# -- errors as the gateway sends them ------------------------------------------------------------------


class CannedAdapter(requests.adapters.BaseAdapter):
    """Answers every request with one body, HTTP 200, as the PDD gateway does for errors."""

    def __init__(self, body: bytes) -> None:
        super().__init__()
        self.body = body
        self.sent: list[requests.PreparedRequest] = []

    def send(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:
        self.sent.append(request)
        response = requests.Response()
        response.status_code, response._content, response.url = 200, self.body, request.url or ""
        response.headers["Content-Type"] = "application/json;charset=UTF-8"
        response.request = request
        return response

    def close(self) -> None:
        pass


def connector_answered_with(body: bytes) -> tuple[PinduoduoConnector, CannedAdapter]:
    adapter = CannedAdapter(body)
    session = requests.Session()
    session.mount("https://", adapter)
    config = ShopConfig(base_url="", key="client-1", secret="s3cret", secrets={"access_token": "token-1"})
    return PinduoduoConnector(config, session=session, sleep=lambda _: None), adapter


def test_sign_failure_sample_becomes_an_auth_error_naming_the_secret(folder: Path) -> None:
    connector, adapter = connector_answered_with((folder / "error_response_sign_failed_20004.json").read_bytes())

    with pytest.raises(AuthError) as failure:
        connector.test_connection()

    message = str(failure.value)
    assert "签名验证失败 [20004]" in message and "client secret" in message and "client-1" in message
    assert "https://gw-api.pinduoduo.com/api/router" in message
    assert len(adapter.sent) == 1 and adapter.sent[0].method == "POST"


def test_business_error_sample_becomes_a_rejection_with_the_channel_words(folder: Path) -> None:
    connector, _ = connector_answered_with((folder / "error_response_time_span_50001.json").read_bytes())

    with pytest.raises(RejectedError, match=r"时间跨度不能超过24小时 \[50001\]"):
        connector.test_connection()


def test_requests_go_to_the_official_router_as_signed_json(folder: Path) -> None:
    connector, adapter = connector_answered_with(b'{"mall_info_get_response":{"mall_id":7,"mall_name":"Shop"}}')

    assert connector.test_connection() == "Pinduoduo shop Shop (mall id 7)"
    sent = adapter.sent[0]
    body = json.loads(sent.body or b"{}")
    assert sent.url == "https://gw-api.pinduoduo.com/api/router"
    assert sent.headers["Content-Type"] == "application/json"
    assert {key: body[key] for key in ("type", "client_id", "access_token", "data_type", "version")} == {
        "type": "pdd.mall.info.get", "client_id": "client-1", "access_token": "token-1", "data_type": "JSON",
        "version": "V1"}
    assert abs(int(body["timestamp"]) - datetime.now(UTC).timestamp()) < 60
    assert body["sign"] == sign(body, "s3cret")


# -- an order shaped as contracts.md documents it ----------------------------------------------------


def contract_order(**changes: Any) -> dict[str, Any]:
    """The order object of pdd.order.number.list.increment.get, field for field from contracts.md 4b
    (amounts in yuan as numbers, times Beijing time); the values are made up."""
    order = {
        "order_sn": "240315-268317264381745", "order_status": 1, "refund_status": 1, "after_sales_status": 0,
        "confirm_status": 1, "created_time": "2024-03-15 20:31:07", "confirm_time": "2024-03-15 20:33:10",
        "pay_time": "2024-03-15 20:31:42", "shipping_time": "", "updated_at": "2024-03-15 21:02:55",
        "last_ship_time": "2024-03-17 20:33:10", "pay_amount": 105.8, "goods_amount": 125.8,
        "discount_amount": 25, "platform_discount": 5, "seller_discount": 20, "postage": 5,
        "logistics_id": 0, "tracking_number": "",
        "receiver_name": "~AgAAAAFuf4IGtyXx0ACN4u1bLJjVfrW2sqDhOpVtbyc=~MVN/uv8L~1~~",
        "receiver_phone": "~AgAAAAHxa2NnOdNb8Xt8M3h+1Wqf3IuoLW0C1v9Hxi0=~lkj3Ud2q~1~~",
        "receiver_address": "~AgAAAAGz7c0a8ZTRkX5u7d5cq0m7pI7dFq8W7m7q7ko=~Pq9sTz1x~1~~",
        "receiver_name_mask": "王**", "receiver_phone_mask": "138****5678", "receiver_address_mask": "望京街9****",
        "province": "北京市", "city": "北京市", "town": "朝阳区", "remark": "", "buyer_memo": "请周末送货",
        "pay_type": "WEIXIN",
        "item_list": [
            {"goods_id": 325417891, "sku_id": 1089357261, "outer_id": "TS-CREW-BLK-M", "outer_goods_id": "TS-CREW",
             "goods_name": "纯棉圆领T恤", "goods_price": 62.9, "goods_count": 2, "goods_spec": "黑色,M",
             "goods_img": "https://img.pddpic.com/goods/images/325417891.jpeg"},
        ],
    }
    order.update(changes)
    return order


def test_contract_order_maps_every_field() -> None:
    order = parse_order(contract_order())

    assert (order.external_id, order.number, order.status, order.currency) == \
        ("240315-268317264381745", "240315-268317264381745", "待发货", "CNY")
    assert order.lifecycle is Lifecycle.OPEN
    assert order.created_at == datetime(2024, 3, 15, 12, 31, 7, tzinfo=UTC)  # 20:31:07 in Beijing
    assert order.updated_at == datetime(2024, 3, 15, 13, 2, 55, tzinfo=UTC)
    assert order.paid_at == datetime(2024, 3, 15, 12, 31, 42, tzinfo=UTC)
    assert order.completed_at is None
    assert (order.total, order.discount_total, order.shipping_total) == \
        (Decimal("105.8"), Decimal("25"), Decimal("5"))
    assert order.total_tax == order.fee_total == order.refunded_total == Decimal("0")
    assert order.prices_include_tax is True
    assert order.shipping_address == ChannelAddress(
        name="王**", line1="朝阳区望京街9****", city="北京市", state="北京市", country="CN", phone="138****5678")
    assert (order.buyer_name, order.buyer_phone, order.buyer_remark) == ("王**", "138****5678", "请周末送货")
    assert order.payment_method == "微信支付"
    assert order.raw["receiver_name"].startswith("~")


def test_contract_order_line() -> None:
    [line] = parse_order(contract_order()).lines

    assert (line.external_id, line.channel_sku, line.channel_item_id, line.channel_variant_id) == \
        ("1089357261", "TS-CREW-BLK-M", "325417891", "1089357261")
    assert (line.title, line.quantity, line.unit_price) == ("纯棉圆领T恤", Decimal("2"), Decimal("62.9000"))
    assert (line.subtotal, line.total, line.discount) == (Decimal("125.8"), Decimal("100.8"), Decimal("25"))
    assert line.attributes == (("规格", "黑色,M"),)
    assert line.total + parse_order(contract_order()).shipping_total == Decimal("105.8")


def test_amounts_as_strings_and_numbers_are_read_exactly() -> None:
    as_text = parse_order(contract_order(pay_amount="105.80", goods_amount="125.80", discount_amount="25.00"))
    as_numbers = parse_order(json.loads(json.dumps(contract_order()), parse_float=float))

    assert as_text.total == as_numbers.total == Decimal("105.8")
    assert as_text.lines[0].total == as_numbers.lines[0].total == Decimal("100.8")


def test_price_change_and_discounts_are_shared_over_several_items() -> None:
    second = {"goods_id": 325417892, "sku_id": 1089357262, "outer_id": "MUG-CER-350-WHT", "goods_name": "陶瓷马克杯",
              "goods_price": "38.9", "goods_count": 1, "goods_spec": "白色"}
    items = [contract_order()["item_list"][0], second]
    # 125.8 + 38.9 = 164.7; the seller took 4.7 off (改价), then 10 of discounts: 150 paid without postage.
    order = parse_order(contract_order(item_list=items, goods_amount=160, discount_amount=10, postage=0,
                                       pay_amount=150))

    assert [line.external_id for line in order.lines] == ["1089357261", "1089357262"]
    assert order.discount_total == Decimal("14.7")
    assert sum((line.total for line in order.lines), Decimal(0)) == Decimal("150.0")
    assert [line.discount for line in order.lines] == [Decimal("11.22"), Decimal("3.48")]


@pytest.mark.parametrize(("codes", "status", "lifecycle"), [
    ({"order_status": 1}, "待发货", Lifecycle.OPEN),
    ({"order_status": 2, "tracking_number": "SF1234567890123"}, "已发货待签收", Lifecycle.SHIPPED),
    ({"order_status": 3}, "已签收", Lifecycle.COMPLETED),
    ({"order_status": 1, "refund_status": 2}, "待发货/售后处理中", Lifecycle.ON_HOLD),
    ({"order_status": 1, "refund_status": 4}, "待发货/退款成功", Lifecycle.REFUNDED),
    ({"order_status": 3, "refund_status": 3}, "已签收/退款中", Lifecycle.COMPLETED),
    ({"order_status": 3, "refund_status": 4}, "已签收/退款成功", Lifecycle.REFUNDED),
    ({"order_status": 1, "confirm_status": 0, "group_status": 0}, "未成交", Lifecycle.ON_HOLD),
    ({"order_status": 1, "confirm_status": 2}, "已取消", Lifecycle.CANCELLED),
    ({"order_status": "2"}, "已发货待签收", Lifecycle.SHIPPED),
    ({"order_status": 9}, "order_status 9", Lifecycle.ON_HOLD),
])
def test_status_codes_become_words_and_lifecycles(codes: dict[str, Any], status: str, lifecycle: Lifecycle) -> None:
    order = parse_order(contract_order(**codes))

    assert (order.status, order.lifecycle) == (status, lifecycle)


def test_plain_receiver_fields_are_used_when_not_encrypted() -> None:
    order = parse_order(contract_order(receiver_name="王小明", receiver_phone="13812345678",
                                       receiver_address="望京街9号阳光花园3栋"))

    assert order.shipping_address.name == "王小明" and order.shipping_address.phone == "13812345678"
    assert order.shipping_address.line1 == "朝阳区望京街9号阳光花园3栋"
    assert is_ciphertext(contract_order()["receiver_phone"]) and not is_ciphertext("~")


@pytest.mark.parametrize(("changes", "field", "message"), [
    ({"item_list": [{"goods_id": 1, "sku_id": 2, "goods_price": 9.9, "goods_count": "abc"}]},
     "item_list[0].goods_count", "'abc' is not a number"),
    ({"item_list": [{"goods_id": 1, "sku_id": 2, "goods_price": 9.9, "goods_count": 1.5}]},
     "item_list[0].goods_count", "not a whole number"),
    ({"item_list": []}, "item_list", "is empty"),
    ({"pay_amount": None}, "pay_amount", "is missing"),
    ({"created_time": "15/03/2024"}, "created_time", "is not a date and time"),
    ({"updated_at": "2024-13-15 20:31:07"}, "updated_at", "is not a date and time"),
    ({"order_status": {"code": 1}}, "order_status", "expected a status code"),
    ({"discount_amount": 500}, "discount_amount", "more than the goods are worth"),
])
def test_broken_fields_are_named_by_path(changes: dict[str, Any], field: str, message: str) -> None:
    with pytest.raises(PayloadError) as failure:
        parse_order(contract_order(**changes))

    assert failure.value.field == field and message in failure.value.message


def test_a_broken_order_is_one_failure_and_a_repeated_one_counts_once() -> None:
    newer = contract_order(order_status=2, updated_at="2024-03-16 09:00:00")
    broken = contract_order(order_sn="240315-000000000000001", pay_amount="¥1")

    orders, failures = parse_orders([contract_order(), broken, newer])

    assert [(order.external_id, order.status) for order in orders] == [("240315-268317264381745", "已发货待签收")]
    assert [(f.external_id, f.field) for f in failures] == [("240315-000000000000001", "pay_amount")]
