"""Benchmark: a full sync from the simulator, end to end (HTTP, parsing, import), one shop and five shops.

Run with `make bench`. ``OMSDESK_BENCH_SYNC_ORDERS`` orders in all (default 5,000 so
CI stays quick; the issue's figure is for 100,000): one shop holding them all, or five
shops (one per channel) holding a fifth each, synced in parallel. The apply step
beside a raw insert of the same rows is in test_bench_import.py. Prints figures;
asserts only correctness, never timings.
"""

from __future__ import annotations

import os
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import keyring
import pytest
from sqlalchemy import func, select

from omsdesk.orders.models import Order
from omsdesk.runtime import open_runtime
from omsdesk.sync.cycle import run_shop_cycle
from tests.fakes import MemoryKeyring
from tests.sync.channel_world import (
    CHANNELS,
    add_simulated,
    lagging_simulator,
    simulated_shop,
)

pytestmark = pytest.mark.bench

ORDERS = int(os.environ.get("OMSDESK_BENCH_SYNC_ORDERS", "5000"))


def synced(tmp_path: Path, kinds: tuple[str, ...], name: str, per_shop: int) -> tuple[float, int]:
    keyring.set_keyring(MemoryKeyring())
    rt = open_runtime(f"sqlite:///{tmp_path / name}.sqlite3")
    try:
        with lagging_simulator() as simulator:
            shops = {kind: simulated_shop(simulator, kind, per_shop, seed=42) for kind in kinds}
            ids = [add_simulated(rt, shop, kind, timeout=30.0, retries=3) for kind, shop in shops.items()]
            started = time.perf_counter()
            with ThreadPoolExecutor(max_workers=len(ids)) as pool:
                cycles = list(pool.map(lambda shop_id: run_shop_cycle(rt.db, rt.secrets, rt.actor, shop_id), ids))
            elapsed = time.perf_counter() - started
        assert all(cycle.sync is not None and cycle.sync.ok for cycle in cycles), [c.summary() for c in cycles]
        with rt.db.reading() as session:
            stored = session.scalar(select(func.count()).select_from(Order)) or 0
        held = sum(1 for shop in shops.values() for truth in shop.truth().values() if truth.held)
        assert stored == sum(len(shop.truth()) for shop in shops.values()) - held
        return elapsed, stored
    finally:
        rt.close()


@pytest.mark.parametrize("kind", CHANNELS)
def test_bench_full_sync_one_shop(kind: str, tmp_path: Path) -> None:
    elapsed, stored = synced(tmp_path, (kind,), kind, ORDERS)
    print(f"\nfull sync, one {kind} shop: {stored:,} orders in {elapsed:.1f} s = {stored / elapsed:,.0f} orders/s")


def test_bench_full_sync_five_shops_in_parallel(tmp_path: Path) -> None:
    elapsed, stored = synced(tmp_path, CHANNELS, "five", ORDERS // len(CHANNELS))
    print(f"\nfull sync, five shops (one per channel) in parallel: {stored:,} orders in {elapsed:.1f} s "
          f"= {stored / elapsed:,.0f} orders/s")
