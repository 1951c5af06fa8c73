"""Read queries for the SKU list (lazy, 100,000 SKUs), the SKU detail and the SPU matrix.

Like the order list: the list is filtered and sorted in SQL and returns ids only;
rows are fetched by id in blocks as the table scrolls. Text search matches the
start of the SKU code or name (indexed, case-insensitive on SQLite) or a barcode
exactly.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import Integer, Select, case, cast, func, or_, select
from sqlalchemy.orm import Session

from omsdesk.catalog.barcodes import equivalent_codes
from omsdesk.catalog.bundles import virtual_availability
from omsdesk.catalog.mapping import MappingRow
from omsdesk.catalog.models import (
    Barcode,
    BarcodeKind,
    Brand,
    BundleComponent,
    Category,
    ChannelSkuMapping,
    Precise,
    Sku,
    SkuKind,
    Spu,
)
from omsdesk.catalog.services import (
    SalesAttribute,
    category_and_descendants,
    category_paths,
    chunks,
    is_sqlite,
    sku_uses,
    stored_attributes,
)
from omsdesk.db.search import like_prefix, starts_with
from omsdesk.inventory.models import Warehouse, WarehouseStock
from omsdesk.sync.models import Shop

ZERO = Decimal(0)


class SkuSortKey(StrEnum):
    CODE = "code"
    NAME = "name"
    SPU = "spu"
    KIND = "kind"
    CATEGORY = "category"
    BRAND = "brand"
    COST = "cost"
    LIST_PRICE = "list_price"
    ACTIVE = "active"
    CREATED = "created"
    ON_HAND = "on_hand"
    AVAILABLE = "available"


@dataclass(frozen=True)
class SkuFilter:
    text: str = ""
    category_id: int | None = None  # the category and its subcategories
    brand_id: int | None = None
    kind: SkuKind | None = None
    active: bool | None = None


def _filtered(statement: Select[Any], criteria: SkuFilter, sqlite: bool,
              categories: Sequence[int] | None = None) -> Select[Any]:
    if criteria.category_id is not None:
        statement = statement.where(Sku.category_id.in_(categories or [criteria.category_id]))
    if criteria.brand_id is not None:
        statement = statement.where(Sku.brand_id == criteria.brand_id)
    if criteria.kind is not None:
        statement = statement.where(Sku.kind == criteria.kind)
    if criteria.active is not None:
        statement = statement.where(Sku.active.is_(criteria.active))
    text = criteria.text.strip()
    if text:
        prefix = like_prefix(text)
        by_barcode = select(Barcode.sku_id).where(Barcode.code.in_(equivalent_codes(text)))
        statement = statement.where(or_(
            starts_with(Sku.code, prefix, sqlite),
            starts_with(Sku.name, prefix, sqlite),
            Sku.id.in_(by_barcode),
        ))
    return statement


def _criteria_statement(session: Session, statement: Select[Any], criteria: SkuFilter) -> Select[Any]:
    categories = (category_and_descendants(session, criteria.category_id)
                  if criteria.category_id is not None else None)
    return _filtered(statement, criteria, is_sqlite(session), categories)


def _stock_totals() -> Any:
    return (
        select(WarehouseStock.sku_id.label("sku_id"),
               func.sum(WarehouseStock.on_hand, type_=Precise).label("on_hand"),
               func.sum(WarehouseStock.on_hand - WarehouseStock.reserved, type_=Precise).label("available"))
        .group_by(WarehouseStock.sku_id).subquery()
    )


def _kit_totals(sqlite: bool) -> Any:
    """Per virtual bundle, what its components make: the SQL twin of ``virtual_availability``
    (used to sort by it). SQLite keeps quantities as integer counts of 10⁻⁴ units: the count
    of kits is truncated (the floor, as negative results are cut to 0) and scaled the same
    way so that it sorts among the other SKUs' stored figures."""
    totals = _stock_totals()
    available = func.coalesce(totals.c.available, 0)
    if sqlite:
        ratio = cast(available / BundleComponent.quantity, Integer) * 10 ** Precise.scale
    else:
        ratio = func.floor(available / BundleComponent.quantity)
    kits = func.min(ratio)
    return (
        select(BundleComponent.bundle_sku_id.label("bundle_id"),
               case((kits < 0, 0), else_=kits).label("available"))
        .outerjoin(totals, totals.c.sku_id == BundleComponent.component_sku_id)
        .group_by(BundleComponent.bundle_sku_id).subquery()
    )


def matching_sku_ids(session: Session, criteria: SkuFilter = SkuFilter(), sort: SkuSortKey = SkuSortKey.CODE,
                     descending: bool = False) -> list[int]:
    statement = _criteria_statement(session, select(Sku.id), criteria)
    column: Any
    match sort:
        case SkuSortKey.SPU:
            statement = statement.outerjoin(Spu, Spu.id == Sku.spu_id)
            column = Spu.code
        case SkuSortKey.CATEGORY:
            statement = statement.outerjoin(Category, Category.id == Sku.category_id)
            column = Category.name
        case SkuSortKey.BRAND:
            statement = statement.outerjoin(Brand, Brand.id == Sku.brand_id)
            column = Brand.name
        case SkuSortKey.ON_HAND:
            totals = _stock_totals()
            statement = statement.outerjoin(totals, totals.c.sku_id == Sku.id)
            column = func.coalesce(totals.c.on_hand, 0)
        case SkuSortKey.AVAILABLE:
            totals, kits = _stock_totals(), _kit_totals(is_sqlite(session))
            statement = (statement.outerjoin(totals, totals.c.sku_id == Sku.id)
                         .outerjoin(kits, kits.c.bundle_id == Sku.id))
            column = case((Sku.kind == SkuKind.VIRTUAL_BUNDLE, func.coalesce(kits.c.available, 0)),
                          else_=func.coalesce(totals.c.available, 0))
        case _:
            column = {
                SkuSortKey.CODE: Sku.code, SkuSortKey.NAME: Sku.name, SkuSortKey.KIND: Sku.kind,
                SkuSortKey.COST: Sku.cost, SkuSortKey.LIST_PRICE: Sku.list_price, SkuSortKey.ACTIVE: Sku.active,
                SkuSortKey.CREATED: Sku.created_at,
            }[sort]
    if descending:
        ordering = (column.desc().nulls_last(), Sku.id.desc())
    else:
        ordering = (column.asc().nulls_last(), Sku.id.asc())
    return list(session.scalars(statement.order_by(*ordering)))


def count_skus(session: Session, criteria: SkuFilter = SkuFilter()) -> int:
    return session.scalar(_criteria_statement(session, select(func.count(Sku.id)), criteria)) or 0


# -- rows ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SkuRow:
    id: int
    code: str
    name: str
    spu_code: str
    attributes_text: str
    kind: SkuKind
    category_path: str
    brand: str
    barcodes: str
    cost: Decimal | None
    list_price: Decimal | None
    active: bool
    on_hand: Decimal | None  # None for a virtual bundle: it has no stock of its own
    available: Decimal  # a virtual bundle: how many its components make


def attributes_text(attributes: dict[str, str] | None) -> str:
    return ", ".join(f"{name}: {value}" for name, value in (attributes or {}).items())


def _barcodes_of(session: Session, ids: Sequence[int]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {}
    for part in chunks(list(ids)):
        rows = session.execute(select(Barcode.sku_id, Barcode.code).where(Barcode.sku_id.in_(part)).order_by(Barcode.id))
        for sku_id, code in rows:
            found.setdefault(sku_id, []).append(code)
    return found


def _stock_of(session: Session, ids: Sequence[int]) -> dict[int, tuple[Decimal, Decimal]]:
    found: dict[int, tuple[Decimal, Decimal]] = {}
    for part in chunks(list(ids)):
        rows = session.execute(
            select(WarehouseStock.sku_id, func.sum(WarehouseStock.on_hand, type_=Precise),
                   func.sum(WarehouseStock.on_hand - WarehouseStock.reserved, type_=Precise))
            .where(WarehouseStock.sku_id.in_(part)).group_by(WarehouseStock.sku_id)
        )
        found.update({sku_id: (on_hand or ZERO, available or ZERO) for sku_id, on_hand, available in rows})
    return found


def sku_rows_by_id(session: Session, ids: Sequence[int]) -> dict[int, SkuRow]:
    """The rows of a block of the SKU table: a fixed handful of queries whatever the block size."""
    if not ids:
        return {}
    base = session.execute(
        select(Sku.id, Sku.code, Sku.name, Spu.code, Sku.attributes, Sku.kind, Sku.category_id, Brand.name,
               Sku.cost, Sku.list_price, Sku.active)
        .outerjoin(Spu, Spu.id == Sku.spu_id).outerjoin(Brand, Brand.id == Sku.brand_id)
        .where(Sku.id.in_(list(ids)))
    ).all()
    paths = category_paths(session)
    barcodes = _barcodes_of(session, ids)
    stock = _stock_of(session, ids)
    kits = virtual_availability(session, [r[0] for r in base if r[5] is SkuKind.VIRTUAL_BUNDLE])
    rows: dict[int, SkuRow] = {}
    for sku_id, code, name, spu_code, attributes, kind, category_id, brand, cost, price, active in base:
        on_hand, available = stock.get(sku_id, (ZERO, ZERO))
        if kind is SkuKind.VIRTUAL_BUNDLE:
            on_hand, available = None, kits[sku_id]
        rows[sku_id] = SkuRow(
            sku_id, code, name, spu_code or "", attributes_text(attributes), kind,
            paths.get(category_id, "") if category_id is not None else "", brand or "",
            ", ".join(barcodes.get(sku_id, [])), cost, price, active, on_hand, available,
        )
    return rows


def list_sku_rows(session: Session, criteria: SkuFilter = SkuFilter(), sort: SkuSortKey = SkuSortKey.CODE,
                  descending: bool = False, limit: int | None = None) -> list[SkuRow]:
    ids = matching_sku_ids(session, criteria, sort, descending)[:limit]
    rows: dict[int, SkuRow] = {}
    for part in chunks(ids):
        rows.update(sku_rows_by_id(session, part))
    return [rows[i] for i in ids]


# -- detail ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class BarcodeInfo:
    id: int
    code: str
    kind: BarcodeKind


@dataclass(frozen=True)
class ComponentInfo:
    sku_id: int
    code: str
    name: str
    quantity: Decimal
    price_weight: Decimal | None


@dataclass(frozen=True)
class StockInfo:
    warehouse_id: int
    warehouse_code: str
    warehouse_name: str
    on_hand: Decimal
    reserved: Decimal

    @property
    def available(self) -> Decimal:
        return self.on_hand - self.reserved


@dataclass(frozen=True)
class SkuDetail:
    id: int
    code: str
    name: str
    kind: SkuKind
    spu_id: int | None
    spu_code: str
    attributes: dict[str, str]
    category_id: int | None
    category_path: str
    brand_id: int | None
    brand: str
    unit: str
    weight_kg: Decimal | None
    length_cm: Decimal | None
    width_cm: Decimal | None
    height_cm: Decimal | None
    cost: Decimal | None
    list_price: Decimal | None
    tax_class: str
    active: bool
    created_at: datetime
    version: int
    uses: list[str]  # what refers to it; empty: the code may still change
    barcodes: list[BarcodeInfo] = field(default_factory=list)
    components: list[ComponentInfo] = field(default_factory=list)
    in_bundles: list[tuple[int, str]] = field(default_factory=list)  # (bundle id, bundle code)
    mappings: list[MappingRow] = field(default_factory=list)
    stock: list[StockInfo] = field(default_factory=list)
    virtual_available: Decimal | None = None  # virtual bundles only

    @property
    def code_editable(self) -> bool:
        return not self.uses


def _components(session: Session, sku_id: int) -> list[ComponentInfo]:
    rows = session.execute(
        select(Sku.id, Sku.code, Sku.name, BundleComponent.quantity, BundleComponent.price_weight)
        .join(BundleComponent, BundleComponent.component_sku_id == Sku.id)
        .where(BundleComponent.bundle_sku_id == sku_id).order_by(BundleComponent.id)
    )
    return [ComponentInfo(*row) for row in rows]


def _sku_mappings(session: Session, sku_id: int) -> list[MappingRow]:
    rows = session.execute(
        select(ChannelSkuMapping.id, ChannelSkuMapping.shop_id, Shop.name, ChannelSkuMapping.channel_item_id,
               ChannelSkuMapping.channel_variant_id, ChannelSkuMapping.channel_sku, Sku.id, Sku.code, Sku.name,
               ChannelSkuMapping.automatic, ChannelSkuMapping.created_at, ChannelSkuMapping.created_by)
        .join(Shop, Shop.id == ChannelSkuMapping.shop_id).join(Sku, Sku.id == ChannelSkuMapping.sku_id)
        .where(ChannelSkuMapping.sku_id == sku_id).order_by(Shop.name, ChannelSkuMapping.channel_sku)
    )
    return [MappingRow(*row) for row in rows]


def _stock_per_warehouse(session: Session, sku_id: int) -> list[StockInfo]:
    rows = session.execute(
        select(Warehouse.id, Warehouse.code, Warehouse.name, WarehouseStock.on_hand, WarehouseStock.reserved)
        .join(WarehouseStock, WarehouseStock.warehouse_id == Warehouse.id)
        .where(WarehouseStock.sku_id == sku_id).order_by(Warehouse.priority, Warehouse.code)
    )
    return [StockInfo(*row) for row in rows]


def sku_detail(session: Session, sku_id: int) -> SkuDetail | None:
    sku = session.get(Sku, sku_id)
    if sku is None:
        return None
    spu_code = session.scalar(select(Spu.code).where(Spu.id == sku.spu_id)) if sku.spu_id else None
    brand = session.scalar(select(Brand.name).where(Brand.id == sku.brand_id)) if sku.brand_id else None
    in_bundles = session.execute(
        select(Sku.id, Sku.code).join(BundleComponent, BundleComponent.bundle_sku_id == Sku.id)
        .where(BundleComponent.component_sku_id == sku_id).order_by(Sku.code)
    ).all()
    virtual = (virtual_availability(session, [sku_id])[sku_id] if sku.kind is SkuKind.VIRTUAL_BUNDLE else None)
    return SkuDetail(
        sku.id, sku.code, sku.name, sku.kind, sku.spu_id, spu_code or "", dict(sku.attributes or {}),
        sku.category_id, category_paths(session).get(sku.category_id, "") if sku.category_id else "",
        sku.brand_id, brand or "", sku.unit, sku.weight_kg, sku.length_cm, sku.width_cm, sku.height_cm,
        sku.cost, sku.list_price, sku.tax_class, sku.active, sku.created_at, sku.version,
        uses=sku_uses(session, sku_id),
        barcodes=[BarcodeInfo(b.id, b.code, b.kind) for b in sku.barcodes],
        components=_components(session, sku_id),
        in_bundles=[(bundle_id, code) for bundle_id, code in in_bundles],
        mappings=_sku_mappings(session, sku_id),
        stock=_stock_per_warehouse(session, sku_id),
        virtual_available=virtual,
    )


@dataclass(frozen=True)
class VariantCell:
    sku_id: int
    code: str
    name: str
    attributes: dict[str, str]
    active: bool
    on_hand: Decimal
    available: Decimal


@dataclass(frozen=True)
class SpuDetail:
    id: int
    code: str
    name: str
    category_id: int | None
    category_path: str
    brand_id: int | None
    brand: str
    unit: str
    description: str
    active: bool
    version: int
    sales_attributes: list[SalesAttribute]
    variants: list[VariantCell]
    # Every combination of the attribute values, in order, → its SKU (None: not created yet).
    matrix: dict[tuple[str, ...], VariantCell | None]


def spu_detail(session: Session, spu_id: int) -> SpuDetail | None:
    spu = session.get(Spu, spu_id)
    if spu is None:
        return None
    attributes = stored_attributes(spu)
    ids = [s.id for s in spu.skus]
    stock = _stock_of(session, ids)
    variants = [
        VariantCell(s.id, s.code, s.name, dict(s.attributes or {}), s.active, *stock.get(s.id, (ZERO, ZERO)))
        for s in spu.skus
    ]
    by_values = {tuple(v.attributes.get(a.name, "") for a in attributes): v for v in variants}
    matrix = {combination: by_values.get(combination)
              for combination in itertools.product(*(a.values for a in attributes))}
    brand = session.scalar(select(Brand.name).where(Brand.id == spu.brand_id)) if spu.brand_id else None
    return SpuDetail(
        spu.id, spu.code, spu.name, spu.category_id,
        category_paths(session).get(spu.category_id, "") if spu.category_id else "", spu.brand_id, brand or "",
        spu.unit, spu.description, spu.active, spu.version, attributes, variants, matrix,
    )

