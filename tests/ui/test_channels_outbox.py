"""The Outbox tab and the sending of pushes: states, errors, filters, retry, and the timer between pulls."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from connectors.base import TransientError
from omsdesk.fulfilment.services import ShipmentSpec, record_shipment
from omsdesk.orders.models import Order
from omsdesk.runtime import Runtime
from omsdesk.sync.cycle import push_now
from omsdesk.sync.models import OutboxItem, OutboxState
from omsdesk.sync.service import run_sync
from omsdesk.sync.shops import ShopSpec, add_shop
from omsdesk.ui.channels.workspace import ChannelsWorkspace
from omsdesk.ui.context import UiContext
from omsdesk.ui.sync import SyncManager
from tests.fakes import PushingScriptedConnector, make_order
from tests.ui.conftest import add_test_shop
from tests.ui.test_channels import cell, workspace_with

REFUSAL = "order is cancelled on the channel"


def shop_with_orders(rt: Runtime, name: str = "Web shop", *, auto_sync_minutes: int = 0,
                     active: bool = True) -> tuple[int, PushingScriptedConnector]:
    shop_id = add_shop(rt.db, rt.secrets, rt.actor, ShopSpec(
        "woocommerce", name, f"https://{name.lower().replace(' ', '-')}.example.com", "ck", "cs",
        auto_sync_minutes=auto_sync_minutes, active=active))
    connector = PushingScriptedConnector([make_order(n) for n in range(1, 4)])
    assert run_sync(rt.db, None, rt.actor, shop_id, connector=connector).ok
    return shop_id, connector


def sf_number(external_id: str) -> str:
    return f"SF{int(external_id):012d}"


def ship(rt: Runtime, shop_id: int, external_id: str, tracking: str) -> str:
    """Record a shipment of the whole order; returns its package id (the outbox item's key)."""
    with rt.db.reading() as session:
        order_id = session.scalar(select(Order.id).where(Order.shop_id == shop_id, Order.external_id == external_id))
    record_shipment(rt.db, rt.actor, ShipmentSpec(order_id, "SF", tracking, "顺丰速运"))
    with rt.db.reading() as session:
        return session.scalar(select(OutboxItem.key).order_by(OutboxItem.id.desc()).limit(1))


def refused_shipment(rt: Runtime, shop_id: int, connector: PushingScriptedConnector, external_id: str = "1") -> str:
    package = ship(rt, shop_id, external_id, sf_number(external_id))
    connector.refused_packages.add(package)
    push_now(rt.db, None, shop_id, connector=connector)
    connector.refused_packages.discard(package)
    return package


def states(rt: Runtime) -> dict[str, tuple[OutboxState, str]]:
    with rt.db.reading() as session:
        return {item.key: (item.state, item.last_error) for item in session.scalars(select(OutboxItem))}


def outbox_rows(workspace: ChannelsWorkspace) -> list[list[str]]:
    table = workspace.outbox.table
    return [[table.item(row, column).text() for column in range(table.columnCount())]
            for row in range(table.rowCount())]


def outbox_title(workspace: ChannelsWorkspace) -> str:
    return workspace.tabs.tabText(workspace.tabs.indexOf(workspace.outbox))


def test_a_failed_push_is_listed_with_its_error_and_retry_selected_queues_it_again(
        qtbot, rt: Runtime, ctx: UiContext) -> None:
    shop_id, connector = shop_with_orders(rt)
    package = refused_shipment(rt, shop_id, connector)
    workspace = workspace_with(qtbot, ctx, lambda _id: connector)
    qtbot.waitUntil(lambda: workspace.outbox.table.rowCount() == 1, timeout=20000)
    [row] = outbox_rows(workspace)
    assert row[1:5] == ["Tracking number", "#1 · 顺丰速运 SF000000000001", "Failed", "1"]
    assert row[6] == REFUSAL
    assert outbox_title(workspace) == "Outbox (1 failed)"
    assert cell(workspace, 0, "failed_pushes") == "1"
    state_cell = workspace.outbox.table.item(0, 3)
    assert state_cell.foreground().color().name() == "#b91c1c"

    assert not workspace.outbox.retry_selected_button.isEnabled()  # nothing selected yet
    workspace.outbox.table.selectRow(0)
    assert workspace.outbox.retry_selected_button.isEnabled()
    connector.failing.append(TransientError("the channel is down for maintenance"))  # the resend fails again
    workspace.tabs.setCurrentWidget(workspace.outbox)
    qtbot.mouseClick(workspace.outbox.retry_selected_button, Qt.MouseButton.LeftButton)

    def resent() -> bool:
        rows = outbox_rows(workspace)
        return bool(rows) and [rows[0][3], rows[0][4], rows[0][6]] == [
            "Pending", "1", "the channel is down for maintenance"]

    qtbot.waitUntil(resent, timeout=20000)
    assert outbox_rows(workspace)[0][5] not in ("", "Now")  # backing off: the next attempt's time
    assert states(rt)[package] == (OutboxState.PENDING, "the channel is down for maintenance")
    assert workspace.outbox.message.text() == "1 push queued again; sending it now."
    qtbot.waitUntil(lambda: cell(workspace, 0, "failed_pushes") == "0", timeout=20000)
    assert outbox_title(workspace) == "Outbox (1 pending)"


def test_retry_all_failed_sends_them_again(qtbot, rt: Runtime, ctx: UiContext) -> None:
    shop_id, connector = shop_with_orders(rt)
    first = refused_shipment(rt, shop_id, connector, "1")
    second = refused_shipment(rt, shop_id, connector, "2")
    workspace = workspace_with(qtbot, ctx, lambda _id: connector)
    qtbot.waitUntil(lambda: workspace.outbox.table.rowCount() == 2, timeout=20000)
    assert outbox_title(workspace) == "Outbox (2 failed)"
    assert workspace.outbox.retry_all_button.isEnabled()

    workspace.outbox.retry_all_button.click()

    qtbot.waitUntil(lambda: [row[3] for row in outbox_rows(workspace)] == ["Done", "Done"], timeout=20000)
    assert {shipment.package_id for shipment in connector.shipments} == {first, second}
    assert outbox_title(workspace) == "Outbox"
    assert not workspace.outbox.retry_all_button.isEnabled()
    done_cell = workspace.outbox.table.item(0, 3)
    assert done_cell.toolTip().startswith("Done ") and "channel reference F-" in done_cell.toolTip()


def test_the_outbox_filters_by_state_and_counts_each(qtbot, rt: Runtime, ctx: UiContext) -> None:
    shop_id, connector = shop_with_orders(rt)
    refused_shipment(rt, shop_id, connector, "1")
    ship(rt, shop_id, "2", sf_number("2"))
    push_now(rt.db, None, shop_id, connector=connector)  # accepted: done
    ship(rt, shop_id, "3", sf_number("3"))  # waiting
    workspace = workspace_with(qtbot, ctx, lambda _id: connector)
    outbox = workspace.outbox
    qtbot.waitUntil(lambda: outbox.table.rowCount() == 3, timeout=20000)
    assert [outbox.state_combo.itemText(i) for i in range(outbox.state_combo.count())] == [
        "All states (3)", "Pending (1)", "Sending (0)", "Failed (1)", "Done (1)"]
    assert outbox_title(workspace) == "Outbox (1 pending · 1 failed)"

    outbox.set_state_filter(OutboxState.FAILED)
    qtbot.waitUntil(lambda: [row[3] for row in outbox_rows(workspace)] == ["Failed"], timeout=20000)
    outbox.set_state_filter(OutboxState.PENDING)
    qtbot.waitUntil(lambda: [row[3] for row in outbox_rows(workspace)] == ["Pending"], timeout=20000)
    assert outbox_rows(workspace)[0][5] == "Now"  # due at once
    outbox.set_state_filter(None)
    qtbot.waitUntil(lambda: outbox.table.rowCount() == 3, timeout=20000)


def test_clicking_a_shops_failed_pushes_opens_them_in_the_outbox(qtbot, rt: Runtime, ctx: UiContext) -> None:
    shop_id, connector = shop_with_orders(rt)
    refused_shipment(rt, shop_id, connector)
    ship(rt, shop_id, "2", sf_number("2"))
    workspace = workspace_with(qtbot, ctx, lambda _id: connector)
    qtbot.waitUntil(lambda: cell(workspace, 0, "failed_pushes") == "1", timeout=20000)
    from omsdesk.ui.channels.shops_table import ShopsTableModel
    column = ShopsTableModel.HEADERS.index("failed_pushes")
    rect = workspace.table.visualRect(workspace.model.index(0, column))
    qtbot.mouseClick(workspace.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert workspace.tabs.currentWidget() is workspace.outbox
    qtbot.waitUntil(lambda: [row[3] for row in outbox_rows(workspace)] == ["Failed"], timeout=20000)


def test_the_timer_sends_due_pushes_of_active_shops_between_pulls(qtbot, rt: Runtime, ctx: UiContext) -> None:
    active_id, active = shop_with_orders(rt, "Active shop")
    inactive_id, inactive = shop_with_orders(rt, "Closed shop", active=False)
    active_package = ship(rt, active_id, "1", sf_number("1"))
    ship(rt, inactive_id, "1", sf_number("9"))
    connectors = {active_id: active, inactive_id: inactive}
    manager = SyncManager(ctx, connector_factory=connectors.get)
    started: list[int] = []
    ctx.events.sync_started.connect(started.append)

    with qtbot.waitSignal(ctx.events.outbox_changed, timeout=20000) as changed:
        manager.start_due()
    assert changed.args == [active_id]
    assert [shipment.package_id for shipment in active.shipments] == [active_package]
    assert inactive.shipments == []
    assert started == []  # no shop was due for a pull: only its outbox was sent
    qtbot.waitUntil(lambda: not manager.is_pushing(active_id), timeout=20000)


def test_a_sync_cycle_sends_the_outbox_and_says_so(qtbot, rt: Runtime, ctx: UiContext) -> None:
    shop_id, connector = shop_with_orders(rt)
    package = ship(rt, shop_id, "2", sf_number("2"))
    manager = SyncManager(ctx, connector_factory=lambda _id: connector)
    outbox_changes: list[int] = []
    ctx.events.outbox_changed.connect(outbox_changes.append)
    with qtbot.waitSignal(ctx.events.sync_finished, timeout=20000) as finished:
        assert manager.sync(shop_id)
    assert finished.args[0].shop_id == shop_id and finished.args[0].unchanged == 3
    assert outbox_changes == [shop_id]
    assert states(rt)[package][0] is OutboxState.DONE
    assert manager.push(shop_id)  # idle again: a push may start


def test_a_busy_shop_gets_no_separate_push(qtbot, rt: Runtime, ctx: UiContext) -> None:
    shop_id = add_test_shop(rt)
    from tests.ui.test_channels import SlowConnector
    manager = SyncManager(ctx, connector_factory=lambda _id: SlowConnector([make_order(n) for n in range(1, 5)],
                                                                           page_size=1))
    assert manager.sync(shop_id)
    assert manager.push(shop_id) is False
    qtbot.waitUntil(lambda: not manager.is_running(shop_id), timeout=20000)
