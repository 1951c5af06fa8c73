"""Helpers for the inventory tests: read stock back, set up suppliers, and take snapshots of everything."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import func, select

from omsdesk.auth.models import AuditEntry
from omsdesk.catalog.models import Sku
from omsdesk.inventory.locations import virtual_location
from omsdesk.inventory.models import (
    LocationKind, PurchaseOrder, PurchaseOrderLine, Receipt, Reservation, StockBalance, StockMove, Stocktake,
    StocktakeLine, Transfer, TransferLine, WarehouseStock,
)
from omsdesk.inventory.purchasing import SupplierSpec, create_supplier, set_supplier_item
from tests.inventory.conftest import World

D = Decimal


def balance(world: World, sku: str, bin_code: str) -> Decimal:
    with world.rt.db.reading() as session:
        return session.scalar(select(StockBalance.on_hand).where(
            StockBalance.sku_id == world.skus[sku], StockBalance.location_id == world.bins[bin_code])) or D(0)


def virtual_balance(world: World, sku: str, kind: LocationKind) -> Decimal:
    with world.rt.db.transaction() as session:
        location = virtual_location(session, kind)
        return session.scalar(select(StockBalance.on_hand).where(
            StockBalance.sku_id == world.skus[sku], StockBalance.location_id == location)) or D(0)


def totals(world: World, sku: str, warehouse: int) -> tuple[Decimal, Decimal]:
    """(on hand, reserved) of a SKU in a warehouse."""
    with world.rt.db.reading() as session:
        row = session.execute(select(WarehouseStock.on_hand, WarehouseStock.reserved).where(
            WarehouseStock.sku_id == world.skus[sku], WarehouseStock.warehouse_id == warehouse)).one_or_none()
    return (row.on_hand, row.reserved) if row else (D(0), D(0))


def set_cost(world: World, sku: str, cost: str) -> None:
    with world.rt.db.transaction() as session:
        session.get(Sku, world.skus[sku]).cost = D(cost)


def add_supplier(world: World, code: str, prices: dict[str, str | None] | None = None,
                 minimums: dict[str, str] | None = None, preferred: tuple[str, ...] = ()) -> int:
    db, actor = world.rt.db, world.rt.actor
    supplier_id = create_supplier(db, actor, SupplierSpec(code=code, name=f"{code} Trading 贸易"))
    for sku, price in (prices or {}).items():
        set_supplier_item(db, actor, supplier_id, world.skus[sku], f"{code}-{sku}",
                          D(price) if price is not None else None,
                          min_order_quantity=D((minimums or {}).get(sku, "1")), preferred=sku in preferred)
    return supplier_id


def audit_trail(world: World, entity: str, entity_id: int) -> list[tuple[str, str]]:
    with world.rt.db.reading() as session:
        return [(e.action, e.summary) for e in session.scalars(
            select(AuditEntry).where(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id)
            .order_by(AuditEntry.id))]


def everything(world: World) -> dict[str, Any]:
    """All the state a refused operation must leave as it was."""
    with world.rt.db.reading() as session:
        def rows(*columns: Any) -> list[tuple[Any, ...]]:
            return sorted(tuple(r) for r in session.execute(select(*columns)))

        return {
            "moves": session.scalar(select(func.count()).select_from(StockMove)),
            "audit": session.scalar(select(func.count()).select_from(AuditEntry)),
            "receipts": session.scalar(select(func.count()).select_from(Receipt)),
            "balances": rows(StockBalance.sku_id, StockBalance.location_id, StockBalance.on_hand),
            "warehouse_stock": rows(WarehouseStock.sku_id, WarehouseStock.warehouse_id, WarehouseStock.on_hand,
                                    WarehouseStock.reserved),
            "reservations": rows(Reservation.sku_id, Reservation.warehouse_id, Reservation.quantity,
                                 Reservation.document_type, Reservation.document_id),
            "purchase_orders": rows(PurchaseOrder.id, PurchaseOrder.state, PurchaseOrder.version),
            "po_lines": rows(PurchaseOrderLine.id, PurchaseOrderLine.sku_id, PurchaseOrderLine.quantity,
                             PurchaseOrderLine.received_quantity),
            "transfers": rows(Transfer.id, Transfer.state, Transfer.version),
            "transfer_lines": rows(TransferLine.id, TransferLine.received_quantity),
            "stocktakes": rows(Stocktake.id, Stocktake.state, Stocktake.version),
            "stocktake_lines": rows(StocktakeLine.id, StocktakeLine.counted_quantity),
        }
