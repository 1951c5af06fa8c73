"""Read queries for the Inventory and Purchasing workspaces, and the lookups the services share.

Reads take a ``Session`` and return frozen dataclasses. Long lists (the movement
history) follow the orders table: the filter returns ids in display order and
rows are fetched by id in blocks as the table scrolls.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any, NamedTuple

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session, aliased

from omsdesk.auth.models import AuditEntry
from omsdesk.catalog.models import Sku, SkuKind
from omsdesk.db.search import like_prefix, starts_with
from omsdesk.errors import QT_TRANSLATE_NOOP, NotAllowedError, ValidationError
from omsdesk.inventory.models import (
    Location,
    LocationKind,
    MoveReason,
    PurchaseOrder,
    PurchaseOrderLine,
    PurchaseOrderState,
    Receipt,
    Reservation,
    StockBalance,
    StockMove,
    Stocktake,
    StocktakeLine,
    StocktakeState,
    Supplier,
    SupplierItem,
    Transfer,
    TransferLine,
    TransferState,
    Warehouse,
    WarehouseStock,
)

ZERO = Decimal(0)
CENT = Decimal("0.01")
QUANTITY_PLACES = Decimal("0.0001")  # the Precise columns hold 4 places
STOCK_KINDS = frozenset({LocationKind.ZONE, LocationKind.AISLE, LocationKind.SHELF, LocationKind.BIN})
_CHUNK = 5_000  # ids per IN (…) list: well under SQLite's bound-parameter limit


def money(value: Decimal) -> Decimal:
    """Round an amount to the cent, half up: the one rounding rule for values shown and summed."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def shown(quantity: Decimal) -> str:
    """A quantity for a message: ``6`` rather than ``6.0000``, ``2.5`` rather than ``2.5000``."""
    text = f"{quantity.normalize():f}"
    return "0" if text in ("-0", "0") else text


def _chunks(ids: Sequence[int]) -> Iterable[list[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield list(ids[start:start + _CHUNK])


# -- lookups and checks shared by the services -------------------------------------


class Transition(NamedTuple):
    """One row of a document's state table: the states an operation starts from and where it leads."""

    sources: frozenset[Any]
    target: Any  # None: the operation decides (a receipt leaves a PO partially received or received)
    refusal: str  # the message template; gets {number} and {state}


def guard(table: dict[str, Transition], action: str, state: Any, number: str) -> None:
    """Refuse ``action`` unless the table allows it from ``state``."""
    if state not in table[action].sources:
        raise NotAllowedError(table[action].refusal, number=number, state=state.value.replace("_", " "))


@dataclass(frozen=True)
class SkuRef:
    id: int
    code: str
    name: str
    kind: SkuKind
    cost: Decimal | None
    active: bool


@dataclass(frozen=True)
class LocationRef:
    id: int
    warehouse_id: int | None
    kind: LocationKind
    path: str
    active: bool


def _exact(value: Any) -> Decimal | None:
    """``value`` as a Decimal if it fits the 4-place columns exactly, else None."""
    try:
        number = value if isinstance(value, Decimal) else Decimal(str(value))
        return number if number.is_finite() and number.quantize(QUANTITY_PLACES) == number else None
    except (InvalidOperation, ValueError):
        return None


def check_quantity(value: Any, what: str, *, line: int | None = None, allow_zero: bool = False,
                   field: str = "quantity") -> Decimal:
    """``value`` as a Decimal quantity: at most 4 places, above zero (or zero, if allowed).

    ``what`` names the thing (a SKU code, "code, bin path"); ``line`` the document line, if any.
    """
    quantity = _exact(value)
    if quantity is not None and (quantity > 0 or (allow_zero and quantity == 0)):
        return quantity
    if line is not None:
        raise ValidationError(field, QT_TRANSLATE_NOOP(
            "Messages", "line {line}, {what}: {quantity} is not a usable quantity (above zero, at most 4 decimal places)"),
            line=line, what=what, quantity=value)
    if allow_zero:
        raise ValidationError(field, QT_TRANSLATE_NOOP(
            "Messages", "{what}: {quantity} is not a usable quantity (zero or more, at most 4 decimal places)"),
            what=what, quantity=value)
    raise ValidationError(field, QT_TRANSLATE_NOOP(
        "Messages", "{what}: {quantity} is not a usable quantity (above zero, at most 4 decimal places)"),
        what=what, quantity=value)


def check_cost(value: Any, what: str, *, line: int | None = None) -> Decimal:
    cost = _exact(value)
    if cost is not None and cost >= 0:
        return cost
    if line is not None:
        raise ValidationError("unit cost", QT_TRANSLATE_NOOP(
            "Messages", "line {line}, {what}: {cost} is not a usable unit cost (zero or more, at most 4 decimal places)"),
            line=line, what=what, cost=value)
    raise ValidationError("unit cost", QT_TRANSLATE_NOOP(
        "Messages", "{what}: {cost} is not a usable unit cost (zero or more, at most 4 decimal places)"),
        what=what, cost=value)


def check_reason(text: str, refusal: str, **params: Any) -> str:
    """The reason, trimmed; refused with the ``refusal`` template when empty."""
    reason = (text or "").strip()
    if not reason:
        raise ValidationError("reason", refusal, **params)
    return reason


def sku_refs(session: Session, ids: Iterable[int]) -> dict[int, SkuRef]:
    """The SKUs asked for; a missing one is refused by id, a virtual bundle by code (it holds no stock)."""
    wanted = set(ids)
    rows = session.execute(select(Sku.id, Sku.code, Sku.name, Sku.kind, Sku.cost, Sku.active)
                           .where(Sku.id.in_(wanted))) if wanted else []
    found = {r.id: SkuRef(r.id, r.code, r.name, SkuKind(r.kind), r.cost, r.active) for r in rows}
    missing = wanted - found.keys()
    if missing:
        raise ValidationError("SKU", QT_TRANSLATE_NOOP("Messages", "SKU {id} does not exist"), id=min(missing))
    for ref in found.values():
        if ref.kind is SkuKind.VIRTUAL_BUNDLE:
            raise ValidationError("SKU", QT_TRANSLATE_NOOP(
                "Messages", "{code} is a virtual bundle: move its components, it has no stock of its own"),
                code=ref.code)
    return found


def sku_codes(session: Session, ids: Iterable[int]) -> dict[int, str]:
    wanted = list(set(ids))
    return dict(session.execute(select(Sku.id, Sku.code).where(Sku.id.in_(wanted))).all()) if wanted else {}


def warehouse_code(session: Session, warehouse_id: int) -> str:
    warehouse = session.get(Warehouse, warehouse_id)
    if warehouse is None:
        raise ValidationError("warehouse", QT_TRANSLATE_NOOP("Messages", "warehouse {id} does not exist"),
                              id=warehouse_id)
    if not warehouse.active:
        raise ValidationError("warehouse", QT_TRANSLATE_NOOP("Messages", "warehouse {code} is not in use"),
                              code=warehouse.code)
    return warehouse.code


def stock_location(session: Session, location_id: int, warehouse_id: int | None = None) -> LocationRef:
    """A zone, aisle, shelf or bin in use (of ``warehouse_id`` when given): a place that holds stock."""
    location = session.get(Location, location_id)
    if location is None:
        raise ValidationError("location", QT_TRANSLATE_NOOP("Messages", "location {id} does not exist"),
                              id=location_id)
    if location.kind not in STOCK_KINDS:
        raise ValidationError("location", QT_TRANSLATE_NOOP(
            "Messages", "{path} is not a place in a warehouse that holds stock"), path=location.path)
    if not location.active:
        raise ValidationError("location", QT_TRANSLATE_NOOP("Messages", "location {path} is not in use"),
                              path=location.path)
    if warehouse_id is not None and location.warehouse_id != warehouse_id:
        raise ValidationError("location", QT_TRANSLATE_NOOP(
            "Messages", "{path} is not in warehouse {warehouse}"), path=location.path,
            warehouse=warehouse_code(session, warehouse_id))
    return LocationRef(location.id, location.warehouse_id, location.kind, location.path, location.active)


@dataclass(frozen=True)
class Change:
    actor: str
    summary: str


def last_change(session: Session, entity: str, entity_id: int) -> Change:
    """Who last changed a record and how (for conflict messages)."""
    entry = session.execute(
        select(AuditEntry.actor, AuditEntry.summary)
        .where(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id)
        .order_by(AuditEntry.id.desc()).limit(1)
    ).one_or_none()
    return Change(entry.actor, entry.summary) if entry else Change("someone else", "changed")


# -- warehouses and locations ------------------------------------------------------


@dataclass(frozen=True)
class WarehouseInfo:
    id: int
    code: str
    name: str
    address: str
    allow_negative: bool
    priority: int
    active: bool
    version: int


def warehouses(session: Session, include_inactive: bool = False) -> list[WarehouseInfo]:
    """Warehouses in shipping order (priority, then code)."""
    statement = select(Warehouse).order_by(Warehouse.priority, Warehouse.code)
    if not include_inactive:
        statement = statement.where(Warehouse.active.is_(True))
    return [WarehouseInfo(w.id, w.code, w.name, w.address, w.allow_negative, w.priority, w.active, w.version)
            for w in session.scalars(statement)]


@dataclass(frozen=True)
class LocationNode:
    id: int
    parent_id: int | None
    kind: LocationKind
    code: str
    name: str
    path: str
    barcode: str
    active: bool
    depth: int  # 0 for the warehouse itself


def location_tree(session: Session, warehouse_id: int) -> list[LocationNode]:
    """The warehouse's locations in path order (a parent before its children); build the tree by ``parent_id``."""
    locations = session.scalars(select(Location).where(Location.warehouse_id == warehouse_id).order_by(Location.path))
    return [LocationNode(loc.id, loc.parent_id, loc.kind, loc.code, loc.name, loc.path, loc.barcode, loc.active,
                         loc.path.count("/")) for loc in locations]


# -- stock -------------------------------------------------------------------------


@dataclass(frozen=True)
class WarehouseStockRow:
    warehouse_id: int
    warehouse_code: str
    warehouse_name: str
    on_hand: Decimal
    reserved: Decimal
    available: Decimal


def stock_by_warehouse(session: Session, sku_id: int) -> list[WarehouseStockRow]:
    """One SKU in every warehouse in use (zero where it has none), in shipping order."""
    rows = session.execute(
        select(Warehouse.id, Warehouse.code, Warehouse.name, WarehouseStock.on_hand, WarehouseStock.reserved)
        .outerjoin(WarehouseStock, (WarehouseStock.warehouse_id == Warehouse.id) & (WarehouseStock.sku_id == sku_id))
        .where(Warehouse.active.is_(True)).order_by(Warehouse.priority, Warehouse.code)
    )
    result = []
    for r in rows:
        on_hand, reserved = r.on_hand or ZERO, r.reserved or ZERO
        result.append(WarehouseStockRow(r.id, r.code, r.name, on_hand, reserved, on_hand - reserved))
    return result


@dataclass(frozen=True)
class BinStockRow:
    sku_id: int
    sku_code: str
    sku_name: str
    warehouse_id: int
    location_id: int
    path: str
    on_hand: Decimal
    reserved: Decimal  # reservations made for this bin; warehouse-wide ones are in stock_by_warehouse
    available: Decimal


def stock_by_bin(session: Session, sku_id: int | None = None, warehouse_id: int | None = None) -> list[BinStockRow]:
    """Non-zero balances in warehouse locations, sorted by bin path then SKU code."""
    statement = (
        select(StockBalance.sku_id, Sku.code, Sku.name, Location.warehouse_id, Location.id, Location.path,
               StockBalance.on_hand)
        .join(Location, Location.id == StockBalance.location_id)
        .join(Sku, Sku.id == StockBalance.sku_id)
        .where(Location.warehouse_id.is_not(None), StockBalance.on_hand != 0)
        .order_by(Location.path, Sku.code)
    )
    held = select(Reservation.sku_id, Reservation.location_id, func.sum(Reservation.quantity)).where(
        Reservation.location_id.is_not(None)).group_by(Reservation.sku_id, Reservation.location_id)
    if sku_id is not None:
        statement = statement.where(StockBalance.sku_id == sku_id)
        held = held.where(Reservation.sku_id == sku_id)
    if warehouse_id is not None:
        statement = statement.where(Location.warehouse_id == warehouse_id)
        held = held.where(Reservation.warehouse_id == warehouse_id)
    reserved = {(s, loc): q for s, loc, q in session.execute(held)}
    rows = []
    for r in session.execute(statement):
        held_here = reserved.get((r.sku_id, r.id), ZERO)
        rows.append(BinStockRow(r.sku_id, r.code, r.name, r.warehouse_id, r.id, r.path, r.on_hand, held_here,
                                r.on_hand - held_here))
    return rows


def available_stock(session: Session, warehouse_id: int | None = None,
                    sku_ids: Sequence[int] | None = None) -> dict[int, Decimal]:
    """Available (on hand − reserved) per SKU, in one warehouse or summed over those in use.

    SKUs without stock are absent from the result (read them as zero).
    """
    if warehouse_id is not None:  # one row per (SKU, warehouse): nothing to add up
        statement = select(WarehouseStock.sku_id, WarehouseStock.on_hand - WarehouseStock.reserved).where(
            WarehouseStock.warehouse_id == warehouse_id)
    else:  # the join (not IN) lets SQLite walk the (sku, warehouse) index in order: no sort for GROUP BY
        statement = (
            select(WarehouseStock.sku_id, func.sum(WarehouseStock.on_hand - WarehouseStock.reserved))
            .join(Warehouse, Warehouse.id == WarehouseStock.warehouse_id)
            .where(Warehouse.active.is_(True)).group_by(WarehouseStock.sku_id)
        )
    if sku_ids is None:
        return dict(session.execute(statement).all())
    result: dict[int, Decimal] = {}
    for chunk in _chunks(list(sku_ids)):
        result.update(session.execute(statement.where(WarehouseStock.sku_id.in_(chunk))).all())
    return result


# -- movement history --------------------------------------------------------------


@dataclass(frozen=True)
class MoveFilter:
    sku_id: int | None = None
    location_id: int | None = None  # moves into or out of it
    warehouse_id: int | None = None  # moves into or out of any of its locations
    reasons: tuple[MoveReason, ...] = ()
    date_from: datetime | None = None  # inclusive
    date_to: datetime | None = None  # exclusive
    actor: str | None = None


@dataclass(frozen=True)
class MovementRow:
    id: int
    at: datetime
    sku_id: int
    sku_code: str
    sku_name: str
    from_path: str
    to_path: str
    reason: MoveReason
    reference_type: str
    reference_no: str
    quantity: Decimal
    unit_cost: Decimal | None
    note: str
    actor: str


def _filtered_moves(statement: Select[Any], criteria: MoveFilter) -> Select[Any]:
    if criteria.sku_id is not None:
        statement = statement.where(StockMove.sku_id == criteria.sku_id)
    if criteria.location_id is not None:
        statement = statement.where(or_(StockMove.from_location_id == criteria.location_id,
                                        StockMove.to_location_id == criteria.location_id))
    if criteria.warehouse_id is not None:
        inside = select(Location.id).where(Location.warehouse_id == criteria.warehouse_id)
        statement = statement.where(or_(StockMove.from_location_id.in_(inside), StockMove.to_location_id.in_(inside)))
    if criteria.reasons:
        statement = statement.where(StockMove.reason.in_(criteria.reasons))
    if criteria.date_from is not None:
        statement = statement.where(StockMove.at >= criteria.date_from)
    if criteria.date_to is not None:
        statement = statement.where(StockMove.at < criteria.date_to)
    if criteria.actor:
        statement = statement.where(StockMove.actor == criteria.actor)
    return statement


def movement_ids(session: Session, criteria: MoveFilter = MoveFilter()) -> list[int]:
    """Ids of the matching moves, newest first."""
    statement = _filtered_moves(select(StockMove.id), criteria).order_by(StockMove.at.desc(), StockMove.id.desc())
    return list(session.scalars(statement))


def movement_rows(session: Session, ids: Sequence[int]) -> dict[int, MovementRow]:
    source, target = aliased(Location), aliased(Location)
    rows: dict[int, MovementRow] = {}
    for chunk in _chunks(ids):
        statement = (
            select(StockMove.id, StockMove.at, StockMove.sku_id, Sku.code, Sku.name, source.path, target.path,
                   StockMove.reason, StockMove.reference_type, StockMove.reference_no, StockMove.quantity,
                   StockMove.unit_cost, StockMove.note, StockMove.actor)
            .join(Sku, Sku.id == StockMove.sku_id)
            .join(source, source.id == StockMove.from_location_id)
            .join(target, target.id == StockMove.to_location_id)
            .where(StockMove.id.in_(chunk))
        )
        rows.update({r[0]: MovementRow(*r) for r in session.execute(statement)})
    return rows


# -- purchase orders ---------------------------------------------------------------


@dataclass(frozen=True)
class PurchaseOrderRow:
    id: int
    number: str
    supplier_id: int
    supplier_name: str
    warehouse_id: int
    warehouse_code: str
    state: PurchaseOrderState
    currency: str
    created_at: datetime
    expected_on: datetime | None
    line_count: int
    ordered_quantity: Decimal
    received_quantity: Decimal
    total: Decimal  # Σ line quantity × unit cost, each line rounded to the cent
    version: int


def _line_total(quantity: Decimal, unit_cost: Decimal) -> Decimal:
    return money(quantity * unit_cost)


def purchase_order_rows(session: Session, states: Sequence[PurchaseOrderState] = (),
                        supplier_id: int | None = None, warehouse_id: int | None = None) -> list[PurchaseOrderRow]:
    """Purchase orders, newest first."""
    statement = (
        select(PurchaseOrder, Supplier.name, Warehouse.code)
        .join(Supplier, Supplier.id == PurchaseOrder.supplier_id)
        .join(Warehouse, Warehouse.id == PurchaseOrder.warehouse_id)
        .order_by(PurchaseOrder.id.desc())
    )
    if states:
        statement = statement.where(PurchaseOrder.state.in_(states))
    if supplier_id is not None:
        statement = statement.where(PurchaseOrder.supplier_id == supplier_id)
    if warehouse_id is not None:
        statement = statement.where(PurchaseOrder.warehouse_id == warehouse_id)
    orders = session.execute(statement).all()
    lines: dict[int, list[tuple[Decimal, Decimal, Decimal]]] = {}
    for chunk in _chunks([po.id for po, _, _ in orders]):
        for po_id, quantity, cost, received in session.execute(
                select(PurchaseOrderLine.purchase_order_id, PurchaseOrderLine.quantity, PurchaseOrderLine.unit_cost,
                       PurchaseOrderLine.received_quantity).where(PurchaseOrderLine.purchase_order_id.in_(chunk))):
            lines.setdefault(po_id, []).append((quantity, cost, received))
    rows = []
    for po, supplier_name, code in orders:
        own = lines.get(po.id, [])
        rows.append(PurchaseOrderRow(
            po.id, po.number, po.supplier_id, supplier_name, po.warehouse_id, code, po.state, po.currency,
            po.created_at, po.expected_on, len(own), sum((q for q, _, _ in own), ZERO),
            sum((r for _, _, r in own), ZERO), sum((_line_total(q, c) for q, c, _ in own), ZERO), po.version))
    return rows


@dataclass(frozen=True)
class PurchaseOrderLineRow:
    id: int
    line_no: int
    sku_id: int
    sku_code: str
    sku_name: str
    supplier_code: str
    quantity: Decimal
    received: Decimal
    outstanding: Decimal
    unit_cost: Decimal
    total: Decimal


@dataclass(frozen=True)
class ReceiptSummary:
    id: int
    number: str
    received_at: datetime
    actor: str
    note: str


@dataclass(frozen=True)
class PurchaseOrderDetail:
    id: int
    number: str
    supplier_id: int
    supplier_code: str
    supplier_name: str
    warehouse_id: int
    warehouse_code: str
    state: PurchaseOrderState
    currency: str
    expected_on: datetime | None
    note: str
    created_at: datetime
    created_by: str
    version: int
    total: Decimal
    lines: list[PurchaseOrderLineRow] = field(default_factory=list)
    receipts: list[ReceiptSummary] = field(default_factory=list)


def purchase_order_lines(session: Session, po_id: int) -> list[PurchaseOrderLineRow]:
    supplier_id = select(PurchaseOrder.supplier_id).where(PurchaseOrder.id == po_id).scalar_subquery()
    rows = session.execute(
        select(PurchaseOrderLine, Sku.code, Sku.name, SupplierItem.supplier_code)
        .join(Sku, Sku.id == PurchaseOrderLine.sku_id)
        .outerjoin(SupplierItem, (SupplierItem.sku_id == PurchaseOrderLine.sku_id)
                   & (SupplierItem.supplier_id == supplier_id))
        .where(PurchaseOrderLine.purchase_order_id == po_id).order_by(PurchaseOrderLine.line_no)
    )
    return [
        PurchaseOrderLineRow(line.id, line.line_no, line.sku_id, code, name, supplier_code or "", line.quantity,
                             line.received_quantity, max(line.quantity - line.received_quantity, ZERO),
                             line.unit_cost, _line_total(line.quantity, line.unit_cost))
        for line, code, name, supplier_code in rows
    ]


def purchase_order_detail(session: Session, po_id: int) -> PurchaseOrderDetail | None:
    po = session.get(PurchaseOrder, po_id)
    if po is None:
        return None
    supplier = session.get(Supplier, po.supplier_id)
    warehouse = session.get(Warehouse, po.warehouse_id)
    assert supplier is not None and warehouse is not None
    lines = purchase_order_lines(session, po_id)
    receipts = [ReceiptSummary(r.id, r.number, r.received_at, r.actor, r.note) for r in session.scalars(
        select(Receipt).where(Receipt.purchase_order_id == po_id).order_by(Receipt.id))]
    return PurchaseOrderDetail(
        po.id, po.number, supplier.id, supplier.code, supplier.name, warehouse.id, warehouse.code, po.state,
        po.currency, po.expected_on, po.note, po.created_at, po.created_by, po.version,
        sum((line.total for line in lines), ZERO), lines, receipts)


# -- transfers ---------------------------------------------------------------------


@dataclass(frozen=True)
class TransferRow:
    id: int
    number: str
    from_warehouse_id: int
    from_warehouse_code: str
    to_warehouse_id: int
    to_warehouse_code: str
    state: TransferState
    created_at: datetime
    shipped_at: datetime | None
    received_at: datetime | None
    line_count: int
    quantity: Decimal
    received_quantity: Decimal
    note: str
    version: int


def transfer_rows(session: Session, states: Sequence[TransferState] = (),
                  warehouse_id: int | None = None) -> list[TransferRow]:
    """Transfers, newest first; ``warehouse_id`` matches either end."""
    source, target = aliased(Warehouse), aliased(Warehouse)
    statement = (
        select(Transfer, source.code, target.code)
        .join(source, source.id == Transfer.from_warehouse_id)
        .join(target, target.id == Transfer.to_warehouse_id)
        .order_by(Transfer.id.desc())
    )
    if states:
        statement = statement.where(Transfer.state.in_(states))
    if warehouse_id is not None:
        statement = statement.where(or_(Transfer.from_warehouse_id == warehouse_id,
                                        Transfer.to_warehouse_id == warehouse_id))
    transfers = session.execute(statement).all()
    totals: dict[int, tuple[int, Decimal, Decimal]] = {}
    for chunk in _chunks([t.id for t, _, _ in transfers]):
        for transfer_id, count, quantity, received in session.execute(
                select(TransferLine.transfer_id, func.count(), func.sum(TransferLine.quantity),
                       func.sum(TransferLine.received_quantity))
                .where(TransferLine.transfer_id.in_(chunk)).group_by(TransferLine.transfer_id)):
            totals[transfer_id] = (count, quantity, received)
    return [
        TransferRow(t.id, t.number, t.from_warehouse_id, from_code, t.to_warehouse_id, to_code, t.state,
                    t.created_at, t.shipped_at, t.received_at, *totals.get(t.id, (0, ZERO, ZERO)), t.note, t.version)
        for t, from_code, to_code in transfers
    ]


@dataclass(frozen=True)
class TransferLineRow:
    id: int
    sku_id: int
    sku_code: str
    sku_name: str
    quantity: Decimal
    from_location_id: int
    from_path: str
    to_location_id: int | None
    to_path: str
    received: Decimal
    in_transit: Decimal  # shipped and not yet received (zero before shipping)


def transfer_lines(session: Session, transfer_id: int) -> list[TransferLineRow]:
    transfer = session.get(Transfer, transfer_id)
    shipped = transfer is not None and transfer.state in (TransferState.SHIPPED, TransferState.RECEIVED)
    source, target = aliased(Location), aliased(Location)
    rows = session.execute(
        select(TransferLine, Sku.code, Sku.name, source.path, target.path)
        .join(Sku, Sku.id == TransferLine.sku_id)
        .join(source, source.id == TransferLine.from_location_id)
        .outerjoin(target, target.id == TransferLine.to_location_id)
        .where(TransferLine.transfer_id == transfer_id).order_by(TransferLine.id)
    )
    return [
        TransferLineRow(line.id, line.sku_id, code, name, line.quantity, line.from_location_id, from_path,
                        line.to_location_id, to_path or "", line.received_quantity,
                        line.quantity - line.received_quantity if shipped else ZERO)
        for line, code, name, from_path, to_path in rows
    ]


# -- stocktakes --------------------------------------------------------------------


@dataclass(frozen=True)
class StocktakeRow:
    id: int
    number: str
    warehouse_id: int
    warehouse_code: str
    scope: dict[str, Any]
    blind: bool
    state: StocktakeState
    created_at: datetime
    created_by: str
    posted_at: datetime | None
    line_count: int
    counted_count: int
    version: int


def stocktake_rows(session: Session, states: Sequence[StocktakeState] = (),
                   warehouse_id: int | None = None) -> list[StocktakeRow]:
    """Stocktakes, newest first, with how many of their lines are counted."""
    statement = (select(Stocktake, Warehouse.code).join(Warehouse, Warehouse.id == Stocktake.warehouse_id)
                 .order_by(Stocktake.id.desc()))
    if states:
        statement = statement.where(Stocktake.state.in_(states))
    if warehouse_id is not None:
        statement = statement.where(Stocktake.warehouse_id == warehouse_id)
    stocktakes = session.execute(statement).all()
    counts: dict[int, tuple[int, int]] = {}
    for chunk in _chunks([s.id for s, _ in stocktakes]):
        for stocktake_id, lines, counted in session.execute(
                select(StocktakeLine.stocktake_id, func.count(), func.count(StocktakeLine.counted_quantity))
                .where(StocktakeLine.stocktake_id.in_(chunk)).group_by(StocktakeLine.stocktake_id)):
            counts[stocktake_id] = (lines, counted)
    return [
        StocktakeRow(s.id, s.number, s.warehouse_id, code, dict(s.scope or {}), s.blind, s.state, s.created_at,
                     s.created_by, s.posted_at, *counts.get(s.id, (0, 0)), s.version)
        for s, code in stocktakes
    ]


# -- the Stock list (lazy: ids in display order, rows by id), SKU search, movement users -----------------------
# Added for the Inventory workspace (omsdesk/ui/inventory/stock.py, movements.py) and the scan field's
# name search (omsdesk/ui/scan.py).


def _starting_with(session: Session, column: Any, text: str) -> Any:
    return starts_with(column, like_prefix(text), session.get_bind().dialect.name == "sqlite")


def _sku_matches(session: Session, text: str) -> Any:
    """A SKU whose code or name starts with ``text``, or that has ``text`` as a barcode."""
    from omsdesk.catalog.barcodes import equivalent_codes
    from omsdesk.catalog.models import Barcode

    by_barcode = select(Barcode.sku_id).where(Barcode.code.in_(equivalent_codes(text)))
    return or_(_starting_with(session, Sku.code, text), _starting_with(session, Sku.name, text),
               Sku.id.in_(by_barcode))


@dataclass(frozen=True)
class StockFilter:
    by_bin: bool = True  # one row per (SKU, bin); else one per (SKU, warehouse)
    warehouse_id: int | None = None
    text: str = ""  # a SKU code or name prefix, or a barcode


def stock_ids(session: Session, criteria: StockFilter = StockFilter()) -> list[int]:
    """Ids of the matching stock rows in display order: ``StockBalance`` ids of warehouse locations
    with stock (by path, then SKU code), or ``WarehouseStock`` ids with stock or reservations (by SKU
    code, then warehouse)."""
    text = criteria.text.strip()
    statement: Select[Any]
    if criteria.by_bin:
        statement = (
            select(StockBalance.id).join(Location, Location.id == StockBalance.location_id)
            .join(Sku, Sku.id == StockBalance.sku_id)
            .where(Location.warehouse_id.is_not(None), StockBalance.on_hand != 0)
            .order_by(Location.path, Sku.code)
        )
        if criteria.warehouse_id is not None:
            statement = statement.where(Location.warehouse_id == criteria.warehouse_id)
    else:
        statement = (
            select(WarehouseStock.id).join(Sku, Sku.id == WarehouseStock.sku_id)
            .join(Warehouse, Warehouse.id == WarehouseStock.warehouse_id)
            .where((WarehouseStock.on_hand != 0) | (WarehouseStock.reserved != 0))
            .order_by(Sku.code, Warehouse.priority, Warehouse.code)
        )
        if criteria.warehouse_id is not None:
            statement = statement.where(WarehouseStock.warehouse_id == criteria.warehouse_id)
    if text:
        statement = statement.where(_sku_matches(session, text))
    return list(session.scalars(statement))


@dataclass(frozen=True)
class StockListRow:
    id: int
    sku_id: int
    sku_code: str
    sku_name: str
    warehouse_id: int
    warehouse_code: str
    location_id: int | None  # None in the per-warehouse list
    path: str
    on_hand: Decimal
    reserved: Decimal
    available: Decimal


def bin_stock_rows(session: Session, ids: Sequence[int]) -> dict[int, StockListRow]:
    """Rows of :func:`stock_ids` per bin; reserved counts the reservations made for that bin."""
    rows: dict[int, StockListRow] = {}
    for chunk in _chunks(ids):
        found = session.execute(
            select(StockBalance.id, StockBalance.sku_id, Sku.code, Sku.name, Location.warehouse_id, Warehouse.code,
                   Location.id, Location.path, StockBalance.on_hand)
            .join(Location, Location.id == StockBalance.location_id)
            .join(Warehouse, Warehouse.id == Location.warehouse_id)
            .join(Sku, Sku.id == StockBalance.sku_id)
            .where(StockBalance.id.in_(chunk))
        ).all()
        if not found:
            continue
        held = {(s, loc): q for s, loc, q in session.execute(
            select(Reservation.sku_id, Reservation.location_id, func.sum(Reservation.quantity))
            .where(Reservation.location_id.in_({r[6] for r in found}), Reservation.sku_id.in_({r[1] for r in found}))
            .group_by(Reservation.sku_id, Reservation.location_id))}
        for balance_id, sku_id, code, name, warehouse_id, warehouse, location_id, path, on_hand in found:
            reserved = held.get((sku_id, location_id), ZERO)
            rows[balance_id] = StockListRow(balance_id, sku_id, code, name, warehouse_id, warehouse, location_id, path,
                                            on_hand, reserved, on_hand - reserved)
    return rows


def warehouse_stock_rows(session: Session, ids: Sequence[int]) -> dict[int, StockListRow]:
    """Rows of :func:`stock_ids` per warehouse: on hand in all its locations, reserved for any document."""
    rows: dict[int, StockListRow] = {}
    for chunk in _chunks(ids):
        for stock_id, sku_id, code, name, warehouse_id, warehouse, on_hand, reserved in session.execute(
            select(WarehouseStock.id, WarehouseStock.sku_id, Sku.code, Sku.name, WarehouseStock.warehouse_id,
                   Warehouse.code, WarehouseStock.on_hand, WarehouseStock.reserved)
            .join(Sku, Sku.id == WarehouseStock.sku_id)
            .join(Warehouse, Warehouse.id == WarehouseStock.warehouse_id)
            .where(WarehouseStock.id.in_(chunk))
        ):
            rows[stock_id] = StockListRow(stock_id, sku_id, code, name, warehouse_id, warehouse, None, "", on_hand,
                                          reserved, on_hand - reserved)
    return rows


@dataclass(frozen=True)
class SkuChoice:
    id: int
    code: str
    name: str


def sku_search(session: Session, text: str, limit: int = 20) -> list[SkuChoice]:
    """SKUs in use that hold stock of their own, whose code or name starts with ``text`` (or with that
    barcode), by code: what a scan field offers while the user types."""
    text = text.strip()
    if not text:
        return []
    rows = session.execute(
        select(Sku.id, Sku.code, Sku.name)
        .where(_sku_matches(session, text), Sku.active.is_(True), Sku.kind != SkuKind.VIRTUAL_BUNDLE)
        .order_by(Sku.code).limit(limit))
    return [SkuChoice(*r) for r in rows]


def movement_actors(session: Session) -> list[str]:
    """Everyone who has moved stock: the choices of the movement history's user filter."""
    return list(session.scalars(select(StockMove.actor).distinct().order_by(StockMove.actor)))
