"""Recording a shipment from the Orders workspace, and the flags a channel change raises."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from omsdesk.orders.models import Order, OrderIssue, OrderIssueKind, OrderState
from omsdesk.runtime import Runtime
from omsdesk.sync.models import OutboxItem
from omsdesk.ui.context import UiContext
from omsdesk.ui.orders.workspace import OrdersWorkspace


def open_workspace(qtbot, ctx: UiContext) -> OrdersWorkspace:
    workspace = OrdersWorkspace(ctx)
    qtbot.addWidget(workspace)
    workspace.resize(1280, 800)
    workspace.show()
    qtbot.waitUntil(lambda: workspace.model.rowCount() > 0, timeout=20000)
    return workspace


def select_number(qtbot, workspace: OrdersWorkspace, number: str) -> int:
    with workspace.ctx.rt.db.reading() as session:
        order_id = session.scalar(select(Order.id).where(Order.number == number))
    with qtbot.waitSignal(workspace.detail_loaded, timeout=20000):
        assert workspace.select_order(order_id)
    return order_id


def test_record_a_partial_then_the_final_shipment(qtbot, orders_db: Runtime, ctx: UiContext) -> None:
    workspace = open_workspace(qtbot, ctx)
    order_id = select_number(qtbot, workspace, "#4")  # two lines: 1 × SKU-001, 2 × SKU-002
    assert workspace.ship_button.isEnabled()
    assert "(not shipped)" in workspace.detail.shipments_label.text()

    dialog = workspace.record_shipment()
    assert dialog.lines_table.rowCount() == 2 and dialog.lines_table.item(1, 4).text() == "2"
    qtbot.keyClicks(dialog.tracking_edit, "12345")
    dialog.lines_table.item(0, 4).setText("0")  # SKU-001 later
    dialog.lines_table.item(1, 4).setText("1")  # one of the two SKU-002 now
    dialog.save()
    qtbot.waitUntil(dialog.error_label.isVisible, timeout=20000)
    assert "does not look like a SF Express tracking number" in dialog.error_label.text()

    dialog.tracking_edit.clear()
    qtbot.keyClicks(dialog.tracking_edit, "SF1234567890123")
    with qtbot.waitSignal(workspace.detail_loaded, timeout=20000):
        with qtbot.waitSignal(dialog.shipped, timeout=20000):
            qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    shipments = workspace.detail.shipments_label.text()
    assert "SHP-000001" in shipments and "SF1234567890123" in shipments
    assert "waiting to be sent to the channel" in shipments
    assert workspace.ship_button.isEnabled()  # two units still to go

    second = workspace.record_shipment()
    assert [second.lines_table.item(r, 4).text() for r in range(2)] == ["1", "1"]
    second.carrier_combo.setCurrentIndex(second.carrier_combo.findData("ZTO"))
    qtbot.keyClicks(second.tracking_edit, "75312345678901")
    with qtbot.waitSignal(workspace.detail_loaded, timeout=20000):
        second.save()
    assert not workspace.ship_button.isEnabled()
    with orders_db.db.reading() as session:
        assert session.get(Order, order_id).state is OrderState.SHIPPED
        items = list(session.scalars(select(OutboxItem).order_by(OutboxItem.id)))
    assert [(i.payload["completes_order"], len(i.payload["lines"])) for i in items] == [(False, 1), (True, 2)]


def test_flags_show_filter_and_resolve(qtbot, orders_db: Runtime, ctx: UiContext) -> None:
    with orders_db.db.transaction() as session:
        order_id = session.scalar(select(Order.id).where(Order.number == "#7"))
        session.add(OrderIssue(order_id=order_id, kind=OrderIssueKind.CANCELLED_AFTER_SHIPMENT,
                               message="The buyer's order was refunded on the channel after it shipped.",
                               details={"channel_status": "refunded"}))
    workspace = open_workspace(qtbot, ctx)
    workspace.flag_combo.setCurrentIndex(workspace.flag_combo.findData(OrderIssueKind.CANCELLED_AFTER_SHIPMENT))
    qtbot.waitUntil(lambda: workspace.model.rowCount() == 1, timeout=20000)
    assert workspace.model.row_data(0).flags == (OrderIssueKind.UNMAPPED_SKU, OrderIssueKind.CANCELLED_AFTER_SHIPMENT)
    select_number(qtbot, workspace, "#7")
    assert workspace.detail.attention.isVisible()
    assert "was refunded on the channel after it shipped" in workspace.detail.attention_label.text()

    with qtbot.waitSignal(workspace.model.refreshed, timeout=20000):
        workspace.detail.resolve_button.click()
    qtbot.waitUntil(lambda: workspace.model.rowCount() == 0, timeout=20000)
    with orders_db.db.reading() as session:
        assert session.scalar(select(OrderIssue.resolved_by).where(
            OrderIssue.kind == OrderIssueKind.CANCELLED_AFTER_SHIPMENT)) == orders_db.actor.name


def test_lines_show_the_sku_they_resolved_to(qtbot, orders_db: Runtime, ctx: UiContext) -> None:
    from omsdesk.catalog.mapping import map_channel_sku
    from omsdesk.catalog.services import SkuSpec, create_sku

    sku_id = create_sku(orders_db.db, orders_db.actor, SkuSpec("TEE-BLK-M", "T恤 黑 M"))
    with orders_db.db.reading() as session:
        shop_id = session.scalar(select(Order.shop_id))
    map_channel_sku(orders_db.db, orders_db.actor, shop_id, channel_sku="SKU-001", sku_id=sku_id)
    workspace = open_workspace(qtbot, ctx)
    select_number(qtbot, workspace, "#4")
    table = workspace.detail.lines_table
    assert [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(2)] == [
        ("SKU-001", "TEE-BLK-M"), ("SKU-002", "unmapped")]
