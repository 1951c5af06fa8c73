"""A small warehouse world for the Inventory and Purchasing UI tests (and the screenshots).

Two warehouses (上海主仓 with zone A and bins 01–03, Guangzhou DC with bin B01), three SKUs
with Chinese and Latin names and EAN-13 barcodes, one supplier that supplies two of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from omsdesk.runtime import Runtime

BARCODES = {"TS-BLK-M": "6901234567892", "TS-WHT-L": "4006381333931", "MUG-01": "9780201379624"}


@dataclass
class UiWorld:
    rt: Runtime
    main: int
    second: int
    zone: int
    bins: dict[str, int]  # "A-01" → location id (SH/A/01); "B-01" → GZ/B01
    paths: dict[str, str]
    labels: dict[str, str]  # bin key → label barcode
    skus: dict[str, int]
    supplier: int

    def receive(self, sku: str, quantity: str, bin_key: str) -> None:
        from omsdesk.inventory.receiving import ReceiptLineSpec, ReceiptSpec, receive

        warehouse = self.second if bin_key.startswith("B") else self.main
        receive(self.rt.db, self.rt.actor, ReceiptSpec(warehouse, [
            ReceiptLineSpec(self.skus[sku], Decimal(quantity), self.bins[bin_key])]))

    def on_hand(self, sku: str, bin_key: str) -> Decimal:
        from omsdesk.inventory.queries import stock_by_bin

        with self.rt.db.reading() as session:
            rows = stock_by_bin(session, sku_id=self.skus[sku])
        return sum((r.on_hand for r in rows if r.location_id == self.bins[bin_key]), Decimal(0))


def build_world(rt: Runtime) -> UiWorld:
    from omsdesk.catalog.barcodes import add_barcode
    from omsdesk.catalog.models import Sku, SkuKind
    from omsdesk.inventory.locations import add_location, create_warehouse, warehouse_root
    from omsdesk.inventory.models import Location, LocationKind
    from omsdesk.inventory.purchasing import SupplierSpec, create_supplier, set_supplier_item

    db, actor = rt.db, rt.actor
    main = create_warehouse(db, actor, "SH", "上海主仓")
    second = create_warehouse(db, actor, "GZ", "Guangzhou DC")
    with db.reading() as session:
        roots = {main: warehouse_root(session, main).id, second: warehouse_root(session, second).id}
    zone = add_location(db, actor, roots[main], LocationKind.ZONE, "A", "小件区")
    bins = {f"A-{code}": add_location(db, actor, zone, LocationKind.BIN, code) for code in ("01", "02", "03")}
    bins["B-01"] = add_location(db, actor, roots[second], LocationKind.BIN, "B01")
    with db.reading() as session:
        found = {loc.id: loc for loc in session.query(Location).filter(Location.id.in_(bins.values()))}
    paths = {key: found[i].path for key, i in bins.items()}
    labels = {key: found[i].barcode for key, i in bins.items()}
    skus: dict[str, int] = {}
    with db.transaction() as session:
        for code, name, cost in (("TS-BLK-M", "T恤 黑 M", "25.50"), ("TS-WHT-L", "T-shirt white L", "24.00"),
                                 ("MUG-01", "马克杯 Mug", "12.00")):
            sku = Sku(code=code, name=name, kind=SkuKind.STANDARD, attributes={}, cost=Decimal(cost))
            session.add(sku)
            session.flush()
            skus[code] = sku.id
    for code, barcode in BARCODES.items():
        add_barcode(db, actor, skus[code], barcode)
    supplier = create_supplier(db, actor, SupplierSpec("ACME", "义乌 ACME 服饰"))
    set_supplier_item(db, actor, supplier, skus["TS-BLK-M"], "A-100", Decimal("22.00"), preferred=True)
    set_supplier_item(db, actor, supplier, skus["TS-WHT-L"], "A-200", Decimal("21.00"))
    return UiWorld(rt, main, second, zone, bins, paths, labels, skus, supplier)


@pytest.fixture
def world(rt: Runtime) -> UiWorld:
    return build_world(rt)


def scan(qtbot, field, text: str) -> None:  # noqa: ANN001
    """Type ``text`` into a scan field the way a scanner does (keys, then Enter) and wait for its answer."""
    qtbot.keyClicks(field.edit, text)
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not field.busy, timeout=20000)


def settle(qtbot, ctx, condition=None, timeout: int = 20000) -> None:  # noqa: ANN001
    """Wait for the background tasks (and a condition)."""
    qtbot.waitUntil(lambda: ctx.tasks.active_count == 0 and (condition is None or condition()), timeout=timeout)


def shown(qtbot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    return widget


def closed(dialog: QWidget) -> bool:
    """A dialog that was accepted (and may already be deleted)."""
    import shiboken6

    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def wait_text(qtbot, label, text: str, timeout: int = 20000) -> None:  # noqa: ANN001
    """Wait until ``label`` says ``text``; on a timeout, say what it said instead."""
    try:
        qtbot.waitUntil(lambda: text in label.text(), timeout=timeout)
    except Exception as error:  # noqa: BLE001
        raise AssertionError(f"waited for {text!r}, the label says {label.text()!r}") from error
