"""The order data of one simulated WooCommerce shop, safe to use from many threads."""

from __future__ import annotations

import bisect
import copy
import json
import random
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from connectors.simulator.woocommerce_orders import OrderFactory, wc_time

HISTORY_DAYS = 30
LIVE_CHANGE_CHANCE = 0.3

Clock = Callable[[], datetime]


def compact_json(payload: Any) -> str:
    """ASCII JSON without spaces, as PHP's json_encode writes it."""
    return json.dumps(payload, separators=(",", ":"))


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
        self._site_url = ""
        self.epoch = epoch
        self.utc_offset = utc_offset
        self._generate(orders, epoch)

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
