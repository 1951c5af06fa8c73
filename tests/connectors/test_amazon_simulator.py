"""The simulated Amazon seller: generated data, LWA, SP-API errors, rate limits, paging and pushes."""

from __future__ import annotations

import json
import re
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import pytest
import requests

from connectors.simulator import ChannelSimulator
from connectors.simulator.amazon import AmazonShop, parse_rate_limits
from connectors.simulator.amazon_orders import ITEM_MONEY_KEYS, amount_of
from connectors.simulator.catalogue import CATALOGUE
from tests.helpers import channel_samples

EPOCH = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)
FAST = "*=10000/10000"
ORDER_ID = re.compile(r"^11[1-4]-\d{7}-\d{7}$")


@pytest.fixture
def shop(simulator: ChannelSimulator) -> AmazonShop:
    return simulator.add_shop("amazon", "amazon", seed=8, orders=150, epoch=EPOCH, rate_limits=FAST)


class Client:
    """Talks to a simulated shop the way an SP-API client does, for looking at raw answers."""

    def __init__(self, shop: AmazonShop) -> None:
        self.shop = shop
        self.session = requests.Session()
        self.token = ""

    def login(self, **form: str) -> requests.Response:
        fields = {"grant_type": "refresh_token", "refresh_token": self.shop.refresh_token,
                  "client_id": self.shop.client_id, "client_secret": self.shop.client_secret, **form}
        response = self.session.post(f"{self.shop.url}/auth/o2/token", data=fields, timeout=5)
        if response.status_code == 200:
            self.token = response.json()["access_token"]
        return response

    def call(self, method: str, path: str, body: Any = None, **params: Any) -> requests.Response:
        if not self.token:
            self.login()
        return self.session.request(method, f"{self.shop.url}{path}", params=params, json=body, timeout=5,
                                    headers={"x-amz-access-token": self.token})

    def orders(self, **params: Any) -> requests.Response:
        return self.call("GET", "/orders/v0/orders", MarketplaceIds=self.shop.marketplace_id, **params)

    def all_pages(self, **params: Any) -> list[dict[str, Any]]:
        response = self.orders(**params)
        pages = [response.json()["payload"]]
        while "NextToken" in pages[-1]:
            pages.append(self.orders(**params, NextToken=pages[-1]["NextToken"]).json()["payload"])
        return pages


@pytest.fixture
def client(shop: AmazonShop) -> Client:
    return Client(shop)


def orders_of(shop: AmazonShop) -> list[tuple[dict[str, Any], list[dict[str, Any]]]]:
    return [(shop.store.order(order_id), shop.store.items(order_id)) for order_id in shop.store.ids()]


def error_of(response: requests.Response) -> dict[str, str]:
    (error,) = response.json()["errors"]
    return error


# -- the generated seller -----------------------------------------------------------------------------


def test_the_shop_is_listed_and_reachable(simulator: ChannelSimulator, shop: AmazonShop) -> None:
    assert simulator.describe()["shops"] == [{"kind": "amazon", "slug": "amazon", "url": shop.url}]
    connection = shop.connection()
    assert connection["base_url"] == shop.url and connection["key"].startswith("amzn1.application-oa2-client.")
    assert connection["secrets"] == {"refresh_token": shop.refresh_token} and shop.refresh_token.startswith("Atzr|")
    assert connection["options"]["lwa_url"] == f"{shop.url}/auth/o2/token"
    assert connection["options"]["marketplace_ids"] == "ATVPDKIKX0DER"
    assert re.fullmatch(r"A[A-Z0-9]{13}", connection["options"]["seller_id"])
    assert parse_rate_limits(connection["options"]["rate_limits"])["getOrders"] == (10000, 10000)


def test_same_seed_and_epoch_give_the_same_seller() -> None:
    with ChannelSimulator() as one, ChannelSimulator() as two:
        a = one.add_shop("amazon", seed=5, orders=80, epoch=EPOCH)
        b = two.add_shop("amazon", seed=5, orders=80, epoch=EPOCH)
        c = two.add_shop("amazon", "other", seed=6, orders=80, epoch=EPOCH)

        assert orders_of(a) == orders_of(b) and orders_of(a) != orders_of(c)
        assert (a.client_id, a.client_secret, a.refresh_token, a.seller_id) == (
            b.client_id, b.client_secret, b.refresh_token, b.seller_id)
        assert a.truth() == b.truth()


def test_money_adds_up_on_amazon_com(shop: AmazonShop) -> None:
    prices = {listing.sku: listing.price_cny / 7 for listing in shop.store.listings.values()}
    for order, items in orders_of(shop):
        if "OrderTotal" not in order:
            continue
        total = Decimal(0)
        for item in items:
            money = {name: amount_of(item.get(name)) for name in ITEM_MONEY_KEYS}
            total += money["ItemPrice"] + money["ItemTax"] - money["PromotionDiscount"] \
                - money["PromotionDiscountTax"] + money["ShippingPrice"] + money["ShippingTax"] \
                - money["ShippingDiscount"] - money["ShippingDiscountTax"]
            unit = money["ItemPrice"] / item["QuantityOrdered"]
            expected_unit = prices[item["SellerSKU"]].quantize(Decimal("0.01"), ROUND_HALF_UP)
            assert unit == expected_unit  # ItemPrice is the unit price × quantity
        assert total == Decimal(order["OrderTotal"]["Amount"]), order["AmazonOrderId"]


def test_money_adds_up_with_vat_included(simulator: ChannelSimulator) -> None:
    german = simulator.add_shop("amazon", "de", seed=2, orders=80, epoch=EPOCH, marketplace="DE")
    taxed = 0
    for order, items in orders_of(german):
        if "OrderTotal" not in order:
            continue
        assert order["OrderTotal"]["CurrencyCode"] == "EUR" and order["MarketplaceId"] == "A1PA6795UKMFR9"
        total = sum((amount_of(item.get("ItemPrice")) - amount_of(item.get("PromotionDiscount"))
                     + amount_of(item.get("ShippingPrice")) - amount_of(item.get("ShippingDiscount"))
                     for item in items), Decimal(0))
        assert total == Decimal(order["OrderTotal"]["Amount"])
        for item in items:
            price, tax = amount_of(item["ItemPrice"]), amount_of(item["ItemTax"])
            assert tax in ((price * 19 / 119).quantize(Decimal("0.01")), (price * 7 / 107).quantize(Decimal("0.01")))
            taxed += 1
    assert taxed > 50


def test_orders_look_real(shop: AmazonShop) -> None:
    orders = orders_of(shop)
    statuses = Counter(order["OrderStatus"] for order, _ in orders)
    skus = {listing.sku for listing in shop.store.listings.values()}
    catalogue_skus = {variant.sku for product in CATALOGUE for variant in product.variants if variant.sku}

    assert set(statuses) <= {"Pending", "Unshipped", "PartiallyShipped", "Shipped", "Canceled"}
    assert statuses["Shipped"] > statuses["Unshipped"] > 0 and statuses["Pending"] and statuses["Canceled"]
    assert all(ORDER_ID.match(order["AmazonOrderId"]) for order, _ in orders)
    assert catalogue_skus <= skus
    assert all(item["SellerSKU"] in skus and re.fullmatch(r"B0[A-Z0-9]{8}", item["ASIN"])
               for _, items in orders for item in items)
    addresses = [order["ShippingAddress"] for order, _ in orders if "ShippingAddress" in order]
    assert any(re.fullmatch(r"[\u4e00-\u9fff]{2,4}", a["Name"]) and a["StateOrRegion"].endswith(("省", "市"))
               for a in addresses)
    assert any(re.fullmatch(r"[A-Z][a-z]+ [A-Z][\w']+", a["Name"]) for a in addresses)
    assert all(order["BuyerInfo"]["BuyerEmail"].endswith("@marketplace.amazon.com")
               for order, _ in orders if "BuyerInfo" in order)
    assert any(item.get("PromotionIds") for _, items in orders for item in items)
    assert any(len(items) > 1 for _, items in orders)
    assert {order["FulfillmentChannel"] for order, _ in orders} == {"MFN", "AFN"}


def test_counts_follow_the_items(shop: AmazonShop) -> None:
    for order, items in orders_of(shop):
        shipped = sum(item["QuantityShipped"] for item in items)
        if order["OrderStatus"] in ("Pending", "Canceled"):
            assert (order["NumberOfItemsShipped"], order["NumberOfItemsUnshipped"]) == (0, 0)
        else:
            assert order["NumberOfItemsShipped"] == shipped
            assert order["NumberOfItemsUnshipped"] == sum(item["QuantityOrdered"] for item in items) - shipped
        if order["OrderStatus"] == "Shipped":
            assert all(item["QuantityShipped"] == item["QuantityOrdered"] for item in items)
        if order["OrderStatus"] == "PartiallyShipped":
            assert 0 < shipped < sum(item["QuantityOrdered"] for item in items)


def test_pending_orders_have_no_prices_and_are_held(shop: AmazonShop) -> None:
    pending = [(order, items) for order, items in orders_of(shop) if order["OrderStatus"] == "Pending"]

    assert pending
    for order, items in pending:
        assert not {"OrderTotal", "ShippingAddress", "BuyerInfo"} & set(order)
        assert all(not ITEM_MONEY_KEYS & set(item) for item in items)
        truth = shop.truth()[order["AmazonOrderId"]]
        assert truth.held and truth.total == 0 and truth.status == "Pending"
    assert not any(truth.held for truth in shop.truth().values() if truth.status != "Pending")


def test_dates_span_thirty_days_before_the_epoch(shop: AmazonShop) -> None:
    for order, _ in orders_of(shop):
        purchased = datetime.fromisoformat(order["PurchaseDate"].replace("Z", "+00:00"))
        updated = datetime.fromisoformat(order["LastUpdateDate"].replace("Z", "+00:00"))
        assert EPOCH - timedelta(days=30) <= purchased <= updated <= EPOCH


def test_live_orders_and_changes_use_the_clock() -> None:
    now = datetime(2025, 6, 1, 9, 0, tzinfo=UTC)
    with ChannelSimulator(clock=lambda: now) as clocked:
        shop = clocked.add_shop("amazon", seed=1, orders=20, epoch=EPOCH)
        (new_id,) = shop.store.add_orders(1)
        first, second = shop.store.modify_orders(shop.store.ids()[:2])

        new = shop.store.order(new_id)
        assert new["PurchaseDate"] == new["LastUpdateDate"] == "2025-06-01T09:00:00Z"
        # every change sorts after the one before, even within the same clock second
        stamps = [shop.store.order(order_id)["LastUpdateDate"] for order_id in (first, second)]
        assert stamps == ["2025-06-01T09:00:00.001Z", "2025-06-01T09:00:00.002Z"]
        before = shop.store.count
        for _ in range(5):
            shop.live_tick()
        assert shop.store.count == before + 5


# -- Login with Amazon and authorisation ---------------------------------------------------------------------


def test_token_exchange(client: Client, shop: AmazonShop) -> None:
    response = client.login()

    body = response.json()
    assert response.status_code == 200 and response.headers["Content-Type"] == "application/json;charset=UTF-8"
    assert body["access_token"].startswith("Atza|") and body["token_type"] == "bearer"
    assert (body["expires_in"], body["refresh_token"]) == (3600, shop.refresh_token)


def test_lwa_errors_are_amazons_own() -> None:
    folder = channel_samples("amazon_sp_api")
    invalid_grant = json.loads((folder / "lwa_error_invalid_grant.json").read_text())
    unsupported = json.loads((folder / "lwa_token_error_400.recorded_exchange.json").read_text())["response"]["body"]
    with ChannelSimulator() as sim:
        client = Client(sim.add_shop("amazon", orders=1))

        wrong_token = client.login(refresh_token="Atzr|nope")
        wrong_secret = client.login(client_secret="nope")
        wrong_grant = client.login(grant_type="authorization_code")

        assert (wrong_token.status_code, wrong_token.json()) == (400, invalid_grant)
        assert (wrong_secret.status_code, wrong_secret.json()["error"]) == (401, "invalid_client")
        assert wrong_grant.status_code == 400
        assert {key: wrong_grant.json()[key] for key in ("error", "error_description")} == {
            key: unsupported[key] for key in ("error", "error_description")}


def test_api_calls_need_a_live_access_token(client: Client, shop: AmazonShop) -> None:
    missing = client.session.get(f"{shop.url}/orders/v0/orders", params={"MarketplaceIds": shop.marketplace_id})
    client.login()
    assert client.orders(LastUpdatedAfter="2025-01-01").status_code == 200
    shop.faults.expire_token()
    expired = client.orders(LastUpdatedAfter="2025-01-01")
    client.token = "Atza|made-up"
    made_up = client.orders(LastUpdatedAfter="2025-01-01")

    assert missing.status_code == expired.status_code == made_up.status_code == 403
    assert error_of(missing) == {"code": "Unauthorized", "message": "Access to requested resource is denied."}
    assert error_of(expired)["details"] == "The access token you provided has expired."
    assert error_of(made_up)["details"] == "The access token you provided is revoked, malformed or invalid."


def test_tokens_expire_after_their_lifetime(simulator: ChannelSimulator) -> None:
    short = Client(simulator.add_shop("amazon", "short", orders=3, token_lifetime=0.3))
    assert short.orders(LastUpdatedAfter="2025-01-01").status_code == 200
    time.sleep(0.35)

    assert error_of(short.orders(LastUpdatedAfter="2025-01-01"))["details"] == (
        "The access token you provided has expired.")


# -- rate limits --------------------------------------------------------------------------------------


def test_documented_rate_limits_are_enforced(simulator: ChannelSimulator) -> None:
    quota = json.loads((channel_samples("amazon_sp_api") / "error_429_QuotaExceeded.json").read_text())
    client = Client(simulator.add_shop("amazon", "documented", orders=5))

    answers = [client.orders(LastUpdatedAfter="2025-01-01") for _ in range(21)]

    assert [answer.status_code for answer in answers] == [200] * 20 + [429]
    assert answers[-1].json() == quota
    assert {answer.headers["x-amzn-RateLimit-Limit"] for answer in answers} == {"0.0167"}
    assert all(re.fullmatch(r"[0-9a-f-]{36}", answer.headers["x-amzn-RequestId"]) for answer in answers)


def test_rate_limits_are_per_operation(simulator: ChannelSimulator) -> None:
    shop = simulator.add_shop("amazon", "tight", orders=5, rate_limits="getOrderItems=1/2")
    client = Client(shop)
    order_id = shop.store.ids()[0]

    items = [client.call("GET", f"/orders/v0/orders/{order_id}/orderItems").status_code for _ in range(3)]
    order = client.call("GET", f"/orders/v0/orders/{order_id}")

    assert items == [200, 200, 429] and order.status_code == 200
    assert order.headers["x-amzn-RateLimit-Limit"] == "0.5"


# -- getOrders ---------------------------------------------------------------------------------------------


def test_paging_by_next_token(client: Client, shop: AmazonShop) -> None:
    pages = client.all_pages(LastUpdatedAfter="2000-01-01T00:00:00Z", MaxResultsPerPage=40)

    ids = [order["AmazonOrderId"] for page in pages for order in page["Orders"]]
    assert [len(page["Orders"]) for page in pages] == [40, 40, 40, 30]
    assert sorted(ids) == sorted(shop.store.ids()) and len(set(ids)) == 150
    updated = [order["LastUpdateDate"] for page in pages for order in page["Orders"]]
    assert updated == sorted(updated)


def test_next_token_keeps_the_original_filters(client: Client, shop: AmazonShop) -> None:
    first = client.orders(LastUpdatedAfter="2000-01-01", MaxResultsPerPage=10, OrderStatuses="Shipped").json()
    token = first["payload"]["NextToken"]

    same = client.orders(NextToken=token).json()["payload"]["Orders"]
    ignored = client.orders(NextToken=token, OrderStatuses="Pending", MaxResultsPerPage=2).json()["payload"]["Orders"]

    assert len(same) == 10 and all(order["OrderStatus"] == "Shipped" for order in same)
    assert ignored == same


def test_changed_orders_come_again_on_a_later_page(client: Client, shop: AmazonShop) -> None:
    first = client.orders(LastUpdatedAfter="2000-01-01", MaxResultsPerPage=50).json()["payload"]
    served = [order["AmazonOrderId"] for order in first["Orders"]]
    shop.store.modify_orders(served[:2])

    rest = []
    token = first["NextToken"]
    while token:
        page = client.orders(NextToken=token).json()["payload"]
        rest += [order["AmazonOrderId"] for order in page["Orders"]]
        token = page.get("NextToken")

    assert rest[-2:] == served[:2] and len(rest) == 150 - 50 + 2


def test_created_after_filters_by_purchase_date(client: Client, shop: AmazonShop) -> None:
    cutoff = EPOCH - timedelta(days=3)

    pages = client.all_pages(CreatedAfter=cutoff.isoformat())

    ids = [order["AmazonOrderId"] for page in pages for order in page["Orders"]]
    expected = [order["AmazonOrderId"] for order, _ in orders_of(shop)
                if datetime.fromisoformat(order["PurchaseDate"].replace("Z", "+00:00")) >= cutoff]
    assert ids == expected and ids


@pytest.mark.parametrize(("params", "message"), [
    ({}, "Exactly one of CreatedAfter and LastUpdatedAfter must be specified."),
    ({"CreatedAfter": "2025-01-01", "LastUpdatedAfter": "2025-01-01"}, "Exactly one of CreatedAfter"),
    ({"LastUpdatedAfter": "yesterday"}, "Invalid LastUpdatedAfter: 'yesterday' is not an ISO 8601 date-time."),
    ({"LastUpdatedAfter": "2025-01-01", "LastUpdatedBefore": "2099-01-01"},
     "LastUpdatedBefore must be later than LastUpdatedAfter and at least 2 minutes before the time of the request."),
    ({"LastUpdatedAfter": "2025-01-01", "MaxResultsPerPage": "101"}, "MaxResultsPerPage must be an integer"),
    ({"NextToken": "not-a-token"}, "Invalid NextToken."),
])
def test_invalid_order_queries(client: Client, params: dict[str, str], message: str) -> None:
    response = client.orders(**params)

    assert response.status_code == 400
    assert error_of(response)["code"] == "InvalidInput" and error_of(response)["message"].startswith(message)


def test_marketplace_ids_are_required_and_checked(client: Client, shop: AmazonShop) -> None:
    missing = client.call("GET", "/orders/v0/orders", LastUpdatedAfter="2025-01-01")
    foreign = client.call("GET", "/orders/v0/orders", LastUpdatedAfter="2025-01-01", MarketplaceIds="A1PA6795UKMFR9")

    assert error_of(missing)["message"] == "MarketplaceIds is required and must not be empty."
    assert error_of(foreign)["message"] == "Invalid MarketplaceIds: A1PA6795UKMFR9"


def test_one_order_its_items_address_and_buyer(client: Client, shop: AmazonShop) -> None:
    order_id = next(i for i in shop.store.ids() if shop.store.status(i) == "Unshipped")

    order = client.call("GET", f"/orders/v0/orders/{order_id}").json()["payload"]
    items = client.call("GET", f"/orders/v0/orders/{order_id}/orderItems").json()["payload"]
    address = client.call("GET", f"/orders/v0/orders/{order_id}/address").json()["payload"]
    buyer = client.call("GET", f"/orders/v0/orders/{order_id}/buyerInfo").json()["payload"]
    unknown = client.call("GET", "/orders/v0/orders/111-0000000-0000000")
    malformed = client.call("GET", "/orders/v0/orders/12345/orderItems")

    assert order == shop.store.order(order_id)
    assert items == {"AmazonOrderId": order_id, "OrderItems": shop.store.items(order_id)}
    assert address == {"AmazonOrderId": order_id, "ShippingAddress": order["ShippingAddress"]}
    assert buyer == {"AmazonOrderId": order_id, **order["BuyerInfo"]}
    assert (unknown.status_code, error_of(unknown)["code"]) == (404, "NotFound")
    assert (malformed.status_code, error_of(malformed)["code"]) == (400, "InvalidInput")


def test_items_page_when_asked(simulator: ChannelSimulator) -> None:
    shop = simulator.add_shop("amazon", "paged", seed=8, orders=40, items_page_size=1, rate_limits=FAST)
    client = Client(shop)
    order_id = next(i for i in shop.store.ids() if len(shop.store.items(i)) > 1)

    first = client.call("GET", f"/orders/v0/orders/{order_id}/orderItems").json()["payload"]
    second = client.call("GET", f"/orders/v0/orders/{order_id}/orderItems", NextToken=first["NextToken"]).json()

    assert first["OrderItems"] == shop.store.items(order_id)[:1]
    assert second["payload"]["OrderItems"] == shop.store.items(order_id)[1:2]


# -- faults ----------------------------------------------------------------------------------------------


def test_canned_answers_in_sp_api_format(client: Client, shop: AmazonShop) -> None:
    client.login()
    shop.faults.fail_next(500)
    shop.faults.throttle(retry_after=2)
    shop.faults.garble_next()

    server_error = client.orders(LastUpdatedAfter="2025-01-01")
    throttled = client.orders(LastUpdatedAfter="2025-01-01")
    garbled = client.orders(LastUpdatedAfter="2025-01-01")

    assert (server_error.status_code, error_of(server_error)["code"]) == (500, "InternalFailure")
    assert (throttled.status_code, error_of(throttled)["code"], throttled.headers["Retry-After"]) == (
        429, "QuotaExceeded", "2")
    assert garbled.status_code == 200 and garbled.text.startswith("<html>")


def test_duplicate_and_paging_faults(client: Client, shop: AmazonShop) -> None:
    shop.faults.duplicate_on_pages()
    shop.faults.modify_during_paging(after_page=1, count=2)

    first = client.orders(LastUpdatedAfter="2000-01-01", MaxResultsPerPage=50).json()["payload"]
    second = client.orders(NextToken=first["NextToken"]).json()["payload"]

    first_ids = [order["AmazonOrderId"] for order in first["Orders"]]
    assert second["Orders"][0]["AmazonOrderId"] == first_ids[-1]  # the previous page's last order again
    changed = [shop.store.order(order_id)["LastUpdateDate"] for order_id in first_ids[:2]]
    assert all(stamp > first["Orders"][-1]["LastUpdateDate"] for stamp in changed)


def test_malformed_fields_reach_orders_and_items(client: Client, shop: AmazonShop) -> None:
    order_id = next(i for i in shop.store.ids() if shop.store.status(i) == "Shipped")
    shop.faults.malform_order(order_id, "OrderTotal.Amount", "12,50")  # type: ignore[arg-type]
    shop.faults.malform_order(order_id, "OrderItems[0].ItemPrice", None)  # type: ignore[arg-type]

    order = client.call("GET", f"/orders/v0/orders/{order_id}").json()["payload"]
    items = client.call("GET", f"/orders/v0/orders/{order_id}/orderItems").json()["payload"]["OrderItems"]

    assert order["OrderTotal"]["Amount"] == "12,50" and "OrderItems" not in order
    assert items[0]["ItemPrice"] is None


# -- confirmShipment ---------------------------------------------------------------------------------------


def confirm(client: Client, order_id: str, reference: str = "1", tracking: str = "1Z1", **changes: Any) -> Any:
    """A package of what is left to ship (or of everything, when nothing is)."""
    items = client.shop.store.items(order_id)
    left = [{"orderItemId": item["OrderItemId"], "quantity": item["QuantityOrdered"] - item["QuantityShipped"]}
            for item in items if item["QuantityOrdered"] > item["QuantityShipped"]]
    items = left or [{"orderItemId": item["OrderItemId"], "quantity": item["QuantityOrdered"]} for item in items]
    package = {"packageReferenceId": reference, "carrierCode": "UPS", "trackingNumber": tracking,
               "shipDate": "2025-03-01T10:00:00.000Z", "orderItems": items, **changes}
    body = {"marketplaceId": client.shop.marketplace_id, "packageDetail": package}
    return client.call("POST", f"/orders/v0/orders/{order_id}/shipmentConfirmation", body)


def unshipped_mfn(shop: AmazonShop) -> list[str]:
    return [i for i in shop.store.ids() if shop.store.status(i) == "Unshipped"
            and shop.store.order(i)["FulfillmentChannel"] == "MFN"]


def test_confirm_shipment_ships_and_is_recorded_once(client: Client, shop: AmazonShop) -> None:
    order_id = unshipped_mfn(shop)[0]
    updated_before = shop.store.order(order_id)["LastUpdateDate"]

    first = confirm(client, order_id)
    repeat = confirm(client, order_id)
    correction = confirm(client, order_id, tracking="1Z2")

    assert (first.status_code, first.content) == (204, b"")
    assert repeat.status_code == correction.status_code == 204
    order = shop.store.order(order_id)
    assert order["OrderStatus"] == "Shipped" and order["LastUpdateDate"] > updated_before
    assert order["NumberOfItemsUnshipped"] == 0
    assert [entry.key for entry in shop.pushes.entries("tracking")] == [f"{order_id}/1Z1", f"{order_id}/1Z2"]


def test_partial_then_the_rest(client: Client, shop: AmazonShop) -> None:
    order_id = next(i for i in unshipped_mfn(shop) if len(shop.store.items(i)) > 1)
    first_item = shop.store.items(order_id)[0]

    confirm(client, order_id, "1", "T1", orderItems=[{"orderItemId": first_item["OrderItemId"],
                                                      "quantity": first_item["QuantityOrdered"]}])
    assert shop.store.status(order_id) == "PartiallyShipped"
    confirm(client, order_id, "2", "T2")

    assert shop.store.status(order_id) == "Shipped"
    assert len(shop.pushes.entries("tracking")) == 2


@pytest.mark.parametrize(("changes", "message"), [
    ({"packageReferenceId": "PKG-1"}, "PackageReferenceId: is invalid, must be a positive numeric value."),
    ({"trackingNumber": ""}, "The input you have submitted is not valid. Please check the fields with invalid type "
                             "[packageDetail.trackingNumber]."),
    ({"orderItems": []}, "packageDetail.orderItems must list at least one order item."),
    ({"orderItems": [{"orderItemId": "1", "quantity": 1}]}, "Invalid orderItemId 1 for order"),
])
def test_invalid_shipments_are_refused(client: Client, shop: AmazonShop, changes: dict[str, Any],
                                       message: str) -> None:
    response = confirm(client, unshipped_mfn(shop)[0], **changes)

    assert response.status_code == 400 and error_of(response)["message"].startswith(message)
    assert shop.pushes.entries() == []


def test_shipments_the_order_cannot_take(client: Client, shop: AmazonShop) -> None:
    truth = shop.truth()
    cancelled = next(i for i, t in truth.items() if t.status == "Canceled")
    pending = next(i for i, t in truth.items() if t.status == "Pending")
    afn = next(i for i in shop.store.ids() if shop.store.order(i)["FulfillmentChannel"] == "AFN")
    order_id = unshipped_mfn(shop)[0]
    confirm(client, order_id)

    first_item = shop.store.items(order_id)[0]["OrderItemId"]
    too_much = confirm(client, order_id, "2", "1Z3", orderItems=[{"orderItemId": first_item, "quantity": 1}])

    assert error_of(confirm(client, cancelled))["message"] == f"Order {cancelled} is Canceled and cannot be shipped."
    assert error_of(confirm(client, pending))["message"] == f"Order {pending} is Pending and cannot be shipped."
    assert "fulfilled by Amazon" in error_of(confirm(client, afn))["message"]
    assert error_of(too_much) == {"code": "GeneralError", "message": "Failed to create package due to not finding "
                                  "a matching package or order already fulfilled."}
    wrong_marketplace = client.call("POST", f"/orders/v0/orders/{order_id}/shipmentConfirmation",
                                    {"marketplaceId": "A1PA6795UKMFR9", "packageDetail": {}})
    assert error_of(wrong_marketplace)["code"] == "Invalid Input"  # with a space, as in the documented 400


# -- Listings Items -------------------------------------------------------------------------------------------


def patch_stock(client: Client, sku: str, quantity: Any, **params: str) -> requests.Response:
    body = {"productType": "PRODUCT", "patches": [{"op": "replace", "path": "/attributes/fulfillment_availability",
                                                   "value": [{"fulfillment_channel_code": "DEFAULT",
                                                              "quantity": quantity}]}]}
    return client.call("PATCH", f"/listings/2021-08-01/items/{client.shop.seller_id}/{sku}", body,
                       marketplaceIds=client.shop.marketplace_id, **params)


def test_patch_listings_item_sets_the_quantity(client: Client, shop: AmazonShop) -> None:
    listing = shop.store.listings["TEA-LJ-250"]

    accepted = patch_stock(client, "TEA-LJ-250", 42)
    preview = patch_stock(client, "TEA-LJ-250", 7, mode="VALIDATION_PREVIEW")
    shown = client.call("GET", f"/listings/2021-08-01/items/{shop.seller_id}/TEA-LJ-250",
                        marketplaceIds=shop.marketplace_id, includedData="summaries,fulfillmentAvailability").json()

    assert accepted.json()["status"] == "ACCEPTED" and accepted.json()["sku"] == "TEA-LJ-250"
    assert re.fullmatch(r"[0-9a-f]{32}", accepted.json()["submissionId"]) and accepted.json()["issues"] == []
    assert preview.json()["status"] == "VALID" and listing.quantity == 42
    assert shown["fulfillmentAvailability"] == [{"fulfillmentChannelCode": "DEFAULT", "quantity": 42}]
    assert shown["summaries"][0]["asin"] == listing.asin
    assert [(entry.key, entry.payload["patches"][0]["value"][0]["quantity"]) for entry in shop.pushes.entries()] == [
        (f"{listing.asin}//TEA-LJ-250", 42)]


def test_patch_listings_item_refusals(client: Client, shop: AmazonShop) -> None:
    negative = patch_stock(client, "TEA-LJ-250", -1)
    unknown = patch_stock(client, "NO-SUCH-SKU", 1)
    foreign = client.call("PATCH", "/listings/2021-08-01/items/A0OTHERSELLER/TEA-LJ-250", {},
                          marketplaceIds=shop.marketplace_id)
    no_patches = client.call("PATCH", f"/listings/2021-08-01/items/{shop.seller_id}/TEA-LJ-250",
                             {"productType": "PRODUCT"}, marketplaceIds=shop.marketplace_id)

    assert negative.status_code == 200 and negative.json()["status"] == "INVALID"
    assert negative.json()["issues"][0]["severity"] == "ERROR"
    assert (unknown.status_code, error_of(unknown)["code"]) == (404, "NOT_FOUND")
    assert (foreign.status_code, error_of(foreign)["code"]) == (403, "Unauthorized")
    assert (no_patches.status_code, error_of(no_patches)["code"]) == (400, "BAD_REQUEST")
    assert shop.pushes.entries() == []


def test_unknown_routes(client: Client, shop: AmazonShop) -> None:
    response = client.call("DELETE", "/orders/v0/orders")

    assert (response.status_code, error_of(response)["code"]) == (404, "NotFound")


def test_a_big_seller_stays_quick(simulator: ChannelSimulator) -> None:
    started = time.monotonic()
    big = simulator.add_shop("amazon", "big", seed=1, orders=10_000, rate_limits=FAST)
    generated = time.monotonic() - started
    client = Client(big)
    started = time.monotonic()
    pages = client.all_pages(LastUpdatedAfter="2000-01-01")
    served = time.monotonic() - started

    assert sum(len(page["Orders"]) for page in pages) == 10_000
    print(f"\n10,000 orders: generated in {generated:.2f} s, served in {len(pages)} pages in {served:.2f} s")
    assert served < 10
