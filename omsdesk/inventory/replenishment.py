"""Low-stock rules and purchase suggestions that become purchase orders in one action.

A SKU is low in a warehouse when its stock position — available (on hand −
reserved) plus what open purchase orders still bring (drafts included, so
suggestions already turned into orders are not suggested again) — is at or
below its reorder point. The suggestion is the rule's reorder quantity, or, for
a rule with days of cover, enough whole units for that many days of the
average daily shipments out of that warehouse over the last 30 days, minus the
stock position (the reorder quantity when recent shipments ask for nothing).
It is raised to the supplier's minimum order quantity, and grouped under the
SKU's preferred supplier (else the cheapest). SKUs nobody supplies come in a
group of their own with no supplier.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import ROUND_CEILING, Decimal

from sqlalchemy import and_, delete, func, select
from sqlalchemy.orm import Session

from omsdesk.auth import audit
from omsdesk.auth.actor import Actor
from omsdesk.catalog.models import Sku, SkuKind
from omsdesk.db.engine import Database
from omsdesk.errors import QT_TRANSLATE_NOOP, ValidationError
from omsdesk.inventory.models import (
    Location, MoveReason, ReorderRule, StockMove, Supplier, SupplierItem, Warehouse, WarehouseStock,
)
from omsdesk.inventory.purchasing import PoLineSpec, add_purchase_order, on_order
from omsdesk.inventory.queries import ZERO, check_quantity, sku_codes, sku_refs, warehouse_code

SALES_WINDOW_DAYS = 30


@dataclass(frozen=True)
class ReorderRuleInfo:
    id: int
    sku_id: int
    sku_code: str
    warehouse_id: int
    warehouse_code: str
    reorder_point: Decimal
    reorder_quantity: Decimal
    days_of_cover: int | None


def set_reorder_rule(db: Database, actor: Actor, sku_id: int, warehouse_id: int, reorder_point: Decimal,
                     reorder_quantity: Decimal, days_of_cover: int | None = None) -> int:
    """Add or replace the rule of a SKU in a warehouse; returns its id."""
    with db.transaction() as session:
        sku = sku_refs(session, [sku_id])[sku_id]
        warehouse = warehouse_code(session, warehouse_id)
        point = check_quantity(reorder_point, sku.code, allow_zero=True, field="reorder point")
        quantity = check_quantity(reorder_quantity, sku.code, field="reorder quantity")
        if days_of_cover is not None and days_of_cover <= 0:
            raise ValidationError("days of cover", QT_TRANSLATE_NOOP(
                "Messages", "{sku}: days of cover must be at least 1, not {days}"), sku=sku.code, days=days_of_cover)
        rule = session.scalar(select(ReorderRule).where(ReorderRule.sku_id == sku_id,
                                                        ReorderRule.warehouse_id == warehouse_id))
        before = None if rule is None else {"reorder_point": rule.reorder_point,
                                            "reorder_quantity": rule.reorder_quantity,
                                            "days_of_cover": rule.days_of_cover}
        if rule is None:
            rule = ReorderRule(sku_id=sku_id, warehouse_id=warehouse_id)
            session.add(rule)
        rule.reorder_point, rule.reorder_quantity, rule.days_of_cover = point, quantity, days_of_cover
        session.flush()
        audit.record(session, actor, "reorder_rule.set", "reorder_rule", rule.id,
                     f"reorder rule for {sku.code} in {warehouse}", before=before,
                     after={"reorder_point": point, "reorder_quantity": quantity, "days_of_cover": days_of_cover})
        return rule.id


def remove_reorder_rule(db: Database, actor: Actor, sku_id: int, warehouse_id: int) -> None:
    with db.transaction() as session:
        rule = session.scalar(select(ReorderRule).where(ReorderRule.sku_id == sku_id,
                                                        ReorderRule.warehouse_id == warehouse_id))
        if rule is None:
            return
        before = {"reorder_point": rule.reorder_point, "reorder_quantity": rule.reorder_quantity,
                  "days_of_cover": rule.days_of_cover}
        code = sku_codes(session, [sku_id]).get(sku_id, str(sku_id))
        warehouse = session.scalar(select(Warehouse.code).where(Warehouse.id == warehouse_id))
        session.execute(delete(ReorderRule).where(ReorderRule.id == rule.id))
        audit.record(session, actor, "reorder_rule.remove", "reorder_rule", rule.id,
                     f"removed the reorder rule for {code} in {warehouse}", before=before)


def reorder_rules(session: Session, warehouse_id: int | None = None) -> list[ReorderRuleInfo]:
    statement = (
        select(ReorderRule, Sku.code, Warehouse.code)
        .join(Sku, Sku.id == ReorderRule.sku_id).join(Warehouse, Warehouse.id == ReorderRule.warehouse_id)
        .order_by(Warehouse.code, Sku.code)
    )
    if warehouse_id is not None:
        statement = statement.where(ReorderRule.warehouse_id == warehouse_id)
    return [ReorderRuleInfo(r.id, r.sku_id, sku_code, r.warehouse_id, wh_code, r.reorder_point, r.reorder_quantity,
                            r.days_of_cover) for r, sku_code, wh_code in session.execute(statement)]


# -- suggestions -------------------------------------------------------------------


@dataclass(frozen=True)
class SuggestionLine:
    sku_id: int
    code: str
    name: str
    available: Decimal
    on_order: Decimal
    reorder_point: Decimal
    suggested_quantity: Decimal
    unit_cost: Decimal | None
    supplier_code: str = ""  # what the supplier calls it
    daily_shipments: Decimal | None = None  # the average used for days of cover


@dataclass(frozen=True)
class SupplierSuggestion:
    supplier_id: int | None  # None: SKUs no supplier is known for
    supplier_name: str
    warehouse_id: int
    lines: list[SuggestionLine] = field(default_factory=list)
    warehouse_code: str = ""


@dataclass(frozen=True)
class _Low:
    rule: ReorderRule
    sku: Sku
    warehouse_code: str
    available: Decimal
    on_order: Decimal


@dataclass(frozen=True)
class _Source:
    supplier_id: int
    supplier_name: str
    supplier_code: str
    unit_cost: Decimal | None
    min_order_quantity: Decimal


def _low_rules(session: Session) -> list[_Low]:
    rows = session.execute(
        select(ReorderRule, Sku, Warehouse.code, WarehouseStock.on_hand, WarehouseStock.reserved)
        .join(Sku, Sku.id == ReorderRule.sku_id).join(Warehouse, Warehouse.id == ReorderRule.warehouse_id)
        .outerjoin(WarehouseStock, and_(WarehouseStock.sku_id == ReorderRule.sku_id,
                                        WarehouseStock.warehouse_id == ReorderRule.warehouse_id))
        .where(Sku.active.is_(True), Sku.kind != SkuKind.VIRTUAL_BUNDLE, Warehouse.active.is_(True))
        .order_by(Warehouse.code, Sku.code)
    ).all()
    ordered = on_order(session)
    low = []
    for rule, sku, wh_code, on_hand, reserved in rows:
        available = (on_hand or ZERO) - (reserved or ZERO)
        coming = ordered.get((rule.sku_id, rule.warehouse_id), ZERO)
        if available + coming <= rule.reorder_point:
            low.append(_Low(rule, sku, wh_code, available, coming))
    return low


def _daily_shipments(session: Session, pairs: set[tuple[int, int]], today: date) -> dict[tuple[int, int], Decimal]:
    """Average units shipped per day out of each warehouse over the window ending with ``today``."""
    if not pairs:
        return {}
    end = datetime(today.year, today.month, today.day, tzinfo=UTC) + timedelta(days=1)
    rows = session.execute(
        select(StockMove.sku_id, Location.warehouse_id, func.sum(StockMove.quantity))
        .join(Location, Location.id == StockMove.from_location_id)
        .where(StockMove.reason == MoveReason.SHIPMENT, StockMove.sku_id.in_({sku for sku, _ in pairs}),
               StockMove.at >= end - timedelta(days=SALES_WINDOW_DAYS), StockMove.at < end)
        .group_by(StockMove.sku_id, Location.warehouse_id)
    )
    return {(sku, wh): total / SALES_WINDOW_DAYS for sku, wh, total in rows if (sku, wh) in pairs}


def _sources(session: Session, sku_ids: set[int]) -> dict[int, _Source]:
    """Per SKU the supplier to order from: the preferred one, else the cheapest (unknown price last)."""
    rows = session.execute(
        select(SupplierItem, Supplier.name).join(Supplier, Supplier.id == SupplierItem.supplier_id)
        .where(SupplierItem.sku_id.in_(sku_ids), Supplier.active.is_(True))
    ).all()

    def rank(row: tuple[SupplierItem, str]) -> tuple[bool, bool, Decimal, str]:
        item, name = row
        return (not item.preferred, item.unit_cost is None, item.unit_cost or ZERO, name)

    chosen: dict[int, _Source] = {}
    for item, name in sorted(rows, key=rank):
        if item.sku_id not in chosen:
            chosen[item.sku_id] = _Source(item.supplier_id, name, item.supplier_code, item.unit_cost,
                                          item.min_order_quantity)
    return chosen


def _suggested(low: _Low, daily: Decimal | None, source: _Source | None) -> Decimal:
    quantity = low.rule.reorder_quantity
    if low.rule.days_of_cover is not None and daily:
        cover = (daily * low.rule.days_of_cover).to_integral_value(ROUND_CEILING)
        need = (cover - low.available - low.on_order).to_integral_value(ROUND_CEILING)
        if need > 0:
            quantity = need
    if source is not None:
        quantity = max(quantity, source.min_order_quantity)
    return quantity


def purchase_suggestions(session: Session, today: date | None = None) -> list[SupplierSuggestion]:
    """What to order, per supplier and warehouse (suppliers by name; the no-supplier groups last)."""
    today = today or datetime.now(UTC).date()
    low = _low_rules(session)
    covered = {(item.rule.sku_id, item.rule.warehouse_id) for item in low if item.rule.days_of_cover is not None}
    daily = _daily_shipments(session, covered, today)
    sources = _sources(session, {item.rule.sku_id for item in low}) if low else {}
    groups: dict[tuple[int | None, int], SupplierSuggestion] = {}
    for item in low:
        source = sources.get(item.rule.sku_id)
        key = (source.supplier_id if source else None, item.rule.warehouse_id)
        group = groups.setdefault(key, SupplierSuggestion(
            key[0], source.supplier_name if source else "", item.rule.warehouse_id, [], item.warehouse_code))
        pair_daily = daily.get((item.rule.sku_id, item.rule.warehouse_id), ZERO) \
            if item.rule.days_of_cover is not None else None
        cost = source.unit_cost if source and source.unit_cost is not None else item.sku.cost
        group.lines.append(SuggestionLine(
            item.sku.id, item.sku.code, item.sku.name, item.available, item.on_order, item.rule.reorder_point,
            _suggested(item, pair_daily, source), cost, source.supplier_code if source else "", pair_daily))
    return sorted(groups.values(), key=lambda g: (g.supplier_id is None, g.supplier_name, g.warehouse_code))


def create_purchase_orders(db: Database, actor: Actor, suggestions: Sequence[SupplierSuggestion]) -> list[int]:
    """Turn suggestions into draft purchase orders, one per supplier and warehouse, all in one transaction.

    Groups without a supplier, and lines whose suggested quantity is zero, are skipped: a supplier
    has to be set up for those SKUs first.
    """
    with db.transaction() as session:
        created = []
        for suggestion in suggestions:
            lines = [PoLineSpec(line.sku_id, line.suggested_quantity, line.unit_cost)
                     for line in suggestion.lines if line.suggested_quantity > 0]
            if suggestion.supplier_id is None or not lines:
                continue
            po = add_purchase_order(session, actor, suggestion.supplier_id, suggestion.warehouse_id, lines,
                                    note="from purchase suggestions")
            created.append(po.id)
        return created
