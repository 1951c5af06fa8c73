"""Inventory as a ledger of moves between locations (Odoo stock.move / Tryton stock.move).

Every change of stock is a :class:`StockMove` of a quantity of a SKU from one
location to another. Suppliers, customers, inventory loss, scrap, transit and
assembly are locations too (virtual ones), so a receipt, a shipment, a count
adjustment and a transfer are all the same shape. :class:`StockBalance` (per SKU
and location) and :class:`WarehouseStock` (per SKU and warehouse, with the
reserved total) are kept in the same transaction as the moves and reservations
that change them; nothing else writes them.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from omsdesk.catalog.models import Precise, str_enum
from omsdesk.db.base import Base
from omsdesk.db.types import SearchableString, UTCDateTime, utc_now


class Warehouse(Base):
    __tablename__ = "warehouses"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    address: Mapped[str] = mapped_column(default="")
    allow_negative: Mapped[bool] = mapped_column(default=False)
    priority: Mapped[int] = mapped_column(default=100)  # lower ships first
    active: Mapped[bool] = mapped_column(default=True)
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}


class LocationKind(StrEnum):
    # inside a warehouse
    VIEW = "view"  # the warehouse's root; holds no stock itself
    ZONE = "zone"
    AISLE = "aisle"
    SHELF = "shelf"
    BIN = "bin"
    # virtual: outside every warehouse
    SUPPLIER = "supplier"
    CUSTOMER = "customer"
    INVENTORY_LOSS = "inventory_loss"
    SCRAP = "scrap"
    TRANSIT = "transit"
    ASSEMBLY = "assembly"

    @property
    def internal(self) -> bool:
        return self in INTERNAL_KINDS


INTERNAL_KINDS = frozenset({LocationKind.VIEW, LocationKind.ZONE, LocationKind.AISLE,
                            LocationKind.SHELF, LocationKind.BIN})


class Location(Base):
    """A place stock can be. ``path`` is the codes from the warehouse down
    (``WH1/A/03/2/B07``): sorting by it walks the aisles in order."""

    __tablename__ = "locations"
    id: Mapped[int] = mapped_column(primary_key=True)
    warehouse_id: Mapped[int | None] = mapped_column(ForeignKey("warehouses.id"), index=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("locations.id"), index=True)
    kind: Mapped[LocationKind] = mapped_column(str_enum(LocationKind))
    code: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(120), default="")
    path: Mapped[str] = mapped_column(SearchableString, unique=True, index=True)  # codes repeat across zones
    barcode: Mapped[str] = mapped_column(String(64), unique=True)
    active: Mapped[bool] = mapped_column(default=True)


class MoveReason(StrEnum):
    RECEIPT = "receipt"
    SHIPMENT = "shipment"
    CUSTOMER_RETURN = "customer_return"
    SUPPLIER_RETURN = "supplier_return"
    SCRAP = "scrap"
    INTERNAL = "internal"  # between bins of one warehouse
    TRANSFER_OUT = "transfer_out"  # warehouse → transit
    TRANSFER_IN = "transfer_in"  # transit → warehouse
    STOCKTAKE = "stocktake"
    ADJUSTMENT = "adjustment"
    ASSEMBLY = "assembly"
    DISASSEMBLY = "disassembly"


class StockMove(Base):
    """An immutable line of the ledger: ``quantity`` (> 0) of a SKU from one location to another."""

    __tablename__ = "stock_moves"
    __table_args__ = (
        Index(None, "sku_id", "at"),
        Index(None, "from_location_id", "at"),
        Index(None, "to_location_id", "at"),
        Index(None, "reference_type", "reference_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    sku_id: Mapped[int] = mapped_column(ForeignKey("skus.id"))
    quantity: Mapped[Decimal] = mapped_column(Precise)
    from_location_id: Mapped[int] = mapped_column(ForeignKey("locations.id"))
    to_location_id: Mapped[int] = mapped_column(ForeignKey("locations.id"))
    reason: Mapped[MoveReason] = mapped_column(str_enum(MoveReason), index=True)
    reference_type: Mapped[str] = mapped_column(String(40), default="")
    reference_id: Mapped[int | None]
    reference_no: Mapped[str] = mapped_column(String(64), default="")
    unit_cost: Mapped[Decimal | None] = mapped_column(Precise)
    note: Mapped[str] = mapped_column(default="")
    actor: Mapped[str] = mapped_column(String(120), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now, index=True)


class StockBalance(Base):
    """On hand of one SKU at one location: the sum of the moves in minus the moves out."""

    __tablename__ = "stock_balances"
    __table_args__ = (UniqueConstraint("sku_id", "location_id"), Index(None, "location_id"))

    id: Mapped[int] = mapped_column(primary_key=True)
    sku_id: Mapped[int] = mapped_column(ForeignKey("skus.id"))
    location_id: Mapped[int] = mapped_column(ForeignKey("locations.id"))
    on_hand: Mapped[Decimal] = mapped_column(Precise, default=Decimal(0))


class StockChange(Base):
    """A note that a SKU's sellable quantity may have changed (a move, a reservation, new demand).

    Written in the same transaction as the change; stock sync reads the notes
    after its own mark and publishes new quantities to the channels.
    """

    __tablename__ = "stock_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    sku_id: Mapped[int] = mapped_column(ForeignKey("skus.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)


class WarehouseStock(Base):
    """One SKU in one warehouse: on hand in its internal locations, and what is reserved.

    Reservations change ``reserved`` with a compare-and-set update
    (``… WHERE on_hand - reserved >= :quantity``), so two desktops reserving the last
    unit at once cannot both succeed.
    """

    __tablename__ = "warehouse_stock"
    __table_args__ = (UniqueConstraint("sku_id", "warehouse_id"), Index(None, "warehouse_id"))

    id: Mapped[int] = mapped_column(primary_key=True)
    sku_id: Mapped[int] = mapped_column(ForeignKey("skus.id"))
    warehouse_id: Mapped[int] = mapped_column(ForeignKey("warehouses.id"))
    on_hand: Mapped[Decimal] = mapped_column(Precise, default=Decimal(0))
    reserved: Mapped[Decimal] = mapped_column(Precise, default=Decimal(0))


class Reservation(Base):
    """Stock held for a document (an order line, a transfer): not available to others."""

    __tablename__ = "reservations"
    __table_args__ = (Index(None, "document_type", "document_id"), Index(None, "sku_id", "warehouse_id"))

    id: Mapped[int] = mapped_column(primary_key=True)
    sku_id: Mapped[int] = mapped_column(ForeignKey("skus.id"))
    warehouse_id: Mapped[int] = mapped_column(ForeignKey("warehouses.id"))
    location_id: Mapped[int | None] = mapped_column(ForeignKey("locations.id"))
    quantity: Mapped[Decimal] = mapped_column(Precise)
    document_type: Mapped[str] = mapped_column(String(40))
    document_id: Mapped[int]
    document_line_id: Mapped[int | None]
    actor: Mapped[str] = mapped_column(String(120))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)


# -- purchasing --------------------------------------------------------------------


class Supplier(Base):
    __tablename__ = "suppliers"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    contact: Mapped[str] = mapped_column(default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(default="")
    address: Mapped[str] = mapped_column(default="")
    currency: Mapped[str] = mapped_column(String(8), default="CNY")
    lead_time_days: Mapped[int] = mapped_column(default=7)
    active: Mapped[bool] = mapped_column(default=True)


class SupplierItem(Base):
    """What a supplier calls our SKU, and what it costs there."""

    __tablename__ = "supplier_items"
    __table_args__ = (UniqueConstraint("supplier_id", "sku_id"), Index(None, "sku_id"))

    id: Mapped[int] = mapped_column(primary_key=True)
    supplier_id: Mapped[int] = mapped_column(ForeignKey("suppliers.id", ondelete="CASCADE"))
    sku_id: Mapped[int] = mapped_column(ForeignKey("skus.id", ondelete="CASCADE"))
    supplier_code: Mapped[str] = mapped_column(String(64), default="")
    unit_cost: Mapped[Decimal | None] = mapped_column(Precise)
    min_order_quantity: Mapped[Decimal] = mapped_column(Precise, default=Decimal(1))
    preferred: Mapped[bool] = mapped_column(default=False)


class PurchaseOrderState(StrEnum):
    DRAFT = "draft"
    SENT = "sent"
    PARTIALLY_RECEIVED = "partially_received"
    RECEIVED = "received"
    CLOSED = "closed"
    CANCELLED = "cancelled"


class PurchaseOrder(Base):
    __tablename__ = "purchase_orders"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    supplier_id: Mapped[int] = mapped_column(ForeignKey("suppliers.id"), index=True)
    warehouse_id: Mapped[int] = mapped_column(ForeignKey("warehouses.id"))
    state: Mapped[PurchaseOrderState] = mapped_column(
        str_enum(PurchaseOrderState), default=PurchaseOrderState.DRAFT, index=True)
    currency: Mapped[str] = mapped_column(String(8), default="CNY")
    expected_on: Mapped[datetime | None] = mapped_column(UTCDateTime())
    note: Mapped[str] = mapped_column(default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    created_by: Mapped[str] = mapped_column(String(120), default="")
    version: Mapped[int] = mapped_column(default=1)

    lines: Mapped[list[PurchaseOrderLine]] = relationship(
        back_populates="order", order_by="PurchaseOrderLine.line_no", cascade="all, delete-orphan")

    __mapper_args__ = {"version_id_col": version}


class PurchaseOrderLine(Base):
    __tablename__ = "purchase_order_lines"
    __table_args__ = (Index(None, "purchase_order_id"), Index(None, "sku_id"))

    id: Mapped[int] = mapped_column(primary_key=True)
    purchase_order_id: Mapped[int] = mapped_column(ForeignKey("purchase_orders.id", ondelete="CASCADE"))
    line_no: Mapped[int]
    sku_id: Mapped[int] = mapped_column(ForeignKey("skus.id"))
    quantity: Mapped[Decimal] = mapped_column(Precise)
    unit_cost: Mapped[Decimal] = mapped_column(Precise)
    received_quantity: Mapped[Decimal] = mapped_column(Precise, default=Decimal(0))

    order: Mapped[PurchaseOrder] = relationship(back_populates="lines")


class Receipt(Base):
    """Goods received into a warehouse, against a purchase order or without one."""

    __tablename__ = "receipts"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    purchase_order_id: Mapped[int | None] = mapped_column(ForeignKey("purchase_orders.id"), index=True)
    supplier_id: Mapped[int | None] = mapped_column(ForeignKey("suppliers.id"))
    warehouse_id: Mapped[int] = mapped_column(ForeignKey("warehouses.id"))
    received_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    actor: Mapped[str] = mapped_column(String(120))
    note: Mapped[str] = mapped_column(default="")

    lines: Mapped[list[ReceiptLine]] = relationship(order_by="ReceiptLine.id", cascade="all, delete-orphan")


class ReceiptLine(Base):
    __tablename__ = "receipt_lines"
    __table_args__ = (Index(None, "receipt_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    receipt_id: Mapped[int] = mapped_column(ForeignKey("receipts.id", ondelete="CASCADE"))
    purchase_order_line_id: Mapped[int | None] = mapped_column(ForeignKey("purchase_order_lines.id"))
    sku_id: Mapped[int] = mapped_column(ForeignKey("skus.id"))
    location_id: Mapped[int] = mapped_column(ForeignKey("locations.id"))
    quantity: Mapped[Decimal] = mapped_column(Precise)
    unit_cost: Mapped[Decimal | None] = mapped_column(Precise)
    variance_reason: Mapped[str] = mapped_column(default="")  # why more or less than ordered


# -- transfers ---------------------------------------------------------------------


class TransferState(StrEnum):
    DRAFT = "draft"
    SHIPPED = "shipped"
    RECEIVED = "received"
    CANCELLED = "cancelled"


class Transfer(Base):
    """Stock moving between warehouses through the transit location: shipped, then received."""

    __tablename__ = "transfers"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    from_warehouse_id: Mapped[int] = mapped_column(ForeignKey("warehouses.id"))
    to_warehouse_id: Mapped[int] = mapped_column(ForeignKey("warehouses.id"))
    state: Mapped[TransferState] = mapped_column(str_enum(TransferState), default=TransferState.DRAFT)
    note: Mapped[str] = mapped_column(default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    shipped_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    received_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    version: Mapped[int] = mapped_column(default=1)

    lines: Mapped[list[TransferLine]] = relationship(order_by="TransferLine.id", cascade="all, delete-orphan")

    __mapper_args__ = {"version_id_col": version}


class TransferLine(Base):
    __tablename__ = "transfer_lines"
    __table_args__ = (Index(None, "transfer_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    transfer_id: Mapped[int] = mapped_column(ForeignKey("transfers.id", ondelete="CASCADE"))
    sku_id: Mapped[int] = mapped_column(ForeignKey("skus.id"))
    quantity: Mapped[Decimal] = mapped_column(Precise)
    from_location_id: Mapped[int] = mapped_column(ForeignKey("locations.id"))
    to_location_id: Mapped[int | None] = mapped_column(ForeignKey("locations.id"))
    received_quantity: Mapped[Decimal] = mapped_column(Precise, default=Decimal(0))


# -- stocktakes --------------------------------------------------------------------


class StocktakeState(StrEnum):
    COUNTING = "counting"
    POSTED = "posted"
    CANCELLED = "cancelled"


class Stocktake(Base):
    """A count of a warehouse, a zone, a range of bins or chosen SKUs.

    Expected quantities are snapshotted when the count starts; posting books the
    difference between counted and expected as adjustment moves, so moves that
    happened during the count stay in the books instead of being overwritten.
    """

    __tablename__ = "stocktakes"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    warehouse_id: Mapped[int] = mapped_column(ForeignKey("warehouses.id"))
    scope: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    blind: Mapped[bool] = mapped_column(default=False)
    state: Mapped[StocktakeState] = mapped_column(str_enum(StocktakeState), default=StocktakeState.COUNTING)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    created_by: Mapped[str] = mapped_column(String(120), default="")
    posted_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    version: Mapped[int] = mapped_column(default=1)

    lines: Mapped[list[StocktakeLine]] = relationship(order_by="StocktakeLine.id", cascade="all, delete-orphan")

    __mapper_args__ = {"version_id_col": version}


class StocktakeLine(Base):
    __tablename__ = "stocktake_lines"
    __table_args__ = (UniqueConstraint("stocktake_id", "sku_id", "location_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    stocktake_id: Mapped[int] = mapped_column(ForeignKey("stocktakes.id", ondelete="CASCADE"))
    sku_id: Mapped[int] = mapped_column(ForeignKey("skus.id"))
    location_id: Mapped[int] = mapped_column(ForeignKey("locations.id"))
    expected_quantity: Mapped[Decimal] = mapped_column(Precise)
    counted_quantity: Mapped[Decimal | None] = mapped_column(Precise)
    unit_cost: Mapped[Decimal | None] = mapped_column(Precise)
    counted_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    counted_by: Mapped[str] = mapped_column(String(120), default="")


# -- replenishment -----------------------------------------------------------------


class ReorderRule(Base):
    """When available stock of a SKU in a warehouse falls to ``reorder_point``, order
    ``reorder_quantity`` (or enough for ``days_of_cover`` days of recent sales)."""

    __tablename__ = "reorder_rules"
    __table_args__ = (UniqueConstraint("sku_id", "warehouse_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    sku_id: Mapped[int] = mapped_column(ForeignKey("skus.id", ondelete="CASCADE"))
    warehouse_id: Mapped[int] = mapped_column(ForeignKey("warehouses.id", ondelete="CASCADE"))
    reorder_point: Mapped[Decimal] = mapped_column(Precise)
    reorder_quantity: Mapped[Decimal] = mapped_column(Precise)
    days_of_cover: Mapped[int | None]


