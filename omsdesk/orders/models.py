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


Money = ExactDecimal(2)
Precise = ExactDecimal(4)  # unit prices and quantities


class Order(Base):
    __tablename__ = "orders"
    __table_args__ = (
        UniqueConstraint("shop_id", "external_id"),
        Index(None, "channel_created_at"),
        Index(None, "state", "channel_created_at"),
        Index(None, "shop_id", "channel_created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    shop_id: Mapped[int] = mapped_column(ForeignKey("shops.id"))
    external_id: Mapped[str] = mapped_column(String(64), index=True)
    number: Mapped[str] = mapped_column(SearchableString, index=True)
    channel_status: Mapped[str] = mapped_column(String(40), index=True)
    state: Mapped[OrderState] = mapped_column(_enum(OrderState), default=OrderState.NEW)
    payment_status: Mapped[PaymentStatus] = mapped_column(
        _enum(PaymentStatus), default=PaymentStatus.UNPAID
    )
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
    item_count: Mapped[Decimal] = mapped_column(Precise)

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

    order: Mapped[Order] = relationship(back_populates="lines")


class OrderIssueKind(StrEnum):
    """Something about an order that a person must look at (shown as a flag until resolved)."""

    CANCELLED_AFTER_SHIPMENT = "cancelled_after_shipment"  # for after-sales: the parcel has left
    CANCELLED_WHILE_PACKING = "cancelled_while_packing"  # take it off the packing table
    CHANGED_AFTER_ALLOCATION = "changed_after_allocation"  # lines or address changed on the channel


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
