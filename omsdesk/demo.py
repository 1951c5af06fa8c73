"""The demo: a shop fed by the channel simulator, reproducible from a seed.

A demo shop keeps its simulator settings (seed, order count, epoch) in its
options, so any later ``omsdesk sync`` or app start can bring the same simulator
back and see the same orders: a second sync right after the first reports them
unchanged. A simulator that is already serving the shop (another omsdesk process
running the demo) is reused rather than replaced.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

import requests
from sqlalchemy import select, update

from connectors.simulator import ChannelSimulator
from omsdesk.db.types import utc_now
from omsdesk.runtime import Runtime
from omsdesk.sync.models import Shop
from omsdesk.sync.shops import ShopSpec, add_shop, find_shop
from omsdesk.errors import NotFoundError

log = logging.getLogger(__name__)

DEMO_SHOP_NAME = "Demo web shop"
DEMO_KEY = "ck_omsdesk_demo_0000000000000000000000000000"
DEMO_SECRET = "cs_omsdesk_demo_0000000000000000000000000000"
SIMULATOR_OPTION = "simulator"
SIMULATOR_SERVICE = "omsdesk-channel-simulator"


@dataclass(frozen=True)
class SimulatedShop:
    shop_id: int
    slug: str
    seed: int
    orders: int
    epoch: datetime


def _simulated_shops(rt: Runtime) -> list[tuple[int, str, dict[str, Any]]]:
    with rt.db.reading() as session:
        rows = session.execute(select(Shop.id, Shop.base_url, Shop.options).where(Shop.active.is_(True)))
        return [(i, url, opts[SIMULATOR_OPTION]) for i, url, opts in rows if SIMULATOR_OPTION in (opts or {})]


def seed_demo(rt: Runtime, orders: int, seed: int) -> int:
    """Create the demo shop, or point it at a new order count / seed; returns its id."""
    settings = {"seed": seed, "orders": orders, "slug": "webshop",
                "epoch": utc_now().replace(second=0, microsecond=0).isoformat()}
    try:
        shop = find_shop(rt.db, DEMO_SHOP_NAME)
    except NotFoundError:
        spec = ShopSpec("woocommerce", DEMO_SHOP_NAME, "http://127.0.0.1:1", DEMO_KEY, DEMO_SECRET,
                        auto_sync_minutes=1, options={SIMULATOR_OPTION: settings})
        return add_shop(rt.db, rt.secrets, rt.actor, spec)
    current = shop.options.get(SIMULATOR_OPTION, {})
    if current.get("seed") != seed or current.get("orders") != orders:
        with rt.db.transaction() as session:
            session.execute(update(Shop).where(Shop.id == shop.id).values(
                options={**shop.options, SIMULATOR_OPTION: settings}, sync_cursor=None))
    return shop.id


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
    shops = []
    for shop_id, _, opts in pending:
        served = simulator.add_woocommerce_shop(
            slug=opts["slug"], seed=int(opts["seed"]), orders=int(opts["orders"]),
            epoch=datetime.fromisoformat(opts["epoch"]), key=DEMO_KEY, secret=DEMO_SECRET,
        )
        shops.append((shop_id, served))
    simulator.start()
    with rt.db.transaction() as session:
        for shop_id, served in shops:
            session.execute(update(Shop).where(Shop.id == shop_id).values(base_url=served.url))
    log.info("channel simulator started at %s", simulator.base_url)
    return simulator
