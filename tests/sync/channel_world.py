"""A simulated shop of any channel wired to an omsdesk database, for the fault, kill and bench tests."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from connectors.simulator import ChannelSimulator
from connectors.simulator.faults import Fault
from omsdesk.db.types import utc_now
from omsdesk.orders.models import Order
from omsdesk.runtime import Runtime
from omsdesk.sync.shops import ShopSpec, add_shop

CHANNELS = ("woocommerce", "shopify", "amazon", "taobao", "pinduoduo")
# Per channel: options that let the simulator and the connector run fast (rate limits, windows).
FAST_SHOP_OPTIONS: dict[str, dict[str, Any]] = {
    "shopify": {"bucket_size": 10_000, "leak_per_second": 10_000},
    "amazon": {"rate_limits": "*=2000/2000"},  # the shop's connection() hands the same limits to the connector
}
FAST_CONNECTOR_OPTIONS: dict[str, dict[str, Any]] = {}
# Channels whose tokens cannot be refreshed by the connector (the seller must authorise again).
NO_TOKEN_REFRESH = {"taobao", "woocommerce", "shopify"}


def chaos_kinds(kind: str, *, modify: bool = True) -> list[Fault]:
    kinds = set(Fault)
    if kind in NO_TOKEN_REFRESH:
        kinds.discard(Fault.EXPIRE_TOKEN)
    if not modify:
        kinds.discard(Fault.MODIFY_WHILE_PAGING)
    return sorted(kinds)


def lagging_simulator() -> ChannelSimulator:
    """A simulator whose clock runs 10 minutes behind ours. Marketplaces that must only be asked
    for windows ending a few minutes in the past (Pinduoduo, Taobao) then see a shop's newest
    changes at once, as they would a few minutes later in real life."""
    return ChannelSimulator(port=0, clock=lambda: utc_now() - CHANNEL_LAG)


CHANNEL_LAG = timedelta(minutes=10)


def simulated_shop(simulator: ChannelSimulator, kind: str, orders: int, seed: int = 5, **options: Any) -> Any:
    epoch = simulator.clock().replace(microsecond=0) - timedelta(minutes=5)
    return simulator.add_shop(kind, kind, seed=seed, orders=orders, epoch=epoch,
                              **{**FAST_SHOP_OPTIONS.get(kind, {}), **options})


def add_simulated(rt: Runtime, shop: Any, kind: str, *, timeout: float = 0.25, retries: int = 8,
                  backoff: float = 0.01, **options: Any) -> int:
    connection = shop.connection()
    all_options = {**connection.get("options", {}), **FAST_CONNECTOR_OPTIONS.get(kind, {}),
                   "timeout_seconds": timeout, "max_retries": retries, "backoff_seconds": backoff, **options}
    spec = ShopSpec(kind, f"Simulated {kind}", connection["base_url"], connection.get("key", ""),
                    connection.get("secret", ""), options=all_options, secrets=dict(connection.get("secrets", {})))
    return add_shop(rt.db, rt.secrets, rt.actor, spec)


@dataclass(frozen=True)
class Mismatch:
    missing: list[str]
    extra: list[str]
    wrong: list[tuple[str, Any, Any]]

    def __bool__(self) -> bool:
        return bool(self.missing or self.extra or self.wrong)


def compare_with_truth(rt: Runtime, shop_id: int, shop: Any) -> Mismatch:
    """The database must hold exactly the channel's importable orders, with its status and total."""
    truth = {key: t for key, t in shop.truth().items() if not t.held}
    with rt.db.reading() as session:
        stored = {ext: (status, total) for ext, status, total in session.execute(
            select(Order.external_id, Order.channel_status, Order.total).where(Order.shop_id == shop_id))}
    wrong = [(key, stored[key], (t.status, t.total)) for key, t in truth.items()
             if key in stored and stored[key] != (t.status, Decimal(t.total))]
    return Mismatch(sorted(set(truth) - set(stored))[:20], sorted(set(stored) - set(truth))[:20], wrong[:20])


def tracking_pushes(shop: Any) -> Counter[str]:
    return Counter(record.key for record in shop.pushes.entries("tracking"))
