"""The Purchasing workspace: suppliers, purchase orders, receiving goods, purchase suggestions."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from omsdesk.ui.context import UiContext
from omsdesk.ui.purchasing.orders import PurchaseOrdersPage
from omsdesk.ui.purchasing.receive import ReceivePage
from omsdesk.ui.purchasing.suggestions import SuggestionsPage
from omsdesk.ui.purchasing.suppliers import SuppliersPage


class PurchasingWorkspace(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.suppliers = SuppliersPage(ctx)
        self.orders = PurchaseOrdersPage(ctx)
        self.receiving = ReceivePage(ctx)
        self.suggestions = SuggestionsPage(ctx)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.orders, self.tr("Purchase orders"))
        self.tabs.addTab(self.receiving, self.tr("Receive"))
        self.tabs.addTab(self.suggestions, self.tr("Suggestions"))
        self.tabs.addTab(self.suppliers, self.tr("Suppliers"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addWidget(self.tabs)
        self.orders.receive_requested.connect(self.receive_order)

    def receive_order(self, po_id: int) -> None:
        self.tabs.setCurrentWidget(self.receiving)
        self.receiving.start_receiving(po_id)
