"""The order dialogs end to end against the real services (SQLite): reason, address and remark, merge,
split and manual orders. Each writes through the service, emits ``saved`` and ``orders_changed``, and
shows a refusal inline without closing."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
import shiboken6
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDoubleSpinBox, QSpinBox, QWidget
from sqlalchemy import select

from connectors.base import ChannelOrderLine
from omsdesk.orders.merge import merge_orders
from omsdesk.orders.models import Order, OrderOrigin, OrderState, OrderTransition
from omsdesk.orders.operations import edit_remarks, hold
from omsdesk.runtime import Runtime
from omsdesk.ui.context import UiContext
from omsdesk.ui.orders.address_dialog import AddressDialog, RemarksDialog
from omsdesk.ui.orders.manual_order_dialog import ManualOrderDialog
from omsdesk.ui.orders.merge_dialog import MergeDialog
from omsdesk.ui.orders.reason_dialog import ReasonDialog, ask_reason, cancel_reasons, hold_reasons
from omsdesk.ui.orders.split_dialog import SplitDialog
from tests.ui.order_builders import channel_order, detail_of, import_world, load, order_id, stock_world

WAIT = 20000
KEPT: list[QWidget] = []


def keep(qtbot, dialog: QWidget) -> None:
    """qtbot holds widgets weakly: without this a dialog could be freed by the last reference a finished
    background task drops, on its worker thread. Kept here, it is deleted on the UI thread after the test."""
    qtbot.addWidget(dialog)
    KEPT.append(dialog)


@pytest.fixture(autouse=True)
def _delete_dialogs_on_the_ui_thread(qapp: QApplication):
    yield
    for dialog in KEPT:
        if shiboken6.isValid(dialog):
            dialog.close()
            dialog.deleteLater()
    KEPT.clear()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def world(rt: Runtime) -> Runtime:
    """#1, #2 and #5: same buyer and address; #3 another buyer; #4 the same buyer at a short street."""
    stock_world(rt)
    import_world(rt, [channel_order(1), channel_order(2, lines=3), channel_order(3, buyer="李娜", phone="13900002222"),
                      channel_order(4, line1="路1"), channel_order(5, lines=1)])
    return rt


def click_ok(dialog: QDialog) -> None:
    dialog.ok_button.click()


# -- reason ----------------------------------------------------------------------------------------


def test_reason_dialog_needs_a_reason_and_offers_common_ones(qtbot) -> None:
    dialog = ReasonDialog("Put on hold", "Why are these orders put on hold?", hold_reasons())
    keep(qtbot, dialog)
    assert dialog.combo.count() == len(hold_reasons()) and "Suspected fraud" in hold_reasons()
    assert not dialog.ok_button.isEnabled() and dialog.combo.currentText() == ""
    qtbot.keyClicks(dialog.combo.lineEdit(), "   ")
    assert not dialog.ok_button.isEnabled()  # spaces are no reason
    dialog.combo.setCurrentIndex(hold_reasons().index("Buyer asked to wait"))
    assert dialog.ok_button.isEnabled() and dialog.reason() == "Buyer asked to wait"
    dialog.combo.setEditText("  Waiting for   the new address ")
    assert dialog.reason() == "Waiting for the new address"


def test_ask_reason_returns_the_reason_or_none(qtbot) -> None:
    def answer(text: str | None) -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ReasonDialog) and w.isVisible())
        if text is None:
            dialog.reject()
        else:
            dialog.combo.setEditText(text)
            dialog.ok_button.click()

    QTimer.singleShot(0, lambda: answer("Out of stock"))
    assert ask_reason(None, "Cancel orders", "Why?", cancel_reasons()) == "Out of stock"
    QTimer.singleShot(0, lambda: answer(None))
    assert ask_reason(None, "Cancel orders", "Why?", cancel_reasons()) is None


# -- address and remark ------------------------------------------------------------------------------


def test_address_dialog_saves_the_address_and_records_it(qtbot, world: Runtime, ctx: UiContext) -> None:
    detail = detail_of(world, "#4")
    dialog = AddressDialog(ctx, detail)
    keep(qtbot, dialog)
    assert dialog.edits["line1"].text() == "路1" and dialog.edits["city"].text() == "上海市"
    assert dialog.edits["country"].text() == "CN" and dialog.country_label.text() == "China"
    dialog.edits["line1"].setText("人民路 100 号 3 栋 502 室")
    dialog.edits["company"].setText("上海某某贸易有限公司")
    with qtbot.waitSignal(ctx.events.orders_changed, timeout=WAIT), qtbot.waitSignal(dialog.saved, timeout=WAIT) as saved:
        click_ok(dialog)
    assert saved.args == [detail.id] and dialog.result() == QDialog.DialogCode.Accepted
    order = load(world, "#4")
    assert (order.ship_line1, order.ship_company, order.ship_city) == (
        "人民路 100 号 3 栋 502 室", "上海某某贸易有限公司", "上海市")
    assert order.version > detail.version
    with world.db.reading() as session:
        operations = list(session.scalars(select(OrderTransition.operation).where(
            OrderTransition.order_id == detail.id)))
    assert "edit_address" in operations


def test_address_dialog_shows_a_refusal_on_the_field(qtbot, world: Runtime, ctx: UiContext) -> None:
    detail = detail_of(world, "#4")
    dialog = AddressDialog(ctx, detail)
    keep(qtbot, dialog)
    dialog.show()
    dialog.edits["city"].clear()
    click_ok(dialog)
    qtbot.waitUntil(dialog.message_row.isVisible, timeout=WAIT)
    assert "enter the city" in dialog.message.text()
    assert "dc2626" in dialog.edits["city"].styleSheet() and not dialog.reload_button.isVisible()
    assert dialog.isVisible() and dialog.buttons.isEnabled()
    assert load(world, "#4").version == detail.version  # nothing written


def test_address_dialog_conflict_names_the_change_and_reloads(qtbot, world: Runtime, ctx: UiContext) -> None:
    detail = detail_of(world, "#4")
    dialog = AddressDialog(ctx, detail)
    keep(qtbot, dialog)
    dialog.show()
    edit_remarks(world.db, world.actor, detail.id, detail.version, "客户要求周末送货")  # a colleague, meanwhile
    dialog.edits["line1"].setText("人民路 100 号 3 栋 502 室")
    click_ok(dialog)
    qtbot.waitUntil(dialog.message_row.isVisible, timeout=WAIT)
    assert "was changed by" in dialog.message.text() and "seller remark of order #4 edited" in dialog.message.text()
    assert dialog.reload_button.isVisible()
    assert load(world, "#4").ship_line1 == "路1"  # nothing overwritten

    dialog.reload_button.click()
    qtbot.waitUntil(lambda: dialog.detail.version != detail.version, timeout=WAIT)
    assert not dialog.message_row.isVisible() and dialog.edits["line1"].text() == "路1"
    dialog.edits["line1"].setText("人民路 100 号 3 栋 502 室")
    with qtbot.waitSignal(dialog.saved, timeout=WAIT):
        click_ok(dialog)
    order = load(world, "#4")
    assert order.ship_line1 == "人民路 100 号 3 栋 502 室" and order.seller_remark == "客户要求周末送货"


def test_address_dialog_refuses_an_allocated_order(qtbot, world: Runtime, ctx: UiContext) -> None:
    from omsdesk.orders.allocation import allocate

    detail = detail_of(world, "#1")
    result = allocate(world.db, world.actor, {detail.id: detail.version})
    assert result.done == [detail.id]
    dialog = AddressDialog(ctx, detail_of(world, "#1"))
    keep(qtbot, dialog)
    dialog.show()
    dialog.edits["postcode"].setText("200002")
    click_ok(dialog)
    qtbot.waitUntil(dialog.message_row.isVisible, timeout=WAIT)
    assert "cannot edit the address of order #1: it is allocated" in dialog.message.text()


def test_remarks_dialog_saves_the_seller_remark(qtbot, world: Runtime, ctx: UiContext) -> None:
    detail = detail_of(world, "#3")
    dialog = RemarksDialog(ctx, detail)
    keep(qtbot, dialog)
    assert dialog.remark_edit.toPlainText() == "" and dialog.buyer_remark.isHidden()
    dialog.remark_edit.setPlainText("发顺丰，不要放发票  ")
    with qtbot.waitSignal(ctx.events.orders_changed, timeout=WAIT), qtbot.waitSignal(dialog.saved, timeout=WAIT):
        click_ok(dialog)
    assert load(world, "#3").seller_remark == "发顺丰，不要放发票"


# -- merge -------------------------------------------------------------------------------------------


def open_merge(qtbot, ctx: UiContext, order_ids: list[int] | None = None) -> MergeDialog:
    dialog = MergeDialog(ctx, None, order_ids)
    keep(qtbot, dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.choices is not None, timeout=WAIT)
    return dialog


def test_merge_dialog_lists_suggestions_and_merges_the_checked_orders(qtbot, world: Runtime, ctx: UiContext) -> None:
    dialog = open_merge(qtbot, ctx)
    groups = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
    assert [(g.text(0), g.text(1), g.text(2)) for g in groups] == [("3 orders", "Web shop", "王小明")]
    assert "人民路 100 号" in groups[0].text(3)
    assert [groups[0].child(r).text(0) for r in range(3)] == ["#1", "#2", "#5"]
    assert dialog.ok_button.isEnabled()

    groups[0].child(2).setCheckState(0, Qt.CheckState.Unchecked)  # #5 stays on its own
    assert dialog.checked_ids() == [order_id(world, "#1"), order_id(world, "#2")]
    with qtbot.waitSignal(ctx.events.orders_changed, timeout=WAIT), qtbot.waitSignal(dialog.saved, timeout=WAIT) as saved:
        click_ok(dialog)
    first = order_id(world, "#1")
    assert saved.args == [first]
    assert [load(world, n).merge_group_id for n in ("#1", "#2", "#5")] == [first, first, None]


def test_merge_dialog_preselects_the_selection(qtbot, world: Runtime, ctx: UiContext) -> None:
    wanted = [order_id(world, "#5"), order_id(world, "#2")]
    dialog = open_merge(qtbot, ctx, wanted)
    assert dialog.selection_note.isHidden()
    assert dialog.checked_ids() == sorted(wanted) and dialog.tree.currentItem().text(0) == "3 orders"
    with qtbot.waitSignal(dialog.saved, timeout=WAIT) as saved:
        click_ok(dialog)
    assert saved.args == [min(wanted)]
    assert load(world, "#1").merge_group_id is None and load(world, "#5").merge_group_id == min(wanted)


def test_merge_dialog_says_why_a_selection_cannot_merge(qtbot, world: Runtime, ctx: UiContext) -> None:
    dialog = open_merge(qtbot, ctx, [order_id(world, "#1"), order_id(world, "#3")])
    assert dialog.selection_note.isVisible()
    note = dialog.selection_note.text()
    assert note.startswith("Selected orders #1, #3: order #3 goes to another buyer or address")
    assert "order #3 goes to another buyer or address than order #1" in note

    hold(world.db, world.actor, {order_id(world, "#1"): None}, "Suspected fraud")
    dialog = open_merge(qtbot, ctx, [order_id(world, "#1"), order_id(world, "#2")])
    assert dialog.selection_note.isHidden()  # held orders may merge
    from omsdesk.orders.allocation import allocate

    allocate(world.db, world.actor, {order_id(world, "#3"): None})
    dialog = open_merge(qtbot, ctx, [order_id(world, "#3"), order_id(world, "#1")])
    assert "cannot merge order #3: it is allocated" in dialog.selection_note.text()

    merge_orders(world.db, world.actor, {order_id(world, n): None for n in ("#1", "#2", "#5")})
    dialog = open_merge(qtbot, ctx, [order_id(world, "#1"), order_id(world, "#2")])
    assert dialog.selection_note.text() == "Selected orders #1, #2: they are merged already."
    assert dialog.tree.topLevelItemCount() == 0 and not dialog.ok_button.isEnabled()


def test_merge_dialog_shows_a_conflict_inline(qtbot, world: Runtime, ctx: UiContext) -> None:
    dialog = open_merge(qtbot, ctx, [order_id(world, "#1"), order_id(world, "#2")])
    edit_remarks(world.db, world.actor, order_id(world, "#2"), None, "先别发")
    click_ok(dialog)
    qtbot.waitUntil(dialog.message_row.isVisible, timeout=WAIT)
    assert "order #2 was changed by" in dialog.message.text() and dialog.reload_button.isVisible()
    assert load(world, "#1").merge_group_id is None
    dialog.reload_button.click()
    assert dialog.choices is None and not dialog.ok_button.isEnabled()  # until the orders are read again
    qtbot.waitUntil(lambda: dialog.choices is not None, timeout=WAIT)
    assert not dialog.message_row.isVisible() and dialog.checked_ids() == [order_id(world, "#1"), order_id(world, "#2")]
    with qtbot.waitSignal(dialog.saved, timeout=WAIT):
        click_ok(dialog)
    assert load(world, "#2").merge_group_id == order_id(world, "#1")



# -- split -------------------------------------------------------------------------------------------


def open_split(qtbot, rt: Runtime, ctx: UiContext, number: str) -> SplitDialog:
    dialog = SplitDialog(ctx, detail_of(rt, number))
    keep(qtbot, dialog)
    dialog.show()
    return dialog


def test_split_dialog_previews_exactly_what_the_split_stores(qtbot, world: Runtime, ctx: UiContext) -> None:
    before = load(world, "#2")  # lines: 1 × SKU-001, 2 × SKU-002, 3 × SKU-003; shipping spread over them
    dialog = open_split(qtbot, world, ctx, "#2")
    assert [type(spin) for spin in dialog.spins] == [QSpinBox] * 3
    assert [spin.maximum() for spin in dialog.spins] == [1, 2, 3]
    assert not dialog.ok_button.isEnabled() and "Set how many" in dialog.hint.text()
    for spin in dialog.spins:
        spin.setValue(spin.maximum())
    assert not dialog.ok_button.isEnabled() and "Everything would move" in dialog.hint.text()

    dialog.spins[0].setValue(0)
    dialog.spins[1].setValue(1)  # half of a line: its amounts split half up
    dialog.spins[2].setValue(3)
    kept_items, kept_total, moved_items, moved_total = dialog.preview()
    assert dialog.ok_button.isEnabled()
    assert (kept_items, moved_items) == (Decimal(2), Decimal(4))
    assert dialog.new_total.text() == f"¥{moved_total:,.2f}" and dialog.keep_total.text() == f"¥{kept_total:,.2f}"
    assert dialog.lines_table.item(0, 5).text() == "–"
    dialog.reason_combo.setEditText("Out-of-stock items ship later")
    with qtbot.waitSignal(ctx.events.orders_changed, timeout=WAIT), qtbot.waitSignal(dialog.saved, timeout=WAIT) as saved:
        click_ok(dialog)

    original, part = load(world, "#2"), load(world, "#2-2")
    assert saved.args == [part.id] and part.parent_id == original.id and part.origin is OrderOrigin.SPLIT
    assert (part.total, original.total) == (moved_total, kept_total)
    assert (part.item_count, original.item_count) == (moved_items, kept_items)
    assert original.total + part.total == before.total
    moved_lines = {line.channel_sku: line.net_total_incl_tax for line in part.lines}
    assert moved_lines == {"SKU-002": dialog.moved_line_amount(1), "SKU-003": dialog.moved_line_amount(2)}
    with world.db.reading() as session:
        reasons = list(session.scalars(select(OrderTransition.reason).where(
            OrderTransition.order_id == original.id, OrderTransition.operation == "split")))
    assert reasons and "Out-of-stock items ship later" in reasons[0]


def test_split_dialog_takes_decimal_quantities_where_the_line_has_them(qtbot, rt: Runtime, ctx: UiContext) -> None:
    stock_world(rt)
    tea = ChannelOrderLine(external_id="tea", channel_sku="SKU-003", title="龙井茶 (kg)", quantity=Decimal("2.5"),
                           unit_price=Decimal("10.00"), subtotal=Decimal("25.00"), subtotal_tax=Decimal("3.25"),
                           total=Decimal("25.00"), total_tax=Decimal("3.25"))
    order = channel_order(7, lines=1)
    order = replace(order, lines=(*order.lines, tea), total=order.total + Decimal("28.25"),
                    total_tax=order.total_tax + Decimal("3.25"))
    import_world(rt, [order])
    dialog = open_split(qtbot, rt, ctx, "#7")
    tea_spin = dialog.spins[1]
    assert isinstance(dialog.spins[0], QSpinBox) and isinstance(tea_spin, QDoubleSpinBox)
    assert tea_spin.decimals() == 1 and tea_spin.maximum() == 2.5
    tea_spin.setValue(1.5)
    assert dialog.moved() == {dialog.detail.lines[1].id: Decimal("1.5")}
    with qtbot.waitSignal(dialog.saved, timeout=WAIT):
        click_ok(dialog)
    part = load(rt, "#7-2")
    assert part.lines[0].quantity == Decimal("1.5") and part.total == dialog.preview()[3]


def test_split_dialog_shows_a_refusal_inline(qtbot, world: Runtime, ctx: UiContext) -> None:
    from omsdesk.orders.allocation import allocate

    detail = detail_of(world, "#1")
    assert allocate(world.db, world.actor, {detail.id: detail.version}).done == [detail.id]
    dialog = open_split(qtbot, world, ctx, "#1")
    dialog.spins[1].setValue(1)
    click_ok(dialog)
    qtbot.waitUntil(dialog.message_row.isVisible, timeout=WAIT)
    assert "cannot split order #1: it is allocated" in dialog.message.text()
    assert dialog.isVisible() and dialog.ok_button.isEnabled()
    with world.db.reading() as session:
        assert session.scalar(select(Order.id).where(Order.parent_id == detail.id)) is None


# -- manual orders -----------------------------------------------------------------------------------


def open_manual(qtbot, ctx: UiContext) -> ManualOrderDialog:
    dialog = ManualOrderDialog(ctx)
    keep(qtbot, dialog)
    dialog.show()
    return dialog


def add_by_code(qtbot, dialog: ManualOrderDialog, code: str) -> None:
    rows = dialog.lines_table.rowCount()
    quantities = [dialog.lines_table.item(r, 2).text() for r in range(rows)]
    dialog.sku_picker.edit.setText(code)
    dialog.sku_picker.look_up(code)  # what Enter after a scan does
    qtbot.waitUntil(lambda: dialog.lines_table.rowCount() > rows or [
        dialog.lines_table.item(r, 2).text() for r in range(rows)] != quantities, timeout=WAIT)


def test_manual_order_totals_and_creation(qtbot, rt: Runtime, ctx: UiContext) -> None:
    skus = stock_world(rt)
    dialog = open_manual(qtbot, ctx)
    assert not dialog.ok_button.isEnabled() and dialog.currency() == "CNY"
    qtbot.keyClicks(dialog.buyer_edits["name"], "Wang Li (ACME Trading)")  # keyClicks types Latin only
    qtbot.keyClicks(dialog.buyer_edits["phone"], "021-5555 1234")
    assert dialog.address_edits["name"].text() == "Wang Li (ACME Trading)"  # the recipient follows the buyer
    assert dialog.address_edits["phone"].text() == "021-5555 1234"
    dialog.address_edits["line1"].setText("浦东新区世纪大道 100 号 15 楼")
    dialog.address_edits["city"].setText("上海市")
    dialog.address_edits["postcode"].setText("200120")
    add_by_code(qtbot, dialog, "SKU-003")
    add_by_code(qtbot, dialog, "SKU-001")
    add_by_code(qtbot, dialog, "sku-003")  # scanned again: one more on its line
    table = dialog.lines_table
    assert [(table.item(r, 0).text(), table.item(r, 2).text(), table.item(r, 3).text()) for r in range(2)] == [
        ("SKU-003", "2", "28.25"), ("SKU-001", "1", "11.30")]  # list prices excl. tax + 13 %
    table.item(1, 4).setText("1.30")  # discount on the T-shirt line
    table.item(1, 5).setText("6")  # tax rate 6 %
    dialog.shipping_edit.setText("12")
    assert [table.item(r, 6).text() for r in range(2)] == ["¥56.50", "¥10.00"]
    labels = {key: label.text() for key, label in dialog.total_labels.items()}
    assert labels == {"goods": "¥67.80", "discount": "-¥1.30", "shipping": "¥12.00", "tax": "¥7.07",
                      "total": "¥78.50"}
    assert dialog.total_captions["tax"].text() == "Tax included"

    with qtbot.waitSignal(ctx.events.orders_changed, timeout=WAIT), qtbot.waitSignal(dialog.saved, timeout=WAIT) as saved:
        click_ok(dialog)
    with rt.db.reading() as session:
        order = session.get(Order, saved.args[0])
        lines = [(line.sku_id, line.quantity, line.total_incl_tax) for line in order.lines]
        assert order.origin is OrderOrigin.MANUAL and order.number.startswith("MO-")
        assert (order.buyer_name, order.ship_name, order.ship_phone, order.ship_city) == (
            "Wang Li (ACME Trading)", "Wang Li (ACME Trading)", "021-5555 1234", "上海市")
        assert order.total == Decimal("78.50") and order.total_tax == Decimal("7.07")
        assert order.shipping_total == Decimal("12.00") and order.prices_include_tax
        assert lines == [(skus["SKU-003"], Decimal(2), Decimal("56.50")), (skus["SKU-001"], Decimal(1), Decimal("10.00"))]
        assert order.state in (OrderState.NEW, OrderState.APPROVED)


def test_manual_order_refusals_name_the_field_or_line(qtbot, rt: Runtime, ctx: UiContext) -> None:
    stock_world(rt)
    dialog = open_manual(qtbot, ctx)
    add_by_code(qtbot, dialog, "SKU-002")
    table = dialog.lines_table
    table.item(0, 2).setText("abc")  # a pasted value the editor would not have taken
    assert "Line 1: the quantity “abc” is not a number" in dialog.message.text()
    assert not dialog.ok_button.isEnabled() and table.item(0, 2).background().color().name() == "#fee2e2"
    table.item(0, 2).setText("2")
    assert dialog.message_row.isHidden() and dialog.ok_button.isEnabled()

    click_ok(dialog)  # no buyer yet
    qtbot.waitUntil(dialog.message_row.isVisible, timeout=WAIT)
    assert "enter the buyer's name" in dialog.message.text()
    assert "dc2626" in dialog.buyer_edits["name"].styleSheet()

    dialog.buyer_edits["name"].setText("李娜")
    table.item(0, 2).setText("0")
    click_ok(dialog)
    qtbot.waitUntil(lambda: "quantity must be positive" in dialog.message.text(), timeout=WAIT)
    assert "line 1 (SKU-002)" in dialog.message.text()
    assert table.item(0, 2).background().color().name() == "#fee2e2"
    with rt.db.reading() as session:
        assert session.scalar(select(Order.id).where(Order.origin == OrderOrigin.MANUAL)) is None
