"""What the issue-3 walkthrough (tests/ui/walkthrough.py) showed was wrong, and stays fixed."""

from __future__ import annotations

import importlib
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog
from sqlalchemy import func, select

from omsdesk.documents.labels import LabelSize
from omsdesk.inventory.models import (
    LocationKind,
    MoveReason,
    PurchaseOrderState,
    Stocktake,
    StocktakeState,
    TransferState,
)
from omsdesk.ui.context import UiContext
from omsdesk.ui.inventory import labels as inventory_labels
from omsdesk.ui.inventory.common import Confirm, FilePicker
from omsdesk.ui.inventory.workspace import InventoryWorkspace
from omsdesk.ui.purchasing.workspace import PurchasingWorkspace
from tests.ui.test_inventory_helpers import (  # noqa: F401
    BARCODES,
    UiWorld,
    closed,
    scan,
    shown,
    wait_text,
    world,
)

REPO = Path(__file__).resolve().parents[2]
TABLE_MODULES = (  # modules whose tables and messages go through ``translate(context, text)``
    "omsdesk.ui.inventory.stock", "omsdesk.ui.inventory.movements", "omsdesk.ui.inventory.transfers",
    "omsdesk.ui.inventory.stocktakes", "omsdesk.ui.purchasing.orders", "omsdesk.ui.purchasing.receive",
    "omsdesk.ui.purchasing.suggestions", "omsdesk.ui.purchasing.suppliers",
)


@pytest.fixture(autouse=True)
def no_questions():
    Confirm.auto = True
    yield
    Confirm.auto = None
    FilePicker.next_path = None


# -- every text is collected for translation ------------------------------------------------------


def _lupdate_sources(files: list[Path], tmp_path: Path) -> set[tuple[str, str]]:
    lupdate = shutil.which("pyside6-lupdate") or str(Path(sys.executable).parent / "pyside6-lupdate")
    if not Path(lupdate).exists():
        pytest.skip("pyside6-lupdate is not installed")
    out = tmp_path / "collected.ts"
    subprocess.run([lupdate, *map(str, files), "-ts", str(out)], check=True, capture_output=True)
    root = ET.parse(out).getroot()
    return {(context.findtext("name"), message.findtext("source"))
            for context in root.iter("context") for message in context.iter("message")}


def test_table_headers_states_and_reasons_are_collected_by_lupdate(qtbot, ctx: UiContext, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """The Chinese UI showed these in English: a helper ``_t(text)`` supplied the context itself, so
    pyside6-lupdate never saw the texts and the .ts file had none of them."""
    looked_up: set[tuple[str, str]] = set()

    def recording(context: str, text: str) -> str:
        looked_up.add((context, text))
        return text

    modules = [importlib.import_module(name) for name in TABLE_MODULES]
    for module in (*modules, inventory_labels):
        monkeypatch.setattr(module, "translate", recording, raising=False)
    for module in modules:  # every column header of every table these pages show
        for value in vars(module).values():
            if isinstance(value, tuple) and value and all(hasattr(c, "header") for c in value):
                for column in value:
                    column.header()
    from omsdesk.ui.purchasing.receive import ReceivePage

    page = ReceivePage(ctx)  # its columns are built per page
    qtbot.addWidget(page)
    for column in page.columns:
        column.header()
    for reason in MoveReason:
        inventory_labels.reason_label(reason)
    for kind in LocationKind:
        inventory_labels.location_kind_label(kind)
    for state in PurchaseOrderState:
        inventory_labels.po_state_label(state)
    for state in TransferState:
        inventory_labels.transfer_state_label(state)
    for state in StocktakeState:
        inventory_labels.stocktake_state_label(state)
    for size in LabelSize:
        inventory_labels.label_size_title(size)
    assert len(looked_up) > 120

    files = sorted({Path(m.__file__) for m in (*modules, inventory_labels)})
    collected = _lupdate_sources(files, tmp_path)
    missing = sorted(looked_up - collected)
    assert not missing, f"shown but never collected for translation: {missing[:10]}"


def test_label_stocks_are_offered_in_the_users_words_and_remembered_by_name(
        qtbot, ctx: UiContext, world: UiWorld, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from omsdesk.ui.products.workspace import ProductsWorkspace

    inventory = shown(qtbot, InventoryWorkspace(ctx))
    combo = inventory.locations.size_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        inventory_labels.label_size_title(combo.itemData(i)) for i in range(combo.count())]

    products = shown(qtbot, ProductsWorkspace(ctx))
    qtbot.waitUntil(lambda: products.model.rowCount() == 3, timeout=20000)
    products.table.selectAll()
    offered: list[list[str]] = []

    def choose(_parent, _title, _label, items, current, _editable):  # noqa: ANN001, ANN202
        offered.append(list(items))
        return items[2], True

    monkeypatch.setattr(QInputDialog, "getItem", choose)
    out = tmp_path / "labels.pdf"
    with qtbot.waitSignal(products.file_written, timeout=20000):
        products.print_labels(out, offer_open=False)
    assert offered == [[inventory_labels.label_size_title(size) for size in LabelSize]]
    assert ctx.settings.qsettings.value("products/label_size") == list(LabelSize)[2].name


# -- Enter after a scan belongs to the scan ----------------------------------------------------------


def test_scanning_a_sku_into_the_new_count_dialog_does_not_start_the_count(qtbot, ctx: UiContext,
                                                                            world: UiWorld) -> None:
    """Enter ended the scan and then pressed "Start count": a whole-warehouse count was started."""
    world.receive("MUG-01", "4", "A-01")
    inventory = shown(qtbot, InventoryWorkspace(ctx))
    page = inventory.stocktakes
    inventory.show_page(page)
    dialog = page.new_count()
    qtbot.waitUntil(lambda: dialog.warehouse_combo.count() == 2, timeout=20000)
    scan(qtbot, dialog.sku_scan, BARCODES["MUG-01"])
    qtbot.wait(50)
    assert dialog.isVisible() and dialog.skus_radio.isChecked()
    assert [sku.code for sku in dialog.skus] == ["MUG-01"]
    with ctx.rt.db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Stocktake)) == 0
    dialog.reject()


def test_scanning_the_sku_into_a_supplier_item_does_not_save_it_half_filled(qtbot, ctx: UiContext,
                                                                           world: UiWorld) -> None:
    """Enter pressed "Save" before the scan was looked up: "Scan or type the SKU first." in red."""
    workspace = shown(qtbot, PurchasingWorkspace(ctx))
    workspace.tabs.setCurrentWidget(workspace.suppliers)
    page = workspace.suppliers
    qtbot.waitUntil(lambda: page.selected() is not None, timeout=20000)
    dialog = page.add_item()
    pressed: list[bool] = []
    dialog.buttons.accepted.connect(lambda: pressed.append(True))
    scan(qtbot, dialog.sku_scan, BARCODES["MUG-01"])
    assert not pressed  # the scanner's Enter did not press Save
    assert dialog.isVisible() and dialog.sku_id == world.skus["MUG-01"]
    assert not dialog.sku_scan.showing_error and not dialog.message.isVisibleTo(dialog)
    dialog.reject()


def test_enter_in_the_new_product_form_means_create_not_new_category(qtbot, ctx: UiContext,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from omsdesk.ui.products.workspace import ProductsWorkspace

    asked: list[str] = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (asked.append("new category"), ("", False))[1])
    workspace = shown(qtbot, ProductsWorkspace(ctx))
    dialog = workspace.new_product()
    assert dialog.create_button.isDefault() and not dialog.new_category_button.isDefault()
    qtbot.keyClicks(dialog.code_edit, "TS09")
    dialog.name_edit.setText("Tee")
    dialog.attribute_rows[0].name_edit.setText("尺码")
    qtbot.keyClicks(dialog.attribute_rows[0].values_edit, "S, M")
    with qtbot.waitSignal(dialog.created, timeout=20000) as created:
        qtbot.keyClick(dialog.attribute_rows[0].values_edit, Qt.Key.Key_Return)
    assert asked == [] and len(created.args[0].sku_ids) == 2


# -- messages that outlive what they were about ------------------------------------------------------


def test_a_posted_receipt_does_not_keep_the_refusal_from_before(qtbot, ctx: UiContext, world: UiWorld) -> None:
    from decimal import Decimal

    from omsdesk.inventory.purchasing import PoLineSpec, create_purchase_order, send_po

    rt = world.rt
    po = create_purchase_order(rt.db, rt.actor, world.supplier, world.main,
                               [PoLineSpec(world.skus["TS-BLK-M"], Decimal(1))])
    send_po(rt.db, rt.actor, po)
    workspace = shown(qtbot, PurchasingWorkspace(ctx))
    workspace.receive_order(po)
    page = workspace.receiving
    qtbot.waitUntil(lambda: page.po is not None and page.model.rowCount() == 1, timeout=20000)
    scan(qtbot, page.scan, world.labels["A-01"])
    scan(qtbot, page.scan, "MUG-01")  # not on the order
    assert page.scan.showing_error
    scan(qtbot, page.scan, BARCODES["TS-BLK-M"])
    page.post_button.click()
    wait_text(qtbot, page.message, "RC-", timeout=20000)
    assert not page.scan.message.isVisibleTo(page) and not page.scan.showing_error
    assert "#dc2626" not in page.scan.edit.styleSheet()  # nor the red of that refusal on the field


def test_another_stocktake_does_not_show_the_last_ones_count_message(qtbot, ctx: UiContext, world: UiWorld) -> None:
    from omsdesk.inventory.stocktake import StocktakeScope, start_stocktake

    rt = world.rt
    world.receive("MUG-01", "4", "A-01")
    first = start_stocktake(rt.db, rt.actor, world.main, StocktakeScope(), False)
    second = start_stocktake(rt.db, rt.actor, world.main, StocktakeScope(), True)
    inventory = shown(qtbot, InventoryWorkspace(ctx))
    page = inventory.stocktakes
    inventory.show_page(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=20000)
    rows = [r.row.id for r in page.model.rows]
    page.table.selectRow(rows.index(first))
    panel = page.count_panel
    scan(qtbot, panel.scan, world.labels["A-01"])
    assert "A-01" in panel.scan.message.text() or "SH/A/01" in panel.scan.message.text()
    page.table.selectRow(rows.index(second))
    assert not panel.scan.message.isVisibleTo(panel)


# -- singular and plural ---------------------------------------------------------------------------


def test_one_page_one_adjustment_one_bin_read_in_the_singular(qtbot, ctx: UiContext, world: UiWorld) -> None:
    from omsdesk.ui.inventory.stocktakes import scope_text

    assert scope_text({"bin_path_from": "SH/A/01", "bin_path_to": "SH/A/01"}, {}) == "bin SH/A/01"
    assert scope_text({"bin_path_from": "SH/A/01", "bin_path_to": "SH/A/03"}, {}) == "bins SH/A/01 – SH/A/03"
    inventory = shown(qtbot, InventoryWorkspace(ctx))
    review = inventory.stocktakes.variance_panel
    assert review.posted_text("ST-000001", 1) == "ST-000001 posted: 1 adjustment booked."
    assert review.posted_text("ST-000001", 3) == "ST-000001 posted: 3 adjustments booked."
    assert review.posted_text("ST-000001", 0) == "ST-000001 posted: every count matched, nothing to book."

    page = inventory.locations
    inventory.show_page(page)
    qtbot.waitUntil(lambda: page.item_for(world.zone) is not None, timeout=20000)
    page.tree.setCurrentItem(page.item_for(world.zone))
    page.size_combo.setCurrentIndex(page.size_combo.findData(LabelSize.A4_3x8))
    FilePicker.next_path = str(Path(ctx.rt.paths.data_dir) / "bins.pdf")
    page.print_labels()
    wait_text(qtbot, page.message, "saved", timeout=20000)
    assert "3 labels on 1 page saved" in page.message.text()


# -- the unmapped list ------------------------------------------------------------------------------


def test_after_a_mapping_the_next_listing_is_selected_and_the_list_can_be_filtered(qtbot, ctx: UiContext) -> None:
    from omsdesk.catalog.services import SkuSpec, create_sku
    from omsdesk.ui.products.workspace import ProductsWorkspace
    from tests.fakes import make_order
    from tests.ui.conftest import add_test_shop, import_orders

    rt = ctx.rt
    create_sku(rt.db, rt.actor, SkuSpec("TEE-2", "Tee 2"))
    import_orders(rt, add_test_shop(rt), [make_order(n, lines=4) for n in range(1, 4)])
    workspace = shown(qtbot, ProductsWorkspace(ctx))
    view = workspace.unmapped
    with qtbot.waitSignal(view.loaded, timeout=20000):
        workspace.views.setCurrentWidget(view)
    group = view.tree.topLevelItem(0)
    order = [group.child(n).text(1) for n in range(group.childCount())]
    assert len(order) == 4
    view.tree.setCurrentItem(group.child(1))  # the second listing of the list
    qtbot.keyClicks(view.picker.edit, "TEE-2")
    with qtbot.waitSignal(view.picker.picked, timeout=20000):
        qtbot.keyClick(view.picker.edit, Qt.Key.Key_Return)
    with qtbot.waitSignal(view.mapped, timeout=20000):
        view.map_button.click()
    assert view.selected_listing().channel_sku == order[2]  # where the user was, not back at the top
    qtbot.waitUntil(lambda: ctx.tasks.active_count == 0, timeout=20000)
    assert view.selected_listing().channel_sku == order[2]

    view.filter_edit.setText(order[3][-3:])  # "004"
    visible = [item.text(1) for item in view._listing_items() if not item.isHidden()]
    assert visible == [order[3]] and view.selected_listing().channel_sku == order[3]
    view.filter_edit.setText("no such listing")
    assert view.selected_listing() is None and not view.map_button.isEnabled()
    view.filter_edit.clear()
    assert len([item for item in view._listing_items() if not item.isHidden()]) == 3


def test_the_delete_mapping_button_is_a_button_not_a_bar(qtbot, ctx: UiContext) -> None:
    from omsdesk.ui.products.detail import MappingsPanel

    panel = MappingsPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(1200, 300)
    panel.show()
    qtbot.wait(10)
    assert panel.delete_button.width() < 300


def test_the_walkthrough_script_is_importable() -> None:
    """``make walkthrough`` runs tests/ui/walkthrough.py; keep it importable without side effects."""
    module = importlib.import_module("tests.ui.walkthrough")
    assert callable(module.main) and module.ean13("690123450001") == "6901234500011"


# -- answers that arrive late ------------------------------------------------------------------------


def test_a_late_answer_for_the_warehouse_chosen_before_does_not_replace_the_bins(qtbot, ctx: UiContext,
                                                                                 world: UiWorld) -> None:
    """Choosing a warehouse loads its locations in the background; the answer for the warehouse shown
    first could arrive last and fill the combos with the wrong warehouse's bins (seen as a flaky test
    on a loaded machine)."""
    from omsdesk.inventory.queries import location_tree

    inventory = shown(qtbot, InventoryWorkspace(ctx))
    inventory.show_page(inventory.stocktakes)
    dialog = inventory.stocktakes.new_count()
    qtbot.waitUntil(lambda: dialog.warehouse_combo.count() == 2, timeout=20000)
    dialog.warehouse_combo.setCurrentIndex(dialog.warehouse_combo.findData(world.main))
    qtbot.waitUntil(lambda: dialog.from_combo.count() == 3 and ctx.tasks.active_count == 0, timeout=20000)
    with ctx.rt.db.reading() as session:
        other = location_tree(session, world.second)
    dialog._fill_locations(world.second, other)  # the answer for the other warehouse, late
    assert [dialog.from_combo.itemData(i) for i in range(3)] == ["SH/A/01", "SH/A/02", "SH/A/03"]
    assert dialog.zone_combo.count() == 1
    dialog.reject()


def test_the_bins_of_the_product_scanned_before_do_not_replace_the_current_ones(qtbot, ctx: UiContext,
                                                                                world: UiWorld) -> None:
    from omsdesk.inventory.queries import stock_by_bin

    world.receive("MUG-01", "4", "A-02")
    world.receive("TS-BLK-M", "3", "A-03")
    inventory = shown(qtbot, InventoryWorkspace(ctx))
    dialog = inventory.open_adjust(None)
    scan(qtbot, dialog.sku_scan, BARCODES["TS-BLK-M"])
    qtbot.waitUntil(lambda: dialog.bin_combo.count() == 1 and ctx.tasks.active_count == 0, timeout=20000)
    with ctx.rt.db.reading() as session:
        mug_bins = stock_by_bin(session, sku_id=world.skus["MUG-01"])
    dialog._bins_arrived(world.skus["MUG-01"], mug_bins)  # the mug was scanned first; its answer came last
    assert dialog.bin_combo.currentData() == world.bins["A-03"]
    dialog.reject()
