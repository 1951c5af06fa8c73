"""100,000 SKUs: the list opens, scrolls, sorts and searches without loading the catalogue."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from decimal import Decimal

from PySide6.QtCore import Qt
from sqlalchemy import func, insert, select, text

from omsdesk.catalog.barcodes import ean13_check_digit
from omsdesk.catalog.models import Barcode, BarcodeKind, Sku, SkuKind
from omsdesk.catalog.services import create_brand, create_category
from omsdesk.runtime import Runtime
from omsdesk.ui.context import UiContext
from omsdesk.ui.products.model import BLOCK_SIZE, COLUMN_INDEX
from omsdesk.ui.products.workspace import ProductsWorkspace

SKUS = 100_000
NAMES = ["纯棉T恤", "Cotton tee", "连帽卫衣", "Hoodie", "牛仔裤", "Jeans", "运动鞋", "Sneaker"]
COLOURS = ["黑", "白", "灰", "Navy", "Red"]


def barcode(n: int) -> str:
    first12 = f"69{n:010d}"
    return first12 + ean13_check_digit(first12)


BASE = 1_000


def bulk_insert_skus(rt: Runtime, count: int) -> None:
    """BASE distinct SKUs through Core ``insert()``, copied in SQL up to ``count`` (codes P000000…),
    and an EAN-13 barcode for every tenth SKU."""
    created = datetime(2026, 1, 1, tzinfo=UTC)
    clothes = create_category(rt.db, rt.actor, "服装")
    brand = create_brand(rt.db, rt.actor, "Acme")
    rows = [{
        "code": f"P{n:06d}", "name": f"{NAMES[n % len(NAMES)]} {COLOURS[n % len(COLOURS)]} {n}",
        "kind": SkuKind.STANDARD, "attributes": {"颜色": COLOURS[n % len(COLOURS)]},
        "category_id": clothes if n % 2 else None, "brand_id": brand if n % 3 else None, "unit": "pcs",
        "cost": Decimal(n % 5000) / 100, "list_price": Decimal(n * 7) / 100, "tax_class": "standard",
        "active": True, "created_at": created, "version": 1,
    } for n in range(BASE)]
    columns = [c.name for c in Sku.__table__.columns if c.name != "id"]
    varying = {"code": "printf('P%06d', CAST(substr(code, 2) AS INTEGER) + :copy * :base)"}
    select_list = ", ".join(varying.get(c, c) for c in columns)
    copy_sql = text(f"INSERT INTO skus ({', '.join(columns)}) SELECT {select_list} FROM skus WHERE id <= :last")
    with rt.db.transaction() as session:
        session.execute(insert(Sku.__table__), rows)
        last = session.scalar(select(func.max(Sku.id)))
        for copy in range(1, count // BASE):
            session.execute(copy_sql, {"copy": copy, "base": BASE, "last": last})
        ids = dict(session.execute(select(Sku.code, Sku.id)).all())
        session.execute(insert(Barcode.__table__), [
            {"sku_id": ids[f"P{n:06d}"], "code": barcode(n), "kind": BarcodeKind.EAN13} for n in range(0, count, 10)])


def test_hundred_thousand_skus_stay_responsive(qtbot, rt: Runtime, ctx: UiContext) -> None:
    started = time.perf_counter()
    bulk_insert_skus(rt, SKUS)
    inserted = time.perf_counter()

    workspace = ProductsWorkspace(ctx)
    qtbot.addWidget(workspace)
    workspace.resize(1280, 800)
    workspace.show()
    qtbot.waitUntil(lambda: workspace.model.rowCount() == SKUS, timeout=30_000)
    opened = time.perf_counter()
    assert workspace.count_label.text() == "100,000 SKUs"
    qtbot.wait(20)
    assert workspace.model.fetched_blocks == [0], workspace.model.fetched_blocks
    assert workspace.model.index(0, 0).data() == "P000000"

    workspace.table.scrollToBottom()
    qtbot.wait(50)
    scrolled = time.perf_counter()
    last_block = (SKUS - 1) // BLOCK_SIZE
    fetched = list(workspace.model.fetched_blocks)
    assert fetched[-1] == last_block and len(fetched) <= 3, fetched
    assert workspace.model.index(SKUS - 1, 0).data() == f"P{SKUS - 1:06d}"

    with qtbot.waitSignal(workspace.model.refreshed, timeout=30_000):
        workspace.table.horizontalHeader().setSortIndicator(COLUMN_INDEX["price"], Qt.SortOrder.DescendingOrder)
    sorted_at = time.perf_counter()
    assert workspace.model.index(0, COLUMN_INDEX["price"]).data() == "69.93"  # (999 × 7) / 100

    with qtbot.waitSignal(workspace.model.refreshed, timeout=30_000) as search:
        workspace.search_edit.setText("连帽")
    searched = time.perf_counter()
    assert search.args == [SKUS // len(NAMES)]

    wanted = 54_320
    workspace.search_edit.clear()
    with qtbot.waitSignal(workspace.detail_loaded, timeout=30_000) as loaded:
        workspace.search_edit.setText(barcode(wanted))
        workspace.search_entered()  # what the scanner's Enter does
    scanned = time.perf_counter()
    assert workspace.model.rowCount() == 1
    assert workspace.detail.code_label.text() == f"P{wanted:06d}" and loaded.args[0] == workspace.selected_sku_id()
    print(
        f"\n100k SKUs: insert {inserted - started:.2f}s, open (id query + first block) {opened - inserted:.2f}s, "
        f"scroll to end {scrolled - opened:.3f}s (blocks fetched: {fetched} of {last_block + 1}), "
        f"sort by price {sorted_at - scrolled:.2f}s, name search incl. 250 ms debounce {searched - sorted_at:.2f}s, "
        f"scan a barcode to the selected SKU's detail {scanned - searched:.2f}s"
    )
