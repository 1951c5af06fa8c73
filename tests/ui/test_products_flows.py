"""The main flows of the Products workspace, as a merchant does them."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from omsdesk.catalog.models import Sku, SkuKind
from omsdesk.documents.labels import LabelSize
from omsdesk.catalog.services import SkuSpec, update_sku
from omsdesk.orders.models import OrderLine
from omsdesk.runtime import Runtime
from omsdesk.ui.context import UiContext
from omsdesk.ui.products.model import COLUMN_INDEX
from omsdesk.ui.products.spu_dialog import SpuDialog, parse_values
from omsdesk.ui.products.workspace import ProductsWorkspace
from tests.ui.test_products_model import Catalog, ean13, seed_catalog

COLOURS = ["黑", "白", "灰"]
SIZES = ["S", "M", "L", "XL"]


@pytest.fixture
def catalog(rt: Runtime) -> Catalog:
    return seed_catalog(rt)


def open_workspace(qtbot, ctx: UiContext) -> ProductsWorkspace:
    workspace = ProductsWorkspace(ctx)
    qtbot.addWidget(workspace)
    workspace.resize(1280, 760)
    workspace.show()
    qtbot.waitUntil(lambda: workspace.model.loaded_once, timeout=20000)
    return workspace


def codes_in_table(workspace: ProductsWorkspace) -> list[str]:
    model = workspace.model
    return [model.index(row, COLUMN_INDEX["code"]).data() for row in range(model.rowCount())]


def fill_spu_dialog(qtbot, dialog: SpuDialog) -> None:
    qtbot.keyClicks(dialog.code_edit, "TS02")
    dialog.name_edit.setText("圆领T恤 Crew tee")  # keyClicks cannot type Chinese
    first, second = dialog.attribute_rows
    first.name_edit.setText("颜色")
    first.values_edit.setText("，".join(COLOURS))  # full-width commas, as a Chinese keyboard types them
    second.name_edit.setText("尺码")
    qtbot.keyClicks(second.values_edit, ", ".join(SIZES))
    qtbot.keyClicks(dialog.cost_edit, "18.5")
    qtbot.keyClicks(dialog.price_edit, "79")
    dialog.update_preview()


def test_values_parse_with_codes_and_any_comma() -> None:
    assert parse_values("黑，白、灰") == (["黑", "白", "灰"], None)
    assert parse_values("黑=BK, 白 ,灰") == (["黑", "白", "灰"], ["BK", "C2", "C3"])
    assert parse_values(" , ") == ([], None)


def test_create_a_product_with_twelve_variants(qtbot, rt: Runtime, ctx: UiContext) -> None:
    workspace = open_workspace(qtbot, ctx)
    assert workspace.stack.currentIndex() == 1  # the empty-state hint, not a blank table
    assert "No products yet" in workspace.empty_label.text()

    dialog = workspace.new_product()
    fill_spu_dialog(qtbot, dialog)
    assert dialog.matrix.rowCount() == 12
    assert dialog.matrix_label.text() == "12 SKUs"
    code_column = dialog.code_column()
    assert dialog.matrix.item(0, code_column).text() == "TS02-C1-S"
    assert dialog.matrix.item(11, code_column).text() == "TS02-C3-XL"
    assert dialog.matrix.item(11, code_column + 1).text() == "圆领T恤 Crew tee 灰 XL"

    with qtbot.waitSignal(dialog.created, timeout=20000) as created:
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert len(created.args[0].sku_ids) == 12
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: workspace.model.rowCount() == 12, timeout=20000)
    expected = sorted(f"TS02-C{c}-{s}" for c in (1, 2, 3) for s in SIZES)
    assert sorted(codes_in_table(workspace)) == expected
    assert workspace.count_label.text() == "12 SKUs"
    qtbot.waitUntil(lambda: workspace.selected_sku_id() == created.args[0].sku_ids[0], timeout=20000)
    row = workspace.model.row_of(created.args[0].sku_ids[0])
    assert workspace.model.index(row, COLUMN_INDEX["price"]).data() == "79.00"
    assert workspace.model.index(row, COLUMN_INDEX["attributes"]).data() == "颜色: 黑, 尺码: S"


def test_untick_a_combination_and_edit_a_code_before_creating(qtbot, rt: Runtime, ctx: UiContext) -> None:
    workspace = open_workspace(qtbot, ctx)
    dialog = workspace.new_product()
    fill_spu_dialog(qtbot, dialog)
    dialog.attribute_rows[0].values_edit.setText("黑=BK, 白=WH, 灰=GY")
    dialog.update_preview()
    assert dialog.matrix.item(0, dialog.code_column()).text() == "TS02-BK-S"
    dialog.set_ticked(11, False)  # 灰 XL: not sold
    dialog.set_code(0, "TS02-BLACK-S")
    qtbot.waitUntil(lambda: dialog.matrix_label.text() == "11 of 12 combinations ticked", timeout=2000)
    dialog.attribute_rows[1].values_edit.setText("S, M, L, XL")  # retyping keeps the choices
    dialog.update_preview()
    assert dialog.matrix.item(0, dialog.code_column()).text() == "TS02-BLACK-S"
    assert dialog.matrix.item(11, 0).checkState() == Qt.CheckState.Unchecked

    with qtbot.waitSignal(dialog.created, timeout=20000):
        dialog.create_button.click()
    with rt.db.reading() as session:
        skus = {s.code: s.active for s in session.scalars(select(Sku))}
    assert len(skus) == 12
    assert skus["TS02-BLACK-S"] is True and "TS02-BK-S" not in skus
    assert skus["TS02-GY-XL"] is False  # kept inactive: the matrix stays whole, the code reserved
    qtbot.waitUntil(lambda: workspace.model.rowCount() == 11, timeout=20000)  # the list shows active SKUs


def test_service_errors_show_next_to_the_form(qtbot, catalog: Catalog, ctx: UiContext) -> None:
    workspace = open_workspace(qtbot, ctx)
    dialog = workspace.new_product()
    dialog.code_edit.setText("TS01")  # exists already
    dialog.name_edit.setText("Again")
    dialog.attribute_rows[0].name_edit.setText("尺码")
    dialog.attribute_rows[0].values_edit.setText("S")
    qtbot.keyClicks(dialog.price_edit, "12,5x")
    dialog.create_button.click()
    assert dialog.error_label.isVisible() and "12,5x" in dialog.error_label.text()  # read by the UI
    dialog.price_edit.setText("12.50")
    dialog.create_button.click()
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=20000)
    assert "TS01 already exists" in dialog.error_label.text()
    assert dialog.code_edit.styleSheet()  # the field is marked
    assert dialog.isVisible() and dialog.create_button.isEnabled()
    dialog.reject()


def select_code(qtbot, workspace: ProductsWorkspace, code: str) -> int:
    row = codes_in_table(workspace).index(code)
    with qtbot.waitSignal(workspace.detail_loaded, timeout=20000):
        workspace.select_row(row)
    return workspace.model.sku_id(row)


def test_add_barcodes_in_the_panel(qtbot, catalog: Catalog, ctx: UiContext) -> None:
    workspace = open_workspace(qtbot, ctx)
    select_code(qtbot, workspace, "TS01-C1-M")
    panel = workspace.detail.barcodes
    workspace.detail.tabs.setCurrentWidget(panel)
    assert panel.codes() == []
    right = ean13("400638133393")
    wrong = right[:-1] + str((int(right[-1]) + 1) % 10)
    qtbot.keyClicks(panel.code_edit, wrong)
    qtbot.keyClick(panel.code_edit, Qt.Key.Key_Return)  # a scanner ends with Enter
    assert panel.message.isVisible() and "wrong check digit" in panel.message.text()
    assert panel.code_edit.styleSheet() and panel.code_edit.text() == wrong  # kept for correcting
    assert ctx.tasks.active_count == 0  # refused before any write

    panel.code_edit.clear()
    qtbot.keyClicks(panel.code_edit, right)
    with qtbot.waitSignal(workspace.detail_loaded, timeout=20000):
        qtbot.keyClick(panel.code_edit, Qt.Key.Key_Return)
    assert panel.codes() == [right]
    assert panel.table.item(0, 1).text() == "EAN-13"
    assert panel.code_edit.text() == "" and "Added" in panel.message.text()
    assert workspace.detail.tabs.tabText(1) == "Barcodes (1)"
    qtbot.waitUntil(lambda: right in codes_in_table_barcodes(workspace), timeout=20000)

    qtbot.keyClicks(panel.code_edit, catalog.mug_barcode)  # the mug's: barcodes are unique
    panel.add()
    qtbot.waitUntil(lambda: panel.message.isVisible() and "belongs to SKU MUG-01" in panel.message.text(),
                    timeout=20000)


def codes_in_table_barcodes(workspace: ProductsWorkspace) -> list[str]:
    model = workspace.model
    return [model.index(row, COLUMN_INDEX["barcodes"]).data() for row in range(model.rowCount())]


def test_scanning_a_barcode_into_the_search_selects_the_sku(qtbot, catalog: Catalog, ctx: UiContext) -> None:
    workspace = open_workspace(qtbot, ctx)
    with qtbot.waitSignal(workspace.detail_loaded, timeout=20000) as loaded:
        qtbot.keyClicks(workspace.search_edit, catalog.mug_barcode)
        qtbot.keyClick(workspace.search_edit, Qt.Key.Key_Return)
    assert loaded.args == [catalog.mug]
    assert workspace.selected_sku_id() == catalog.mug
    assert workspace.detail.code_label.text() == "MUG-01"
    assert workspace.search_edit.selectedText() == catalog.mug_barcode  # the next scan replaces it


def test_edit_a_sku_and_meet_a_conflict(qtbot, catalog: Catalog, ctx: UiContext) -> None:
    workspace = open_workspace(qtbot, ctx)
    sku_id = select_code(qtbot, workspace, "MUG-01")
    form = workspace.detail.form
    assert form.code_edit.isReadOnly()  # it has stock moves
    assert "stock moves" in form.code_note.text()
    form.price_edit.setText("35.5")
    form.price_edit.textEdited.emit("35.5")
    assert workspace.detail.save_button.isEnabled()

    other = ctx.rt.actor.__class__("李娜")  # another desktop changes the name meanwhile
    update_sku(ctx.rt.db, other, sku_id, SkuSpec("MUG-01", "Mug 马克杯", cost=Decimal("8.1234"),
                                                 list_price=Decimal("1299.00")), 1)
    workspace.detail.save_button.click()
    qtbot.waitUntil(lambda: workspace.detail.conflict.isVisible(), timeout=20000)
    message = workspace.detail.conflict_label.text()
    assert "李娜" in message and "name" in message
    with qtbot.waitSignal(workspace.detail_loaded, timeout=20000):
        workspace.detail.reload_button.click()
    assert form.name_edit.text() == "Mug 马克杯" and form.price_edit.text() == "1299.00"
    assert not workspace.detail.conflict.isVisible()

    form.price_edit.setText("35.5")
    form.price_edit.textEdited.emit("35.5")
    with qtbot.waitSignal(workspace.detail_loaded, timeout=20000):
        workspace.detail.save_button.click()
    assert form.price_edit.text() == "35.50" and workspace.detail.form_message.text() == "Saved."
    qtbot.waitUntil(lambda: "35.50" in [workspace.model.index(r, COLUMN_INDEX["price"]).data()
                                        for r in range(workspace.model.rowCount())], timeout=20000)


def test_bundle_components_and_virtual_availability(qtbot, catalog: Catalog, ctx: UiContext) -> None:
    workspace = open_workspace(qtbot, ctx)
    select_code(qtbot, workspace, "SET-01")
    bundle = workspace.detail.bundle
    workspace.detail.tabs.setCurrentWidget(bundle)
    assert bundle.editor.isVisible()
    assert [c[0].code for c in bundle.components] == ["TS01-C1-S", "MUG-01"]
    assert "<b>3</b>" in bundle.summary.text()
    with qtbot.waitSignal(bundle.picker.picked, timeout=20000):
        bundle.picker.look_up(catalog.mug_barcode)
    bundle.quantity_edit.setText("1")
    bundle.add_component()  # the mug again: one line with the total
    assert [(c[0].code, c[1]) for c in bundle.components] == [("TS01-C1-S", Decimal(1)), ("MUG-01", Decimal(3))]
    with qtbot.waitSignal(workspace.detail_loaded, timeout=20000):
        bundle.save_button.click()
    assert "<b>2</b>" in bundle.summary.text()  # 7 mugs // 3


def test_print_labels_and_export(qtbot, catalog: Catalog, ctx: UiContext, tmp_path: Path) -> None:
    workspace = open_workspace(qtbot, ctx)
    workspace.table.selectAll()
    out = tmp_path / "labels.pdf"
    with qtbot.waitSignal(workspace.file_written, timeout=20_000):
        workspace.print_labels(out, LabelSize.A4_3x8, offer_open=False)
    assert out.read_bytes().startswith(b"%PDF")
    assert "8 labels saved" in workspace.activity_label.text()  # the active SKUs listed
    book = tmp_path / "catalogue.xlsx"
    with qtbot.waitSignal(workspace.file_written, timeout=20_000):
        workspace.export_catalog(book, offer_open=False)
    assert book.stat().st_size > 0 and "Exported 9 SKUs" in workspace.activity_label.text()


def test_import_lists_errors_and_imports_only_the_valid_rows(qtbot, rt: Runtime, ctx: UiContext,
                                                            tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "SKUs"
    sheet.append(["SKU code", "Name", "List price"])
    sheet.append(["IMP-1", "Imported one", 10])
    sheet.append(["IMP-2", "", 11])  # no name
    sheet.append(["IMP-3", "Imported three", "abc"])
    path = tmp_path / "broken.xlsx"
    book.save(path)

    workspace = open_workspace(qtbot, ctx)
    dialog = workspace.open_import(path)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
    assert not dialog.report.written
    assert dialog.errors.rowCount() == len(dialog.report.errors) >= 2
    rows = {dialog.errors.item(r, 1).text() for r in range(dialog.errors.rowCount())}
    assert {"3", "4"} <= rows
    assert dialog.errors.item(0, 0).text() == "SKUs" and dialog.errors.item(0, 3).text()
    assert "Nothing was imported" in dialog.status.text()
    with rt.db.reading() as session:
        assert session.scalar(select(Sku.id).where(Sku.code == "IMP-1")) is None

    assert dialog.valid_button.isVisible()
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.valid_button.click()
    assert dialog.report.written and "Imported" in dialog.status.text()
    qtbot.waitUntil(lambda: codes_in_table(workspace) == ["IMP-1"], timeout=20000)
    dialog.close()


def test_unmapped_listing_is_mapped_in_one_step(qtbot, catalog: Catalog, ctx: UiContext, monkeypatch) -> None:
    from tests.fakes import make_order
    from tests.ui.conftest import add_test_shop, import_orders

    rt = ctx.rt
    shop = add_test_shop(rt)
    import_orders(rt, shop, [make_order(n, lines=2) for n in range(1, 6)])  # SKU-001 ×5, SKU-002 ×5
    with rt.db.reading() as session:
        assert session.scalar(select(OrderLine.id).where(OrderLine.sku_id.is_not(None))) is None

    workspace = open_workspace(qtbot, ctx)
    qtbot.waitUntil(lambda: "(2)" in workspace.views.tabText(1), timeout=20000)
    view = workspace.unmapped
    with qtbot.waitSignal(view.loaded, timeout=20000):
        workspace.views.setCurrentWidget(view)
    assert view.tree.topLevelItemCount() == 1
    group = view.tree.topLevelItem(0)
    assert group.text(0) == "Web shop — 2 listings, in 5 orders"
    assert [group.child(n).text(1) for n in range(2)] == ["SKU-001", "SKU-002"]
    assert group.child(0).text(4) == "5"
    view.tree.setCurrentItem(group.child(0))
    assert "SKU-001" in view.selected_label.text()

    orders_changed = []
    ctx.events.orders_changed.connect(lambda: orders_changed.append(True))
    view.picker.edit.setFocus()
    qtbot.keyClicks(view.picker.edit, "TS01-C2-M")
    with qtbot.waitSignal(view.picker.picked, timeout=20000):
        qtbot.keyClick(view.picker.edit, Qt.Key.Key_Return)  # typed or scanned, then Enter
    assert view.picker.sku.code == "TS01-C2-M" and view.map_button.isEnabled()
    with qtbot.waitSignal(view.mapped, timeout=20000) as mapped:
        view.map_button.click()
    assert mapped.args[0].orders_resolved == 5 and mapped.args[0].lines_resolved == 5
    assert orders_changed
    assert "5 orders resolved" in view.message.text()
    remaining = view.tree.topLevelItem(0)
    assert remaining.childCount() == 1 and remaining.child(0).text(1) == "SKU-002"
    with rt.db.reading() as session:
        resolved = session.scalars(select(OrderLine.sku_id).where(OrderLine.channel_sku == "SKU-001")).all()
        assert resolved == [catalog.tees[4]] * 5  # 白 M
        assert session.scalar(select(OrderLine.id).where(OrderLine.channel_sku == "SKU-002",
                                                         OrderLine.sku_id.is_not(None))) is None
    qtbot.waitUntil(lambda: workspace.views.tabText(1) == "Unmapped listings (1)", timeout=20000)

    # The SKU's own panel now lists the mapping.
    workspace.views.setCurrentIndex(0)
    select_code(qtbot, workspace, "TS01-C2-M")
    workspace.detail.tabs.setCurrentWidget(workspace.detail.mappings)
    assert workspace.detail.mappings.table.rowCount() == 1
    assert workspace.detail.mappings.table.item(0, 1).text() == "SKU-001"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    workspace.detail.mappings.table.selectRow(0)
    with qtbot.waitSignal(workspace.detail_loaded, timeout=20000):
        workspace.detail.mappings.delete_button.click()
    assert workspace.detail.mappings.table.rowCount() == 0
    qtbot.waitUntil(lambda: workspace.views.tabText(1) == "Unmapped listings (2)", timeout=20000)


def test_new_bundle_sku_dialog(qtbot, catalog: Catalog, ctx: UiContext) -> None:
    workspace = open_workspace(qtbot, ctx)
    dialog = workspace.new_sku()
    dialog.form.code_edit.setText("GIFT-01")
    dialog.form.name_edit.setText("礼盒 Gift box")
    dialog.form.kind_combo.setCurrentIndex(dialog.form.kind_combo.findData(SkuKind.PREPACKED_BUNDLE))
    dialog.form.brand_combo.setEditText("Newbrand")  # typed: created with the SKU
    with qtbot.waitSignal(dialog.created, timeout=20000) as created:
        dialog.create_button.click()
    qtbot.waitUntil(lambda: workspace.selected_sku_id() == created.args[0], timeout=20000)
    qtbot.waitUntil(lambda: workspace.detail.detail is not None and workspace.detail.detail.id == created.args[0],
                    timeout=20000)
    assert workspace.detail.detail.brand == "Newbrand"
    assert workspace.detail.tabs.tabText(2) == "Components (0)"


def test_sku_picker_suggests_as_you_type(qtbot, catalog: Catalog, ctx: UiContext) -> None:
    from omsdesk.ui.products.common import SkuPicker

    picker = SkuPicker(ctx)
    qtbot.addWidget(picker)
    picker.show()
    picker.edit.setFocus()
    qtbot.keyClicks(picker.edit, "ts01-c2")
    qtbot.waitUntil(lambda: picker._list.rowCount() == 3, timeout=20000)
    suggestions = picker._list.stringList()
    assert suggestions[0] == "TS01-C2-L — 纯棉T恤 白 L"
    with qtbot.waitSignal(picker.picked, timeout=2000) as picked:
        picker.completer.activated[str].emit(suggestions[1])
    assert picked.args[0].code == "TS01-C2-M"
    qtbot.keyClicks(picker.edit, "x")  # typing on: the pick no longer holds
    assert picker.sku is None
    picker.clear()
    with qtbot.waitSignal(picker.failed, timeout=20000):
        picker.look_up("NO-SUCH-CODE")
    assert "NO-SUCH-CODE" in picker.status.text()


def test_bundle_quantities_and_price_weights_are_edited_in_place(qtbot, catalog: Catalog, ctx: UiContext) -> None:
    workspace = open_workspace(qtbot, ctx)
    select_code(qtbot, workspace, "SET-01")
    bundle = workspace.detail.bundle
    workspace.detail.tabs.setCurrentWidget(bundle)
    bundle.table.item(0, 3).setText("40")
    bundle.table.item(1, 3).setText("19.5")
    bundle.table.item(1, 2).setText("0")  # refused: the old quantity stays
    assert "more than 0" in bundle.message.text() and bundle.table.item(1, 2).text() == "2"
    with qtbot.waitSignal(workspace.detail_loaded, timeout=20000):
        bundle.save_button.click()
    assert [(c[0].code, c[1], c[2]) for c in bundle.components] == [
        ("TS01-C1-S", Decimal(1), Decimal(40)), ("MUG-01", Decimal(2), Decimal("19.5"))]
    assert bundle.table.item(1, 3).text() == "19.50"


def test_filters_and_the_no_match_hint(qtbot, catalog: Catalog, ctx: UiContext) -> None:
    workspace = open_workspace(qtbot, ctx)
    assert len(codes_in_table(workspace)) == 8  # active SKUs by default
    with qtbot.waitSignal(workspace.model.refreshed, timeout=20000):
        workspace.kind_combo.setCurrentIndex(workspace.kind_combo.findData(SkuKind.VIRTUAL_BUNDLE))
    assert codes_in_table(workspace) == ["SET-01"]
    with qtbot.waitSignal(workspace.model.refreshed, timeout=20000):
        workspace.active_combo.setCurrentIndex(workspace.active_combo.findData(False))
    assert codes_in_table(workspace) == [] and workspace.stack.currentIndex() == 1
    assert workspace.empty_label.text() == "No SKU matches these filters."
    with qtbot.waitSignal(workspace.model.refreshed, timeout=20000):
        workspace.empty_button.click()  # Clear filters
    assert len(codes_in_table(workspace)) == 8
    qtbot.waitUntil(lambda: workspace.category_combo.count() == 3, timeout=20000)  # 服装, 服装 / T恤
    with qtbot.waitSignal(workspace.model.refreshed, timeout=20000):
        workspace.category_combo.setCurrentIndex(1)  # 服装 includes its subcategory T恤
    assert len(codes_in_table(workspace)) == 6
    assert workspace.category_combo.toolTip() == "服装"


def test_amounts_are_read_as_people_type_them() -> None:
    from omsdesk.ui.products.common import FieldError, parse_amount

    assert parse_amount("1,299", "price", "Price") == Decimal(1299)
    assert parse_amount("1,299.50", "price", "Price") == Decimal("1299.50")
    assert parse_amount("1299,5", "price", "Price") == Decimal("1299.5")
    assert parse_amount("  ", "price", "Price") is None
    with pytest.raises(FieldError, match="Price: “abc” is not a number"):
        parse_amount("abc", "price", "Price")
