"""Stock sync: work out what each shop should show as sellable, and queue only the changes.

For a mapped listing the quantity published is::

    sellable = Σ over the shop's warehouses (on hand − reserved)
               − open demand (orders imported but not yet allocated)
    published = max(0, floor(sellable) − safety buffer), then × percentage, then capped at the maximum

A virtual bundle publishes how many complete kits its components allow. Demand
counts because a marketplace must not sell again what another shop already
sold and omsdesk has not reserved yet: the complaint "stock pushed without open
orders subtracted" is exactly this.

The ledger notes every change in ``stock_changes`` in the same transaction; a
plan reads the notes after the shop's own mark, so it is incremental, and a
listing never published before is always included.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from decimal import ROUND_FLOOR, Decimal
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from connectors.base import StockLevel
from omsdesk.auth.actor import Actor
from omsdesk.catalog.models import BundleComponent, ChannelSkuMapping, Sku, SkuKind
from omsdesk.catalog.services import chunks
from omsdesk.db.engine import Database
from omsdesk.db.types import utc_now
from omsdesk.errors import QT_TRANSLATE_NOOP, ValidationError
from omsdesk.inventory.models import StockChange, Warehouse, WarehouseStock
from omsdesk.orders.models import Order, OrderLine, OrderState
from omsdesk.sync.models import Shop, StockPublication
from omsdesk.sync.outbox import enqueue_stock

ZERO = Decimal(0)
OPEN_DEMAND_STATES = (OrderState.NEW, OrderState.APPROVED, OrderState.ON_HOLD)
OPTION = "stock_sync"


@dataclass(frozen=True)
class StockSyncSettings:
    """A shop's stock sync options (kept in ``Shop.options["stock_sync"]``)."""

    enabled: bool = False
    buffer: int = 0  # units held back from this shop
    percent: int = 100  # publish this share of what is left
    maximum: int | None = None  # never publish more than this
    warehouse_ids: tuple[int, ...] = ()  # empty: every active warehouse

    @classmethod
    def from_options(cls, options: dict[str, Any]) -> StockSyncSettings:
        raw = options.get(OPTION) or {}
        maximum = raw.get("maximum")
        return cls(bool(raw.get("enabled", False)), int(raw.get("buffer", 0)), int(raw.get("percent", 100)),
                   None if maximum in (None, "") else int(maximum), tuple(int(w) for w in raw.get("warehouse_ids", ())))

    def as_options(self) -> dict[str, Any]:
        return {"enabled": self.enabled, "buffer": self.buffer, "percent": self.percent, "maximum": self.maximum,
                "warehouse_ids": list(self.warehouse_ids)}

    def validate(self) -> None:
        if self.buffer < 0:
            raise ValidationError("safety buffer", QT_TRANSLATE_NOOP("Messages", "the safety buffer cannot be negative"))
        if not 1 <= self.percent <= 100:
            raise ValidationError("percentage", QT_TRANSLATE_NOOP("Messages", "the percentage must be 1 to 100"))
        if self.maximum is not None and self.maximum < 0:
            raise ValidationError("maximum", QT_TRANSLATE_NOOP("Messages", "the maximum cannot be negative"))

    def published(self, sellable: Decimal) -> int:
        quantity = max(int(sellable.to_integral_value(rounding=ROUND_FLOOR)) - self.buffer, 0)
        quantity = quantity * self.percent // 100
        return min(quantity, self.maximum) if self.maximum is not None else quantity


@dataclass
class StockPlan:
    listings: int = 0  # listings looked at
    queued: int = 0  # levels that changed and were queued
    unchanged: int = 0


@dataclass(frozen=True)
class _Listing:
    mapping_id: int
    sku_id: int
    sku_code: str
    kind: SkuKind
    item_id: str
    variant_id: str
    channel_sku: str

    def level(self, quantity: int) -> StockLevel:
        return StockLevel(quantity, self.channel_sku, self.item_id, self.variant_id)


def plan_stock(session: Session, actor: Actor, shop_id: int) -> StockPlan:
    """Queue new stock levels for the shop's listings whose sellable quantity changed."""
    shop = session.get(Shop, shop_id)
    if shop is None:
        return StockPlan()
    settings = StockSyncSettings.from_options(shop.options)
    newest_change = session.scalar(select(func.max(StockChange.id))) or 0
    if not settings.enabled:
        _move_mark(session, shop_id, newest_change)
        return StockPlan()
    changed = set(session.scalars(
        select(StockChange.sku_id).where(StockChange.id > shop.stock_cursor, StockChange.id <= newest_change)
    ))
    listings = _listings_to_plan(session, shop_id, changed)
    plan = StockPlan(listings=len(listings))
    if listings:
        quantities = _sellable(session, listings, settings.warehouse_ids)
        published = _published(session, [listing.mapping_id for listing in listings])
        for listing in listings:
            quantity = settings.published(quantities.get(listing.sku_id, ZERO))
            if published.get(listing.mapping_id) == quantity:
                plan.unchanged += 1
                continue
            enqueue_stock(session, actor, shop_id, listing.level(quantity), sku_id=listing.sku_id,
                          label=f"{listing.sku_code} → {quantity}")
            _remember(session, shop_id, listing.mapping_id, quantity, known=listing.mapping_id in published)
            plan.queued += 1
    _move_mark(session, shop_id, newest_change)
    return plan


def _move_mark(session: Session, shop_id: int, newest_change: int) -> None:
    """A plain UPDATE: the mark is bookkeeping, not an edit of the shop, so it must not bump the
    version a person editing the shop's settings holds (their save would then be refused)."""
    session.execute(update(Shop).where(Shop.id == shop_id).values(stock_cursor=newest_change)
                    .execution_options(synchronize_session=False))


def plan_stock_for(db: Database, actor: Actor, shop_id: int) -> StockPlan:
    with db.transaction() as session:
        plan = plan_stock(session, actor, shop_id)
        prune_stock_changes(session)
        return plan


# -- which listings --------------------------------------------------------------------------------


def _listings_to_plan(session: Session, shop_id: int, changed: set[int]) -> list[_Listing]:
    affected = changed | _bundles_containing(session, changed)
    unpublished = select(StockPublication.mapping_id).where(StockPublication.shop_id == shop_id)
    statement = (
        select(ChannelSkuMapping.id, Sku.id, Sku.code, Sku.kind, ChannelSkuMapping.channel_item_id,
               ChannelSkuMapping.channel_variant_id, ChannelSkuMapping.channel_sku)
        .join(Sku, Sku.id == ChannelSkuMapping.sku_id)
        .where(ChannelSkuMapping.shop_id == shop_id)
    )
    listings = {row[0]: _Listing(*row) for row in session.execute(statement.where(ChannelSkuMapping.id.not_in(unpublished)))}
    for part in chunks(sorted(affected)):
        for row in session.execute(statement.where(ChannelSkuMapping.sku_id.in_(part))):
            listings[row[0]] = _Listing(*row)
    return _with_channel_ids(session, shop_id, sorted(listings.values(), key=lambda listing: listing.mapping_id))


def _with_channel_ids(session: Session, shop_id: int, listings: list[_Listing]) -> list[_Listing]:
    """A mapping made from a seller SKU alone (automatic ones are) lacks the channel's item and
    variant ids, which most stock APIs need: take them from the shop's orders of that listing."""
    bare = sorted({listing.channel_sku for listing in listings if not listing.item_id and listing.channel_sku})
    known: dict[str, tuple[str, str]] = {}
    for part in chunks(bare):
        rows = session.execute(
            select(OrderLine.channel_sku, func.max(OrderLine.channel_item_id), func.max(OrderLine.channel_variant_id))
            .join(Order, Order.id == OrderLine.order_id)
            .where(Order.shop_id == shop_id, OrderLine.channel_sku.in_(part), OrderLine.channel_item_id != "")
            .group_by(OrderLine.channel_sku))
        known.update({sku: (item, variant) for sku, item, variant in rows})
    return [replace(listing, item_id=known[listing.channel_sku][0], variant_id=known[listing.channel_sku][1])
            if not listing.item_id and listing.channel_sku in known else listing for listing in listings]


def _bundles_containing(session: Session, sku_ids: Iterable[int]) -> set[int]:
    found: set[int] = set()
    for part in chunks(sorted(set(sku_ids))):
        found.update(session.scalars(
            select(BundleComponent.bundle_sku_id).where(BundleComponent.component_sku_id.in_(part))))
    return found


def _published(session: Session, mapping_ids: Sequence[int]) -> dict[int, int]:
    known: dict[int, int] = {}
    for part in chunks(mapping_ids):
        known.update(session.execute(
            select(StockPublication.mapping_id, StockPublication.quantity)
            .where(StockPublication.mapping_id.in_(part))).all())
    return known


def _remember(session: Session, shop_id: int, mapping_id: int, quantity: int, *, known: bool) -> None:
    if known:
        publication = session.get(StockPublication, mapping_id)
        assert publication is not None
        publication.quantity, publication.queued_at = quantity, utc_now()
    else:
        session.add(StockPublication(mapping_id=mapping_id, shop_id=shop_id, quantity=quantity, queued_at=utc_now()))


# -- how many --------------------------------------------------------------------------------------


def _sellable(session: Session, listings: Sequence[_Listing], warehouse_ids: Sequence[int]) -> dict[int, Decimal]:
    """SKU id → sellable quantity, for the listed SKUs (bundles from their components)."""
    bundles = {listing.sku_id for listing in listings if listing.kind is SkuKind.VIRTUAL_BUNDLE}
    components = _components(session, bundles)
    physical = {listing.sku_id for listing in listings if listing.kind is not SkuKind.VIRTUAL_BUNDLE}
    physical |= {component for parts in components.values() for component, _ in parts}
    free = _on_hand_less_reserved(session, physical, warehouse_ids)
    demand = _open_demand(session, physical)
    sellable = {sku_id: free.get(sku_id, ZERO) - demand.get(sku_id, ZERO) for sku_id in physical}
    for bundle_id, parts in components.items():
        kits = [(sellable.get(component, ZERO) / quantity).to_integral_value(rounding=ROUND_FLOOR)
                for component, quantity in parts]
        sellable[bundle_id] = max(min(kits), ZERO) if kits else ZERO
    return sellable


def _components(session: Session, bundle_ids: Iterable[int]) -> dict[int, list[tuple[int, Decimal]]]:
    components: dict[int, list[tuple[int, Decimal]]] = {bundle_id: [] for bundle_id in bundle_ids}
    for part in chunks(sorted(components)):
        rows = session.execute(select(BundleComponent.bundle_sku_id, BundleComponent.component_sku_id,
                                      BundleComponent.quantity).where(BundleComponent.bundle_sku_id.in_(part)))
        for bundle_id, component_id, quantity in rows:
            components[bundle_id].append((component_id, quantity))
    return components


def _active_warehouses(session: Session, chosen: Sequence[int]) -> list[int]:
    statement = select(Warehouse.id).where(Warehouse.active.is_(True))
    if chosen:
        statement = statement.where(Warehouse.id.in_(list(chosen)))
    return list(session.scalars(statement))


def _on_hand_less_reserved(session: Session, sku_ids: Iterable[int], warehouse_ids: Sequence[int]) -> dict[int, Decimal]:
    warehouses = _active_warehouses(session, warehouse_ids)
    free: dict[int, Decimal] = {}
    for part in chunks(sorted(set(sku_ids))):
        rows = session.execute(
            select(WarehouseStock.sku_id, WarehouseStock.on_hand, WarehouseStock.reserved)
            .where(WarehouseStock.sku_id.in_(part), WarehouseStock.warehouse_id.in_(warehouses))
        )
        for sku_id, on_hand, reserved in rows:
            free[sku_id] = free.get(sku_id, ZERO) + on_hand - reserved
    return free


def _open_demand(session: Session, sku_ids: Iterable[int]) -> dict[int, Decimal]:
    """Quantities on orders not yet allocated, per SKU; a virtual bundle's lines count for its components."""
    wanted = set(sku_ids)
    demand: dict[int, Decimal] = defaultdict(lambda: ZERO)
    open_lines = (select(OrderLine.sku_id, OrderLine.quantity).join(Order, Order.id == OrderLine.order_id)
                  .where(Order.state.in_(OPEN_DEMAND_STATES)))
    for part in chunks(sorted(wanted)):
        for sku_id, quantity in session.execute(open_lines.where(OrderLine.sku_id.in_(part))):
            demand[sku_id] += quantity
    bundles = _bundles_containing(session, wanted)
    if bundles:
        bundle_demand: dict[int, Decimal] = defaultdict(lambda: ZERO)
        for part in chunks(sorted(bundles)):
            for sku_id, quantity in session.execute(open_lines.where(OrderLine.sku_id.in_(part))):
                bundle_demand[sku_id] += quantity
        for bundle_id, parts in _components(session, bundle_demand).items():
            for component, per_kit in parts:
                if component in wanted:
                    demand[component] += bundle_demand[bundle_id] * per_kit
    return dict(demand)


def prune_stock_changes(session: Session) -> int:
    """Drop the notes every shop has read (a shop with stock sync off reads them too). The note at the
    mark itself stays: SQLite hands out max(id) + 1 next, and an id at or below a mark would go unseen."""
    oldest_mark = session.scalar(select(func.min(Shop.stock_cursor)))
    if not oldest_mark:
        return 0
    return session.execute(delete(StockChange).where(StockChange.id < oldest_mark)).rowcount or 0
