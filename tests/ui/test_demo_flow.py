"""The demo, as issue 4's "done when" reads: five shops, one per channel, syncing; a shipment
recorded in the app reaches its channel, and stock levels do too — in the simulator's record."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import select

from connectors.simulator import ChannelSimulator
from omsdesk.demo import DEMO_SHOPS, ensure_simulator, seed_demo
from omsdesk.orders.models import Order, OrderState, PaymentStatus
from omsdesk.runtime import Runtime
from omsdesk.sync.shops import list_shops
from omsdesk.ui.context import UiContext
from omsdesk.ui.main_window import MainWindow

ORDERS = 20


@pytest.fixture
def demo(rt: Runtime) -> Iterator[ChannelSimulator]:
    seed_demo(rt, orders=ORDERS, seed=4)
    simulator = ensure_simulator(rt)
    assert simulator is not None
    yield simulator
    simulator.stop()


def test_five_shops_sync_and_tracking_and_stock_reach_the_channels(qtbot, rt: Runtime, ctx: UiContext,
                                                                   demo: ChannelSimulator) -> None:
    window = MainWindow(ctx, demo=True)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    shops = {shop.name: shop for shop in list_shops(rt.db)}
    assert sorted(s.channel for s in shops.values()) == ["amazon", "pinduoduo", "shopify", "taobao", "woocommerce"]
    assert all(s.auto_sync_minutes == 1 for s in shops.values())  # on schedule

    finished: list[int] = []
    ctx.events.sync_finished.connect(lambda result: finished.append(result.shop_id))
    window.sync_manager.sync_all()
    qtbot.waitUntil(lambda: len(finished) == 5 and not window.sync_manager.running_ids, timeout=120_000)
    shops = {shop.name: shop for shop in list_shops(rt.db)}
    assert all(s.last_run is not None and s.last_run.status == "succeeded" for s in shops.values()), shops
    assert all(s.order_count >= ORDERS - 3 for s in shops.values())  # Amazon holds its unpaid ones

    served = {shop.slug: shop for shop in demo.shops}
    assert all(served[d.slug].pushes.entries("stock") for d in DEMO_SHOPS), "stock levels reached every channel"

    with rt.db.reading() as session:
        order_id, external_id, shop_id = session.execute(
            select(Order.id, Order.external_id, Order.shop_id).where(Order.state == OrderState.NEW,
                                                                     Order.payment_status == PaymentStatus.PAID)
            .order_by(Order.id)).first()
    web = next(s for s in shops.values() if s.id == shop_id)
    slug = next(d.slug for d in DEMO_SHOPS if d.name == web.name)
    orders = window.orders
    window.tabs.setCurrentWidget(orders)
    qtbot.waitUntil(lambda: orders.model.rowCount() > 0, timeout=20_000)
    with qtbot.waitSignal(orders.detail_loaded, timeout=20_000):
        assert orders.select_order(order_id)
    dialog = orders.record_shipment()
    qtbot.keyClicks(dialog.tracking_edit, "SF1234567890123")
    with qtbot.waitSignal(dialog.shipped, timeout=20_000):
        dialog.save()

    assert window.sync_manager.push(web.id)
    record = served[slug].pushes
    qtbot.waitUntil(lambda: any(e.key == f"{external_id}/SF1234567890123" for e in record.entries("tracking")),
                    timeout=30_000)
    qtbot.waitUntil(lambda: not window.sync_manager.is_pushing(web.id), timeout=20_000)
    window.close()
