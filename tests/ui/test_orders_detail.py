"""The order detail panel on real data (SQLite): states and sub-states, origin and related orders,
review flags with readable reasons, lines with SKU, stock and allocation, the money breakdown with
the residual, and the history of transitions merged with the audit trail."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from sqlalchemy import update

from omsdesk.orders.allocation import allocate
from omsdesk.orders.merge import merge_orders
from omsdesk.orders.models import AfterSalesStatus, InvoiceStatus, Order, OrderIssue, OrderIssueKind
from omsdesk.orders.operations import edit_address, edit_remarks, hold, release
from omsdesk.orders.split import split_order
from omsdesk.runtime import Runtime
from omsdesk.ui.orders.detail import COL, OrderDetailPanel
from tests.ui.order_builders import channel_order, detail_of, import_world, order_id, stock_world


@pytest.fixture
def world(rt: Runtime) -> Runtime:
    """#1 clean (approved), #2 the same goods again (a suspected duplicate), #3 with a short street,
    #4 another buyer with three lines and only 2 in stock of the third SKU."""
    stock_world(rt, stock=2)
    import_world(rt, [channel_order(1), channel_order(2), channel_order(3, line1="路1", phone="13800003333"),
                      channel_order(4, buyer="李娜", phone="13900002222", lines=3)])
    return rt


@pytest.fixture
def panel(qtbot) -> OrderDetailPanel:
    widget = OrderDetailPanel()
    qtbot.addWidget(widget)
    widget.resize(1264, 360)
    widget.show()
    return widget


def links(label_html: str) -> list[tuple[int, str]]:
    return [(int(i), text) for i, text in re.findall(r"href='order:(\d+)'[^>]*>([^<]+)</a>", label_html)]


def cell(panel: OrderDetailPanel, row: int, key: str) -> str:
    return panel.lines_table.item(row, COL[key]).text()


def test_review_flags_read_well_and_link_the_duplicate(qtbot, world: Runtime, panel: OrderDetailPanel) -> None:
    panel.show_detail(detail_of(world, "#2"))
    assert panel.review.isVisible() and not panel.attention.isVisible()
    text = panel.review_label.text()
    assert "To review · Duplicate</b>: same goods as order" in text
    assert links(text) == [(order_id(world, "#1"), "#1")]
    with qtbot.waitSignal(panel.open_order_requested) as opened:
        panel.review_label.linkActivated.emit(f"order:{order_id(world, '#1')}")
    assert opened.args == [order_id(world, "#1")]

    panel.show_detail(detail_of(world, "#3"))
    assert "To review · Short address</b>: street address &quot;路1&quot; is too short" in panel.review_label.text()
    panel.show_detail(detail_of(world, "#1"))
    assert not panel.review.isVisible()


def test_channel_flags_stay_apart_and_only_they_are_dealt_with(qtbot, world: Runtime,
                                                               panel: OrderDetailPanel) -> None:
    with world.db.transaction() as session:
        session.add(OrderIssue(order_id=order_id(world, "#2"), kind=OrderIssueKind.CHANGED_AFTER_ALLOCATION,
                               message="address changed", details={"address": {"city": "杭州市"}}))
    panel.show_detail(detail_of(world, "#2"))
    assert panel.review.isVisible() and panel.attention.isVisible()
    assert "The channel changed the shipping address (check the label)" in panel.attention_label.text()
    assert "changed" not in panel.review_label.text()
    channel_flag = [i.id for i in panel.detail.issues if i.kind is OrderIssueKind.CHANGED_AFTER_ALLOCATION]
    with qtbot.waitSignal(panel.issues_resolved) as resolved:
        panel.resolve_button.click()
    assert resolved.args == [channel_flag]  # the review flag waits for an approval


def test_lines_show_sku_stock_allocation_and_net_share(world: Runtime, panel: OrderDetailPanel) -> None:
    panel.show_detail(detail_of(world, "#4"))
    table = panel.lines_table
    assert [(cell(panel, r, "seller_sku"), cell(panel, r, "our_sku"), cell(panel, r, "qty"),
             cell(panel, r, "available")) for r in range(3)] == [
        ("SKU-001", "SKU-001", "1", "2"), ("SKU-002", "SKU-002", "2", "2"), ("SKU-003", "SKU-003", "3", "2")]
    assert table.item(2, COL["available"]).foreground().color().name() == "#b91c1c"  # 2 of 3 there
    assert table.isColumnHidden(COL["allocated"]) and table.isColumnHidden(COL["discount"])
    detail = panel.detail
    assert [cell(panel, r, "net_incl_tax") for r in range(3)] == [
        f"¥{line.net_total_incl_tax:,.2f}" for line in detail.lines]
    assert sum(line.net_total_incl_tax for line in detail.lines) == detail.amounts["total"]  # shipping spread
    assert detail.lines[0].net_total_incl_tax > detail.lines[0].total_incl_tax

    first = detail_of(world, "#1")
    assert allocate(world.db, world.actor, {first.id: first.version}).done == [first.id]
    panel.show_detail(detail_of(world, "#1"))
    assert not table.isColumnHidden(COL["allocated"])
    assert [cell(panel, r, "allocated") for r in range(2)] == ["1", "2"]
    assert "Warehouse: SH · 上海主仓" in panel.fulfilment_label.text()
    assert panel.edit_address_button.isHidden() and panel.edit_remarks_button.isHidden()


def test_money_breakdown_and_the_residual(world: Runtime, panel: OrderDetailPanel) -> None:
    panel.show_detail(detail_of(world, "#1"))
    money = {key: label.text() for key, label in panel.money_labels.items() if not label.isHidden()}
    assert money == {"goods_subtotal": "¥30.00", "shipping_total": "¥8.00", "total_excl_tax": "¥38.00",
                     "total_tax": "¥3.90", "total": "¥41.90"}
    assert panel.residual_label.isHidden()

    with world.db.transaction() as session:  # the channel's total says 5 cents more than the lines
        session.execute(update(Order).where(Order.number == "#1").values(
            total=Decimal("41.95"), residual=Decimal("0.05"), discount_total=Decimal("2.00"),
            version=Order.version + 1))
    panel.show_detail(detail_of(world, "#1"))
    assert not panel.residual_label.isHidden()
    assert "The channel's total differs from ours by ¥0.05" in panel.residual_label.text()
    assert panel.money_labels["order_discount"].text() == "-¥2.00" and not panel.money_labels["order_discount"].isHidden()
    assert panel.money_labels["line_discounts"].isHidden()


def test_sub_states_and_origin(world: Runtime, panel: OrderDetailPanel) -> None:
    panel.show_detail(detail_of(world, "#1"))
    assert panel.invoice_badge.isHidden() and panel.after_sales_badge.isHidden()
    assert panel.payment_badge.text() == "Paid" and panel.state_badge.text() == "Approved"
    assert panel.origin_label.text() == "From WooCommerce"
    with world.db.transaction() as session:
        session.execute(update(Order).where(Order.number == "#1").values(
            invoice_status=InvoiceStatus.REQUESTED, after_sales_status=AfterSalesStatus.OPEN,
            priority=5, version=Order.version + 1))
    panel.show_detail(detail_of(world, "#1"))
    assert panel.invoice_badge.text() == "Invoice requested" and not panel.invoice_badge.isHidden()
    assert panel.after_sales_badge.text() == "After-sales open" and not panel.after_sales_badge.isHidden()
    assert "Priority 5" in panel.fulfilment_label.text()


def test_related_orders_are_links(qtbot, world: Runtime, panel: OrderDetailPanel) -> None:
    first, second, fourth = (order_id(world, n) for n in ("#1", "#2", "#4"))
    merge_orders(world.db, world.actor, {first: None, second: None})
    detail = detail_of(world, "#4")
    part_id = split_order(world.db, world.actor, fourth, detail.version, {detail.lines[2].id: Decimal(1)},
                          "Out-of-stock items ship later")

    panel.show_detail(detail_of(world, "#1"))
    assert panel.origin_label.text().startswith("Merged with ")
    assert links(panel.origin_label.text()) == [(second, "#2")]
    assert links(panel.related_label.text()) == [(second, "#2")] and "merged: same parcel" in panel.related_label.text()

    panel.show_detail(detail_of(world, "#4"))
    assert links(panel.origin_label.text()) == [(part_id, "#4-2")]
    panel.show_detail(detail_of(world, part_id))
    assert panel.origin_label.text().startswith("Split off ") and links(panel.origin_label.text()) == [(fourth, "#4")]
    with qtbot.waitSignal(panel.open_order_requested) as opened:
        panel.origin_label.linkActivated.emit(f"order:{fourth}")
    assert opened.args == [fourth]


def test_history_merges_transitions_with_the_audit_trail(world: Runtime, panel: OrderDetailPanel) -> None:
    first = order_id(world, "#1")
    hold(world.db, world.actor, {first: None}, "Suspected fraud")
    release(world.db, world.actor, {first: None})
    edit_remarks(world.db, world.actor, first, None, "发顺丰")
    panel.show_detail(detail_of(world, "#1"))
    rows = [(r.what, r.details) for r in panel.history_rows]
    assert rows[:3] == [  # steps a few milliseconds apart: each paired with its own audit entry
        ("Remark edited", "发顺丰"), ("Released from hold: On hold → Approved", "order #1 released from hold (approved)"),
        ("Put on hold: Approved → On hold", "Suspected fraud")]
    assert rows[-1][0] == "Approved: New → Approved"
    detail = panel.detail
    assert len(rows) == len(detail.transitions)  # every audit entry of these steps paired with its transition
    table = panel.history_table
    assert table.rowCount() == len(rows) and table.item(2, 2).text() == "Put on hold: Approved → On hold"
    assert table.item(2, 1).text() == world.actor.name
    assert panel.tabs.tabText(1) == f"History ({len(rows)})"


def test_edit_links_follow_the_state(qtbot, world: Runtime, panel: OrderDetailPanel) -> None:
    panel.show_detail(detail_of(world, "#3"))
    assert not panel.edit_address_button.isHidden() and not panel.edit_remarks_button.isHidden()
    with qtbot.waitSignal(panel.edit_address_requested) as asked:
        panel.edit_address_button.click()
    assert asked.args == [order_id(world, "#3")]
    with qtbot.waitSignal(panel.edit_remarks_requested) as asked:
        panel.edit_remarks_button.click()
    assert asked.args == [order_id(world, "#3")]

    detail = detail_of(world, "#3")
    edit_address(world.db, world.actor, detail.id, detail.version, _address(detail, line1="人民路 100 号"))
    hold(world.db, world.actor, {detail.id: None}, "Buyer asked to wait")
    panel.show_detail(detail_of(world, "#3"))
    assert not panel.edit_address_button.isHidden()  # held orders may still be corrected
    assert "Reason: Buyer asked to wait" in panel.fulfilment_label.text()
    assert "人民路 100 号" in panel.ship_label.text()


def _address(detail, **changes):  # noqa: ANN001, ANN202
    from omsdesk.orders.operations import AddressChange

    return AddressChange(**{**detail.shipping_address, **changes})
