"""The catalogue.

An SPU is the product people talk about ("crew-neck T-shirt"); its sales
attributes (colour × size) generate SKUs, the units that are stocked, sold and
counted. A SKU may also be a bundle: a *virtual* bundle has no stock of its own
(stock and picking are its components), a *pre-packed* bundle is stocked as
itself and assembled from its components by an explicit assembly move.
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

Money = ExactDecimal(2)
Precise = ExactDecimal(4)


def str_enum(enum_class: type[StrEnum], length: int = 20) -> Enum:
    """A portable enum column: stored as its string value, no database enum type."""
    return Enum(
        enum_class, native_enum=False, length=length,
        values_callable=lambda members: [m.value for m in members],
    )


class Category(Base):
    __tablename__ = "categories"
    __table_args__ = (UniqueConstraint("parent_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("categories.id", ondelete="RESTRICT"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    sort_order: Mapped[int] = mapped_column(default=0)


class Brand(Base):
    __tablename__ = "brands"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)


class SkuKind(StrEnum):
    STANDARD = "standard"
    VIRTUAL_BUNDLE = "virtual_bundle"  # stock and picking are the components
    PREPACKED_BUNDLE = "prepacked_bundle"  # stocked as itself, assembled by an assembly move


class Spu(Base):
    """A product with its sales attributes, e.g. ``[{"name": "颜色", "values": ["黑", "白"]}, …]``."""

    __tablename__ = "spus"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(SearchableString, unique=True)
    name: Mapped[str] = mapped_column(SearchableString, index=True)
    category_id: Mapped[int | None] = mapped_column(ForeignKey("categories.id"), index=True)
    brand_id: Mapped[int | None] = mapped_column(ForeignKey("brands.id"), index=True)
    unit: Mapped[str] = mapped_column(String(20), default="pcs")
    sales_attributes: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    description: Mapped[str] = mapped_column(default="")
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    version: Mapped[int] = mapped_column(default=1)

    skus: Mapped[list[Sku]] = relationship(back_populates="spu", order_by="Sku.id")

    __mapper_args__ = {"version_id_col": version}


class Sku(Base):
    __tablename__ = "skus"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(SearchableString, unique=True)
    name: Mapped[str] = mapped_column(SearchableString, index=True)
    spu_id: Mapped[int | None] = mapped_column(ForeignKey("spus.id"), index=True)
    kind: Mapped[SkuKind] = mapped_column(str_enum(SkuKind), default=SkuKind.STANDARD)
    attributes: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)  # {"颜色": "黑", "尺码": "M"}
    category_id: Mapped[int | None] = mapped_column(ForeignKey("categories.id"), index=True)
    brand_id: Mapped[int | None] = mapped_column(ForeignKey("brands.id"), index=True)
    unit: Mapped[str] = mapped_column(String(20), default="pcs")
    weight_kg: Mapped[Decimal | None] = mapped_column(Precise)
    length_cm: Mapped[Decimal | None] = mapped_column(Money)
    width_cm: Mapped[Decimal | None] = mapped_column(Money)
    height_cm: Mapped[Decimal | None] = mapped_column(Money)
    cost: Mapped[Decimal | None] = mapped_column(Precise)  # purchase cost per unit, excl. tax
    list_price: Mapped[Decimal | None] = mapped_column(Money)  # selling price, excl. tax
    tax_class: Mapped[str] = mapped_column(String(40), default="standard")
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    version: Mapped[int] = mapped_column(default=1)

    spu: Mapped[Spu | None] = relationship(back_populates="skus")
    barcodes: Mapped[list[Barcode]] = relationship(
        back_populates="sku", order_by="Barcode.id", cascade="all, delete-orphan"
    )
    components: Mapped[list[BundleComponent]] = relationship(
        foreign_keys="BundleComponent.bundle_sku_id", order_by="BundleComponent.id",
        cascade="all, delete-orphan",
    )

    __mapper_args__ = {"version_id_col": version}


class BarcodeKind(StrEnum):
    EAN13 = "ean13"
    UPCA = "upca"
    OWN = "own"  # the merchant's own code, no check digit rules


class Barcode(Base):
    """A barcode points at exactly one SKU; a SKU may have several."""

    __tablename__ = "barcodes"

    id: Mapped[int] = mapped_column(primary_key=True)
    sku_id: Mapped[int] = mapped_column(ForeignKey("skus.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    kind: Mapped[BarcodeKind] = mapped_column(str_enum(BarcodeKind))

    sku: Mapped[Sku] = relationship(back_populates="barcodes")


class BundleComponent(Base):
    """``quantity`` of ``component`` in one ``bundle``; ``price_weight`` splits the bundle
    price over the components (default: the component's list price × quantity)."""

    __tablename__ = "bundle_components"
    __table_args__ = (UniqueConstraint("bundle_sku_id", "component_sku_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    bundle_sku_id: Mapped[int] = mapped_column(ForeignKey("skus.id", ondelete="CASCADE"))
    component_sku_id: Mapped[int] = mapped_column(ForeignKey("skus.id"), index=True)
    quantity: Mapped[Decimal] = mapped_column(Precise)
    price_weight: Mapped[Decimal | None] = mapped_column(Precise)

    component: Mapped[Sku] = relationship(foreign_keys=[component_sku_id])


class ChannelSkuMapping(Base):
    """A shop's listing (item id / variant id / seller SKU) → our SKU.

    Order lines resolve by (item id, variant id) when the channel gives ids, else by
    the seller SKU. Empty strings stand for "not given", so the unique key works on
    every database.
    """

    __tablename__ = "channel_sku_mappings"
    __table_args__ = (
        UniqueConstraint("shop_id", "channel_item_id", "channel_variant_id", "channel_sku"),
        Index(None, "shop_id", "channel_sku"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    shop_id: Mapped[int] = mapped_column(ForeignKey("shops.id", ondelete="CASCADE"))
    channel_item_id: Mapped[str] = mapped_column(String(64), default="")
    channel_variant_id: Mapped[str] = mapped_column(String(64), default="")
    channel_sku: Mapped[str] = mapped_column(String(120), default="")
    sku_id: Mapped[int] = mapped_column(ForeignKey("skus.id"), index=True)
    automatic: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    created_by: Mapped[str] = mapped_column(String(120), default="")
