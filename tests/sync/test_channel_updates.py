"""Changes on the channel after import: cancellations, address and line changes, by how far the order got."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from decimal import Decimal

from sqlalchemy import select

from connectors.base import ChannelAddress, Lifecycle
from omsdesk.auth.models import AuditEntry
from omsdesk.catalog.mapping import map_channel_sku
from omsdesk.inventory.ledger import reserve
from omsdesk.inventory.models import WarehouseStock
from omsdesk.orders.models import REVIEW_KINDS, Order, OrderIssue, OrderIssueKind, OrderState
from omsdesk.runtime import Runtime
from omsdesk.sync.service import run_sync
from tests.fakes import ScriptedConnector, make_order
from tests.inventory.conftest import World


def pull(rt: Runtime, shop_id: int, connector: ScriptedConnector) -> None:
    result = run_sync(rt.db, None, rt.actor, shop_id, connector=connector)
    assert result.ok, result.message


def stored(rt: Runtime, external_id: str = "1") -> Order:
    with rt.db.reading() as session:
        order = session.scalars(select(Order).where(Order.external_id == external_id)).one()
        _ = order.lines
        return order


def set_state(rt: Runtime, state: OrderState, external_id: str = "1") -> int:
    with rt.db.transaction() as session:
        order = session.scalars(select(Order).where(Order.external_id == external_id)).one()
        order.state = state
        return order.id


def issues(rt: Runtime) -> list[OrderIssue]:
    """The flags the channel's changes raised (not the review's: those are tests/orders/test_review.py's)."""
    with rt.db.reading() as session:
        return list(session.scalars(select(OrderIssue).where(OrderIssue.kind.not_in(sorted(REVIEW_KINDS)))
                                    .order_by(OrderIssue.id)))


def later(connector: ScriptedConnector, minutes: int = 30, **changes: object) -> None:
    order = connector.orders[0]
    connector.orders = [replace(order, updated_at=order.updated_at + timedelta(minutes=minutes), **changes)]


def test_cancelled_before_shipment_cancels_here_and_gives_the_stock_back(runtime: Runtime, shop_id: int,
                                                                        world: World) -> None:
    world.receive("TS-BLK-M", "5", "A-01")
    map_channel_sku(runtime.db, runtime.actor, shop_id, channel_sku="SKU-001", sku_id=world.skus["TS-BLK-M"])
    connector = ScriptedConnector([make_order(1, lines=1)])
    pull(runtime, shop_id, connector)
    order_id = set_state(runtime, OrderState.ALLOCATED)
    with runtime.db.transaction() as session:
        reserve(session, runtime.actor, world.skus["TS-BLK-M"], world.main, Decimal(1), "order", order_id)

    later(connector, status="cancelled", lifecycle=Lifecycle.CANCELLED)
    pull(runtime, shop_id, connector)

    order = stored(runtime)
    assert (order.state, order.channel_status) == (OrderState.CANCELLED, "cancelled")
    with runtime.db.reading() as session:
        assert session.scalar(select(WarehouseStock.reserved).where(WarehouseStock.warehouse_id == world.main)) == 0
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "order.cancelled_by_channel")).one()
        assert entry.before == {"state": "allocated"} and entry.after["released"] == "1.0000"
    assert issues(runtime) == []


def test_cancelled_while_packing_also_tells_the_warehouse(runtime: Runtime, shop_id: int) -> None:
    connector = ScriptedConnector([make_order(1)])
    pull(runtime, shop_id, connector)
    set_state(runtime, OrderState.PACKED)
    later(connector, status="cancelled", lifecycle=Lifecycle.CANCELLED)
    pull(runtime, shop_id, connector)
    assert stored(runtime).state is OrderState.CANCELLED
    assert [issue.kind for issue in issues(runtime)] == [OrderIssueKind.CANCELLED_WHILE_PACKING]


def test_cancelled_after_shipment_raises_one_flag_for_after_sales(runtime: Runtime, shop_id: int) -> None:
    connector = ScriptedConnector([make_order(1)])
    pull(runtime, shop_id, connector)
    set_state(runtime, OrderState.SHIPPED)
    later(connector, status="refunded", lifecycle=Lifecycle.REFUNDED)
    pull(runtime, shop_id, connector)
    later(connector, minutes=60, buyer_remark="退款了")  # a further change: still one open flag
    pull(runtime, shop_id, connector)

    assert stored(runtime).state is OrderState.SHIPPED
    assert stored(runtime).channel_status == "refunded"  # the channel's word, verbatim
    [issue] = issues(runtime)
    assert issue.kind is OrderIssueKind.CANCELLED_AFTER_SHIPMENT and "after-sales" in issue.message


def test_address_and_line_changes_before_allocation_apply_and_are_recorded(runtime: Runtime, shop_id: int) -> None:
    connector = ScriptedConnector([make_order(1, lines=2)])
    pull(runtime, shop_id, connector)
    order = connector.orders[0]
    moved = ChannelAddress(name="王小明", line1="南京西路 99 号", city="上海市", country="CN")
    later(connector, shipping_address=moved, lines=order.lines[:1])
    pull(runtime, shop_id, connector)

    order = stored(runtime)
    assert order.ship_line1 == "南京西路 99 号" and [line.external_id for line in order.lines] == ["1-1"]
    with runtime.db.reading() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "order.channel_update")).one()
    assert entry.before["ship_line1"] == "人民路 1 号" and entry.after["ship_line1"] == "南京西路 99 号"
    assert entry.before["lines"] == {"1-2": "SKU-002 × 2"} and entry.after["lines"] == {}
    assert issues(runtime) == []


def test_changes_after_allocation_keep_the_lines_and_raise_a_flag(runtime: Runtime, shop_id: int) -> None:
    connector = ScriptedConnector([make_order(1, lines=2)])
    pull(runtime, shop_id, connector)
    set_state(runtime, OrderState.ALLOCATED)
    order = connector.orders[0]
    changed_line = replace(order.lines[0], quantity=Decimal(3))
    moved = ChannelAddress(name="王小明", line1="南京西路 99 号", city="上海市", country="CN")
    later(connector, lines=(changed_line, order.lines[1]), shipping_address=moved)
    pull(runtime, shop_id, connector)

    order = stored(runtime)
    assert [line.quantity for line in order.lines] == [Decimal(1), Decimal(2)]  # as allocated
    assert order.ship_line1 == "南京西路 99 号"  # the parcel must go where the buyer now is
    [issue] = issues(runtime)
    assert issue.kind is OrderIssueKind.CHANGED_AFTER_ALLOCATION
    assert "shipping address" in issue.message and "lines" in issue.message
    assert issue.details["lines"] == {"before": {"1-1": "SKU-001 × 1"}, "after": {"1-1": "SKU-001 × 3"}}


def test_orders_the_marketplace_ships_itself_never_reach_our_warehouse(runtime: Runtime, shop_id: int) -> None:
    connector = ScriptedConnector([replace(make_order(1), fulfilled_by_channel=True),
                                   replace(make_order(2), fulfilled_by_channel=True, status="Canceled",
                                           lifecycle=Lifecycle.CANCELLED)])
    pull(runtime, shop_id, connector)
    assert stored(runtime, "1").state is OrderState.COMPLETED  # Amazon FBA: Amazon picks and ships it
    assert stored(runtime, "2").state is OrderState.CANCELLED
