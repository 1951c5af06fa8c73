"""The simulated Shopify shop: its data, its paging and limits, its faults, fulfillment and stock."""

from __future__ import annotations

import json
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import requests

from connectors.simulator import ChannelSimulator
from connectors.simulator.shopify import ShopifyShop
from connectors.simulator.shopify_orders import LISTINGS, ORDER_ID_BASE
from tests.helpers import channel_samples

ZERO = Decimal("0")


class Api:
    """A bare HTTP client for one simulated shop (what the connector would send)."""

    def __init__(self, shop: ShopifyShop, token: str | None = None) -> None:
        self.shop = shop
        self.headers = {"X-Shopify-Access-Token": shop.access_token if token is None else token}

    def url(self, route: str) -> str:
        return f"{self.shop.url}/admin/api/2025-07/{route}.json"

    def get(self, route: str, **params: Any) -> requests.Response:
        return requests.get(self.url(route), params=params, headers=self.headers, timeout=5)

    def post(self, route: str, body: Any) -> requests.Response:
        return requests.post(self.url(route), json=body, headers=self.headers, timeout=5)


@pytest.fixture
def shop(simulator: ChannelSimulator) -> ShopifyShop:
    return simulator.add_shop("shopify", "store", seed=5, orders=150, leak_per_second=1000)


@pytest.fixture
def api(shop: ShopifyShop) -> Api:
    return Api(shop)


def without_domain(order: dict[str, Any]) -> dict[str, Any]:
    """An order minus the one field that names the shop's domain (its slug)."""
    return {key: value for key, value in order.items() if key != "order_status_url"}


def all_orders(shop: ShopifyShop) -> list[dict[str, Any]]:
    return shop.store.orders(shop.store.ids())


def amount(value: str) -> Decimal:
    return Decimal(value)


def shop_money(order: dict[str, Any], key: str) -> Decimal:
    return Decimal(order[key]["shop_money"]["amount"])


# -- the data ----------------------------------------------------------------------------------------


def test_same_seed_same_shop_other_seed_other_shop(simulator: ChannelSimulator) -> None:
    first = simulator.add_shop("shopify", "a", seed=9, orders=40)
    again = simulator.add_shop("shopify", "b", seed=9, orders=40)
    other = simulator.add_shop("shopify", "c", seed=10, orders=40)

    assert first.truth() == again.truth()
    assert without_domain(first.store.order(first.store.ids()[7])) == \
        without_domain(again.store.order(again.store.ids()[7]))
    assert first.truth() != other.truth()


def test_orders_are_built_lazily_and_identically(simulator: ChannelSimulator) -> None:
    shop = simulator.add_shop("shopify", "lazy", seed=21, orders=300)
    other = simulator.add_shop("shopify", "eager", seed=21, orders=300)
    ids = shop.store.ids()

    late = shop.store.order(ids[250])  # built before any other order of its shop
    all_orders(other)

    assert without_domain(late) == without_domain(other.store.order(ids[250]))


def test_money_adds_up_on_every_order(shop: ShopifyShop) -> None:
    for order in all_orders(shop):
        lines = order["line_items"]
        gross = sum((amount(line["price"]) * line["quantity"] for line in lines), ZERO)
        discounts = sum((amount(a["amount"]) for line in lines for a in line["discount_allocations"]), ZERO)
        taxes = [amount(t["price"]) for line in [*lines, *order["shipping_lines"]] for t in line["tax_lines"]]
        shipping = shop_money(order, "total_shipping_price_set")
        assert amount(order["total_line_items_price"]) == gross
        assert amount(order["total_discounts"]) == discounts
        assert amount(order["subtotal_price"]) == gross - discounts
        assert amount(order["total_tax"]) == sum(taxes, ZERO) == sum((amount(t["price"]) for t in order["tax_lines"]),
                                                                    ZERO)
        assert amount(order["total_price"]) == gross - discounts + shipping + amount(order["total_tax"])
        refunded = sum((amount(t["amount"]) for r in order["refunds"] for t in r["transactions"]), ZERO)
        assert amount(order["current_total_price"]) == amount(order["total_price"]) - refunded
        assert order["financial_status"] != "refunded" or refunded == amount(order["total_price"])
        for code in order["discount_codes"]:
            assert amount(code["amount"]) == discounts


def test_prices_including_tax(simulator: ChannelSimulator) -> None:
    shop = simulator.add_shop("shopify", "eu", seed=5, orders=80, currency="EUR", taxes_included=True)

    taxed = 0
    for order in all_orders(shop):
        subtotal, tax = amount(order["subtotal_price"]), amount(order["total_tax"])
        assert order["taxes_included"] is True and order["currency"] == "EUR"
        assert amount(order["total_price"]) == subtotal + shop_money(order, "total_shipping_price_set")
        taxed += tax > 0
    assert taxed > 20


def test_the_shop_looks_like_a_real_one(shop: ShopifyShop) -> None:
    orders = all_orders(shop)
    words = Counter(word for word in (t.status for t in shop.truth().values()))

    assert {"paid", "paid/fulfilled", "paid/partial", "pending", "authorized", "refunded/cancelled",
            "voided/cancelled", "partially_refunded/fulfilled"} <= set(words)
    assert any("\u4e00" <= ch <= "\u9fff" for o in orders for ch in o["shipping_address"]["last_name"])
    assert any(o["shipping_address"]["country_code"] in ("US", "GB", "DE") for o in orders)
    assert all(o["created_at"].endswith("+08:00") for o in orders)  # shop time zone Asia/Shanghai
    assert all(o["id"] > 2 ** 31 and o["line_items"][0]["id"] > 2 ** 31 for o in orders)
    skus = {line["sku"] for o in orders for line in o["line_items"]}
    assert skus & {listing.sku for listing in LISTINGS if listing.sku}
    assert any(len(o["line_items"]) >= 3 for o in orders) and any(o["refunds"] for o in orders)
    refund_items = [item for o in orders for r in o["refunds"] for item in r["refund_line_items"]]
    assert refund_items and all(isinstance(item["subtotal"], float) for item in refund_items)


def test_payload_fields_follow_the_samples(shop: ShopifyShop) -> None:
    folder: Path = channel_samples("shopify")
    sample = json.loads((folder / "order_get.response.json").read_text())["order"]
    order = next(o for o in all_orders(shop) if o["refunds"] and o["fulfillments"] and o["discount_codes"])

    def keys(value: dict[str, Any]) -> set[str]:
        return set(value)

    assert keys(order) <= keys(sample) and len(keys(order)) >= 70
    assert list(order)[:2] == ["id", "admin_graphql_api_id"]
    assert keys(order["line_items"][0]) <= keys(sample["line_items"][0])
    assert keys(order["shipping_lines"][0]) <= keys(sample["shipping_lines"][0])
    assert keys(order["shipping_address"]) == keys(sample["shipping_address"])
    assert keys(order["fulfillments"][0]) <= keys(sample["fulfillments"][0])
    assert keys(order["refunds"][0]["refund_line_items"][0]) <= keys(sample["refunds"][0]["refund_line_items"][0])


def test_a_100000_order_shop_starts_fast_and_serves_pages(simulator: ChannelSimulator) -> None:
    started = time.monotonic()
    shop = simulator.add_shop("shopify", "big", seed=1, orders=100_000, leak_per_second=1000)
    created = time.monotonic() - started
    api = Api(shop)

    started = time.monotonic()
    first = api.get("orders", status="any", limit=250, order="updated_at asc")
    count = api.get("orders/count", status="any").json()["count"]
    served = time.monotonic() - started

    assert count == 100_000 and len(first.json()["orders"]) == 250
    assert created < 15 and served < 3, (created, served)


# -- auth, limits and errors ---------------------------------------------------------------------------


def test_bad_token_gets_shopifys_401(shop: ShopifyShop) -> None:
    sample = json.loads((channel_samples("shopify") / "error_401.json").read_text())

    answer = Api(shop, token="shpat_wrong").get("orders")

    assert answer.status_code == 401 and answer.json() == sample
    assert Api(shop, token="").get("shop").status_code == 401


def test_missing_scope_is_a_403(shop: ShopifyShop, api: Api) -> None:
    shop.scopes.discard("read_orders")

    answer = api.get("orders")

    assert answer.status_code == 403
    assert answer.json() == {"errors": "[API] This action requires merchant approval for read_orders scope."}
    assert api.get("shop").status_code == 200


def test_client_credentials_grant_and_expiry(shop: ShopifyShop, api: Api) -> None:
    grant = requests.post(f"{shop.url}/admin/oauth/access_token", timeout=5, json={
        "client_id": shop.client_id, "client_secret": shop.client_secret, "grant_type": "client_credentials"})
    token = grant.json()["access_token"]

    assert grant.status_code == 200 and grant.json()["expires_in"] == 86399
    assert Api(shop, token).get("shop").status_code == 200
    shop.faults.expire_token()
    assert Api(shop, token).get("shop").status_code == 401
    assert api.get("shop").status_code == 200  # the custom app's token does not expire
    refused = requests.post(f"{shop.url}/admin/oauth/access_token", timeout=5, data={
        "client_id": shop.client_id, "client_secret": "wrong", "grant_type": "client_credentials"})
    assert refused.status_code == 401 and refused.json()["error"] == "invalid_client"


def test_leaky_bucket(simulator: ChannelSimulator) -> None:
    now = [1000.0]
    shop = simulator.add_shop("shopify", "slow", seed=5, orders=5, bucket_size=4, leak_per_second=2,
                              monotonic=lambda: now[0])
    api = Api(shop)

    limits = [api.get("shop").headers["X-Shopify-Shop-Api-Call-Limit"] for _ in range(4)]
    refused = api.get("shop")
    now[0] += 1.0
    after_a_second = api.get("shop")

    assert limits == ["1/4", "2/4", "3/4", "4/4"]
    assert refused.status_code == 429 and refused.headers["Retry-After"] == "0.500"
    assert refused.json() == {"errors": "Exceeded 2 calls per second for api client. Reduce request rates to "
                                        "resume uninterrupted service."}
    assert after_a_second.status_code == 200
    assert after_a_second.headers["X-Shopify-Shop-Api-Call-Limit"] == "3/4"


@pytest.mark.parametrize(("status", "errors"), [(500, "An unexpected error occurred"), (503, "Service Unavailable"),
                                                (404, "Not Found")])
def test_canned_errors_in_shopifys_format(shop: ShopifyShop, api: Api, status: int, errors: str) -> None:
    shop.faults.fail_next(status=status)

    answer = api.get("shop")

    assert (answer.status_code, answer.json()) == (status, {"errors": errors})
    assert api.get("shop").status_code == 200


def test_throttle_and_garble_faults(shop: ShopifyShop, api: Api) -> None:
    shop.faults.throttle(retry_after=2)
    shop.faults.garble_next()

    throttled, garbled = api.get("shop"), api.get("shop")

    assert throttled.status_code == 429 and throttled.headers["Retry-After"] == "2.0"
    assert throttled.headers["X-Shopify-Shop-Api-Call-Limit"] == "40/40"
    assert garbled.status_code == 200
    with pytest.raises(ValueError):
        garbled.json()


def test_unknown_routes_and_shops(simulator: ChannelSimulator, shop: ShopifyShop, api: Api) -> None:
    assert api.get("products/1/metafields").status_code == 404
    assert api.get("orders/1").json() == {"errors": "Not Found"}
    assert requests.get(f"{shop.url}/collections/all", timeout=5).status_code == 404


# -- orders and paging ------------------------------------------------------------------------------


def page_through(api: Api, **first: Any) -> tuple[list[int], list[requests.Response]]:
    answers = [api.get("orders", **first)]
    while "next" in answers[-1].links:
        page_info = answers[-1].links["next"]["url"].split("page_info=")[1]
        answers.append(api.get("orders", limit=first.get("limit", 50), page_info=page_info))
    return [order["id"] for answer in answers for order in answer.json()["orders"]], answers


def test_cursor_paging_by_updated_at(shop: ShopifyShop, api: Api) -> None:
    ids, answers = page_through(api, status="any", limit=40, order="updated_at asc")

    assert sorted(ids) == sorted(shop.store.ids()) and len(ids) == 150
    updated = [datetime.fromisoformat(o["updated_at"]) for a in answers for o in a.json()["orders"]]
    assert updated == sorted(updated)
    assert [len(a.json()["orders"]) for a in answers] == [40, 40, 40, 30]
    assert 'rel="previous"' not in answers[0].headers["Link"] and 'rel="previous"' in answers[1].headers["Link"]
    assert "Link" not in answers[-1].headers or 'rel="next"' not in answers[-1].headers["Link"]
    back = answers[2].links["previous"]["url"].split("page_info=")[1]
    assert [o["id"] for o in api.get("orders", limit=40, page_info=back).json()["orders"]] == ids[40:80]


def test_page_info_refuses_other_filters_and_page_is_refused(api: Api) -> None:
    first = api.get("orders", status="any", limit=10)
    page_info = first.links["next"]["url"].split("page_info=")[1]

    with_filter = api.get("orders", limit=10, page_info=page_info, status="any")
    with_page = api.get("orders", page=2)
    garbage = api.get("orders", page_info="not-a-cursor")

    assert with_filter.status_code == 400
    assert with_filter.json() == {"errors": {"status": "status cannot be passed when page_info is present."}}
    assert with_page.status_code == 400 and "page cannot be passed" in with_page.json()["errors"]["page"]
    assert garbage.status_code == 400 and garbage.json() == {"errors": {"page_info": "Invalid value."}}


def test_status_filter_defaults_to_open(shop: ShopifyShop, api: Api) -> None:
    orders = all_orders(shop)
    open_orders = [o["id"] for o in orders if not o["cancelled_at"] and not o["closed_at"]]

    ids, _ = page_through(api, limit=250)

    assert sorted(ids) == sorted(open_orders) and len(ids) < len(orders)
    assert api.get("orders/count").json()["count"] == len(open_orders)
    cancelled = api.get("orders/count", status="cancelled").json()["count"]
    assert cancelled == sum(1 for o in orders if o["cancelled_at"]) > 0


def test_updated_at_min_is_inclusive_and_read_with_its_offset(shop: ShopifyShop, api: Api) -> None:
    orders = sorted(all_orders(shop), key=lambda o: datetime.fromisoformat(o["updated_at"]))
    pivot = orders[100]["updated_at"]  # "+08:00" local time
    expected = {o["id"] for o in orders if datetime.fromisoformat(o["updated_at"]) >= datetime.fromisoformat(pivot)}
    in_utc = datetime.fromisoformat(pivot).astimezone(UTC).isoformat()

    ids, _ = page_through(api, status="any", updated_at_min=in_utc, limit=250)

    assert set(ids) == expected and orders[100]["id"] in ids


def test_duplicate_and_modify_while_paging_faults(shop: ShopifyShop, api: Api) -> None:
    shop.faults.duplicate_on_pages(1)
    shop.faults.modify_during_paging(after_page=1, count=3)

    ids, answers = page_through(api, status="any", limit=50, order="updated_at asc")

    first_page = [o["id"] for o in answers[0].json()["orders"]]
    assert ids.count(first_page[-1]) == 2  # repeated at the top of page 2
    assert all(ids.count(order_id) == 2 for order_id in first_page[:3])  # changed, so served again at the end
    assert set(ids) == set(shop.store.ids())


def test_malformed_order_is_served_broken(shop: ShopifyShop, api: Api) -> None:
    broken = shop.store.ids()[3]
    shop.faults.malform_order(broken, "line_items[0].price", "abc")

    listed = next(o for o in api.get("orders", status="any", limit=250).json()["orders"] if o["id"] == broken)

    assert listed["line_items"][0]["price"] == "abc"
    assert api.get(f"orders/{broken}").json()["order"]["line_items"][0]["price"] == "abc"


def test_live_traffic_adds_orders_at_the_clock(simulator: ChannelSimulator) -> None:
    moments = iter([datetime(2026, 1, 1, tzinfo=UTC) + timedelta(minutes=n) for n in range(1000)])
    simulator.clock = lambda: next(moments)
    shop = simulator.add_shop("shopify", "live", seed=5, orders=20)
    before = set(shop.store.ids())

    for _ in range(30):
        shop.live_tick()

    new = [order for order in all_orders(shop) if order["id"] not in before]
    assert len(new) == 30 and min(o["id"] for o in new) > max(before)
    assert all(o["created_at"].startswith("2026-01-01T") and o["created_at"].endswith("+08:00") for o in new)
    assert [o["name"] for o in new] == [f"#{1021 + n}" for n in range(30)]
    assert {o["financial_status"] for o in new} <= {"pending", "authorized", "paid", "voided", "refunded",
                                                    "partially_refunded"}


def test_changed_orders_move_on_and_are_dated_now(simulator: ChannelSimulator) -> None:
    simulator.clock = lambda: datetime(2026, 2, 1, 12, 0, tzinfo=UTC)
    shop = simulator.add_shop("shopify", "changes", seed=5, orders=60)
    before = {order["id"]: order for order in all_orders(shop)}

    changed = shop.store.modify_orders(count=25)

    for order_id in changed:
        after = shop.store.order(order_id)
        assert after["updated_at"] == "2026-02-01T20:00:00+08:00"
        assert without_domain(after) != without_domain(before[order_id])
    kinds = Counter(status_word_change(before[i], shop.store.order(i)) for i in changed)
    assert kinds["status"] >= 5 and kinds["status"] + kinds["other"] == 25


def status_word_change(before: dict[str, Any], after: dict[str, Any]) -> str:
    fields = ("financial_status", "fulfillment_status", "cancelled_at")
    return "status" if any(before[f] != after[f] for f in fields) else "other"


# -- fulfillment ------------------------------------------------------------------------------------------


def open_order(shop: ShopifyShop, lines: int = 2) -> dict[str, Any]:
    return next(o for o in all_orders(shop) if o["financial_status"] == "paid" and not o["fulfillment_status"]
                and len(o["line_items"]) >= lines and not o["cancelled_at"])


def test_partial_then_full_fulfillment(shop: ShopifyShop, api: Api) -> None:
    order = open_order(shop)
    fo = api.get(f"orders/{order['id']}/fulfillment_orders").json()["fulfillment_orders"][0]
    first_item = fo["line_items"][0]

    partial = api.post("fulfillments", {"fulfillment": {
        "tracking_info": {"number": "SF1234567890123", "company": "SF Express"}, "notify_customer": False,
        "line_items_by_fulfillment_order": [{"fulfillment_order_id": fo["id"], "fulfillment_order_line_items": [
            {"id": first_item["id"], "quantity": 1}]}]}})
    after_partial = api.get(f"orders/{order['id']}/fulfillment_orders").json()["fulfillment_orders"][0]
    rest = api.post("fulfillments", {"fulfillment": {"tracking_info": {"number": "SF999"},
                                                     "line_items_by_fulfillment_order": [{"fulfillment_order_id":
                                                                                          fo["id"]}]}})
    again = api.post("fulfillments", {"fulfillment": {"line_items_by_fulfillment_order": [
        {"fulfillment_order_id": fo["id"]}]}})

    assert partial.status_code == 201
    created = partial.json()["fulfillment"]
    assert created["tracking_url"].endswith("SF1234567890123") and created["status"] == "success"
    assert created["line_items"][0]["quantity"] == 1
    assert after_partial["status"] == "in_progress"
    assert after_partial["line_items"][0]["fulfillable_quantity"] == first_item["fulfillable_quantity"] - 1
    assert rest.status_code == 201
    assert shop.store.order(order["id"])["fulfillment_status"] == "fulfilled"
    assert again.status_code == 422
    assert again.json() == json.loads((channel_samples("shopify") / "error_422.json").read_text())
    assert [p.key for p in shop.pushes.entries("tracking")] == [f"{order['id']}/SF1234567890123",
                                                                  f"{order['id']}/SF999"]


def test_fulfillment_refusals(shop: ShopifyShop, api: Api) -> None:
    order = open_order(shop)
    fo = api.get(f"orders/{order['id']}/fulfillment_orders").json()["fulfillment_orders"][0]
    item = fo["line_items"][0]

    def ship(units: int, item_id: int = item["id"], fo_id: int = fo["id"]) -> requests.Response:
        return api.post("fulfillments", {"fulfillment": {"line_items_by_fulfillment_order": [
            {"fulfillment_order_id": fo_id, "fulfillment_order_line_items": [{"id": item_id, "quantity": units}]}]}})

    assert ship(item["fulfillable_quantity"] + 1).json() == \
        {"errors": ["Invalid fulfillment order line item quantity requested."]}
    assert ship(1, item_id=1).json() == {"errors": ["Invalid fulfillment order line item id."]}
    assert ship(1, fo_id=ORDER_ID_BASE).status_code == 422
    assert api.post("fulfillments", {"fulfillment": {}}).status_code == 400
    assert shop.pushes.entries() == []
    cancelled = next(o for o in all_orders(shop) if o["cancelled_at"] and not o["fulfillments"])
    assert api.get(f"orders/{cancelled['id']}/fulfillment_orders").json()["fulfillment_orders"][0]["status"] == \
        "cancelled"


def test_fulfillment_order_shape_follows_the_sample(shop: ShopifyShop, api: Api) -> None:
    sample = json.loads((channel_samples("shopify") / "fulfillment_orders_for_order.response.json").read_text())
    ours = api.get(f"orders/{open_order(shop)['id']}/fulfillment_orders").json()["fulfillment_orders"][0]

    assert set(ours) == set(sample["fulfillment_orders"][0])
    assert set(ours["line_items"][0]) == set(sample["fulfillment_orders"][0]["line_items"][0])


# -- stock ------------------------------------------------------------------------------------------------


def test_variants_locations_and_levels(shop: ShopifyShop, api: Api) -> None:
    folder = channel_samples("shopify")
    listing = next(x for x in LISTINGS if x.sku and x.variant_title)
    variant = api.get(f"variants/{listing.variant_id}").json()["variant"]
    locations = api.get("locations").json()["locations"]

    assert set(variant) == set(json.loads((folder / "variant_get.response.json").read_text())["variant"])
    assert (variant["sku"], variant["inventory_item_id"]) == (listing.sku, listing.inventory_item_id)
    assert set(locations[0]) == set(json.loads((folder / "locations_list.response.json").read_text())["locations"][0])
    assert api.get("shop").json()["shop"]["primary_location_id"] == 71_500_000_001

    answer = api.post("inventory_levels/set", {"location_id": 71_500_000_001,
                                               "inventory_item_id": listing.inventory_item_id, "available": 42})

    assert answer.status_code == 200 and answer.json()["inventory_level"]["available"] == 42
    levels = api.get("inventory_levels", inventory_item_ids=str(listing.inventory_item_id)).json()["inventory_levels"]
    assert {level["location_id"]: level["available"] for level in levels}[71_500_000_001] == 42
    assert api.get(f"variants/{listing.variant_id}").json()["variant"]["inventory_quantity"] == \
        sum(level["available"] for level in levels)
    assert [p.key for p in shop.pushes.entries("stock")] == \
        [f"{listing.product_id}/{listing.variant_id}/{listing.sku}"]


@pytest.mark.parametrize(("item", "location", "message"), [
    ("gift card", 71_500_000_001, "Inventory item does not have inventory tracking enabled"),
    ("tracked", 71_500_000_004, "Location is not active"),
    ("tracked", 71_500_000_003, "Inventory at a fulfillment service location is managed by the fulfillment service"),
    ("tracked", 1, "Location does not exist"),
    ("unknown", 71_500_000_001, "Inventory item does not exist"),
])
def test_stock_refusals(shop: ShopifyShop, api: Api, item: str, location: int, message: str) -> None:
    item_ids = {"gift card": next(x for x in LISTINGS if x.gift_card).inventory_item_id,
                "tracked": LISTINGS[0].inventory_item_id, "unknown": 5}

    answer = api.post("inventory_levels/set", {"location_id": location, "inventory_item_id": item_ids[item],
                                               "available": 1})

    assert (answer.status_code, answer.json()) == (422, {"errors": [message]})
    assert shop.pushes.entries() == []
