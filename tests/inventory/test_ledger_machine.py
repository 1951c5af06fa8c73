"""A hypothesis state machine over the stock ledger: any sequence of operations keeps the books straight.

Rules drive the real services (receipts, bin-to-bin moves, scrap, transfers shipped
and received in parts, reservations, stocktakes posted) and predict from a model
whether each must succeed or be refused. After every step the invariants are
checked (for the example's SKUs; earlier examples' SKUs no longer change):

- each StockBalance equals Σ moves in − Σ moves out for its (SKU, location);
- each WarehouseStock.on_hand equals Σ balances of that warehouse's internal locations;
- each WarehouseStock.reserved equals Σ reservations for it;
- no internal balance is negative where the warehouse does not allow it;
- and the balances of the example's SKUs, in bins and in transit, equal the model.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine, initialize, invariant, precondition, rule, run_state_machine_as_test,
)
from sqlalchemy import func, select

from omsdesk.catalog.models import Sku
from omsdesk.db.engine import Database
from omsdesk.inventory import outbound, receiving, stocktake, transfers
from omsdesk.inventory.ledger import InsufficientStockError, MoveSpec, post_moves, release, reserve
from omsdesk.inventory.locations import add_location, create_warehouse, virtual_location, warehouse_root
from omsdesk.inventory.models import (
    INTERNAL_KINDS, Location, LocationKind, MoveReason, Reservation, StockBalance, StockMove, Warehouse,
    WarehouseStock,
)
from omsdesk.inventory.queries import transfer_lines
from tests.inventory.conftest import World

D = Decimal
ZERO = D(0)
MAIN_BINS = ("A-01", "A-02", "A-03")
ALL_BINS = (*MAIN_BINS, "B-01", "N-01")  # N-01: a warehouse that allows negative stock
_codes = itertools.count(1)


@dataclass
class Context:
    world: World
    warehouse_of: dict[str, int]
    path_of: dict[str, str]
    loose: int  # the warehouse that allows negative stock
    transit: int
    internal: dict[int, tuple[int, bool]]  # internal location → (its warehouse, negative allowed)


def _context(world: World) -> Context:
    db, actor = world.rt.db, world.rt.actor
    loose = create_warehouse(db, actor, "LOOSE", "Overflow", allow_negative=True)
    with db.reading() as session:
        root = warehouse_root(session, loose).id
    world.bins["N-01"] = add_location(db, actor, root, LocationKind.BIN, "N01")
    with db.transaction() as session:
        transit = virtual_location(session, LocationKind.TRANSIT)
        paths = dict(session.execute(select(Location.id, Location.path)).all())
        owners = dict(session.execute(select(Location.id, Location.warehouse_id)).all())
        internal = {loc: (warehouse, allowed) for loc, warehouse, allowed in session.execute(
            select(Location.id, Location.warehouse_id, Warehouse.allow_negative)
            .join(Warehouse, Warehouse.id == Location.warehouse_id).where(Location.kind.in_(INTERNAL_KINDS)))}
    return Context(world, {b: owners[world.bins[b]] for b in ALL_BINS},
                   {b: paths[world.bins[b]] for b in ALL_BINS}, loose, transit, internal)


class LedgerMachine(RuleBasedStateMachine):
    def __init__(self, ctx: Context) -> None:
        super().__init__()
        self.ctx, self.db, self.actor = ctx, ctx.world.rt.db, ctx.world.rt.actor
        with self.db.transaction() as session:
            skus = [Sku(code=f"HYP-{next(_codes)}", name="hypothesis", attributes={}) for _ in range(2)]
            session.add_all(skus)
            session.flush()
            self.skus = [s.id for s in skus]
        self.on_hand: dict[tuple[int, str], Decimal] = defaultdict(Decimal)
        self.reserved: dict[tuple[int, int], Decimal] = defaultdict(Decimal)
        self.reservations: list[tuple[int, int, int, Decimal]] = []  # (document id, sku, warehouse, quantity)
        self.in_transit: list[list] = []  # [transfer id, line id, sku, quantity still in transit]
        self.documents = itertools.count(1)

    # -- the model -------------------------------------------------------------------

    def _loose(self, bin_name: str) -> bool:
        return self.ctx.warehouse_of[bin_name] == self.ctx.loose

    def _warehouse_on_hand(self, sku: int, warehouse: int) -> Decimal:
        return sum((q for (s, b), q in self.on_hand.items() if s == sku and self.ctx.warehouse_of[b] == warehouse),
                   ZERO)

    def _can_take(self, sku: int, bin_name: str, quantity: Decimal) -> bool:
        return self._loose(bin_name) or self.on_hand[(sku, bin_name)] >= quantity

    def _can_leave(self, sku: int, bin_name: str, quantity: Decimal) -> bool:
        warehouse = self.ctx.warehouse_of[bin_name]
        return self._loose(bin_name) or \
            self._warehouse_on_hand(sku, warehouse) - quantity >= self.reserved[(sku, warehouse)]

    def _available(self, sku: int, warehouse: int) -> Decimal:
        return self._warehouse_on_hand(sku, warehouse) - self.reserved[(sku, warehouse)]

    @staticmethod
    def _outcome(allowed: bool, action: Callable[[], object]) -> bool:
        if allowed:
            action()
            return True
        with pytest.raises(InsufficientStockError):
            action()
        return False

    # -- rules -----------------------------------------------------------------------

    @initialize(quantities=st.tuples(*(st.integers(0, 12) for _ in MAIN_BINS)))
    def stock_the_main_bins(self, quantities: tuple[int, ...]) -> None:
        """Start with some stock of the first SKU, so that the rules have something to work on."""
        sku, bins = self.skus[0], self.ctx.world.bins
        lines = [receiving.ReceiptLineSpec(sku, D(q), bins[b]) for b, q in zip(MAIN_BINS, quantities, strict=True) if q]
        if lines:
            receiving.receive(self.db, self.actor, receiving.ReceiptSpec(self.ctx.warehouse_of["A-01"], lines))
        for bin_name, quantity in zip(MAIN_BINS, quantities, strict=True):
            self.on_hand[(sku, bin_name)] += quantity

    @rule(i=st.integers(0, 1), bin_name=st.sampled_from(ALL_BINS), quantity=st.integers(1, 12))
    def receive(self, i: int, bin_name: str, quantity: int) -> None:
        sku, bins = self.skus[i], self.ctx.world.bins
        receiving.receive(self.db, self.actor, receiving.ReceiptSpec(
            self.ctx.warehouse_of[bin_name], [receiving.ReceiptLineSpec(sku, D(quantity), bins[bin_name])]))
        self.on_hand[(sku, bin_name)] += quantity

    @rule(i=st.integers(0, 1), pair=st.permutations(MAIN_BINS), quantity=st.integers(1, 8))
    def move_between_bins(self, i: int, pair: list[str], quantity: int) -> None:
        sku, (source, target) = self.skus[i], pair[:2]
        bins = self.ctx.world.bins

        def move() -> None:
            with self.db.transaction() as session:
                post_moves(session, self.actor, [MoveSpec(sku, D(quantity), bins[source], bins[target],
                                                          MoveReason.INTERNAL)])

        if self._outcome(self._can_take(sku, source, D(quantity)), move):
            self.on_hand[(sku, source)] -= quantity
            self.on_hand[(sku, target)] += quantity

    @rule(i=st.integers(0, 1), bin_name=st.sampled_from(ALL_BINS), quantity=st.integers(1, 8))
    def scrap(self, i: int, bin_name: str, quantity: int) -> None:
        sku, q = self.skus[i], D(quantity)
        allowed = self._can_take(sku, bin_name, q) and self._can_leave(sku, bin_name, q)
        if self._outcome(allowed, lambda: outbound.scrap(self.db, self.actor, sku, self.ctx.world.bins[bin_name],
                                                         q, "hypothesis")):
            self.on_hand[(sku, bin_name)] -= quantity

    @rule(i=st.integers(0, 1), bin_name=st.sampled_from(MAIN_BINS))
    def overdraw_is_refused(self, i: int, bin_name: str) -> None:
        sku = self.skus[i]
        too_much = max(self.on_hand[(sku, bin_name)], ZERO) + 1
        with pytest.raises(InsufficientStockError):
            outbound.scrap(self.db, self.actor, sku, self.ctx.world.bins[bin_name], too_much, "too much")

    @rule(i=st.integers(0, 1), bin_name=st.sampled_from((*MAIN_BINS, "N-01")), quantity=st.integers(1, 8))
    def ship_transfer(self, i: int, bin_name: str, quantity: int) -> None:
        sku, q, ctx = self.skus[i], D(quantity), self.ctx
        source, target = ctx.warehouse_of[bin_name], ctx.warehouse_of["B-01"]
        created: list[int] = []

        def create() -> None:
            created.append(transfers.create_transfer(self.db, self.actor, source, target, [
                transfers.TransferLineSpec(sku, q, ctx.world.bins[bin_name])]))

        if not self._outcome(self._available(sku, source) >= q, create):
            return
        transfer = created[0]
        if self._outcome(self._can_take(sku, bin_name, q),
                         lambda: transfers.ship_transfer(self.db, self.actor, transfer)):
            self.on_hand[(sku, bin_name)] -= quantity
            with self.db.reading() as session:
                line = transfer_lines(session, transfer)[0].id
            self.in_transit.append([transfer, line, sku, q])
        else:
            transfers.cancel_transfer(self.db, self.actor, transfer)

    @precondition(lambda self: self.in_transit)
    @rule(pick=st.integers(0, 100), quantity=st.integers(1, 8))
    def receive_transfer(self, pick: int, quantity: int) -> None:
        entry = self.in_transit[pick % len(self.in_transit)]
        transfer, line, sku, remaining = entry
        q = min(remaining, D(quantity))
        transfers.receive_transfer(self.db, self.actor, transfer, [(line, q, self.ctx.world.bins["B-01"])])
        self.on_hand[(sku, "B-01")] += q
        entry[3] = remaining - q
        if entry[3] == 0:
            self.in_transit.remove(entry)

    @rule(i=st.integers(0, 1), bin_name=st.sampled_from(ALL_BINS), quantity=st.integers(1, 8))
    def reserve(self, i: int, bin_name: str, quantity: int) -> None:
        sku, q, warehouse = self.skus[i], D(quantity), self.ctx.warehouse_of[bin_name]
        document = next(self.documents)

        def hold() -> None:
            with self.db.transaction() as session:
                reserve(session, self.actor, sku, warehouse, q, f"order-{self.skus[0]}", document)

        if self._outcome(self._available(sku, warehouse) >= q, hold):
            self.reserved[(sku, warehouse)] += q
            self.reservations.append((document, sku, warehouse, q))

    @precondition(lambda self: self.reservations)
    @rule(pick=st.integers(0, 100))
    def release(self, pick: int) -> None:
        document, sku, warehouse, q = self.reservations.pop(pick % len(self.reservations))
        with self.db.transaction() as session:
            assert release(session, f"order-{self.skus[0]}", document) == q
        self.reserved[(sku, warehouse)] -= q

    @rule(i=st.integers(0, 1), bin_name=st.sampled_from(ALL_BINS), counted=st.integers(0, 15))
    def stocktake(self, i: int, bin_name: str, counted: int) -> None:
        sku, ctx = self.skus[i], self.ctx
        path = ctx.path_of[bin_name]
        count = stocktake.start_stocktake(self.db, self.actor, ctx.warehouse_of[bin_name],
                                          stocktake.StocktakeScope(bin_path_from=path, bin_path_to=path))
        stocktake.record_count(self.db, self.actor, count, sku, ctx.world.bins[bin_name], D(counted))
        difference = counted - self.on_hand[(sku, bin_name)]
        allowed = difference >= 0 or self._can_leave(sku, bin_name, -difference)
        if self._outcome(allowed, lambda: stocktake.post_stocktake(self.db, self.actor, count)):
            self.on_hand[(sku, bin_name)] = D(counted)
        else:
            stocktake.cancel_stocktake(self.db, self.actor, count)

    # -- invariants ------------------------------------------------------------------

    @invariant()
    def the_books_are_consistent(self) -> None:
        books = _read_books(self.db, self.skus)
        _balances_equal_the_sum_of_moves(books)
        _warehouse_totals_equal_their_bins_and_reservations(books, self.ctx)
        _no_negative_stock_where_it_is_not_allowed(books, self.ctx)
        self._the_books_match_the_model(books)

    def _the_books_match_the_model(self, books: Books) -> None:
        bins, ctx = self.ctx.world.bins, self.ctx
        for sku in self.skus:
            for bin_name in ALL_BINS:
                assert books.balances.get((sku, bins[bin_name]), ZERO) == self.on_hand[(sku, bin_name)], (sku, bin_name)
            transit = sum((e[3] for e in self.in_transit if e[2] == sku), ZERO)
            assert books.balances.get((sku, ctx.transit), ZERO) == transit
            for (s, warehouse), reserved in self.reserved.items():
                if s == sku:
                    assert books.totals.get((sku, warehouse), (ZERO, ZERO))[1] == reserved


@dataclass(frozen=True)
class Books:
    moved: dict[tuple[int, int], Decimal]  # Σ in − Σ out per (SKU, location)
    balances: dict[tuple[int, int], Decimal]
    held: dict[tuple[int, int], Decimal]  # Σ reservations per (SKU, warehouse)
    totals: dict[tuple[int, int], tuple[Decimal, Decimal]]  # WarehouseStock (on hand, reserved)


def _read_books(db: Database, skus: list[int]) -> Books:
    moved: dict[tuple[int, int], Decimal] = defaultdict(Decimal)
    with db.reading() as session:
        for sku, location, total in session.execute(
                select(StockMove.sku_id, StockMove.to_location_id, func.sum(StockMove.quantity))
                .where(StockMove.sku_id.in_(skus)).group_by(StockMove.sku_id, StockMove.to_location_id)):
            moved[(sku, location)] += total
        for sku, location, total in session.execute(
                select(StockMove.sku_id, StockMove.from_location_id, func.sum(StockMove.quantity))
                .where(StockMove.sku_id.in_(skus)).group_by(StockMove.sku_id, StockMove.from_location_id)):
            moved[(sku, location)] -= total
        balances = {(s, loc): q for s, loc, q in session.execute(
            select(StockBalance.sku_id, StockBalance.location_id, StockBalance.on_hand)
            .where(StockBalance.sku_id.in_(skus)))}
        held = {(s, w): q for s, w, q in session.execute(
            select(Reservation.sku_id, Reservation.warehouse_id, func.sum(Reservation.quantity))
            .where(Reservation.sku_id.in_(skus)).group_by(Reservation.sku_id, Reservation.warehouse_id))}
        totals = {(s, w): (on_hand, reserved) for s, w, on_hand, reserved in session.execute(
            select(WarehouseStock.sku_id, WarehouseStock.warehouse_id, WarehouseStock.on_hand,
                   WarehouseStock.reserved).where(WarehouseStock.sku_id.in_(skus)))}
    return Books(dict(moved), balances, held, totals)


def _balances_equal_the_sum_of_moves(books: Books) -> None:
    for key in books.moved.keys() | books.balances.keys():
        assert books.balances.get(key, ZERO) == books.moved.get(key, ZERO), key


def _warehouse_totals_equal_their_bins_and_reservations(books: Books, ctx: Context) -> None:
    in_bins: dict[tuple[int, int], Decimal] = defaultdict(Decimal)
    for (sku, location), on_hand in books.balances.items():
        if location in ctx.internal:
            in_bins[(sku, ctx.internal[location][0])] += on_hand
    for key in in_bins.keys() | books.held.keys() | books.totals.keys():
        expected = (in_bins.get(key, ZERO), books.held.get(key, ZERO))
        assert books.totals.get(key, (ZERO, ZERO)) == expected, key


def _no_negative_stock_where_it_is_not_allowed(books: Books, ctx: Context) -> None:
    negative = [(key, on_hand) for key, on_hand in books.balances.items()
                if on_hand < 0 and key[1] in ctx.internal and not ctx.internal[key[1]][1]]
    assert negative == []


def test_the_ledger_keeps_its_invariants_under_any_sequence_of_operations(world: World) -> None:
    ctx = _context(world)
    if world.rt.db.is_sqlite:
        profile = settings(max_examples=30, stateful_step_count=20, deadline=None, database=None,
                           suppress_health_check=list(HealthCheck))
    else:  # the same rules on PostgreSQL, in a shorter run
        profile = settings(max_examples=8, stateful_step_count=12, deadline=None, database=None,
                           suppress_health_check=list(HealthCheck))
    run_state_machine_as_test(lambda: LedgerMachine(ctx), settings=profile)
