"""The data of one simulated Shopify shop, safe to use from many threads.

Orders are indexed up front (id, placed, last update, cancelled / archived) and
built on first use, then kept as UTF-8 JSON: a 100,000-order shop starts in a
few seconds, and a page is a join of cached bytes. An order is parsed back into a
dict only to change it. Three sorted key lists (by ``updated_at``, ``created_at``
and ``id``) serve Shopify's keyset paging without scanning the shop.

Besides orders the store holds the shop's locations and its inventory levels
(one per tracked inventory item and active stocking location).
"""

from __future__ import annotations

import bisect
import json
import random
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from connectors.simulator.shopify_orders import (
    HISTORY_DAYS,
    LISTINGS,
    LISTINGS_BY_INVENTORY_ITEM,
    Listing,
    OrderBuilder,
    ShopSettings,
    change_order,
    draw_fate,
    order_id_for,
    parse_shop_time,
)

LIVE_CHANGE_CHANCE = 0.3
SORT_FIELDS = ("created_at", "updated_at", "id")
STATUS_FILTERS = ("open", "closed", "cancelled", "any")

Clock = Callable[[], datetime]
SortKey = tuple[int, int]  # (value of the sort field, order id)


def compact_json(payload: Any) -> str:
    """Shopify's JSON: no spaces, UTF-8 text rather than ``\\u`` escapes."""
    return json.dumps(payload, separators=(",", ":"), ensure_ascii=False)


def epoch_seconds(moment: datetime) -> int:
    return int(moment.timestamp())


def default_locations() -> list[dict[str, Any]]:
    """The shop's locations: the primary warehouse, a US 3PL, a fulfilment-service one and a closed shop."""
    def location(location_id: int, name: str, city: str | None, zip_code: str | None, province: str | None,
                 province_code: str | None, country: str, *, legacy: bool = False, active: bool = True
                 ) -> dict[str, Any]:
        country_name = {"CN": "China", "US": "United States"}[country]
        return {
            "id": location_id, "name": name, "address1": None, "address2": None, "city": city, "zip": zip_code,
            "province": province, "country": country, "phone": None, "created_at": "2024-03-01T10:00:00+08:00",
            "updated_at": "2024-03-01T10:00:00+08:00", "country_code": country, "country_name": country_name,
            "province_code": province_code, "legacy": legacy, "active": active,
            "admin_graphql_api_id": f"gid://shopify/Location/{location_id}",
            "localized_country_name": country_name, "localized_province_name": province,
        }

    return [
        location(71_500_000_001, "深圳仓 Shenzhen Warehouse", "深圳市", "518101", "Guangdong", "GD", "CN"),
        location(71_500_000_002, "LA 3PL (Ontario, CA)", "Ontario", "91761", "California", "CA", "US"),
        location(71_500_000_003, "Shipwire", None, None, None, None, "US", legacy=True),
        location(71_500_000_004, "广州旧店 Guangzhou (closed)", "广州市", "510030", "Guangdong", "GD", "CN",
                 active=False),
    ]


@dataclass(frozen=True)
class OrderQuery:
    """The ``GET /orders.json`` filters the simulator supports; times are epoch seconds (bounds inclusive)."""

    status: str = "open"
    updated_min: int | None = None
    updated_max: int | None = None
    created_min: int | None = None
    created_max: int | None = None
    ids: frozenset[int] | None = None
    since_id: int | None = None
    sort: str = "id"
    descending: bool = True


@dataclass(slots=True)
class _Entry:
    index: int
    order_id: int
    created: int
    updated: int
    cancelled: bool
    closed: bool
    text: bytes | None  # the served JSON (UTF-8: half the memory of a str holding Chinese text)


class LevelError(ValueError):
    """An inventory level that cannot be set; the message is Shopify's."""


class ShopifyStore:
    """Orders generated from ``(seed, epoch)``, plus later arrivals and changes at ``clock()``."""

    def __init__(self, *, seed: int, orders: int, epoch: datetime, clock: Clock, settings: ShopSettings,
                 locations: list[dict[str, Any]] | None = None) -> None:
        self._lock = threading.RLock()
        self._seed = seed
        self._clock = clock
        self.epoch = epoch
        self.settings = settings
        self.builder = OrderBuilder(settings)
        self._changes = random.Random(seed * 31 + 17)
        self._entries: list[_Entry] = []
        self._by_id: dict[int, _Entry] = {}
        self._keys: dict[str, list[SortKey]] = {name: [] for name in SORT_FIELDS}
        self.locations = locations or default_locations()
        self._levels: dict[tuple[int, int], tuple[int, str]] = {}
        self._index_history(orders, epoch)
        self._stock_up(random.Random(seed * 7 + 3))

    # -- orders: reading ----------------------------------------------------------------------

    @property
    def count(self) -> int:
        with self._lock:
            return len(self._entries)

    def ids(self) -> list[int]:
        """Every order id, oldest first."""
        with self._lock:
            return [order_id for _, order_id in self._keys["created_at"]]

    def __contains__(self, order_id: int) -> bool:
        with self._lock:
            return order_id in self._by_id

    def order(self, order_id: int) -> dict[str, Any]:
        """The order as served (a fresh copy); KeyError for an unknown id."""
        with self._lock:
            return json.loads(self._text(self._by_id[order_id]))

    def orders(self, order_ids: Iterable[int]) -> list[dict[str, Any]]:
        with self._lock:
            return [json.loads(self._text(self._by_id[order_id])) for order_id in order_ids]

    def orders_json(self, order_ids: Iterable[int]) -> list[bytes]:
        """The served payloads as UTF-8 JSON, cached (paging through big shops re-reads them often)."""
        with self._lock:
            return [self._text(self._by_id[order_id]) for order_id in order_ids]

    def sort_key(self, order_id: int, sort: str) -> SortKey:
        with self._lock:
            entry = self._by_id[order_id]
            return self._key(entry, sort)

    def select(self, query: OrderQuery, after: SortKey | None, limit: int) -> tuple[list[int], bool]:
        """Up to ``limit`` matching ids following the ``after`` key, and whether more follow."""
        with self._lock:
            found: list[int] = []
            for entry in self._scan(query, after):
                if len(found) == limit:
                    return found, True
                found.append(entry.order_id)
            return found, False

    def count_matching(self, query: OrderQuery) -> int:
        with self._lock:
            return sum(1 for _ in self._scan(query, None))

    def _scan(self, query: OrderQuery, after: SortKey | None) -> Iterator[_Entry]:
        keys = self._keys[query.sort]
        if query.descending:
            start = bisect.bisect_left(keys, after) if after else len(keys)
            positions: Iterable[int] = range(start - 1, -1, -1)
        else:
            if after is None and query.sort == "updated_at" and query.updated_min is not None:
                after = (query.updated_min, -1)
            start = bisect.bisect_right(keys, after) if after else 0
            positions = range(start, len(keys))
        for position in positions:
            entry = self._by_id[keys[position][1]]
            if self._matches(entry, query):
                yield entry

    @staticmethod
    def _matches(entry: _Entry, query: OrderQuery) -> bool:
        if query.status == "open" and (entry.cancelled or entry.closed):
            return False
        if (query.status == "closed" and not entry.closed) or (query.status == "cancelled" and not entry.cancelled):
            return False
        if query.ids is not None and entry.order_id not in query.ids:
            return False
        if query.since_id is not None and entry.order_id <= query.since_id:
            return False
        return _within(entry.updated, query.updated_min, query.updated_max) and \
            _within(entry.created, query.created_min, query.created_max)

    # -- orders: writing ------------------------------------------------------------------------

    def update(self, order_id: int, change: Callable[[dict[str, Any]], Any]) -> Any:
        """Apply ``change`` to the stored order (a dict it may mutate); returns what ``change`` returned."""
        with self._lock:
            entry = self._by_id[order_id]
            order = json.loads(self._text(entry))
            result = change(order)
            self._store(entry, order)
            return result

    def modify_orders(self, ids: Iterable[int] | None = None, count: int = 1) -> list[int]:
        """Move orders on a step (pay, ship, cancel, refund, new address or tag) at ``clock()``."""
        now = self._clock()
        with self._lock:
            if ids is None:
                ids = self._changes.sample([entry.order_id for entry in self._entries], min(count, self.count))
            changed = list(ids)
            for order_id in changed:
                self.update(order_id, lambda order: change_order(order, now, self.settings, self._changes))
            return changed

    def add_orders(self, n: int) -> list[int]:
        """``n`` orders placed now (simulator clock); returns their ids."""
        now = self._clock().astimezone(UTC).replace(microsecond=0)
        with self._lock:
            return [self._add_live(now) for _ in range(n)]

    def live_tick(self) -> None:
        with self._lock:
            self.add_orders(1)
            if self._changes.random() < LIVE_CHANGE_CHANCE:
                self.modify_orders(count=1)

    # -- orders: the index ------------------------------------------------------------------------

    def _index_history(self, count: int, epoch: datetime) -> None:
        window = HISTORY_DAYS * 86400
        offsets = sorted(random.Random(self._seed).randint(0, window) for _ in range(count))
        for index, offset in enumerate(offsets):
            placed = epoch - timedelta(seconds=window - offset)
            fate = draw_fate(self._order_rng(index), placed, epoch)
            entry = _Entry(index, order_id_for(index), epoch_seconds(placed), epoch_seconds(fate.updated),
                           fate.cancelled is not None, fate.closed is not None, None)
            self._entries.append(entry)
            self._by_id[entry.order_id] = entry
        for sort, keys in self._keys.items():  # one sort, not 100,000 insertions
            keys.extend(self._key(entry, sort) for entry in self._entries)
            keys.sort()

    def _add_live(self, now: datetime) -> int:
        index = len(self._entries)
        rng = self._order_rng(index)
        order = self.builder.build(index, draw_fate(rng, now, now, live=True), rng)
        entry = _Entry(index, order["id"], epoch_seconds(now), 0, False, False, None)
        self._store(entry, order, new=True)
        return entry.order_id

    def _order_rng(self, index: int) -> random.Random:
        return random.Random(self._seed * 1_000_003 + index)

    def _register(self, entry: _Entry) -> None:
        self._entries.append(entry)
        self._by_id[entry.order_id] = entry
        for sort in SORT_FIELDS:
            bisect.insort(self._keys[sort], self._key(entry, sort))

    @staticmethod
    def _key(entry: _Entry, sort: str) -> SortKey:
        value = {"created_at": entry.created, "updated_at": entry.updated, "id": entry.order_id}[sort]
        return value, entry.order_id

    def _text(self, entry: _Entry) -> bytes:
        if entry.text is None:
            rng = self._order_rng(entry.index)
            placed = datetime.fromtimestamp(entry.created, UTC)
            order = self.builder.build(entry.index, draw_fate(rng, placed, self.epoch), rng)
            entry.text = compact_json(order).encode("utf-8")
        return entry.text

    def _store(self, entry: _Entry, order: dict[str, Any], *, new: bool = False) -> None:
        updated = epoch_seconds(parse_shop_time(order["updated_at"]))
        if not new:
            keys = self._keys["updated_at"]
            del keys[bisect.bisect_left(keys, (entry.updated, entry.order_id))]
        entry.updated = updated
        entry.cancelled = order["cancelled_at"] is not None
        entry.closed = order["closed_at"] is not None
        entry.text = compact_json(order).encode("utf-8")
        if new:
            self._register(entry)
        else:
            bisect.insort(self._keys["updated_at"], (updated, entry.order_id))

    # -- locations and inventory ------------------------------------------------------------------

    @property
    def primary_location(self) -> dict[str, Any]:
        return self.locations[0]

    def location(self, location_id: int) -> dict[str, Any] | None:
        return next((loc for loc in self.locations if loc["id"] == location_id), None)

    def stocking_locations(self) -> list[dict[str, Any]]:
        return [loc for loc in self.locations if loc["active"] and not loc["legacy"]]

    def _stock_up(self, rng: random.Random) -> None:
        stamp = self.settings.time(self.epoch) or ""
        for listing in LISTINGS:
            if not listing.tracked:
                continue
            for location in self.stocking_locations():
                self._levels[(listing.inventory_item_id, location["id"])] = (rng.randint(0, 120), stamp)

    def available(self, inventory_item_id: int, location_id: int) -> int | None:
        with self._lock:
            level = self._levels.get((inventory_item_id, location_id))
            return None if level is None else level[0]

    def inventory_quantity(self, listing: Listing) -> int:
        with self._lock:
            return sum(available for (item, _), (available, _) in self._levels.items()
                       if item == listing.inventory_item_id)

    def levels(self, item_ids: Iterable[int], location_ids: Iterable[int] | None) -> list[dict[str, Any]]:
        wanted_items, wanted_locations = set(item_ids), None if location_ids is None else set(location_ids)
        with self._lock:
            return [self._level_payload(item, location, available, stamp)
                    for (item, location), (available, stamp) in sorted(self._levels.items())
                    if item in wanted_items and (wanted_locations is None or location in wanted_locations)]

    def set_level(self, inventory_item_id: int, location_id: int, available: int) -> dict[str, Any]:
        """Set the available quantity; raises :class:`LevelError` with Shopify's reason."""
        with self._lock:
            listing = LISTINGS_BY_INVENTORY_ITEM.get(inventory_item_id)
            location = self.location(location_id)
            if listing is None:
                raise LevelError("Inventory item does not exist")
            if location is None:
                raise LevelError("Location does not exist")
            if not listing.tracked:
                raise LevelError("Inventory item does not have inventory tracking enabled")
            if not location["active"]:
                raise LevelError("Location is not active")
            if location["legacy"]:
                raise LevelError("Inventory at a fulfillment service location is managed by the fulfillment service")
            stamp = self.settings.time(self._clock().astimezone(UTC).replace(microsecond=0)) or ""
            self._levels[(inventory_item_id, location_id)] = (available, stamp)
            return self._level_payload(inventory_item_id, location_id, available, stamp)

    @staticmethod
    def _level_payload(item: int, location: int, available: int, stamp: str) -> dict[str, Any]:
        return {"inventory_item_id": item, "location_id": location, "available": available, "updated_at": stamp,
                "admin_graphql_api_id": f"gid://shopify/InventoryLevel/{location}?inventory_item_id={item}"}


def _within(value: int, low: int | None, high: int | None) -> bool:
    return (low is None or value >= low) and (high is None or value <= high)
