"""Catalogue import and export through Excel: validate everything first, write all or nothing."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
from sqlalchemy import func, select

from omsdesk.auth.models import AuditEntry
from omsdesk.catalog import services
from omsdesk.catalog.barcodes import add_barcode
from omsdesk.catalog.excel import (
    BARCODES,
    BRANDS,
    BUNDLES,
    CATEGORIES,
    MAPPINGS,
    SKUS,
    SPUS,
    ImportReport,
    export_catalog,
    export_template,
    import_catalog,
)
from omsdesk.catalog.models import (
    Barcode,
    Brand,
    BundleComponent,
    Category,
    ChannelSkuMapping,
    Sku,
    SkuKind,
    Spu,
)
from omsdesk.documents.excel import read_workbook
from omsdesk.runtime import Runtime
from omsdesk.sync.models import Shop

SHOP = "My Taobao shop 我的淘宝店"
SPU_HEADER = ["SPU code", "Name", "Category", "Brand", "Unit", "Sales attributes", "Description", "Active"]
SKU_HEADER = ["SKU code", "SPU code", "Name", "Kind", "Attributes", "Category", "Brand", "Unit", "Weight (kg)",
              "Length (cm)", "Width (cm)", "Height (cm)", "Cost", "List price", "Tax class", "Active"]


def add_shop(rt: Runtime, name: str = SHOP) -> int:
    with rt.db.transaction() as session:
        shop = Shop(channel="woocommerce", name=name, base_url="http://127.0.0.1:1", credentials_ref=name, options={})
        session.add(shop)
        session.flush()
        return shop.id


def workbook(path: Path, sheets: dict[str, list[list[Any]]]) -> Path:
    """A workbook as a person would make it: rows of plain values, the first one the headers."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def snapshot(rt: Runtime) -> dict[str, int]:
    with rt.db.reading() as session:
        return {model.__tablename__: session.scalar(select(func.count()).select_from(model)) or 0
                for model in (Spu, Sku, Barcode, ChannelSkuMapping, BundleComponent, Category, Brand, AuditEntry)}


def issues(report: ImportReport) -> set[tuple[str, int, str]]:
    return {(i.sheet, i.row, i.column) for i in report.errors}


def reason(report: ImportReport, sheet: str, row: int) -> str:
    return " | ".join(i.reason for i in report.errors if (i.sheet, i.row) == (sheet, row))


def sku(rt: Runtime, code: str) -> Sku:
    with rt.db.reading() as session:
        found = session.scalar(select(Sku).where(Sku.code == code))
        assert found is not None, code
        return found


# -- the template and a full import ----------------------------------------------------------------


def test_the_template_explains_every_column_and_imports_as_it_is(runtime: Runtime, tmp_path: Path) -> None:
    add_shop(runtime)
    export_template(tmp_path / "template.xlsx")
    sheets = read_workbook(tmp_path / "template.xlsx")
    assert list(sheets) == ["Read me", SPUS, SKUS, BARCODES, MAPPINGS, BUNDLES]
    readme = " ".join(str(v) for r in sheets["Read me"].rows for v in r.values_by_header.values())
    assert "Weight (kg)" in readme and "最多 4 位小数" in readme and "check digit" in readme
    assert sheets[SKUS].headers == SKU_HEADER
    assert sheets[SKUS].rows[0]["List price"] == 59 and sheets[SKUS].rows[0]["Name"] == "纯棉圆领T恤 黑 M"

    report = import_catalog(runtime.db, runtime.actor, tmp_path / "template.xlsx")
    assert report.ok and report.written, report.errors
    assert report.created == {CATEGORIES: 2, BRANDS: 1, SPUS: 1, SKUS: 2, BARCODES: 1, MAPPINGS: 1, BUNDLES: 1}
    shirt = sku(runtime, "TS-001-BLK-M")
    assert (shirt.name, shirt.list_price, shirt.cost, shirt.weight_kg) == (
        "纯棉圆领T恤 黑 M", Decimal("59.00"), Decimal("18.5"), Decimal("0.2"))
    assert shirt.attributes == {"颜色": "黑", "尺码": "M"}
    assert sku(runtime, "GIFT-01").kind is SkuKind.VIRTUAL_BUNDLE
    with runtime.db.reading() as session:
        spu = session.scalar(select(Spu).where(Spu.code == "TS-001"))
        assert spu is not None and shirt.spu_id == spu.id
        assert spu.sales_attributes[0]["name"] == "颜色" and spu.sales_attributes[0]["values"] == ["黑", "白"]
        assert services.category_paths(session)[shirt.category_id] == "服装 / T恤"
        assert session.scalar(select(Barcode.code).where(Barcode.sku_id == shirt.id)) == "6901234567892"
        mapping = session.scalar(select(ChannelSkuMapping))
        assert (mapping.channel_item_id, mapping.channel_variant_id, mapping.channel_sku, mapping.sku_id) == (
            "600123456789", "4201234567", "TS001-BM", shirt.id)
        component = session.scalar(select(BundleComponent))
        assert (component.component_sku_id, component.quantity) == (shirt.id, Decimal("2"))
        actions = set(session.scalars(select(AuditEntry.action)))
    assert {"spu.add", "sku.add", "barcode.add", "mapping.add", "bundle.components", "category.add"} <= actions


# -- export and round trip ----------------------------------------------------------------------------


def _catalogue(rt: Runtime, tmp_path: Path) -> None:
    add_shop(rt)
    export_template(tmp_path / "template.xlsx")
    assert import_catalog(rt.db, rt.actor, tmp_path / "template.xlsx").ok


def test_export_reads_back_with_the_same_values_as_numbers(runtime: Runtime, tmp_path: Path) -> None:
    _catalogue(runtime, tmp_path)
    counts = export_catalog(runtime.db, tmp_path / "catalogue.xlsx")
    assert counts == {SPUS: 1, SKUS: 2, BARCODES: 1, MAPPINGS: 1, BUNDLES: 1}
    book = openpyxl.load_workbook(tmp_path / "catalogue.xlsx")
    row = {book[SKUS].cell(1, c).value: book[SKUS].cell(3, c) for c in range(1, 17)}  # row 3: TS-001-BLK-M
    assert row["SKU code"].value == "TS-001-BLK-M"
    assert (row["List price"].value, row["List price"].data_type, row["List price"].number_format) == (
        59, "n", "#,##0.00")
    assert row["Cost"].value == 18.5 and row["Weight (kg)"].value == 0.2 and row["Active"].value is True
    assert row["Category"].value == "服装 / T恤" and row["Attributes"].value == "颜色=黑; 尺码=M"
    assert book[BARCODES]["B2"].value == "6901234567892" and book[BARCODES]["B2"].data_type == "s"
    assert [c.value for c in book[MAPPINGS][2]] == [SHOP, "600123456789", "4201234567", "TS001-BM", "TS-001-BLK-M"]
    assert [c.value for c in book[BUNDLES][2]] == ["GIFT-01", "TS-001-BLK-M", 2, None]
    assert book[SKUS].freeze_panes == "A2" and book[SKUS]["A1"].font.b


def test_reimporting_an_export_changes_only_what_was_edited(runtime: Runtime, tmp_path: Path) -> None:
    _catalogue(runtime, tmp_path)
    export_catalog(runtime.db, tmp_path / "catalogue.xlsx")
    before = snapshot(runtime)
    unchanged = import_catalog(runtime.db, runtime.actor, tmp_path / "catalogue.xlsx", update_existing=True)
    assert unchanged.ok and not unchanged.created and not unchanged.updated
    assert unchanged.skipped == {SPUS: 1, SKUS: 2, BARCODES: 1, MAPPINGS: 1, BUNDLES: 1}
    assert snapshot(runtime) == before  # not even an audit entry

    book = openpyxl.load_workbook(tmp_path / "catalogue.xlsx")
    book[SKUS]["N3"] = 69.9  # TS-001-BLK-M's list price
    book[SKUS]["M3"] = None  # its cost cleared
    book.save(tmp_path / "edited.xlsx")
    edited = import_catalog(runtime.db, runtime.actor, tmp_path / "edited.xlsx", update_existing=True)
    assert edited.ok and edited.updated == {SKUS: 1}, edited
    shirt = sku(runtime, "TS-001-BLK-M")
    assert (shirt.list_price, shirt.cost, shirt.name) == (Decimal("69.90"), None, "纯棉圆领T恤 黑 M")


def test_existing_codes_are_errors_unless_updating(runtime: Runtime, tmp_path: Path) -> None:
    _catalogue(runtime, tmp_path)
    path = workbook(tmp_path / "again.xlsx", {SKUS: [["SKU code", "Name", "List price"],
                                                     ["ts-001-blk-m", "改名 Renamed", 79]]})
    report = import_catalog(runtime.db, runtime.actor, path)
    assert issues(report) == {(SKUS, 2, "SKU code")} and "already exists" in report.errors[0].reason
    assert sku(runtime, "TS-001-BLK-M").name == "纯棉圆领T恤 黑 M"
    report = import_catalog(runtime.db, runtime.actor, path, update_existing=True)
    assert report.ok and report.updated == {SKUS: 1}
    shirt = sku(runtime, "TS-001-BLK-M")
    assert (shirt.name, shirt.list_price, shirt.cost) == ("改名 Renamed", Decimal("79"), Decimal("18.5"))  # cost kept
    # a price list: no Name column is needed to update, but a new SKU in it still needs a name
    prices = workbook(tmp_path / "prices.xlsx", {SKUS: [["SKU code", "List price"], ["TS-001-BLK-M", 75.5],
                                                        ["NEW-9", 1]]})
    report = import_catalog(runtime.db, runtime.actor, prices, update_existing=True)
    assert issues(report) == {(SKUS, 3, "Name")} and "a name is required" in report.errors[0].reason
    report = import_catalog(runtime.db, runtime.actor, prices, update_existing=True, only_valid_rows=True)
    assert report.updated == {SKUS: 1} and sku(runtime, "TS-001-BLK-M").list_price == Decimal("75.50")
    assert sku(runtime, "TS-001-BLK-M").name == "改名 Renamed"


# -- a broken file ----------------------------------------------------------------------------------


def broken(path: Path) -> Path:
    return workbook(path, {
        SPUS: [SPU_HEADER[:3], ["TS-002", "Polo 衫", "服装 / Polo"]],
        SKUS: [
            ["SKU code", "SPU code", "Name", "List price", "Cost"],
            ["TS-002-S", "TS-002", "Polo 衫 S", 39.9, 12.3456],  # 2: fine
            ["TS-002-M", "TS-002", None, 39.9, None],  # 3: missing name
            ["TS-002-S", "TS-002", "duplicate", 39.9, None],  # 4: duplicate code
            ["TS-002-L", "TS-002", "Polo 衫 L", 39.999, None],  # 5: three decimal places in a price
            ["TS-003-L", "NO-SUCH-SPU", "Orphan 孤儿", 10, None],  # 6: unknown SPU
            ["TS-002-XL", "TS-002", "Polo 衫 XL", "about ten", None],  # 7: not a number
        ],
        BARCODES: [
            ["SKU code", "Barcode", "Kind"],
            ["TS-002-S", "6901234567891", None],  # 2: bad check digit
            ["TS-002-S", "4006381333931", "ean13"],  # 3: fine
            ["TS-002-L", "4006381333931", None],  # 4: barcode given twice
            ["NOPE", "ABC-1", "own"],  # 5: unknown SKU
            ["TS-002-M", "4006381333948", None],  # 6: fine in itself, but its SKU's row is not
        ],
        MAPPINGS: [
            ["Shop", "Seller SKU", "SKU code"],
            ["No such shop", "P-S", "TS-002-S"],  # 2: unknown shop
            [SHOP, "P-S", "TS-002-S"],  # 3: fine
        ],
    })


def test_a_broken_file_changes_nothing_and_names_every_problem(runtime: Runtime, tmp_path: Path) -> None:
    add_shop(runtime)
    before = snapshot(runtime)
    report = import_catalog(runtime.db, runtime.actor, broken(tmp_path / "broken.xlsx"))
    assert not report.written and not report.created and not report.updated
    assert snapshot(runtime) == before
    assert issues(report) == {
        (SKUS, 3, "Name"), (SKUS, 4, "SKU code"), (SKUS, 5, "List price"), (SKUS, 6, "SPU code"),
        (SKUS, 7, "List price"), (BARCODES, 2, "Barcode"), (BARCODES, 4, "Barcode"), (BARCODES, 5, "SKU code"),
        (MAPPINGS, 2, "Shop"),
    }
    assert "a name is required" in reason(report, SKUS, 3)
    assert "also on row 2" in reason(report, SKUS, 4)
    assert "more than 2 decimal places" in reason(report, SKUS, 5)
    assert "NO-SUCH-SPU" in reason(report, SKUS, 6)
    assert "not a number" in reason(report, SKUS, 7)
    assert "wrong check digit" in reason(report, BARCODES, 2)
    assert "also on row 3" in reason(report, BARCODES, 4)
    assert "NOPE" in reason(report, BARCODES, 5)
    assert "No such shop" in reason(report, MAPPINGS, 2)
    assert [(i.sheet, i.row) for i in report.errors] == sorted(
        [(i.sheet, i.row) for i in report.errors], key=lambda k: ([SPUS, SKUS, BARCODES, MAPPINGS].index(k[0]), k[1]))
    # the reasons are translatable templates
    error = next(i for i in report.errors if (i.sheet, i.row) == (SKUS, 5))
    assert error.localized(lambda context, text: "{value} 的小数位多于 {places} 位") == "39.999 的小数位多于 2 位"


def test_only_the_valid_rows_when_asked_and_what_depends_on_bad_rows_is_left_out(runtime: Runtime,
                                                                                 tmp_path: Path) -> None:
    add_shop(runtime)
    report = import_catalog(runtime.db, runtime.actor, broken(tmp_path / "broken.xlsx"), only_valid_rows=True)
    assert report.written
    assert report.created == {CATEGORIES: 2, SPUS: 1, SKUS: 1, BARCODES: 1, MAPPINGS: 1}
    assert report.skipped == {SKUS: 5, BARCODES: 4, MAPPINGS: 1}
    with runtime.db.reading() as session:
        assert set(session.scalars(select(Sku.code))) == {"TS-002-S"}  # the first of the two TS-002-S rows
        assert set(session.scalars(select(Barcode.code))) == {"4006381333931"}
        assert session.scalar(select(ChannelSkuMapping.channel_sku)) == "P-S"
    # every row left out is listed, including the barcode of the SKU whose row has no name
    assert issues(report) == {
        (SKUS, 3, "Name"), (SKUS, 4, "SKU code"), (SKUS, 5, "List price"), (SKUS, 6, "SPU code"),
        (SKUS, 7, "List price"), (BARCODES, 2, "Barcode"), (BARCODES, 4, "Barcode"), (BARCODES, 5, "SKU code"),
        (BARCODES, 6, "SKU code"), (MAPPINGS, 2, "Shop"),
    }
    assert "not imported: SKU TS-002-M has errors on row 3" in reason(report, BARCODES, 6)


def test_a_rule_only_the_services_know_rolls_the_whole_file_back(runtime: Runtime, tmp_path: Path) -> None:
    _catalogue(runtime, tmp_path)  # TS-001-BLK-M is mapped: its kind can no longer change
    before = snapshot(runtime)
    path = workbook(tmp_path / "kind.xlsx", {SKUS: [
        ["SKU code", "Name", "Kind", "Category"],
        ["NEW-1", "新 SKU", "standard", None],
        ["TS-001-BLK-M", "纯棉圆领T恤 黑 M", "virtual_bundle", "新分类 / 子类"],
        ["NEW-2", "另一个 SKU", None, "新分类 / 子类"],
    ]})
    report = import_catalog(runtime.db, runtime.actor, path, update_existing=True)
    assert not report.written and issues(report) == {(SKUS, 3, "SKU code")}
    assert "can no longer change" in report.errors[0].reason
    assert snapshot(runtime) == before  # NEW-1, written before the failing row, is rolled back too
    partial = import_catalog(runtime.db, runtime.actor, path, update_existing=True, only_valid_rows=True)
    assert issues(partial) == {(SKUS, 3, "SKU code")}
    # the categories the failed row created went with its savepoint; the next row creates them again
    assert partial.created == {SKUS: 2, CATEGORIES: 2} and partial.skipped == {SKUS: 1}
    assert sku(runtime, "NEW-1").name == "新 SKU"
    with runtime.db.reading() as session:
        assert services.category_paths(session)[sku(runtime, "NEW-2").category_id] == "新分类 / 子类"
    assert sku(runtime, "TS-001-BLK-M").kind is SkuKind.STANDARD


# -- references and codes against the database ------------------------------------------------------


def test_barcodes_and_mappings_already_taken_in_the_database(runtime: Runtime, tmp_path: Path) -> None:
    _catalogue(runtime, tmp_path)
    other = services.create_sku(runtime.db, runtime.actor, services.SkuSpec(code="OTHER", name="其他"))
    add_barcode(runtime.db, runtime.actor, other, "036000291452")
    path = workbook(tmp_path / "taken.xlsx", {
        BARCODES: [["SKU code", "Barcode"], ["TS-001-BLK-M", "0036000291452"],  # the same UPC-A as an EAN-13
                   ["TS-001-BLK-M", "6901234567892"]],  # already this SKU's: nothing to do
        MAPPINGS: [["Shop", "Seller SKU", "Channel item ID", "Channel variant ID", "SKU code"],
                   [SHOP, "", "600123456789", "4201234567", "OTHER"]],  # mapped to TS-001-BLK-M already
    })
    report = import_catalog(runtime.db, runtime.actor, path)
    assert issues(report) == {(BARCODES, 2, "Barcode"), (MAPPINGS, 2, "Channel item ID")}
    assert "belongs to SKU OTHER" in reason(report, BARCODES, 2)
    assert "already mapped to SKU TS-001-BLK-M" in reason(report, MAPPINGS, 2)
    remapped = import_catalog(runtime.db, runtime.actor, workbook(tmp_path / "remap.xlsx", {MAPPINGS: [
        ["Shop", "Channel item ID", "Channel variant ID", "SKU code"], [SHOP, "600123456789", "4201234567", "OTHER"]]}),
        update_existing=True)
    assert remapped.ok and remapped.updated == {MAPPINGS: 1}
    with runtime.db.reading() as session:
        assert session.scalar(select(ChannelSkuMapping.sku_id)) == other


def test_chinese_sheet_and_column_names_and_numbers_typed_as_numbers(runtime: Runtime, tmp_path: Path) -> None:
    path = workbook(tmp_path / "zh.xlsx", {
        "商品": [["SPU编码", "名称", "品牌"], [10023, "保温杯 Vacuum flask", "象印"]],
        "规格": [["SKU编码", "SPU编码", "名称", "属性", "售价", "重量(kg)", "启用"],
                 [1002301, 10023, "保温杯 500ml", "容量=500ml", 89, 0.35, "否"]],
        "条码": [["SKU编码", "条码", "类型"], [1002301, 36000291452, "upca"]],  # a number cell lost its leading 0
        "组合": [["组合SKU编码", "子SKU编码", "数量"]],
        "Notes": [["anything", "here"], ["is", "ignored"]],
    })
    report = import_catalog(runtime.db, runtime.actor, path)
    assert report.ok, report.errors
    assert report.created == {BRANDS: 1, SPUS: 1, SKUS: 1, BARCODES: 1}
    flask = sku(runtime, "1002301")
    assert (flask.name, flask.list_price, flask.weight_kg, flask.active) == (
        "保温杯 500ml", Decimal("89"), Decimal("0.35"), False)
    with runtime.db.reading() as session:
        assert session.scalar(select(Barcode.code)) == "036000291452"
        assert session.scalar(select(Spu.sales_attributes)) == [{"name": "容量", "values": ["500ml"],
                                                                 "codes": ["500ML"]}]


def test_missing_columns_and_unreadable_cells(runtime: Runtime, tmp_path: Path) -> None:
    path = workbook(tmp_path / "cols.xlsx", {
        SKUS: [["Name", "List price"], ["没有编码", 1]],
        BUNDLES: [["Bundle SKU code", "Component SKU code", "Quantity"], ["B", "B", -1]],
        SPUS: [["SPU code", "Name", "Active", "Sales attributes"], ["S-1", "x", "maybe", "颜色 黑"]],
    })
    report = import_catalog(runtime.db, runtime.actor, path)
    assert (SKUS, 1, "SKU code") in issues(report)
    assert (SPUS, 2, "Active") in issues(report) and (SPUS, 2, "Sales attributes") in issues(report)
    assert "cannot contain itself" in reason(report, BUNDLES, 2) and "-1 is negative" in reason(report, BUNDLES, 2)
    empty = import_catalog(runtime.db, runtime.actor, workbook(tmp_path / "none.xlsx", {"Sheet1": [["a"], [1]]}))
    assert not empty.ok and "none of the sheets" in empty.errors[0].reason


def test_bundles_need_bundle_skus_and_standard_components(runtime: Runtime, tmp_path: Path) -> None:
    path = workbook(tmp_path / "bundles.xlsx", {
        SKUS: [["SKU code", "Name", "Kind", "List price"],
               ["CUP", "杯子", "standard", 10], ["LID", "杯盖", None, 2],
               ["KIT", "杯子套装 Cup kit", "virtual_bundle", 15], ["KIT2", "套装2", "prepacked_bundle", 25]],
        BUNDLES: [["Bundle SKU code", "Component SKU code", "Quantity", "Price weight"],
                  ["KIT", "CUP", 1, None], ["KIT", "LID", 2, 0.5], ["KIT", "CUP", 1, None],  # 4: CUP twice
                  ["CUP", "LID", 1, None],  # 5: CUP is no bundle
                  ["KIT2", "KIT", 1, None]],  # 6: a bundle as a component
    })
    report = import_catalog(runtime.db, runtime.actor, path)
    assert issues(report) == {(BUNDLES, 4, "Component SKU code"), (BUNDLES, 5, "Bundle SKU code"),
                              (BUNDLES, 6, "Component SKU code")}
    fixed = workbook(tmp_path / "fixed.xlsx", {
        SKUS: [["SKU code", "Name", "Kind"], ["CUP", "杯子", None], ["LID", "杯盖", None],
               ["KIT", "杯子套装", "virtual_bundle"]],
        BUNDLES: [["Bundle SKU code", "Component SKU code", "Quantity", "Price weight"],
                  ["KIT", "CUP", 1, None], ["KIT", "LID", 2.5, 0.5]],
    })
    report = import_catalog(runtime.db, runtime.actor, fixed)
    assert report.ok and report.created == {SKUS: 3, BUNDLES: 2}
    kit = sku(runtime, "KIT")
    with runtime.db.reading() as session:
        rows = session.execute(select(BundleComponent.quantity, BundleComponent.price_weight)
                               .where(BundleComponent.bundle_sku_id == kit.id).order_by(BundleComponent.id)).all()
    assert [tuple(r) for r in rows] == [(Decimal("1"), None), (Decimal("2.5"), Decimal("0.5"))]
