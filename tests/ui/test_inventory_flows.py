"""Inventory: the scan field, counting a bin and posting the variance, transfers, scrap, movements, labels."""

from __future__ import annotations

import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QItemSelectionModel, Qt

from omsdesk.inventory.models import StocktakeState, TransferState
from omsdesk.inventory.queries import MoveFilter, movement_ids, movement_rows, stocktake_rows, transfer_rows
from omsdesk.ui.context import UiContext
from omsdesk.ui.inventory.adjust import Action
from omsdesk.ui.inventory.common import Confirm, FilePicker
from omsdesk.ui.inventory.workspace import InventoryWorkspace
from omsdesk.ui.scan import ScanField, ScanKind
from tests.ui.test_inventory_helpers import BARCODES, UiWorld, closed, scan, settle, shown, wait_text, world  # noqa: F401

D = Decimal


@pytest.fixture(autouse=True)
def no_questions():
    Confirm.auto = True
    yield
    Confirm.auto = None
    FilePicker.next_path = None


def inventory(qtbot, ctx: UiContext) -> InventoryWorkspace:  # noqa: ANN001
    return shown(qtbot, InventoryWorkspace(ctx))


def all_moves(world: UiWorld) -> list:
    with world.rt.db.reading() as session:
        ids = movement_ids(session, MoveFilter())
        rows = movement_rows(session, ids)
    return [rows[i] for i in ids]


# -- the scan field --------------------------------------------------------------------------


def test_scan_field_finds_skus_and_bins_and_refuses_the_rest_loudly(qtbot, ctx: UiContext, world: UiWorld) -> None:
    field = ScanField(ctx, (ScanKind.BIN,))
    qtbot.addWidget(field)
    field.show()
    bins, skus, failures = [], [], []
    field.bin_scanned.connect(bins.append)
    field.sku_scanned.connect(skus.append)
    field.failed.connect(lambda code, message: failures.append(code))

    scan(qtbot, field, world.labels["A-02"])
    assert [b.path for b in bins] == ["SH/A/02"] and not field.showing_error
    scan(qtbot, field, BARCODES["MUG-01"])  # a product where a bin label is expected
    assert field.showing_error and "not a bin label" in field.message.text() and failures == [BARCODES["MUG-01"]]
    scan(qtbot, field, "L-SH")  # the warehouse itself holds no stock
    assert field.showing_error and "not a place that holds stock" in field.message.text()

    field.set_accept((ScanKind.SKU,))
    scan(qtbot, field, world.labels["A-02"])  # a bin label where a product is expected
    assert field.showing_error and "not a product" in field.message.text()
    scan(qtbot, field, "nonsense-123")
    assert field.showing_error and "Unknown code nonsense-123" in field.message.text()
    assert "#dc2626" in field.edit.styleSheet()
    qtbot.waitUntil(lambda: "#dc2626" not in field.edit.styleSheet(), timeout=3000)  # the flash passes
    assert field.showing_error  # the message stays until the next good scan

    # a burst of scans keeps its order, and repeated codes come from the cache
    field.set_accept((ScanKind.BIN, ScanKind.SKU))
    for text in (world.labels["A-01"], BARCODES["TS-BLK-M"], "TS-WHT-L", BARCODES["TS-BLK-M"]):
        field.scan(text)
    qtbot.waitUntil(lambda: not field.busy, timeout=20000)
    assert [b.path for b in bins] == ["SH/A/02", "SH/A/01"]
    assert [s.code for s in skus] == ["TS-BLK-M", "TS-WHT-L", "TS-BLK-M"]
    assert skus[0].matched_by == "barcode" and not field.showing_error
    qtbot.wait(10)


def test_typing_a_name_offers_matching_skus(qtbot, ctx: UiContext, world: UiWorld) -> None:
    field = ScanField(ctx, (ScanKind.SKU,))
    field.enable_search()
    qtbot.addWidget(field)
    field.show()
    found = []
    field.sku_scanned.connect(found.append)
    field.edit.setText("马克")  # what an input method types (QTest cannot type Chinese)
    field._search()
    qtbot.waitUntil(lambda: field._choices.rowCount() == 1, timeout=20000)
    assert field._choices.stringList()[0].startswith("MUG-01")
    field._chosen(field._choices.stringList()[0])
    qtbot.waitUntil(lambda: bool(found), timeout=20000)
    assert found[0].code == "MUG-01" and field.edit.text() == ""
    settle(qtbot, ctx)


# -- stocktakes ------------------------------------------------------------------------------


def test_count_a_bin_and_post_the_variance(qtbot, ctx: UiContext, world: UiWorld) -> None:
    world.receive("TS-BLK-M", "10", "A-01")
    world.receive("MUG-01", "4", "A-01")
    world.receive("TS-WHT-L", "6", "A-02")
    workspace = inventory(qtbot, ctx)
    page = workspace.stocktakes
    workspace.show_page(page)

    dialog = page.new_count()
    qtbot.waitUntil(lambda: dialog.warehouse_combo.count() == 2, timeout=20000)
    dialog.warehouse_combo.setCurrentIndex(dialog.warehouse_combo.findData(world.main))
    qtbot.waitUntil(lambda: dialog.from_combo.count() == 3, timeout=20000)
    dialog.range_radio.setChecked(True)
    dialog.from_combo.setCurrentIndex(dialog.from_combo.findData("SH/A/01"))
    dialog.to_combo.setCurrentIndex(dialog.to_combo.findData("SH/A/01"))  # just the one bin
    dialog.submit()
    qtbot.waitUntil(lambda: closed(dialog), timeout=20000)
    counting = page.count_panel
    qtbot.waitUntil(lambda: page.selected() is not None and counting.model.rowCount() == 2, timeout=20000)
    assert page.model.index(0, 2).data() == "bin SH/A/01"  # a range of one bin reads as that bin
    assert [(line.sku_code, line.expected) for line in counting.model.rows] == [("MUG-01", 4), ("TS-BLK-M", 10)]

    # scan the bin, scan the item, type what is on the shelf, Enter
    scan(qtbot, counting.scan, world.labels["A-01"])
    scan(qtbot, counting.scan, BARCODES["TS-BLK-M"])
    assert counting.quantity_edit.hasFocus() or counting.quantity_edit.isEnabled()
    qtbot.keyClicks(counting.quantity_edit, "8")
    qtbot.keyClick(counting.quantity_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(line.counted == 8 for line in counting.model.rows), timeout=20000)
    assert "Counted 8 × TS-BLK-M in SH/A/01" in counting.scan.message.text()
    # a bin outside the count is refused at once
    scan(qtbot, counting.scan, world.labels["A-02"])
    assert counting.scan.showing_error and "not part of this count" in counting.scan.message.text()
    assert counting.current_bin.path == "SH/A/01"
    # a barcode scanned into the quantity box by mistake is taken as a scan, not as a count of 6,901,234,567,892
    counting.quantity_edit.setEnabled(True)
    qtbot.keyClicks(counting.quantity_edit, BARCODES["TS-BLK-M"])
    qtbot.keyClick(counting.quantity_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: counting.current_sku is not None and not counting.scan.busy, timeout=20000)
    assert counting.current_sku.code == "TS-BLK-M" and counting.quantity_edit.text() == "8"

    page.tabs.setCurrentWidget(page.variance_panel)
    review = page.variance_panel
    qtbot.waitUntil(lambda: review.report is not None and review.model.rowCount() == 1, timeout=20000)
    [variance] = review.model.rows
    assert (variance.sku, variance.expected, variance.counted, variance.difference) == ("TS-BLK-M", 10, 8, -2)
    assert review.model.index(0, 5).data() == "-2" and review.model.index(0, 7).data() == "-51.00"
    assert "Missing −2 (value 51.00)" in review.totals_label.text()
    assert "not counted: 1" in review.note_label.text()  # MUG-01: left alone

    stock_changes: list[bool] = []
    ctx.events.stock_changed.connect(lambda: stock_changes.append(True))
    review.post_button.click()
    wait_text(qtbot, page.message, "posted", timeout=20000)
    assert stock_changes
    assert world.on_hand("TS-BLK-M", "A-01") == 8  # changed by the difference
    assert world.on_hand("MUG-01", "A-01") == 4  # not counted: untouched
    with world.rt.db.reading() as session:
        [stocktake] = stocktake_rows(session)
    assert stocktake.state is StocktakeState.POSTED
    workspace.show_page(workspace.stock)
    qtbot.waitUntil(lambda: any(r.sku_code == "TS-BLK-M" and r.on_hand == 8 for r in workspace.stock.rows()),
                    timeout=20000)


def test_a_blind_count_hides_the_expected_quantities(qtbot, ctx: UiContext, world: UiWorld) -> None:
    world.receive("MUG-01", "4", "A-02")
    workspace = inventory(qtbot, ctx)
    page = workspace.stocktakes
    workspace.show_page(page)
    dialog = page.new_count()
    qtbot.waitUntil(lambda: dialog.warehouse_combo.count() == 2, timeout=20000)
    dialog.warehouse_combo.setCurrentIndex(dialog.warehouse_combo.findData(world.main))
    qtbot.waitUntil(lambda: dialog.zone_combo.count() == 1, timeout=20000)
    dialog.zone_radio.setChecked(True)
    dialog.blind_check.setChecked(True)
    dialog.submit()
    qtbot.waitUntil(lambda: closed(dialog), timeout=20000)
    qtbot.waitUntil(lambda: page.count_panel.model.rowCount() == 1, timeout=20000)
    assert page.count_panel.model.rows[0].expected is None
    assert page.count_panel.model.index(0, 3).data() == "hidden"
    # a count sheet PDF for the clerk's clipboard
    out = Path(ctx.rt.paths.data_dir) / "count.pdf"
    FilePicker.next_path = str(out)
    page.print_sheet()
    wait_text(qtbot, page.message, "Count sheet", timeout=10_000)
    assert out.read_bytes().startswith(b"%PDF")
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout \
        if _has("pdftotext") else "MUG-01 马克杯"
    assert "MUG-01" in text and "马克杯" in text
    assert page.model.index(0, 3).data() == "blind"
    page.cancel()
    wait_text(qtbot, page.message, "cancelled", timeout=20000)
    with world.rt.db.reading() as session:
        assert stocktake_rows(session)[0].state is StocktakeState.CANCELLED


def _has(program: str) -> bool:
    import shutil

    return shutil.which(program) is not None


# -- transfers -------------------------------------------------------------------------------


def test_create_ship_and_receive_a_transfer(qtbot, ctx: UiContext, world: UiWorld) -> None:
    world.receive("MUG-01", "5", "A-02")
    workspace = inventory(qtbot, ctx)
    page = workspace.transfers
    workspace.show_page(page)
    dialog = page.new_transfer()
    qtbot.waitUntil(lambda: dialog.from_combo.count() == 2, timeout=20000)
    dialog.from_combo.setCurrentIndex(dialog.from_combo.findData(world.second))
    scan(qtbot, dialog.scan, "MUG-01")  # no bin yet
    assert dialog.scan.showing_error and dialog.model.rowCount() == 0
    scan(qtbot, dialog.scan, world.labels["A-02"])  # the first bin label chooses the sending warehouse
    assert (dialog.from_combo.currentData(), dialog.to_combo.currentData()) == (world.main, world.second)
    for _ in range(3):
        scan(qtbot, dialog.scan, BARCODES["MUG-01"])
    assert [(line.code, line.path, line.quantity) for line in dialog.model.rows] == [("MUG-01", "SH/A/02", 3)]
    scan(qtbot, dialog.scan, world.labels["B-01"])  # with lines taken, another warehouse's bin is refused
    assert dialog.scan.showing_error and dialog.current_bin.path == "SH/A/02"
    dialog.ship_button.click()
    qtbot.waitUntil(lambda: closed(dialog), timeout=20000)
    qtbot.waitUntil(lambda: page.selected() is not None and page.selected().state is TransferState.SHIPPED,
                    timeout=20000)
    assert world.on_hand("MUG-01", "A-02") == 2
    qtbot.waitUntil(lambda: page.lines_model.rowCount() == 1 and page.receive_button.isEnabled(), timeout=20000)
    assert page.lines_model.rows[0].in_transit == 3

    receiving = page.receive()
    qtbot.waitUntil(lambda: len(receiving.lines) == 1, timeout=20000)
    scan(qtbot, receiving.scan, world.labels["A-01"])  # a bin of the sending warehouse
    assert receiving.scan.showing_error and receiving.current_bin is None
    scan(qtbot, receiving.scan, world.labels["B-01"])
    scan(qtbot, receiving.scan, BARCODES["MUG-01"])
    scan(qtbot, receiving.scan, "MUG-01")
    scan(qtbot, receiving.scan, "TS-BLK-M")  # not on this transfer
    assert receiving.scan.showing_error and "not on transfer" in receiving.scan.message.text()
    receiving.receive_everything()  # the last one without scanning it
    assert [(a.path, a.quantity) for a in receiving.model.rows] == [("GZ/B01", 3)]
    scan(qtbot, receiving.scan, "MUG-01")  # one too many
    assert receiving.scan.showing_error and "already received" in receiving.scan.message.text()
    receiving.post_button.click()
    qtbot.waitUntil(lambda: closed(receiving), timeout=20000)
    assert world.on_hand("MUG-01", "B-01") == 3
    with world.rt.db.reading() as session:
        [transfer] = transfer_rows(session)
    assert transfer.state is TransferState.RECEIVED
    reasons = [m.reason.value for m in all_moves(world)]
    assert reasons[:2] == ["transfer_in", "transfer_out"]


# -- scrap / adjust --------------------------------------------------------------------------


def test_scrap_needs_a_reason(qtbot, ctx: UiContext, world: UiWorld) -> None:
    world.receive("TS-WHT-L", "6", "A-03")
    workspace = inventory(qtbot, ctx)
    stock = workspace.stock
    qtbot.waitUntil(lambda: stock.model.rowCount() == 1, timeout=20000)
    stock.table.selectRow(0)
    dialog = workspace.open_adjust(stock.selected_row())
    qtbot.waitUntil(lambda: dialog.bin_combo.count() == 1, timeout=20000)
    assert dialog.bin_combo.currentData() == world.bins["A-03"]
    dialog.quantity_spin.setValue(2)
    assert "on hand now 6 → after 4" in dialog.after_label.text()
    dialog.submit()  # no reason
    assert "Give a reason" in dialog.message.text() and all_moves(world)[0].reason.value == "receipt"
    dialog.reason_combo.setEditText("Damaged")
    dialog.submit()
    qtbot.waitUntil(lambda: closed(dialog), timeout=20000)
    assert world.on_hand("TS-WHT-L", "A-03") == 4
    scrapped = all_moves(world)[0]
    assert (scrapped.reason.value, scrapped.quantity, scrapped.note) == ("scrap", 2, "Damaged")
    qtbot.waitUntil(lambda: any(r.on_hand == 4 for r in stock.rows()), timeout=20000)

    # a correction: found one more than the books say
    dialog = workspace.open_adjust(stock.selected_row())
    dialog.set_action(Action.ADJUST)
    qtbot.waitUntil(lambda: dialog.bin_combo.count() == 1, timeout=20000)
    dialog.quantity_spin.setValue(1)
    dialog.reason_combo.setEditText("Found in the bin")
    dialog.submit()
    qtbot.waitUntil(lambda: closed(dialog), timeout=20000)
    assert world.on_hand("TS-WHT-L", "A-03") == 5

    # more than there is: the ledger refuses, the dialog says so, nothing changes
    dialog = workspace.open_adjust(stock.selected_row())
    qtbot.waitUntil(lambda: dialog.bin_combo.count() == 1, timeout=20000)
    dialog.quantity_spin.setValue(50)
    dialog.reason_combo.setEditText("Expired")
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.message.isVisibleTo(dialog), timeout=20000)
    assert "only 5" in dialog.message.text() and "SH/A/03" in dialog.message.text()
    assert world.on_hand("TS-WHT-L", "A-03") == 5
    dialog.reject()


# -- movements, stock, locations -------------------------------------------------------------


def test_movements_filter_and_export_to_excel(qtbot, ctx: UiContext, world: UiWorld) -> None:
    world.receive("TS-BLK-M", "10", "A-01")
    world.receive("MUG-01", "4", "A-02")
    workspace = inventory(qtbot, ctx)
    page = workspace.movements
    workspace.show_page(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=20000)
    scan(qtbot, page.sku_scan, BARCODES["MUG-01"])
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=20000)
    assert page.sku_chip.isVisibleTo(page) and "MUG-01" in page.sku_chip.text()
    assert page.model.index(0, 4).data() == "‹Supplier›" and page.model.index(0, 5).data() == "SH/A/02"
    page.sku_chip.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=20000)
    page.reason_combo.setCurrentIndex(page.reason_combo.findText("Scrap"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=20000)
    page.reason_combo.setCurrentIndex(0)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=20000)

    out = Path(ctx.rt.paths.data_dir) / "moves.xlsx"
    FilePicker.next_path = str(out)
    page.export()
    wait_text(qtbot, page.message, "exported", timeout=10_000)
    sheet = load_workbook(out).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:4] == ("Time", "SKU", "Name", "Quantity")
    assert {(r[1], r[3], r[5], r[6]) for r in rows[1:]} == {("TS-BLK-M", 10, "SH/A/01", "Receipt"),
                                                            ("MUG-01", 4, "SH/A/02", "Receipt")}

    # from the Stock list straight to one SKU's history in one bin
    workspace.show_page(workspace.stock)
    stock = workspace.stock
    qtbot.waitUntil(lambda: stock.model.rowCount() == 2, timeout=20000)
    stock.table.selectRow(0)
    stock.movements_button.click()
    assert workspace.pages.currentWidget() is page
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=20000)


def test_stock_per_warehouse_and_the_lazy_models(qtbot, qtmodeltester, ctx: UiContext, world: UiWorld) -> None:
    world.receive("TS-BLK-M", "10", "A-01")
    world.receive("TS-BLK-M", "5", "A-02")
    world.receive("TS-BLK-M", "2", "B-01")
    workspace = inventory(qtbot, ctx)
    stock = workspace.stock
    qtbot.waitUntil(lambda: stock.model.rowCount() == 3, timeout=20000)
    qtmodeltester.check(stock.model)
    stock.view_combo.setCurrentIndex(1)  # per warehouse
    qtbot.waitUntil(lambda: stock.model.rowCount() == 2, timeout=20000)
    assert {(r.warehouse_code, r.on_hand) for r in stock.rows()} == {("SH", 15), ("GZ", 2)}
    assert stock.table.isColumnHidden(3)
    stock.warehouse_combo.setCurrentIndex(stock.warehouse_combo.findData(world.second))
    qtbot.waitUntil(lambda: stock.model.rowCount() == 1, timeout=20000)
    qtmodeltester.check(stock.model)
    stock.search_edit.setText("nothing-like-this")
    stock.apply_filter()
    qtbot.waitUntil(lambda: stock.model.rowCount() == 0 and stock.empty_label.isVisibleTo(stock), timeout=20000)
    workspace.show_page(workspace.movements)
    qtbot.waitUntil(lambda: workspace.movements.model.rowCount() == 3, timeout=20000)
    qtmodeltester.check(workspace.movements.model)
    workspace.show_page(workspace.transfers)
    workspace.show_page(workspace.stocktakes)
    settle(qtbot, ctx)
    qtmodeltester.check(workspace.transfers.model)
    qtmodeltester.check(workspace.stocktakes.model)


def test_locations_add_and_print_bin_labels(qtbot, ctx: UiContext, world: UiWorld) -> None:
    workspace = inventory(qtbot, ctx)
    page = workspace.locations
    workspace.show_page(page)
    qtbot.waitUntil(lambda: page.item_for(world.zone) is not None, timeout=20000)
    page.tree.setCurrentItem(page.item_for(world.zone), 0, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    dialog = page.add_location()
    assert dialog.kind_combo.currentText() == "Aisle"
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findText("Bin"))
    dialog.code_edit.setText("01")  # taken
    dialog.save()
    qtbot.waitUntil(lambda: dialog.message.isVisibleTo(dialog), timeout=20000)
    assert "already exists" in dialog.message.text()
    dialog.code_edit.setText("04")
    assert dialog.path_label.text() == "SH/A/04"
    dialog.save()
    qtbot.waitUntil(lambda: closed(dialog), timeout=20000)
    qtbot.waitUntil(lambda: any(n.path == "SH/A/04" for n in page.selected_nodes()), timeout=20000)

    page.tree.setCurrentItem(page.item_for(world.zone), 0, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    labels = page.labels_for_selection()
    assert [label.path for label in labels] == ["SH/A/01", "SH/A/02", "SH/A/03", "SH/A/04"]
    assert labels[0].barcode == "L-SH-A-01" and labels[0].warehouse_name == "上海主仓"
    out = Path(ctx.rt.paths.data_dir) / "labels.pdf"
    FilePicker.next_path = str(out)
    page.print_labels()
    wait_text(qtbot, page.message, "saved", timeout=10_000)
    assert out.read_bytes().startswith(b"%PDF") and "4 labels on 4 pages" in page.message.text()

    warehouse = page.add_warehouse()
    warehouse.code_edit.setText("BJ")
    warehouse.name_edit.setText("北京仓")
    warehouse.save()
    qtbot.waitUntil(lambda: len(page.trees) == 3, timeout=20000)


def test_the_main_window_has_inventory_and_purchasing_and_remembers_them(qtbot, ctx: UiContext) -> None:
    from omsdesk.ui.main_window import MainWindow
    from omsdesk.ui.settings import AppSettings

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles.index("Inventory") + 1 == titles.index("Purchasing")
    assert titles.index("Orders") < titles.index("Inventory") and titles[-1] == "Channels"
    window.tabs.setCurrentWidget(window.purchasing)
    window.save_state()
    assert AppSettings(ctx.rt.paths.settings_file).last_tab == "purchasing"
    stock_events: list[bool] = []
    ctx.events.stock_changed.connect(lambda: stock_events.append(True))
    ctx.events.stock_changed.emit()  # every page that shows stock marks itself stale without a query while hidden
    assert stock_events and window.inventory.movements._stale
    settle(qtbot, ctx)
