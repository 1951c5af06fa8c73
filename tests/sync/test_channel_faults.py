"""Every channel, 5,000 orders, every fault the simulator can throw: nothing lost, nothing doubled.

The simulator injects 5xx, 429 with Retry-After, answers past the client timeout,
dropped connections (before and after acting), malformed JSON, the same order on
two pages, orders modified while paging and expired tokens, at random. Syncs run
until one completes; then the database must hold exactly the channel's orders
with the channel's final status and money, and every shipment the channel
acknowledged must have reached it exactly once.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from decimal import Decimal

import pytest
from sqlalchemy import select

from connectors.simulator import ChannelSimulator
from omsdesk.fulfilment.carriers import CARRIERS
from omsdesk.fulfilment.services import ShipmentSpec, record_shipment
from omsdesk.orders.models import Order, OrderState, PaymentStatus
from omsdesk.runtime import Runtime
from omsdesk.sync import outbox
from omsdesk.sync.cycle import run_shop_cycle
from omsdesk.sync.models import OutboxState
from tests.sync.channel_world import (
    CHANNELS,
    add_simulated,
    chaos_kinds,
    compare_with_truth,
    lagging_simulator,
    simulated_shop,
    tracking_pushes,
)

ORDERS = 5_000
FAULT_RATE = 0.03
MAX_RUNS = 12
SHIPMENTS = 40


@pytest.fixture
def simulator() -> Iterator[ChannelSimulator]:
    with lagging_simulator() as sim:
        yield sim


@pytest.fixture
def rt(sqlite_url: str) -> Iterator[Runtime]:
    """SQLite only: the 5,000-order runs are about the channels; PostgreSQL runs the kill and outbox tests."""
    from omsdesk.runtime import open_runtime

    runtime = open_runtime(sqlite_url)
    yield runtime
    runtime.close()


def sync_until_complete(rt: Runtime, shop_id: int) -> int:
    for run in range(1, MAX_RUNS + 1):
        cycle = run_shop_cycle(rt.db, rt.secrets, rt.actor, shop_id)
        if cycle.sync is not None and cycle.sync.ok and cycle.sync.failed == 0:
            return run
    pytest.fail(f"no complete sync in {MAX_RUNS} runs; last: {cycle.summary()} {cycle.sync.message}")


def ship_some(rt: Runtime, shop_id: int, count: int) -> list[tuple[str, str]]:
    """Record shipments for ``count`` open, paid orders; returns (external id, tracking number)."""
    with rt.db.reading() as session:
        candidates = session.execute(
            select(Order.id, Order.external_id).where(Order.shop_id == shop_id, Order.state == OrderState.NEW,
                                                      Order.payment_status == PaymentStatus.PAID)
            .order_by(Order.id).limit(count)).all()
    shipped = []
    sf = next(c for c in CARRIERS if c.code == "SF")
    for n, (order_id, external_id) in enumerate(candidates):
        tracking = f"SF{9_000_000_000_000 + n}"
        assert sf.accepts(tracking)
        record_shipment(rt.db, rt.actor, ShipmentSpec(order_id, "SF", tracking, "顺丰速运"))
        shipped.append((external_id, tracking))
    return shipped


def push_until_done(rt: Runtime, shop_id: int) -> None:
    for _ in range(MAX_RUNS * 4):
        with rt.db.transaction() as session:  # retries are due at once in a test
            session.execute(outbox.OutboxItem.__table__.update()
                            .where(outbox.OutboxItem.state == OutboxState.PENDING)
                            .values(next_attempt_at=outbox.utc_now()))
        run_shop_cycle(rt.db, rt.secrets, rt.actor, shop_id, pull=False)
        counts = outbox.counts_by_state(rt.db, shop_id)
        if set(counts) <= {"done", "failed"}:
            return
    pytest.fail(f"the outbox did not drain: {counts}")


@pytest.mark.parametrize("kind", CHANNELS)
def test_sync_and_push_through_every_fault(kind: str, rt: Runtime, simulator: ChannelSimulator) -> None:
    runtime = rt
    shop = simulated_shop(simulator, kind, ORDERS)
    shop_id = add_simulated(runtime, shop, kind)
    shop.faults.chaos(FAULT_RATE, seed=random.Random(kind).randrange(1000), kinds=chaos_kinds(kind),
                      retry_after=0.01, slow_seconds=0.4)

    sync_until_complete(runtime, shop_id)
    for _ in range(3):  # the channel keeps changing: new orders, payments, cancellations
        shop.live_tick()
    shop.faults.chaos(FAULT_RATE, seed=7, kinds=chaos_kinds(kind, modify=False), retry_after=0.01,
                      slow_seconds=0.4)
    sync_until_complete(runtime, shop_id)
    mismatch = compare_with_truth(runtime, shop_id, shop)
    assert not mismatch, mismatch

    shipped = ship_some(runtime, shop_id, SHIPMENTS)
    assert len(shipped) == SHIPMENTS
    push_until_done(runtime, shop_id)
    counts = outbox.counts_by_state(runtime.db, shop_id)
    assert counts.get("failed", 0) == 0, outbox.list_items(runtime.db, shop_id=shop_id, states=[OutboxState.FAILED])
    pushes = tracking_pushes(shop)
    acknowledged = {f"{external_id}/{tracking}" for external_id, tracking in shipped}
    assert set(pushes) == acknowledged
    assert all(count == 1 for count in pushes.values()), {k: c for k, c in pushes.items() if c != 1}
    assert Decimal(counts["done"]) == SHIPMENTS
