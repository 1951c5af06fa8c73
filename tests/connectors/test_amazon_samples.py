"""The Amazon connector against the real SP-API sample payloads and recorded exchanges in ../shared.

Requests go through a transport adapter that answers from the samples, so the
connector's whole path (LWA exchange, headers, paging, parsing, errors) runs on
real payloads without a network.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest
import requests
from requests.adapters import BaseAdapter
from requests.structures import CaseInsensitiveDict

from connectors.amazon import AmazonConnector, parse_order
from connectors.base import (
    AuthError,
    ChannelAddress,
    ConnectorError,
    Lifecycle,
    ShipmentConfirmation,
    ShipmentLine,
    ShopConfig,
    StockLevel,
)
from tests.helpers import channel_samples

Load = Callable[[str], Any]
Answer = tuple[int, Any, dict[str, str]]
Handler = Callable[[requests.PreparedRequest], Answer]

ENDPOINT = "https://sellingpartnerapi-na.amazon.com"
EU_ENDPOINT = "https://sellingpartnerapi-eu.amazon.com"
FAR_FUTURE = "2099-01-01T00:00:00+00:00"


@pytest.fixture
def folder() -> Path:
    return channel_samples("amazon_sp_api")


@pytest.fixture
def load(folder: Path) -> Load:
    def read(name: str) -> Any:
        return json.loads((folder / name).read_text(encoding="utf-8"))

    return read


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


class SampleAdapter(BaseAdapter):
    """A transport that hands each prepared request to ``handler`` and returns its canned answer."""

    def __init__(self, handler: Handler) -> None:
        super().__init__()
        self.handler = handler
        self.sent: list[requests.PreparedRequest] = []

    def send(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:
        self.sent.append(request)
        status, body, headers = self.handler(request)
        response = requests.Response()
        response.status_code = status
        response.reason = {200: "OK", 204: "No Content", 400: "Bad Request", 403: "Forbidden"}.get(status, "")
        response._content = body if isinstance(body, bytes) else json.dumps(body).encode()  # noqa: SLF001
        response.headers = CaseInsensitiveDict({"Content-Type": "application/json", **headers})
        response.url = request.url or ""
        response.request = request
        return response

    def close(self) -> None:
        pass


def recorded_headers(exchange: dict[str, Any]) -> dict[str, str]:
    return {name: values[0] for name, values in exchange["response"]["headers"].items()}


def connector_on(handler: Handler, *, endpoint: str = ENDPOINT, marketplaces: str = "ATVPDKIKX0DER",
                 seller_id: str = "A34PPN1ZLYCOGT", token: str | None = "Atza|stored",
                 saved: dict[str, str] | None = None,
                 sleep: Callable[[float], None] = lambda _: None) -> tuple[AmazonConnector, SampleAdapter]:
    """A connector whose every request (SP-API and LWA) is answered by ``handler``."""
    adapter = SampleAdapter(handler)
    session = requests.Session()
    session.mount("https://", adapter)
    secrets = {"refresh_token": "Atzr|refresh"}
    if token:
        secrets |= {"access_token": token, "access_token_expires_at": FAR_FUTURE}
    config = ShopConfig(endpoint, "amzn1.application-oa2-client.id", "amzn1.oa2-cs.v1.secret",
                        {"marketplace_ids": marketplaces, "seller_id": seller_id}, max_retries=1,
                        secrets=secrets, save_credentials=None if saved is None else saved.update)
    return AmazonConnector(config, session=session, sleep=sleep), adapter


def query_of(request: requests.PreparedRequest) -> dict[str, str]:
    return dict(parse_qsl(urlsplit(request.url or "").query, keep_blank_values=True))


# -- every sample is accounted for ------------------------------------------------------------------

USED_BY = {
    "error_403_Unauthorized.json": "test_403_unauthorized_names_the_likely_causes",
    "error_429_QuotaExceeded.json": "test_quota_exceeded_is_retried_after_draining_the_bucket",
    "feeds_createFeed.request.json": "not used: stock goes through patchListingsItem, not the Feeds API",
    "feeds_createFeedDocument.request.json": "not used: stock goes through patchListingsItem",
    "feeds_createFeedDocument_201.json": "not used: stock goes through patchListingsItem",
    "feeds_createFeed_202.json": "not used: stock goes through patchListingsItem",
    "feeds_createFeed_400.json": "test_error_bodies_with_odd_codes_are_read",
    "feeds_getFeed_200.json": "not used: stock goes through patchListingsItem",
    "listings_feed_JSON_LISTINGS_FEED.example.json": "test_stock_patch_is_the_official_patch_message",
    "listings_feed_processing_report.example.json": "not used: no feed is submitted",
    "listings_patchListingsItem.recorded_exchange.json": "test_stock_push_follows_the_recorded_exchange",
    "listings_patchListingsItem_200_ACCEPTED.json": "test_stock_push_results",
    "listings_patchListingsItem_400.json": "test_stock_push_results",
    "lwa_error_invalid_grant.json": "test_invalid_grant_is_an_auth_error_with_advice",
    "lwa_token_error_400.recorded_exchange.json": "test_unsupported_grant_type_is_not_blamed_on_the_seller",
    "lwa_token_refresh.recorded_exchange.json": "test_token_exchange_follows_the_recorded_exchange",
    "orders_v0_confirmShipment.request.json": "test_shipment_body_matches_the_documented_request",
    "orders_v0_confirmShipment_400.json": "test_refused_shipment_is_a_final_push_result",
    "orders_v0_getOrderAddress_200.json": "test_order_address_and_buyer_info",
    "orders_v0_getOrderBuyerInfo_200.json": "test_order_address_and_buyer_info",
    "orders_v0_getOrderItemsBuyerInfo_200.json": "not used: gift messages need a Restricted Data Token",
    "orders_v0_getOrderItems_200.json": "test_order_902_1845936_maps_every_field",
    "orders_v0_getOrderItems_400_InvalidInput.json": "test_refused_items_become_one_parse_failure",
    "orders_v0_getOrder_200.json": "test_order_902_1845936_maps_every_field",
    "orders_v0_getOrder_200_IBA.json": "test_iba_order_on_amazon_de",
    "orders_v0_getOrders_200.json": "test_orders_page_samples_parse",
    "orders_v0_getOrders_200_page2_by_NextToken.json": "test_paging_by_next_token_holds_pending_orders",
    "orders_v0_getOrders_200_with_NextToken.json": "test_paging_by_next_token_holds_pending_orders",
    "orders_v0_getOrders_400_InvalidInput.json": "test_invalid_input_names_code_and_url",
    "orders_v0_getOrders_sandbox.recorded_exchange.json": "test_sandbox_exchange_rate_header_is_followed",
    "orders_v0_updateShipmentStatus_400.json": "test_error_bodies_with_odd_codes_are_read",
}


def test_every_sample_is_used_or_explained(folder: Path) -> None:
    names = sorted(path.name for path in folder.glob("*.json"))

    assert names == sorted(USED_BY)
    for name in names:
        json.loads((folder / name).read_text(encoding="utf-8"))  # every sample is JSON


# -- orders ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["orders_v0_getOrders_200.json", "orders_v0_getOrders_200_with_NextToken.json",
                                  "orders_v0_getOrders_200_page2_by_NextToken.json"])
def test_orders_page_samples_parse(load: Load, name: str) -> None:
    for raw in load(name)["payload"]["Orders"]:
        order = parse_order(raw, [])

        assert order.external_id == raw["AmazonOrderId"] and order.status == raw["OrderStatus"]
        assert order.created_at.tzinfo is UTC and order.updated_at >= order.created_at
        assert isinstance(order.total, Decimal) and order.currency == "USD"


def test_order_902_1845936_maps_every_field(load: Load) -> None:
    raw_order = load("orders_v0_getOrder_200.json")["payload"]
    items_payload = load("orders_v0_getOrderItems_200.json")["payload"]
    assert items_payload["AmazonOrderId"] == raw_order["AmazonOrderId"]

    order = parse_order(raw_order, items_payload["OrderItems"])

    assert (order.external_id, order.number) == ("902-1845936-5435065", "902-1845936-5435065")
    assert (order.status, order.lifecycle, order.currency) == ("Unshipped", Lifecycle.OPEN, "USD")
    assert order.created_at == utc(1970, 1, 19, 3, 58, 30)
    assert order.updated_at == utc(1970, 1, 19, 3, 58, 32)
    assert order.total == Decimal("11.01")
    assert (order.total_tax, order.shipping_total, order.shipping_tax) == (Decimal("1.01"), 0, 0)
    assert (order.discount_total, order.discount_tax, order.fee_total) == (0, 0, 0)
    assert order.prices_include_tax is False
    assert order.payment_method == "Standard"
    assert order.buyer_remark == "Buyer asked to cancel: Found cheaper somewhere else."
    assert order.shipping_address == ChannelAddress()  # needs a Restricted Data Token
    assert order.coupon_codes == ()
    (line,) = order.lines
    assert (line.external_id, line.channel_sku, line.channel_item_id) == (
        "05015851154158", "NABetaASINB00551Q3CS", "B00551Q3CS")
    assert line.title == "B00551Q3CS [Card Book]"
    assert (line.quantity, line.unit_price) == (Decimal("1"), Decimal("10.0000"))
    assert (line.subtotal, line.subtotal_tax, line.total, line.total_tax) == (
        Decimal("10.00"), Decimal("1.01"), Decimal("10.00"), Decimal("1.01"))
    assert line.attributes == (("Buyer requested cancellation", "Found cheaper somewhere else."),)  # IsGift "false"
    assert order.total == line.total + order.shipping_total + order.total_tax
    assert order.raw["OrderItems"][0]["IsGift"] == "false"


def test_order_address_and_buyer_info(load: Load) -> None:
    raw_order = load("orders_v0_getOrder_200.json")["payload"]
    address = load("orders_v0_getOrderAddress_200.json")["payload"]
    buyer = load("orders_v0_getOrderBuyerInfo_200.json")["payload"]
    items = load("orders_v0_getOrderItems_200.json")["payload"]["OrderItems"]

    order = parse_order({**raw_order, "ShippingAddress": address["ShippingAddress"],
                         "BuyerInfo": {key: value for key, value in buyer.items() if key != "AmazonOrderId"}}, items)

    assert order.shipping_address == ChannelAddress(
        name="MFNIntegrationTestMerchant", line1="2201 WESTLAKE AVE", city="SEATTLE", state="WA",
        postcode="98121-2778", country="US", phone="+1 480-386-0930 ext. 73824")
    assert (order.buyer_name, order.buyer_email) == ("MFNIntegrationTestMerchant", "fzyrv6gwkhbb15c@example.com")
    assert order.buyer_phone == "+1 480-386-0930 ext. 73824"


def test_iba_order_on_amazon_de(load: Load) -> None:
    order = parse_order(load("orders_v0_getOrder_200_IBA.json")["payload"], [])

    assert (order.status, order.lifecycle) == ("Shipped", Lifecycle.SHIPPED)
    assert (order.currency, order.total) == ("EUR", Decimal("100.00"))
    assert order.prices_include_tax is True  # Amazon.de prices include VAT
    assert order.created_at == datetime(2019, 5, 7, 15, 42, 57, 58000, tzinfo=UTC)
    assert order.payment_method == "Invoice"


def test_pending_sample_has_no_price_and_would_not_be_imported(load: Load) -> None:
    pending = load("orders_v0_getOrders_200_with_NextToken.json")["payload"]["Orders"][0]

    order = parse_order(pending, [])

    assert "OrderTotal" not in pending
    assert (order.lifecycle, order.total) == (Lifecycle.AWAITING_PAYMENT, Decimal("0"))
    assert order.payment_method == "CreditCard, GiftCertificate"


def test_paging_by_next_token_holds_pending_orders(load: Load) -> None:
    first = load("orders_v0_getOrders_200_with_NextToken.json")
    second = load("orders_v0_getOrders_200_page2_by_NextToken.json")

    def answer(request: requests.PreparedRequest) -> Answer:
        return 200, second if "NextToken" in query_of(request) else first, {}

    connector, adapter = connector_on(answer)
    pages = list(connector.iter_order_pages(utc(2017, 1, 1)))

    assert [(page.page, page.orders, page.failures) for page in pages] == [(1, (), ()), (2, (), ())]
    assert connector.held_orders == ["902-3159896-1390916", "902-3159896-1390916"]
    first_query, second_query = (query_of(request) for request in adapter.sent)
    assert first_query == {"MarketplaceIds": "ATVPDKIKX0DER", "LastUpdatedAfter": "2017-01-01T00:00:00Z",
                           "MaxResultsPerPage": "100"}
    assert second_query == {**first_query, "NextToken": "2YgYW55IGNhcm5hbCBwbGVhc3VyZS4"}
    assert all(request.headers["x-amz-access-token"] == "Atza|stored" for request in adapter.sent)


def test_a_page_of_samples_gets_items_per_order(load: Load) -> None:
    page = load("orders_v0_getOrders_200.json")
    items = load("orders_v0_getOrderItems_200.json")

    def answer(request: requests.PreparedRequest) -> Answer:
        path = urlsplit(request.url or "").path
        return (200, items, {}) if path.endswith("/orderItems") else (200, page, {})

    connector, adapter = connector_on(answer)
    (only_page,) = connector.iter_order_pages(None)

    assert [order.external_id for order in only_page.orders] == ["902-1845936-5435065", "902-8745147-1934268"]
    assert [urlsplit(r.url or "").path for r in adapter.sent] == [
        "/orders/v0/orders", "/orders/v0/orders/902-1845936-5435065/orderItems",
        "/orders/v0/orders/902-8745147-1934268/orderItems"]
    assert only_page.orders[0].lines[0].channel_sku == "NABetaASINB00551Q3CS"


def test_refused_items_become_one_parse_failure(load: Load) -> None:
    page = load("orders_v0_getOrders_200.json")
    refused = load("orders_v0_getOrderItems_400_InvalidInput.json")
    items = load("orders_v0_getOrderItems_200.json")

    def answer(request: requests.PreparedRequest) -> Answer:
        path = urlsplit(request.url or "").path
        if path.endswith("902-1845936-5435065/orderItems"):
            return 400, refused, {}
        return (200, items, {}) if path.endswith("/orderItems") else (200, page, {})

    connector, _ = connector_on(answer)
    (only_page,) = connector.iter_order_pages(None)

    (failure,) = only_page.failures
    assert (failure.external_id, failure.field) == ("902-1845936-5435065", "OrderItems")
    assert "Invalid Input [InvalidInput]" in failure.message
    assert [order.external_id for order in only_page.orders] == ["902-8745147-1934268"]


# -- Login with Amazon ------------------------------------------------------------------------------


def test_token_exchange_follows_the_recorded_exchange(load: Load) -> None:
    exchange = load("lwa_token_refresh.recorded_exchange.json")
    saved: dict[str, str] = {}

    def answer(request: requests.PreparedRequest) -> Answer:
        if request.url == "https://api.amazon.com/auth/o2/token":
            return 200, exchange["response"]["body"], recorded_headers(exchange)
        return 200, {"payload": {"Orders": []}}, {}

    connector, adapter = connector_on(answer, token=None, saved=saved)
    connector.test_connection()

    token_request, orders_request = adapter.sent
    recorded_fields = [key for key, _ in parse_qsl(exchange["request"]["body"])]
    sent_fields = dict(parse_qsl(token_request.body))  # type: ignore[arg-type]
    assert (token_request.method, token_request.url) == ("POST", exchange["request"]["uri"])
    assert token_request.headers["Content-Type"].startswith(exchange["request"]["headers"]["Content-Type"][0])
    assert sorted(sent_fields) == sorted(recorded_fields)
    assert sent_fields["grant_type"] == "refresh_token" and sent_fields["refresh_token"] == "Atzr|refresh"
    assert orders_request.headers["x-amz-access-token"] == "FILTERED"  # the recorded (filtered) token
    assert saved["access_token"] == "FILTERED"
    expires_at = datetime.fromisoformat(saved["access_token_expires_at"])
    assert 3590 < (expires_at - datetime.now(UTC)).total_seconds() <= 3600  # expires_in 3600
    assert saved["refresh_token"] == "FILTERED"  # LWA answered another refresh token: it is kept


def test_invalid_grant_is_an_auth_error_with_advice(load: Load) -> None:
    body = load("lwa_error_invalid_grant.json")
    connector, adapter = connector_on(lambda request: (400, body, {}), token=None)

    with pytest.raises(AuthError) as caught:
        connector.test_connection()

    message = str(caught.value)
    assert "Amazon login (LWA) at https://api.amazon.com/auth/o2/token" in message
    assert "invalid grant parameter : refresh_token" in message and "[invalid_grant]" in message
    assert "authorise the app again in Seller Central" in message
    assert len(adapter.sent) == 1  # not retried


def test_unsupported_grant_type_is_not_blamed_on_the_seller(load: Load) -> None:
    exchange = load("lwa_token_error_400.recorded_exchange.json")
    connector, _ = connector_on(lambda request: (400, exchange["response"]["body"], recorded_headers(exchange)),
                                token=None)

    with pytest.raises(ConnectorError) as caught:
        connector.test_connection()

    assert not isinstance(caught.value, AuthError)
    assert "grant type is not supported by the authorization server [unsupported_grant_type]" in str(caught.value)


# -- errors ------------------------------------------------------------------------------------------


def test_403_unauthorized_names_the_likely_causes(load: Load) -> None:
    body = load("error_403_Unauthorized.json")

    def answer(request: requests.PreparedRequest) -> Answer:
        if request.url == "https://api.amazon.com/auth/o2/token":
            return 200, {"access_token": "Atza|fresh", "token_type": "bearer", "expires_in": 3600}, {}
        return 403, body, {}

    connector, adapter = connector_on(answer)

    with pytest.raises(AuthError) as caught:
        connector.test_connection()

    message = str(caught.value)
    assert f"Amazon at {ENDPOINT}/orders/v0/orders refused the credentials (HTTP 403)" in message
    assert "Access to requested resource is denied. [Unauthorized]" in message
    assert "sellingpartnerapi-na, -eu or -fe" in message
    # the stored token got one fresh replacement before giving up
    assert [urlsplit(r.url or "").path for r in adapter.sent] == ["/orders/v0/orders", "/auth/o2/token",
                                                                   "/orders/v0/orders"]


def test_quota_exceeded_is_retried_after_draining_the_bucket(load: Load) -> None:
    body = load("error_429_QuotaExceeded.json")
    answers = iter([(429, body, {"x-amzn-RateLimit-Limit": "0.0167"}), (200, {"payload": {"Orders": []}}, {})])
    waits: list[float] = []
    connector, adapter = connector_on(lambda request: next(answers), sleep=waits.append)  # the pacing wait too

    connector.test_connection()

    assert len(adapter.sent) == 2
    assert waits[-1] == pytest.approx(1 / 0.0167, rel=0.01)  # the bucket was emptied: wait one interval


def test_invalid_input_names_code_and_url(load: Load) -> None:
    connector, _ = connector_on(lambda request: (400, load("orders_v0_getOrders_400_InvalidInput.json"), {}))

    with pytest.raises(ConnectorError) as caught:
        list(connector.iter_order_pages(None))

    assert str(caught.value) == (f"Amazon at {ENDPOINT}/orders/v0/orders rejected the request "
                                 "(HTTP 400 Bad Request): Invalid Input [InvalidInput]")


@pytest.mark.parametrize(("name", "expected"), [
    ("feeds_createFeed_400.json", "Invalid input [400] Invalid input"),
    ("orders_v0_updateShipmentStatus_400.json", "Marketplace ID is not defined [InvalidInput] 1001"),
])
def test_error_bodies_with_odd_codes_are_read(load: Load, name: str, expected: str) -> None:
    connector, _ = connector_on(lambda request: (400, load(name), {}))

    with pytest.raises(ConnectorError, match=expected.replace("[", r"\[").replace("]", r"\]")):
        connector.test_connection()


def test_sandbox_exchange_rate_header_is_followed(load: Load) -> None:
    exchange = load("orders_v0_getOrders_sandbox.recorded_exchange.json")
    connector, adapter = connector_on(lambda request: (200, exchange["response"]["body"], recorded_headers(exchange)),
                                      endpoint="https://sandbox.sellingpartnerapi-eu.amazon.com")
    assert connector.pacer.limit("getOrders") == (0.0167, 20)

    pages = list(connector.iter_order_pages(None))

    assert connector.pacer.limit("getOrders") == (5.0, 20)  # X-Amzn-Ratelimit-Limit: 5.0
    assert [order.external_id for order in pages[0].orders] == ["902-1845936-5435065", "902-8745147-1934268"]
    assert adapter.sent[0].headers["x-amz-access-token"] and "x-amz-date" in adapter.sent[0].headers


# -- pushes ------------------------------------------------------------------------------------------


def test_shipment_body_matches_the_documented_request(load: Load) -> None:
    documented = load("orders_v0_confirmShipment.request.json")
    connector, adapter = connector_on(lambda request: (204, b"", {}))
    shipment = ShipmentConfirmation(
        order_external_id="902-1106328-1059050", package_id="1", carrier_code="FedEx", carrier_name="FedEx",
        tracking_number="112345678", shipped_at=utc(2022, 2, 11, 1),
        lines=(ShipmentLine("79039765272157", Decimal("1")),))

    result = connector.confirm_shipment(shipment)

    assert (result.accepted, result.key, result.channel_reference) == (True, "1", "1")
    (request,) = adapter.sent
    assert (request.method, urlsplit(request.url or "").path) == (
        "POST", "/orders/v0/orders/902-1106328-1059050/shipmentConfirmation")
    sent = json.loads(request.body)  # type: ignore[arg-type]
    expected_package = {key: value for key, value in documented["packageDetail"].items()
                        if key not in ("shippingMethod", "shipFromSupplySourceId")}
    expected_package["orderItems"] = [{"orderItemId": "79039765272157", "quantity": 1}]
    assert sent == {"marketplaceId": documented["marketplaceId"], "packageDetail": expected_package}


def test_refused_shipment_is_a_final_push_result(load: Load) -> None:
    connector, adapter = connector_on(lambda request: (400, load("orders_v0_confirmShipment_400.json"), {}))
    shipment = ShipmentConfirmation("902-1106328-1059050", "PKG-7", "FedEx", "112345678", utc(2022, 2, 11),
                                    lines=(ShipmentLine("79039765272157", Decimal("1")),))

    result = connector.confirm_shipment(shipment)

    assert (result.accepted, result.retryable) == (False, False)
    assert result.message == ("Amazon refused the shipment of order 902-1106328-1059050 (package PKG-7, tracking "
                              "112345678, HTTP 400): Invalid Input [Invalid Input].")
    assert len(adapter.sent) == 1


def test_stock_push_follows_the_recorded_exchange(load: Load) -> None:
    exchange = load("listings_patchListingsItem.recorded_exchange.json")
    connector, adapter = connector_on(lambda request: (200, exchange["response"]["body"], recorded_headers(exchange)),
                                      endpoint=EU_ENDPOINT, marketplaces="A1F83G8C2ARO7P")

    (result,) = connector.push_stock([StockLevel(12, channel_sku="SKU123")])

    assert (result.accepted, result.key, result.channel_reference) == (
        True, "//SKU123", "7afea06c396945a09266774570f3caf4")
    (request,) = adapter.sent
    recorded = urlsplit(exchange["request"]["uri"])
    sent = urlsplit(request.url or "")
    assert (request.method, sent.path) == ("PATCH", recorded.path)
    assert query_of(request)["marketplaceIds"] == dict(parse_qsl(recorded.query))["marketplaceIds"]
    assert json.loads(request.body)["productType"] == json.loads(exchange["request"]["body"])["productType"]  # type: ignore[arg-type]


def test_stock_patch_is_the_official_patch_message(load: Load) -> None:
    official = next(message for message in load("listings_feed_JSON_LISTINGS_FEED.example.json")["messages"]
                    if message.get("operationType") == "PATCH" and message["patches"][0]["op"] == "replace")
    connector, adapter = connector_on(lambda request: (200, {"status": "ACCEPTED", "issues": []}, {}))

    connector.push_stock([StockLevel(10, channel_sku=official["sku"])])

    assert json.loads(adapter.sent[0].body)["patches"] == official["patches"]  # type: ignore[arg-type]


def test_stock_push_results(load: Load) -> None:
    accepted = load("listings_patchListingsItem_200_ACCEPTED.json")
    bad_request = load("listings_patchListingsItem_400.json")

    def answer(request: requests.PreparedRequest) -> Answer:
        return (400, bad_request, {}) if "BROKEN" in (request.url or "") else (200, accepted, {})

    connector, adapter = connector_on(answer)
    first, second = connector.push_stock([StockLevel(3, channel_sku="GM-ZDPI-9B4E", channel_item_id="B0X"),
                                          StockLevel(4, channel_sku="BROKEN SKU/1")])

    assert (first.accepted, first.key, first.channel_reference) == (
        True, "B0X//GM-ZDPI-9B4E", "f1dc2914-75dd-11ea-bc55-0242ac130003")
    assert (second.accepted, second.retryable) == (False, False)
    assert second.message == ("Amazon refused the stock of SKU BROKEN SKU/1 (HTTP 400): Invalid input "
                              "[BAD_REQUEST].")
    assert urlsplit(adapter.sent[1].url or "").path.endswith("/items/A34PPN1ZLYCOGT/BROKEN%20SKU%2F1")
