"""The lazy SKU model: a correct Qt model, formatted rows, SQL sorting and filtering, blocks on demand."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import pytest
from PySide6.QtCore import QModelIndex, Qt

from omsdesk.catalog.barcodes import add_barcode, ean13_check_digit
from omsdesk.catalog.bundles import ComponentSpec, set_bundle_components
from omsdesk.catalog.models import SkuKind
from omsdesk.catalog.queries import SkuFilter, SkuSortKey
from omsdesk.catalog.services import (
    SalesAttribute, SkuSpec, SpuSpec, create_brand, create_category, create_sku, create_spu,
)
from omsdesk.inventory.ledger import MoveSpec, post_moves
from omsdesk.inventory.locations import add_location, create_warehouse, virtual_location, warehouse_root
from omsdesk.inventory.models import LocationKind, MoveReason
from omsdesk.runtime import Runtime
from omsdesk.ui.context import UiContext
from omsdesk.ui.products.model import BLOCK_SIZE, COLUMN_INDEX, SKU_ID_ROLE, SkusTableModel, format_amount


def ean13(first12: str) -> str:
    return first12 + ean13_check_digit(first12)


@dataclass
class Catalog:
    tees: list[int]  # TS01: 颜色 黑/白 × 尺码 S/M/L
    mug: int
    bundle: int
    old: int
    mug_barcode: str
    category: int
    brand: int
    bin_id: int


def seed_catalog(rt: Runtime) -> Catalog:
    db, actor = rt.db, rt.actor
    clothes = create_category(db, actor, "服装")
    tees_category = create_category(db, actor, "T恤", clothes)
    brand = create_brand(db, actor, "Acme")
    created = create_spu(db, actor, SpuSpec(
        "TS01", "纯棉T恤", [SalesAttribute("颜色", ["黑", "白"]), SalesAttribute("尺码", ["S", "M", "L"])],
        category_id=tees_category, brand_id=brand, cost=Decimal("12.5"), list_price=Decimal("59.00")))
    mug = create_sku(db, actor, SkuSpec("MUG-01", "Coffee mug 咖啡杯", cost=Decimal("8.1234"),
                                        list_price=Decimal("1299.00")))
    barcode = ean13("690123456789")
    add_barcode(db, actor, mug, barcode)
    bundle = create_sku(db, actor, SkuSpec("SET-01", "Tee and mug 套装", kind=SkuKind.VIRTUAL_BUNDLE))
    set_bundle_components(db, actor, bundle, [ComponentSpec(created.sku_ids[0], Decimal(1)),
                                              ComponentSpec(mug, Decimal(2))])
    old = create_sku(db, actor, SkuSpec("OLD-01", "Discontinued 停产", active=False))
    warehouse = create_warehouse(db, actor, "SH", "上海仓")
    with db.reading() as session:
        root = warehouse_root(session, warehouse).id
    bin_id = add_location(db, actor, root, LocationKind.BIN, "A01")
    with db.transaction() as session:
        supplier = virtual_location(session, LocationKind.SUPPLIER)
        post_moves(session, actor, [
            MoveSpec(created.sku_ids[0], Decimal(5), supplier, bin_id, MoveReason.RECEIPT),
            MoveSpec(mug, Decimal(7), supplier, bin_id, MoveReason.RECEIPT),
        ])
    return Catalog(created.sku_ids, mug, bundle, old, barcode, tees_category, brand, bin_id)


@pytest.fixture
def catalog(rt: Runtime) -> Catalog:
    return seed_catalog(rt)


def loaded_model(qtbot, ctx: UiContext, criteria: SkuFilter | None = None) -> SkusTableModel:
    model = SkusTableModel(ctx.rt.db, ctx.tasks)
    if criteria is not None:
        model.criteria = criteria
    with qtbot.waitSignal(model.refreshed, timeout=20000):
        model.refresh()
    return model


def texts(model: SkusTableModel, key: str) -> list[str]:
    return [model.index(row, COLUMN_INDEX[key]).data() for row in range(model.rowCount())]


def test_qmodeltester_with_data(qtbot, qtmodeltester, catalog: Catalog, ctx: UiContext) -> None:
    model = loaded_model(qtbot, ctx)
    assert model.rowCount() == 9
    qtmodeltester.check(model, force_py=True)


def test_rows_show_formatted_values(qtbot, catalog: Catalog, ctx: UiContext) -> None:
    model = loaded_model(qtbot, ctx)
    codes = texts(model, "code")
    assert codes[:2] == ["MUG-01", "OLD-01"] and codes[-1].startswith("TS01-")  # by code, case-insensitive
    mug = codes.index("MUG-01")

    def cell(row: int, key: str, role: Qt.ItemDataRole = Qt.ItemDataRole.DisplayRole):
        return model.index(row, COLUMN_INDEX[key]).data(role)

    assert cell(mug, "name") == "Coffee mug 咖啡杯"
    assert cell(mug, "barcodes") == catalog.mug_barcode
    assert cell(mug, "cost") == "8.1234"  # four places kept where they carry something
    assert cell(mug, "price") == "1,299.00"
    assert cell(mug, "on_hand") == "7" and cell(mug, "available") == "7"
    assert cell(mug, "price", Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert cell(mug, "active") == "Active"
    assert model.index(mug, 0).data(SKU_ID_ROLE) == catalog.mug
    tee = codes.index("TS01-C1-S")
    assert cell(tee, "attributes") == "颜色: 黑, 尺码: S"
    assert cell(tee, "category") == "服装 / T恤" and cell(tee, "brand") == "Acme"
    bundle = codes.index("SET-01")
    assert cell(bundle, "kind") == "Virtual bundle"
    assert cell(bundle, "on_hand") == "—" and cell(bundle, "available") == "3"  # min(5 / 1, 7 // 2)
    old = codes.index("OLD-01")
    assert cell(old, "active") == "Inactive"
    assert cell(old, "code", Qt.ItemDataRole.ForegroundRole) is not None  # muted


def test_header_click_sorts_in_sql(qtbot, catalog: Catalog, ctx: UiContext) -> None:
    model = loaded_model(qtbot, ctx)
    with qtbot.waitSignal(model.refreshed, timeout=20000):
        model.sort(COLUMN_INDEX["on_hand"], Qt.SortOrder.DescendingOrder)
    assert model.sort_key is SkuSortKey.ON_HAND and model.descending
    assert texts(model, "code")[:2] == ["MUG-01", "TS01-C1-S"]
    with qtbot.waitSignal(model.refreshed, timeout=20000):
        model.sort(COLUMN_INDEX["price"], Qt.SortOrder.DescendingOrder)
    assert texts(model, "price")[0] == "1,299.00"
    before = model.sort_key
    model.sort(COLUMN_INDEX["attributes"], Qt.SortOrder.AscendingOrder)  # no SQL sort: ignored
    assert model.sort_key is before and not model.loading


def test_filters_search_code_name_prefix_and_exact_barcode(qtbot, catalog: Catalog, ctx: UiContext) -> None:
    model = loaded_model(qtbot, ctx)
    for criteria, expected in (
        (SkuFilter(text="ts01-c2"), {"TS01-C2-S", "TS01-C2-M", "TS01-C2-L"}),
        (SkuFilter(text="coffee"), {"MUG-01"}),
        (SkuFilter(text="纯棉"), {f"TS01-C{c}-{s}" for c in (1, 2) for s in "SML"}),
        (SkuFilter(text=catalog.mug_barcode), {"MUG-01"}),
        (SkuFilter(text=catalog.mug_barcode[:6]), set()),  # a barcode matches whole, not by prefix
        (SkuFilter(kind=SkuKind.VIRTUAL_BUNDLE), {"SET-01"}),
        (SkuFilter(active=False), {"OLD-01"}),
        (SkuFilter(category_id=catalog.category, brand_id=catalog.brand, text="TS01-C1-M"), {"TS01-C1-M"}),
    ):
        with qtbot.waitSignal(model.refreshed, timeout=20000) as blocker:
            model.set_filter(criteria)
        assert set(texts(model, "code")) == expected, criteria
        assert blocker.args == [len(expected)]


def test_data_never_raises(qtbot, catalog: Catalog, ctx: UiContext, monkeypatch) -> None:
    model = loaded_model(qtbot, ctx)

    def broken(*_args, **_kwargs):
        raise RuntimeError("database went away")

    monkeypatch.setattr("omsdesk.ui.products.model.sku_rows_by_id", broken)
    assert model.index(0, 0).data() is None
    assert model.index(0, 0).data(SKU_ID_ROLE) is not None  # the id needs no query
    assert model.data(QModelIndex()) is None
    assert model.index(0, 99).data() is None


def test_rows_come_in_blocks_with_a_bounded_cache(qtbot, rt: Runtime, ctx: UiContext) -> None:
    model = SkusTableModel(rt.db, ctx.tasks)
    model._apply_ids(model._generation, list(range(1, 10 * BLOCK_SIZE)))  # ids need not exist
    model.index(0, 0).data()
    model.index(BLOCK_SIZE - 1, 3).data()
    assert model.fetched_blocks == [0]
    model.index(5 * BLOCK_SIZE + 3, 0).data()
    assert model.fetched_blocks == [0, 5]
    assert model.row_of(5 * BLOCK_SIZE + 4) == 5 * BLOCK_SIZE + 3


def test_amounts_keep_their_places() -> None:
    assert format_amount(None) == ""
    assert format_amount(Decimal("12.5")) == "12.50"
    assert format_amount(Decimal("12.3450")) == "12.345"
    assert format_amount(Decimal("1200")) == "1,200.00"
