"""Every channel mapping (shop listing → SKU): search, change the SKU, delete."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMessageBox, QPushButton, QVBoxLayout, QWidget,
)

from omsdesk.catalog.mapping import MappingResult, MappingRow, mappings, remap
from omsdesk.errors import UserError
from omsdesk.sync.shops import ShopInfo, list_shops
from omsdesk.ui.context import UiContext
from omsdesk.ui.formatting import format_count, format_datetime
from omsdesk.ui.i18n import user_message
from omsdesk.ui.products.common import SkuPicker, say, table_item
from omsdesk.ui.products.detail import delete_mapping_in_background
from omsdesk.ui.tasks import TaskContext
from omsdesk.ui.widgets import read_only_table

MAPPING_ROLE = Qt.ItemDataRole.UserRole + 1


class MappingsView(QWidget):
    changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[MappingRow] = []
        self._generation = 0
        self._stale = True
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.refresh)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Seller SKU, item id, SKU code or name"))
        self.search_edit.setClearButtonEnabled(True)
        self.shop_combo = QComboBox()
        self.shop_combo.addItem(self.tr("All shops"), None)
        self.shop_combo.setMinimumContentsLength(12)
        self.count_label = QLabel()
        self.count_label.setStyleSheet("font-weight: 600;")
        bar = QHBoxLayout()
        bar.addWidget(self.search_edit, 2)
        bar.addSpacing(6)
        bar.addWidget(QLabel(self.tr("Shop")))
        bar.addWidget(self.shop_combo)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        self.table = read_only_table([self.tr("Shop"), self.tr("Seller SKU"), self.tr("Item id"),
                                      self.tr("Variant id"), self.tr("SKU code"), self.tr("SKU name"),
                                      self.tr("How"), self.tr("Added")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((130, 150, 110, 100, 140, 220, 110)):
            header.resizeSection(column, width)
        self.empty = QLabel(self.tr("No channel mappings yet. Map listings in Unmapped listings, or import a "
                                    "Mappings sheet from Excel. A seller SKU equal to one of your SKU codes or "
                                    "barcodes is mapped automatically when orders are imported."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("font-size: 12pt; color: #4b5563;")
        self.empty.setVisible(False)
        self.picker = SkuPicker(ctx, placeholder=self.tr("New SKU for the selected mapping"))
        self.remap_button = QPushButton(self.tr("Change SKU"))
        self.delete_button = QPushButton(self.tr("Delete mapping"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        actions = QHBoxLayout()
        actions.addWidget(self.picker, 2, Qt.AlignmentFlag.AlignTop)
        actions.addWidget(self.remap_button, 0, Qt.AlignmentFlag.AlignTop)
        actions.addStretch(1)
        actions.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        self.search_edit.textChanged.connect(lambda _: self._timer.start())
        self.shop_combo.currentIndexChanged.connect(lambda _: self.refresh())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.picker.picked.connect(lambda _: self._update_buttons())
        self.remap_button.clicked.connect(self.remap_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.changed.connect(self.refresh)
        ctx.events.orders_changed.connect(self._mark_stale)
        ctx.events.shops_changed.connect(self._mark_stale)
        self._update_buttons()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    @Slot()
    def refresh(self) -> None:
        self._stale = False
        self._generation += 1
        generation = self._generation
        db, text, shop_id = self.ctx.rt.db, self.search_edit.text(), self.shop_combo.currentData()

        def load(_: TaskContext) -> tuple[list[MappingRow], list[ShopInfo]]:
            with db.reading() as session:
                rows = mappings(session, shop_id, text)
            return rows, list_shops(db)

        def show(result: tuple[list[MappingRow], list[ShopInfo]]) -> None:
            if generation == self._generation:
                self.show_rows(*result)

        self.ctx.tasks.run(load, show, owner=self, name="channel mappings")

    def show_rows(self, rows: list[MappingRow], shops: list[ShopInfo]) -> None:
        chosen = self.shop_combo.currentData()
        self.shop_combo.blockSignals(True)
        while self.shop_combo.count() > 1:
            self.shop_combo.removeItem(1)
        for shop in shops:
            self.shop_combo.addItem(shop.name, shop.id)
        self.shop_combo.setCurrentIndex(max(self.shop_combo.findData(chosen), 0) if chosen else 0)
        self.shop_combo.blockSignals(False)
        self.rows = rows
        self.table.setRowCount(len(rows))
        for row, mapping in enumerate(rows):
            shop = table_item(mapping.shop_name)
            shop.setData(MAPPING_ROLE, mapping.id)
            how = self.tr("Automatic") if mapping.automatic else self.tr("By %1").replace("%1", mapping.created_by)
            self.table.setItem(row, 0, shop)
            for column, value in enumerate((mapping.channel_sku, mapping.channel_item_id, mapping.channel_variant_id,
                                            mapping.sku_code, mapping.sku_name, how,
                                            format_datetime(mapping.created_at)), start=1):
                self.table.setItem(row, column, table_item(value))
        nothing = not rows and not self.search_edit.text().strip() and self.shop_combo.currentData() is None
        self.empty.setVisible(nothing)
        self.table.setVisible(not nothing)
        self.count_label.setText(self.tr("1 mapping") if len(rows) == 1
                                 else self.tr("%1 mappings").replace("%1", format_count(len(rows))))
        self._update_buttons()

    def selected(self) -> MappingRow | None:
        items = self.table.selectedItems()
        if not items:
            return None
        row = items[0].row()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.delete_button.setEnabled(chosen is not None)
        self.remap_button.setEnabled(chosen is not None and self.picker.sku is not None
                                     and self.picker.sku.id != chosen.sku_id)

    def _say(self, text: str, ok: bool) -> None:
        say(self.message, text, ok)

    @Slot()
    def remap_selected(self) -> None:
        chosen, sku = self.selected(), self.picker.sku
        if chosen is None or sku is None:
            return
        rt = self.ctx.rt

        def done(result: MappingResult) -> None:
            self._say(self.tr("%1 now maps to %2; %3 open order lines follow it.").replace(
                "%1", chosen.channel_sku or chosen.channel_item_id).replace("%2", sku.code).replace(
                "%3", format_count(result.lines_resolved)), ok=True)
            self.picker.clear()
            self.ctx.events.orders_changed.emit()
            self.changed.emit()

        def failed(error: BaseException) -> None:
            if isinstance(error, UserError):
                self._say(user_message(error), ok=False)
            else:
                self.ctx.report(error)

        self.ctx.tasks.run_write(lambda _: remap(rt.db, rt.actor, chosen.id, sku.id), done, failed, owner=self,
                                 name="remap listing")

    @Slot()
    def delete_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete mapping"),
            self.tr("Delete the mapping of %1 to %2? Open orders resolved through it become unmapped again "
                    "unless another mapping matches them.").replace("%1", chosen.channel_sku or chosen.channel_item_id)
            .replace("%2", chosen.sku_code))
        if answer == QMessageBox.StandardButton.Yes:
            delete_mapping_in_background(self.ctx, chosen.id, self, self.message, self.changed)
