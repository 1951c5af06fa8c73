"""The stock ledger: the only code that changes stock balances and reservations.

``post_moves`` records moves and updates the per-location balance and the
per-warehouse totals in the caller's transaction. Balance changes are single
``UPDATE … SET on_hand = on_hand + :delta … RETURNING`` statements, so concurrent
writers serialise on the row (PostgreSQL) or the write lock (SQLite) and the
check that follows sees the true result. A refused move raises and the caller's
transaction rolls everything back: nothing is ever half-applied.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import bindparam, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from omsdesk.auth.actor import Actor
from omsdesk.catalog.models import Sku, SkuKind
from omsdesk.db.types import utc_now
from omsdesk.errors import QT_TRANSLATE_NOOP, UserError, ValidationError
from omsdesk.inventory.models import (
    Location,
    LocationKind,
    MoveReason,
    Reservation,
    StockBalance,
    StockChange,
    StockMove,
    Warehouse,
    WarehouseStock,
)

ZERO = Decimal(0)


class InsufficientStockError(UserError):
    """Not enough stock (on hand, or available after reservations) for what was asked."""


@dataclass(frozen=True)
class MoveSpec:
    sku_id: int
    quantity: Decimal
    from_location_id: int
    to_location_id: int
    reason: MoveReason
    reference_type: str = ""
    reference_id: int | None = None
    reference_no: str = ""
    unit_cost: Decimal | None = None
    note: str = ""


@dataclass(frozen=True)
class _Place:
    id: int
    warehouse_id: int | None
    internal: bool
    path: str
    allow_negative: bool
    active: bool


def _places(session: Session, ids: set[int]) -> dict[int, _Place]:
    rows = session.execute(
        select(Location.id, Location.warehouse_id, Location.kind, Location.path, Location.active,
               Warehouse.allow_negative)
        .outerjoin(Warehouse, Warehouse.id == Location.warehouse_id)
        .where(Location.id.in_(ids))
    )
    return {
        r.id: _Place(id=r.id, warehouse_id=r.warehouse_id, internal=LocationKind(r.kind).internal, path=r.path,
                     allow_negative=bool(r.allow_negative), active=r.active)
        for r in rows
    }


def _sku_codes(session: Session, ids: set[int]) -> dict[int, tuple[str, SkuKind]]:
    rows = session.execute(select(Sku.id, Sku.code, Sku.kind).where(Sku.id.in_(ids)))
    return {r.id: (r.code, r.kind) for r in rows}


def _validate(move: MoveSpec, places: dict[int, _Place], skus: dict[int, tuple[str, SkuKind]]) -> None:
    if move.quantity <= 0:
        raise ValidationError("quantity", QT_TRANSLATE_NOOP("Messages", "a move needs a positive quantity, not {quantity}"),
                              quantity=move.quantity)
    if move.from_location_id == move.to_location_id:
        raise ValidationError("location", QT_TRANSLATE_NOOP("Messages", "a move needs two different locations"))
    for location_id in (move.from_location_id, move.to_location_id):
        place = places.get(location_id)
        if place is None:
            raise ValidationError("location", QT_TRANSLATE_NOOP("Messages", "location {id} does not exist"), id=location_id)
        if not place.active:
            raise ValidationError("location", QT_TRANSLATE_NOOP("Messages", "location {path} is not in use"), path=place.path)
    sku = skus.get(move.sku_id)
    if sku is None:
        raise ValidationError("SKU", QT_TRANSLATE_NOOP("Messages", "SKU {id} does not exist"), id=move.sku_id)
    if sku[1] is SkuKind.VIRTUAL_BUNDLE:
        raise ValidationError("SKU", QT_TRANSLATE_NOOP(
            "Messages", "{code} is a virtual bundle: move its components, it has no stock of its own"), code=sku[0])


_balances = StockBalance.__table__
_warehouse_stock = WarehouseStock.__table__
# Built once: run through the session's connection they cost a fraction of an ORM statement.
_ADD_TO_BALANCE = (
    update(_balances)
    .where(_balances.c.sku_id == bindparam("sku"), _balances.c.location_id == bindparam("location"))
    .values(on_hand=_balances.c.on_hand + bindparam("delta", type_=_balances.c.on_hand.type))
    .returning(_balances.c.on_hand)
)
_ADD_TO_WAREHOUSE = (
    update(_warehouse_stock)
    .where(_warehouse_stock.c.sku_id == bindparam("sku"), _warehouse_stock.c.warehouse_id == bindparam("warehouse"))
    .values(on_hand=_warehouse_stock.c.on_hand + bindparam("delta", type_=_warehouse_stock.c.on_hand.type))
    .returning(_warehouse_stock.c.on_hand, _warehouse_stock.c.reserved)
)


def quantity_text(quantity: Decimal) -> str:
    """``5`` rather than ``5.0000`` in messages."""
    return f"{quantity.normalize():f}"


_RESERVE = (  # compare-and-set: of two desktops reserving the last unit, one matches no row
    update(_warehouse_stock)
    .where(_warehouse_stock.c.sku_id == bindparam("sku"), _warehouse_stock.c.warehouse_id == bindparam("warehouse"),
           _warehouse_stock.c.on_hand - _warehouse_stock.c.reserved
           >= bindparam("quantity", type_=_warehouse_stock.c.reserved.type))
    .values(reserved=_warehouse_stock.c.reserved + bindparam("quantity", type_=_warehouse_stock.c.reserved.type))
    .returning(_warehouse_stock.c.id)
)
_INSERT_RESERVATION = insert(Reservation.__table__).returning(Reservation.__table__.c.id)
_NOTE_CHANGE = insert(StockChange.__table__)


def _add_to_balance(session: Session, sku_id: int, location_id: int, delta: Decimal) -> Decimal:
    connection = session.connection()
    new = connection.execute(_ADD_TO_BALANCE, {"sku": sku_id, "location": location_id, "delta": delta}).scalar()
    if new is not None:
        return new
    try:
        with session.begin_nested():
            connection.execute(insert(_balances).values(sku_id=sku_id, location_id=location_id, on_hand=delta))
        return delta
    except IntegrityError:  # another writer created the row first
        return _add_to_balance(session, sku_id, location_id, delta)


def _add_to_warehouse(session: Session, sku_id: int, warehouse_id: int, delta: Decimal) -> tuple[Decimal, Decimal]:
    connection = session.connection()
    row = connection.execute(_ADD_TO_WAREHOUSE, {"sku": sku_id, "warehouse": warehouse_id, "delta": delta}).first()
    if row is not None:
        return row.on_hand, row.reserved
    try:
        with session.begin_nested():
            connection.execute(insert(_warehouse_stock).values(
                sku_id=sku_id, warehouse_id=warehouse_id, on_hand=delta, reserved=ZERO))
        return delta, ZERO
    except IntegrityError:
        return _add_to_warehouse(session, sku_id, warehouse_id, delta)


def _net_changes(
    moves: Sequence[MoveSpec], places: dict[int, _Place]
) -> tuple[dict[tuple[int, int], Decimal], dict[tuple[int, int], Decimal]]:
    """What the batch does to each (SKU, location) and to each (SKU, warehouse), netted."""
    by_location: dict[tuple[int, int], Decimal] = defaultdict(Decimal)
    by_warehouse: dict[tuple[int, int], Decimal] = defaultdict(Decimal)
    for move in moves:
        source, target = places[move.from_location_id], places[move.to_location_id]
        by_location[(move.sku_id, source.id)] -= move.quantity
        by_location[(move.sku_id, target.id)] += move.quantity
        if source.internal and source.warehouse_id is not None:
            by_warehouse[(move.sku_id, source.warehouse_id)] -= move.quantity
        if target.internal and target.warehouse_id is not None:
            by_warehouse[(move.sku_id, target.warehouse_id)] += move.quantity
    return by_location, by_warehouse


def _apply_to_locations(session: Session, changes: dict[tuple[int, int], Decimal],
                        places: dict[int, _Place], skus: dict[int, tuple[str, SkuKind]]) -> None:
    for (sku_id, location_id), delta in sorted(changes.items()):  # a fixed order: no deadlocks
        if not delta:
            continue
        on_hand = _add_to_balance(session, sku_id, location_id, delta)
        place = places[location_id]
        if delta < 0 and on_hand < 0 and place.internal and not place.allow_negative:
            raise InsufficientStockError(QT_TRANSLATE_NOOP(
                "Messages", "{sku}: only {on_hand} on hand at {location}, {quantity} asked"),
                sku=skus[sku_id][0], on_hand=quantity_text(on_hand - delta), location=place.path,
                quantity=quantity_text(-delta))


def _apply_to_warehouses(session: Session, changes: dict[tuple[int, int], Decimal],
                         allow_negative: dict[int, bool], skus: dict[int, tuple[str, SkuKind]]) -> None:
    for (sku_id, warehouse_id), delta in sorted(changes.items()):
        if not delta:
            continue
        on_hand, reserved = _add_to_warehouse(session, sku_id, warehouse_id, delta)
        if delta < 0 and on_hand < reserved and not allow_negative[warehouse_id]:
            raise InsufficientStockError(QT_TRANSLATE_NOOP(
                "Messages", "{sku}: {quantity} cannot leave the warehouse, {reserved} of its {on_hand} are reserved"),
                sku=skus[sku_id][0], quantity=quantity_text(-delta), reserved=quantity_text(reserved),
                on_hand=quantity_text(on_hand - delta))


def post_moves(session: Session, actor: Actor, moves: Sequence[MoveSpec]) -> list[int]:
    """Record ``moves`` and update balances, in the caller's transaction; returns the move ids.

    The batch is checked as a whole: each balance it touches moves once, by the net
    amount, and must not end below zero (or below what is reserved, for a warehouse).
    """
    if not moves:
        return []
    places = _places(session, {m.from_location_id for m in moves} | {m.to_location_id for m in moves})
    skus = _sku_codes(session, {m.sku_id for m in moves})
    for move in moves:
        _validate(move, places, skus)
    by_location, by_warehouse = _net_changes(moves, places)
    _apply_to_locations(session, by_location, places, skus)
    allow_negative = {p.warehouse_id: p.allow_negative for p in places.values() if p.warehouse_id is not None}
    _apply_to_warehouses(session, by_warehouse, allow_negative, skus)
    now = utc_now()
    rows = [
        {"sku_id": m.sku_id, "quantity": m.quantity, "from_location_id": m.from_location_id,
         "to_location_id": m.to_location_id, "reason": m.reason, "reference_type": m.reference_type,
         "reference_id": m.reference_id, "reference_no": m.reference_no, "unit_cost": m.unit_cost,
         "note": m.note, "actor": actor.name, "at": now}
        for m in moves
    ]
    result = session.execute(insert(StockMove).returning(StockMove.id, sort_by_parameter_order=True), rows)
    mark_stock_changed(session, {m.sku_id for m in moves})
    return list(result.scalars())


def mark_stock_changed(session: Session, sku_ids: Iterable[int]) -> None:
    """Note, in the caller's transaction, that these SKUs' sellable quantities may have changed."""
    now = utc_now()
    rows = [{"sku_id": sku_id, "at": now} for sku_id in sorted(set(sku_ids))]
    if rows:
        session.execute(insert(StockChange), rows)


# -- reservations --------------------------------------------------------------------


def reserve(
    session: Session, actor: Actor, sku_id: int, warehouse_id: int, quantity: Decimal,
    document_type: str, document_id: int, document_line_id: int | None = None,
    location_id: int | None = None,
) -> int:
    """Hold ``quantity`` of a SKU in a warehouse for a document; refused when not available.

    The compare-and-set update makes this safe between desktops: of two reserving
    the last unit at once, exactly one succeeds.
    """
    if quantity <= 0:
        raise ValidationError("quantity", QT_TRANSLATE_NOOP("Messages", "a reservation needs a positive quantity"))
    connection = session.connection()
    held = connection.execute(_RESERVE, {"sku": sku_id, "warehouse": warehouse_id, "quantity": quantity}).first()
    if held is None:
        code = session.scalar(select(Sku.code).where(Sku.id == sku_id)) or str(sku_id)
        available = session.scalar(
            select(WarehouseStock.on_hand - WarehouseStock.reserved)
            .where(WarehouseStock.sku_id == sku_id, WarehouseStock.warehouse_id == warehouse_id)
        ) or ZERO
        raise InsufficientStockError(QT_TRANSLATE_NOOP(
            "Messages", "{sku}: only {available} available, {quantity} asked; someone may have just taken it"),
            sku=code, available=quantity_text(available), quantity=quantity_text(quantity))
    now = utc_now()
    reservation_id = connection.execute(_INSERT_RESERVATION, {
        "sku_id": sku_id, "warehouse_id": warehouse_id, "location_id": location_id, "quantity": quantity,
        "document_type": document_type, "document_id": document_id, "document_line_id": document_line_id,
        "actor": actor.name, "created_at": now}).scalar_one()
    connection.execute(_NOTE_CHANGE, {"sku_id": sku_id, "at": now})
    return reservation_id


def release(session: Session, document_type: str, document_id: int,
            document_line_id: int | None = None) -> Decimal:
    """Give back what a document (or one of its lines) holds; returns the quantity released."""
    criteria = [Reservation.document_type == document_type, Reservation.document_id == document_id]
    if document_line_id is not None:
        criteria.append(Reservation.document_line_id == document_line_id)
    held = session.execute(
        select(Reservation.sku_id, Reservation.warehouse_id, func.sum(Reservation.quantity))
        .where(*criteria).group_by(Reservation.sku_id, Reservation.warehouse_id)
    ).all()
    for sku_id, warehouse_id, quantity in held:
        session.execute(
            update(WarehouseStock)
            .where(WarehouseStock.sku_id == sku_id, WarehouseStock.warehouse_id == warehouse_id)
            .values(reserved=WarehouseStock.reserved - quantity)
        )
    session.execute(delete(Reservation).where(*criteria))
    mark_stock_changed(session, [sku_id for sku_id, _, _ in held])
    return sum((q for _, _, q in held), ZERO)
