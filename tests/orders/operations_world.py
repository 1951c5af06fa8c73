"""A shop, a warehouse with stock and imported orders, for the tests of the order operations
(hold / release / cancel / edits, merge, split, manual orders and the state table)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

from sqlalchemy import func, select, update

from connectors.base import ChannelAddress, ChannelOrder
from omsdesk.catalog.services import SkuSpec, create_sku
from omsdesk.inventory.ledger import MoveSpec, post_moves, reserve
from omsdesk.inventory.locations import add_location, create_warehouse, virtual_location, warehouse_root
from omsdesk.inventory.models import LocationKind, MoveReason, Reservation, WarehouseStock
from omsdesk.orders.channel_updates import ORDER_DOCUMENT
from omsdesk.orders.models import Order, OrderIssue, OrderState, OrderTransition
from omsdesk.runtime import Runtime
from omsdesk.sync.importer import PageImporter
from omsdesk.sync.models import Shop
from tests.fakes import make_order

D = Decimal
SKU_CODES = ("SKU-001", "SKU-002", "SKU-003")  # the seller SKUs of tests.fakes.make_order: mapped on import
HOLDS_STOCK = (OrderState.ALLOCATED, OrderState.PICKING, OrderState.PACKED)


def channel_order(number: int, *, buyer: str = "王小明", phone: str = "13800001111", lines: int = 2,
                  line1: str = "人民路 100 号 3 栋 502 室", **changes: object) -> ChannelOrder:
    """A paid order with a complete Shanghai address; the same buyer and address give the same merge key."""
    order = make_order(number, buyer=buyer, lines=lines)
    address = ChannelAddress(name=buyer, line1=line1, city="上海市", state="上海", postcode="200001",
                             country="CN", phone=phone)
    return replace(order, buyer_phone=phone, shipping_address=address, **changes)


@dataclass
class Desk:
    rt: Runtime
    shop_id: int
    warehouse: int
    skus: dict[str, int]

    def add_shop(self, name: str, channel: str = "woocommerce") -> int:
        with self.rt.db.transaction() as session:
            shop = Shop(channel=channel, name=name, base_url="http://127.0.0.1:1", credentials_ref="test", options={})
            session.add(shop)
            session.flush()
            return shop.id

    def import_orders(self, orders: list[ChannelOrder], shop_id: int | None = None) -> list[int]:
        """Import as a sync does (review included); the ids in the order given."""
        shop = shop_id or self.shop_id
        with self.rt.db.transaction() as session:
            PageImporter(session, shop, self.rt.actor).apply(orders)
        with self.rt.db.reading() as session:
            rows = session.execute(select(Order.external_id, Order.id).where(Order.shop_id == shop))
            ids = {external_id: order_id for external_id, order_id in rows}
        return [ids[order.external_id] for order in orders]

    def set_state(self, order_id: int, state: OrderState) -> None:
        """Put an order in ``state`` as the earlier steps would have; allocated ones hold their stock."""
        with self.rt.db.transaction() as session:
            order = session.get(Order, order_id)
            order.state = state
            if state in HOLDS_STOCK:
                order.warehouse_id = self.warehouse
                for line in order.lines:
                    reserve(session, self.rt.actor, line.sku_id, self.warehouse, line.quantity, ORDER_DOCUMENT,
                            order.id, line.id)
                    line.allocated_quantity = line.quantity

    def order(self, order_id: int) -> Order:
        with self.rt.db.reading() as session:
            order = session.get(Order, order_id)
            order.lines  # noqa: B018 - loaded while the session is open
            return order

    def version(self, order_id: int) -> int:
        with self.rt.db.reading() as session:
            return session.scalar(select(Order.version).where(Order.id == order_id))

    def versions(self, *order_ids: int) -> dict[int, int]:
        return {order_id: self.version(order_id) for order_id in order_ids}

    def transitions(self, order_id: int) -> list[OrderTransition]:
        with self.rt.db.reading() as session:
            return list(session.scalars(select(OrderTransition).where(OrderTransition.order_id == order_id)
                                        .order_by(OrderTransition.id)))

    def open_issues(self, order_id: int) -> list[OrderIssue]:
        with self.rt.db.reading() as session:
            return list(session.scalars(select(OrderIssue).where(
                OrderIssue.order_id == order_id, OrderIssue.resolved_at.is_(None)).order_by(OrderIssue.id)))

    def reserved(self, order_id: int | None = None) -> Decimal:
        """What the order holds (or, without one, what the warehouse has reserved in all)."""
        with self.rt.db.reading() as session:
            if order_id is None:
                return session.scalar(select(func.sum(WarehouseStock.reserved))) or D(0)
            return session.scalar(select(func.sum(Reservation.quantity)).where(
                Reservation.document_type == ORDER_DOCUMENT, Reservation.document_id == order_id)) or D(0)

    def touch(self, order_id: int, actor_name: str = "李娜") -> None:
        """Another desktop changes the order (an audited edit), so a version seen before is stale."""
        from omsdesk.auth.actor import Actor
        from omsdesk.orders.operations import edit_remarks

        edit_remarks(self.rt.db, Actor(actor_name), order_id, None, f"changed by {actor_name}")

    def bump(self, order_id: int) -> None:
        with self.rt.db.transaction() as session:
            session.execute(update(Order).where(Order.id == order_id).values(version=Order.version + 1))


def make_desk(rt: Runtime, stock: int = 100) -> Desk:
    """One shop, warehouse SH with one bin holding ``stock`` of each of SKU-001…003."""
    with rt.db.transaction() as session:
        shop = Shop(channel="woocommerce", name="Web shop", base_url="http://127.0.0.1:1", credentials_ref="test",
                    options={})
        session.add(shop)
        session.flush()
        shop_id = shop.id
    warehouse = create_warehouse(rt.db, rt.actor, "SH", "上海主仓")
    with rt.db.reading() as session:
        root = warehouse_root(session, warehouse).id
    bin_id = add_location(rt.db, rt.actor, root, LocationKind.BIN, "A01")
    skus = {code: create_sku(rt.db, rt.actor, SkuSpec(code, f"T恤 {code}", list_price=D("10.00")))
            for code in SKU_CODES}
    with rt.db.transaction() as session:
        supplier = virtual_location(session, LocationKind.SUPPLIER)
        post_moves(session, rt.actor, [MoveSpec(sku_id, D(stock), supplier, bin_id, MoveReason.RECEIPT)
                                       for sku_id in skus.values()])
    return Desk(rt, shop_id, warehouse, skus)
