"""The WooCommerce connector's parser against the real sample payloads in ../shared."""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest

from connectors.base import ChannelAddress, Lifecycle, OrderParseFailure
from connectors.woocommerce import PayloadError, parse_order, parse_orders, person_name

Load = Callable[[str], Any]

ORDER_SAMPLES = {
    "orders_list.response.json": ["727", "723"],
    "order_get.response.json": ["727"],
    "order_create_paid.response.json": ["727"],
    "order_update_status_completed.response.json": ["727"],
    "wcios_order.json": ["963"],
    "wcios_order-alternative-types.json": ["963"],
    "wcios_order-details-partially-refunded.json": ["324"],
    "wcios_order-fully-refunded.json": ["609"],
    "wcios_orders-load-all.json": ["963", "961", "960", "560"],
    "wcios_orders-load-all-without-data.json": ["963"],
}


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


@pytest.mark.parametrize("name", sorted(ORDER_SAMPLES))
def test_every_order_sample_parses_without_failures(load_sample: Load, name: str) -> None:
    orders, failures = parse_orders(load_sample(name))

    assert failures == []
    assert [order.external_id for order in orders] == ORDER_SAMPLES[name]
    for order in orders:
        assert order.created_at.tzinfo is UTC and order.updated_at >= order.created_at
        assert all(isinstance(line.total, Decimal) for line in order.lines)


@pytest.mark.parametrize(("part", "ids"), [("create", ["728", "729"]), ("update", ["727"]), ("delete", ["723"])])
def test_batch_response_lists_parse(load_sample: Load, part: str, ids: list[str]) -> None:
    orders, failures = parse_orders(load_sample("orders_batch.response.json")[part])

    assert failures == []
    assert [order.external_id for order in orders] == ids


def test_order_727_maps_every_field(load_sample: Load) -> None:
    order = parse_order(load_sample("order_get.response.json"))

    assert (order.external_id, order.number, order.status, order.currency) == ("727", "727", "processing", "USD")
    assert order.created_at == utc(2017, 3, 22, 19, 28, 2)  # the _gmt field, not the local 16:28
    assert order.updated_at == utc(2017, 3, 22, 19, 28, 8)
    assert order.paid_at == utc(2017, 3, 22, 19, 28, 8)
    assert order.completed_at is None
    assert order.total == Decimal("29.35")
    assert order.total_tax == Decimal("1.35")
    assert order.shipping_total == Decimal("10.00")
    assert order.discount_total == order.fee_total == order.refunded_total == Decimal("0")
    assert order.prices_include_tax is False
    assert order.payment_method == "Direct Bank Transfer"
    assert order.buyer_name == "John Doe"
    assert order.buyer_email == "john.doe@example.com"
    assert order.buyer_phone == "(555) 555-5555"
    assert order.billing_address == ChannelAddress(
        name="John Doe", line1="969 Market", city="San Francisco", state="CA", postcode="94103",
        country="US", phone="(555) 555-5555", email="john.doe@example.com",
    )
    assert order.shipping_address.phone == ""
    assert order.raw["order_key"] == "wc_order_58d2d042d1d"


def test_order_727_lines(load_sample: Load) -> None:
    first, second = parse_order(load_sample("order_get.response.json")).lines

    assert (first.external_id, first.channel_sku, first.title) == ("315", "", "Woo Single #1")
    assert (first.quantity, first.unit_price, first.total_tax) == (Decimal("2"), Decimal("3.0000"), Decimal("0.45"))
    assert (first.channel_item_id, first.channel_variant_id) == ("93", "")
    assert second.channel_sku == "Bar3"
    assert second.title == "Ship Your Idea \u2013 Color: Black, Size: M Test"
    assert (second.channel_item_id, second.channel_variant_id) == ("22", "23")
    assert second.unit_price == Decimal("12.0000")
    assert second.attributes == (("pa_color", "black"), ("size", "M Test"))


def test_completed_update_has_completion_time(load_sample: Load) -> None:
    order = parse_order(load_sample("order_update_status_completed.response.json"))

    assert order.status == "completed"
    assert order.completed_at == utc(2017, 3, 22, 19, 30, 35)


def test_docs_list_refunds_use_refund_key_and_are_summed(load_sample: Load) -> None:
    orders, _ = parse_orders(load_sample("orders_list.response.json"))
    order_723 = orders[1]

    assert order_723.raw["refunds"][0] == {"id": 726, "refund": "", "total": "-10.00"}
    assert order_723.refunded_total == Decimal("19.00")
    assert order_723.buyer_name == "João Silva"
    assert order_723.paid_at is None


def test_partial_and_full_refunds(load_sample: Load) -> None:
    partial = parse_order(load_sample("wcios_order-details-partially-refunded.json"))
    full = parse_order(load_sample("wcios_order-fully-refunded.json"))

    assert partial.refunded_total == Decimal("24.30")
    assert partial.billing_address.company == "Smithsonian Natural History Museum"
    assert len(partial.lines) == 8
    assert partial.lines[2].unit_price == Decimal("10.8000")  # "32.40" / 3, whatever the float price says
    assert full.status == "refunded"
    assert full.refunded_total == full.total == Decimal("223.71")
    assert full.lines[0].title == "Yellow Pants (H&M)"
    assert full.lines[0].attributes == ()  # only the hidden _wcms_cart_key meta


def test_alternative_types_fixture(load_sample: Load) -> None:
    order = parse_order(load_sample("wcios_order-alternative-types.json"))
    basket, bundle = order.lines

    assert basket.channel_sku == "123"  # a number in the payload
    assert bundle.quantity == Decimal("1.5")
    assert bundle.unit_price == Decimal("6.6667")
    assert bundle.total == Decimal("0.00")
    assert order.fee_total == Decimal("125.50")
    assert order.fee_tax == Decimal("0.00")
    assert order.coupon_codes == ("30$off",)
    assert (order.discount_total, order.discount_tax) == (Decimal("30.00"), Decimal("1.20"))
    assert order.payment_method == "Credit Card (Stripe)"
    assert order.shipping_address.email == "scrambled@scrambled.com"
    assert order.shipping_address.phone == "333-333-3333"
    assert order.prices_include_tax is False  # the key is absent


def test_orders_load_all(load_sample: Load) -> None:
    orders, _ = parse_orders(load_sample("wcios_orders-load-all.json"))
    by_id = {order.external_id: order for order in orders}

    assert by_id["560"].refunded_total == Decimal("225.00")
    assert by_id["560"].buyer_remark.startswith("It's the annual company baseball game!")
    assert by_id["560"].lines[5].attributes == (("pa_color", "black"), ("size", "L"))
    assert by_id["960"].lines[0].attributes[0][0] == "Poster Image"
    assert by_id["961"].total == Decimal("20.00")


def test_parse_orders_accepts_single_order_list_and_envelope(load_sample: Load) -> None:
    single = load_sample("order_get.response.json")

    assert [o.external_id for o in parse_orders(single)[0]] == ["727"]
    assert [o.external_id for o in parse_orders([single, single])[0]] == ["727", "727"]
    assert [o.external_id for o in parse_orders({"data": [single]})[0]] == ["727"]
    assert parse_order({"data": single}).total == Decimal("29.35")


# -- malformed copies ------------------------------------------------------------------------


def only_failure(payload: Any) -> OrderParseFailure:
    orders, failures = parse_orders(payload)
    assert orders == [] and len(failures) == 1
    return failures[0]


def test_bad_total_names_order_and_field(load_sample: Load) -> None:
    payload = load_sample("order_get.response.json")
    payload["total"] = "abc"

    failure = only_failure(payload)

    assert (failure.external_id, failure.field) == ("727", "total")
    assert failure.message == "'abc' is not a number"
    assert failure.raw is payload
    assert str(failure) == "order 727: total: 'abc' is not a number"


def test_missing_id(load_sample: Load) -> None:
    payload = load_sample("order_get.response.json")
    del payload["id"]

    failure = only_failure(payload)

    assert (failure.external_id, failure.field, failure.message) == ("", "id", "is missing")


def test_zero_quantity_is_a_failure_of_that_line(load_sample: Load) -> None:
    payload = load_sample("order_get.response.json")
    payload["line_items"][1]["quantity"] = 0

    failure = only_failure(payload)

    assert (failure.external_id, failure.field) == ("727", "line_items[1].quantity")
    assert "is 0" in failure.message


@pytest.mark.parametrize(
    ("path", "value", "field", "message"),
    [
        (("line_items", 1, "total"), "12,00", "line_items[1].total", "'12,00' is not a number"),
        (("line_items", 0, "subtotal"), None, "line_items[0].subtotal", "is missing"),
        (("line_items", 0, "quantity"), "two", "line_items[0].quantity", "'two' is not a number"),
        (("date_modified_gmt",), "yesterday", "date_modified_gmt", "'yesterday' is not a date and time"),
        (("refunds",), [{"id": 1, "total": {"amount": 1}}], "refunds[0].total", "expected a number, got an object"),
        (("billing",), "John", "billing", "expected an object, got 'John'"),
        (("status",), "", "status", "is missing"),
        (("line_items",), {"id": 1}, "line_items", "expected a list, got an object"),
    ],
)
def test_malformed_fields_are_reported_with_path_and_value(
    load_sample: Load, path: tuple[Any, ...], value: Any, field: str, message: str
) -> None:
    payload = load_sample("order_get.response.json")
    node = payload
    for step in path[:-1]:
        node = node[step]
    node[path[-1]] = value

    failure = only_failure(payload)

    assert (failure.external_id, failure.field, failure.message) == ("727", field, message)


def test_parse_order_raises_payload_error(load_sample: Load) -> None:
    payload = load_sample("order_get.response.json")
    payload["shipping_total"] = "ten"

    with pytest.raises(PayloadError) as caught:
        parse_order(payload)

    assert caught.value.field == "shipping_total"


def test_one_bad_order_does_not_hide_the_others(load_sample: Load) -> None:
    good = load_sample("orders_list.response.json")
    bad = copy.deepcopy(good[0])
    bad["id"] = 999
    bad["line_items"][0]["total"] = "abc"

    orders, failures = parse_orders([good[0], bad, "not an order", good[1]])

    assert [o.external_id for o in orders] == ["727", "723"]
    assert [(f.external_id, f.field) for f in failures] == [("999", "line_items[0].total"), ("", "(order)")]


def test_numbers_instead_of_strings_become_exact_decimals(load_sample: Load) -> None:
    payload = load_sample("order_get.response.json")
    payload["total"] = 29.35
    payload["line_items"][0]["subtotal"] = 6

    order = parse_order(payload)

    assert order.total == Decimal("29.35")
    assert order.lines[0].unit_price == Decimal("3.0000")


def test_local_date_is_the_fallback_only_without_gmt(load_sample: Load) -> None:
    payload = load_sample("order_get.response.json")
    del payload["date_created_gmt"]

    order = parse_order(payload)

    assert order.created_at == utc(2017, 3, 22, 16, 28, 2)
    assert order.updated_at == utc(2017, 3, 22, 19, 28, 8)


def test_chinese_buyer_name_family_first(load_sample: Load) -> None:
    payload = load_sample("order_get.response.json")
    payload["billing"].update(first_name="小明", last_name="王", country="CN")

    assert parse_order(payload).buyer_name == "王小明"


@pytest.mark.parametrize(
    ("first", "last", "country", "expected"),
    [
        ("小明", "王", "CN", "王小明"),
        ("小明", "王", "US", "王小明"),  # the script decides, wherever the address is
        ("太郎", "山田", "JP", "山田太郎"),
        ("Xiaoming", "Wang", "CN", "Wang Xiaoming"),
        ("John", "Doe", "US", "John Doe"),
        ("", "王", "CN", "王"),
    ],
)
def test_person_name(first: str, last: str, country: str, expected: str) -> None:
    assert person_name(first, last, country) == expected


@pytest.mark.parametrize(
    ("status", "lifecycle"),
    [("pending", Lifecycle.AWAITING_PAYMENT), ("processing", Lifecycle.OPEN), ("on-hold", Lifecycle.ON_HOLD),
     ("completed", Lifecycle.COMPLETED), ("cancelled", Lifecycle.CANCELLED), ("failed", Lifecycle.CANCELLED),
     ("refunded", Lifecycle.REFUNDED), ("wc-custom-plugin-status", Lifecycle.OPEN)],
)
def test_the_status_word_is_kept_and_its_meaning_mapped(load_sample: Load, status: str, lifecycle: Lifecycle) -> None:
    payload = load_sample("order_get.response.json")
    payload["status"] = status
    order = parse_order(payload)
    assert (order.status, order.lifecycle) == (status, lifecycle)
