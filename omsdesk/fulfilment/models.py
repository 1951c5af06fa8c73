"""A shipment is one parcel of one order: carrier, tracking number, and the lines in it.

Its channel confirmation goes through the sync outbox, written in the same
transaction as the shipment.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from omsdesk.db.base import Base
from omsdesk.db.types import ExactDecimal, SearchableString, UTCDateTime, utc_now


class Shipment(Base):
    __tablename__ = "shipments"
    __table_args__ = (Index(None, "order_id"), Index(None, "shipped_at"))

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"))
    carrier_code: Mapped[str] = mapped_column(String(40))
    carrier_name: Mapped[str] = mapped_column(String(120), default="")
    tracking_number: Mapped[str] = mapped_column(SearchableString, index=True)
    shipped_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    created_by: Mapped[str] = mapped_column(String(120), default="")

    lines: Mapped[list[ShipmentLine]] = relationship(back_populates="shipment", cascade="all, delete-orphan")


class ShipmentLine(Base):
    __tablename__ = "shipment_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    shipment_id: Mapped[int] = mapped_column(ForeignKey("shipments.id", ondelete="CASCADE"), index=True)
    order_line_id: Mapped[int] = mapped_column(ForeignKey("order_lines.id"), index=True)
    quantity: Mapped[Decimal] = mapped_column(ExactDecimal(4))

    shipment: Mapped[Shipment] = relationship(back_populates="lines")
