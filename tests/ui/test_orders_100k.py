"""100,000 orders: the table opens and scrolls to the end fetching only the blocks it shows; its ids are
held compactly and a selection is found again among them quickly."""

from __future__ import annotations

import time
from array import array
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
            "search_text": f"{100000 + n} {BUYERS[n % len(BUYERS)]} 138{n:08d}",  # as keys.search_text makes it
        })
    columns = [c.name for c in Order.__table__.columns if c.name != "id"]
    number = "CAST(number + :copy * :base AS TEXT)"
    varying = {"external_id": "external_id || '-' || :copy", "number": number,
               "search_text": f"{number} || ' ' || buyer_name || ' ' || buyer_phone"}
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
    assert isinstance(workspace.model.ids, array) and workspace.model.ids.typecode == "q"

    with qtbot.waitSignal(workspace.model.refreshed, timeout=20_000) as substring:
        workspace.search_edit.setText("ice Smi")  # the middle of a name: the trigram index
    assert substring.args == [ORDERS // len(BUYERS)]
    print(
        f"\n100k orders: insert {inserted - started:.2f}s, open (id query + first block) {opened - inserted:.2f}s, "
        f"scroll to end {scrolled - opened:.3f}s (blocks fetched: {fetched} of {last_block + 1}), "
        f"sort by total {sorted_at - scrolled:.2f}s, search incl. 250 ms debounce {searched - sorted_at:.2f}s"
    )


def test_rows_are_found_by_id_among_a_hundred_thousand(qtbot, rt: Runtime, ctx: UiContext) -> None:
    from omsdesk.ui.orders.model import OrdersTableModel

    model = OrdersTableModel(rt.db, ctx.tasks)
    ids = [(n * 7_919) % 1_000_003 + 1 for n in range(ORDERS)]  # distinct, in no order
    ids[5] = 256 * 3 + 1  # small ids: their bytes also appear inside others
    model._apply_ids(model._generation, ids)
    assert model.ids.typecode == "q" and model.ids.itemsize * len(model.ids) == 8 * ORDERS
    started = time.perf_counter()
    for row in (0, 5, ORDERS // 2, ORDERS - 1):
        assert model.row_of(ids[row]) == row
    assert model.row_of(-1) is None and model.row_of(2**70) is None and model.row_of(1_000_005) is None
    wanted = ids[::500] + [1_000_005]
    found = model.rows_of(wanted)
    elapsed = time.perf_counter() - started
    assert found == {order_id: row * 500 for row, order_id in enumerate(ids[::500])}  # the missing one left out
    assert model.rows_of(ids[:3]) == {ids[0]: 0, ids[1]: 1, ids[2]: 2}
    # looked up one by one many times (a selection restored id by id): a map takes over, same answers
    assert [model.row_of(order_id) for order_id in ids[-60:]] == list(range(ORDERS - 60, ORDERS))
    assert model._rows_of is not None and model.rows_of([ids[7], -1]) == {ids[7]: 7}
    model._apply_ids(model._generation, ids[::-1])
    assert model._rows_of is None and model.row_of(ids[0]) == ORDERS - 1
    print(f"\n100k ids: 7 lookups by id + one of {len(wanted)} ids in {elapsed * 1000:.0f} ms")


def test_an_id_is_never_found_across_the_bytes_of_two_others() -> None:
    from omsdesk.ui.lazy_table import position_of, positions_of

    ids = array("q", [0x100, 0, 1])  # 00 01 00 … | 00 00 … | 01 00 …: "1" first appears from byte 1
    assert [position_of(ids, value) for value in (0x100, 0, 1, 2)] == [0, 1, 2, None]
    assert position_of(array("q", [0x100, 0]), 1) is None
    many = array("q", range(100))
    assert positions_of(many, [99, 0, 5, 500]) == {99: 99, 0: 0, 5: 5}
    assert positions_of(many, range(-10, 200, 2)) == {n: n for n in range(0, 100, 2)}  # one pass for many
