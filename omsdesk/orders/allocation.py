"""Allocation (配货): reserve an approved order's stock in one warehouse, chosen by the shop's priority.

Each shop lists its warehouses in the order they should ship from (``AllocationSettings``;
none listed: every active warehouse by its own priority, then code). An order is allocated in
the FIRST warehouse that can fill the whole of it: every line of a normal or pre-packed SKU
needs that SKU, a line of a virtual bundle needs its components (a bundle line is filled only
when all its components are). Reservations go through the ledger (``ledger.reserve``), one per
line and SKU, with the order as the document.

When no warehouse can fill the whole order, the shop's partial policy decides:

* WAIT: nothing is reserved; the order stays approved with an out-of-stock flag naming what is
  short (one open flag, kept up to date).
* SPLIT: what the best warehouse (the one that fills the most lines whole) can ship is split off
  into a new order and allocated there; the original keeps the rest and waits, flagged.
* ALLOCATE_AVAILABLE: what the best warehouse has is reserved; the order is allocated with a
  partially-allocated flag naming the shortfall. To top it up later, deallocate and allocate
  again (the state table does not allow allocating an allocated order).

Bulk allocation takes a selection or every approved order, highest priority first, then oldest
(or newest) first, and commits in groups of 50 orders. A group is planned and written in one go,
with one flush: refusals (not approved, an unmapped line, changed by someone meanwhile) are found
while planning, before anything is written. When writing is refused (stock another desktop took
meanwhile), the group is rolled back and done again order by order, each in its own savepoint, so
one refused order never costs the others. Two desktops allocating at once on PostgreSQL may hold
stock rows the other needs: PostgreSQL ends such a deadlock by failing one transaction, whose
group is then done again one order per transaction (an order locks its rows in SKU order, so
those cannot deadlock among themselves).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import ROUND_FLOOR, Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.exc import StaleDataError

from omsdesk.auth import audit
from omsdesk.auth.actor import Actor
from omsdesk.catalog.models import BundleComponent, Sku, SkuKind
from omsdesk.db.engine import Database
from omsdesk.db.types import utc_now
from omsdesk.errors import QT_TRANSLATE_NOOP, ConflictError, NotAllowedError, NotFoundError, UserError, ValidationError
from omsdesk.inventory.ledger import InsufficientStockError, quantity_text, reserve
from omsdesk.inventory.models import Warehouse, WarehouseStock
from omsdesk.orders import states
from omsdesk.orders.batch import BatchFailure, BatchResult, Cancelled, Progress, run_per_order
from omsdesk.orders.channel_updates import ORDER_DOCUMENT, release_order_stock
from omsdesk.orders.models import Order, OrderIssue, OrderIssueKind, OrderLine, OrderState, PartialPolicy
from omsdesk.orders.states import OrderOperation
from omsdesk.sync.models import Shop

OPTION = "allocation"  # the key in Shop.options
ZERO = Decimal(0)
QUANTUM = Decimal("0.0001")  # quantities hold 4 places
PAGE = 500  # order ids read per query when allocating every approved order
GROUP = 50  # orders per transaction
TRANSIENT = frozenset({"40P01", "40001"})  # PostgreSQL ended a deadlock, or a serialization failure: try again
RETRIES = 3
ALLOCATION_FLAGS = (OrderIssueKind.OUT_OF_STOCK, OrderIssueKind.PARTIALLY_ALLOCATED)


# -- settings per shop ---------------------------------------------------------------------------


@dataclass(frozen=True)
class AllocationSettings:
    """A shop's allocation options (kept in ``Shop.options["allocation"]``)."""

    warehouse_ids: list[int] = field(default_factory=list)  # priority order; empty: every active warehouse
    partial_policy: PartialPolicy = PartialPolicy.WAIT

    @classmethod
    def from_options(cls, options: Mapping[str, Any]) -> AllocationSettings:
        raw = options.get(OPTION) or {}
        policy = raw.get("partial_policy") or PartialPolicy.WAIT.value
        try:
            partial_policy = PartialPolicy(policy)
        except ValueError:  # written by a newer omsdesk: the safe choice
            partial_policy = PartialPolicy.WAIT
        return cls([int(w) for w in raw.get("warehouse_ids", ())], partial_policy)

    def as_options(self) -> dict[str, Any]:
        return {"warehouse_ids": list(self.warehouse_ids), "partial_policy": self.partial_policy.value}


def allocation_settings(session: Session, shop_id: int) -> AllocationSettings:
    options = session.scalar(select(Shop.options).where(Shop.id == shop_id))
    if options is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Messages", "shop {shop_id} does not exist"), shop_id=shop_id)
    return AllocationSettings.from_options(options)


def save_allocation_settings(db: Database, actor: Actor, shop_id: int, settings: AllocationSettings) -> None:
    """Store the shop's warehouse priority and partial policy; every warehouse named must exist."""
    ids = [int(w) for w in settings.warehouse_ids]
    if len(set(ids)) != len(ids):
        raise ValidationError("warehouses", QT_TRANSLATE_NOOP(
            "Messages", "a warehouse is listed twice in the allocation order; list each once"))
    with db.transaction() as session:
        shop = session.get(Shop, shop_id)
        if shop is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Messages", "shop {shop_id} does not exist"), shop_id=shop_id)
        codes = dict(session.execute(select(Warehouse.id, Warehouse.code).where(Warehouse.id.in_(ids))).all())
        missing = [w for w in ids if w not in codes]
        if missing:
            raise ValidationError("warehouses", QT_TRANSLATE_NOOP(
                "Messages", "warehouse {warehouse_id} does not exist; choose the shop's warehouses again"),
                warehouse_id=missing[0])
        before = AllocationSettings.from_options(shop.options)
        after = AllocationSettings(ids, PartialPolicy(settings.partial_policy))
        shop.options = {**shop.options, OPTION: after.as_options()}
        audit.record(session, actor, "shop.allocation", "shop", shop.id,
                     f"set the allocation of shop {shop.name}: "
                     f"{' > '.join(codes[w] for w in ids) or 'all warehouses'}, {after.partial_policy.value}",
                     before=before.as_options(), after=after.as_options())


# -- what an order needs, and what the warehouses have --------------------------------------------


@dataclass(frozen=True)
class _SkuInfo:
    code: str
    kind: SkuKind
    components: tuple[tuple[int, Decimal], ...]  # (component SKU, quantity per bundle), virtual bundles only


@dataclass(frozen=True)
class _LineNeed:
    line: OrderLine
    sku: _SkuInfo  # the line's own SKU
    parts: tuple[tuple[int, Decimal], ...]  # (SKU, quantity per unit of the line), sorted by SKU
    whole_units: bool  # bundles are filled in whole units only

    @property
    def quantity(self) -> Decimal:
        return self.line.quantity


@dataclass(frozen=True)
class _Warehouse:
    id: int
    code: str


class Outcome(StrEnum):
    ALLOCATED = "allocated"  # all of it, in one warehouse
    PARTIAL = "partial"  # what there was (ALLOCATE_AVAILABLE); flagged
    SPLIT = "split"  # a part was split off and allocated; this order waits for the rest
    WAITING = "waiting"  # nothing reserved; flagged out of stock


@dataclass(frozen=True)
class OrderAllocation:
    outcome: Outcome
    warehouse_id: int | None = None
    split_off_id: int | None = None  # the new order that took what could ship (SPLIT)


class AllocationContext:
    """What allocating many orders shares: warehouses, shop settings, SKUs, and the stock left.

    Available stock is read per transaction (``begin``) and counted down as orders reserve it,
    so a group of orders costs one stock query. The ledger's compare-and-set stays the judge:
    when it refuses, the order is planned again on fresh figures.
    """

    def __init__(self, session: Session) -> None:
        rows = session.execute(select(Warehouse.id, Warehouse.code).where(Warehouse.active.is_(True))
                               .order_by(Warehouse.priority, Warehouse.code))
        self.warehouses = [_Warehouse(r.id, r.code) for r in rows]
        self._by_id = {w.id: w for w in self.warehouses}
        self._settings: dict[int, AllocationSettings] = {}
        self._skus: dict[int, _SkuInfo] = {}
        self._available: dict[tuple[int, int], Decimal] = {}
        self._stock_known: set[int] = set()
        self._open: dict[int, set[OrderIssueKind]] = {}  # order id → kinds of its open allocation flags
        self._prepared: set[int] = set()  # orders whose SKUs, stock and flags are read

    def begin(self, session: Session, orders: Iterable[Order]) -> None:
        """A new transaction: forget the stock figures and flags, read those these orders need."""
        self._available.clear()
        self._stock_known.clear()
        self._open.clear()
        self._prepared.clear()
        self.prepare(session, orders)

    def prepare(self, session: Session, orders: Iterable[Order]) -> None:
        orders = [o for o in orders if o.id not in self._prepared]
        if not orders:
            return
        self._prepared.update(o.id for o in orders)
        self._load_settings(session, {o.shop_id for o in orders} - self._settings.keys())
        self._load_skus(session, {ln.sku_id for o in orders for ln in o.lines if ln.sku_id is not None})
        self._load_stock(session, self._stock_skus({ln.sku_id for o in orders for ln in o.lines
                                                    if ln.sku_id is not None}))
        self._load_flags(session, [o.id for o in orders if o.id not in self._open])

    def open_flags(self, order_id: int) -> set[OrderIssueKind] | None:
        """The order's open allocation flags, None when not known (an order made meanwhile)."""
        return self._open.get(order_id)

    def forget_order(self, order_id: int) -> None:
        self._open.pop(order_id, None)
        self._prepared.discard(order_id)

    def forget_stock(self, sku_ids: Iterable[int]) -> None:
        for sku_id in sku_ids:
            self._stock_known.discard(sku_id)
            for warehouse in self.warehouses:
                self._available.pop((sku_id, warehouse.id), None)

    def settings(self, shop_id: int) -> AllocationSettings:
        return self._settings[shop_id]

    def warehouses_for(self, shop_id: int) -> list[_Warehouse]:
        chosen = self._settings[shop_id].warehouse_ids
        if not chosen:
            return list(self.warehouses)
        return [self._by_id[w] for w in chosen if w in self._by_id]  # an inactive one is skipped

    def sku(self, sku_id: int) -> _SkuInfo:
        return self._skus[sku_id]

    def available(self, sku_id: int, warehouse_id: int) -> Decimal:
        return self._available.get((sku_id, warehouse_id), ZERO)

    def take(self, sku_id: int, warehouse_id: int, quantity: Decimal) -> None:
        self._available[(sku_id, warehouse_id)] = self.available(sku_id, warehouse_id) - quantity

    def _stock_skus(self, line_sku_ids: set[int]) -> set[int]:
        needed: set[int] = set()
        for sku_id in line_sku_ids:
            info = self._skus.get(sku_id)
            if info is not None and info.kind is SkuKind.VIRTUAL_BUNDLE:
                needed.update(c for c, _ in info.components)
            else:
                needed.add(sku_id)
        return needed

    def _load_settings(self, session: Session, shop_ids: set[int]) -> None:
        if shop_ids:
            rows = session.execute(select(Shop.id, Shop.options).where(Shop.id.in_(shop_ids)))
            self._settings.update({r.id: AllocationSettings.from_options(r.options or {}) for r in rows})

    def _load_skus(self, session: Session, sku_ids: set[int]) -> None:
        missing = sorted(sku_ids - self._skus.keys())
        if not missing:
            return
        components: dict[int, list[tuple[int, Decimal]]] = defaultdict(list)
        for part in _chunks(missing):
            for bundle, component, quantity in session.execute(
                    select(BundleComponent.bundle_sku_id, BundleComponent.component_sku_id, BundleComponent.quantity)
                    .where(BundleComponent.bundle_sku_id.in_(part))):
                components[bundle].append((component, quantity))
            for sku_id, code, kind in session.execute(select(Sku.id, Sku.code, Sku.kind).where(Sku.id.in_(part))):
                parts = tuple(sorted(components[sku_id])) if kind is SkuKind.VIRTUAL_BUNDLE else ()
                self._skus[sku_id] = _SkuInfo(code, kind, parts)
        component_ids = {c for parts in components.values() for c, _ in parts} - self._skus.keys()
        for part in _chunks(sorted(component_ids)):
            for sku_id, code, kind in session.execute(select(Sku.id, Sku.code, Sku.kind).where(Sku.id.in_(part))):
                self._skus[sku_id] = _SkuInfo(code, kind, ())

    def _load_flags(self, session: Session, order_ids: list[int]) -> None:
        for part in _chunks(order_ids):
            self._open.update({order_id: set() for order_id in part})
            for order_id, kind in session.execute(select(OrderIssue.order_id, OrderIssue.kind).where(
                    OrderIssue.order_id.in_(part), OrderIssue.kind.in_(ALLOCATION_FLAGS),
                    OrderIssue.resolved_at.is_(None))):
                self._open[order_id].add(kind)

    def _load_stock(self, session: Session, sku_ids: set[int]) -> None:
        missing = sorted(sku_ids - self._stock_known)
        for part in _chunks(missing):
            rows = session.execute(select(WarehouseStock.sku_id, WarehouseStock.warehouse_id, WarehouseStock.on_hand,
                                          WarehouseStock.reserved).where(WarehouseStock.sku_id.in_(part)))
            for sku_id, warehouse_id, on_hand, reserved in rows:
                self._available[(sku_id, warehouse_id)] = on_hand - reserved
        self._stock_known.update(missing)


def _chunks(ids: Sequence[int], size: int = 500) -> Iterator[Sequence[int]]:
    for start in range(0, len(ids), size):
        yield ids[start:start + size]


def _needs(order: Order, context: AllocationContext) -> list[_LineNeed]:
    """Per line, the SKUs it takes from stock; refuses an unmapped line or an empty bundle."""
    needs = []
    for line in order.lines:
        if line.quantity <= 0:
            continue
        if line.sku_id is None:
            raise NotAllowedError(QT_TRANSLATE_NOOP(
                "Messages", "cannot allocate order {number}: line {line} ({listing}) is not mapped to a SKU yet"),
                number=order.number, line=line.line_no, listing=line.channel_sku or line.title)
        info = context.sku(line.sku_id)
        if info.kind is SkuKind.VIRTUAL_BUNDLE:
            if not info.components:
                raise NotAllowedError(QT_TRANSLATE_NOOP(
                    "Messages", "cannot allocate order {number}: bundle {code} on line {line} has no components"),
                    number=order.number, code=info.code, line=line.line_no)
            _check_places(order, line, info.components)
            needs.append(_LineNeed(line, info, info.components, whole_units=True))
        else:
            needs.append(_LineNeed(line, info, ((line.sku_id, Decimal(1)),), whole_units=False))
    return needs


def _check_places(order: Order, line: OrderLine, components: Iterable[tuple[int, Decimal]]) -> None:
    for _, per_unit in components:
        amount = per_unit * line.quantity
        if amount != amount.quantize(QUANTUM):
            raise ValidationError("quantity", QT_TRANSLATE_NOOP(
                "Messages", "order {number}, line {line}: {quantity} bundles need a component quantity with more "
                            "than 4 decimal places"), number=order.number, line=line.line_no,
                quantity=quantity_text(line.quantity))


def _total_needs(needs: Iterable[_LineNeed]) -> dict[int, Decimal]:
    totals: dict[int, Decimal] = defaultdict(Decimal)
    for need in needs:
        for sku_id, per_unit in need.parts:
            totals[sku_id] += per_unit * need.quantity
    return totals


def _fills_whole(needs: Sequence[_LineNeed], warehouse: _Warehouse, context: AllocationContext) -> bool:
    return all(context.available(sku_id, warehouse.id) >= quantity
               for sku_id, quantity in _total_needs(needs).items())


def _fillable(needs: Sequence[_LineNeed], warehouse: _Warehouse, context: AllocationContext) -> dict[int, Decimal]:
    """Line id → how much of it this warehouse can fill, lines served in order."""
    left: dict[int, Decimal] = {}
    filled: dict[int, Decimal] = {}
    for need in needs:
        units = need.quantity
        for sku_id, per_unit in need.parts:
            have = max(left.setdefault(sku_id, context.available(sku_id, warehouse.id)), ZERO)
            units = min(units, have / per_unit)
        units = units.to_integral_value(ROUND_FLOOR) if need.whole_units else units.quantize(QUANTUM, ROUND_FLOOR)
        units = max(units, ZERO)
        for sku_id, per_unit in need.parts:
            left[sku_id] -= per_unit * units
        filled[need.line.id] = units
    return filled


def _best_partial(needs: Sequence[_LineNeed],
                  warehouses: Sequence[_Warehouse], context: AllocationContext) -> tuple[_Warehouse, dict[int, Decimal]]:
    """Of (at least one) ``warehouses``, the one that fills the most lines whole, then the most units, then
    the first in the shop's order; with what it fills of each line."""
    candidates = [(warehouse, _fillable(needs, warehouse, context)) for warehouse in warehouses]
    return max(candidates, key=lambda candidate: (
        sum(1 for need in needs if candidate[1][need.line.id] == need.quantity), sum(candidate[1].values(), ZERO)))


def _shortages(needs: Sequence[_LineNeed], warehouse: _Warehouse, context: AllocationContext) -> list[dict[str, Any]]:
    """Each SKU the warehouse has too little of: its id, code, and the quantities needed and available."""
    short = []
    for sku_id, needed in sorted(_total_needs(needs).items(), key=lambda item: context.sku(item[0]).code):
        available = max(context.available(sku_id, warehouse.id), ZERO)
        if available < needed:
            short.append({"sku_id": sku_id, "sku": context.sku(sku_id).code, "needed": quantity_text(needed),
                          "available": quantity_text(available)})
    return short


def _explained(problems: Sequence[tuple[str, dict[str, Any]]], **data: Any) -> tuple[str, dict[str, Any]]:
    """A flag's message and details, its reasons stored as templates (as review's) for the user's language."""
    message = "; ".join(template.format(**params) for template, params in problems)
    return message, {**data, "problems": [{"template": template, "params": params} for template, params in problems]}


def _out_of_stock(short: Sequence[dict[str, Any]], warehouse: _Warehouse, **data: Any) -> tuple[str, dict[str, Any]]:
    template = QT_TRANSLATE_NOOP("Messages", "{sku}: needs {needed}, {available} available in {warehouse}")
    problems = [(template, {"sku": s["sku"], "needed": s["needed"], "available": s["available"],
                            "warehouse": warehouse.code}) for s in short]
    return _explained(problems, warehouse=warehouse.code, shortages=list(short), **data)


# -- one order -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Plan:
    """What allocating an order will do, decided before anything is written."""

    outcome: Outcome
    needs: list[_LineNeed]
    warehouse: _Warehouse  # where it ships from (WAITING: the one closest to filling it, for the flag)
    units: dict[int, Decimal]  # line id → how much to reserve (SPLIT: how much to split off)


def allocate_order_in(session: Session, actor: Actor, order: Order,
                      context: AllocationContext | None = None) -> OrderAllocation:
    """Allocate one approved order in the caller's transaction (see the module doc).

    It works in a savepoint: when it raises, nothing of it stays and the caller's transaction
    goes on. Stock another desktop took between our reading and our reserving is found by the
    ledger's compare-and-set; the order is then planned once more on fresh figures.
    """
    states.check(order, OrderOperation.ALLOCATE)
    if context is None:
        context = AllocationContext(session)
    context.prepare(session, [order])
    try:
        plan = _plan(order, context)
        with session.begin_nested():
            return _apply(session, actor, order, plan, context)
    except InsufficientStockError:
        context.forget_stock(_stock_ids(order, context))
        context.forget_order(order.id)
        context.prepare(session, [order])
        plan = _plan(order, context)
        with session.begin_nested():
            return _apply(session, actor, order, plan, context)


def _stock_ids(order: Order, context: AllocationContext) -> set[int]:
    return {sku_id for need in _needs(order, context) for sku_id, _ in need.parts}


def _plan(order: Order, context: AllocationContext) -> _Plan:
    """The first warehouse that fills the whole order, else what the shop's partial policy does.

    Refuses (unmapped line, no warehouse) without writing anything.
    """
    needs = _needs(order, context)
    warehouses = context.warehouses_for(order.shop_id)
    if not warehouses:
        raise NotAllowedError(QT_TRANSLATE_NOOP(
            "Messages", "cannot allocate order {number}: its shop has no active warehouse to ship from"),
            number=order.number)
    for warehouse in warehouses:
        if _fills_whole(needs, warehouse, context):
            return _Plan(Outcome.ALLOCATED, needs, warehouse, {n.line.id: n.quantity for n in needs})
    policy = context.settings(order.shop_id).partial_policy
    warehouse, filled = _best_partial(needs, warehouses, context)
    if policy is PartialPolicy.WAIT or not any(filled.values()):
        return _Plan(Outcome.WAITING, needs, warehouse, {})
    outcome = Outcome.SPLIT if policy is PartialPolicy.SPLIT else Outcome.PARTIAL
    return _Plan(outcome, needs, warehouse, filled)


def _apply(session: Session, actor: Actor, order: Order, plan: _Plan, context: AllocationContext) -> OrderAllocation:
    warehouse = plan.warehouse
    match plan.outcome:
        case Outcome.ALLOCATED:
            _reserve(session, actor, order, plan.needs, warehouse, plan.units, context)
            _finish(session, actor, order, warehouse, context, f"allocated order {order.number} in {warehouse.code}")
            return OrderAllocation(Outcome.ALLOCATED, warehouse.id)
        case Outcome.WAITING:
            _wait(session, actor, order, plan.needs, warehouse, context)
            return OrderAllocation(Outcome.WAITING)
        case Outcome.SPLIT:
            return _split_off(session, actor, order, warehouse, plan.units, context)
        case _:
            return _allocate_available(session, actor, order, plan.needs, warehouse, plan.units, context)


def _reserve(session: Session, actor: Actor, order: Order, needs: Sequence[_LineNeed], warehouse: _Warehouse,
             units: Mapping[int, Decimal], context: AllocationContext) -> None:
    """Reserve ``units`` of each line (by line id) in the warehouse, SKUs in ascending order (no deadlocks)."""
    wanted = sorted((sku_id, need.line.id, per_unit * units[need.line.id])
                    for need in needs if units.get(need.line.id) for sku_id, per_unit in need.parts)
    for sku_id, line_id, quantity in wanted:
        reserve(session, actor, sku_id, warehouse.id, quantity, ORDER_DOCUMENT, order.id, line_id)
    for sku_id, _, quantity in wanted:
        context.take(sku_id, warehouse.id, quantity)
    for need in needs:
        need.line.allocated_quantity = units.get(need.line.id, ZERO)


def _finish(session: Session, actor: Actor, order: Order, warehouse: _Warehouse, context: AllocationContext,
            summary: str, after: dict[str, Any] | None = None) -> None:
    order.warehouse_id = warehouse.id
    states.move(session, actor, order, OrderOperation.ALLOCATE)
    _resolve(session, actor, order.id, OrderIssueKind.OUT_OF_STOCK, context)
    audit.record(session, actor, "order.allocate", "order", order.id, summary,
                 before={"state": OrderState.APPROVED.value},
                 after={"state": order.state.value, "warehouse": warehouse.code, **(after or {})})


def _wait(session: Session, actor: Actor, order: Order, needs: Sequence[_LineNeed], warehouse: _Warehouse,
          context: AllocationContext) -> None:
    message, details = _out_of_stock(_shortages(needs, warehouse, context), warehouse)
    if _flag(session, order.id, OrderIssueKind.OUT_OF_STOCK, message, details, context):
        audit.record(session, actor, "order.allocation_waiting", "order", order.id,
                     f"order {order.number} waits for stock: {message}", after={"shortages": details["shortages"]})


def _split_off(session: Session, actor: Actor, order: Order, warehouse: _Warehouse, filled: Mapping[int, Decimal],
               context: AllocationContext) -> OrderAllocation:
    from omsdesk.orders.split import split_order_in  # written beside this module; imported where used

    part = {line_id: units for line_id, units in filled.items() if units > 0}
    reason = f"allocation: {warehouse.code} can ship this part now"
    new_order = split_order_in(session, actor, order, part, reason)
    session.flush()
    new_needs = _needs(new_order, context)
    _reserve(session, actor, new_order, new_needs, warehouse, {n.line.id: n.quantity for n in new_needs}, context)
    _finish(session, actor, new_order, warehouse, context,
            f"allocated order {new_order.number} (split off {order.number}) in {warehouse.code}")
    message, details = _out_of_stock(_shortages(_needs(order, context), warehouse, context), warehouse,
                                     split_off=new_order.id)
    _flag(session, order.id, OrderIssueKind.OUT_OF_STOCK, message, details, context)
    audit.record(session, actor, "order.allocation_split", "order", order.id,
                 f"split {new_order.number} off order {order.number} to ship from {warehouse.code}; the rest waits",
                 after={"split_off": new_order.number, "warehouse": warehouse.code})
    return OrderAllocation(Outcome.SPLIT, warehouse.id, new_order.id)


def _allocate_available(session: Session, actor: Actor, order: Order, needs: Sequence[_LineNeed],
                        warehouse: _Warehouse, filled: Mapping[int, Decimal],
                        context: AllocationContext) -> OrderAllocation:
    _reserve(session, actor, order, needs, warehouse, filled, context)
    template = QT_TRANSLATE_NOOP("Messages", "line {line} {sku}: {allocated} of {quantity} allocated in {warehouse}")
    problems = [(template, {"line": need.line.line_no, "sku": need.sku.code, "allocated": quantity_text(got),
                            "quantity": quantity_text(need.quantity), "warehouse": warehouse.code})
                for need in needs if (got := filled[need.line.id]) < need.quantity]
    message, details = _explained(problems, warehouse=warehouse.code)
    _flag(session, order.id, OrderIssueKind.PARTIALLY_ALLOCATED, message, details, context)
    _finish(session, actor, order, warehouse, context,
            f"allocated order {order.number} in {warehouse.code} in part: {message}",
            {"short": [params for _, params in problems]})
    return OrderAllocation(Outcome.PARTIAL, warehouse.id)


def _flag(session: Session, order_id: int, kind: OrderIssueKind, message: str, details: dict[str, Any],
          context: AllocationContext | None = None) -> bool:
    """Raise the flag, or bring the open one up to date; True when something changed."""
    known = context.open_flags(order_id) if context is not None else None
    issue = None
    if known is None or kind in known:
        issue = session.scalars(select(OrderIssue).where(
            OrderIssue.order_id == order_id, OrderIssue.kind == kind, OrderIssue.resolved_at.is_(None))).first()
    if known is not None:
        known.add(kind)
    if issue is None:
        session.add(OrderIssue(order_id=order_id, kind=kind, message=message, details=details))
        return True
    if issue.message == message:
        return False
    issue.message, issue.details = message, details
    return True


def _resolve(session: Session, actor: Actor, order_id: int, kind: OrderIssueKind,
             context: AllocationContext | None = None) -> None:
    known = context.open_flags(order_id) if context is not None else None
    if known is not None and kind not in known:
        return  # nothing open: spare the statement (and the flush it would cause)
    session.execute(update(OrderIssue).where(
        OrderIssue.order_id == order_id, OrderIssue.kind == kind, OrderIssue.resolved_at.is_(None))
        .values(resolved_at=utc_now(), resolved_by=actor.name))
    if known is not None:
        known.discard(kind)


# -- many orders ---------------------------------------------------------------------------------


@dataclass
class AllocationResult(BatchResult):
    """``done`` holds every order handled without an error; the lists below say what became of it."""

    allocated: list[int] = field(default_factory=list)  # wholly, in one warehouse
    partial: list[int] = field(default_factory=list)  # allocated in part (ALLOCATE_AVAILABLE)
    split_off: list[int] = field(default_factory=list)  # new orders split off and allocated (SPLIT)
    waiting: list[int] = field(default_factory=list)  # still approved, flagged out of stock

    def record(self, order_id: int, allocation: OrderAllocation) -> None:
        """Count an order handled without an error under what became of it."""
        self.done.append(order_id)
        match allocation.outcome:
            case Outcome.ALLOCATED:
                self.allocated.append(order_id)
            case Outcome.PARTIAL:
                self.partial.append(order_id)
            case Outcome.SPLIT:
                self.waiting.append(order_id)
                if allocation.split_off_id is not None:
                    self.split_off.append(allocation.split_off_id)
            case Outcome.WAITING:
                self.waiting.append(order_id)


def allocate(db: Database, actor: Actor, versions: Mapping[int, int | None] | None = None, oldest_first: bool = True,
             progress: Progress | None = None, cancelled: Cancelled | None = None) -> AllocationResult:
    """Allocate a selection (order id → the version the person saw, or None), or every approved order.

    Highest priority first, then oldest first (``oldest_first=False``: newest first).
    """
    result = AllocationResult()
    with db.reading() as session:
        context = AllocationContext(session)
        total = len(versions) if versions is not None else session.scalar(
            select(func.count()).select_from(Order).where(Order.state == OrderState.APPROVED)) or 0
    pages = _selection_pages(db, versions, oldest_first) if versions is not None else _approved_pages(db, oldest_first)
    for page in pages:
        for start in range(0, len(page), GROUP):
            group = page[start:start + GROUP]
            try:
                entries = _group_in_one_go(db, actor, group, context, cancelled)
            except (UserError, StaleDataError):  # refused while writing: again, each order in its savepoint
                entries = _group_order_by_order(db, actor, group, context, cancelled)
            except DBAPIError as error:
                if not _transient(error):
                    raise
                entries = _each_alone(db, actor, group, context, cancelled)
            for entry in entries:
                if isinstance(entry, BatchFailure):
                    result.failed.append(entry)
                else:
                    result.record(*entry)
                if progress is not None:
                    progress(result.total, max(total, result.total))  # orders approved meanwhile come too
            if len(entries) < len(group):
                result.cancelled = True
                return result
    return result


_Entry = tuple[int, OrderAllocation] | BatchFailure


def _load_group(session: Session, group: Sequence[tuple[int, int | None]]) -> dict[int, Order]:
    return {o.id: o for o in session.scalars(
        select(Order).where(Order.id.in_([order_id for order_id, _ in group])).options(selectinload(Order.lines)))}


def _checked(session: Session, orders: Mapping[int, Order], order_id: int, version: int | None) -> Order:
    order = orders.get(order_id)
    if order is None or (version is not None and order.version != version):
        return states.load_for_change(session, order_id, version)  # raises: gone, or changed meanwhile
    return order


def _group_in_one_go(db: Database, actor: Actor, group: Sequence[tuple[int, int | None]],
                     context: AllocationContext, cancelled: Cancelled | None) -> list[_Entry]:
    """The fast way: one transaction and one flush. Refusals come while planning, before anything is
    written; a refusal while writing (stock taken meanwhile) raises and rolls the whole group back."""
    entries: list[_Entry] = []
    with db.transaction() as session, session.no_autoflush:
        orders = _load_group(session, group)
        context.begin(session, orders.values())
        for order_id, version in group:
            if cancelled is not None and cancelled():
                break
            order = orders.get(order_id)
            try:
                order = _checked(session, orders, order_id, version)
                states.check(order, OrderOperation.ALLOCATE)
                context.prepare(session, [order])
                plan = _plan(order, context)
            except UserError as error:
                entries.append(BatchFailure(order_id, order.number if order else str(order_id), error))
                continue
            entries.append((order_id, _apply(session, actor, order, plan, context)))
    return entries


def _group_order_by_order(db: Database, actor: Actor, group: Sequence[tuple[int, int | None]],
                          context: AllocationContext, cancelled: Cancelled | None) -> list[_Entry]:
    """One transaction; each order in its own savepoint (``allocate_order_in``), so a refused one rolls back
    alone."""
    entries: list[_Entry] = []
    with db.transaction() as session:
        orders = _load_group(session, group)
        context.begin(session, orders.values())
        for order_id, version in group:
            if cancelled is not None and cancelled():
                break
            order = orders.get(order_id)
            number = order.number if order is not None else str(order_id)
            try:
                entries.append((order_id, allocate_order_in(session, actor, _checked(session, orders, order_id,
                                                                                   version), context)))
            except UserError as error:
                entries.append(BatchFailure(order_id, number, error))
                context.begin(session, [])  # what the rolled-back savepoint reserved is back
            except StaleDataError:
                entries.append(BatchFailure(order_id, number, ConflictError(QT_TRANSLATE_NOOP(
                    "Messages", "order {number} was changed by someone else at the same moment; "
                                "reload it and try again"), number=number)))
                context.begin(session, [])
    return entries


def _each_alone(db: Database, actor: Actor, group: Sequence[tuple[int, int | None]],
                context: AllocationContext, cancelled: Cancelled | None) -> list[_Entry]:
    """After PostgreSQL ended a deadlock with another desktop's allocation: each order in a transaction of
    its own, which locks stock rows in one order (by SKU) and so cannot deadlock with another such; tried
    again while another desktop's group still wins."""
    entries: list[_Entry] = []
    for pair in group:
        for attempt in range(1, RETRIES + 1):
            try:
                done = _group_order_by_order(db, actor, [pair], context, cancelled)
                break
            except DBAPIError as error:
                if not _transient(error) or attempt == RETRIES:
                    raise
        if not done:  # cancelled
            break
        entries += done
    return entries


def _transient(error: DBAPIError) -> bool:
    return getattr(error.orig, "sqlstate", None) in TRANSIENT


def _sort_key(oldest_first: bool) -> list[Any]:
    if oldest_first:
        return [Order.priority.desc(), Order.channel_created_at.asc(), Order.id.asc()]
    return [Order.priority.desc(), Order.channel_created_at.desc(), Order.id.desc()]


def _approved_pages(db: Database, oldest_first: bool) -> Iterator[list[tuple[int, int | None]]]:
    """Every approved order, a page at a time (keyset paging: orders that stay approved are passed over)."""
    after: tuple[int, datetime, int] | None = None
    while True:
        statement = (select(Order.id, Order.priority, Order.channel_created_at)
                     .where(Order.state == OrderState.APPROVED).order_by(*_sort_key(oldest_first)).limit(PAGE))
        if after is not None:
            statement = statement.where(_after(after, oldest_first))
        with db.reading() as session:
            rows = session.execute(statement).all()
        if not rows:
            return
        yield [(row.id, None) for row in rows]
        last = rows[-1]
        after = (last.priority, last.channel_created_at, last.id)


def _after(key: tuple[int, datetime, int], oldest_first: bool) -> Any:
    priority, created, order_id = key
    later = (Order.channel_created_at > created) if oldest_first else (Order.channel_created_at < created)
    same_time_later = and_(Order.channel_created_at == created,
                           (Order.id > order_id) if oldest_first else (Order.id < order_id))
    return or_(Order.priority < priority, and_(Order.priority == priority, or_(later, same_time_later)))


def _selection_pages(db: Database, versions: Mapping[int, int | None],
                     oldest_first: bool) -> Iterator[list[tuple[int, int | None]]]:
    """The selection in allocation order; ids no longer there come last (and fail as not found)."""
    rows = []
    with db.reading() as session:
        for part in _chunks(list(versions)):
            rows += session.execute(select(Order.id, Order.priority, Order.channel_created_at)
                                    .where(Order.id.in_(part))).all()
    sign = 1 if oldest_first else -1
    rows.sort(key=lambda r: (-r.priority, sign * r.channel_created_at.timestamp(), sign * r.id))
    known = [r.id for r in rows]
    found = set(known)
    ordered = known + [order_id for order_id in versions if order_id not in found]
    for start in range(0, len(ordered), PAGE):
        yield [(order_id, versions[order_id]) for order_id in ordered[start:start + PAGE]]


# -- deallocation ----------------------------------------------------------------------------------


def deallocate(db: Database, actor: Actor, versions: Mapping[int, int | None],
               progress: Progress | None = None, cancelled: Cancelled | None = None) -> BatchResult:
    """Give an allocated order's stock back; it returns to approved, ready to allocate again."""

    def step(session: Session, order: Order) -> None:
        deallocate_order_in(session, actor, order)

    return run_per_order(db, versions, step, progress, cancelled)


def deallocate_order_in(session: Session, actor: Actor, order: Order) -> Decimal:
    """Deallocate one order in the caller's transaction; returns the quantity released."""
    states.check(order, OrderOperation.DEALLOCATE)
    warehouse = session.scalar(select(Warehouse.code).where(Warehouse.id == order.warehouse_id)) or ""
    released = release_order_stock(session, actor, order)
    states.move(session, actor, order, OrderOperation.DEALLOCATE)
    audit.record(session, actor, "order.deallocate", "order", order.id,
                 f"deallocated order {order.number}: {quantity_text(released)} released in {warehouse}",
                 before={"state": OrderState.ALLOCATED.value, "warehouse": warehouse},
                 after={"state": order.state.value, "released": str(released)})
    return released
