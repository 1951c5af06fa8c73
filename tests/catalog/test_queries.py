"""SKU list, detail and SPU matrix queries; index use; the list with 100,000 SKUs."""

from __future__ import annotations

import time
from decimal import Decimal

import pytest
from sqlalchemy import insert, select, text

from omsdesk.catalog.barcodes import add_barcode
from omsdesk.catalog.bundles import ComponentSpec, set_bundle_components
from omsdesk.catalog.mapping import map_channel_sku
from omsdesk.catalog.models import Barcode, BarcodeKind, Sku, SkuKind
from omsdesk.catalog.queries import (
    SkuFilter, SkuSortKey, count_skus, list_sku_rows, matching_sku_ids, sku_detail, sku_rows_by_id, spu_detail,
)
from omsdesk.catalog.services import (
    SalesAttribute, SkuSpec, SpuSpec, create_brand, create_category, create_sku, create_spu, set_sku_active,
)
from omsdesk.inventory.ledger import reserve
from omsdesk.inventory.locations import create_warehouse
from omsdesk.inventory.models import WarehouseStock
from omsdesk.runtime import Runtime
from tests.catalog.conftest import add_shop
from tests.inventory.conftest import World

D = Decimal


@pytest.fixture
def catalog(world: World) -> dict[str, int]:
    """The inventory world's three SKUs plus a categorised, branded SPU of 4 and a virtual kit."""
    rt = world.rt
    clothes = create_category(rt.db, rt.actor, "服装")
    tees = create_category(rt.db, rt.actor, "T恤", clothes)
    brand = create_brand(rt.db, rt.actor, "Acme")
    created = create_spu(rt.db, rt.actor, SpuSpec(
        "POLO", "Polo 衫", [SalesAttribute("颜色", ["黑", "白"], codes=["BK", "WH"]), SalesAttribute("尺码", ["M", "L"])],
        category_id=tees, brand_id=brand, cost=D("20.0000"), list_price=D("59.00")))
    kit = create_sku(rt.db, rt.actor, SkuSpec("KIT-TEE-MUG", "Tee and mug", kind=SkuKind.VIRTUAL_BUNDLE))
    set_bundle_components(rt.db, rt.actor, kit, [ComponentSpec(world.skus["TS-BLK-M"], D(1)),
                                                 ComponentSpec(world.skus["MUG-01"], D(2))])
    add_barcode(rt.db, rt.actor, world.skus["MUG-01"], "4006381333931")
    add_barcode(rt.db, rt.actor, world.skus["MUG-01"], "MUG-OWN")
    world.receive("MUG-01", "7", "A-01")
    world.receive("MUG-01", "3", "B-01")
    world.receive("TS-BLK-M", "2", "A-02")
    with rt.db.transaction() as session:
        reserve(session, rt.actor, world.skus["MUG-01"], world.main, D(1), "order", 1)
    set_sku_active(rt.db, rt.actor, world.skus["TS-WHT-L"], False)
    return {"clothes": clothes, "tees": tees, "brand": brand, "spu": created.spu_id, "kit": kit,
            **{f"polo{n}": sku_id for n, sku_id in enumerate(created.sku_ids)}, **world.skus}


def codes(rt: Runtime, criteria: SkuFilter = SkuFilter(), **kwargs) -> list[str]:
    with rt.db.reading() as session:
        return [row.code for row in list_sku_rows(session, criteria, **kwargs)]


def test_the_list_is_sorted_by_code_and_every_sort_key_works(world: World, catalog) -> None:
    rt = world.rt
    assert codes(rt) == ["KIT-TEE-MUG", "MUG-01", "POLO-BK-L", "POLO-BK-M", "POLO-WH-L", "POLO-WH-M",
                         "TS-BLK-M", "TS-WHT-L"]
    with rt.db.reading() as session:
        for key in SkuSortKey:
            ascending = matching_sku_ids(session, SkuFilter(), key)
            descending = matching_sku_ids(session, SkuFilter(), key, descending=True)
            assert sorted(ascending) == sorted(descending) and len(ascending) == 8, key
    # The kit makes 2 (2 tees; 9 mugs → 4), like the 2 tees: equal, so the later id first.
    assert codes(rt, sort=SkuSortKey.AVAILABLE, descending=True)[:3] == ["MUG-01", "KIT-TEE-MUG", "TS-BLK-M"]
    world.receive("TS-BLK-M", "5", "A-02")  # 7 tees: now the kit makes floor(9 / 2) = 4
    later = create_sku(rt.db, rt.actor, SkuSpec("ZZ-4", "Four on hand"))
    world.skus["ZZ-4"] = later
    world.receive("ZZ-4", "4", "A-03")
    assert codes(rt, sort=SkuSortKey.AVAILABLE, descending=True)[:4] == ["MUG-01", "TS-BLK-M", "ZZ-4", "KIT-TEE-MUG"]
    with rt.db.reading() as session:
        assert sku_rows_by_id(session, [catalog["kit"]])[catalog["kit"]].available == D(4)
    assert codes(rt, sort=SkuSortKey.BRAND)[:4] == ["POLO-BK-M", "POLO-BK-L", "POLO-WH-M", "POLO-WH-L"]
    assert codes(rt, sort=SkuSortKey.ON_HAND, descending=True)[:2] == ["MUG-01", "TS-BLK-M"]


@pytest.mark.parametrize(("search", "expected"), [
    ("polo-b", ["POLO-BK-L", "POLO-BK-M"]),
    ("Polo 衫 白", ["POLO-WH-L", "POLO-WH-M"]),
    ("马克", ["MUG-01"]),
    ("4006381333931", ["MUG-01"]),
    ("MUG-OWN", ["MUG-01"]),
    ("400638133393", []),  # barcodes match whole, not by prefix
    ("T恤", ["TS-BLK-M"]),  # the start of a name
    ("%", []),
])
def test_search_by_code_name_or_barcode(world: World, catalog, search: str, expected: list[str]) -> None:
    assert codes(world.rt, SkuFilter(text=search)) == expected


def test_filters_combine_and_counts_agree(world: World, catalog) -> None:
    rt = world.rt
    with rt.db.reading() as session:
        assert count_skus(session) == 8
        assert count_skus(session, SkuFilter(category_id=catalog["clothes"])) == 4  # includes subcategories
        assert count_skus(session, SkuFilter(brand_id=catalog["brand"], text="polo-w")) == 2
        assert count_skus(session, SkuFilter(kind=SkuKind.VIRTUAL_BUNDLE)) == 1
        assert count_skus(session, SkuFilter(active=False)) == 1
        assert count_skus(session, SkuFilter(active=True, text="ts")) == 1


def test_rows_carry_spu_attributes_category_brand_barcodes_and_stock(world: World, catalog) -> None:
    with world.rt.db.reading() as session:
        rows = sku_rows_by_id(session, [catalog["MUG-01"], catalog["polo0"], catalog["kit"], catalog["TS-WHT-L"]])
    mug, polo, kit, white = (rows[catalog[k]] for k in ("MUG-01", "polo0", "kit", "TS-WHT-L"))
    assert (mug.barcodes, mug.on_hand, mug.available) == ("4006381333931, MUG-OWN", D(10), D(9))
    assert (polo.code, polo.spu_code, polo.attributes_text, polo.category_path, polo.brand) == (
        "POLO-BK-M", "POLO", "颜色: 黑, 尺码: M", "服装 / T恤", "Acme")
    assert (polo.cost, polo.list_price, polo.on_hand, polo.available) == (D("20.0000"), D("59.00"), D(0), D(0))
    assert (kit.kind, kit.on_hand, kit.available) == (SkuKind.VIRTUAL_BUNDLE, None, D(2))  # 2 tees; 9 mugs → 4
    assert white.active is False


def test_sku_detail_has_everything_the_panel_shows(world: World, catalog) -> None:
    rt = world.rt
    shop = add_shop(rt)
    map_channel_sku(rt.db, rt.actor, shop, channel_sku="WOO-MUG", sku_id=catalog["MUG-01"])
    with rt.db.reading() as session:
        mug = sku_detail(session, catalog["MUG-01"])
        kit = sku_detail(session, catalog["kit"])
        polo = sku_detail(session, catalog["polo3"])
        assert sku_detail(session, 999_999) is None
    assert mug is not None and kit is not None and polo is not None
    assert [(b.code, b.kind) for b in mug.barcodes] == [("4006381333931", BarcodeKind.EAN13), ("MUG-OWN", BarcodeKind.OWN)]
    assert [(s.warehouse_code, s.on_hand, s.reserved, s.available) for s in mug.stock] == [
        ("GZ", D(3), D(0), D(3)), ("SH", D(7), D(1), D(6))]  # same priority: by code
    assert [m.channel_sku for m in mug.mappings] == ["WOO-MUG"]
    assert mug.in_bundles == [(catalog["kit"], "KIT-TEE-MUG")]
    assert mug.uses == ["stock moves", "channel mappings", "bundles", "reservations"] and not mug.code_editable
    assert [(c.code, c.quantity) for c in kit.components] == [("TS-BLK-M", D(1)), ("MUG-01", D(2))]
    assert kit.virtual_available == D(2)
    assert (polo.code, polo.spu_code, polo.attributes, polo.category_path, polo.version) == (
        "POLO-WH-L", "POLO", {"颜色": "白", "尺码": "L"}, "服装 / T恤", 1)
    assert polo.code_editable


def test_spu_detail_has_its_variant_matrix(world: World, catalog) -> None:
    with world.rt.db.reading() as session:
        detail = spu_detail(session, catalog["spu"])
        assert spu_detail(session, 999_999) is None
    assert detail is not None
    assert [a.name for a in detail.sales_attributes] == ["颜色", "尺码"]
    assert list(detail.matrix) == [("黑", "M"), ("黑", "L"), ("白", "M"), ("白", "L")]
    assert detail.matrix[("白", "L")].code == "POLO-WH-L"
    assert (detail.category_path, detail.brand, len(detail.variants)) == ("服装 / T恤", "Acme", 4)


def test_search_uses_indexes_not_a_table_scan(runtime: Runtime) -> None:
    if runtime.db.url.startswith("postgresql"):
        pytest.skip("the plan check is for SQLite; PostgreSQL gets trigram indexes with the order-processing work")
    from sqlalchemy.dialects import sqlite

    from omsdesk.catalog.queries import _filtered

    statement = _filtered(select(Sku.id), SkuFilter(text="abc"), sqlite=True)
    sql = str(statement.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))
    with runtime.db.reading() as session:
        plan = " | ".join(row[-1] for row in session.execute(text(f"EXPLAIN QUERY PLAN {sql}")))
    assert "SCAN skus" not in plan and "SCAN barcodes" not in plan, plan
    assert "INDEX" in plan, plan


def test_the_list_with_100000_skus(runtime: Runtime) -> None:
    """Builds 100,000 SKUs (a barcode each, stock in two warehouses) with bulk inserts and
    prints how long the list's queries take. Asserts results only, never timings."""
    db = runtime.db
    first = create_warehouse(db, runtime.actor, "W1", "One")
    second = create_warehouse(db, runtime.actor, "W2", "Two")
    count = 100_000
    started = time.perf_counter()
    with db.transaction() as session:
        session.execute(insert(Sku), [
            {"code": f"P{n:06d}", "name": f"商品 Product {n:06d}", "kind": SkuKind.STANDARD, "attributes": {},
             "list_price": D(n % 500) + D("0.99")} for n in range(count)])
        ids = dict(session.execute(select(Sku.code, Sku.id)).all())
        session.execute(insert(Barcode), [
            {"sku_id": ids[f"P{n:06d}"], "code": f"20{n:011d}", "kind": BarcodeKind.OWN} for n in range(count)])
        session.execute(insert(WarehouseStock), [
            {"sku_id": sku_id, "warehouse_id": warehouse, "on_hand": D(n % 7), "reserved": D(0)}
            for n, sku_id in enumerate(ids.values()) for warehouse in (first, second)])
    if not db.is_sqlite:
        with db.transaction() as session:  # the statistics autovacuum would gather in a real database
            session.execute(text("ANALYZE"))
    print(f"\nbuilt {count:,} SKUs + barcodes + 2 × stock rows in {time.perf_counter() - started:.1f} s ({db.url[:10]})")

    def timed(label: str, call):
        begun = time.perf_counter()
        result = call()
        print(f"  {label:<42} {1000 * (time.perf_counter() - begun):8.1f} ms")
        return result

    with db.reading() as session:
        all_ids = timed("all ids, sorted by code", lambda: matching_sku_ids(session))
        timed("all ids, sorted by name descending", lambda: matching_sku_ids(session, sort=SkuSortKey.NAME,
                                                                             descending=True))
        timed("all ids, sorted by available", lambda: matching_sku_ids(session, sort=SkuSortKey.AVAILABLE))
        total = timed("count", lambda: count_skus(session))
        block = timed("one block of 100 rows", lambda: sku_rows_by_id(session, all_ids[50_000:50_100]))
        found = timed("search 'P0999' (code prefix)", lambda: matching_sku_ids(session, SkuFilter(text="P0999")))
        by_barcode = timed("search a barcode", lambda: matching_sku_ids(session, SkuFilter(text="2000000012345")))
    assert len(all_ids) == total == count
    row = block[all_ids[50_000]]
    assert row.code == "P050000" and row.barcodes == "2000000050000" and row.on_hand == D(2 * (50_000 % 7))
    assert len(found) == 100 and by_barcode == [ids["P012345"]]
