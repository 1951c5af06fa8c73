"""Purchasing: receiving a purchase order by scanning, wrong scans, variances, orders and suggestions."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from omsdesk.inventory.models import PurchaseOrderState
from omsdesk.inventory.purchasing import PoLineSpec, create_purchase_order, send_po
from omsdesk.inventory.queries import MoveFilter, movement_ids, movement_rows, purchase_order_detail, purchase_order_rows
from omsdesk.inventory.replenishment import set_reorder_rule
from omsdesk.ui.context import UiContext
from omsdesk.ui.inventory.common import Confirm
from omsdesk.ui.inventory.workspace import InventoryWorkspace
from omsdesk.ui.purchasing.receive import ReasonDialog
from omsdesk.ui.purchasing.workspace import PurchasingWorkspace
from tests.ui.test_inventory_helpers import BARCODES, UiWorld, closed, scan, settle, shown, wait_text, world  # noqa: F401

D = Decimal


@pytest.fixture(autouse=True)
def no_questions():
    Confirm.auto = True
    yield
    Confirm.auto = None


def sent_po(world: UiWorld, lines: dict[str, str]) -> int:
    rt = world.rt
    po = create_purchase_order(rt.db, rt.actor, world.supplier, world.main,
                               [PoLineSpec(world.skus[code], D(q)) for code, q in lines.items()])
    send_po(rt.db, rt.actor, po)
    return po


def open_receiving(qtbot, ctx: UiContext, po_id: int) -> PurchasingWorkspace:  # noqa: ANN001
    workspace = shown(qtbot, PurchasingWorkspace(ctx))
    workspace.receive_order(po_id)
    page = workspace.receiving
    qtbot.waitUntil(lambda: page.po is not None and page.po.id == po_id and page.model.rowCount() > 0, timeout=20000)
    return workspace


def moves(world: UiWorld) -> list:
    with world.rt.db.reading() as session:
        ids = movement_ids(session, MoveFilter())
        return [movement_rows(session, ids)[i] for i in ids]


def test_receive_a_purchase_order_into_a_bin_by_scanning(qtbot, ctx: UiContext, world: UiWorld) -> None:
    po = sent_po(world, {"TS-BLK-M": "3", "TS-WHT-L": "2"})
    workspace = open_receiving(qtbot, ctx, po)
    page = workspace.receiving
    field = page.scan

    scan(qtbot, field, world.labels["A-01"])  # the bin label first
    assert page.current_bin is not None and page.current_bin.path == "SH/A/01"
    for _ in range(3):
        scan(qtbot, field, BARCODES["TS-BLK-M"])  # each scan adds one
    scan(qtbot, field, "ts-wht-l")  # a typed SKU code works too, in any case
    page.table.selectRow(1)
    qtbot.keyClicks(page.quantity_edit, "2")  # …and a typed quantity sets it
    qtbot.keyClick(page.quantity_edit, Qt.Key.Key_Return)

    lines = {line.code: line for line in page.model.rows}
    assert (lines["TS-BLK-M"].now, lines["TS-BLK-M"].after) == (3, 0)
    assert (lines["TS-WHT-L"].now, lines["TS-WHT-L"].after) == (2, 0)
    assert page.model.index(0, 4).data() == "3"
    assert page.model.index(0, 6).data() == "SH/A/01 ×3"
    assert not field.showing_error and page.post_button.isEnabled()

    stock_changes: list[bool] = []
    ctx.events.stock_changed.connect(lambda: stock_changes.append(True))
    page.post_button.click()
    wait_text(qtbot, page.message, "RC-", timeout=20000)
    assert stock_changes and page.model.rowCount() == 0 or all(line.now == 0 for line in page.model.rows)
    assert world.on_hand("TS-BLK-M", "A-01") == 3 and world.on_hand("TS-WHT-L", "A-01") == 2
    with world.rt.db.reading() as session:
        assert purchase_order_detail(session, po).state is PurchaseOrderState.RECEIVED

    # the Stock view shows it
    inventory = shown(qtbot, InventoryWorkspace(ctx))
    stock = inventory.stock
    qtbot.waitUntil(lambda: stock.model.rowCount() == 2, timeout=20000)
    assert {(r.sku_code, r.path, r.on_hand) for r in stock.rows()} == {
        ("TS-BLK-M", "SH/A/01", D(3)), ("TS-WHT-L", "SH/A/01", D(2))}
    stock.search_edit.setText(BARCODES["TS-WHT-L"])  # searching by barcode
    stock.apply_filter()
    qtbot.waitUntil(lambda: stock.model.rowCount() == 1, timeout=20000)
    assert stock.rows()[0].sku_code == "TS-WHT-L"


def test_a_wrong_barcode_is_refused_loudly_and_changes_nothing(qtbot, ctx: UiContext, world: UiWorld) -> None:
    po = sent_po(world, {"TS-BLK-M": "3"})
    workspace = open_receiving(qtbot, ctx, po)  # keep a reference: the widgets live as long as it does
    page = workspace.receiving
    field = page.scan
    failures: list[tuple[str, str]] = []
    field.failed.connect(lambda code, message: failures.append((code, message)))

    scan(qtbot, field, BARCODES["TS-BLK-M"])  # an item before any bin
    assert field.showing_error and "Scan the bin label first" in field.message.text()

    scan(qtbot, field, world.labels["A-01"])
    assert not field.showing_error
    scan(qtbot, field, "9999999999994")
    assert field.showing_error
    assert "Unknown code 9999999999994" in field.message.text()
    assert "#dc2626" in field.edit.styleSheet()  # the red flash
    assert failures[-1][0] == "9999999999994"

    scan(qtbot, field, "MUG-01")  # a real product, but not on this order
    assert field.showing_error and "not on PO-" in field.message.text()
    scan(qtbot, field, world.labels["B-01"])  # a bin of the other warehouse
    assert field.showing_error and "another warehouse" in field.message.text()
    assert page.current_bin.path == "SH/A/01"

    assert all(line.now == 0 for line in page.model.rows)
    assert not page.post_button.isEnabled()
    assert moves(world) == []
    qtbot.wait(10)


def test_a_short_delivery_asks_for_a_reason(qtbot, ctx: UiContext, world: UiWorld) -> None:
    po = sent_po(world, {"TS-BLK-M": "3", "TS-WHT-L": "2"})
    workspace = open_receiving(qtbot, ctx, po)
    page = workspace.receiving
    scan(qtbot, page.scan, world.labels["A-02"])
    scan(qtbot, page.scan, BARCODES["TS-BLK-M"])
    scan(qtbot, page.scan, BARCODES["TS-BLK-M"])  # 2 of 3; TS-WHT-L does not come at all

    page.post_button.click()
    dialog = page.reason_dialog
    assert isinstance(dialog, ReasonDialog) and [line.code for line in dialog.lines] == ["TS-BLK-M"]
    dialog.submit()  # no reason given: refused
    assert dialog.isVisible() and "needs a reason" in dialog.error.text()
    dialog.set_reasons(["Partial delivery — the rest follows"])
    dialog.submit()
    wait_text(qtbot, page.message, "RC-", timeout=20000)

    assert world.on_hand("TS-BLK-M", "A-02") == 2
    [move] = moves(world)
    assert move.note == "Partial delivery — the rest follows"
    with world.rt.db.reading() as session:
        detail = purchase_order_detail(session, po)
    assert detail.state is PurchaseOrderState.PARTIALLY_RECEIVED
    assert [(line.sku_code, line.outstanding) for line in detail.lines] == [("TS-BLK-M", 1), ("TS-WHT-L", 2)]
    # the order stays receivable, with what is still outstanding
    qtbot.waitUntil(lambda: page.po is not None and page.model.rowCount() == 2
                    and page.model.rows[0].outstanding == 1, timeout=20000)


def test_receive_without_a_purchase_order(qtbot, ctx: UiContext, world: UiWorld) -> None:
    workspace = shown(qtbot, PurchasingWorkspace(ctx))
    workspace.tabs.setCurrentWidget(workspace.receiving)
    page = workspace.receiving
    qtbot.waitUntil(lambda: page.po_combo.count() >= 2, timeout=20000)
    assert not page.scan.isEnabled()  # nothing chosen yet
    page.po_combo.setCurrentIndex(page.po_combo.findData(0))
    assert page.scan.isEnabled() and page.supplier_combo.isVisibleTo(page) and page.warehouse_combo.isEnabled()
    page.warehouse_combo.setCurrentIndex(page.warehouse_combo.findData(world.second))
    scan(qtbot, page.scan, world.paths["A-03"])  # a bin path typed by hand: its warehouse is taken
    assert page.current_bin.path == "SH/A/03" and page.warehouse_combo.currentData() == world.main
    scan(qtbot, page.scan, "MUG-01")
    scan(qtbot, page.scan, world.labels["B-01"])  # with goods scanned, the warehouse is fixed
    assert page.scan.showing_error and page.current_bin.path == "SH/A/03"
    scan(qtbot, page.scan, "MUG-01")
    assert [(line.code, line.now, line.outstanding) for line in page.model.rows] == [("MUG-01", 2, None)]
    page.post_button.click()
    wait_text(qtbot, page.message, "RC-", timeout=20000)
    assert world.on_hand("MUG-01", "A-03") == 2


def test_a_new_purchase_order_by_scanning_and_send(qtbot, ctx: UiContext, world: UiWorld) -> None:
    workspace = shown(qtbot, PurchasingWorkspace(ctx))
    orders = workspace.orders
    dialog = orders.new_order()
    qtbot.waitUntil(lambda: dialog.supplier_combo.count() == 1 and dialog.warehouse_combo.count() == 2, timeout=20000)
    qtbot.waitUntil(lambda: bool(dialog.items), timeout=20000)
    for _ in range(4):
        scan(qtbot, dialog.scan, BARCODES["TS-BLK-M"])
    scan(qtbot, dialog.scan, "MUG-01")
    lines = {line.code: line for line in dialog.model.rows}
    assert lines["TS-BLK-M"].quantity == 4 and lines["TS-BLK-M"].unit_cost == D("22.00")  # the supplier's price
    assert lines["MUG-01"].unit_cost is None  # the catalogue cost will be used
    assert dialog.model.setData(dialog.model.index(1, 3), D(12))  # typed quantity
    assert not dialog.model.setData(dialog.model.index(1, 3), D(0))  # refused
    assert "Lines: 2" in dialog.total_label.text()
    dialog.send_button.click()
    qtbot.waitUntil(lambda: closed(dialog), timeout=20000)
    qtbot.waitUntil(lambda: orders.model.rowCount() == 1, timeout=20000)
    with world.rt.db.reading() as session:
        [row] = purchase_order_rows(session)
        detail = purchase_order_detail(session, row.id)
    assert row.state is PurchaseOrderState.SENT
    assert [(line.sku_code, line.quantity, line.unit_cost) for line in detail.lines] == [
        ("TS-BLK-M", 4, D("22.00")), ("MUG-01", 12, D("12.00"))]
    orders.table.selectRow(0)
    qtbot.waitUntil(lambda: orders.receive_button.isEnabled() and orders.lines_model.rowCount() == 2, timeout=20000)
    orders.receive_button.click()
    assert workspace.tabs.currentWidget() is workspace.receiving
    qtbot.waitUntil(lambda: workspace.receiving.po is not None and workspace.receiving.model.rowCount() == 2,
                    timeout=20000)


def test_purchase_suggestions_become_purchase_orders(qtbot, ctx: UiContext, world: UiWorld) -> None:
    rt = world.rt
    set_reorder_rule(rt.db, rt.actor, world.skus["TS-WHT-L"], world.main, D(5), D(20))  # ACME supplies it
    set_reorder_rule(rt.db, rt.actor, world.skus["TS-BLK-M"], world.main, D(2), D(10))  # ACME, preferred
    set_reorder_rule(rt.db, rt.actor, world.skus["MUG-01"], world.main, D(5), D(30))  # nobody supplies it
    workspace = shown(qtbot, PurchasingWorkspace(ctx))
    workspace.tabs.setCurrentWidget(workspace.suggestions)
    page = workspace.suggestions
    qtbot.waitUntil(lambda: page.tree.topLevelItemCount() == 2, timeout=20000)
    assert [g.supplier_id for g in page.groups] == [world.supplier, None]
    codes = [line.code for line in page.groups[0].lines]
    white = codes.index("TS-WHT-L")
    page._line_item(0, white).setText(5, "7")  # the clerk changes the quantity
    page._line_item(0, codes.index("TS-BLK-M")).setCheckState(0, Qt.CheckState.Unchecked)  # and drops a line
    page._line_item(0, white).setText(5, "abc")  # a typo is refused, the last value stays
    assert page.quantity(0, white) == 7 and "not a quantity" in page.message.text()
    [chosen] = page.chosen_suggestions()
    assert [(line.code, line.suggested_quantity) for line in chosen.lines] == [("TS-WHT-L", 7)]

    page.create_button.click()
    wait_text(qtbot, page.message, "created", timeout=20000)
    with rt.db.reading() as session:
        [po] = purchase_order_rows(session)
        detail = purchase_order_detail(session, po.id)
    assert po.state is PurchaseOrderState.DRAFT and po.supplier_id == world.supplier
    assert [(line.sku_code, line.quantity) for line in detail.lines] == [("TS-WHT-L", 7)]
    # the suggestion list refreshes: TS-WHT-L is on order now and no longer low
    qtbot.waitUntil(lambda: all("TS-WHT-L" not in [line.code for line in g.lines] for g in page.groups), timeout=20000)


def test_supplier_and_its_items(qtbot, ctx: UiContext, world: UiWorld) -> None:
    workspace = shown(qtbot, PurchasingWorkspace(ctx))
    workspace.tabs.setCurrentWidget(workspace.suppliers)
    page = workspace.suppliers
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.items_model.rowCount() == 2, timeout=20000)
    dialog = page.add_supplier()
    dialog.code_edit.setText("ACME")  # taken
    dialog.name_edit.setText("Another")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.message.isVisibleTo(dialog), timeout=20000)
    assert "already exists" in dialog.message.text() and "#dc2626" in dialog.code_edit.styleSheet()
    dialog.code_edit.setText("MUGS")
    dialog.name_edit.setText("景德镇 Ceramics")
    dialog.save()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2 and page.selected() is not None
                    and page.selected().code == "MUGS", timeout=20000)
    item_dialog = page.add_item()
    scan(qtbot, item_dialog.sku_scan, BARCODES["MUG-01"])
    item_dialog.code_edit.setText("JDZ-7")
    item_dialog.cost_edit.setText("9.8")
    item_dialog.preferred_check.setChecked(True)
    item_dialog.save()
    qtbot.waitUntil(lambda: page.items_model.rowCount() == 1, timeout=20000)
    item = page.items_model.rows[0]
    assert (item.sku_code, item.supplier_code, item.unit_cost, item.preferred) == ("MUG-01", "JDZ-7", D("9.8"), True)
    assert page.items_model.index(0, 3).data() == "9.80"


def test_table_models_pass_the_model_tester(qtbot, qtmodeltester, ctx: UiContext, world: UiWorld) -> None:
    po = sent_po(world, {"TS-BLK-M": "3", "TS-WHT-L": "2"})
    workspace = open_receiving(qtbot, ctx, po)
    page = workspace.receiving
    scan(qtbot, page.scan, world.labels["A-01"])
    scan(qtbot, page.scan, BARCODES["TS-BLK-M"])
    qtmodeltester.check(page.model)
    qtbot.waitUntil(lambda: workspace.orders.model.rowCount() == 1, timeout=20000)
    qtmodeltester.check(workspace.orders.model)
    qtbot.waitUntil(lambda: workspace.orders.lines_model.rowCount() == 2, timeout=20000)
    qtmodeltester.check(workspace.orders.lines_model)
    settle(qtbot, ctx)
