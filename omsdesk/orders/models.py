"""Orders and their lines.

Money is kept at three levels, tax-exclusive and tax-inclusive: the order
(totals), the line (subtotal before discount, total after it, tax) and the unit
(list price, net price after discount, net price with tax).
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, Enum, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from omsdesk.db.base import Base
from omsdesk.db.types import ExactDecimal, SearchableString, UTCDateTime, utc_now


def _enum(enum_class: type[StrEnum]) -> Enum:
    return Enum(
        enum_class,
        native_enum=False,
        length=20,
        values_callable=lambda members: [m.value for m in members],
    )


class OrderState(StrEnum):
    """Our own processing state, independent of the channel's status word."""

    NEW = "new"
    APPROVED = "approved"
    ALLOCATED = "allocated"
    PICKING = "picking"
    PACKED = "packed"
    SHIPPED = "shipped"
    COMPLETED = "completed"
    ON_HOLD = "on_hold"
    CANCELLED = "cancelled"


class PaymentStatus(StrEnum):
    UNPAID = "unpaid"
    PAID = "paid"
    PARTIALLY_REFUNDED = "partially_refunded"
    REFUNDED = "refunded"


class InvoiceStatus(StrEnum):
    """Kept apart from the processing state so that invoicing never fights shipping over one field."""

    NONE = "none"
    REQUESTED = "requested"
    ISSUED = "issued"


class AfterSalesStatus(StrEnum):
    NONE = "none"
    OPEN = "open"
    CLOSED = "closed"


class OrderOrigin(StrEnum):
    CHANNEL = "channel"  # imported from a shop
    MANUAL = "manual"  # entered in the app (phone, B2B)
    SPLIT = "split"  # split off another order (parent_id); confirms to the channel as its parent


class PartialPolicy(StrEnum):
    """What allocation does when a warehouse cannot fill the whole order."""

    WAIT = "wait"  # reserve nothing; the order waits, flagged out of stock
    SPLIT = "split"  # split off what can ship now; the rest waits as its own order
    ALLOCATE_AVAILABLE = "allocate_available"  # reserve what there is; the shortfall is flagged


Money = ExactDecimal(2)
Precise = ExactDecimal(4)  # unit prices and quantities


class Order(Base):
    __tablename__ = "orders"
    __table_args__ = (
        UniqueConstraint("shop_id", "external_id"),
        Index(None, "channel_created_at"),
        Index(None, "state", "channel_created_at"),
        Index(None, "shop_id", "channel_created_at"),
        Index(None, "address_key", "channel_created_at"),
        Index(None, "ship_city"),
        Index(None, "priority", "channel_created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    shop_id: Mapped[int] = mapped_column(ForeignKey("shops.id"))
    external_id: Mapped[str] = mapped_column(String(64), index=True)
    number: Mapped[str] = mapped_column(SearchableString, index=True)
    channel_status: Mapped[str] = mapped_column(String(40), index=True)
    state: Mapped[OrderState] = mapped_column(_enum(OrderState), default=OrderState.NEW)
    state_reason: Mapped[str] = mapped_column(default="")  # why on hold / cancelled, as the person said
    state_changed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    payment_status: Mapped[PaymentStatus] = mapped_column(
        _enum(PaymentStatus), default=PaymentStatus.UNPAID, index=True
    )
    invoice_status: Mapped[InvoiceStatus] = mapped_column(_enum(InvoiceStatus), default=InvoiceStatus.NONE)
    after_sales_status: Mapped[AfterSalesStatus] = mapped_column(
        _enum(AfterSalesStatus), default=AfterSalesStatus.NONE)
    origin: Mapped[OrderOrigin] = mapped_column(_enum(OrderOrigin), default=OrderOrigin.CHANNEL)
    # The order's id at the channel: the external id itself, a split part's parent's, "" for manual orders.
    channel_order_id: Mapped[str] = mapped_column(String(64), default="")
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("orders.id"), index=True)  # split off this one
    merge_group_id: Mapped[int | None] = mapped_column(index=True)  # merged orders share the first one's id
    warehouse_id: Mapped[int | None] = mapped_column(ForeignKey("warehouses.id"), index=True)  # once allocated
    priority: Mapped[int] = mapped_column(default=0)  # higher is allocated first
    # Same shop + buyer + normalised address; same again + the same goods. For merge and duplicate checks.
    address_key: Mapped[str] = mapped_column(String(32), default="")
    items_key: Mapped[str] = mapped_column(String(32), default="")
    search_text: Mapped[str] = mapped_column(default="")  # what substring search looks in (FTS5 / pg_trgm)
    currency: Mapped[str] = mapped_column(String(8))

    buyer_name: Mapped[str] = mapped_column(SearchableString, default="", index=True)
    buyer_email: Mapped[str] = mapped_column(SearchableString, default="", index=True)
    buyer_phone: Mapped[str] = mapped_column(SearchableString, default="", index=True)
    ship_name: Mapped[str] = mapped_column(default="")
    ship_company: Mapped[str] = mapped_column(default="")
    ship_line1: Mapped[str] = mapped_column(default="")
    ship_line2: Mapped[str] = mapped_column(default="")
    ship_city: Mapped[str] = mapped_column(default="")
    ship_state: Mapped[str] = mapped_column(default="")
    ship_postcode: Mapped[str] = mapped_column(String(40), default="")
    ship_country: Mapped[str] = mapped_column(String(40), default="")
    ship_phone: Mapped[str] = mapped_column(String(40), default="")
    billing_address: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    prices_include_tax: Mapped[bool] = mapped_column(default=False)
    goods_subtotal: Mapped[Decimal] = mapped_column(Money)  # Σ line subtotals, excl. tax
    discount_total: Mapped[Decimal] = mapped_column(Money)
    discount_tax: Mapped[Decimal] = mapped_column(Money)
    shipping_total: Mapped[Decimal] = mapped_column(Money)
    shipping_tax: Mapped[Decimal] = mapped_column(Money)
    fee_total: Mapped[Decimal] = mapped_column(Money)
    fee_tax: Mapped[Decimal] = mapped_column(Money)
    total_tax: Mapped[Decimal] = mapped_column(Money)
    total_excl_tax: Mapped[Decimal] = mapped_column(Money)
    total: Mapped[Decimal] = mapped_column(Money, index=True)  # incl. tax, as the buyer paid
    refunded_total: Mapped[Decimal] = mapped_column(Money)
    # The channel's total less ours (lines + shipping + fees - order discounts): shown, never absorbed.
    residual: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    item_count: Mapped[Decimal] = mapped_column(Precise, index=True)

    buyer_remark: Mapped[str] = mapped_column(default="")
    seller_remark: Mapped[str] = mapped_column(default="")
    payment_method: Mapped[str] = mapped_column(default="")
    coupon_codes: Mapped[str] = mapped_column(default="")

    channel_created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    channel_updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    paid_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    content_hash: Mapped[str] = mapped_column(String(64))
    version: Mapped[int] = mapped_column(default=1)

    lines: Mapped[list[OrderLine]] = relationship(
        back_populates="order", order_by="OrderLine.line_no", cascade="all, delete-orphan"
    )

    __mapper_args__ = {"version_id_col": version}


class OrderLine(Base):
    __tablename__ = "order_lines"
    __table_args__ = (UniqueConstraint("order_id", "external_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"))
    line_no: Mapped[int]
    external_id: Mapped[str] = mapped_column(String(64))
    channel_sku: Mapped[str] = mapped_column(SearchableString, default="", index=True)
    channel_item_id: Mapped[str] = mapped_column(String(64), default="")
    channel_variant_id: Mapped[str] = mapped_column(String(64), default="")
    sku_id: Mapped[int | None] = mapped_column(ForeignKey("skus.id"), index=True)  # None: not mapped yet
    title: Mapped[str] = mapped_column(default="")
    attributes: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    tax_class: Mapped[str] = mapped_column(String(40), default="")
    quantity: Mapped[Decimal] = mapped_column(Precise)
    unit_price: Mapped[Decimal] = mapped_column(Precise)  # list price, excl. tax
    unit_net: Mapped[Decimal] = mapped_column(Precise)  # after discount, excl. tax
    unit_net_incl_tax: Mapped[Decimal] = mapped_column(Precise)
    subtotal: Mapped[Decimal] = mapped_column(Money)  # before discount, excl. tax
    subtotal_tax: Mapped[Decimal] = mapped_column(Money)
    discount: Mapped[Decimal] = mapped_column(Money)
    total: Mapped[Decimal] = mapped_column(Money)  # after discount, excl. tax
    total_tax: Mapped[Decimal] = mapped_column(Money)
    total_incl_tax: Mapped[Decimal] = mapped_column(Money)
    # After price allocation (分摊): the line's share of order discounts, shipping and fees added,
    # so that the lines' net amounts sum exactly to the order total less its residual.
    net_total: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    net_tax: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    net_total_incl_tax: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    allocated_quantity: Mapped[Decimal] = mapped_column(Precise, default=Decimal(0))  # reserved so far
    source_line_id: Mapped[int | None] = mapped_column(ForeignKey("order_lines.id"))  # split off this line

    order: Mapped[Order] = relationship(back_populates="lines")


class OrderIssueKind(StrEnum):
    """Something about an order that a person must look at (shown as a flag until resolved)."""

    CANCELLED_AFTER_SHIPMENT = "cancelled_after_shipment"  # for after-sales: the parcel has left
    CANCELLED_WHILE_PACKING = "cancelled_while_packing"  # take it off the packing table
    CHANGED_AFTER_ALLOCATION = "changed_after_allocation"  # lines or address changed on the channel
    # review (审单): why an order was not approved automatically
    ADDRESS_INCOMPLETE = "address_incomplete"
    UNMAPPED_SKU = "unmapped_sku"
    OUT_OF_STOCK = "out_of_stock"
    REMARK = "remark"
    HIGH_AMOUNT = "high_amount"
    BLOCKED_BUYER = "blocked_buyer"
    SUSPECTED_DUPLICATE = "suspected_duplicate"
    UNPAID = "unpaid"
    PARTIALLY_ALLOCATED = "partially_allocated"  # allocation reserved less than ordered


REVIEW_KINDS = frozenset({
    OrderIssueKind.ADDRESS_INCOMPLETE, OrderIssueKind.UNMAPPED_SKU, OrderIssueKind.OUT_OF_STOCK,
    OrderIssueKind.REMARK, OrderIssueKind.HIGH_AMOUNT, OrderIssueKind.BLOCKED_BUYER,
    OrderIssueKind.SUSPECTED_DUPLICATE, OrderIssueKind.UNPAID,
})


class OrderIssue(Base):
    __tablename__ = "order_issues"
    __table_args__ = (Index(None, "order_id", "resolved_at"), Index(None, "resolved_at", "kind"))

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"))
    kind: Mapped[OrderIssueKind] = mapped_column(Enum(
        OrderIssueKind, native_enum=False, length=40, values_callable=lambda members: [m.value for m in members]))
    message: Mapped[str]
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    resolved_by: Mapped[str] = mapped_column(String(120), default="")


class OrderPayload(Base):
    """The channel payload exactly as last received: nothing the channel sent is lost."""

    __tablename__ = "order_payloads"

    order_id: Mapped[int] = mapped_column(
        ForeignKey("orders.id", ondelete="CASCADE"), primary_key=True
    )
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)


class OrderTransition(Base):
    """One change of an order's state: who, when, from, to, by which operation and why."""

    __tablename__ = "order_transitions"
    __table_args__ = (Index(None, "order_id", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"))
    operation: Mapped[str] = mapped_column(String(30))
    from_state: Mapped[str] = mapped_column(String(20))
    to_state: Mapped[str] = mapped_column(String(20))
    actor: Mapped[str] = mapped_column(String(120))
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    reason: Mapped[str] = mapped_column(default="")


class SavedOrderView(Base):
    """A named filter of the order list ("to review", "out of stock"), shared by every desktop."""

    __tablename__ = "saved_order_views"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    criteria: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    position: Mapped[int] = mapped_column(default=0)
    created_by: Mapped[str] = mapped_column(String(120), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
