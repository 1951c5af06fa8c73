"""The data of one simulated WooCommerce shop, safe to use from many threads.

Orders (with their notes and Shipment Tracking items) and the catalogue's
products and variations with their stock. Writes behave as WooCommerce's do:
a status change or a tracking item saves the order (``date_modified`` moves),
a note does not; ``stock_quantity`` only counts where ``manage_stock`` is on.
"""

from __future__ import annotations

import bisect
import copy
import hashlib
import json
import random
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from connectors.simulator.catalogue import CATALOGUE, Product
from connectors.simulator.woocommerce_orders import ListingFactory, OrderFactory, stock_status, wc_time

HISTORY_DAYS = 30
CATALOGUE_AGE_DAYS = 120  # products exist long before the order history starts
LIVE_CHANGE_CHANCE = 0.3
TRACKING_META_KEY = "_wc_shipment_tracking_items"
TRUE_WORDS = frozenset({"true", "1", "yes", "on"})

Clock = Callable[[], datetime]


def compact_json(payload: Any) -> str:
    """ASCII JSON without spaces, as PHP's json_encode writes it."""
    return json.dumps(payload, separators=(",", ":"))


class ListingError(Exception):
    """An update WooCommerce refuses; the shop renders it as a ``WP_Error``."""

    def __init__(self, code: str, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.status = status


@dataclass(frozen=True)
class StockChange:
    """A stock quantity the shop accepted, for the push record."""

    listing_key: str  # "product/variation/sku", as StockLevel.key spells it
    quantity: int


@dataclass(frozen=True)
class OrderQuery:
    """The subset of ``GET /orders`` filters the simulator supports; times are UTC."""

    modified_after: datetime | None = None
    modified_before: datetime | None = None
    created_after: datetime | None = None
    created_before: datetime | None = None
    statuses: frozenset[str] | None = None  # None: any
    orderby: str = "date"  # date | id | modified
    descending: bool = True


def _strictly_between(value: str, after: datetime | None, before: datetime | None) -> bool:
    # Stored times share one format, so comparing the strings compares the times.
    if after is not None and not value > wc_time(after):
        return False
    return before is None or value < wc_time(before)


class WooCommerceStore:
    """Orders generated from ``(seed, epoch)``, plus later arrivals and changes at ``clock()``."""

    def __init__(
        self,
        *,
        seed: int,
        orders: int,
        epoch: datetime,
        currency: str,
        utc_offset: timedelta,
        clock: Clock,
    ) -> None:
        self._lock = threading.RLock()
        self._clock = clock
        self._factory = OrderFactory(random.Random(seed), currency, utc_offset)
        self._orders: dict[int, dict[str, Any]] = {}
        self._by_created: list[tuple[str, int]] = []
        self._notes: dict[int, list[dict[str, Any]]] = {}
        self._json_cache: dict[int, str] = {}
        self._trackings: dict[int, list[dict[str, Any]]] = {}
        self._tracking_count = 0
        self._site_url = ""
        self.epoch = epoch
        self.utc_offset = utc_offset
        self._generate(orders, epoch)
        self._listing_factory = ListingFactory(random.Random(f"listings:{seed}"), currency, utc_offset)
        self._products: dict[int, dict[str, Any]] = {}
        self._variations: dict[int, dict[str, Any]] = {}
        self._variation_parent: dict[int, int] = {}
        self._skus: dict[int, str] = {}
        self._stock_catalogue(CATALOGUE, epoch - timedelta(days=CATALOGUE_AGE_DAYS))

    @property
    def site_url(self) -> str:
        """The shop's URL, used in each order's ``_links``."""
        return self._site_url

    @site_url.setter
    def site_url(self, url: str) -> None:
        with self._lock:
            self._site_url = url
            self._json_cache.clear()

    # -- reading --------------------------------------------------------------------------

    @property
    def count(self) -> int:
        with self._lock:
            return len(self._orders)

    def ids(self) -> list[int]:
        with self._lock:
            return [order_id for _, order_id in self._by_created]

    def order(self, order_id: int) -> dict[str, Any]:
        """The order payload as the API serves it (a copy)."""
        with self._lock:
            return self._served(self._orders[order_id])

    def orders(self, order_ids: Iterable[int]) -> list[dict[str, Any]]:
        with self._lock:
            return [self._served(self._orders[order_id]) for order_id in order_ids]

    def orders_json(self, order_ids: Iterable[int]) -> list[str]:
        """The served payloads as JSON text; cached, as paging through big shops re-reads them often."""
        with self._lock:
            return [self._json(order_id) for order_id in order_ids]

    def _json(self, order_id: int) -> str:
        text = self._json_cache.get(order_id)
        if text is None:
            order = self._orders[order_id]
            text = self._json_cache[order_id] = compact_json({**order, "_links": self._links(order)})
        return text

    def notes(self, order_id: int) -> list[dict[str, Any]]:
        with self._lock:
            if order_id not in self._orders:
                raise KeyError(order_id)
            return copy.deepcopy(list(reversed(self._notes.get(order_id, []))))

    def select(self, query: OrderQuery) -> list[int]:
        """Ids of the matching orders in the requested order."""
        with self._lock:
            ids = [order_id for _, order_id in self._by_created if self._matches(self._orders[order_id], query)]
            if query.orderby == "id":
                ids.sort()
            elif query.orderby == "modified":
                ids.sort(key=lambda order_id: (self._orders[order_id]["date_modified_gmt"], order_id))
            return ids[::-1] if query.descending else ids

    @staticmethod
    def _matches(order: dict[str, Any], query: OrderQuery) -> bool:
        if query.statuses is not None and order["status"] not in query.statuses:
            return False
        return _strictly_between(order["date_modified_gmt"], query.modified_after, query.modified_before) and \
            _strictly_between(order["date_created_gmt"], query.created_after, query.created_before)

    def _served(self, order: dict[str, Any]) -> dict[str, Any]:
        return copy.deepcopy({**order, "_links": self._links(order)})

    def _links(self, order: dict[str, Any]) -> dict[str, list[dict[str, str]]]:
        api = f"{self._site_url}/wp-json/wc/v3"
        links = {"self": [{"href": f"{api}/orders/{order['id']}"}], "collection": [{"href": f"{api}/orders"}]}
        if order["customer_id"]:
            links["customer"] = [{"href": f"{api}/customers/{order['customer_id']}"}]
        return links

    # -- writing --------------------------------------------------------------------------

    def add_orders(self, n: int) -> list[int]:
        """``n`` new orders placed now (simulator clock); returns their ids."""
        now = self._clock()
        with self._lock:
            return [self._add(self._factory.live_status(), now, latest=now) for _ in range(n)]

    def modify_orders(self, ids: Iterable[int] | None = None, count: int = 1) -> list[int]:
        """Pay, complete, cancel or refund orders, or add a note; date_modified becomes now.

        Without ``ids``, ``count`` orders are picked at random.
        """
        now = self._clock()
        with self._lock:
            if ids is None:
                pool = [order_id for _, order_id in self._by_created]
                ids = self._factory.rng.sample(pool, min(count, len(pool)))
            changed = list(ids)
            for order_id in changed:
                self._modify(self._orders[order_id], now)
            return changed

    def live_tick(self) -> None:
        """One beat of live traffic: a new order, and now and then a change to an old one."""
        with self._lock:
            self.add_orders(1)
            if self._factory.rng.random() < LIVE_CHANGE_CHANCE:
                self.modify_orders(count=1)

    def _generate(self, count: int, epoch: datetime) -> None:
        window = HISTORY_DAYS * 86400
        rng = self._factory.rng
        for offset in sorted(rng.randint(0, window) for _ in range(count)):
            created = epoch - timedelta(seconds=window - offset)
            self._add(self._factory.status_for_age(epoch - created), created, latest=epoch)

    def _add(self, status: str, created: datetime, latest: datetime) -> int:
        order_id = self._factory.new_order_id()
        order = self._factory.build(order_id, created, status, latest)
        self._orders[order_id] = order
        bisect.insort(self._by_created, (order["date_created_gmt"], order_id))
        return order_id

    def _modify(self, order: dict[str, Any], now: datetime) -> None:
        created = datetime.fromisoformat(order["date_created_gmt"]).replace(tzinfo=UTC)
        moment = max(now, created)  # an epoch in the future must not date a change before the order
        self._json_cache.pop(order["id"], None)
        if self._factory.change(order, moment) is None:
            note = self._factory.note(order, moment, self._factory.new_note_id())
            self._notes.setdefault(order["id"], []).append(note)

    # -- order writes (PUT /orders/<id>, notes, Shipment Tracking) ------------------------------

    def set_status(self, order_id: int, status: str) -> dict[str, Any]:
        """The order after ``PUT /orders/<id>`` with ``status``; raises KeyError for an unknown id."""
        with self._lock:
            order = self._orders[order_id]
            self._factory.set_status(order, status, self._now_for(order))
            self._json_cache.pop(order_id, None)
            return self._served(order)

    def add_note(self, order_id: int, text: str, customer_note: bool) -> dict[str, Any]:
        """A note as ``WC_Order::add_order_note`` stores it; the order itself is not saved."""
        with self._lock:
            order = self._orders[order_id]
            moment = self._now_for(order)
            note = {"id": self._factory.new_note_id(), "author": "system",
                    "date_created": wc_time(moment + self.utc_offset), "date_created_gmt": wc_time(moment),
                    "note": text, "customer_note": customer_note}
            self._notes.setdefault(order_id, []).append(note)
            return copy.deepcopy(note)

    def trackings(self, order_id: int) -> list[dict[str, Any]]:
        """The order's Shipment Tracking items as stored (``date_shipped`` a Unix time), oldest first."""
        with self._lock:
            if order_id not in self._orders:
                raise KeyError(order_id)
            return copy.deepcopy(self._trackings.get(order_id, []))

    def add_tracking(self, order_id: int, item: Mapping[str, Any]) -> dict[str, Any]:
        """Store a tracking item like ``WC_Shipment_Tracking_Actions::add_tracking_item``:
        a new ``tracking_id`` every time (the extension never checks for repeats), kept in
        the order's ``_wc_shipment_tracking_items`` meta; saving the order moves ``date_modified``."""
        with self._lock:
            order = self._orders[order_id]
            self._tracking_count += 1
            seed = f"{item.get('tracking_provider', '')}-{item.get('tracking_number', '')}-{self._tracking_count}"
            stored = {**item, "tracking_id": hashlib.md5(seed.encode()).hexdigest()}  # noqa: S324 - an id, as the extension makes it
            items = self._trackings.setdefault(order_id, [])
            items.append(stored)
            self._set_order_meta(order, TRACKING_META_KEY, copy.deepcopy(items))
            self._factory.touch(order, self._now_for(order))
            self._json_cache.pop(order_id, None)
            return copy.deepcopy(stored)

    def _set_order_meta(self, order: dict[str, Any], key: str, value: Any) -> None:
        for entry in order["meta_data"]:
            if entry["key"] == key:
                entry["value"] = value
                return
        order["meta_data"].append(self._factory.meta(key, value))

    def _now_for(self, order: dict[str, Any]) -> datetime:
        created = datetime.fromisoformat(order["date_created_gmt"]).replace(tzinfo=UTC)
        return max(self._clock(), created)  # an epoch in the future must not date a change before the order

    # -- products and variations -------------------------------------------------------------------

    def _stock_catalogue(self, products: Iterable[Product], created: datetime) -> None:
        for product in products:
            self._products[product.product_id] = self._listing_factory.product(product, created)
            self._skus[product.product_id] = product.sku
            if not product.axes:
                continue
            for variant in product.variants:
                self._variations[variant.variation_id] = self._listing_factory.variation(product, variant, created)
                self._variation_parent[variant.variation_id] = product.product_id
                self._skus[variant.variation_id] = variant.sku

    def product_ids(self, skus: frozenset[str] | None = None, product_type: str = "") -> list[int]:
        """Product ids, newest first as ``GET /products`` lists them, optionally by SKU and type."""
        with self._lock:
            return [product_id for product_id, product in sorted(self._products.items(), reverse=True)
                    if (skus is None or product["sku"] in skus) and product_type in ("", product["type"])]

    def products(self, product_ids: Iterable[int]) -> list[dict[str, Any]]:
        with self._lock:
            return [self._served_listing(self._products[product_id], product_id, None) for product_id in product_ids]

    def variation_ids(self, parent_id: int, skus: frozenset[str] | None = None) -> list[int]:
        with self._lock:
            return [variation_id for variation_id, parent in sorted(self._variation_parent.items(), reverse=True)
                    if parent == parent_id and (skus is None or self._skus[variation_id] in skus)]

    def variations(self, parent_id: int, variation_ids: Iterable[int]) -> list[dict[str, Any]]:
        """Served variations of ``parent_id``; KeyError when one is not a variation of it."""
        with self._lock:
            served = []
            for variation_id in variation_ids:
                if self._variation_parent.get(variation_id) != parent_id:
                    raise KeyError(variation_id)
                served.append(self._served_listing(self._variations[variation_id], parent_id, variation_id))
            return served

    def stock_of(self, product_id: int, variation_id: int = 0) -> int | None:
        """The stock quantity the shop holds now for a listing (None when not managed)."""
        with self._lock:
            listing = self._variations[variation_id] if variation_id else self._products[product_id]
            return listing["stock_quantity"] if listing["manage_stock"] is True else None

    def update_listing(self, product_id: int, variation_id: int, changes: Mapping[str, Any]
                       ) -> tuple[dict[str, Any], StockChange | None]:
        """``PUT /products/<id>`` (``variation_id`` 0) or ``…/variations/<id>``: only the stock fields
        are applied. Returns the served listing and the stock change, if the quantity counted."""
        with self._lock:
            listing = self._listing(product_id, variation_id)
            manage = listing["manage_stock"] is True
            if "manage_stock" in changes:
                manage = truthy(changes["manage_stock"])
                listing["manage_stock"] = manage
            change = None
            if manage and changes.get("stock_quantity") is not None:
                quantity = _stock_amount(changes["stock_quantity"])
                listing["stock_quantity"] = quantity
                change = StockChange(f"{product_id}/{variation_id or ''}/{self._skus[variation_id or product_id]}",
                                     quantity)
            elif not manage:
                listing["stock_quantity"] = None  # WooCommerce drops the quantity of unmanaged stock
            listing["stock_status"] = stock_status(manage, listing["stock_quantity"])
            moment = self._clock()
            listing["date_modified"] = wc_time(moment + self.utc_offset)
            listing["date_modified_gmt"] = wc_time(moment)
            return self._served_listing(listing, product_id, variation_id or None), change

    def _listing(self, product_id: int, variation_id: int) -> dict[str, Any]:
        if not variation_id:
            if product_id not in self._products:
                raise ListingError("woocommerce_rest_product_invalid_id", "Invalid ID.")
            return self._products[product_id]
        if self._variation_parent.get(variation_id) != product_id:
            raise ListingError("woocommerce_rest_product_variation_invalid_id", "Invalid ID.")
        return self._variations[variation_id]

    def _served_listing(self, listing: dict[str, Any], product_id: int, variation_id: int | None) -> dict[str, Any]:
        api = f"{self._site_url}/wp-json/wc/v3/products"
        if variation_id is None:
            links = {"self": [{"href": f"{api}/{product_id}"}], "collection": [{"href": api}]}
        else:
            links = {"self": [{"href": f"{api}/{product_id}/variations/{variation_id}"}],
                     "collection": [{"href": f"{api}/{product_id}/variations"}],
                     "up": [{"href": f"{api}/{product_id}"}]}
        served = copy.deepcopy(listing)
        served["permalink"] = self._site_url + listing["permalink"]
        served["_links"] = links
        return served


def truthy(value: Any) -> bool:
    """A boolean request field the way the REST API reads it (``true``, ``1``, ``"yes"`` …)."""
    if isinstance(value, str):
        return value.strip().lower() in TRUE_WORDS
    return bool(value)


def _stock_amount(value: Any) -> int:
    """``wc_stock_amount``: a whole number, sent as a JSON number or as digits."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value.strip())
    raise ListingError("rest_invalid_param", "Invalid parameter(s): stock_quantity")
