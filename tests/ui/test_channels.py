"""The Channels workspace: shops table, shop dialog basics, sync with progress, cancel, errors, automatic sync.

More in test_channels_shop_dialog.py (settings per channel, verdicts), test_channels_outbox.py and
test_channels_runs.py (re-sync, retry of failed orders, the tabs).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from connectors.base import OrderParseFailure
from omsdesk.db.types import utc_now
from omsdesk.runtime import Runtime
from omsdesk.sync.shops import ShopInfo, get_shop
from omsdesk.ui.channels.shops_table import ShopsTableModel
from omsdesk.ui.channels.workspace import ChannelsWorkspace
from omsdesk.ui.context import UiContext
from omsdesk.ui.sync import SyncManager, is_due
from tests.fakes import ScriptedConnector, make_order
from tests.ui.conftest import add_test_shop


class SlowConnector(ScriptedConnector):
    """Pages take a while, so that a test can press Cancel in the middle."""

    def iter_order_pages(self, modified_after, cancelled=None) -> Iterator:
        for page in super().iter_order_pages(modified_after, cancelled):
            time.sleep(0.05)
            yield page


def workspace_with(qtbot, ctx: UiContext, connector_factory=None) -> ChannelsWorkspace:
    manager = SyncManager(ctx, connector_factory=connector_factory)
    workspace = ChannelsWorkspace(ctx, manager)
    qtbot.addWidget(workspace)
    workspace.resize(1280, 800)
    workspace.show()
    return workspace


def cell(workspace: ChannelsWorkspace, row: int, column: str) -> str:
    return workspace.model.index(row, ShopsTableModel.HEADERS.index(column)).data()


def test_shops_model_passes_the_model_tester(qtbot, qtmodeltester, rt: Runtime, ctx: UiContext) -> None:
    add_test_shop(rt, "Shop A")
    add_test_shop(rt, "Shop B", "https://b.example.com")
    workspace = workspace_with(qtbot, ctx)
    qtbot.waitUntil(lambda: workspace.model.rowCount() == 2, timeout=20000)
    qtmodeltester.check(workspace.model, force_py=True)
    assert cell(workspace, 0, "channel") == "WooCommerce"
    assert cell(workspace, 0, "last_result") == "Never synced"
    assert cell(workspace, 0, "failed_pushes") == "0"
    assert cell(workspace, 0, "auto_sync") == "Off"
    assert workspace.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "https://shop.example.com"


def test_add_dialog_shows_validation_next_to_the_form(qtbot, rt: Runtime, ctx: UiContext) -> None:
    workspace = workspace_with(qtbot, ctx)
    dialog = workspace.add_shop()
    dialog.name_edit.setText("My shop")
    dialog.url_edit.setText("not a url")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.isVisible()
    assert dialog.error_label.isVisible()
    assert "is not an http(s) address" in dialog.error_label.text()
    assert "dc2626" in dialog.url_edit.styleSheet()

    dialog.url_edit.setText("https://shop.example.com")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert "Consumer key is required for WooCommerce" in dialog.error_label.text()
    assert dialog.url_edit.styleSheet() == ""


def test_duplicate_name_from_the_service_is_shown_not_raised(qtbot, rt: Runtime, ctx: UiContext) -> None:
    add_test_shop(rt, "Taken")
    workspace = workspace_with(qtbot, ctx)
    dialog = workspace.add_shop()
    for edit, value in ((dialog.name_edit, "taken"), (dialog.url_edit, "https://x.example.com"),
                        (dialog.key_edit, "ck_1"), (dialog.secret_edit, "cs_1")):
        edit.setText(value)
    dialog.save()
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=20000)
    assert "already exists" in dialog.error_label.text()
    assert dialog.isVisible()


def test_edit_keeps_stored_secret_when_left_empty(qtbot, rt: Runtime, ctx: UiContext) -> None:
    shop_id = add_test_shop(rt, "Shop A")
    workspace = workspace_with(qtbot, ctx)
    qtbot.waitUntil(lambda: workspace.selected_shop() is not None, timeout=20000)
    dialog = workspace.edit_shop()
    assert dialog is not None and dialog.secret_edit.text() == ""
    assert dialog.secret_edit.echoMode() == dialog.secret_edit.EchoMode.Password
    dialog.auto_sync_spin.setValue(15)
    with qtbot.waitSignal(dialog.saved, timeout=20000):
        dialog.save()
    assert get_shop(rt.db, shop_id).auto_sync_minutes == 15
    from omsdesk.sync.shops import shop_config
    assert shop_config(rt.db, rt.secrets, shop_id)[1].secret == "cs_test"
    qtbot.waitUntil(lambda: cell(workspace, 0, "auto_sync") == "Every 15 min", timeout=20000)


def test_sync_now_shows_progress_then_the_result_with_errors(qtbot, rt: Runtime, ctx: UiContext) -> None:
    shop_id = add_test_shop(rt)
    failure = OrderParseFailure("77", "line_items[0].quantity", "'x' is not a number")
    connector = SlowConnector([make_order(n) for n in range(1, 10)], page_size=3, failures=[failure])
    workspace = workspace_with(qtbot, ctx, lambda _id: connector)
    qtbot.waitUntil(lambda: workspace.selected_shop() is not None, timeout=20000)
    progress_seen: list[str] = []
    ctx.events.sync_progress.connect(lambda p: progress_seen.append(workspace.progress_rows[shop_id].bar.format()))
    with qtbot.waitSignal(ctx.events.sync_finished, timeout=10_000) as finished:
        qtbot.mouseClick(workspace.sync_button, Qt.MouseButton.LeftButton)
        assert workspace.progress_box.isVisible()
        assert not workspace.sync_button.isEnabled()
    result = finished.args[0]
    assert (result.new, result.failed, result.status) == (9, 1, "partial")
    assert progress_seen[-1] == "Page 3 of 3"
    assert not workspace.progress_box.isVisible()
    errors = workspace.import_errors
    qtbot.waitUntil(lambda: errors.table.rowCount() == 1, timeout=20000)
    assert [errors.table.item(0, c).text() for c in range(3)] == ["77", "line_items[0].quantity", "'x' is not a number"]
    assert workspace.tabs.tabText(workspace.tabs.indexOf(errors)) == "Import errors (1)"
    workspace.tabs.setCurrentWidget(errors)
    assert errors.table.isVisible()
    assert "9 new" in workspace.result_label.text()
    qtbot.waitUntil(lambda: workspace.history_table.rowCount() == 1, timeout=20000)
    assert workspace.history_table.item(0, 1).text() == "Finished with errors"
    assert workspace.history_table.item(0, 2).text() == "9"


def test_cancel_stops_the_sync(qtbot, rt: Runtime, ctx: UiContext) -> None:
    shop_id = add_test_shop(rt)
    connector = SlowConnector([make_order(n) for n in range(1, 200)], page_size=2)
    workspace = workspace_with(qtbot, ctx, lambda _id: connector)
    qtbot.waitUntil(lambda: workspace.selected_shop() is not None, timeout=20000)
    with qtbot.waitSignal(ctx.events.sync_finished, timeout=10_000) as finished:
        workspace.sync_selected()
        qtbot.waitSignal(ctx.events.sync_progress, timeout=20000).wait()
        workspace.progress_rows[shop_id].cancel_button.click()
    result = finished.args[0]
    assert result.status == "cancelled"
    assert 0 < result.new < 199
    qtbot.waitUntil(lambda: cell(workspace, 0, "last_result") == "Cancelled · " + (
        f"{result.new} new, 0 updated, 0 unchanged, 0 failed"), timeout=20000)


def test_same_shop_never_syncs_twice_at_once(qtbot, rt: Runtime, ctx: UiContext) -> None:
    shop_id = add_test_shop(rt)
    manager = SyncManager(ctx, connector_factory=lambda _id: SlowConnector([make_order(1)], page_size=1))
    assert manager.sync(shop_id) is True
    assert manager.sync(shop_id) is False
    qtbot.waitUntil(lambda: not manager.is_running(shop_id), timeout=20000)


def _info(rt: Runtime, shop_id: int, **changes) -> ShopInfo:
    from dataclasses import replace
    return replace(get_shop(rt.db, shop_id), **changes)


def test_automatic_sync_is_due_after_its_interval(rt: Runtime) -> None:
    shop_id = add_test_shop(rt)
    now = utc_now()
    assert not is_due(_info(rt, shop_id, auto_sync_minutes=0))
    assert is_due(_info(rt, shop_id, auto_sync_minutes=5, last_sync_at=None))
    assert not is_due(_info(rt, shop_id, auto_sync_minutes=5, last_sync_at=now - timedelta(minutes=4)))
    assert is_due(_info(rt, shop_id, auto_sync_minutes=5, last_sync_at=now - timedelta(minutes=5)))
    assert not is_due(_info(rt, shop_id, auto_sync_minutes=5, active=False, last_sync_at=None))


def test_automatic_sync_starts_due_shops_only(qtbot, rt: Runtime, ctx: UiContext) -> None:
    from omsdesk.sync.shops import ShopSpec, add_shop
    due = add_shop(rt.db, rt.secrets, rt.actor, ShopSpec("woocommerce", "Due", "https://a.example.com", "k", "s",
                                                          auto_sync_minutes=10))
    add_test_shop(rt, "Manual only")
    started: list[int] = []
    ctx.events.sync_started.connect(started.append)
    manager = SyncManager(ctx, connector_factory=lambda _id: ScriptedConnector([make_order(1)]))
    with qtbot.waitSignal(ctx.events.sync_finished, timeout=20000):
        manager.start_due()
    assert started == [due]
    manager.start_due()  # just synced: not due again
    qtbot.wait(200)
    assert started == [due]


def test_keyring_warning_banner(qtbot, rt: Runtime, ctx: UiContext, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rt.secrets, "warning", "No system keyring is available")
    workspace = workspace_with(qtbot, ctx)
    assert workspace.banner.isVisible()
    assert workspace.banner.text() == "No system keyring is available"
