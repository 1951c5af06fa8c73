"""Benchmark: allocating every approved order, beside raw sqlite3 making the same reservations.

10,000 approved orders (OMSDESK_BENCH_ALLOCATION_ORDERS) of 1–3 lines, one line in ten a virtual
bundle of two components, are generated with bulk inserts, with stock in two warehouses: most
orders fill from the first, some fall to the second, some wait. ``allocation.allocate`` then runs
over all of them (priority, then oldest first). The baseline replays the reservations it made on
a copy of the database taken before, through sqlite3: the ledger's compare-and-set UPDATE and the
INSERT of each reservation, in transactions of the same size, with none of the planning, order
updates, transitions, flags or audit.

Run with `make bench`. Prints figures; asserts only correctness, never timings.
"""

from __future__ import annotations

import os
import random
import sqlite3
import time
from collections import defaultdict
from datetime import UTC, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, insert, select

from omsdesk.auth.actor import Actor
from omsdesk.catalog.models import BundleComponent, Sku, SkuKind
from omsdesk.db.engine import Database
from omsdesk.db.migrate import upgrade
from omsdesk.db.types import utc_now
from omsdesk.inventory.locations import add_location, create_warehouse, virtual_location, warehouse_root
from omsdesk.inventory.models import LocationKind, MoveReason, Reservation, StockBalance, StockMove, WarehouseStock
from omsdesk.orders import allocation
from omsdesk.orders.models import Order, OrderIssue, OrderIssueKind, OrderLine, OrderState, OrderTransition
from omsdesk.sync.models import Shop
from tests.fakes import EPOCH

pytestmark = pytest.mark.bench

ORDERS = int(os.environ.get("OMSDESK_BENCH_ALLOCATION_ORDERS", "10000"))
STANDARD_SKUS = 2_000
BUNDLES = 100
SCALE = 10_000  # Precise columns hold 4 places: SQLite stores the integer count of 1/10,000
ACTOR = Actor("bench")
D = Decimal


def _build(path: Path, seed: int = 7) -> tuple[Database, list[int]]:
    """The database, and the warehouse ids in shipping order."""
    url = f"sqlite:///{path}"
    upgrade(url)
    db = Database(url)
    warehouses, bins = [], []
    for code, priority in (("SH", 10), ("GZ", 20)):
        warehouse = create_warehouse(db, ACTOR, code, f"{code} warehouse", priority=priority)
        with db.reading() as session:
            root = warehouse_root(session, warehouse).id
        bins.append(add_location(db, ACTOR, root, LocationKind.BIN, "B01"))
        warehouses.append(warehouse)
    rng = random.Random(seed)
    now = utc_now()
    with db.transaction() as session:
        shop = Shop(channel="woocommerce", name="bench", base_url="http://x", credentials_ref="x", options={})
        session.add(shop)
        session.flush()
        session.execute(insert(Sku), [{"code": f"S-{n:05d}", "name": f"bench {n}", "attributes": {}, "created_at": now}
                                      for n in range(STANDARD_SKUS)])
        session.execute(insert(Sku), [{"code": f"K-{n:04d}", "name": f"kit {n}", "attributes": {}, "created_at": now,
                                       "kind": SkuKind.VIRTUAL_BUNDLE} for n in range(BUNDLES)])
        standard = list(session.scalars(select(Sku.id).where(Sku.kind == SkuKind.STANDARD).order_by(Sku.id)))
        kits = list(session.scalars(select(Sku.id).where(Sku.kind == SkuKind.VIRTUAL_BUNDLE).order_by(Sku.id)))
        session.execute(insert(BundleComponent), [
            {"bundle_sku_id": kit, "component_sku_id": component, "quantity": D(quantity)}
            for kit in kits for component, quantity in zip(rng.sample(standard, 2), (1, 2), strict=True)])
        _stock(session, rng, standard, warehouses, bins, now)
        _orders(session, rng, shop.id, standard, kits)
    return db, warehouses


def _stock(session, rng: random.Random, skus: list[int], warehouses: list[int], bins: list[int], now) -> None:
    """A receipt per SKU and bin, with the balances and warehouse totals the ledger would keep."""
    supplier = virtual_location(session, LocationKind.SUPPLIER)
    moves, balances, totals = [], [], []
    for sku in skus:
        for warehouse, bin_id, (least, most) in zip(warehouses, bins, ((4, 20), (0, 12)), strict=True):
            quantity = D(rng.randint(least, most))
            if quantity:
                moves.append({"sku_id": sku, "quantity": quantity, "from_location_id": supplier,
                              "to_location_id": bin_id, "reason": MoveReason.RECEIPT, "actor": ACTOR.name, "at": now})
                balances += [{"sku_id": sku, "location_id": bin_id, "on_hand": quantity},
                             {"sku_id": sku, "location_id": supplier, "on_hand": -quantity}]
                totals.append({"sku_id": sku, "warehouse_id": warehouse, "on_hand": quantity, "reserved": D(0)})
    supplier_totals: dict[int, Decimal] = defaultdict(Decimal)
    for row in balances:
        if row["location_id"] == supplier:
            supplier_totals[row["sku_id"]] += row["on_hand"]
    session.execute(insert(StockMove), moves)
    session.execute(insert(StockBalance), [b for b in balances if b["location_id"] != supplier]
                    + [{"sku_id": s, "location_id": supplier, "on_hand": q} for s, q in supplier_totals.items()])
    session.execute(insert(WarehouseStock), totals)


def _orders(session, rng: random.Random, shop_id: int, standard: list[int], kits: list[int]) -> None:
    price = D("10.00")
    orders, lines = [], []
    for n in range(1, ORDERS + 1):
        created = EPOCH + timedelta(minutes=n)
        count = rng.choice((1, 1, 2, 2, 3))
        order_lines = [(rng.choice(kits) if rng.random() < 0.1 else rng.choice(standard), D(rng.choice((1, 1, 2))))
                       for _ in range(count)]
        goods = sum((price * q for _, q in order_lines), D(0))
        orders.append({
            "id": n, "shop_id": shop_id, "external_id": str(n), "number": f"B{n:06d}", "channel_status": "processing",
            "state": OrderState.APPROVED, "currency": "CNY", "goods_subtotal": goods, "discount_total": D(0),
            "discount_tax": D(0), "shipping_total": D(0), "shipping_tax": D(0), "fee_total": D(0), "fee_tax": D(0),
            "total_tax": D(0), "total_excl_tax": goods, "total": goods, "refunded_total": D(0),
            "item_count": sum(q for _, q in order_lines), "priority": 1 if n % 50 == 0 else 0,
            "channel_created_at": created, "channel_updated_at": created, "content_hash": str(n),
            "channel_order_id": str(n), "version": 1, "imported_at": created, "updated_at": created,
        })
        for line_no, (sku, quantity) in enumerate(order_lines, start=1):
            amount = price * quantity
            lines.append({
                "order_id": n, "line_no": line_no, "external_id": f"{n}-{line_no}", "sku_id": sku,
                "channel_sku": "", "quantity": quantity, "unit_price": price, "unit_net": price,
                "unit_net_incl_tax": price, "subtotal": amount, "subtotal_tax": D(0), "discount": D(0),
                "total": amount, "total_tax": D(0), "total_incl_tax": amount, "net_total": amount, "net_tax": D(0),
                "net_total_incl_tax": amount, "allocated_quantity": D(0), "attributes": {},
            })
    session.execute(insert(Order), orders)
    session.execute(insert(OrderLine), lines)


def _copy(db: Database, source: Path, target: Path) -> None:
    db.dispose()
    with sqlite3.connect(source) as connection, sqlite3.connect(target) as copy:
        connection.backup(copy)


RAW_RESERVE = ("UPDATE warehouse_stock SET reserved = reserved + ? "
               "WHERE sku_id = ? AND warehouse_id = ? AND on_hand - reserved >= ?")
RAW_INSERT = ("INSERT INTO reservations (sku_id, warehouse_id, location_id, quantity, document_type, document_id, "
              "document_line_id, actor, created_at) VALUES (?, ?, NULL, ?, 'order', ?, ?, ?, ?)")


def _reserve_raw(path: Path, reservations: list[tuple[int, int, int, int, int]], group: int) -> float:
    """The same reservations through sqlite3: compare-and-set + insert, ``group`` orders per transaction."""
    by_order: dict[int, list[tuple[int, int, int, int, int]]] = defaultdict(list)
    for row in reservations:
        by_order[row[3]].append(row)
    orders = list(by_order.values())
    at = utc_now().astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ")
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=NORMAL")
    started = time.perf_counter()
    for start in range(0, len(orders), group):
        connection.execute("BEGIN IMMEDIATE")
        for rows in orders[start:start + group]:
            for sku, warehouse, quantity, order_id, line_id in rows:
                if connection.execute(RAW_RESERVE, (quantity, sku, warehouse, quantity)).rowcount != 1:
                    raise AssertionError(f"raw reserve refused: SKU {sku} in warehouse {warehouse}")
                connection.execute(RAW_INSERT, (sku, warehouse, quantity, order_id, line_id, ACTOR.name, at))
        connection.execute("COMMIT")
    elapsed = time.perf_counter() - started
    connection.close()
    return elapsed


def _reserved(db: Database) -> dict[tuple[int, int], Decimal]:
    with db.reading() as session:
        return {(s, w): r for s, w, r in session.execute(
            select(WarehouseStock.sku_id, WarehouseStock.warehouse_id, WarehouseStock.reserved))}


def _check_books(db: Database, result: allocation.AllocationResult) -> list[tuple[int, int, int, int, int]]:
    """Every allocated order holds exactly what it needs, in its warehouse; the totals match the reservations."""
    with db.reading() as session:
        held: dict[tuple[int, int], Decimal] = defaultdict(Decimal)
        rows = session.execute(select(Reservation.sku_id, Reservation.warehouse_id, Reservation.quantity,
                                      Reservation.document_id, Reservation.document_line_id)
                               .order_by(Reservation.id)).all()
        for sku, warehouse, quantity, _, _ in rows:
            held[(sku, warehouse)] += quantity
        for (sku, warehouse), reserved in _reserved(db).items():
            assert reserved == held.get((sku, warehouse), D(0))
        assert session.scalar(select(func.count()).select_from(WarehouseStock)
                              .where(WarehouseStock.on_hand < WarehouseStock.reserved)) == 0
        components = defaultdict(list)
        for kit, component, quantity in session.execute(select(BundleComponent.bundle_sku_id,
                                                               BundleComponent.component_sku_id,
                                                               BundleComponent.quantity)):
            components[kit].append((component, quantity))
        needed: dict[int, dict[int, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
        for order_id, sku, quantity in session.execute(select(OrderLine.order_id, OrderLine.sku_id,
                                                              OrderLine.quantity)):
            for part, per_unit in components.get(sku, [(sku, D(1))]):
                needed[order_id][part] += per_unit * quantity
        reserved_by_order: dict[int, dict[int, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
        warehouses_of: dict[int, set[int]] = defaultdict(set)
        for sku, warehouse, quantity, order_id, _ in rows:
            reserved_by_order[order_id][sku] += quantity
            warehouses_of[order_id].add(warehouse)
        for order_id in result.allocated:
            assert reserved_by_order[order_id] == needed[order_id]
            assert len(warehouses_of[order_id]) == 1
        assert set(reserved_by_order) == set(result.allocated)
        states = dict(session.execute(select(Order.state, func.count()).group_by(Order.state)).all())
        assert states == {OrderState.ALLOCATED: len(result.allocated), OrderState.APPROVED: len(result.waiting)}
        assert session.scalar(select(func.count()).select_from(OrderTransition)) == len(result.allocated)
        assert session.scalar(select(func.count()).select_from(OrderIssue).where(
            OrderIssue.kind == OrderIssueKind.OUT_OF_STOCK, OrderIssue.resolved_at.is_(None))) == len(result.waiting)
    return [(sku, warehouse, int(quantity * SCALE), order_id, line_id)
            for sku, warehouse, quantity, order_id, line_id in rows]


def test_bench_allocating_every_approved_order(tmp_path: Path) -> None:
    path, copy = tmp_path / "ours.sqlite3", tmp_path / "raw.sqlite3"
    db, warehouses = _build(path)
    _copy(db, path, copy)

    started, cpu = time.perf_counter(), time.process_time()
    result = allocation.allocate(db, ACTOR)
    ours, ours_cpu = time.perf_counter() - started, time.process_time() - cpu

    assert result.failed == [] and not result.cancelled
    assert len(result.done) == ORDERS == len(result.allocated) + len(result.waiting)
    reservations = _check_books(db, result)
    with db.reading() as session:
        second = session.scalar(select(func.count()).select_from(Order)
                                .where(Order.warehouse_id == warehouses[1])) or 0
    raw = _reserve_raw(copy, reservations, allocation.GROUP)
    raw_db = Database(f"sqlite:///{copy}")
    assert _reserved(raw_db) == _reserved(db)  # the same reservations either way
    raw_db.dispose()
    db.dispose()

    allocated = len(result.allocated)
    print(f"\nallocate: {ORDERS:,} approved orders in {ours:.1f} s = {ORDERS / ours:,.0f} orders/s "
          f"(CPU {ours_cpu:.1f} s; {allocated:,} allocated, {allocated - second:,} from the first warehouse and {second:,} from the "
          f"second; {len(result.waiting):,} waiting; {len(reservations):,} reservations; "
          f"{allocation.GROUP} orders per transaction)")
    print(f"raw sqlite3 (compare-and-set UPDATE + INSERT of the same {len(reservations):,} reservations, no planning, "
          f"order updates, history, flags or audit): {raw:.2f} s = {ORDERS / raw:,.0f} orders/s")
    print(f"ratio allocate / raw: {ours / raw:.1f}x")
