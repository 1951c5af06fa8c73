"""Re-sync from a date, retrying the orders that failed to import, and the tabs that show runs and listings."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, QTime
from sqlalchemy import select

from connectors.base import OrderParseFailure
from omsdesk.orders.models import Order
from omsdesk.runtime import Runtime
from omsdesk.ui.channels.resync_dialog import as_utc
from omsdesk.ui.channels.workspace import ChannelsWorkspace
from omsdesk.ui.context import UiContext
from tests.fakes import PushingScriptedConnector, ScriptedConnector, make_order
from tests.ui.conftest import add_test_shop
from tests.ui.test_channels import workspace_with

BAD_ORDER = OrderParseFailure("9", "line_items[0].quantity", "'x' is not a number")


def tab_title(workspace: ChannelsWorkspace, page) -> str:
    return workspace.tabs.tabText(workspace.tabs.indexOf(page))


def synced_workspace(qtbot, ctx: UiContext, connector: ScriptedConnector) -> ChannelsWorkspace:
    workspace = workspace_with(qtbot, ctx, lambda _id: connector)
    qtbot.waitUntil(lambda: workspace.selected_shop() is not None, timeout=20000)
    with qtbot.waitSignal(ctx.events.sync_finished, timeout=20000):
        workspace.sync_selected()
    return workspace


def stored_ids(rt: Runtime) -> set[str]:
    with rt.db.reading() as session:
        return set(session.scalars(select(Order.external_id)))


def test_retry_all_failed_orders_imports_the_fixed_order(qtbot, rt: Runtime, ctx: UiContext) -> None:
    add_test_shop(rt)
    connector = PushingScriptedConnector([make_order(n) for n in range(1, 4)], failures=[BAD_ORDER])
    workspace = synced_workspace(qtbot, ctx, connector)
    errors = workspace.import_errors
    qtbot.waitUntil(lambda: errors.table.rowCount() == 1, timeout=20000)
    assert [errors.table.item(0, column).text() for column in (0, 1, 2, 4)] == [
        "9", "line_items[0].quantity", "'x' is not a number", "1"]
    assert tab_title(workspace, errors) == "Import errors (1)"
    assert errors.retry_button.isEnabled()

    connector.failures = []
    connector.orders.append(make_order(9))  # fixed in the shop
    with qtbot.waitSignal(ctx.events.sync_finished, timeout=20000) as finished:
        errors.retry_button.click()
        assert not errors.retry_button.isEnabled()  # the shop is busy
    result = finished.args[0]
    assert (result.new, result.failed, result.status) == (1, 0, "succeeded")
    assert stored_ids(rt) == {"1", "2", "3", "9"}
    qtbot.waitUntil(lambda: errors.stack.currentWidget() is errors.empty, timeout=20000)
    assert tab_title(workspace, errors) == "Import errors"
    assert not errors.retry_button.isEnabled()
    qtbot.waitUntil(lambda: workspace.history_table.rowCount() == 2, timeout=20000)


def test_an_order_failing_again_stays_listed_with_its_count(qtbot, rt: Runtime, ctx: UiContext) -> None:
    add_test_shop(rt)
    connector = PushingScriptedConnector([make_order(1)], failures=[BAD_ORDER])
    workspace = synced_workspace(qtbot, ctx, connector)
    errors = workspace.import_errors
    qtbot.waitUntil(lambda: errors.table.rowCount() == 1, timeout=20000)
    with qtbot.waitSignal(ctx.events.sync_finished, timeout=20000) as finished:
        workspace.retry_failed_orders()  # the channel still has no good copy of order 9
    assert finished.args[0].failed == 1
    qtbot.waitUntil(lambda: errors.table.item(0, 4).text() == "2", timeout=20000)
    assert errors.table.item(0, 2).text() == "no such order on the channel"


def test_a_channel_that_cannot_fetch_single_orders_says_so(qtbot, rt: Runtime, ctx: UiContext) -> None:
    shop_id = add_test_shop(rt)
    connector = ScriptedConnector([make_order(1)], failures=[BAD_ORDER])  # pulls, but cannot fetch one order
    workspace = synced_workspace(qtbot, ctx, connector)
    with qtbot.waitSignal(ctx.events.sync_failed, timeout=20000) as failed:
        workspace.retry_failed_orders()
    assert failed.args[0] == shop_id and "cannot fetch single orders" in failed.args[1]
    qtbot.waitUntil(lambda: workspace.result_label.text().startswith("The sync could not start: Scripted cannot "
                                                                     "fetch single orders"), timeout=20000)
    qtbot.wait(200)  # the reload after the failure keeps the message
    assert workspace.result_label.text().startswith("The sync could not start:")


def test_resync_from_a_date_passes_it_to_the_pull(qtbot, rt: Runtime, ctx: UiContext) -> None:
    add_test_shop(rt)
    connector = PushingScriptedConnector([make_order(n) for n in range(1, 6)])
    workspace = synced_workspace(qtbot, ctx, connector)
    assert connector.requested_from == [None]

    dialog = workspace.resync_selected()
    assert dialog is not None
    week_ago = datetime.now(UTC) - timedelta(days=7)
    assert abs(dialog.since() - week_ago) < timedelta(minutes=1)  # the default
    dialog.since_edit.setDateTime(QDateTime(QDate(2026, 10, 1), QTime(8, 30)))
    chosen = as_utc(dialog.since_edit.dateTime())
    assert chosen.tzinfo is UTC
    assert chosen == datetime(2026, 10, 1, 8, 30).astimezone(UTC)  # the local time the user picked
    with qtbot.waitSignal(ctx.events.sync_finished, timeout=20000) as finished:
        dialog.accept()
    assert connector.requested_from[-1] == chosen
    assert finished.args[0].unchanged == 5  # everything read again, nothing duplicated
    assert len(stored_ids(rt)) == 5

    with qtbot.waitSignal(ctx.events.sync_finished, timeout=20000):
        workspace.sync_selected()
    assert connector.requested_from[-1] not in (None, chosen)  # a normal sync goes on from its cursor


def test_resync_is_offered_only_for_an_idle_shop(qtbot, rt: Runtime, ctx: UiContext) -> None:
    add_test_shop(rt)
    from tests.ui.test_channels import SlowConnector
    connector = SlowConnector([make_order(n) for n in range(1, 40)], page_size=2)
    workspace = workspace_with(qtbot, ctx, lambda _id: connector)
    assert not workspace.resync_button.isEnabled() and not workspace.sync_button.isEnabled()  # no shop yet
    qtbot.waitUntil(lambda: workspace.selected_shop() is not None, timeout=20000)
    assert workspace.resync_button.isEnabled()
    with qtbot.waitSignal(ctx.events.sync_finished, timeout=20000):
        workspace.sync_selected()
        assert not workspace.resync_button.isEnabled()
        assert not workspace.import_errors.retry_button.isEnabled()
    assert workspace.resync_button.isEnabled()


def test_the_unmapped_listings_tab_counts_what_waits_for_a_mapping(qtbot, rt: Runtime, ctx: UiContext) -> None:
    add_test_shop(rt)
    connector = PushingScriptedConnector([make_order(n, lines=2) for n in range(1, 4)])
    workspace = synced_workspace(qtbot, ctx, connector)
    unmapped = workspace.unmapped
    qtbot.waitUntil(lambda: tab_title(workspace, unmapped) == "Unmapped listings (2)", timeout=20000)
    workspace.tabs.setCurrentWidget(unmapped)
    qtbot.waitUntil(lambda: unmapped.tree.topLevelItemCount() == 1, timeout=20000)
    assert unmapped.tree.topLevelItem(0).childCount() == 2  # SKU-001 and SKU-002 of the shop


def test_unresolved_errors_keep_the_latest_reason_until_the_order_imports(runtime: Runtime) -> None:
    """The query behind the Import errors tab, on SQLite and PostgreSQL."""
    from omsdesk.sync.service import run_sync
    from omsdesk.sync.shops import ShopSpec, add_shop
    from omsdesk.sync.service import unresolved_errors

    shop_id = add_shop(runtime.db, runtime.secrets, runtime.actor,
                       ShopSpec("woocommerce", "Web shop", "https://shop.example.com", "ck", "cs"))
    other_id = add_shop(runtime.db, runtime.secrets, runtime.actor,
                        ShopSpec("woocommerce", "Other shop", "https://other.example.com", "ck", "cs"))
    connector = ScriptedConnector([make_order(1)], failures=[BAD_ORDER, OrderParseFailure("", "id", "no id")])
    run_sync(runtime.db, None, runtime.actor, shop_id, connector=connector)
    connector.failures = [OrderParseFailure("9", "total", "'-' is not an amount"),
                          OrderParseFailure("7", "status", "unknown status 'x'")]
    run_sync(runtime.db, None, runtime.actor, shop_id, connector=connector)
    run_sync(runtime.db, None, runtime.actor, other_id, connector=ScriptedConnector([], failures=[BAD_ORDER]))

    errors = unresolved_errors(runtime.db, shop_id)
    assert [(e.external_id, e.field, e.message, e.times) for e in errors] == [
        ("7", "status", "unknown status 'x'", 1), ("9", "total", "'-' is not an amount", 2)]

    connector.failures = []
    connector.orders.append(make_order(9))
    run_sync(runtime.db, None, runtime.actor, shop_id, connector=connector, since=datetime(2000, 1, 1, tzinfo=UTC))
    assert [e.external_id for e in unresolved_errors(runtime.db, shop_id)] == ["7"]
