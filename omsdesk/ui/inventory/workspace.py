"""The Inventory workspace: a side list of views — stock, locations, movements, transfers, stocktakes."""

from __future__ import annotations

from PySide6.QtCore import QSize, Slot
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QStackedWidget, QWidget

from omsdesk.catalog.barcodes import SkuHit
from omsdesk.catalog.models import SkuKind
from omsdesk.inventory.models import LocationKind
from omsdesk.ui.context import UiContext
from omsdesk.inventory.queries import StockListRow
from omsdesk.ui.inventory.adjust import AdjustDialog
from omsdesk.ui.inventory.locations import LocationsPage
from omsdesk.ui.inventory.movements import MovementsPage
from omsdesk.ui.inventory.stock import StockPage
from omsdesk.ui.inventory.stocktakes import StocktakesPage
from omsdesk.ui.inventory.transfers import TransfersPage
from omsdesk.ui.scan import BinHit

NAV_STYLE = """
QListWidget#inventoryNav { border: none; border-right: 1px solid palette(mid); background: palette(window);
                           font-size: 11pt; outline: 0; }
QListWidget#inventoryNav::item { padding: 8px 12px; }
QListWidget#inventoryNav::item:selected { background: palette(highlight); color: palette(highlighted-text); }
"""


class InventoryWorkspace(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.stock = StockPage(ctx)
        self.locations = LocationsPage(ctx)
        self.movements = MovementsPage(ctx)
        self.transfers = TransfersPage(ctx)
        self.stocktakes = StocktakesPage(ctx)
        self.adjust_dialog: AdjustDialog | None = None
        self.nav = QListWidget()
        self.nav.setObjectName("inventoryNav")
        self.nav.setStyleSheet(NAV_STYLE)
        self.nav.setFixedWidth(150)
        self.pages = QStackedWidget()
        for title, page in ((self.tr("Stock"), self.stock), (self.tr("Locations"), self.locations),
                            (self.tr("Movements"), self.movements), (self.tr("Transfers"), self.transfers),
                            (self.tr("Stocktakes"), self.stocktakes)):
            item = QListWidgetItem(title)
            item.setSizeHint(QSize(140, 36))
            self.nav.addItem(item)
            self.pages.addWidget(page)
        self.nav.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.nav.setCurrentRow(0)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 4)
        layout.setSpacing(8)
        layout.addWidget(self.nav)
        content = QWidget()
        content_layout = QHBoxLayout(content)
        content_layout.setContentsMargins(0, 8, 0, 0)
        content_layout.addWidget(self.pages)
        layout.addWidget(content, 1)
        self.stock.adjust_requested.connect(self.open_adjust)
        self.stock.movements_requested.connect(self._show_movements)
        self.locations.warehouses_changed.connect(self._warehouses_changed)

    def show_page(self, page: QWidget) -> None:
        self.nav.setCurrentRow(self.pages.indexOf(page))

    @Slot(object)
    def open_adjust(self, row: StockListRow | None = None) -> AdjustDialog:
        sku = (SkuHit(row.sku_id, row.sku_code, row.sku_name, SkuKind.STANDARD, True, "code")
               if row is not None else None)
        dialog = AdjustDialog(self.ctx, sku=sku, location_id=row.location_id if row else None, parent=self)
        dialog.finished.connect(dialog.deleteLater)
        self.adjust_dialog = dialog
        dialog.open()
        return dialog

    def _show_movements(self, sku_id: int, location_id: int | None) -> None:
        row = self.stock.selected_row()
        sku = location = None
        if row is not None and row.sku_id == sku_id:
            sku = SkuHit(row.sku_id, row.sku_code, row.sku_name, SkuKind.STANDARD, True, "code")
            if location_id is not None:
                location = BinHit(location_id, row.warehouse_id, LocationKind.BIN, "", row.path, "", True)
        self.show_page(self.movements)
        self.movements.show_for(sku, location)

    def _warehouses_changed(self) -> None:
        for page in (self.stock, self.movements, self.transfers, self.stocktakes):
            page.mark_stale()



