"""The Taobao connector's signing, parsing and error mapping against the real samples in ../shared."""

from __future__ import annotations

import copy
import hashlib
import hmac
import json
from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest

from connectors.base import AuthError, ConnectorError, Lifecycle, OrderParseFailure, RejectedError, TransientError
from connectors.taobao import (
    Failure,
    PayloadError,
    TopError,
    TopRejectedError,
    connector_error,
    lifecycle_of,
    parse_top_time,
    parse_trade,
    parse_trade_safely,
    string_to_sign,
    top_sign,
    top_time,
    trades_of,
)
from tests.helpers import channel_samples

Load = Callable[[str], Any]
SAMPLES = ("error_response_invalid_session.json", "error_response_session_expired.json",
           "sign_md5_official_vector.json", "trades_sold_get.doc_example.response.json")


@pytest.fixture
def load_sample() -> Load:
    folder = channel_samples("taobao_top")

    def load(name: str) -> Any:
        return json.loads((folder / name).read_text(encoding="utf-8"))

    return load


@pytest.fixture
def doc_trade(load_sample: Load) -> dict[str, Any]:
    response = load_sample("trades_sold_get.doc_example.response.json")["trades_sold_get_response"]
    return trades_of(response)[0]


def test_every_sample_file_is_covered_here(load_sample: Load) -> None:
    folder = channel_samples("taobao_top")
    assert sorted(path.name for path in folder.iterdir()) == sorted(SAMPLES)


# -- signing ---------------------------------------------------------------------------------------


def test_the_official_md5_vector_reproduces_exactly(load_sample: Load) -> None:
    vector = load_sample("sign_md5_official_vector.json")
    secret, params = vector["secret"], vector["params"]

    assert secret + string_to_sign(params) + secret == vector["string_to_sign"]
    assert top_sign(params, secret, "md5") == vector["expected_sign"] == "66987CB115214E59E6EC978214934FB8"


def test_sign_ignores_the_sign_parameter_and_empty_values(load_sample: Load) -> None:
    vector = load_sample("sign_md5_official_vector.json")
    params = [*vector["params"].items(), ("sign", "WHATEVER"), ("partner_id", "")]

    assert top_sign(params, vector["secret"], "md5") == vector["expected_sign"]


@pytest.mark.parametrize(("method", "digest"), [("hmac", hashlib.md5), ("hmac-sha256", hashlib.sha256)])
def test_hmac_methods_key_with_the_secret_and_do_not_wrap_the_text(load_sample: Load, method: str,
                                                                   digest: Any) -> None:
    vector = load_sample("sign_md5_official_vector.json")
    text = string_to_sign(vector["params"])
    expected = hmac.new(b"helloworld", text.encode(), digest).hexdigest().upper()

    assert top_sign(vector["params"], "helloworld", method) == expected
    assert expected != vector["expected_sign"] and expected == expected.upper()


def test_unknown_sign_method_is_refused() -> None:
    with pytest.raises(ConnectorError, match="md5, hmac, hmac-sha256"):
        top_sign({"a": "1"}, "secret", "sha1")


# -- times -------------------------------------------------------------------------------------------


def test_top_times_are_china_standard_time_without_dst() -> None:
    assert parse_top_time("2000-01-01 00:00:00", "created") == datetime(1999, 12, 31, 16, 0, tzinfo=UTC)
    assert parse_top_time("2024-07-01 08:30:05", "modified") == datetime(2024, 7, 1, 0, 30, 5, tzinfo=UTC)
    assert top_time(datetime(2024, 7, 1, 0, 30, 5, 999, tzinfo=UTC)) == "2024-07-01 08:30:05"
    with pytest.raises(PayloadError) as caught:
        parse_top_time("2024-07-01T08:30:05+08:00", "pay_time")
    assert caught.value.field == "pay_time" and "yyyy-MM-dd HH:mm:ss" in caught.value.message


# -- the doc example trade ---------------------------------------------------------------------------------


def test_doc_example_trade_maps_field_by_field(doc_trade: dict[str, Any]) -> None:
    order = parse_trade(doc_trade)

    assert (order.external_id, order.number, order.status, order.currency) == \
        ("2231958349", "2231958349", "TRADE_NO_CREATE_PAY", "CNY")
    assert order.lifecycle is Lifecycle.AWAITING_PAYMENT
    assert order.created_at == order.updated_at == datetime(1999, 12, 31, 16, tzinfo=UTC)
    assert order.paid_at == datetime(1999, 12, 31, 16, tzinfo=UTC)
    assert order.completed_at is None  # end_time counts only for TRADE_FINISHED
    assert order.total == Decimal("200.07") and order.shipping_total == Decimal("200.07")
    assert order.total_tax == Decimal("0") and order.prices_include_tax is True
    assert order.buyer_name == "我在测试" and order.buyer_phone == "13512501826"
    assert order.payment_method == "支付宝"
    address = order.shipping_address
    assert (address.name, address.state, address.city, address.line1, address.line2) == \
        ("东方不败", "浙江省", "杭州市", "西湖区三墎镇", "淘宝城911号")
    assert (address.postcode, address.country, address.phone) == ("223700", "CN", "13512501826")
    assert order.raw is doc_trade


def test_doc_example_empty_sub_order_falls_back_to_the_trade_level_item(doc_trade: dict[str, Any]) -> None:
    (line,) = parse_trade(doc_trade).lines

    assert (line.external_id, line.channel_item_id, line.title) == ("2231958349", "3424234", "麦包包")
    assert (line.quantity, line.unit_price, line.subtotal) == (Decimal(1), Decimal("200.0700"), Decimal("200.07"))
    # total_fee − discount_fee + adjust_fee of the doc's placeholder amounts
    assert line.total == Decimal("200.07") and line.total_tax == Decimal("0")


def _sub_order(**overrides: Any) -> dict[str, Any]:
    order = {"oid": 2231958350, "num_iid": 3424234, "sku_id": "5000001", "outer_iid": "BAG-1",
             "outer_sku_id": "BAG-1-BLK", "title": "麦包包 黑色", "price": "100.00", "num": 2,
             "total_fee": "190.00", "discount_fee": "10.00", "adjust_fee": "0.00", "payment": "190.00",
             "divide_order_fee": "180.00", "part_mjz_discount": "10.00", "refund_status": "NO_REFUND",
             "sku_properties_name": "颜色分类:黑色;尺码:均码", "status": "WAIT_SELLER_SEND_GOODS"}
    return {**order, **overrides}


def test_sub_orders_map_to_lines_with_amounts_after_every_discount(doc_trade: dict[str, Any]) -> None:
    trade = {**doc_trade, "status": "WAIT_SELLER_SEND_GOODS",
             "orders": {"order": [_sub_order(), _sub_order(oid=2231958351, divide_order_fee=None,
                                                           part_mjz_discount="5.00", sku_id=None)]}}

    first, second = parse_trade(trade).lines

    assert (first.external_id, first.channel_sku, first.channel_item_id, first.channel_variant_id) == \
        ("2231958350", "BAG-1-BLK", "3424234", "5000001")
    assert (first.subtotal, first.total, first.discount) == (Decimal("200.00"), Decimal("180.00"), Decimal("20.00"))
    assert first.attributes == (("颜色分类", "黑色"), ("尺码", "均码"))
    assert second.total == Decimal("185.00")  # total_fee less its share of the shop discount
    assert second.channel_variant_id == ""
    assert parse_trade(trade).discount_total == Decimal("35.00")


def test_numbers_as_json_numbers_and_tid_str_are_accepted(doc_trade: dict[str, Any]) -> None:
    trade = {**doc_trade, "tid_str": "3900000000000000001", "payment": 200.07,
             "orders": {"order": [_sub_order(price=100, divide_order_fee=180.5, num="2")]}}

    order = parse_trade(trade)

    assert order.external_id == "3900000000000000001" and order.total == Decimal("200.07")
    assert order.lines[0].total == Decimal("180.5") and order.lines[0].quantity == 2


def test_closed_after_every_sub_order_was_refunded_is_a_refund(doc_trade: dict[str, Any]) -> None:
    refunded = {**doc_trade, "status": "TRADE_CLOSED", "payment": "190.00",
                "orders": {"order": [_sub_order(refund_status="SUCCESS", status="TRADE_CLOSED")]}}
    partly = {**refunded, "status": "WAIT_BUYER_CONFIRM_GOODS",
              "orders": {"order": [_sub_order(refund_status="SUCCESS"), _sub_order(oid=9)]}}

    assert parse_trade(refunded).lifecycle is Lifecycle.REFUNDED
    assert parse_trade(refunded).refunded_total == Decimal("190.00")
    assert parse_trade(partly).lifecycle is Lifecycle.SHIPPED
    assert parse_trade(partly).refunded_total == Decimal("180.00")
    assert parse_trade({**refunded, "pay_time": None}).lifecycle is Lifecycle.CANCELLED


@pytest.mark.parametrize(("status", "lifecycle"), [
    ("TRADE_NO_CREATE_PAY", Lifecycle.AWAITING_PAYMENT), ("WAIT_BUYER_PAY", Lifecycle.AWAITING_PAYMENT),
    ("PAY_PENDING", Lifecycle.AWAITING_PAYMENT), ("WAIT_PRE_AUTH_CONFIRM", Lifecycle.AWAITING_PAYMENT),
    ("WAIT_SELLER_SEND_GOODS", Lifecycle.OPEN), ("SELLER_CONSIGNED_PART", Lifecycle.OPEN),
    ("PAID_FORBID_CONSIGN", Lifecycle.ON_HOLD), ("WAIT_BUYER_CONFIRM_GOODS", Lifecycle.SHIPPED),
    ("TRADE_BUYER_SIGNED", Lifecycle.SHIPPED), ("TRADE_FINISHED", Lifecycle.COMPLETED),
    ("TRADE_CLOSED", Lifecycle.CANCELLED), ("TRADE_CLOSED_BY_TAOBAO", Lifecycle.CANCELLED),
    ("SOMETHING_NEW", Lifecycle.OPEN),
])
def test_every_status_word_has_a_lifecycle(status: str, lifecycle: Lifecycle) -> None:
    assert lifecycle_of(status) is lifecycle


@pytest.mark.parametrize(("path", "value", "field", "message"), [
    ("created", "01/01/2000", "created", "not a date and time"),
    ("payment", "abc", "payment", "not a number"),
    ("status", None, "status", "is missing"),
    ("orders.order[0].num", 0, "orders.order[0].num", "positive whole number"),
    ("orders.order[0].price", {"amount": 1}, "orders.order[0].price", "expected a number"),
    ("orders.order[0].oid", None, "orders.order[0].oid", "is missing"),
])
def test_broken_fields_are_named_by_their_dotted_path(doc_trade: dict[str, Any], path: str, value: Any,
                                                      field: str, message: str) -> None:
    trade = copy.deepcopy({**doc_trade, "orders": {"order": [_sub_order()]}})
    node: Any = trade
    steps = path.replace("[0]", ".0").split(".")
    for step in steps[:-1]:
        node = node[int(step)] if step.isdigit() else node[step]
    node[steps[-1]] = value

    failure = parse_trade_safely(trade)

    assert isinstance(failure, OrderParseFailure)
    assert (failure.external_id, failure.field) == ("2231958349", field)
    assert message in failure.message


def test_a_trade_that_is_not_an_object_fails_on_its_own() -> None:
    failure = parse_trade_safely(["not", "a", "trade"])

    assert isinstance(failure, OrderParseFailure) and failure.field == "(order)"


def test_empty_increment_answer_has_no_trades_key() -> None:
    assert trades_of({"total_results": 0}) == []
    assert trades_of({"trades": {"trade": [{"tid": 1}]}}) == [{"tid": 1}]


# -- error responses ----------------------------------------------------------------------------------------


def test_invalid_session_sample_is_an_auth_error_about_the_session_key(load_sample: Load) -> None:
    error = TopError.from_body(load_sample("error_response_invalid_session.json"))

    assert error is not None and (error.code, error.sub_code, error.request_id) == \
        ("27", "invalid-sessionkey", "rxvsf5lo4ufl")
    assert error.failure is Failure.AUTH
    exception = connector_error(error, "taobao.trades.sold.increment.get", "the order list")
    assert isinstance(exception, AuthError)
    assert "Invalid session (code 27, invalid-sessionkey)" in str(exception)
    assert "Check the session key in the shop settings" in str(exception)


def test_session_expired_sample_says_the_seller_must_authorise_again(load_sample: Load) -> None:
    error = TopError.from_body(load_sample("error_response_session_expired.json"))

    assert error is not None and error.failure is Failure.SESSION_EXPIRED
    exception = connector_error(error, "taobao.trade.fullinfo.get", "trade 1")
    assert isinstance(exception, AuthError)
    message = str(exception)
    assert "session key has expired" in message and "session-expired" in message
    assert "the seller must authorise the app again" in message and "new session key" in message


@pytest.mark.parametrize(("body", "failure", "error_class"), [
    ({"code": 7, "msg": "App Call Limited", "sub_code": "accesscontrol.limited-by-app-access-count",
      "sub_msg": "This ban will last for 1 more seconds"}, Failure.THROTTLED, ConnectorError),
    ({"code": 15, "msg": "Remote service error", "sub_code": "isp.trade-service-limit"}, Failure.THROTTLED,
     ConnectorError),
    ({"code": 15, "msg": "Remote service error", "sub_code": "isp.remote-service-timeout"}, Failure.RETRY,
     TransientError),
    ({"code": 10, "msg": "Service Currently Unavailable"}, Failure.RETRY, TransientError),
    ({"code": 15, "msg": "Remote service error", "sub_code": "isv.logistics-offline-service-error:B150",
      "sub_msg": "发货异常，请稍等后重试"}, Failure.RETRY, TransientError),
    ({"code": 15, "msg": "Remote service error", "sub_code": "isv.invalid-parameter:end_modified"},
     Failure.REJECTED, RejectedError),
    ({"code": 41, "msg": "Invalid Arguments:tid"}, Failure.REJECTED, RejectedError),
    ({"code": 25, "msg": "Invalid signature"}, Failure.AUTH, AuthError),
    ({"code": 15, "msg": "Remote service error", "sub_code": "isv.permission-api-package-limit"}, Failure.AUTH,
     AuthError),
    ({"code": 29, "msg": "Invalid App Key"}, Failure.AUTH, AuthError),
    ({"code": 31, "msg": "Invalid Timestamp"}, Failure.CLOCK, ConnectorError),
])
def test_error_codes_are_classified(body: dict[str, Any], failure: Failure, error_class: type) -> None:
    error = TopError.from_body({"error_response": body})

    assert error is not None and error.failure is failure
    assert isinstance(connector_error(error, "taobao.trade.fullinfo.get", "trade 1", 3), error_class)


def test_ban_length_is_read_from_the_sub_message() -> None:
    error = TopError(code="7", msg="App Call Limited", sub_code="accesscontrol.limited-by-app-access-count",
                     sub_msg="This ban will last for 31062 more seconds")

    assert error.ban_seconds == 31062
    message = str(connector_error(error, "taobao.trade.fullinfo.get", "trade 1", 1))
    assert "limiting this app's calls" in message and "31062 more seconds" in message and "Try again later" in message


def test_caller_errors_keep_what_taobao_said() -> None:
    error = TopError.from_body({"error_response": {"code": 15, "msg": "Remote service error",
                                                   "sub_code": "isv.logistics-offline-service-error:B60",
                                                   "sub_msg": "运单号不符合规则或已经被使用"}})
    assert error is not None
    exception = connector_error(error, "taobao.logistics.offline.send", "shipping trade 5")

    assert isinstance(exception, TopRejectedError) and exception.error is error
    assert str(exception) == ("Taobao / Tmall refused shipping trade 5: Remote service error (code 15, "
                              "isv.logistics-offline-service-error:B60): 运单号不符合规则或已经被使用.")
    assert TopError.from_body({"trade": {}}) is None
