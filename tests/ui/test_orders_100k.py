"""100,000 orders: the table opens and scrolls to the end fetching only the blocks it shows."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from PySide6.QtCore import Qt
from sqlalchemy import func, insert, select, text

from omsdesk.orders.models import Order, OrderState, PaymentStatus
from omsdesk.runtime import Runtime
from omsdesk.ui.context import UiContext
from omsdesk.ui.orders.model import BLOCK_SIZE
from omsdesk.ui.orders.workspace import OrdersWorkspace
from tests.ui.conftest import add_test_shop

ORDERS = 100_000
BUYERS = ["王小明", "李娜", "张伟", "Alice Smith", "Bob Jones", "刘洋", "陈静", "Emma Brown"]
CITIES = [("上海市", "CN"), ("北京市", "CN"), ("杭州市", "CN"), ("Berlin", "DE"), ("Chicago", "US")]


BASE = 1_000


def bulk_insert_orders(rt: Runtime, shop_id: int, count: int) -> Decimal:
    """BASE distinct orders through Core ``insert()``, then copied in SQL to ``count``; the top total."""
    epoch = datetime(2025, 1, 1, tzinfo=UTC)
    zero = Decimal("0.00")
    rows = []
    for n in range(BASE):
        created = epoch + timedelta(minutes=5 * n)
        city, country = CITIES[n % len(CITIES)]
        total = Decimal(1000 + (n * 37) % 90000) / 100
        rows.append({
            "shop_id": shop_id, "external_id": str(n), "number": f"{100000 + n}", "channel_status": "processing",
            "state": OrderState.NEW, "payment_status": PaymentStatus.PAID, "currency": "CNY",
            "buyer_name": BUYERS[n % len(BUYERS)], "buyer_email": "", "buyer_phone": f"138{n:08d}",
            "ship_city": city, "ship_country": country, "billing_address": {},
            "goods_subtotal": total, "discount_total": zero, "discount_tax": zero, "shipping_total": zero,
            "shipping_tax": zero, "fee_total": zero, "fee_tax": zero, "total_tax": zero, "total_excl_tax": total,
            "total": total, "refunded_total": zero, "item_count": Decimal(1 + n % 4),
            "channel_created_at": created, "channel_updated_at": created, "imported_at": created,
            "updated_at": created, "content_hash": "x", "version": 1,
        })
    columns = [c.name for c in Order.__table__.columns if c.name != "id"]
    varying = {"external_id": "external_id || '-' || :copy", "number": "CAST(number + :copy * :base AS TEXT)"}
    select_list = ", ".join(varying.get(c, c) for c in columns)
    copy_sql = text(f"INSERT INTO orders ({', '.join(columns)}) SELECT {select_list} FROM orders WHERE id <= :last")
    with rt.db.transaction() as session:
        session.execute(insert(Order.__table__), rows)
        last = session.scalar(select(func.max(Order.id)))
        for copy in range(1, count // BASE):
            session.execute(copy_sql, {"copy": copy, "base": BASE, "last": last})
    return max(row["total"] for row in rows)


def test_hundred_thousand_orders_stay_responsive(qtbot, rt: Runtime, ctx: UiContext) -> None:
    shop_id = add_test_shop(rt)
    started = time.perf_counter()
    top_total = bulk_insert_orders(rt, shop_id, ORDERS)
    inserted = time.perf_counter()

    workspace = OrdersWorkspace(ctx)
    qtbot.addWidget(workspace)
    workspace.resize(1280, 800)
    workspace.show()
    qtbot.waitUntil(lambda: workspace.model.rowCount() == ORDERS, timeout=20_000)
    opened = time.perf_counter()
    assert workspace.count_label.text() == "100,000 orders"
    first_blocks = list(workspace.model.fetched_blocks)
    assert first_blocks == [0], first_blocks

    workspace.table.scrollToBottom()
    qtbot.wait(50)
    last_block = (ORDERS - 1) // BLOCK_SIZE
    scrolled = time.perf_counter()
    assert workspace.model.fetched_blocks[-1] == last_block
    fetched = list(workspace.model.fetched_blocks)
    assert len(fetched) <= 3, fetched
    bottom = workspace.model.index(ORDERS - 1, 0).data()
    assert bottom == "100000"  # the oldest order, sorted newest first

    with qtbot.waitSignal(workspace.model.refreshed, timeout=20_000):
        workspace.table.horizontalHeader().setSortIndicator(6, Qt.SortOrder.DescendingOrder)  # Total
    sorted_at = time.perf_counter()
    assert workspace.model.index(0, 6).data() == f"¥{top_total}"

    with qtbot.waitSignal(workspace.model.refreshed, timeout=20_000) as search:
        workspace.search_edit.setText("Alice")
    searched = time.perf_counter()
    assert search.args == [ORDERS // len(BUYERS)]
    print(
        f"\n100k orders: insert {inserted - started:.2f}s, open (id query + first block) {opened - inserted:.2f}s, "
        f"scroll to end {scrolled - opened:.3f}s (blocks fetched: {fetched} of {last_block + 1}), "
        f"sort by total {sorted_at - scrolled:.2f}s, search incl. 250 ms debounce {searched - sorted_at:.2f}s"
    )
