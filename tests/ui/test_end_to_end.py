"""A merchant adds a simulated WooCommerce shop, syncs it, and finds an order."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from connectors.simulator import ChannelSimulator, WooCommerceShop
from connectors.woocommerce import parse_order
from omsdesk.runtime import Runtime
from omsdesk.ui.context import UiContext
from omsdesk.ui.formatting import format_money
from omsdesk.ui.main_window import MainWindow
from omsdesk.ui.orders.model import COLUMN_INDEX

ORDERS = 120


@pytest.fixture
def simulated_shop() -> Iterator[WooCommerceShop]:
    simulator = ChannelSimulator(port=0)
    shop = simulator.add_woocommerce_shop(slug="webshop", seed=11, orders=ORDERS)
    simulator.start()
    yield shop
    simulator.stop()


def fill_shop_dialog(qtbot, window: MainWindow, shop: WooCommerceShop, secret: str | None = None):
    dialog = window.channels.add_shop()
    qtbot.keyClicks(dialog.name_edit, "Simulated web shop")
    qtbot.keyClicks(dialog.url_edit, shop.url)
    qtbot.keyClicks(dialog.key_edit, shop.key)
    qtbot.keyClicks(dialog.secret_edit, secret or shop.secret)
    return dialog


def test_add_sync_search_and_inspect(qtbot, rt: Runtime, ctx: UiContext, simulated_shop: WooCommerceShop) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentWidget(window.channels)

    dialog = fill_shop_dialog(qtbot, window, simulated_shop)
    with qtbot.waitSignal(dialog.saved, timeout=20000):
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    channels = window.channels
    qtbot.waitUntil(lambda: channels.selected_shop() is not None
                    and channels.selected_shop().name == "Simulated web shop", timeout=20000)

    with qtbot.waitSignal(ctx.events.sync_finished, timeout=30_000) as finished:
        qtbot.mouseClick(channels.sync_button, Qt.MouseButton.LeftButton)
    assert finished.args[0].new == ORDERS and finished.args[0].ok

    orders = window.orders
    qtbot.waitUntil(lambda: orders.model.rowCount() == ORDERS, timeout=20000)
    assert orders.count_label.text() == f"{ORDERS} orders"
    assert orders.stack.currentWidget() is orders.table

    payloads = simulated_shop.store.orders(simulated_shop.store.ids())
    expected = [parse_order(p) for p in payloads]
    buyer = expected[5].buyer_name
    with_buyer = [o for o in expected if o.buyer_name.lower().startswith(buyer.lower())]
    with qtbot.waitSignal(orders.model.refreshed, timeout=20000):
        orders.search_edit.setText(buyer)  # keyClicks cannot type Chinese
    assert orders.model.rowCount() == len(with_buyer) < ORDERS
    assert orders.count_label.text() in (f"{len(with_buyer)} orders", "1 order")

    with qtbot.waitSignal(orders.detail_loaded, timeout=20000):
        orders.select_row(0)
    number = orders.model.index(0, COLUMN_INDEX["number"]).data()
    order = next(o for o in with_buyer if o.number == number)
    detail = orders.detail
    assert detail.number_label.text() == order.number
    assert detail.lines_table.rowCount() == len(order.lines)
    assert [detail.lines_table.item(r, 0).text() for r in range(len(order.lines))] == [
        line.channel_sku for line in order.lines]
    assert {detail.lines_table.item(r, 1).text() for r in range(len(order.lines))} == {"unmapped"}  # no catalogue
    assert detail.money_labels["total"].text() == format_money(order.total, order.currency)
    assert order.buyer_name in detail.buyer_label.text()


def test_connection_test_reports_wrong_credentials(qtbot, rt: Runtime, ctx: UiContext,
                                                   simulated_shop: WooCommerceShop) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    dialog = fill_shop_dialog(qtbot, window, simulated_shop)
    with qtbot.waitSignal(dialog.connection_tested, timeout=10_000) as tested:
        dialog.test_button.click()
    assert tested.args[0] is True
    assert f"{ORDERS} orders" in dialog.test_label.text()

    dialog.key_edit.setText("ck_not_the_right_key")
    with qtbot.waitSignal(dialog.connection_tested, timeout=10_000) as tested:
        dialog.test_button.click()
    assert tested.args[0] is False
    assert "Consumer key is invalid." in dialog.test_label.text()

    dialog.key_edit.setText(simulated_shop.key)
    dialog.secret_edit.setText("cs_wrong_secret")
    with qtbot.waitSignal(dialog.connection_tested, timeout=10_000) as tested:
        dialog.test_button.click()
    assert tested.args[0] is False
    assert "refused the credentials" in dialog.test_label.text()
    assert dialog.isVisible()
