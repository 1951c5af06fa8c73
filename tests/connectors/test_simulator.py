"""The channel simulator: reproducible, realistic data and WooCommerce-like HTTP behaviour."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
import requests

from connectors.simulator import REMOVE, ChannelSimulator, WooCommerceShop
from connectors.simulator.catalogue import CATALOGUE
from connectors.simulator.server import default_epoch
from tests.helpers import REPO_ROOT

EPOCH = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)
CHINESE_MOBILE = re.compile(r"^(\+86 )?1[3-9]\d( ?\d{4}){2}$")


def orders_of(shop: WooCommerceShop) -> list[dict[str, Any]]:
    return shop.store.orders(shop.store.ids())


def without_links(order: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in order.items() if key != "_links"}


def get(shop: WooCommerceShop, route: str, **params: Any) -> requests.Response:
    return requests.get(f"{shop.url}/wp-json/wc/v3/{route}", params=params,
                        auth=(shop.key, shop.secret), timeout=5)


# -- the service --------------------------------------------------------------------------------


def test_index_lists_the_shops(simulator: ChannelSimulator) -> None:
    simulator.add_woocommerce_shop(slug="webshop", orders=3)
    simulator.add_woocommerce_shop(slug="outlet", orders=2, seed=8)

    body = requests.get(simulator.base_url + "/", timeout=5).json()

    assert body == {"service": "omsdesk-channel-simulator", "shops": [
        {"kind": "woocommerce", "slug": "webshop", "url": f"{simulator.base_url}/webshop"},
        {"kind": "woocommerce", "slug": "outlet", "url": f"{simulator.base_url}/outlet"},
    ]}
    with pytest.raises(ValueError, match="already exists"):
        simulator.add_woocommerce_shop(slug="outlet", orders=1)


def test_shops_are_separate(simulator: ChannelSimulator) -> None:
    first = simulator.add_woocommerce_shop(slug="a", seed=1, orders=5)
    second = simulator.add_woocommerce_shop(slug="b", seed=2, orders=7)

    assert get(first, "orders").headers["X-WP-Total"] == "5"
    assert get(second, "orders").headers["X-WP-Total"] == "7"
    assert first.key != second.key
    assert len(first.requests) == 1 and len(second.requests) == 1


# -- generated data --------------------------------------------------------------------------------


def test_same_seed_and_epoch_give_identical_orders() -> None:
    with ChannelSimulator() as one, ChannelSimulator() as two:
        a = one.add_woocommerce_shop(seed=5, orders=60, epoch=EPOCH)
        b = two.add_woocommerce_shop(seed=5, orders=60, epoch=EPOCH)
        c = two.add_woocommerce_shop(slug="other", seed=6, orders=60, epoch=EPOCH)

        dump = [json.dumps(without_links(o), ensure_ascii=False) for o in orders_of(a)]
        assert dump == [json.dumps(without_links(o), ensure_ascii=False) for o in orders_of(b)]
        assert dump != [json.dumps(without_links(o), ensure_ascii=False) for o in orders_of(c)]
        assert (a.key, a.secret) == (b.key, b.secret)


GENERATE_AND_HASH = """
import hashlib, json
from datetime import datetime, timedelta, timezone
from connectors.simulator import WooCommerceStore
store = WooCommerceStore(seed=5, orders=40, epoch=datetime(2025, 3, 1, 12, tzinfo=timezone.utc), currency="CNY",
                         utc_offset=timedelta(hours=8), clock=lambda: None)
print(hashlib.sha256(json.dumps(store.orders(store.ids())).encode()).hexdigest())
"""


def test_generation_is_identical_across_processes() -> None:
    digests = set()
    for hash_seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        result = subprocess.run([sys.executable, "-c", GENERATE_AND_HASH], cwd=REPO_ROOT, env=env,
                                capture_output=True, text=True, timeout=60, check=True)
        digests.add(result.stdout.strip())
    assert len(digests) == 1


def test_default_epoch_comes_from_the_seed(simulator: ChannelSimulator) -> None:
    shop = simulator.add_woocommerce_shop(seed=3, orders=30)

    newest = max(o["date_modified_gmt"] for o in orders_of(shop))
    assert shop.store.epoch == default_epoch(3)
    assert newest <= default_epoch(3).strftime("%Y-%m-%dT%H:%M:%S")


def assert_money_adds_up(order: dict[str, Any]) -> None:
    lines, fees = order["line_items"], order["fee_lines"]
    line_total = sum(Decimal(line["total"]) for line in lines)
    line_tax = sum(Decimal(line["total_tax"]) for line in lines)
    fee_total = sum(Decimal(fee["total"]) for fee in fees)
    fee_tax = sum(Decimal(fee["total_tax"]) for fee in fees)
    total_tax = line_tax + Decimal(order["shipping_tax"]) + fee_tax
    where = f"order {order['id']}"

    assert Decimal(order["total_tax"]) == total_tax, where
    assert Decimal(order["total"]) == line_total + Decimal(order["shipping_total"]) + fee_total + total_tax, where
    assert Decimal(order["discount_total"]) == sum(Decimal(li["subtotal"]) - Decimal(li["total"]) for li in lines)
    assert Decimal(order["cart_tax"]) == line_tax + fee_tax, where
    assert sum(Decimal(t["tax_total"]) + Decimal(t["shipping_tax_total"]) for t in order["tax_lines"]) == total_tax
    for line in lines:
        assert Decimal(line["total"]) <= Decimal(line["subtotal"]), where
        assert abs(Decimal(str(line["price"])) * line["quantity"] - Decimal(line["total"])) < Decimal("0.01"), where
    refunded = -sum(Decimal(refund["total"]) for refund in order["refunds"])
    assert Decimal("0") <= refunded <= Decimal(order["total"]), where
    if order["status"] == "refunded":
        assert refunded == Decimal(order["total"]), where
    for field in ("total", "total_tax", "discount_total", "shipping_total", "shipping_tax"):
        assert re.fullmatch(r"\d+\.\d\d", order[field]), (where, field)


def test_money_adds_up_in_every_order(simulator: ChannelSimulator) -> None:
    shop = simulator.add_woocommerce_shop(seed=21, orders=400, epoch=EPOCH)
    shop.store.add_orders(20)
    shop.store.modify_orders(count=150)

    for order in orders_of(shop):
        assert_money_adds_up(order)


def test_generated_orders_look_real(simulator: ChannelSimulator) -> None:
    orders = orders_of(simulator.add_woocommerce_shop(seed=9, orders=400, epoch=EPOCH))
    chinese = [o for o in orders if o["billing"]["country"] == "CN"]
    lines = [line for o in orders for line in o["line_items"]]

    assert 0.6 <= len(chinese) / len(orders) <= 0.8
    assert {o["billing"]["country"] for o in orders} == {"CN", "US", "GB", "DE"}
    for order in chinese:
        billing = order["billing"]
        assert re.fullmatch(r"[\u4e00-\u9fff]{1,2}", billing["last_name"]), billing
        assert CHINESE_MOBILE.match(billing["phone"]) and re.fullmatch(r"\d{6}", billing["postcode"])
        assert billing["city"].endswith("市") and re.fullmatch(r"CN\d+", billing["state"])
    assert Counter(o["status"] for o in orders).keys() == {
        "pending", "processing", "on-hold", "completed", "cancelled", "refunded"}
    assert {len(o["line_items"]) for o in orders} == {1, 2, 3, 4, 5}
    assert any(line["sku"] == "" for line in lines)
    assert all(re.fullmatch(r"([A-Z0-9]+-)*[A-Z0-9]+", line["sku"]) for line in lines if line["sku"])
    assert any(line["variation_id"] and line["meta_data"][0]["key"] == "pa_color" for line in lines)
    assert any(o["coupon_lines"] and o["discount_total"] != "0.00" for o in orders)
    assert any(o["fee_lines"] for o in orders)
    assert any(o["shipping_lines"][0]["method_id"].startswith("free_shipping") for o in orders)
    assert any(0 < -sum(Decimal(r["total"]) for r in o["refunds"]) < Decimal(o["total"]) for o in orders)
    assert any(re.search(r"[\u4e00-\u9fff]", o["customer_note"]) for o in orders)
    assert {o["prices_include_tax"] for o in orders} == {False}


def test_skus_and_variation_ids_are_stable_across_seeds(simulator: ChannelSimulator) -> None:
    seen: dict[str, set[tuple[int, int]]] = {}
    for seed in (4, 5):
        for order in orders_of(simulator.add_woocommerce_shop(slug=f"s{seed}", seed=seed, orders=200)):
            for line in order["line_items"]:
                if line["sku"]:
                    seen.setdefault(line["sku"], set()).add((line["product_id"], line["variation_id"]))

    assert all(len(ids) == 1 for ids in seen.values())
    crew = {sku for sku in seen if sku.startswith("TS-CREW-")}
    assert crew and all(re.fullmatch(r"TS-CREW-(BLK|WHT|NVY|RED|GRY)-(S|M|L|XL)", sku) for sku in crew)
    assert len(CATALOGUE) == 60
    crew_variants = {v.sku: v.variation_id for v in CATALOGUE[0].variants}
    assert crew_variants["TS-CREW-BLK-M"] == 10102 and len(crew_variants) == 20


def test_dates_span_thirty_days_before_the_epoch(simulator: ChannelSimulator) -> None:
    orders = orders_of(simulator.add_woocommerce_shop(seed=2, orders=200, epoch=EPOCH))
    created = [datetime.fromisoformat(o["date_created_gmt"]).replace(tzinfo=UTC) for o in orders]

    assert EPOCH - timedelta(days=30) <= min(created) < EPOCH - timedelta(days=25)
    assert EPOCH - timedelta(days=2) < max(created) <= EPOCH
    assert created == sorted(created)
    for order in orders:
        assert order["date_created_gmt"] <= order["date_modified_gmt"] <= "2025-03-01T12:00:00"
        local = datetime.fromisoformat(order["date_created"]) - datetime.fromisoformat(order["date_created_gmt"])
        assert local == timedelta(hours=8)
        assert (order["date_paid_gmt"] is None) == (order["status"] in ("pending", "on-hold", "cancelled"))


def test_added_and_modified_orders_use_the_simulator_clock() -> None:
    now = datetime(2025, 6, 1, 8, 30, tzinfo=UTC)
    with ChannelSimulator(clock=lambda: now) as simulator:
        shop = simulator.add_woocommerce_shop(seed=2, orders=10, epoch=EPOCH)
        old_ids = shop.store.ids()

        new_ids = shop.store.add_orders(2)
        changed = shop.store.modify_orders(ids=old_ids[:3])

        assert min(new_ids) > max(old_ids) and shop.store.count == 12
        for order_id in new_ids:
            order = shop.store.order(order_id)
            assert order["date_created_gmt"] == order["date_modified_gmt"] == "2025-06-01T08:30:00"
        assert changed == old_ids[:3]
        assert all(shop.store.order(i)["date_modified_gmt"] == "2025-06-01T08:30:00" for i in changed)


def test_live_arrivals(simulator: ChannelSimulator) -> None:
    shop = simulator.add_woocommerce_shop(seed=2, orders=5)
    simulator.start_live(arrival_seconds=0.02)

    deadline = time.monotonic() + 5
    while shop.store.count < 8 and time.monotonic() < deadline:
        time.sleep(0.01)
    simulator.stop()

    assert shop.store.count >= 8


# -- HTTP behaviour --------------------------------------------------------------------------------


def links(response: requests.Response) -> dict[str, int]:
    found = {}
    for rel, link in response.links.items():
        page = re.search(r"[?&]page=(\d+)", link["url"])
        found[rel] = int(page.group(1)) if page else 0
    return found


def test_paging_headers_on_first_middle_last_and_beyond(simulator: ChannelSimulator) -> None:
    shop = simulator.add_woocommerce_shop(seed=2, orders=25)
    pages = {page: get(shop, "orders", per_page=10, page=page, orderby="date", order="asc") for page in (1, 2, 3, 4)}

    for page, response in pages.items():
        assert response.headers["X-WP-Total"] == "25" and response.headers["X-WP-TotalPages"] == "3", page
    assert [len(pages[p].json()) for p in (1, 2, 3, 4)] == [10, 10, 5, 0]
    assert links(pages[1]) == {"next": 2, "https://api.w.org/": 0}
    assert links(pages[2]) == {"prev": 1, "next": 3, "https://api.w.org/": 0}
    assert links(pages[3]) == {"prev": 2, "https://api.w.org/": 0}
    assert links(pages[4]) == {"prev": 3, "https://api.w.org/": 0}
    next_url = pages[1].links["next"]["url"]
    assert next_url.startswith(f"{shop.url}/wp-json/wc/v3/orders?per_page=10&page=2&orderby=date&order=asc")
    ids = [o["id"] for p in (1, 2, 3) for o in pages[p].json()]
    assert ids == shop.store.ids()


def test_list_filters_and_sorting(simulator: ChannelSimulator) -> None:
    shop = simulator.add_woocommerce_shop(seed=2, orders=40, epoch=EPOCH)
    orders = orders_of(shop)
    cut = sorted(o["date_modified_gmt"] for o in orders)[20]

    newest_first = get(shop, "orders", per_page=100).json()
    by_status = get(shop, "orders", per_page=100, status="completed,refunded").json()
    after_gmt = get(shop, "orders", per_page=100, modified_after=cut, dates_are_gmt="true").json()
    local_cut = (datetime.fromisoformat(cut) + timedelta(hours=8)).isoformat()
    after_local = get(shop, "orders", per_page=100, modified_after=local_cut).json()

    assert [o["id"] for o in newest_first] == shop.store.ids()[::-1]  # default: orderby=date&order=desc
    assert {o["status"] for o in by_status} <= {"completed", "refunded"}
    assert len(by_status) == sum(o["status"] in ("completed", "refunded") for o in orders)
    assert {o["id"] for o in after_gmt} == {o["id"] for o in orders if o["date_modified_gmt"] > cut}
    assert [o["id"] for o in after_local] == [o["id"] for o in after_gmt]


@pytest.mark.parametrize("per_page", [0, 101, "x"])
def test_invalid_per_page_is_rejected(simulator: ChannelSimulator, per_page: Any) -> None:
    shop = simulator.add_woocommerce_shop(orders=3)

    response = get(shop, "orders", per_page=per_page)

    assert response.status_code == 400
    assert response.json()["code"] == "rest_invalid_param"
    assert response.json()["message"] == "Invalid parameter(s): per_page"


def test_single_order_and_unknown_id(simulator: ChannelSimulator) -> None:
    shop = simulator.add_woocommerce_shop(orders=3)
    order_id = shop.store.ids()[1]

    assert get(shop, f"orders/{order_id}").json() == shop.store.order(order_id)
    missing = get(shop, "orders/1")
    assert missing.status_code == 404 and missing.json()["code"] == "woocommerce_rest_shop_order_invalid_id"


def test_body_is_encoded_like_wordpress(simulator: ChannelSimulator) -> None:
    shop = simulator.add_woocommerce_shop(orders=3)

    raw = get(shop, "orders").content

    assert b'http:\\/\\/127.0.0.1' in raw and raw.isascii()


def test_error_bodies(simulator: ChannelSimulator) -> None:
    shop = simulator.add_woocommerce_shop(orders=3)
    base = f"{shop.url}/wp-json/wc/v3"

    missing = requests.get(f"{base}/orders", timeout=5)
    wrong = requests.get(f"{base}/orders", auth=("ck_nope", "cs_nope"), timeout=5)
    wrong_secret = requests.get(f"{base}/orders", auth=(shop.key, "cs_nope"), timeout=5)
    no_route = requests.get(f"{base}/nothing-here", auth=(shop.key, shop.secret), timeout=5)
    oauth_wrong_key = requests.get(f"{base}/orders", params={"oauth_consumer_key": "ck_nope", "oauth_nonce": "n",
                                                             "oauth_timestamp": "1", "oauth_signature": "s",
                                                             "oauth_signature_method": "HMAC-SHA256"}, timeout=5)

    assert (missing.status_code, missing.json()["code"]) == (401, "woocommerce_rest_cannot_view")
    assert missing.json()["message"] == "Sorry, you cannot list resources."
    assert wrong.status_code == 401 and wrong.json()["code"] == "woocommerce_rest_cannot_view"
    assert wrong_secret.json() == {"code": "woocommerce_rest_authentication_error",
                                   "message": "Consumer secret is invalid.", "data": {"status": 401}}
    assert oauth_wrong_key.json() == {"code": "woocommerce_rest_authentication_error",
                                      "message": "Consumer key is invalid.", "data": {"status": 401}}
    assert no_route.status_code == 404 and no_route.json()["code"] == "rest_no_route"
    assert requests.get(f"{shop.url}/shop/", timeout=5).status_code == 404


def oauth_request(shop: WooCommerceShop, *, timestamp: int, nonce: str) -> requests.Response:
    from connectors.woocommerce import oauth1_sign

    url = f"{shop.url}/wp-json/wc/v3/orders"
    params = oauth1_sign("GET", url, [("per_page", "1")], shop.key, shop.secret, timestamp=timestamp, nonce=nonce,
                         signature_method="HMAC-SHA1")
    return requests.get(url, params=params, timeout=5)


def test_oauth_timestamp_window_and_nonce_reuse(simulator: ChannelSimulator) -> None:
    shop = simulator.add_woocommerce_shop(orders=3)
    now = int(time.time())

    assert oauth_request(shop, timestamp=now, nonce="a" * 32).status_code == 200  # HMAC-SHA1 works too
    reused = oauth_request(shop, timestamp=now, nonce="a" * 32)
    stale = oauth_request(shop, timestamp=now - 16 * 60, nonce="b" * 32)

    assert reused.json()["message"] == "Invalid nonce - nonce has already been used."
    assert stale.json()["message"] == "Invalid timestamp."


# -- faults ------------------------------------------------------------------------------------------


def test_fail_next_and_throttle(simulator: ChannelSimulator) -> None:
    shop = simulator.add_woocommerce_shop(orders=3)
    shop.faults.fail_next(status=500, times=1)
    shop.faults.fail_next(status=503, retry_after=4)
    shop.faults.throttle(times=1, retry_after=2)

    answers = [get(shop, "orders") for _ in range(4)]

    assert [a.status_code for a in answers] == [500, 503, 429, 200]
    assert answers[0].json()["code"] == "internal_server_error"
    assert answers[1].headers["Retry-After"] == "4" and answers[2].headers["Retry-After"] == "2"
    assert [r.status for r in shop.requests] == [500, 503, 429, 200]


def test_malform_order_and_clear(simulator: ChannelSimulator) -> None:
    shop = simulator.add_woocommerce_shop(orders=3)
    order_id = shop.store.ids()[0]
    shop.faults.malform_order(order_id, field="line_items[0].quantity", value="abc")
    shop.faults.malform_order(order_id, field="billing.phone", value=REMOVE)

    served = get(shop, f"orders/{order_id}").json()
    listed = get(shop, "orders", order="asc").json()[0]
    shop.faults.clear()

    assert served["line_items"][0]["quantity"] == "abc" and "phone" not in served["billing"]
    assert listed == served
    assert shop.store.order(order_id)["line_items"][0]["quantity"] != "abc"
    assert get(shop, f"orders/{order_id}").json() == shop.store.order(order_id)


def test_modify_during_paging_changes_orders_already_served(simulator: ChannelSimulator) -> None:
    shop = simulator.add_woocommerce_shop(seed=2, orders=30, epoch=EPOCH)
    shop.faults.modify_during_paging(after_page=2, count=3)

    page_1 = get(shop, "orders", per_page=10, page=1, order="asc").json()
    page_2 = get(shop, "orders", per_page=10, page=2, order="asc").json()
    page_3 = get(shop, "orders", per_page=10, page=3, order="asc").json()

    served = {o["id"]: o["date_modified_gmt"] for o in page_1 + page_2}
    changed = [i for i, modified in served.items() if shop.store.order(i)["date_modified_gmt"] != modified]
    assert len(changed) == 3 and set(changed) <= set(served)
    assert all(shop.store.order(i)["date_modified_gmt"] > served[i] for i in changed)
    assert [o["id"] for o in page_3] == shop.store.ids()[20:]  # created-date order is undisturbed


# -- push-back routes (WooCommerce core and the Shipment Tracking extension) ------------------------------


def send(shop: WooCommerceShop, method: str, path: str, body: Any = None, *,
         auth: tuple[str, str] | None = None) -> requests.Response:
    return requests.request(method, f"{shop.url}/wp-json/{path}", json=body, timeout=5,
                            auth=auth or (shop.key, shop.secret))


def test_products_and_variations_are_the_listings_order_lines_name(simulator: ChannelSimulator) -> None:
    shop = simulator.add_woocommerce_shop(seed=4, orders=150, epoch=EPOCH)
    lines = {(line["product_id"], line["variation_id"], line["sku"]) for o in orders_of(shop) for line in o["line_items"]}

    for product_id, variation_id, sku in lines:
        listing = get(shop, f"products/{product_id}/variations/{variation_id}" if variation_id
                      else f"products/{product_id}").json()
        assert (listing["id"], listing["sku"]) == (variation_id or product_id, sku)
        assert listing["manage_stock"] is (sku != "") and (listing["stock_quantity"] is None) is (sku == "")
    listed = get(shop, "products", per_page=100)
    assert listed.headers["X-WP-Total"] == "60" and len(listed.json()) == 60
    assert [p["id"] for p in get(shop, "products", sku="TEA-LJ-250,MUG-TRAVEL").json()] == [113, 107]
    variable = get(shop, "products/101").json()
    assert variable["type"] == "variable" and len(variable["variations"]) == 20 and variable["stock_quantity"] is None
    page = get(shop, "products/101/variations", per_page=5, page=2)
    assert [v["id"] for v in page.json()] == [10115, 10114, 10113, 10112, 10111]
    assert page.headers["X-WP-TotalPages"] == "4" and 'rel="next"' in page.headers["Link"]
    assert get(shop, "products/102/variations/10101").status_code == 404  # a variation of another product


def test_stock_is_reproducible_from_the_seed() -> None:
    with ChannelSimulator() as one, ChannelSimulator() as two:
        a, b = (sim.add_woocommerce_shop(seed=5, orders=10, epoch=EPOCH) for sim in (one, two))
        c = two.add_woocommerce_shop(slug="other", seed=6, orders=10, epoch=EPOCH)

        stock = [a.store.stock_of(101, 10101 + i) for i in range(20)]
        assert stock == [b.store.stock_of(101, 10101 + i) for i in range(20)]
        assert stock != [c.store.stock_of(101, 10101 + i) for i in range(20)]
        assert all(isinstance(quantity, int) and quantity >= 0 for quantity in stock)


def test_batch_update_answers_per_item_like_woocommerce(simulator: ChannelSimulator) -> None:
    shop = simulator.add_woocommerce_shop(orders=3)

    answer = send(shop, "POST", "wc/v3/products/batch", {"update": [
        {"id": 107, "manage_stock": True, "stock_quantity": 5}, {"id": 9999, "stock_quantity": 1}]})
    variations = send(shop, "PATCH", "wc/v3/products/101/variations/batch", {"update": [
        {"id": 10102, "manage_stock": True, "stock_quantity": "0"}, {"id": 10601, "stock_quantity": 3}]})
    too_many = send(shop, "PUT", "wc/v3/products/batch", {"update": [{"id": 107, "stock_quantity": 1}] * 101})

    first, unknown = answer.json()["update"]
    assert answer.status_code == 200 and first["stock_quantity"] == 5 and first["stock_status"] == "instock"
    assert unknown == {"id": 9999, "error": {"code": "woocommerce_rest_product_invalid_id", "message": "Invalid ID.",
                                            "data": {"status": 400}}}
    saved, foreign = variations.json()["update"]
    assert saved["stock_status"] == "outofstock" and foreign["error"]["code"] == (
        "woocommerce_rest_product_variation_invalid_id")
    assert too_many.status_code == 413 and too_many.json()["code"] == "woocommerce_rest_request_entity_too_large"
    assert [(e.kind, e.key) for e in shop.pushes.entries()] == [("stock", "107//TEA-LJ-250"),
                                                                ("stock", "101/10102/TS-CREW-BLK-M")]


def test_stock_quantity_without_managed_stock_is_ignored(simulator: ChannelSimulator) -> None:
    shop = simulator.add_woocommerce_shop(orders=3)

    ignored = send(shop, "PUT", "wc/v3/products/150", {"stock_quantity": 9}).json()
    managed = send(shop, "PUT", "wc/v3/products/150", {"stock_quantity": 9, "manage_stock": "true"}).json()

    assert (ignored["manage_stock"], ignored["stock_quantity"]) == (False, None)
    assert (managed["manage_stock"], managed["stock_quantity"], managed["stock_status"]) == (True, 9, "instock")
    assert [e.key for e in shop.pushes.entries("stock")] == ["150//"]


def test_order_status_change_is_seen_by_the_next_pull_but_a_note_is_not(simulator: ChannelSimulator) -> None:
    shop = simulator.add_woocommerce_shop(orders=30, epoch=EPOCH)
    order = next(o for o in orders_of(shop) if o["status"] == "processing")
    path = f"wc/v3/orders/{order['id']}"

    note = send(shop, "POST", f"{path}/notes", {"note": "Packed", "customer_note": False})
    after_note = shop.store.order(order["id"])
    updated = send(shop, "PUT", path, {"status": "completed"})
    invalid = send(shop, "PUT", path, {"status": "shipped"})
    missing = send(shop, "PUT", "wc/v3/orders/5", {"status": "completed"})

    assert note.status_code == 201 and note.json()["note"] == "Packed" and note.headers["Location"].endswith(
        f"/notes/{note.json()['id']}")
    assert after_note["date_modified_gmt"] == order["date_modified_gmt"]
    body = updated.json()
    assert body["status"] == "completed" and body["date_completed_gmt"] > order["date_modified_gmt"]
    assert body["date_modified_gmt"] == body["date_completed_gmt"]
    changed_since_generation = get(shop, "orders", modified_after=EPOCH.strftime("%Y-%m-%dT%H:%M:%S"),
                                   dates_are_gmt="true").json()
    assert [o["id"] for o in changed_since_generation] == [order["id"]]
    assert invalid.status_code == 400 and invalid.json()["code"] == "rest_invalid_param"
    assert (missing.status_code, missing.json()["code"]) == (400, "woocommerce_rest_shop_order_invalid_id")
    assert shop.pushes.entries() == []  # neither a tracking number nor stock


def test_shipment_tracking_routes(simulator: ChannelSimulator) -> None:
    shop = simulator.add_woocommerce_shop(orders=5, epoch=EPOCH)
    order_id = shop.store.ids()[0]
    trackings = f"wc-shipment-tracking/v3/orders/{order_id}/shipment-trackings"

    created = send(shop, "POST", trackings, {"tracking_provider": "Royal Mail", "tracking_number": "RM1 23",
                                             "date_shipped": "2025-03-01"})
    again = send(shop, "POST", trackings, {"custom_tracking_provider": "顺丰速运", "tracking_number": "RM1 23"})
    listed = send(shop, "GET", trackings).json()
    one = send(shop, "GET", f"{trackings}/{created.json()['tracking_id']}").json()
    providers = requests.get(f"{shop.url}/wp-json/wc-shipment-tracking/v3/shipment-trackings/providers", timeout=5)

    assert created.status_code == 201 and created.headers["Location"].endswith(created.json()["tracking_id"])
    assert {k: v for k, v in created.json().items() if k != "_links"} == {
        "tracking_id": created.json()["tracking_id"], "tracking_provider": "Royal Mail",
        "tracking_link": "https://www.royalmail.com/track-your-item#/tracking-results/RM1%2023",
        "tracking_number": "RM1 23", "date_shipped": "2025-03-01"}
    assert [t["tracking_provider"] for t in listed] == ["Royal Mail", "顺丰速运"]  # no check for repeats
    assert again.status_code == 201 and one["tracking_number"] == "RM1 23"
    assert providers.status_code == 200 and providers.json()["United States"]["USPS"]
    meta = {m["key"]: m["value"] for m in shop.store.order(order_id)["meta_data"]}
    assert [item["tracking_provider"] for item in meta["_wc_shipment_tracking_items"]] == ["royal-mail", ""]
    assert [e.key for e in shop.pushes.entries("tracking")] == [f"{order_id}/RM1 23"] * 2
    missing_number = send(shop, "POST", trackings, {"tracking_provider": "USPS"})
    assert missing_number.json()["code"] == "rest_missing_callback_param"
    assert send(shop, "GET", "wc-shipment-tracking/v3/orders/5/shipment-trackings").json()["code"] == (
        "woocommerce_rest_order_invalid_id")

    shop.shipment_tracking = False
    assert send(shop, "GET", trackings).json()["code"] == "rest_no_route"
    assert "wc-shipment-tracking/v3" not in requests.get(f"{shop.url}/wp-json/", timeout=5).json()["namespaces"]


def test_writes_need_a_key_with_write_permission(simulator: ChannelSimulator) -> None:
    shop = simulator.add_shop("woocommerce", "readonly", orders=3, epoch=EPOCH, key_permissions="read")
    order_id = shop.store.ids()[0]

    refused = send(shop, "PUT", f"wc/v3/orders/{order_id}", {"status": "completed"})
    anonymous = requests.put(f"{shop.url}/wp-json/wc/v3/orders/{order_id}", json={"status": "completed"}, timeout=5)

    assert refused.status_code == 401 and refused.json() == {
        "code": "woocommerce_rest_authentication_error",
        "message": "The API key provided does not have write permissions.", "data": {"status": 401}}
    assert anonymous.json()["code"] == "woocommerce_rest_cannot_edit"
    assert get(shop, f"orders/{order_id}").status_code == 200
    assert shop.store.order(order_id)["date_modified_gmt"] <= EPOCH.strftime("%Y-%m-%dT%H:%M:%S")  # untouched


def test_page_duplicate_repeats_the_last_order_of_the_page_before(simulator: ChannelSimulator) -> None:
    shop = simulator.add_woocommerce_shop(seed=2, orders=30, epoch=EPOCH)
    shop.faults.duplicate_on_pages(1)

    first = get(shop, "orders", per_page=10, order="asc").json()
    second = get(shop, "orders", per_page=10, page=2, order="asc")

    assert [o["id"] for o in second.json()] == [first[-1]["id"], *shop.store.ids()[10:20]]
    assert second.headers["X-WP-Total"] == "30"
    assert [o["id"] for o in get(shop, "orders", per_page=10, page=3, order="asc").json()] == shop.store.ids()[20:]


def test_command_line_starts_and_serves() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "connectors.simulator", "--port", "0", "--orders", "5", "--seed", "3"],
        cwd=REPO_ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        lines = [process.stdout.readline() for _ in range(4)]  # type: ignore[union-attr]
        url = re.search(r"woocommerce shop: (\S+)", "".join(lines)).group(1)  # type: ignore[union-attr]
        key = re.search(r"--key (\S+)", "".join(lines)).group(1)  # type: ignore[union-attr]
        secret = re.search(r"--secret (\S+)", "".join(lines)).group(1)  # type: ignore[union-attr]
        response = requests.get(f"{url}/wp-json/wc/v3/orders", auth=(key, secret), timeout=5)
        assert response.headers["X-WP-Total"] == "5"
        served = requests.get(url.rsplit("/", 1)[0] + "/", timeout=5).json()
        assert sorted(shop["kind"] for shop in served["shops"]) == [
            "amazon", "pinduoduo", "shopify", "taobao", "woocommerce"]
    finally:
        process.terminate()
        process.wait(timeout=10)
