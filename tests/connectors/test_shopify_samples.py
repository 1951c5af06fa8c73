"""The Shopify connector's parsing and request building against the real samples in ../shared."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import requests

from connectors.base import ZERO, ChannelAddress, Lifecycle, OrderParseFailure
from connectors.shopify import (
    CannotShip,
    FulfillmentGroup,
    choose_location,
    error_detail,
    fulfillment_body,
    inventory_item_of,
    inventory_set_body,
    parse_order,
    parse_order_safely,
    parse_orders,
    plan_fulfillments,
    shipped_with,
)
from tests.helpers import channel_samples

Load = Callable[[str], Any]

ORDER_SAMPLES = {
    "orders_list_status_any.response.json": ["450789469"],
    "orders_list_ids_api_created_order.response.json": ["1073459969"],
    "order_get.response.json": ["450789469"],
    "order_cancel.response.json": ["450789469"],
    "order_update_tags.response.json": ["450789469"],
    "order_update_metafields.response.json": ["450789469"],
}


@pytest.fixture
def load() -> Load:
    folder: Path = channel_samples("shopify")

    def read(name: str) -> Any:
        return json.loads((folder / name).read_text(encoding="utf-8"))

    return read


def orders_of(body: dict[str, Any]) -> list[Any]:
    return body["orders"] if "orders" in body else [body]


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


def response(status: int, body: Any) -> requests.Response:
    answer = requests.Response()
    answer.status_code = status
    answer._content = json.dumps(body).encode()  # noqa: SLF001 - a canned answer for the error reader
    return answer


# -- orders ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(ORDER_SAMPLES))
def test_every_order_sample_parses(load: Load, name: str) -> None:
    orders, failures = parse_orders(orders_of(load(name)))

    assert failures == []
    assert [order.external_id for order in orders] == ORDER_SAMPLES[name]
    for order in orders:
        assert order.created_at.tzinfo is UTC and order.updated_at >= order.created_at
        assert all(isinstance(line.total, Decimal) and line.total <= line.subtotal for line in order.lines)
        assert sum((line.total for line in order.lines), ZERO) + order.shipping_total + order.fee_total \
            + order.total_tax == order.total


def test_order_450789469_maps_every_field(load: Load) -> None:
    order = parse_order(load("order_get.response.json"))

    assert (order.external_id, order.number, order.currency) == ("450789469", "#1001", "USD")
    assert (order.status, order.lifecycle) == ("partially_refunded", Lifecycle.OPEN)
    assert order.created_at == order.updated_at == utc(2008, 1, 10, 16, 0, 0)  # -05:00 in the payload
    assert order.total == Decimal("598.94")
    assert order.total_tax == Decimal("11.94")
    assert order.discount_total == Decimal("10.00") and order.discount_tax == ZERO
    assert order.shipping_total == order.shipping_tax == order.fee_total == ZERO
    assert order.refunded_total == Decimal("209.00")  # the refund transaction, not the line estimates
    assert order.prices_include_tax is False
    assert order.paid_at is None and order.completed_at is None
    assert (order.buyer_name, order.buyer_email, order.buyer_phone) == \
        ("Bob Norman", "bob.norman@mail.example.com", "+557734881234")
    assert order.billing_address == ChannelAddress(
        name="Bob Norman", line1="Chestnut Street 92", city="Louisville", state="KY", postcode="40202",
        country="US", phone="+1(502)-459-2181", email="bob.norman@mail.example.com",
    )
    assert order.shipping_address == ChannelAddress(
        name="Bob Norman", line1="Chestnut Street 92", city="Louisville", state="KY", postcode="40202",
        country="US", phone="+1(502)-459-2181",
    )
    assert order.payment_method == "bogus"
    assert order.coupon_codes == ("TENOFF",)
    assert order.buyer_remark == ""
    assert order.raw["token"] == "b1946ac92492d2347c6235b4d2611184"


def test_order_450789469_lines(load: Load) -> None:
    lines = parse_order(load("order_get.response.json")).lines

    assert [line.external_id for line in lines] == ["466157049", "518995019", "703073504"]
    green = lines[0]
    assert (green.channel_sku, green.title) == ("IPOD2008GREEN", "IPod Nano - 8gb - green")
    assert (green.channel_item_id, green.channel_variant_id) == ("632910392", "39072856")
    assert green.quantity == Decimal("1") and green.unit_price == Decimal("199.0000")
    assert (green.subtotal, green.total, green.discount) == (Decimal("199.00"), Decimal("195.66"), Decimal("3.34"))
    assert green.total_tax == Decimal("3.98")
    assert green.subtotal_tax == Decimal("4.05")  # 3.98 × 199 / 195.66: the tax before the discount
    assert green.attributes == (("Custom Engraving Front", "Happy Birthday"),
                                ("Custom Engraving Back", "Merry Christmas"))
    assert [line.discount for line in lines] == [Decimal("3.34"), Decimal("3.33"), Decimal("3.33")]
    assert lines[1].attributes == ()


def test_cancelled_sample(load: Load) -> None:
    order = parse_order(load("order_cancel.response.json"))

    assert (order.status, order.lifecycle) == ("partially_refunded/cancelled", Lifecycle.CANCELLED)
    assert order.updated_at == utc(2025, 7, 2, 16, 31, 25)


def test_order_created_through_the_api_has_no_addresses(load: Load) -> None:
    order = parse_order(orders_of(load("orders_list_ids_api_created_order.response.json"))[0])

    assert order.billing_address == order.shipping_address == ChannelAddress()
    assert (order.buyer_name, order.buyer_email, order.payment_method) == ("", "", "")
    assert (order.number, order.status, order.lifecycle) == ("#1002", "paid", Lifecycle.OPEN)
    assert order.lines[0].title == "IPod Touch 8GB - Black" and order.total == Decimal("199.00")


def test_refund_list_sample_is_read_as_paid_back_money(load: Load) -> None:
    payload = copy.deepcopy(load("order_get.response.json"))
    payload["order"]["refunds"] = load("refunds_list_for_order.response.json")["refunds"]

    assert parse_order(payload).refunded_total == Decimal("209.00")
    payload["order"]["refunds"][0]["transactions"][0]["status"] = "failure"
    assert parse_order(payload).refunded_total == ZERO


@pytest.mark.parametrize(("financial", "fulfillment", "cancelled_at", "closed_at", "word", "lifecycle"), [
    ("pending", None, None, None, "pending", Lifecycle.AWAITING_PAYMENT),
    ("authorized", None, None, None, "authorized", Lifecycle.OPEN),
    ("paid", "partial", None, None, "paid/partial", Lifecycle.OPEN),
    ("paid", "fulfilled", None, None, "paid/fulfilled", Lifecycle.SHIPPED),
    ("paid", "fulfilled", None, "2025-07-03T10:00:00+08:00", "paid/fulfilled", Lifecycle.COMPLETED),
    ("refunded", None, None, None, "refunded", Lifecycle.REFUNDED),
    ("refunded", None, "2025-07-03T10:00:00+08:00", None, "refunded/cancelled", Lifecycle.CANCELLED),
    ("voided", None, "2025-07-03T10:00:00+08:00", None, "voided/cancelled", Lifecycle.CANCELLED),
])
def test_status_words_and_lifecycles(load: Load, financial: str, fulfillment: str | None, cancelled_at: str | None,
                                     closed_at: str | None, word: str, lifecycle: Lifecycle) -> None:
    payload = copy.deepcopy(load("order_get.response.json"))["order"]
    payload.update(financial_status=financial, fulfillment_status=fulfillment, cancelled_at=cancelled_at,
                   closed_at=closed_at)

    order = parse_order(payload)

    assert (order.status, order.lifecycle) == (word, lifecycle)
    assert order.completed_at == (utc(2025, 7, 3, 2, 0, 0) if closed_at else None)


def test_prices_including_tax_are_reduced_to_amounts_without_tax(load: Load) -> None:
    payload = copy.deepcopy(load("order_get.response.json"))["order"]
    payload["taxes_included"] = True
    payload["total_price"] = "587.00"  # the same lines, their 11.94 of tax now inside the prices
    payload["shipping_lines"][0].update(price="10.00", tax_lines=[{"price": "1.60", "rate": 0.19, "title": "VAT"}])
    payload["total_shipping_price_set"]["shop_money"]["amount"] = "10.00"
    payload["total_tax"] = "13.54"
    payload["total_price"] = "597.00"

    order = parse_order(payload)

    green = order.lines[0]
    assert (green.total, green.total_tax) == (Decimal("191.68"), Decimal("3.98"))  # 199 − 3.34 − 3.98
    assert green.subtotal == Decimal("194.95") and green.subtotal_tax == Decimal("4.05")
    assert (order.shipping_total, order.shipping_tax) == (Decimal("8.40"), Decimal("1.60"))
    assert order.prices_include_tax is True
    assert sum((line.total for line in order.lines), ZERO) + order.shipping_total + order.total_tax == order.total
    assert order.discount_tax == sum((line.subtotal_tax - line.total_tax for line in order.lines), ZERO)


@pytest.mark.parametrize(("path", "value", "field", "message"), [
    (("line_items", 1, "price"), "abc", "line_items[1].price", "'abc' is not a number"),
    (("line_items", 0, "quantity"), 0, "line_items[0].quantity", "positive quantity"),
    (("total_price",), ["1"], "total_price", "expected a number, got a list"),
    (("created_at",), "yesterday", "created_at", "'yesterday' is not a date and time"),
    (("refunds", 0, "transactions", 0, "amount"), None, "refunds[0].transactions[0].amount", "is missing"),
    (("line_items", 2, "tax_lines", 0, "price"), {"amount": "1"}, "line_items[2].tax_lines[0].price",
     "expected a number, got an object"),
    (("billing_address",), "Louisville", "billing_address", "expected an object"),
    (("currency",), "", "currency", "is missing"),
])
def test_broken_fields_are_named(load: Load, path: tuple[Any, ...], value: Any, field: str, message: str) -> None:
    payload = copy.deepcopy(load("order_get.response.json"))["order"]
    node = payload
    for step in path[:-1]:
        node = node[step]
    node[path[-1]] = value

    failure = parse_order_safely(payload)

    assert isinstance(failure, OrderParseFailure)
    assert (failure.external_id, failure.field) == ("450789469", field)
    assert message in failure.message
    assert str(failure).startswith("order 450789469: ")


def test_one_broken_order_does_not_hide_the_others(load: Load) -> None:
    good = load("order_get.response.json")["order"]
    orders, failures = parse_orders([good, {"id": 5, "line_items": "x"}, "nonsense", good])

    assert [o.external_id for o in orders] == ["450789469", "450789469"]
    assert [(f.external_id, f.field) for f in failures] == [("5", "line_items"), ("", "(order)")]


# -- fulfillment ---------------------------------------------------------------------------------------


def test_failed_fulfillments_do_not_count_as_shipped(load: Load) -> None:
    fulfillments = load("fulfillments_list_for_order.response.json")["fulfillments"]

    assert shipped_with(fulfillments, "1Z1234512345123456").by_line == {}  # its status is "failure"
    fulfillments[0]["status"] = "success"
    shipped = shipped_with(fulfillments, "1Z1234512345123456")
    assert (shipped.fulfillment_ids, shipped.by_line, shipped.by_variant) == \
        (("255858046",), {"466157049": 1}, {"39072856": 1})
    assert shipped_with(fulfillments, "OTHER").fulfillment_ids == ()


def test_created_fulfillment_sample_is_recognised_as_shipped(load: Load) -> None:
    created = load("fulfillment_create_with_tracking_partial_lines.response.json")["fulfillment"]

    shipped = shipped_with([created], "1Z001985YW99744790")

    assert shipped.fulfillment_ids == ("1069019868",) and shipped.by_line == {"1071823206": 1}


def test_plan_takes_units_from_the_open_fulfillment_order(load: Load) -> None:
    fulfillment_orders = load("fulfillment_orders_for_order.response.json")["fulfillment_orders"]

    groups = plan_fulfillments(fulfillment_orders, {"518995019": 1})

    assert groups == [FulfillmentGroup("24826418", {1046000780: [(1072503277, 1)]})]
    assert plan_fulfillments(fulfillment_orders, None) == \
        [FulfillmentGroup("24826418", {1046000780: [(1072503277, 1)]}, frozenset({1046000780}))]
    assert plan_fulfillments(fulfillment_orders, {}, {"49148385": 1})[0].lines == {1046000780: [(1072503277, 1)]}
    with pytest.raises(CannotShip, match=r"line 518995019: 1 more"):
        plan_fulfillments(fulfillment_orders, {"518995019": 2})
    fulfillment_orders[0]["status"] = "closed"
    assert plan_fulfillments(fulfillment_orders, None) == []


def test_fulfillment_bodies_match_the_documented_requests(load: Load) -> None:
    partial = load("fulfillment_create_with_tracking_partial_lines.request.json")["fulfillment"]
    whole = load("fulfillment_create_with_tracking_url.request.json")["fulfillment"]

    built = fulfillment_body(FulfillmentGroup("1", {1046000811: [(1072503316, 1)]}), "1Z001985YW99744790",
                             "UPS", "", notify_customer=False)["fulfillment"]
    assert built == {key: value for key, value in partial.items() if key != "message"}

    built = fulfillment_body(FulfillmentGroup("1", {1046000816: [(1, 1)]}, frozenset({1046000816})), "MS1562678",
                             "", "https://www.my-shipping-company.com?tracking_number=MS1562678",
                             notify_customer=True)["fulfillment"]
    assert {key: value for key, value in built.items() if key != "notify_customer"} == whole


# -- stock ------------------------------------------------------------------------------------------------


def test_variant_sample_gives_its_inventory_item(load: Load) -> None:
    assert inventory_item_of(load("variant_get.response.json"), "808950810") == "808950810"


def test_inventory_set_body_matches_the_documented_request(load: Load) -> None:
    assert inventory_set_body("655441491", "808950810", 42) == load("inventory_levels_set.request.json")
    answer = load("inventory_levels_set.response.json")["inventory_level"]
    assert (answer["location_id"], answer["inventory_item_id"], answer["available"]) == (655441491, 808950810, 42)


def test_location_choice(load: Load) -> None:
    locations = load("locations_list.response.json")["locations"]

    assert choose_location(locations, "487838322") == "487838322"
    assert choose_location(locations, "24826418") == "655441491"  # a legacy (fulfillment service) location
    assert choose_location(locations, "") == "655441491"
    for location in locations:
        location["active"] = False
    assert choose_location(locations, "487838322") is None


def test_inventory_samples_share_ids_with_the_variant(load: Load) -> None:
    items = {item["id"]: item["sku"] for item in load("inventory_items_list.response.json")["inventory_items"]}
    levels = load("inventory_levels_list.response.json")["inventory_levels"]
    adjusted = load("inventory_levels_adjust.response.json")["inventory_level"]

    assert items[int(inventory_item_of(load("variant_get.response.json"), "808950810"))] == "IPOD2008PINK"
    assert {level["inventory_item_id"] for level in levels} <= set(items)
    assert load("inventory_levels_adjust.request.json")["available_adjustment"] == 5 and adjusted["available"] == 6


# -- errors ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "status", "expected"), [
    ("error_401.json", 401, "[API] Invalid API key or access token (unrecognized login or wrong password) "
                            "Check the Admin API access token"),
    ("error_402.json", 402, "This shop's plan does not have access to this feature The shop is frozen"),
    ("error_404.json", 404, "Not Found"),
    ("error_422.json", 422, "The fulfillment order is not in an open state."),
    ("error_429.json", 429, "Exceeded 2 calls per second for api client."),
    ("error_500.json", 500, "An unexpected error occurred"),
])
def test_error_samples_read_as_messages(load: Load, name: str, status: int, expected: str) -> None:
    assert error_detail(response(status, load(name))).startswith(expected)


def test_errors_by_field_are_spelled_out() -> None:
    detail = error_detail(response(422, {"errors": {"line_items": ["must have at least one line item"]}}))
    assert detail == "line_items: must have at least one line item"
    assert "write_inventory" in error_detail(response(403, {"errors": "[API] This action requires merchant "
                                                                      "approval for write_inventory scope."}))


def test_request_samples_for_calls_omsdesk_does_not_make_are_well_formed(load: Load) -> None:
    """Tracking updates and order edits are not part of omsdesk's pushes; their samples stay readable."""
    assert load("fulfillment_update_tracking.request.json")["fulfillment"]["tracking_info"]["number"]
    assert load("fulfillment_update_tracking.response.json")["fulfillment"]["tracking_number"]
    assert load("order_update_tags.request.json")["order"]["tags"] == "External, Inbound, Outbound"
    assert load("order_update_metafields.request.json")["order"]["metafields"][0]["key"] == "new"
