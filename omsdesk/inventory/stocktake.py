"""Stocktakes: count a warehouse, a zone, a range of bins or chosen SKUs, and post the variances.

Starting a count snapshots what the books expect: every (SKU, bin) in scope with
a non-zero balance, and for a count of chosen SKUs every bin they have a balance
in, even a zero one. Counts are then recorded line by line (keyboard or
scanner); an item found where none was expected adds a line expecting zero.
A blind count hides the expected quantities from the counting screen until
review.

Posting books, for each counted line, the *difference* between counted and
expected (snapshot) as a move between the bin and inventory loss. So the count
is read as the shelf at the moment of the snapshot, and moves that happened
while counting (a receipt, a shipment) stay in the books instead of being
overwritten. Lines nobody counted are left alone: no count is not a count of
zero.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from omsdesk.auth import audit
from omsdesk.auth.actor import Actor
from omsdesk.catalog.models import Sku
from omsdesk.db.engine import Database
from omsdesk.db.sequences import next_number
from omsdesk.db.types import utc_now
from omsdesk.errors import QT_TRANSLATE_NOOP, ConflictError, NotFoundError, ValidationError
from omsdesk.inventory.ledger import MoveSpec, post_moves
from omsdesk.inventory.locations import virtual_location
from omsdesk.inventory.models import (
    Location, LocationKind, MoveReason, StockBalance, Stocktake, StocktakeLine, StocktakeState,
)
from omsdesk.inventory.queries import (
    STOCK_KINDS, ZERO, Transition, check_quantity, guard, last_change, money, shown, sku_refs, stock_location,
    warehouse_code,
)

ST = StocktakeState

STOCKTAKE_TRANSITIONS: dict[str, Transition] = {
    "count": Transition(frozenset({ST.COUNTING}), ST.COUNTING, QT_TRANSLATE_NOOP(
        "Messages", "stocktake {number} is {state}: counts can be recorded only while counting")),
    "post": Transition(frozenset({ST.COUNTING}), ST.POSTED, QT_TRANSLATE_NOOP(
        "Messages", "stocktake {number} is {state}: only a count in progress can be posted")),
    "cancel": Transition(frozenset({ST.COUNTING}), ST.CANCELLED, QT_TRANSLATE_NOOP(
        "Messages", "stocktake {number} is {state}: only a count in progress can be cancelled")),
}


@dataclass(frozen=True)
class StocktakeScope:
    """What to count; empty means the whole warehouse. Bin paths compare as text, both ends included."""

    zone_location_id: int | None = None
    bin_path_from: str | None = None
    bin_path_to: str | None = None
    sku_ids: tuple[int, ...] = ()


def _scope_json(scope: StocktakeScope) -> dict[str, Any]:
    return {"zone_location_id": scope.zone_location_id, "bin_path_from": scope.bin_path_from,
            "bin_path_to": scope.bin_path_to, "sku_ids": sorted(scope.sku_ids)}


def _scope_from_json(data: dict[str, Any]) -> StocktakeScope:
    return StocktakeScope(data.get("zone_location_id"), data.get("bin_path_from"), data.get("bin_path_to"),
                          tuple(data.get("sku_ids") or ()))


def _normalized(session: Session, warehouse_id: int, scope: StocktakeScope) -> StocktakeScope:
    if scope.zone_location_id is not None:
        stock_location(session, scope.zone_location_id, warehouse_id)
    low = scope.bin_path_from.strip().upper() if scope.bin_path_from else None
    high = scope.bin_path_to.strip().upper() if scope.bin_path_to else None
    if low and high and low > high:
        raise ValidationError("bins", QT_TRANSLATE_NOOP(
            "Messages", "the bin range {low} – {high} is empty: the first bin sorts after the last"),
            low=low, high=high)
    if scope.sku_ids:
        sku_refs(session, scope.sku_ids)
    return StocktakeScope(scope.zone_location_id, low, high, tuple(sorted(set(scope.sku_ids))))


def _in_scope(session: Session, warehouse_id: int, scope: StocktakeScope) -> ColumnElement[bool]:
    """Which locations the count covers."""
    criteria: list[ColumnElement[bool]] = [Location.warehouse_id == warehouse_id, Location.kind.in_(STOCK_KINDS)]
    if scope.zone_location_id is not None:
        zone = session.get(Location, scope.zone_location_id)
        assert zone is not None
        criteria.append(or_(Location.id == zone.id, Location.path.startswith(zone.path + "/", autoescape=True)))
    if scope.bin_path_from:
        criteria.append(Location.path >= scope.bin_path_from)
    if scope.bin_path_to:
        criteria.append(or_(Location.path <= scope.bin_path_to,
                            Location.path.startswith(scope.bin_path_to + "/", autoescape=True)))
    return and_(*criteria)


def _snapshot(session: Session, warehouse_id: int, scope: StocktakeScope) -> list[tuple[int, int, Decimal, Any]]:
    statement = (
        select(StockBalance.sku_id, StockBalance.location_id, StockBalance.on_hand, Sku.cost)
        .join(Location, Location.id == StockBalance.location_id).join(Sku, Sku.id == StockBalance.sku_id)
        .where(_in_scope(session, warehouse_id, scope))
    )
    if scope.sku_ids:
        statement = statement.where(StockBalance.sku_id.in_(scope.sku_ids))
    else:
        statement = statement.where(StockBalance.on_hand != 0)
    return [tuple(row) for row in session.execute(statement)]


def start_stocktake(db: Database, actor: Actor, warehouse_id: int, scope: StocktakeScope = StocktakeScope(),
                    blind: bool = False) -> int:
    """Open a count numbered ST-… with the expected quantities of its scope snapshotted."""
    with db.transaction() as session:
        warehouse = warehouse_code(session, warehouse_id)
        scope = _normalized(session, warehouse_id, scope)
        stocktake = Stocktake(number=next_number(session, "ST"), warehouse_id=warehouse_id, scope=_scope_json(scope),
                              blind=blind, state=ST.COUNTING, created_by=actor.name)
        stocktake.lines = [StocktakeLine(sku_id=sku_id, location_id=location_id, expected_quantity=on_hand,
                                         unit_cost=cost)
                           for sku_id, location_id, on_hand, cost in _snapshot(session, warehouse_id, scope)]
        session.add(stocktake)
        session.flush()
        audit.record(session, actor, "stocktake.start", "stocktake", stocktake.id,
                     f"started {stocktake.number} in {warehouse}",
                     after={"scope": stocktake.scope, "blind": blind, "lines": len(stocktake.lines)})
        return stocktake.id


def _load(session: Session, stocktake_id: int, expected_version: int | None = None) -> Stocktake:
    stocktake = session.get(Stocktake, stocktake_id, with_for_update=True)
    if stocktake is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Messages", "stocktake {id} does not exist"), id=stocktake_id)
    if expected_version is not None and stocktake.version != expected_version:
        change = last_change(session, "stocktake", stocktake_id)
        raise ConflictError(QT_TRANSLATE_NOOP(
            "Messages", "stocktake {number} was changed by {actor} ({change}) while you had it open; reload it and try again"),
            number=stocktake.number, actor=change.actor, change=change.summary)
    return stocktake


def _check_in_scope(session: Session, stocktake: Stocktake, sku_code: str, sku_id: int, location_id: int) -> str:
    bin_ = stock_location(session, location_id, stocktake.warehouse_id)
    scope = _scope_from_json(stocktake.scope)
    inside = session.scalar(select(Location.id).where(Location.id == location_id,
                                                      _in_scope(session, stocktake.warehouse_id, scope)))
    if inside is None:
        raise ValidationError("location", QT_TRANSLATE_NOOP(
            "Messages", "{path} is outside the scope of stocktake {number}"), path=bin_.path, number=stocktake.number)
    if scope.sku_ids and sku_id not in scope.sku_ids:
        raise ValidationError("SKU", QT_TRANSLATE_NOOP(
            "Messages", "{sku} is not one of the SKUs counted in stocktake {number}"),
            sku=sku_code, number=stocktake.number)
    return bin_.path


def record_count(db: Database, actor: Actor, stocktake_id: int, sku_id: int, location_id: int,
                 counted: Decimal) -> int:
    """Record what is on the shelf; counting a line again replaces its count. Returns the line id."""
    with db.transaction() as session:
        stocktake = _load(session, stocktake_id)
        guard(STOCKTAKE_TRANSITIONS, "count", stocktake.state, stocktake.number)
        sku = sku_refs(session, [sku_id])[sku_id]
        path = _check_in_scope(session, stocktake, sku.code, sku_id, location_id)
        quantity = check_quantity(counted, f"{sku.code}, {path}", allow_zero=True, field="counted")
        line = session.scalar(select(StocktakeLine).where(
            StocktakeLine.stocktake_id == stocktake_id, StocktakeLine.sku_id == sku_id,
            StocktakeLine.location_id == location_id))
        if line is None:  # found where nothing was expected: the snapshot had zero here
            line = StocktakeLine(stocktake_id=stocktake_id, sku_id=sku_id, location_id=location_id,
                                 expected_quantity=ZERO, unit_cost=sku.cost)
            session.add(line)
        previous = line.counted_quantity
        line.counted_quantity, line.counted_at, line.counted_by = quantity, utc_now(), actor.name
        flag_modified(stocktake, "scope")  # the review must see the latest counts: the version goes up
        session.flush()
        if previous is None:
            summary = f"counted {shown(quantity)} {sku.code} at {path}"
        else:
            summary = f"replaced the count of {sku.code} at {path}: {shown(previous)} → {shown(quantity)}"
        audit.record(session, actor, "stocktake.count", "stocktake", stocktake_id, summary,
                     before=None if previous is None else {"sku": sku.code, "location": path, "counted": previous},
                     after={"sku": sku.code, "location": path, "counted": quantity})
        return line.id


@dataclass(frozen=True)
class StocktakeLineRow:
    id: int
    sku_id: int
    sku_code: str
    sku_name: str
    location_id: int
    path: str
    expected: Decimal | None  # None while a blind count hides it
    counted: Decimal | None  # None until counted
    unit_cost: Decimal | None
    counted_by: str
    counted_at: datetime | None


def _lines(session: Session, stocktake_id: int) -> list[tuple[StocktakeLine, str, str, str]]:
    return [tuple(r) for r in session.execute(
        select(StocktakeLine, Sku.code, Sku.name, Location.path)
        .join(Sku, Sku.id == StocktakeLine.sku_id).join(Location, Location.id == StocktakeLine.location_id)
        .where(StocktakeLine.stocktake_id == stocktake_id).order_by(Location.path, Sku.code))]


def stocktake_lines(session: Session, stocktake_id: int, reveal_expected: bool = False) -> list[StocktakeLineRow]:
    """The count sheet in walking order (bin path, then SKU code); a blind count shows expected only if revealed."""
    stocktake = session.get(Stocktake, stocktake_id)
    if stocktake is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Messages", "stocktake {id} does not exist"), id=stocktake_id)
    show = reveal_expected or not stocktake.blind
    return [StocktakeLineRow(line.id, line.sku_id, code, name, line.location_id, path,
                             line.expected_quantity if show else None, line.counted_quantity, line.unit_cost,
                             line.counted_by, line.counted_at)
            for line, code, name, path in _lines(session, stocktake_id)]


@dataclass(frozen=True)
class Variance:
    line_id: int
    sku_id: int
    sku: str  # code
    sku_name: str
    location_id: int
    bin: str  # path
    expected: Decimal
    counted: Decimal
    difference: Decimal  # counted − expected: positive found, negative missing
    unit_cost: Decimal | None
    value: Decimal | None  # difference × unit cost, to the cent; None without a cost


@dataclass(frozen=True)
class VarianceReport:
    lines: list[Variance] = field(default_factory=list)  # every counted line, in walking order
    counted_lines: int = 0
    uncounted_lines: int = 0  # left alone by posting
    gain_quantity: Decimal = ZERO
    loss_quantity: Decimal = ZERO  # as a positive number
    gain_value: Decimal = ZERO
    loss_value: Decimal = ZERO  # as a positive number
    net_value: Decimal = ZERO
    lines_without_cost: int = 0  # differences whose value is unknown


def variances(session: Session, stocktake_id: int) -> VarianceReport:
    """Counted against expected, line by line, with quantity and value totals."""
    rows, uncounted = [], 0
    for line, code, name, path in _lines(session, stocktake_id):
        if line.counted_quantity is None:
            uncounted += 1
            continue
        difference = line.counted_quantity - line.expected_quantity
        value = money(difference * line.unit_cost) if line.unit_cost is not None else None
        rows.append(Variance(line.id, line.sku_id, code, name, line.location_id, path, line.expected_quantity,
                             line.counted_quantity, difference, line.unit_cost, value))
    gains = [v for v in rows if v.difference > 0]
    losses = [v for v in rows if v.difference < 0]
    gain_value = sum((v.value for v in gains if v.value is not None), ZERO)
    loss_value = -sum((v.value for v in losses if v.value is not None), ZERO)
    return VarianceReport(
        rows, len(rows), uncounted, sum((v.difference for v in gains), ZERO),
        -sum((v.difference for v in losses), ZERO), gain_value, loss_value, gain_value - loss_value,
        sum(1 for v in gains + losses if v.value is None))


def post_stocktake(db: Database, actor: Actor, stocktake_id: int, expected_version: int | None = None) -> list[int]:
    """Book the variances; returns the adjustment move ids.

    Rules: each *counted* line whose count differs from the snapshot becomes one
    move of the difference (counted − expected) between its bin and inventory
    loss (reason STOCKTAKE), so moves made during the count are kept, not
    overwritten; uncounted lines are left alone; lines counted as expected
    post nothing. Refused if nothing was counted, or if a loss would take a bin
    below zero now (stock that left during the count was counted as still there).
    """
    with db.transaction() as session:
        stocktake = _load(session, stocktake_id, expected_version)
        guard(STOCKTAKE_TRANSITIONS, "post", stocktake.state, stocktake.number)
        report = variances(session, stocktake_id)
        if not report.counted_lines:
            raise ValidationError("counts", QT_TRANSLATE_NOOP(
                "Messages", "nothing has been counted on stocktake {number}"), number=stocktake.number)
        loss = virtual_location(session, LocationKind.INVENTORY_LOSS)
        moves = [
            MoveSpec(v.sku_id, abs(v.difference), loss if v.difference > 0 else v.location_id,
                     v.location_id if v.difference > 0 else loss, MoveReason.STOCKTAKE,
                     reference_type="stocktake", reference_id=stocktake.id, reference_no=stocktake.number,
                     unit_cost=v.unit_cost)
            for v in report.lines if v.difference != 0
        ]
        move_ids = post_moves(session, actor, moves)
        stocktake.state, stocktake.posted_at = ST.POSTED, utc_now()
        session.flush()
        audit.record(session, actor, "stocktake.post", "stocktake", stocktake.id,
                     f"posted {stocktake.number}: {len(moves)} adjustments, net value {report.net_value}",
                     before={"state": ST.COUNTING},
                     after={"state": ST.POSTED, "adjustments": len(moves), "uncounted": report.uncounted_lines,
                            "gain_value": report.gain_value, "loss_value": report.loss_value})
        return move_ids


def cancel_stocktake(db: Database, actor: Actor, stocktake_id: int, expected_version: int | None = None) -> None:
    """Abandon a count: nothing is posted."""
    with db.transaction() as session:
        stocktake = _load(session, stocktake_id, expected_version)
        guard(STOCKTAKE_TRANSITIONS, "cancel", stocktake.state, stocktake.number)
        stocktake.state = ST.CANCELLED
        session.flush()
        audit.record(session, actor, "stocktake.cancel", "stocktake", stocktake.id, f"cancelled {stocktake.number}",
                     before={"state": ST.COUNTING}, after={"state": ST.CANCELLED})


def stocktake_scope(session: Session, stocktake_id: int) -> StocktakeScope:
    stocktake = session.get(Stocktake, stocktake_id)
    if stocktake is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Messages", "stocktake {id} does not exist"), id=stocktake_id)
    return _scope_from_json(stocktake.scope)

