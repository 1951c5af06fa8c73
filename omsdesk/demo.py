"""The demo: one shop per channel, fed by the channel simulator, reproducible from a seed.

Each demo shop keeps its simulator settings (kind, slug, seed, order count, epoch)
in its options, so any later ``omsdesk sync`` or app start brings the same
simulator back with the same orders: a second sync right after the first reports
them unchanged. A simulator already serving the shops (another omsdesk process
running the demo) is reused rather than replaced.

The demo also gets a small catalogue whose SKU codes are the simulated shops'
seller SKUs (so order lines map themselves), a warehouse with stock in bins, and
stock sync switched on, so stock levels flow to the simulated channels.
"""

from __future__ import annotations

import html
import logging
import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any
from urllib.parse import urlsplit

import requests
from sqlalchemy import func, select, update

from connectors.simulator import ChannelSimulator
from connectors.simulator.catalogue import CATALOGUE
from omsdesk.catalog.models import Sku
from omsdesk.catalog.services import SkuSpec, create_sku_in
from omsdesk.db.types import utc_now
from omsdesk.errors import NotFoundError
from omsdesk.inventory.ledger import MoveSpec, post_moves
from omsdesk.inventory.locations import add_location, create_warehouse, virtual_location, warehouse_root
from omsdesk.inventory.models import LocationKind, MoveReason
from omsdesk.runtime import Runtime
from omsdesk.sync.models import Shop
from omsdesk.sync.shops import ShopSpec, add_shop, find_shop
from omsdesk.sync.stock_sync import StockSyncSettings

log = logging.getLogger(__name__)

SIMULATOR_OPTION = "simulator"
SIMULATOR_SERVICE = "omsdesk-channel-simulator"
DEMO_WAREHOUSE = "SH"


@dataclass(frozen=True)
class DemoShop:
    channel: str
    name: str
    slug: str


DEMO_SHOPS = (
    DemoShop("woocommerce", "Demo web shop", "webshop"),
    DemoShop("shopify", "Demo Shopify", "shopify"),
    DemoShop("amazon", "Demo Amazon", "amazon"),
    DemoShop("taobao", "Demo Tmall", "tmall"),
    DemoShop("pinduoduo", "Demo Pinduoduo", "pdd"),
)
DEMO_SHOP_NAME = DEMO_SHOPS[0].name
# Amazon's documented getOrderItems pace (one call per order every two seconds) and a basic
# Shopify plan (2 calls a second) would make the demo's first pull and stock push take minutes:
# the simulated seller gets a livelier quota and the Shopify shop a Plus plan; their connection
# settings tell the connectors so.
DEMO_CHANNEL_OPTIONS: dict[str, dict[str, Any]] = {
    "amazon": {"rate_limits": "*=20/40"},
    "shopify": {"bucket_size": 400, "leak_per_second": 20},
}
ALL_CHANNELS = tuple(shop.channel for shop in DEMO_SHOPS)


def _simulated_shops(rt: Runtime) -> list[tuple[int, str, dict[str, Any]]]:
    with rt.db.reading() as session:
        rows = session.execute(select(Shop.id, Shop.base_url, Shop.options).where(Shop.active.is_(True)))
        return [(i, url, opts[SIMULATOR_OPTION]) for i, url, opts in rows if SIMULATOR_OPTION in (opts or {})]


def seed_demo(rt: Runtime, orders: int, seed: int, channels: Sequence[str] = ALL_CHANNELS) -> int:
    """Create the demo shops (or point them at a new order count / seed), the demo catalogue
    and stock; returns the id of the first shop."""
    epoch = utc_now().replace(second=0, microsecond=0).isoformat()
    ids = [_seed_shop(rt, demo, orders, seed, epoch) for demo in DEMO_SHOPS if demo.channel in channels]
    seed_catalog(rt, seed)
    return ids[0]


def _seed_shop(rt: Runtime, demo: DemoShop, orders: int, seed: int, epoch: str) -> int:
    settings = {"kind": demo.channel, "slug": demo.slug, "seed": seed, "orders": orders, "epoch": epoch}
    try:
        shop = find_shop(rt.db, demo.name)
    except NotFoundError:
        return _add_demo_shop(rt, demo, settings)
    current = shop.options.get(SIMULATOR_OPTION, {})
    if current.get("seed") != seed or current.get("orders") != orders:
        with rt.db.transaction() as session:
            session.execute(update(Shop).where(Shop.id == shop.id).values(
                options={**shop.options, SIMULATOR_OPTION: settings}, sync_cursor=None))
    return shop.id


def _add_demo_shop(rt: Runtime, demo: DemoShop, settings: dict[str, Any]) -> int:
    """Credentials come from the simulated shop itself (derived from seed and slug)."""
    with ChannelSimulator(port=0) as simulator:
        served = _serve(simulator, settings)
        connection = served.connection()
    options = {**connection.get("options", {}), SIMULATOR_OPTION: settings,
               "stock_sync": StockSyncSettings(enabled=True, buffer=1).as_options()}
    spec = ShopSpec(demo.channel, demo.name, connection["base_url"], connection.get("key", ""),
                    connection.get("secret", ""), auto_sync_minutes=1, options=options,
                    secrets=dict(connection.get("secrets", {})))
    return add_shop(rt.db, rt.secrets, rt.actor, spec)


def _serve(simulator: ChannelSimulator, settings: dict[str, Any]) -> Any:
    kind = settings.get("kind", "woocommerce")
    return simulator.add_shop(kind, settings["slug"], seed=int(settings["seed"]), orders=int(settings["orders"]),
                              epoch=datetime.fromisoformat(settings["epoch"]), **DEMO_CHANNEL_OPTIONS.get(kind, {}))


def _serving(base_url: str, slug: str) -> bool:
    parts = urlsplit(base_url)
    try:
        answer = requests.get(f"{parts.scheme}://{parts.netloc}/", timeout=1).json()
    except (requests.RequestException, ValueError):
        return False
    return answer.get("service") == SIMULATOR_SERVICE and any(s.get("slug") == slug for s in answer.get("shops", []))


def ensure_simulator(rt: Runtime) -> ChannelSimulator | None:
    """Start one simulator serving every demo shop not already served; None if none needed."""
    pending = [(i, url, opts) for i, url, opts in _simulated_shops(rt) if not _serving(url, opts["slug"])]
    if not pending:
        return None
    simulator = ChannelSimulator(port=0)
    served = [(shop_id, _serve(simulator, opts)) for shop_id, _, opts in pending]
    simulator.start()
    for shop_id, shop in served:
        _point_at(rt, shop_id, shop.connection())
    log.info("channel simulator started at %s", simulator.base_url)
    return simulator


def _point_at(rt: Runtime, shop_id: int, connection: dict[str, Any]) -> None:
    """The simulator's port changes between runs: store its URL and credentials for the shop."""
    with rt.db.transaction() as session:
        shop = session.get(Shop, shop_id)
        assert shop is not None
        shop.base_url = connection["base_url"]
        shop.options = {**shop.options, **connection.get("options", {})}
        ref = shop.credentials_ref
    rt.secrets.update(ref, {"key": connection.get("key", ""), "secret": connection.get("secret", ""),
                            **connection.get("secrets", {})})


# -- the demo catalogue and stock ---------------------------------------------------------------


def seed_catalog(rt: Runtime, seed: int) -> None:
    """SKUs named like the simulated shops' seller SKUs, a warehouse with bins, and stock in them (once)."""
    with rt.db.reading() as session:
        if session.scalar(select(func.count()).select_from(Sku)):
            return
    variants = [v for product in CATALOGUE for v in product.variants if v.sku]
    warehouse = create_warehouse(rt.db, rt.actor, DEMO_WAREHOUSE, "上海主仓 Shanghai", priority=10)
    with rt.db.reading() as session:
        root = warehouse_root(session, warehouse).id
    zone = add_location(rt.db, rt.actor, root, LocationKind.ZONE, "A", "拣货区 Picking")
    bins = [add_location(rt.db, rt.actor, zone, LocationKind.BIN, f"{n:02d}") for n in range(1, 21)]
    rng = random.Random(seed)
    with rt.db.transaction() as session:
        supplier = virtual_location(session, LocationKind.SUPPLIER)
        moves = []
        for index, variant in enumerate(variants):
            sku_id = create_sku_in(session, rt.actor, SkuSpec(
                variant.sku, html.unescape(variant.name), list_price=variant.price, cost=(variant.price * Decimal("0.45")).quantize(
                    Decimal("0.01"))))
            moves.append(MoveSpec(sku_id, Decimal(rng.randint(0, 60)), supplier, bins[index % len(bins)],
                                  MoveReason.RECEIPT, note="demo opening stock"))
        post_moves(session, rt.actor, [move for move in moves if move.quantity > 0])
