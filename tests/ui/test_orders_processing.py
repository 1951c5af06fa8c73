"""Order processing from the Orders workspace, against the real services on SQLite.

Review an exception, merge two orders, split one, allocate a batch (progress, a summary naming each
failure, Reload), hold / release / cancel from the keyboard, stop a running batch, and the saved
views with their counts following every action.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QPushButton, QWidget
from sqlalchemy import func, select, text

from omsdesk.inventory.ledger import MoveSpec, post_moves
from omsdesk.inventory.locations import virtual_location
from omsdesk.inventory.models import LocationKind, MoveReason, StockBalance, WarehouseStock
from omsdesk.orders.models import Order, OrderIssue, OrderIssueKind, OrderState, OrderTransition
from omsdesk.orders.operations import set_priority
from omsdesk.runtime import Runtime
from omsdesk.ui.context import UiContext
from omsdesk.ui.orders.actions import BatchSummaryDialog
from omsdesk.ui.orders.address_dialog import AddressDialog
from omsdesk.ui.orders.merge_dialog import MergeDialog
from omsdesk.ui.orders.model import COLUMN_INDEX
from omsdesk.ui.orders.reason_dialog import ReasonDialog
from omsdesk.ui.orders.split_dialog import SplitDialog
from omsdesk.ui.orders.workspace import OrdersWorkspace
from tests.ui.order_builders import channel_order, import_world, order_id, stock_world

TIMEOUT = 20_000


# -- the order world -------------------------------------------------------------------------------


@pytest.fixture
def world(rt: Runtime) -> Runtime:
    """Stock of SKU-001…003 in warehouse SH; orders #1–#4 and #9, #10 arrive approved, #7 (a listing nobody
    mapped) and #8 (no street) wait for review; #9 and #10 are the same buyer at the same address."""
    stock_world(rt, stock=50)
    orders = [channel_order(n, buyer=f"买家{n}", phone=f"1380000{n:04d}", lines=2 if n != 4 else 3)
              for n in range(1, 5)]
    orders.append(channel_order(7, buyer="赵六", phone="13900007777", lines=4))  # SKU-004: not in the catalogue
    short = channel_order(8, buyer="钱七", phone="13900008888")
    orders.append(replace(short, shipping_address=replace(short.shipping_address, line1="")))
    orders.append(channel_order(9, buyer="李娜", phone="13900009999", lines=2))
    orders.append(channel_order(10, buyer="李娜", phone="13900009999", lines=1))
    import_world(rt, orders)
    return rt


def open_workspace(qtbot, ctx: UiContext) -> OrdersWorkspace:
    workspace = OrdersWorkspace(ctx)
    qtbot.addWidget(workspace)
    workspace.resize(1280, 800)
    workspace.show()
    qtbot.waitUntil(lambda: workspace.model.rowCount() > 0 and bool(workspace.views_panel.views), timeout=TIMEOUT)
    return workspace


def state_of(rt: Runtime, number: str) -> OrderState:
    with rt.db.reading() as session:
        return session.scalar(select(Order.state).where(Order.number == number))


def transitions(rt: Runtime, number: str) -> list[tuple[str, str, str, str]]:
    with rt.db.reading() as session:
        rows = session.execute(
            select(OrderTransition.operation, OrderTransition.from_state, OrderTransition.to_state,
                   OrderTransition.reason)
            .join(Order, Order.id == OrderTransition.order_id).where(Order.number == number)
            .order_by(OrderTransition.id)).all()
    return [tuple(row) for row in rows]


def row_text(workspace: OrdersWorkspace, number: str, column: str) -> str:
    row = workspace.model.row_of(order_id(workspace.ctx.rt, number))
    assert row is not None, f"{number} is not in the list"
    return workspace.model.index(row, COLUMN_INDEX[column]).data()


def select_numbers(qtbot, workspace: OrdersWorkspace, *numbers: str) -> list[int]:
    ids = [order_id(workspace.ctx.rt, number) for number in numbers]
    assert workspace.select_orders(ids) == len(ids)
    current = workspace.selected_order_id()
    qtbot.waitUntil(lambda: workspace.detail.detail is not None and workspace.detail.detail.id == current,
                    timeout=TIMEOUT)
    workspace.table.setFocus()
    return ids


def press(qtbot, workspace: OrdersWorkspace, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key typed while the order list has the focus (shortcuts go through Qt's shortcut map)."""
    workspace.activateWindow()
    qtbot.waitUntil(workspace.isActiveWindow, timeout=TIMEOUT)  # a dialog just closed: the window comes back
    workspace.table.setFocus()
    qtbot.keyClick(workspace.table, key, modifier)


def answer_dialogs(*handlers: Callable[[QWidget], bool]) -> QTimer:
    """Answer the modal dialogs that open next, in order: each handler gets the active modal widget and
    says whether it was the one it answers. Runs inside the dialog's own event loop."""
    pending = list(handlers)
    timer = QTimer()
    timer.setInterval(20)

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if widget is not None and pending and pending[0](widget):
            pending.pop(0)
        if not pending:
            timer.stop()

    timer.timeout.connect(poll)
    timer.start()
    timer.pending = pending  # type: ignore[attr-defined]
    return timer


def type_reason(qtbot, reason: str) -> Callable[[QWidget], bool]:
    def answer(widget: QWidget) -> bool:
        if not isinstance(widget, ReasonDialog):
            return False
        assert not widget.ok_button.isEnabled()  # no reason yet: OK waits
        qtbot.keyClicks(widget.combo.lineEdit(), reason)
        qtbot.keyClick(widget.combo.lineEdit(), Qt.Key.Key_Return)
        return True
    return answer


def confirm(expected: str) -> Callable[[QWidget], bool]:
    def answer(widget: QWidget) -> bool:
        if not isinstance(widget, QMessageBox):
            return False
        assert expected in widget.text()
        widget.button(QMessageBox.StandardButton.Yes).click()
        return True
    return answer


def wait_batch(qtbot, workspace: OrdersWorkspace, key: str, run: Callable[[], object]) -> object:
    with qtbot.waitSignal(workspace.batch_finished, timeout=TIMEOUT,
                          check_params_cb=lambda finished, _result: finished == key) as blocker:
        with qtbot.waitSignal(workspace.model.refreshed, timeout=TIMEOUT):
            run()
    return blocker.args[1]


def view_key(workspace: OrdersWorkspace, state: OrderState) -> str:
    """The built-in view that shows exactly the orders in ``state``."""
    for view in workspace.views_panel.views:
        if view.saved_id is None and view.criteria.states == (state,) and not view.criteria.issue_kinds:
            return view.key
    raise AssertionError(f"no built-in view for {state}: {workspace.views_panel.views}")


# -- review an exception ----------------------------------------------------------------------------


def test_review_an_exception_fix_the_address_and_approve(qtbot, world: Runtime, ctx: UiContext) -> None:
    workspace = open_workspace(qtbot, ctx)
    assert row_text(workspace, "#7", "flags") == "Unmapped SKU"
    assert row_text(workspace, "#8", "flags") == "Short address"
    assert row_text(workspace, "#1", "flags") == ""
    assert row_text(workspace, "#8", "state") == "New"
    flags = workspace.model.index(workspace.model.row_of(order_id(world, "#7")), COLUMN_INDEX["flags"])
    assert flags.data(Qt.ItemDataRole.ForegroundRole).name() == "#b91c1c"  # blocking: red

    # The unmapped one cannot be approved: the summary names the order and why.
    select_numbers(qtbot, workspace, "#7")
    result = wait_batch(qtbot, workspace, "approve", lambda: press(qtbot, workspace, Qt.Key.Key_A))
    assert result.done == [] and [f.number for f in result.failed] == ["#7"]
    summary = workspace.last_batch.summary
    assert isinstance(summary, BatchSummaryDialog) and summary.isVisible()
    assert summary.counts_label.text() == "0 approved, 1 failed"
    assert summary.failures.item(0, 0).text() == "#7"
    assert "map its listings first: SKU-004" in summary.failures.item(0, 1).text()
    assert not summary.reload_button.isVisible()  # no conflict: nothing to reload
    summary.close()
    assert state_of(world, "#7") is OrderState.NEW

    # #8: F2 opens the address (read again at its latest version), fix it, then A approves it.
    select_numbers(qtbot, workspace, "#8")
    press(qtbot, workspace, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: isinstance(getattr(workspace, "last_dialog", None), AddressDialog), timeout=TIMEOUT)
    dialog = workspace.last_dialog
    assert dialog.edits["line1"].text() == ""
    dialog.edits["line1"].setText("人民路 8 号 2 栋 301 室")  # keyClicks cannot type Chinese
    with qtbot.waitSignal(workspace.model.refreshed, timeout=TIMEOUT):
        with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT):
            dialog.ok_button.click()
    assert workspace.selected_ids() == [order_id(world, "#8")]  # fixing the address keeps the cursor here
    qtbot.waitUntil(lambda: workspace.detail.detail.shipping_address["line1"] == "人民路 8 号 2 栋 301 室",
                    timeout=TIMEOUT)
    result = wait_batch(qtbot, workspace, "approve", lambda: press(qtbot, workspace, Qt.Key.Key_A))
    assert result.done == [order_id(world, "#8")] and not result.failed
    assert workspace.last_batch.summary is None  # all went through: no dialog, a note
    assert workspace.note_label.text() == "1 approved"
    assert state_of(world, "#8") is OrderState.APPROVED
    assert row_text(workspace, "#8", "state") == "Approved"
    assert row_text(workspace, "#8", "flags") == ""
    assert transitions(world, "#8")[-1][:3] == ("approve", "new", "approved")
    with world.db.reading() as session:
        open_flags = session.scalar(select(func.count()).select_from(OrderIssue).where(
            OrderIssue.order_id == order_id(world, "#8"), OrderIssue.resolved_at.is_(None)))
    assert open_flags == 0


def test_after_an_action_the_cursor_moves_to_the_next_row(qtbot, world: Runtime, ctx: UiContext) -> None:
    workspace = open_workspace(qtbot, ctx)
    workspace.views_panel.choose(view_key(workspace, OrderState.APPROVED))
    qtbot.waitUntil(lambda: workspace.model.rowCount() == 6, timeout=TIMEOUT)
    with qtbot.waitSignal(workspace.detail_loaded, timeout=TIMEOUT):
        workspace.select_row(0)
    first, second = workspace.model.id_at(0), workspace.model.id_at(1)
    qtbot.waitUntil(lambda: workspace.actions_by_key["hold"].isEnabled(), timeout=TIMEOUT)
    answer = answer_dialogs(type_reason(qtbot, "Buyer asked to wait"))
    wait_batch(qtbot, workspace, "hold", lambda: press(qtbot, workspace, Qt.Key.Key_H))
    assert not answer.pending
    # The held order left the "approved" view; the cursor is on the order that came after it.
    assert workspace.model.row_of(first) is None
    assert workspace.selected_order_id() == second
    qtbot.waitUntil(lambda: workspace.detail.detail is not None and workspace.detail.detail.id == second,
                    timeout=TIMEOUT)


# -- merge, split -----------------------------------------------------------------------------------


def test_merge_two_orders_from_the_selection(qtbot, world: Runtime, ctx: UiContext) -> None:
    workspace = open_workspace(qtbot, ctx)
    ids = select_numbers(qtbot, workspace, "#9", "#10")
    assert workspace.count_label.text() == "8 orders · 2 selected"
    assert workspace.actions_by_key["merge"].isEnabled()
    press(qtbot, workspace, Qt.Key.Key_M)
    dialog = workspace.last_dialog
    assert isinstance(dialog, MergeDialog) and sorted(dialog.order_ids) == sorted(ids)
    qtbot.waitUntil(dialog.ok_button.isEnabled, timeout=TIMEOUT)
    with qtbot.waitSignal(workspace.model.refreshed, timeout=TIMEOUT):
        with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT):
            dialog.ok_button.click()
    with world.db.reading() as session:
        groups = set(session.scalars(select(Order.merge_group_id).where(Order.id.in_(ids))))
    assert len(groups) == 1 and None not in groups
    qtbot.waitUntil(lambda: sorted(workspace.selected_ids()) == sorted(ids), timeout=TIMEOUT)
    assert row_text(workspace, "#9", "flags").startswith("⛓ group")
    assert row_text(workspace, "#10", "flags").startswith("⛓ group")
    assert row_text(workspace, "#1", "flags") == ""
    assert any(op == "merge" for op, *_ in transitions(world, "#10"))
    assert workspace.actions_by_key["unmerge"].isEnabled()


def test_split_one_order_money_follows_the_lines(qtbot, world: Runtime, ctx: UiContext) -> None:
    with world.db.reading() as session:
        before = session.scalars(select(Order).where(Order.number == "#2")).one()
        total_before, lines_before = before.total, len(before.lines)
    workspace = open_workspace(qtbot, ctx)
    select_numbers(qtbot, workspace, "#2")
    press(qtbot, workspace, Qt.Key.Key_S)
    qtbot.waitUntil(lambda: isinstance(getattr(workspace, "last_dialog", None), SplitDialog), timeout=TIMEOUT)
    dialog = workspace.last_dialog
    assert lines_before == 2 and len(dialog.spins) == 2
    dialog.spins[1].setValue(1)  # one of the two SKU-002 moves to the new order
    with qtbot.waitSignal(workspace.model.refreshed, timeout=TIMEOUT):
        with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT) as saved:
            dialog.ok_button.click()
    new_id = saved.args[0]
    with world.db.reading() as session:
        original = session.scalars(select(Order).where(Order.number == "#2")).one()
        part = session.get(Order, new_id)
        assert part.parent_id == original.id
        assert original.total + part.total == total_before
        for order in (original, part):
            assert sum(line.net_total_incl_tax for line in order.lines) + order.residual == order.total
        assert [line.quantity for line in part.lines] == [Decimal(1)]
        part_number = part.number
    assert workspace.model.rowCount() == 9
    assert row_text(workspace, part_number, "flags") == "part of #2"
    assert any(op == "split" for op, *_ in transitions(world, "#2"))


# -- allocate a batch --------------------------------------------------------------------------------


def scrap_all(rt: Runtime, sku_code: str) -> None:
    """Nothing of ``sku_code`` is left on the shelf."""
    from omsdesk.catalog.models import Sku

    with rt.db.transaction() as session:
        sku_id = session.scalar(select(Sku.id).where(Sku.code == sku_code))
        balances = session.execute(select(StockBalance.location_id, StockBalance.on_hand).where(
            StockBalance.sku_id == sku_id, StockBalance.on_hand > 0)).all()
        scrap = virtual_location(session, LocationKind.SCRAP)
        post_moves(session, rt.actor, [MoveSpec(sku_id, quantity, location, scrap, MoveReason.SCRAP)
                                       for location, quantity in balances])


def reserved(rt: Runtime) -> dict[str, Decimal]:
    from omsdesk.catalog.models import Sku

    with rt.db.reading() as session:
        rows = session.execute(select(Sku.code, WarehouseStock.reserved).join(Sku, Sku.id == WarehouseStock.sku_id))
        return {code: quantity for code, quantity in rows if quantity}


def test_allocate_a_batch_with_progress_summary_and_reload(qtbot, world: Runtime, ctx: UiContext) -> None:
    scrap_all(world, "SKU-003")  # #4 needs three of it
    workspace = open_workspace(qtbot, ctx)
    ids = select_numbers(qtbot, workspace, "#1", "#2", "#3", "#4")
    assert workspace.actions_by_key["allocate"].isEnabled()
    set_priority(world.db, world.actor, {ids[1]: None}, 5)  # someone else changes #2 meanwhile

    progress: list[tuple[int, int]] = []
    workspace.batch_started.connect(lambda run: run.progressed.connect(lambda d, t: progress.append((d, t))))
    result = wait_batch(qtbot, workspace, "allocate",
                        lambda: press(qtbot, workspace, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier))
    assert progress and progress[-1] == (4, 4)
    assert sorted(result.allocated) == sorted([ids[0], ids[2]]) and result.waiting == [ids[3]]
    summary = workspace.last_batch.summary
    assert summary is not None and summary.isVisible()
    assert summary.counts_label.text() == "2 allocated, 1 waiting for stock, 1 failed"
    assert summary.failures.rowCount() == 1 and summary.failures.item(0, 0).text() == "#2"
    reason = summary.failures.item(0, 1).text()
    assert "order #2 was changed by" in reason and "reload it and try again" in reason
    assert summary.reload_button.isVisible()

    assert [state_of(world, n) for n in ("#1", "#2", "#3", "#4")] == [
        OrderState.ALLOCATED, OrderState.APPROVED, OrderState.ALLOCATED, OrderState.APPROVED]
    assert reserved(world) == {"SKU-001": Decimal(2), "SKU-002": Decimal(4)}
    assert row_text(workspace, "#4", "flags") == "Out of stock"

    # Reload shows #2 as it is now, selected; allocating it again goes through.
    with qtbot.waitSignal(workspace.model.refreshed, timeout=TIMEOUT):
        summary.reload_button.click()
    assert workspace.selected_ids() == [ids[1]]
    result = wait_batch(qtbot, workspace, "allocate",
                        lambda: press(qtbot, workspace, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier))
    assert result.allocated == [ids[1]] and workspace.last_batch.summary is None
    assert workspace.note_label.text() == "1 allocated"
    assert reserved(world) == {"SKU-001": Decimal(3), "SKU-002": Decimal(6)}
    assert row_text(workspace, "#2", "state") == "Allocated"
    assert transitions(world, "#2")[-1][:3] == ("allocate", "approved", "allocated")


def test_stop_a_running_batch(qtbot, world: Runtime, ctx: UiContext) -> None:
    workspace = open_workspace(qtbot, ctx)
    first, second = select_numbers(qtbot, workspace, "#7", "#8")
    # Another desktop holds the database's write lock: the batch waits on its first order.
    with world.db.transaction() as session:
        session.execute(text("UPDATE orders SET priority = priority WHERE id = 0"))
        press(qtbot, workspace, Qt.Key.Key_R, Qt.KeyboardModifier.ShiftModifier)  # review again
        run = workspace.last_batch
        qtbot.waitUntil(run.progress.isVisible, timeout=TIMEOUT)  # it takes long enough to show progress
        assert run.progress.labelText() == "Reviewing orders…"
        qtbot.mouseClick(run.progress.findChild(QPushButton), Qt.MouseButton.LeftButton)  # Stop
    qtbot.waitUntil(lambda: run.result is not None, timeout=TIMEOUT)
    assert run.result.cancelled and run.result.total == 1  # the order under way finished, the next was left
    summary = run.summary
    assert summary is not None and summary.isVisible() and summary.stopped_label.isVisible()
    assert summary.counts_label.text().startswith("1 reviewed")
    with world.db.reading() as session:
        flags = dict(session.execute(select(OrderIssue.order_id, OrderIssue.kind).where(
            OrderIssue.resolved_at.is_(None))).all())
    assert flags == {first: OrderIssueKind.UNMAPPED_SKU, second: OrderIssueKind.ADDRESS_INCOMPLETE}


# -- hold, release, cancel from the keyboard --------------------------------------------------------


def test_hold_release_cancel_from_the_keyboard(qtbot, world: Runtime, ctx: UiContext) -> None:
    workspace = open_workspace(qtbot, ctx)
    held = order_id(world, "#3")
    select_numbers(qtbot, workspace, "#3")
    answer = answer_dialogs(type_reason(qtbot, "Buyer asked to wait"))
    wait_batch(qtbot, workspace, "hold", lambda: press(qtbot, workspace, Qt.Key.Key_H))
    assert not answer.pending
    assert state_of(world, "#3") is OrderState.ON_HOLD
    assert transitions(world, "#3")[-1] == ("hold", "approved", "on_hold", "Buyer asked to wait")
    assert workspace.selected_order_id() != held  # moved on to the next order

    workspace.select_order(held)
    qtbot.waitUntil(lambda: workspace.actions_by_key["release"].isEnabled(), timeout=TIMEOUT)
    assert not workspace.actions_by_key["hold"].isEnabled()  # on hold already
    wait_batch(qtbot, workspace, "release", lambda: press(qtbot, workspace, Qt.Key.Key_R))
    assert state_of(world, "#3") is OrderState.APPROVED

    workspace.select_order(held)
    qtbot.waitUntil(lambda: workspace.actions_by_key["cancel"].isEnabled(), timeout=TIMEOUT)
    answer = answer_dialogs(type_reason(qtbot, "Buyer asked to cancel"), confirm("Cancel order #3?"))
    wait_batch(qtbot, workspace, "cancel", lambda: press(qtbot, workspace, Qt.Key.Key_Delete))
    assert not answer.pending
    assert state_of(world, "#3") is OrderState.CANCELLED
    assert transitions(world, "#3")[-1] == ("cancel", "approved", "cancelled", "Buyer asked to cancel")
    workspace.select_order(held)
    qtbot.waitUntil(lambda: not workspace.actions_by_key["cancel"].isEnabled(), timeout=TIMEOUT)
    assert not workspace.actions_by_key["hold"].isEnabled()


def test_a_reason_dialog_cancelled_changes_nothing(qtbot, world: Runtime, ctx: UiContext) -> None:
    workspace = open_workspace(qtbot, ctx)
    select_numbers(qtbot, workspace, "#1")

    def give_up(widget: QWidget) -> bool:
        if isinstance(widget, ReasonDialog):
            widget.reject()
            return True
        return False

    answer = answer_dialogs(give_up)
    press(qtbot, workspace, Qt.Key.Key_H)
    assert not answer.pending and workspace.last_batch is None
    assert state_of(world, "#1") is OrderState.APPROVED


# -- keyboard navigation, views ----------------------------------------------------------------------


def test_keyboard_navigation_and_selection(qtbot, world: Runtime, ctx: UiContext) -> None:
    workspace = open_workspace(qtbot, ctx)
    with qtbot.waitSignal(workspace.detail_loaded, timeout=TIMEOUT):
        workspace.select_row(0)
    first = workspace.model.id_at(0)
    press(qtbot, workspace, Qt.Key.Key_J)
    assert workspace.selected_order_id() == workspace.model.id_at(1)
    press(qtbot, workspace, Qt.Key.Key_K)
    assert workspace.selected_order_id() == first
    press(qtbot, workspace, Qt.Key.Key_Space)  # out of the selection
    assert workspace.selected_ids() == []
    press(qtbot, workspace, Qt.Key.Key_Space)  # back in
    qtbot.keyClick(workspace.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert len(workspace.selected_ids()) == 2

    press(qtbot, workspace, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert workspace.search_edit.hasFocus()
    qtbot.keyClicks(workspace.search_edit, "13900009999")  # 李娜's phone
    qtbot.waitUntil(lambda: workspace.model.rowCount() == 2, timeout=TIMEOUT)
    with qtbot.waitSignal(workspace.model.refreshed, timeout=TIMEOUT):
        qtbot.keyClick(workspace.search_edit, Qt.Key.Key_Escape)
    assert workspace.search_edit.text() == "" and workspace.model.rowCount() == 8
    assert workspace.table.hasFocus()

    press(qtbot, workspace, Qt.Key.Key_Return)  # Enter: the keyboard goes to the order's details
    assert workspace.detail.isAncestorOf(QApplication.focusWidget())
    press(qtbot, workspace, Qt.Key.Key_F1)
    rows = workspace.last_dialog.table
    shown = {rows.item(r, 0).text(): rows.item(r, 1).text() for r in range(rows.rowCount())}
    assert shown["Approve"].startswith("A") and shown["Hold…"] == "H" and shown["Allocate"] == "Ctrl+L"
    assert "Edit address…" in shown and "F2" in shown["Edit address…"]
    assert "A" in workspace.actions_by_key["approve"].toolTip()


def test_views_choose_filter_and_their_counts_follow_actions(qtbot, world: Runtime, ctx: UiContext) -> None:
    workspace = open_workspace(qtbot, ctx)
    panel = workspace.views_panel
    to_review = view_key(workspace, OrderState.NEW)
    assert panel.count_of(to_review) == 2
    with qtbot.waitSignal(workspace.model.refreshed, timeout=TIMEOUT):
        press(qtbot, workspace, getattr(Qt.Key, f"Key_{panel.views.index(panel.view(to_review)) + 1}"),
              Qt.KeyboardModifier.ControlModifier)
    assert workspace.view_key == to_review and workspace.model.rowCount() == 2
    assert panel.item_of(to_review).isSelected()

    select_numbers(qtbot, workspace, "#8")
    answer = answer_dialogs(type_reason(qtbot, "Waiting for the buyer to confirm the address"))
    with qtbot.waitSignal(panel.loaded, timeout=TIMEOUT):  # counted again once the burst of changes ends
        wait_batch(qtbot, workspace, "hold", lambda: press(qtbot, workspace, Qt.Key.Key_H))
    assert not answer.pending
    assert panel.count_of(to_review) == 1
    assert panel.count_of(view_key(workspace, OrderState.ON_HOLD)) == 1
    assert workspace.model.rowCount() == 1


def test_save_a_filter_as_a_view(qtbot, world: Runtime, ctx: UiContext) -> None:
    workspace = open_workspace(qtbot, ctx)
    with qtbot.waitSignal(workspace.model.refreshed, timeout=TIMEOUT):
        workspace.search_edit.setText("李娜")

    def name_it(widget: QWidget) -> bool:
        if not isinstance(widget, QInputDialog):
            return False
        widget.setTextValue("李娜的订单")
        widget.accept()
        return True

    answer = answer_dialogs(name_it)
    with qtbot.waitSignal(workspace.views_panel.loaded, timeout=TIMEOUT):
        press(qtbot, workspace, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not answer.pending
    saved = next(view for view in workspace.views_panel.views if view.saved_id is not None)
    assert saved.name == "李娜的订单" and saved.criteria.text == "李娜"
    assert workspace.views_panel.count_of(saved.key) == 2
    qtbot.waitUntil(lambda: workspace.view_key == saved.key, timeout=TIMEOUT)
    assert workspace.search_edit.text() == "" and workspace.model.rowCount() == 2


def test_rename_and_delete_a_saved_view(qtbot, world: Runtime, ctx: UiContext) -> None:
    from omsdesk.orders.queries import OrderFilter
    from omsdesk.orders.views import save_view

    view_id = save_view(world.db, world.actor, "待审核-天猫", OrderFilter(states=(OrderState.NEW,)))
    workspace = open_workspace(qtbot, ctx)
    panel = workspace.views_panel
    saved = next(view for view in panel.views if view.saved_id == view_id)
    assert panel.count_of(saved.key) == 2
    assert panel.item_of(saved.key).text(0) == "待审核-天猫"
    with qtbot.waitSignal(workspace.model.refreshed, timeout=TIMEOUT):
        panel.choose(saved.key)
    assert workspace.view_key == saved.key and workspace.model.rowCount() == 2

    def rename(widget: QWidget) -> bool:
        if not isinstance(widget, QInputDialog):
            return False
        assert widget.textValue() == "待审核-天猫"
        widget.setTextValue("Review: Tmall")
        widget.accept()
        return True

    answer = answer_dialogs(rename)
    with qtbot.waitSignal(panel.loaded, timeout=TIMEOUT):
        panel.rename_requested.emit(saved)
    assert not answer.pending
    assert panel.item_of(saved.key).text(0) == "Review: Tmall"
    assert workspace.view_key == saved.key  # still the chosen view

    answer = answer_dialogs(confirm("Delete the view “Review: Tmall” for everyone?"))
    with qtbot.waitSignal(panel.loaded, timeout=TIMEOUT):
        panel.delete_requested.emit(panel.view(saved.key))
    assert not answer.pending
    assert panel.view(saved.key) is None
    qtbot.waitUntil(lambda: workspace.view_key == "all" and workspace.model.rowCount() == 8, timeout=TIMEOUT)
    assert panel.item_of("all").isSelected()


def test_the_date_filter_counts_days_from_local_midnight() -> None:
    from datetime import UTC, datetime, timedelta

    from omsdesk.ui.orders.workspace import created_range

    now = datetime(2026, 11, 22, 15, 30, tzinfo=UTC)
    midnight = now.astimezone().replace(hour=0, minute=0, second=0, microsecond=0)
    assert created_range(None, now) == (None, None)
    assert created_range("today", now) == (midnight.astimezone(UTC), None)
    assert created_range("7d", now) == ((midnight - timedelta(days=6)).astimezone(UTC), None)
    last_30 = (midnight - timedelta(days=29)).astimezone(UTC)
    assert created_range("30d", now) == (last_30, None)
    assert created_range("older", now) == (None, last_30)  # "older" starts where "last 30 days" ends
    assert all(moment is None or moment.tzinfo is UTC for pair in map(
        lambda key: created_range(key, now), ("today", "7d", "30d", "older")) for moment in pair)
