"""A small, realistic order world for the order dialog and detail tests: one shop, a warehouse with
stock of three SKUs whose codes match the shop's seller SKUs, and orders imported the way a sync does."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from sqlalchemy import select

from connectors.base import ChannelAddress, ChannelOrder
from omsdesk.catalog.services import SkuSpec, create_sku
from omsdesk.inventory.ledger import MoveSpec, post_moves
from omsdesk.inventory.locations import add_location, create_warehouse, virtual_location, warehouse_root
from omsdesk.inventory.models import LocationKind, MoveReason
from omsdesk.orders.models import Order
from omsdesk.orders.queries import OrderDetail, order_detail
from omsdesk.runtime import Runtime
from tests.fakes import make_order
from tests.ui.conftest import add_test_shop, import_orders

SKUS = (("SKU-001", "T恤 Tee 1", "10.00"), ("SKU-002", "T恤 Tee 2", "10.00"), ("SKU-003", "马克杯 Mug", "25.00"))


def stock_world(rt: Runtime, stock: int = 50) -> dict[str, int]:
    """Warehouse SH with one bin holding ``stock`` of each SKU; returns SKU code → id."""
    warehouse = create_warehouse(rt.db, rt.actor, "SH", "上海主仓")
    with rt.db.reading() as session:
        root = warehouse_root(session, warehouse).id
    bin_id = add_location(rt.db, rt.actor, root, LocationKind.BIN, "A01")
    ids = {code: create_sku(rt.db, rt.actor, SkuSpec(code, name, list_price=Decimal(price)))
           for code, name, price in SKUS}
    with rt.db.transaction() as session:
        supplier = virtual_location(session, LocationKind.SUPPLIER)
        post_moves(session, rt.actor, [MoveSpec(sku_id, Decimal(stock), supplier, bin_id, MoveReason.RECEIPT)
                                       for sku_id in ids.values()])
    return ids


def channel_order(number: int, *, buyer: str = "王小明", phone: str = "13800001111", lines: int = 2,
                  line1: str = "人民路 100 号 3 栋 502 室", **changes: object) -> ChannelOrder:
    """A paid order to Shanghai; the same buyer and phone give the same merge key."""
    order = make_order(number, buyer=buyer, lines=lines)
    address = ChannelAddress(name=buyer, line1=line1, city="上海市", state="上海", postcode="200001",
                             country="CN", phone=phone)
    return replace(order, buyer_phone=phone, shipping_address=address, **changes)


def import_world(rt: Runtime, orders: list[ChannelOrder]) -> int:
    shop_id = add_test_shop(rt)
    import_orders(rt, shop_id, orders)
    return shop_id


def order_id(rt: Runtime, number: str) -> int:
    with rt.db.reading() as session:
        found = session.scalar(select(Order.id).where(Order.number == number))
    assert found is not None, number
    return found


def detail_of(rt: Runtime, number_or_id: str | int) -> OrderDetail:
    wanted = order_id(rt, number_or_id) if isinstance(number_or_id, str) else number_or_id
    with rt.db.reading() as session:
        detail = order_detail(session, wanted)
    assert detail is not None
    return detail


def load(rt: Runtime, number: str) -> Order:
    with rt.db.reading() as session:
        order = session.scalars(select(Order).where(Order.number == number)).one()
        order.lines  # noqa: B018 - loaded while the session is open
    return order
