"""Walk issue 3's "done when" list through the real main window, offscreen, and keep what a person looks at.

    make walkthrough
    .venv/bin/python -m tests.ui.walkthrough --out DIR [--language en|zh_CN] [--orders 300]

One app session, the way the merchant, the purchasing clerk and the warehouse clerk
work: the orders of the demo's simulated web shop are synced from the channel
simulator (Channels → Sync now), into an empty catalogue and warehouse; a product with 12 variants is created; each variant gets an EAN-13 barcode
(typed and Enter, as a scanner sends it); the shop's listings of that T-shirt are
mapped to it in the Unmapped list, and orders imported afterwards arrive resolved;
two warehouses get bins and bin labels; a supplier and a purchase order are made,
and the order is received into bins by scanning; stock is transferred to the
second warehouse; a bin is counted and its variance posted; reorder rules raise
purchase suggestions that become a purchase order; movements are exported.

Every step drives the widgets (the methods and keys the pytest-qt tests use),
asserts that it happened (so the script fails loudly when a flow breaks), prints
one line and saves a PNG of the window (dialogs are saved on their own: they are
separate windows). PDFs (SKU labels, bin labels, count sheets) and Excel files
(catalogue, movements) go into the same folder. Uses a throw-away data folder and
an in-memory keyring; needs a CJK font (fonts-noto-cjk) for the Chinese run.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import keyring  # noqa: E402
from PySide6.QtCore import QItemSelectionModel, Qt, qInstallMessageHandler  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from tests.fakes import MemoryKeyring  # noqa: E402

SIZE = (1280, 800)
WAIT_SECONDS = 30.0
COLOURS = {"BLK": "BK", "GRY": "GY", "NVY": "NV"}  # the shop's colour codes → ours
SIZES = ("S", "M", "L", "XL")
EXTRA_ORDERS = 80  # arrive in the simulator after the mapping, then are synced
DOCUMENTS = ("sku-labels-50x30.pdf", "sku-labels-60x40.pdf", "sku-labels-a4.pdf", "catalogue.xlsx",
             "bin-labels-100x50.pdf", "bin-labels-60x40.pdf", "bin-labels-a4.pdf", "count-sheet.pdf",
             "count-sheet-blind.pdf", "movements.xlsx")


def ean13(first12: str) -> str:
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(first12))
    return first12 + str((10 - total % 10) % 10)


class WalkFailed(AssertionError):
    pass


class Walk:
    """The session: the window, waiting, screenshots, one line per step."""

    def __init__(self, app: QApplication, out: Path) -> None:
        self.app = app
        self.out = out
        self.window = None
        self.ctx = None
        self.number = 0
        self.shots: list[str] = []
        self.started = time.monotonic()

    # -- waiting -------------------------------------------------------------------------

    def wait(self, condition: Callable[[], bool], what: str, seconds: float = WAIT_SECONDS) -> None:
        deadline = time.monotonic() + seconds
        while True:
            self.app.processEvents()
            try:
                if condition():
                    return
            except (AttributeError, IndexError, KeyError, RuntimeError):
                pass  # a widget or row that is not there yet
            if time.monotonic() > deadline:
                raise WalkFailed(f"waited {seconds:.0f} s for: {what}")
            time.sleep(0.01)

    def idle(self, seconds: float = 0.25) -> None:
        """Background work done, then a moment for the repaint."""
        self.wait(lambda: self.ctx.tasks.active_count == 0, "background tasks to finish")
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            self.app.processEvents()
            time.sleep(0.01)
        self.wait(lambda: self.ctx.tasks.active_count == 0, "background tasks to finish")

    # -- input -----------------------------------------------------------------------------

    def scan(self, field, text: str) -> None:  # noqa: ANN001 - a ScanField
        """Keys then Enter, as a scanner sends them; waits for the field's answer."""
        field.edit.setFocus()
        QTest.keyClicks(field.edit, text)
        QTest.keyClick(field.edit, Qt.Key.Key_Return)
        self.wait(lambda: not field.busy, f"the scan of {text}")
        self.app.processEvents()

    def type_enter(self, edit, text: str) -> None:  # noqa: ANN001 - a QLineEdit
        edit.setFocus()
        QTest.keyClicks(edit, text)
        QTest.keyClick(edit, Qt.Key.Key_Return)
        self.app.processEvents()

    # -- output ----------------------------------------------------------------------------

    def shot(self, name: str, widget: QWidget | None = None) -> str:
        self.idle(0.2)
        self.number += 1
        file_name = f"{self.number:02d}-{name}.png"
        target = widget if widget is not None else self.window
        if not target.grab().save(str(self.out / file_name)):
            raise WalkFailed(f"could not save {file_name}")
        self.shots.append(file_name)
        return file_name

    def say(self, text: str, *files: str) -> None:
        suffix = f"  [{', '.join(files)}]" if files else ""
        print(f"{time.monotonic() - self.started:6.1f}s  {text}{suffix}", flush=True)

    def file(self, name: str) -> Path:
        return self.out / name

    def wait_file(self, path: Path, what: str) -> None:
        self.wait(lambda: path.exists() and path.stat().st_size > 0 and self.ctx.tasks.active_count == 0, what)


def check(condition: bool, message: str) -> None:
    if not condition:
        raise WalkFailed(message)


def shown(dialog: QWidget) -> bool:
    import shiboken6

    return shiboken6.isValid(dialog) and dialog.isVisible()


# ---------------------------------------------------------------------------------------------


def run(walk: Walk, rt, simulator, shop_id: int) -> None:  # noqa: ANN001, PLR0915 - one story, told in order
    from sqlalchemy import func, select

    from omsdesk.catalog.models import ChannelSkuMapping, Sku
    from omsdesk.documents.labels import LabelSize
    from omsdesk.inventory.models import (
        Location,
        LocationKind,
        PurchaseOrder,
        PurchaseOrderState,
        Stocktake,
        StocktakeState,
        Transfer,
        TransferState,
        Warehouse,
    )
    from omsdesk.orders.models import Order, OrderLine
    from omsdesk.ui.inventory.common import Confirm, FilePicker
    from omsdesk.ui.products.model import COLUMN_INDEX
    from omsdesk.ui.products.unmapped import LISTING_ROLE

    window, ctx, db = walk.window, walk.ctx, rt.db
    Confirm.auto = True  # the yes/no questions before posting are answered "yes"

    def scalar(statement):  # noqa: ANN001, ANN202
        with db.reading() as session:
            return session.scalar(statement)

    # -- 1. orders from the shop ---------------------------------------------------------------
    channels = window.channels
    window.tabs.setCurrentWidget(channels)
    walk.wait(lambda: channels.selected_shop() is not None, "the demo shop in Channels")
    finished: list = []
    ctx.events.sync_finished.connect(finished.append)
    channels.sync_button.click()
    walk.wait(lambda: bool(finished), "the first sync", 120)
    result = finished[-1]
    check(result.ok and result.new > 0, f"the sync did not import orders: {result}")
    walk.idle()
    shot = walk.shot("channels-synced")
    walk.say(f"synced the demo shop: {result.new} orders imported", shot)
    orders = window.orders
    window.tabs.setCurrentWidget(orders)
    walk.wait(lambda: orders.model.rowCount() == result.new, "the order list")
    walk.say(f"Orders lists {orders.model.rowCount()} orders", walk.shot("orders"))

    # -- 2. a product with 12 variants ---------------------------------------------------------
    products = window.products
    window.tabs.setCurrentWidget(products)
    walk.wait(lambda: products.model.loaded_once, "the SKU list")
    check(products.model.rowCount() == 0, "the catalogue is not empty at the start")
    walk.say("Products starts empty, with a hint", walk.shot("products-empty"))
    dialog = products.new_product()
    walk.wait(lambda: shown(dialog), "the New product dialog")
    QTest.keyClicks(dialog.code_edit, "TEE")
    dialog.name_edit.setText("纯棉圆领T恤 Crew tee")  # an input method's text: QTest cannot type Chinese
    colour, size = dialog.attribute_rows
    colour.name_edit.setText("颜色")
    colour.values_edit.setText("黑=BK，灰=GY，藏青=NV")  # full-width commas, as a Chinese keyboard types them
    size.name_edit.setText("尺码")
    QTest.keyClicks(size.values_edit, ", ".join(SIZES))
    QTest.keyClicks(dialog.cost_edit, "18.5")
    QTest.keyClicks(dialog.price_edit, "79")
    dialog.brand_combo.setEditText("Omsdesk 自有品牌")
    dialog.update_preview()
    check(dialog.matrix.rowCount() == 12, f"the matrix shows {dialog.matrix.rowCount()} combinations, not 12")
    code_column = dialog.code_column()
    check(dialog.matrix.item(0, code_column).text() == "TEE-BK-S", "the first generated code is not TEE-BK-S")
    shot = walk.shot("new-product-dialog", dialog)
    created: list = []
    dialog.created.connect(created.append)
    dialog.create_button.click()
    walk.wait(lambda: bool(created), "the product to be created")
    check(len(created[0].sku_ids) == 12, "the product did not get 12 SKUs")
    walk.wait(lambda: products.model.rowCount() == 12, "12 SKUs in the list")
    walk.idle()
    walk.say("created SPU TEE with 12 SKUs (3 colours × 4 sizes) in the New product dialog", shot,
             walk.shot("products-12-skus"))

    # -- 3. barcodes, typed or scanned into the SKU's Barcodes tab ------------------------------
    model = products.model
    codes = {model.index(r, COLUMN_INDEX["code"]).data(): model.sku_id(r) for r in range(model.rowCount())}
    ours = [f"TEE-{c}-{s}" for c in COLOURS.values() for s in SIZES]
    check(sorted(codes) == sorted(ours), f"unexpected SKU codes: {sorted(codes)}")
    barcodes = {code: ean13(f"69012345{n:04d}") for n, code in enumerate(ours, 1)}
    panel = products.detail.barcodes
    for n, code in enumerate(ours):
        sku_id = codes[code]
        products.select_sku(sku_id)
        walk.wait(lambda sku_id=sku_id: products.detail.detail is not None and products.detail.detail.id == sku_id,
                  f"the detail of {code}")
        products.detail.tabs.setCurrentWidget(panel)
        if n == 0:  # a misread: the wrong check digit is refused before anything is written
            right = barcodes[code]
            wrong = right[:-1] + str((int(right[-1]) + 1) % 10)
            walk.type_enter(panel.code_edit, wrong)
            check(panel.message.isVisible() and not panel.codes(), "a wrong check digit was not refused")
            walk.say(f"a barcode with a wrong check digit is refused: {panel.message.text()!r}",
                     walk.shot("barcode-refused"))
            panel.code_edit.clear()
        walk.type_enter(panel.code_edit, barcodes[code])
        walk.wait(lambda code=code: panel.codes() == [barcodes[code]], f"the barcode of {code}")
    walk.idle()
    walk.say(f"gave each of the 12 SKUs an EAN-13 barcode (typed + Enter), e.g. {ours[-1]} {barcodes[ours[-1]]}",
             walk.shot("barcodes-added"))

    # -- 4. map the shop's listings of this T-shirt ----------------------------------------------
    view = products.unmapped
    products.views.setCurrentWidget(view)
    walk.wait(lambda: view.listings and view.tree.topLevelItemCount() > 0, "the Unmapped listings")
    walk.idle()
    before = len(view.listings)
    shot = walk.shot("unmapped-listings")
    wanted = {f"TS-CREW-{theirs}-{s}": f"TEE-{mine}-{s}" for theirs, mine in COLOURS.items() for s in SIZES}
    to_map = [li for li in view.listings if li.channel_sku in wanted]
    check(bool(to_map), "no listing of TS-CREW in black, white or navy among the unmapped ones")
    walk.say(f"Unmapped listings: {before} listings; {len(to_map)} of them are our T-shirt", shot)
    view.filter_edit.setFocus()
    QTest.keyClicks(view.filter_edit, "TS-CREW")  # find the T-shirt's listings among the hundred
    shown_now = [item.data(0, LISTING_ROLE) for item in view._listing_items() if not item.isHidden()]
    check(all(li.channel_sku.startswith("TS-CREW") for li in shown_now) and len(shown_now) >= len(to_map),
          "the filter does not show the T-shirt's listings")
    walk.say(f"filtered the list by TS-CREW: {len(shown_now)} listings", walk.shot("unmapped-filtered"))
    mapped: list = []
    view.mapped.connect(mapped.append)

    def map_listing(listing, target: str, screenshots: bool = False):  # noqa: ANN001, ANN202
        """Select the listing, type (or scan) the SKU into the picker, Enter, Map: one step."""
        check(view.select_listing(listing), f"cannot select the listing {listing.channel_sku}")
        walk.type_enter(view.picker.edit, target)
        walk.wait(lambda: view.picker.sku is not None and view.picker.sku.code == target,
                  f"the picker to find {target}")
        count = len(mapped)
        if screenshots:
            walk.say(f"picked {target} for {listing.channel_sku}", walk.shot("unmapped-picked"))
        view.map_button.click()
        walk.wait(lambda: len(mapped) > count, f"the mapping of {listing.channel_sku}")
        walk.idle()
        if screenshots:
            walk.say(f"mapped {listing.channel_sku} → {target}: {view.message.text()}", walk.shot("unmapped-mapped"))
        return mapped[-1]

    resolved_orders = sum(map_listing(listing, wanted[listing.channel_sku], n == 0).orders_resolved
                          for n, listing in enumerate(to_map))
    view.filter_edit.clear()
    with db.reading() as session:
        unresolved = session.scalar(select(func.count()).select_from(OrderLine).where(
            OrderLine.channel_sku.in_(list(wanted)), OrderLine.sku_id.is_(None)))
        maps = session.scalar(select(func.count()).select_from(ChannelSkuMapping))
    check(unresolved == 0, f"{unresolved} lines of the mapped listings are still unresolved")
    walk.wait(lambda: len(view.listings) == before - len(to_map), "the mapped listings to leave the list")
    walk.say(f"mapped {len(to_map)} listings one step each: {resolved_orders} orders resolved, "
             f"{len(view.listings)} listings left", walk.shot("unmapped-after"))

    # the SKU's own panel lists its mapping
    products.views.setCurrentIndex(0)
    first_mapped = wanted[to_map[0].channel_sku]
    products.select_sku(codes[first_mapped])
    walk.wait(lambda: products.detail.detail is not None and products.detail.detail.id == codes[first_mapped]
              and products.detail.detail.mappings, f"the mappings of {first_mapped}")
    products.detail.tabs.setCurrentWidget(products.detail.mappings)
    check(products.detail.mappings.table.rowCount() >= 1, "the SKU's Channel mappings tab is empty")
    walk.say(f"{first_mapped}'s Channel mappings tab lists {to_map[0].channel_sku}", walk.shot("sku-mappings"))
    products.views.setCurrentWidget(products.mappings)
    walk.wait(lambda: products.mappings.table.rowCount() == maps, "the Channel mappings view")
    walk.say(f"Channel mappings view: {maps} mappings", walk.shot("channel-mappings"))

    # orders that arrive now come in resolved
    simulator.shop("webshop").store.add_orders(EXTRA_ORDERS)
    newest_before = scalar(select(func.max(Order.id)))
    window.tabs.setCurrentWidget(channels)
    count = len(finished)
    channels.sync_button.click()
    walk.wait(lambda: len(finished) > count, "the second sync", 120)
    check(finished[-1].ok and finished[-1].new >= EXTRA_ORDERS, f"the second sync: {finished[-1]}")
    with db.reading() as session:
        new_lines = session.execute(select(OrderLine.channel_sku, OrderLine.sku_id, Order.number)
                                    .join(Order, Order.id == OrderLine.order_id)
                                    .where(Order.id > newest_before, OrderLine.channel_sku.in_(list(wanted)))).all()
    mapped_skus = {li.channel_sku for li in to_map}
    auto = [line for line in new_lines if line.channel_sku in mapped_skus]
    waiting = sorted({line.channel_sku for line in new_lines if line.channel_sku not in mapped_skus})
    check(bool(auto), "none of the new orders has a line of a mapped listing (the simulator's seed changed?)")
    check(all(line.sku_id is not None for line in auto), "new orders of mapped listings arrived unresolved")
    walk.idle()
    walk.say(f"synced {finished[-1].new} new orders: {len(auto)} line(s) of mapped listings arrived resolved; "
             f"new listings waiting: {', '.join(waiting) or 'none'}", walk.shot("channels-resync"))
    window.tabs.setCurrentWidget(orders)
    example = auto[0]
    orders.search_edit.setText(example.number)
    walk.wait(lambda: orders.model.rowCount() >= 1 and orders.model.row_data(0).number == example.number,
              f"order {example.number} in the list")
    orders.select_row(0)
    walk.wait(lambda: orders.detail.detail is not None and orders.detail.number_label.text() == example.number,
              "the order detail")
    walk.say(f"order {example.number}: its line {example.channel_sku} came in resolved (SKU id {example.sku_id} in "
             "the database)", walk.shot("order-detail"))
    orders.search_edit.clear()
    window.tabs.setCurrentWidget(products)
    products.views.setCurrentWidget(view)
    walk.wait(lambda: {li.channel_sku for li in view.listings} >= set(waiting), "the new listings in Unmapped")
    for channel_sku in waiting:  # the new T-shirt listing: one step again
        listing = next(li for li in view.listings if li.channel_sku == channel_sku)
        result = map_listing(listing, wanted[channel_sku])
        check(result.orders_resolved >= 1, f"mapping {channel_sku} resolved no order")
    check(not scalar(select(func.count()).select_from(OrderLine).where(
        OrderLine.channel_sku.in_(list(wanted)), OrderLine.sku_id.is_(None))), "T-shirt lines left unresolved")
    walk.say(f"mapped the new listing(s) {', '.join(waiting)} in one step each: {view.message.text()}",
             walk.shot("unmapped-new-listing"))

    # -- 5. SKU labels and the catalogue export -------------------------------------------------
    window.tabs.setCurrentWidget(products)
    products.views.setCurrentIndex(0)
    products.table.selectAll()
    walk.wait(lambda: len(products.selected_sku_ids()) == 12, "all 12 SKUs selected")
    for size, name in ((LabelSize.THERMAL_50x30, "sku-labels-50x30.pdf"),
                       (LabelSize.THERMAL_60x40, "sku-labels-60x40.pdf"),
                       (LabelSize.A4_3x8, "sku-labels-a4.pdf")):
        path = walk.file(name)
        products.print_labels(path, size, offer_open=False)
        walk.wait_file(path, name)
    walk.say("printed SKU labels for the 12 SKUs: 50×30, 60×40 thermal and A4 3×8",
             walk.shot("products-labels-printed"))
    path = walk.file("catalogue.xlsx")
    products.export_catalog(path, offer_open=False)
    walk.wait_file(path, "catalogue.xlsx")
    walk.say(f"exported the catalogue: {products.activity_label.text()}")

    # -- 6. warehouses, bins, bin labels --------------------------------------------------------
    inventory = window.inventory
    window.tabs.setCurrentWidget(inventory)
    locations = inventory.locations
    inventory.show_page(locations)
    walk.idle()
    walk.say("Locations starts empty", walk.shot("locations-empty"))

    def add_warehouse(code: str, name: str, screenshot: bool = False) -> int:
        dialog = locations.add_warehouse()
        walk.wait(lambda: shown(dialog), "the Add warehouse dialog")
        QTest.keyClicks(dialog.code_edit, code)
        dialog.name_edit.setText(name)
        if screenshot:
            walk.say("Add warehouse dialog", walk.shot("add-warehouse-dialog", dialog))
        dialog.save()
        walk.wait(lambda: not shown(dialog), f"warehouse {code} to be saved")
        walk.wait(lambda: any(t.warehouse.code == code for t in locations.trees), f"warehouse {code} in the tree")
        return next(t for t in locations.trees if t.warehouse.code == code).warehouse.id

    def node(path: str):  # noqa: ANN202
        return next(n for t in locations.trees for n in t.nodes if n.path == path)

    def select_path(path: str) -> None:
        walk.wait(lambda: locations.item_for(node(path).id) is not None, f"{path} in the tree")
        locations.tree.setCurrentItem(locations.item_for(node(path).id), 0,
                                      QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def add_location(parent_path: str, kind: LocationKind, code: str, name: str = "",
                     screenshot: bool = False) -> None:
        select_path(parent_path)
        dialog = locations.add_location()
        check(dialog is not None, f"Add location… did nothing with {parent_path} selected")
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(kind))
        QTest.keyClicks(dialog.code_edit, code)
        if name:
            dialog.name_edit.setText(name)
        if screenshot:
            walk.say("Add location dialog", walk.shot("add-location-dialog", dialog))
        dialog.save()
        walk.wait(lambda: not shown(dialog), f"location {code} to be saved")
        walk.wait(lambda: any(n.path == f"{parent_path}/{code}" for t in locations.trees for n in t.nodes),
                  f"{parent_path}/{code} in the tree")

    main = add_warehouse("SH", "上海主仓", screenshot=True)
    second = add_warehouse("GZ", "广州仓 Guangzhou DC")
    add_location("SH", LocationKind.ZONE, "A", "小件区 Small items")
    for n, code in enumerate(("01", "02", "03")):
        add_location("SH/A", LocationKind.BIN, code, screenshot=n == 0)
    add_location("GZ", LocationKind.BIN, "B01")
    with db.reading() as session:
        bins = {loc.path: loc.barcode for loc in session.scalars(select(Location).where(
            Location.kind == LocationKind.BIN))}
    check(set(bins) == {"SH/A/01", "SH/A/02", "SH/A/03", "GZ/B01"}, f"unexpected bins {sorted(bins)}")
    walk.idle()
    locations.tree.expandAll()
    walk.say("two warehouses: SH with zone A and bins 01–03, GZ with bin B01", walk.shot("locations"))
    locations.tree.clearSelection()
    for path in ("SH", "GZ"):
        locations.tree.setCurrentItem(locations.item_for(node(path).id), 0, QItemSelectionModel.SelectionFlag.Select)
    labels = locations.labels_for_selection()
    check([label.path for label in labels] == ["GZ/B01", "SH/A/01", "SH/A/02", "SH/A/03"],
          f"bin labels for {[label.path for label in labels]}")
    for index in range(locations.size_combo.count()):
        size = locations.size_combo.itemData(index)
        name = {LabelSize.THERMAL_100x50: "bin-labels-100x50.pdf", LabelSize.THERMAL_60x40: "bin-labels-60x40.pdf",
                LabelSize.A4_3x8: "bin-labels-a4.pdf"}.get(size, f"bin-labels-{index}.pdf")
        locations.size_combo.setCurrentIndex(index)
        path = walk.file(name)
        FilePicker.next_path = str(path)
        locations.print_labels()
        walk.wait_file(path, name)
    walk.say(f"printed bin labels for {len(labels)} bins on every label stock offered",
             walk.shot("bin-labels-printed"))

    # -- 7. a supplier and what it supplies -------------------------------------------------------
    purchasing = window.purchasing
    window.tabs.setCurrentWidget(purchasing)
    suppliers = purchasing.suppliers
    purchasing.tabs.setCurrentWidget(suppliers)
    walk.idle()
    dialog = suppliers.add_supplier()
    walk.wait(lambda: shown(dialog), "the Add supplier dialog")
    QTest.keyClicks(dialog.code_edit, "ACME")
    dialog.name_edit.setText("义乌 ACME 服饰有限公司")
    dialog.contact_edit.setText("王经理")
    QTest.keyClicks(dialog.phone_edit, "+86 579 8512 3456")
    walk.say("Add supplier dialog", walk.shot("add-supplier-dialog", dialog))
    dialog.save()
    walk.wait(lambda: suppliers.selected() is not None and suppliers.selected().code == "ACME", "supplier ACME")
    supplied = [code for code in ours if "-NV-" not in code]  # the navy ones come from elsewhere
    for n, code in enumerate(supplied):
        dialog = suppliers.add_item()
        walk.wait(lambda dialog=dialog: shown(dialog), "the supplier item dialog")
        walk.scan(dialog.sku_scan, barcodes[code])
        check(dialog.sku_id == codes[code], f"the item dialog did not take {code}")
        QTest.keyClicks(dialog.code_edit, f"AC-{code[4:]}")
        QTest.keyClicks(dialog.cost_edit, "16.8" if "-BK-" in code else "17.2")
        dialog.preferred_check.setChecked(True)
        if n == 0:
            walk.say("supplier item dialog", walk.shot("supplier-item-dialog", dialog))
        dialog.save()
        walk.wait(lambda dialog=dialog: not shown(dialog), f"the item {code}")
    walk.wait(lambda: suppliers.items_model.rowCount() == len(supplied), "the supplier's items")
    walk.say(f"supplier ACME supplies {len(supplied)} of the SKUs (scanned into its item list)",
             walk.shot("suppliers"))

    # -- 8. a purchase order, sent ------------------------------------------------------------------
    po_page = purchasing.orders
    purchasing.tabs.setCurrentWidget(po_page)
    dialog = po_page.new_order()
    walk.wait(lambda: dialog.supplier_combo.count() == 1 and dialog.warehouse_combo.count() == 2 and dialog.items,
              "the purchase order form")
    dialog.warehouse_combo.setCurrentIndex(dialog.warehouse_combo.findData(main))
    ordered = {"TEE-BK-M": 10, "TEE-BK-L": 10, "TEE-GY-M": 8, "TEE-GY-L": 6}
    for code in ordered:
        walk.scan(dialog.scan, barcodes[code])
    for row, line in enumerate(dialog.model.rows):
        check(dialog.model.setData(dialog.model.index(row, 3), Decimal(ordered[line.code])), "a typed quantity")
    dialog.note_edit.setText("夏季补货 summer restock")
    walk.idle()
    check([(line.code, line.quantity) for line in dialog.model.rows] == [(c, q) for c, q in ordered.items()],
          "the order lines")
    walk.say(f"New purchase order: {len(ordered)} lines scanned, quantities typed", walk.shot("po-dialog", dialog))
    dialog.send_button.click()
    walk.wait(lambda: not shown(dialog), "the purchase order to be saved and sent")
    walk.wait(lambda: po_page.model.rowCount() == 1 and po_page.lines_model.rowCount() == len(ordered),
              "the purchase order in the list")
    po = po_page.selected()
    check(po is not None and po.state is PurchaseOrderState.SENT, "the purchase order is not sent")
    walk.say(f"{po.number} sent to ACME for {sum(ordered.values())} pieces", walk.shot("purchase-orders"))

    # -- 9. receive it into bins by scanning ---------------------------------------------------------
    walk.wait(lambda: po_page.receive_button.isEnabled(), "Receive… to be enabled")
    po_page.receive_button.click()
    receiving = purchasing.receiving
    check(purchasing.tabs.currentWidget() is receiving, "Receive… did not open the Receive tab")
    walk.wait(lambda: receiving.po is not None and receiving.po.id == po.id
              and receiving.model.rowCount() == len(ordered), "the order's lines in Receive")
    walk.say(f"Receive opens {po.number}", walk.shot("receive-start"))
    walk.scan(receiving.scan, bins["SH/A/01"])
    check(receiving.current_bin is not None and receiving.current_bin.path == "SH/A/01", "bin SH/A/01 not taken")
    for _ in range(3):
        walk.scan(receiving.scan, barcodes["TEE-BK-M"])  # each scan adds one
    walk.scan(receiving.scan, barcodes["TEE-BK-L"])
    rows = {line.code: n for n, line in enumerate(receiving.model.rows)}
    receiving.table.selectRow(rows["TEE-BK-M"])
    walk.type_enter(receiving.quantity_edit, "10")  # the rest of the carton, typed
    receiving.table.selectRow(rows["TEE-BK-L"])
    walk.type_enter(receiving.quantity_edit, "10")
    walk.scan(receiving.scan, bins["SH/A/02"])
    walk.scan(receiving.scan, barcodes["TEE-GY-M"])
    receiving.table.selectRow(rows["TEE-GY-M"])
    walk.type_enter(receiving.quantity_edit, "8")
    for _ in range(4):  # 4 of 6 arrive
        walk.scan(receiving.scan, barcodes["TEE-GY-L"])
    walk.scan(receiving.scan, "9999999999994")  # a code nobody knows
    check(receiving.scan.showing_error, "an unknown code was not refused")
    walk.say(f"an unknown barcode is refused loudly: {receiving.scan.message.text()!r}", walk.shot("receive-refused"))
    walk.scan(receiving.scan, barcodes["TEE-NV-S"])  # a real product, not on this order
    check(receiving.scan.showing_error, "a SKU that is not on the order was not refused")
    now = {line.code: line.now for line in receiving.model.rows}
    check(now == {"TEE-BK-M": 10, "TEE-BK-L": 10, "TEE-GY-M": 8, "TEE-GY-L": 4}, f"receiving {now}")
    walk.say("scanned bin A-01, 3 × TEE-BK-M then typed 10, TEE-BK-L 10; bin A-02, TEE-GY-M 8, 4 of 6 TEE-GY-L",
             walk.shot("receive-scanned"))
    receiving.post_button.click()
    reason = receiving.reason_dialog
    walk.wait(lambda: shown(reason), "the reason dialog for the short line")
    check([line.code for line in reason.lines] == ["TEE-GY-L"], "the reason dialog asks about the wrong lines")
    reason.set_reasons([reason.combos[0].itemText(0)])  # "Partial delivery — the rest follows"
    walk.say("a short line asks for a reason", walk.shot("receive-reason-dialog", reason))
    reason.submit()
    walk.wait(lambda: scalar(select(PurchaseOrder.state).where(PurchaseOrder.id == po.id))
              is PurchaseOrderState.PARTIALLY_RECEIVED, "the receipt to be posted")
    walk.idle()
    walk.say(f"receipt posted: {receiving.message.text()}", walk.shot("receive-posted"))

    stock = inventory.stock
    window.tabs.setCurrentWidget(inventory)
    inventory.show_page(stock)
    walk.wait(lambda: stock.model.rowCount() == 4, "4 bin rows in Stock")
    walk.say("Stock per bin shows the receipt", walk.shot("stock-per-bin"))

    # -- 10. transfer some stock to the second warehouse -----------------------------------------------
    transfers = inventory.transfers
    inventory.show_page(transfers)
    dialog = transfers.new_transfer()
    walk.wait(lambda: dialog.from_combo.count() == 2, "the New transfer dialog")
    walk.scan(dialog.scan, bins["SH/A/01"])  # the bin label chooses the sending warehouse
    check(dialog.from_combo.currentData() == main and dialog.to_combo.currentData() == second,
          "the transfer does not go SH → GZ")
    for _ in range(3):
        walk.scan(dialog.scan, barcodes["TEE-BK-M"])
    walk.scan(dialog.scan, barcodes["TEE-BK-L"])
    dialog.model.setData(dialog.model.index(1, 3), Decimal(4))
    dialog.note_edit.setText("广州仓补货")
    check([(line.code, line.quantity) for line in dialog.model.rows] == [("TEE-BK-M", 3), ("TEE-BK-L", 4)],
          "the transfer lines")
    walk.say("New transfer: bin SH/A/01 scanned, 3 × TEE-BK-M scanned, TEE-BK-L typed 4",
             walk.shot("transfer-dialog", dialog))
    dialog.ship_button.click()
    walk.wait(lambda: not shown(dialog), "the transfer to be created and shipped")
    walk.wait(lambda: transfers.selected() is not None and transfers.selected().state is TransferState.SHIPPED
              and transfers.receive_button.isEnabled() and transfers.lines_model.rowCount() == 2,
              "the shipped transfer")
    number = transfers.selected().number
    walk.say(f"{number} shipped: 7 pieces in transit", walk.shot("transfer-shipped"))
    receive = transfers.receive()
    walk.wait(lambda: shown(receive) and len(receive.lines) == 2, "the Receive transfer dialog")
    walk.scan(receive.scan, bins["GZ/B01"])
    walk.scan(receive.scan, barcodes["TEE-BK-M"])
    receive.receive_everything()
    check({(a.code, a.quantity) for a in receive.model.rows} == {("TEE-BK-M", 3), ("TEE-BK-L", 4)},
          "the transfer receipt lines")
    walk.say("receiving it at GZ: bin B01 scanned, one item scanned, the rest with one button",
             walk.shot("transfer-receive-dialog", receive))
    receive.post_button.click()
    walk.wait(lambda: not shown(receive), "the transfer to be received")
    walk.wait(lambda: scalar(select(Transfer.state).where(Transfer.number == number)) is TransferState.RECEIVED,
              "the transfer to be received")
    transfers.state_combo.setCurrentIndex(1)  # all
    walk.idle()
    walk.say(f"{number} received into GZ/B01", walk.shot("transfers"))

    # -- 11. count a bin, post the variance --------------------------------------------------------------
    stocktakes = inventory.stocktakes
    inventory.show_page(stocktakes)
    dialog = stocktakes.new_count()
    walk.wait(lambda: dialog.warehouse_combo.count() == 2, "the New count dialog")
    dialog.warehouse_combo.setCurrentIndex(dialog.warehouse_combo.findData(main))
    walk.wait(lambda: dialog.from_combo.count() == 3, "the bins of SH")
    dialog.range_radio.setChecked(True)
    dialog.from_combo.setCurrentIndex(dialog.from_combo.findData("SH/A/01"))
    dialog.to_combo.setCurrentIndex(dialog.to_combo.findData("SH/A/01"))
    walk.say("New count: bin SH/A/01 only", walk.shot("count-dialog", dialog))
    dialog.submit()
    walk.wait(lambda: not shown(dialog), "the count to start")
    counting = stocktakes.count_panel
    walk.wait(lambda: stocktakes.selected() is not None and counting.model.rowCount() == 2, "the count lines")
    count_number = stocktakes.selected().number
    path = walk.file("count-sheet.pdf")
    FilePicker.next_path = str(path)
    stocktakes.print_sheet()
    walk.wait_file(path, "the count sheet")
    walk.scan(counting.scan, bins["SH/A/01"])
    walk.scan(counting.scan, barcodes["TEE-BK-M"])
    walk.type_enter(counting.quantity_edit, "6")  # 7 expected: one is missing
    walk.wait(lambda: any(line.sku_code == "TEE-BK-M" and line.counted == 6 for line in counting.model.rows),
              "the count of TEE-BK-M")
    walk.scan(counting.scan, barcodes["TEE-BK-L"])
    walk.type_enter(counting.quantity_edit, "6")
    walk.wait(lambda: all(line.counted is not None for line in counting.model.rows), "both lines counted")
    walk.idle()
    walk.say(f"{count_number}: count sheet printed; counted SH/A/01 by scanning (TEE-BK-M 6, TEE-BK-L 6)",
             walk.shot("count-counted"))
    review = stocktakes.variance_panel
    stocktakes.tabs.setCurrentWidget(review)
    walk.wait(lambda: review.report is not None and review.model.rowCount() == 1, "the variance review")
    variance = review.model.rows[0]
    check((variance.sku, variance.expected, variance.counted) == ("TEE-BK-M", 7, 6), f"variance {variance}")
    walk.say(f"variance review: {review.totals_label.text()}", walk.shot("count-variances"))
    review.post_button.click()
    walk.wait(lambda: scalar(select(Stocktake.state).where(Stocktake.number == count_number))
              is StocktakeState.POSTED, "the count to be posted")
    walk.idle()
    walk.say(f"{count_number} posted: {stocktakes.message.text()}", walk.shot("count-posted"))
    # a blind count of the whole warehouse, for its count sheet; then cancelled
    dialog = stocktakes.new_count()
    walk.wait(lambda: dialog.warehouse_combo.count() == 2, "the New count dialog")
    dialog.warehouse_combo.setCurrentIndex(dialog.warehouse_combo.findData(main))
    dialog.blind_check.setChecked(True)
    dialog.submit()
    walk.wait(lambda: not shown(dialog), "the blind count to start")
    walk.wait(lambda: stocktakes.selected() is not None and stocktakes.selected().blind
              and stocktakes.selected().state is StocktakeState.COUNTING, "the blind count selected")
    stocktakes.tabs.setCurrentWidget(counting)
    walk.wait(lambda: counting.model.rowCount() == 4, "the blind count lines")
    path = walk.file("count-sheet-blind.pdf")
    FilePicker.next_path = str(path)
    stocktakes.print_sheet()
    walk.wait_file(path, "the blind count sheet")
    walk.say("a blind count of all of SH: count sheet printed", walk.shot("count-blind"))
    stocktakes.cancel()
    walk.wait(lambda: scalar(select(func.count()).select_from(Stocktake).where(
        Stocktake.state == StocktakeState.CANCELLED)) == 1, "the blind count to be cancelled")

    # -- 12. low stock becomes a purchase suggestion, then an order -----------------------------------------
    window.tabs.setCurrentWidget(purchasing)
    suggestions = purchasing.suggestions
    purchasing.tabs.setCurrentWidget(suggestions)
    walk.idle()
    dialog = suggestions.open_rules()
    walk.wait(lambda: shown(dialog) and dialog.warehouse_combo.count() == 2, "the Reorder rules dialog")
    rules = (("TEE-BK-M", "8", "20"), ("TEE-GY-L", "6", "12"), ("TEE-BK-S", "2", "10"), ("TEE-NV-M", "3", "12"))
    for code, point, quantity in rules:
        walk.scan(dialog.sku_scan, barcodes[code])
        check(dialog.sku is not None and dialog.sku.code == code, f"the rules dialog did not take {code}")
        dialog.warehouse_combo.setCurrentIndex(dialog.warehouse_combo.findData(main))
        dialog.point_edit.setText(point)
        dialog.quantity_edit.setText(quantity)
        rows = dialog.model.rowCount()
        dialog.save()
        walk.wait(lambda rows=rows: dialog.model.rowCount() == rows + 1, f"the rule for {code}")
    walk.say(f"set {len(rules)} reorder rules in SH", walk.shot("reorder-rules-dialog", dialog))
    dialog.accept()
    walk.wait(lambda: suggestions.tree.topLevelItemCount() == 2, "suggestions for ACME and for no supplier")
    low = {line.code: line for group in suggestions.groups for line in group.lines}
    check(set(low) == {"TEE-BK-M", "TEE-GY-L", "TEE-BK-S", "TEE-NV-M"}, f"low SKUs {sorted(low)}")
    walk.say("Suggestions: ACME → SH and a group without a supplier", walk.shot("suggestions"))
    suggestions.create_button.click()
    walk.wait(lambda: scalar(select(func.count()).select_from(PurchaseOrder).where(
        PurchaseOrder.state == PurchaseOrderState.DRAFT)) == 1, "the draft purchase order")
    walk.idle()
    walk.say(f"created the purchase order from the suggestions: {suggestions.message.text()}",
             walk.shot("suggestions-created"))
    purchasing.tabs.setCurrentWidget(po_page)
    po_page.state_combo.setCurrentIndex(1)  # all orders
    walk.wait(lambda: po_page.model.rowCount() == 2, "both purchase orders")
    walk.idle()
    walk.say("Purchase orders: the received one and the new draft", walk.shot("purchase-orders-all"))

    # -- 13. the ledger ---------------------------------------------------------------------------------
    window.tabs.setCurrentWidget(inventory)
    inventory.show_page(stock)
    stock.view_combo.setCurrentIndex(1)  # per warehouse
    walk.wait(lambda: stock.model.rowCount() == 6, "stock per warehouse")
    walk.say("Stock per warehouse", walk.shot("stock-per-warehouse"))
    movements = inventory.movements
    inventory.show_page(movements)
    walk.wait(lambda: movements.model.rowCount() >= 9, "the movements")
    path = walk.file("movements.xlsx")
    FilePicker.next_path = str(path)
    movements.export()
    walk.wait_file(path, "movements.xlsx")
    walk.say(f"Movements: {movements.model.rowCount()} moves, exported: {movements.message.text()}",
             walk.shot("movements"))

    # the SKU's stock tab
    window.tabs.setCurrentWidget(products)
    products.views.setCurrentIndex(0)
    products.select_sku(codes["TEE-BK-M"])
    walk.wait(lambda: products.detail.detail is not None and products.detail.detail.id == codes["TEE-BK-M"]
              and len(products.detail.detail.stock) == 2, "the stock of TEE-BK-M")
    products.detail.tabs.setCurrentWidget(products.detail.stock)
    walk.say("TEE-BK-M's Stock tab: SH 6, GZ 3", walk.shot("sku-stock"))
    with db.reading() as session:
        check(session.scalar(select(func.count()).select_from(Sku)) == 12, "SKU count")
        check(session.scalar(select(func.count()).select_from(Warehouse)) == 2, "warehouse count")
    missing = [name for name in DOCUMENTS if not walk.file(name).exists()]
    check(not missing, f"documents not written: {missing}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=Path("walkthrough"))
    parser.add_argument("--language", choices=("en", "zh_CN"), default="en")
    parser.add_argument("--orders", type=int, default=300)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for old in args.out.iterdir():  # what an earlier walk left, and nothing else
        if old.is_file() and (old.name in DOCUMENTS or re.fullmatch(r"(\d\d-[a-z0-9-]+|FAILED(-\w+)?)\.png", old.name)):
            old.unlink()
    os.environ["OMSDESK_HOME"] = tempfile.mkdtemp(prefix="omsdesk-walk-")
    keyring.set_keyring(MemoryKeyring())

    from connectors.simulator import ChannelSimulator
    from omsdesk.runtime import open_runtime
    from omsdesk.sync.shops import ShopSpec, add_shop
    from omsdesk.ui.context import create_context
    from omsdesk.ui.errors import ErrorReporter
    from omsdesk.ui.i18n import install_translators, remove_translators
    from omsdesk.ui.main_window import MainWindow
    from omsdesk.ui.settings import AppSettings, Language

    class Recording(ErrorReporter):
        """An error dialog would stop the walk: record it and fail at the end."""

        def __init__(self) -> None:
            super().__init__()
            self.reports: list = []

        def _show(self, report) -> None:  # noqa: ANN001
            self.reports.append(report)
            print(f"ERROR DIALOG: {report.message}", flush=True)

    def quiet(mode, context, message) -> None:  # noqa: ANN001 - the offscreen plugin's chatter
        if "propagateSizeHints" not in message:
            sys.stderr.write(message + "\n")

    qInstallMessageHandler(quiet)
    app = QApplication.instance() or QApplication(sys.argv)
    translators = install_translators(app, Language(args.language))
    # The simulated web shop of the demo, added as a shop; not ``omsdesk.demo.seed_demo``, which also
    # fills the catalogue (SKU codes equal to the shop's seller SKUs) and a warehouse: this walk starts
    # from an empty catalogue and warehouse, the way a merchant starts with issue 3.
    simulator = ChannelSimulator(port=0)
    served = simulator.add_woocommerce_shop(slug="webshop", seed=1, orders=args.orders)
    simulator.start()
    rt = open_runtime()
    shop_id = add_shop(rt.db, rt.secrets, rt.actor, ShopSpec("woocommerce", "Demo web shop", served.url,
                                                             served.key, served.secret))
    reporter = Recording()
    walk = Walk(app, args.out)
    failed = False
    try:
        walk.ctx = create_context(rt, AppSettings(rt.paths.settings_file), reporter)
        walk.window = MainWindow(walk.ctx, demo=True)
        walk.window.sync_manager.auto_timer.stop()  # syncs happen when the walk presses Sync now (none is automatic)
        walk.window.resize(*SIZE)
        walk.window.show()
        walk.idle()
        run(walk, rt, simulator, shop_id)
        if reporter.reports:
            raise WalkFailed(f"{len(reporter.reports)} error dialog(s): {[r.message for r in reporter.reports]}")
    except Exception:  # noqa: BLE001 - keep what the window showed when it broke
        failed = True
        traceback.print_exc()
        if walk.window is not None:
            walk.window.grab().save(str(args.out / "FAILED.png"))
            for widget in QApplication.topLevelWidgets():
                if widget is not walk.window and widget.isVisible():
                    widget.grab().save(str(args.out / f"FAILED-{type(widget).__name__}.png"))
    finally:
        if walk.window is not None:
            walk.window.close()
        if walk.ctx is not None:
            walk.ctx.tasks.shutdown()
        simulator.stop()
        rt.close()
        remove_translators(app, translators)
    files = sorted(p.name for p in args.out.iterdir() if p.suffix in (".pdf", ".xlsx"))
    print(f"{'FAILED' if failed else 'done'} in {time.monotonic() - walk.started:.0f} s: {len(walk.shots)} screenshots, "
          f"{', '.join(files)} in {args.out}", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
