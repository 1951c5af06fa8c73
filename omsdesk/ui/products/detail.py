"""The selected SKU: its fields (editable, with optimistic-conflict handling), barcodes,
bundle components, channel mappings and stock per warehouse.

Every read and write runs in the background; ``changed`` tells the workspace that the
SKU list should show the SKU anew, ``mappings_changed`` that orders may have been
resolved differently.
"""

from __future__ import annotations

import logging
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFrame, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMessageBox, QPushButton,
    QScrollArea,
    QStackedWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget,
)

from omsdesk.catalog.barcodes import add_barcode, check_barcode, remove_barcode
from omsdesk.catalog.bundles import BUNDLE_KINDS, ComponentSpec, set_bundle_components
from omsdesk.catalog.mapping import delete_mapping
from omsdesk.catalog.models import BarcodeKind, SkuKind
from omsdesk.catalog.queries import SkuDetail, sku_detail
from omsdesk.catalog.services import create_brand_in, update_sku, update_sku_in
from omsdesk.errors import ConflictError, UserError, ValidationError
from omsdesk.ui.context import UiContext
from omsdesk.ui.formatting import format_datetime, format_quantity
from omsdesk.ui.i18n import user_message
from omsdesk.ui.products.common import (
    ERROR_STYLE, HINT_STYLE, INVALID_FIELD, CatalogOptions, FieldError, PickedSku, SkuPicker, amount_text,
    clear_field_errors, parse_amount, say, show_field_error, table_item,
)
from omsdesk.ui.products.model import active_label, kind_label
from omsdesk.ui.products.sku_form import SkuForm
from omsdesk.ui.tasks import TaskContext
from omsdesk.ui.widgets import read_only_table

log = logging.getLogger(__name__)

CONFLICT_STYLE = ("QFrame#conflict { background: #fef3c7; border: 1px solid #f59e0b; border-radius: 4px; }"
                  " QLabel { color: #78350f; }")


def barcode_kind_label(kind: BarcodeKind | None) -> str:
    labels = {
        None: lambda: QCoreApplication.translate("BarcodeKind", "Recognise"),
        BarcodeKind.EAN13: lambda: QCoreApplication.translate("BarcodeKind", "EAN-13"),
        BarcodeKind.UPCA: lambda: QCoreApplication.translate("BarcodeKind", "UPC-A"),
        BarcodeKind.OWN: lambda: QCoreApplication.translate("BarcodeKind", "Own code"),
    }
    return labels[kind]()


def _badge(text: str, colour: str, background: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("badge")
    label.setStyleSheet(f"QLabel#badge {{ color: {colour}; background: {background}; border-radius: 9px;"
                        " padding: 2px 10px; font-weight: 600; }")
    return label


class BarcodesPanel(QWidget):
    """The SKU's barcodes; add one by typing or scanning (Enter), remove the selected one."""

    changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.detail: SkuDetail | None = None
        self.table = read_only_table([self.tr("Barcode"), self.tr("Kind")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.setColumnWidth(1, 110)
        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText(self.tr("Type or scan a barcode, then Enter"))
        self.code_edit.setClearButtonEnabled(True)
        self.kind_combo = QComboBox()
        for kind in (None, BarcodeKind.EAN13, BarcodeKind.UPCA, BarcodeKind.OWN):
            self.kind_combo.addItem(barcode_kind_label(kind), kind)
        self.kind_combo.setToolTip(self.tr("Recognise: 13 digits are an EAN-13, 12 a UPC-A (both with their check "
                                           "digit); anything else is your own code"))
        self.add_button = QPushButton(self.tr("Add"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setEnabled(False)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_edit.setMinimumWidth(260)
        row = QHBoxLayout()
        row.addWidget(self.code_edit, 1)
        row.addWidget(self.kind_combo)
        row.addWidget(self.add_button)
        row.addSpacing(12)
        row.addWidget(self.remove_button)
        column = QVBoxLayout()
        column.addLayout(row)
        column.addWidget(self.message)
        column.addWidget(self.table, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(column, 3)
        layout.addStretch(2)
        self.code_edit.returnPressed.connect(self.add)
        self.code_edit.textEdited.connect(lambda _: self._clear_error())
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.itemSelectionChanged.connect(
            lambda: self.remove_button.setEnabled(bool(self.table.selectedItems())))

    def show_detail(self, detail: SkuDetail) -> None:
        self.detail = detail
        self.table.setRowCount(len(detail.barcodes))
        for row, barcode in enumerate(detail.barcodes):
            item = table_item(barcode.code)
            item.setData(Qt.ItemDataRole.UserRole, barcode.id)
            self.table.setItem(row, 0, item)
            self.table.setItem(row, 1, table_item(barcode_kind_label(barcode.kind)))
        self.remove_button.setEnabled(bool(self.table.selectedItems()))

    def codes(self) -> list[str]:
        return [self.table.item(row, 0).text() for row in range(self.table.rowCount())]

    def _clear_error(self) -> None:
        self.code_edit.setStyleSheet("")
        if self.message.styleSheet() == ERROR_STYLE:
            self.message.setVisible(False)

    def _refuse(self, text: str) -> None:
        self.code_edit.setStyleSheet(INVALID_FIELD)
        say(self.message, text, ok=False)
        self.code_edit.setFocus()
        self.code_edit.selectAll()

    @Slot()
    def add(self) -> None:
        code = self.code_edit.text().strip()
        if self.detail is None or not code:
            return
        kind = self.kind_combo.currentData()
        try:
            found_kind = check_barcode(code, kind)  # check digits: no database needed, answer at once
        except ValidationError as error:
            self._refuse(user_message(error))
            return
        rt, sku_id = self.ctx.rt, self.detail.id
        self.add_button.setEnabled(False)

        def done(_: int) -> None:
            self.add_button.setEnabled(True)
            self.code_edit.clear()
            self.code_edit.setStyleSheet("")
            say(self.message, self.tr("Added %1 (%2).").replace("%1", code).replace(
                "%2", barcode_kind_label(found_kind)), ok=True)
            self.code_edit.setFocus()
            self.changed.emit()

        def failed(error: BaseException) -> None:
            self.add_button.setEnabled(True)
            if isinstance(error, UserError):
                self._refuse(user_message(error))
            else:
                self.ctx.report(error)

        self.ctx.tasks.run_write(lambda _: add_barcode(rt.db, rt.actor, sku_id, code, kind), done, failed,
                                 owner=self, name="add barcode")

    @Slot()
    def remove_selected(self) -> None:
        items = self.table.selectedItems()
        if not items:
            return
        row = items[0].row()
        barcode_id = self.table.item(row, 0).data(Qt.ItemDataRole.UserRole)
        code = self.table.item(row, 0).text()
        rt = self.ctx.rt

        def done(_: None) -> None:
            say(self.message, self.tr("Removed %1.").replace("%1", code), ok=True)
            self.changed.emit()

        def failed(error: BaseException) -> None:
            if isinstance(error, UserError):
                say(self.message, user_message(error), ok=False)
            else:
                self.ctx.report(error)

        self.ctx.tasks.run_write(lambda _: remove_barcode(rt.db, rt.actor, barcode_id), done, failed,
                                 owner=self, name="remove barcode")


class BundlePanel(QWidget):
    """A bundle's components (what one bundle is made of), with the virtual availability;
    for a standard SKU, the bundles it is part of."""

    changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.detail: SkuDetail | None = None
        self.components: list[tuple[PickedSku, Decimal, Decimal | None]] = []
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._filling = False
        self.table = read_only_table([self.tr("Component"), self.tr("Name"), self.tr("Qty per bundle"),
                                      self.tr("Price weight")], right_aligned_from=2)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.horizontalHeaderItem(3).setToolTip(self.tr(
            "How the bundle's price is split over its components for margins; empty: the component's "
            "list price × quantity"))
        self.table.itemChanged.connect(self._cell_edited)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.setColumnWidth(0, 140)
        self.table.setColumnWidth(2, 110)
        self.table.setColumnWidth(3, 110)
        self.picker = SkuPicker(ctx, placeholder=self.tr("Component: SKU code, name or barcode"))
        self.quantity_edit = QLineEdit("1")
        self.quantity_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.quantity_edit.setMaximumWidth(70)
        self.add_button = QPushButton(self.tr("Add component"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.save_button = QPushButton(self.tr("Save components"))
        self.save_button.setEnabled(False)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        self.editor = QWidget()
        adder = QHBoxLayout()
        adder.setContentsMargins(0, 0, 0, 0)
        adder.addWidget(self.picker, 1)
        adder.addWidget(QLabel(self.tr("Qty")))
        adder.addWidget(self.quantity_edit)
        adder.addWidget(self.add_button)
        adder.addSpacing(12)
        adder.addWidget(self.remove_button)
        adder.addWidget(self.save_button)
        editor_layout = QVBoxLayout(self.editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addLayout(adder)
        editor_layout.addWidget(self.message)
        editor_layout.addWidget(self.table, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.summary)
        layout.addWidget(self.editor, 1)
        self.add_button.clicked.connect(self.add_component)
        self.picker.edit.returnPressed.connect(lambda: self.quantity_edit.setFocus() if self.picker.sku else None)
        self.quantity_edit.returnPressed.connect(self.add_component)
        self.remove_button.clicked.connect(self.remove_selected)
        self.save_button.clicked.connect(self.save)

    def show_detail(self, detail: SkuDetail) -> None:
        self.detail = detail
        is_bundle = detail.kind in BUNDLE_KINDS
        self.editor.setVisible(is_bundle)
        if not is_bundle:
            if detail.in_bundles:
                text = self.tr("A standard SKU. It is a component of: %1.").replace(
                    "%1", ", ".join(code for _, code in detail.in_bundles))
            else:
                text = self.tr("A standard SKU, not part of any bundle. To sell a kit, create a SKU of kind "
                               "virtual or pre-packed bundle and give it components here.")
            self.summary.setText(text)
            self.summary.setStyleSheet(HINT_STYLE)
            return
        self.summary.setStyleSheet("")
        self.components = [(PickedSku(c.sku_id, c.code, c.name), c.quantity, c.price_weight)
                           for c in detail.components]
        self._show_summary()
        self._fill()
        self.save_button.setEnabled(False)
        self.message.setVisible(False)

    def _show_summary(self) -> None:
        detail = self.detail
        if detail is None:
            return
        if detail.kind is SkuKind.VIRTUAL_BUNDLE:
            available = detail.virtual_available if detail.virtual_available is not None else Decimal(0)
            self.summary.setText(self.tr("Virtual bundle: stocked and picked as its components. "
                                         "<b>%1</b> can be made from the components in stock.")
                                 .replace("%1", format_quantity(available)))
        else:
            self.summary.setText(self.tr("Pre-packed bundle: stocked as itself, assembled from these components."))

    def _fill(self) -> None:
        self._filling = True
        try:
            self.table.setRowCount(len(self.components))
            for row, (sku, quantity, weight) in enumerate(self.components):
                self.table.setItem(row, 0, table_item(sku.code))
                self.table.setItem(row, 1, table_item(sku.name))
                self.table.setItem(row, 2, table_item(format_quantity(quantity), True, editable=True))
                self.table.setItem(row, 3, table_item(amount_text(weight) if weight is not None else "", True,
                                                      editable=True))
        finally:
            self._filling = False

    def _cell_edited(self, item: QTableWidgetItem) -> None:
        """Quantity and price weight are edited in place (double-click, type, Enter)."""
        if self._filling or not 0 <= item.row() < len(self.components) or item.column() not in (2, 3):
            return
        sku, quantity, weight = self.components[item.row()]
        try:
            if item.column() == 2:
                value = parse_amount(item.text(), "quantity", self.tr("Qty"))
                if value is None or value <= 0:
                    raise FieldError("quantity", self.tr("The quantity per bundle must be more than 0."))
                quantity = value
            else:
                weight = parse_amount(item.text(), "price weight", self.tr("Price weight"))
        except FieldError as error:
            say(self.message, error.message, ok=False)
            self._fill()
            return
        self.components[item.row()] = (sku, quantity, weight)
        self._edited()

    def _edited(self) -> None:
        self._fill()
        self.save_button.setEnabled(True)
        self.message.setVisible(False)

    @Slot()
    def add_component(self) -> None:
        sku = self.picker.sku
        if sku is None:
            say(self.message, self.tr("Pick a SKU first."), ok=False)
            return
        try:
            quantity = parse_amount(self.quantity_edit.text(), "quantity", self.tr("Qty"))
        except FieldError as error:
            say(self.message, error.message, ok=False)
            return
        if quantity is None or quantity <= 0:
            say(self.message, self.tr("The quantity per bundle must be more than 0."), ok=False)
            return
        for n, (existing, old_quantity, weight) in enumerate(self.components):
            if existing.id == sku.id:
                self.components[n] = (existing, old_quantity + quantity, weight)
                break
        else:
            self.components.append((sku, quantity, None))
        self.picker.clear()
        self.quantity_edit.setText("1")
        self.picker.setFocus()
        self._edited()

    @Slot()
    def remove_selected(self) -> None:
        rows = sorted({item.row() for item in self.table.selectedItems()}, reverse=True)
        for row in rows:
            del self.components[row]
        if rows:
            self._edited()

    @Slot()
    def save(self) -> None:
        if self.detail is None:
            return
        rt, bundle_id = self.ctx.rt, self.detail.id
        specs = [ComponentSpec(sku.id, quantity, weight) for sku, quantity, weight in self.components]
        self.save_button.setEnabled(False)

        def done(_: None) -> None:
            say(self.message, self.tr("Components saved."), ok=True)
            self.changed.emit()

        def failed(error: BaseException) -> None:
            self.save_button.setEnabled(True)
            if isinstance(error, UserError):
                say(self.message, user_message(error), ok=False)
            else:
                self.ctx.report(error)

        self.ctx.tasks.run_write(lambda _: set_bundle_components(rt.db, rt.actor, bundle_id, specs), done, failed,
                                 owner=self, name="save bundle components")


class MappingsPanel(QWidget):
    """The shops' listings mapped to this SKU."""

    changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.table = read_only_table([self.tr("Shop"), self.tr("Seller SKU"), self.tr("Item id"),
                                      self.tr("Variant id"), self.tr("How"), self.tr("Added")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.empty = QLabel(self.tr("No shop listing is mapped to this SKU yet. Map listings from "
                                    "Unmapped listings; a seller SKU equal to this code or a barcode maps itself."))
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(HINT_STYLE)
        self.delete_button = QPushButton(self.tr("Delete mapping"))
        self.delete_button.setEnabled(False)
        self.message = QLabel()
        self.message.setVisible(False)
        self.message.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(self.message, 1)
        bar.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignRight)  # not across the panel when alone
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(bar)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.itemSelectionChanged.connect(
            lambda: self.delete_button.setEnabled(bool(self.table.selectedItems())))

    def show_detail(self, detail: SkuDetail) -> None:
        self.empty.setVisible(not detail.mappings)
        self.table.setVisible(bool(detail.mappings))
        self.table.setRowCount(len(detail.mappings))
        for row, mapping in enumerate(detail.mappings):
            shop = table_item(mapping.shop_name)
            shop.setData(Qt.ItemDataRole.UserRole, mapping.id)
            self.table.setItem(row, 0, shop)
            self.table.setItem(row, 1, table_item(mapping.channel_sku))
            self.table.setItem(row, 2, table_item(mapping.channel_item_id))
            self.table.setItem(row, 3, table_item(mapping.channel_variant_id))
            how = self.tr("Automatic") if mapping.automatic else self.tr("By %1").replace("%1", mapping.created_by)
            self.table.setItem(row, 4, table_item(how))
            self.table.setItem(row, 5, table_item(format_datetime(mapping.created_at)))
        self.delete_button.setEnabled(bool(self.table.selectedItems()))

    @Slot()
    def delete_selected(self) -> None:
        items = self.table.selectedItems()
        if not items:
            return
        mapping_id = self.table.item(items[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        answer = QMessageBox.question(
            self, self.tr("Delete mapping"),
            self.tr("Delete this mapping? Open orders resolved through it become unmapped again "
                    "unless another mapping matches them."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        delete_mapping_in_background(self.ctx, mapping_id, self, self.message, self.changed)


def delete_mapping_in_background(ctx: UiContext, mapping_id: int, owner: QWidget, message: QLabel,
                                 changed: Signal) -> None:
    rt = ctx.rt

    def done(result) -> None:  # noqa: ANN001 - MappingResult
        text = owner.tr("Mapping deleted; %1 order lines changed.").replace("%1", str(result.lines_resolved))
        say(message, text, ok=True)
        ctx.events.orders_changed.emit()
        changed.emit()

    def failed(error: BaseException) -> None:
        if isinstance(error, UserError):
            say(message, user_message(error), ok=False)
        else:
            ctx.report(error)

    ctx.tasks.run_write(lambda _: delete_mapping(rt.db, rt.actor, mapping_id), done, failed, owner=owner,
                        name="delete mapping")


class StockPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = read_only_table([self.tr("Warehouse"), self.tr("On hand"), self.tr("Reserved"),
                                      self.tr("Available")], right_aligned_from=1)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setStretchLastSection(False)
        for column in (1, 2, 3):
            self.table.setColumnWidth(column, 100)
        self.table.setMaximumWidth(720)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

    def show_detail(self, detail: SkuDetail) -> None:
        if detail.kind is SkuKind.VIRTUAL_BUNDLE:
            available = detail.virtual_available if detail.virtual_available is not None else Decimal(0)
            self.summary.setText(self.tr("A virtual bundle has no stock of its own: %1 can be made from its "
                                         "components.").replace("%1", format_quantity(available)))
            self.summary.setVisible(True)
            self.table.setVisible(False)
            return
        self.table.setVisible(True)
        if not detail.stock:
            self.summary.setText(self.tr("No stock in any warehouse."))
            self.summary.setStyleSheet(HINT_STYLE)
        self.summary.setVisible(not detail.stock)
        rows = list(detail.stock)
        self.table.setRowCount(len(rows) + (1 if len(rows) > 1 else 0))
        for row, stock in enumerate(rows):
            self.table.setItem(row, 0, table_item(f"{stock.warehouse_name} ({stock.warehouse_code})"))
            for column, value in enumerate((stock.on_hand, stock.reserved, stock.available), start=1):
                self.table.setItem(row, column, table_item(format_quantity(value), True))
        if len(rows) > 1:
            total_row = len(rows)
            total = table_item(self.tr("All warehouses"))
            font = total.font()
            font.setBold(True)
            total.setFont(font)
            self.table.setItem(total_row, 0, total)
            sums = (sum((s.on_hand for s in rows), Decimal(0)), sum((s.reserved for s in rows), Decimal(0)),
                    sum((s.available for s in rows), Decimal(0)))
            for column, value in enumerate(sums, start=1):
                item = table_item(format_quantity(value), True)
                item.setFont(font)
                self.table.setItem(total_row, column, item)


class SkuDetailPanel(QStackedWidget):
    """``show_sku(id)`` loads and shows a SKU; ``show_sku(None)`` the hint."""

    loaded = Signal(int)  # SKU id, once shown
    changed = Signal(int)  # SKU id whose fields, barcodes or components changed
    mappings_changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.detail: SkuDetail | None = None
        self._generation = 0
        self._dirty = False
        self.hint = QLabel(self.tr("Select a SKU to see and edit its details."))
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setStyleSheet(HINT_STYLE)
        self.addWidget(self.hint)
        self.addWidget(self._build_content())
        self.setMinimumHeight(240)

    # -- layout ----------------------------------------------------------------------

    def _build_content(self) -> QWidget:
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(8, 6, 8, 4)
        layout.setSpacing(4)
        self.code_label = QLabel()
        self.code_label.setStyleSheet("font-size: 15pt; font-weight: 700;")
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.name_label = QLabel()
        self.name_label.setStyleSheet("font-size: 11pt;")
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.kind_badge = _badge("", "#6d28d9", "#ede9fe")
        self.active_badge = _badge("", "#4b5563", "#e5e7eb")
        self.spu_label = QLabel()
        self.spu_label.setStyleSheet(HINT_STYLE)
        header = QHBoxLayout()
        header.setSpacing(10)
        for widget in (self.code_label, self.name_label, self.kind_badge, self.active_badge):
            header.addWidget(widget)
        header.addStretch(1)
        header.addWidget(self.spu_label)
        layout.addLayout(header)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._build_fields_tab(), self.tr("Details"))
        self.barcodes = BarcodesPanel(self.ctx)
        self.bundle = BundlePanel(self.ctx)
        self.mappings = MappingsPanel(self.ctx)
        self.stock = StockPanel()
        self.tabs.addTab(self.barcodes, self.tr("Barcodes"))
        self.tabs.addTab(self.bundle, self.tr("Bundle"))
        self.tabs.addTab(self.mappings, self.tr("Channel mappings"))
        self.tabs.addTab(self.stock, self.tr("Stock"))
        layout.addWidget(self.tabs, 1)
        for panel in (self.barcodes, self.bundle):
            panel.changed.connect(self._reload_after_change)
        self.mappings.changed.connect(self._mappings_changed)
        return content

    def _build_fields_tab(self) -> QWidget:
        self.form = SkuForm()
        self.form.edited.connect(self._mark_dirty)
        self.save_button = QPushButton(self.tr("Save changes"))
        self.save_button.setEnabled(False)
        self.revert_button = QPushButton(self.tr("Revert"))
        self.revert_button.setEnabled(False)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.form_message = QLabel()
        self.form_message.setWordWrap(True)
        self.form_message.setVisible(False)
        self.form_message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.conflict = QFrame()
        self.conflict.setObjectName("conflict")
        self.conflict.setStyleSheet(CONFLICT_STYLE)
        self.conflict_label = QLabel()
        self.conflict_label.setWordWrap(True)
        self.reload_button = QPushButton(self.tr("Reload (discard my edits)"))
        self.reload_button.clicked.connect(self.reload)
        conflict_layout = QHBoxLayout(self.conflict)
        conflict_layout.setContentsMargins(8, 4, 8, 4)
        conflict_layout.addWidget(self.conflict_label, 1)
        conflict_layout.addWidget(self.reload_button)
        self.conflict.setVisible(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.form_message, 3)
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(6, 8, 6, 4)
        layout.addWidget(self.form)
        layout.addWidget(self.conflict)
        layout.addLayout(buttons)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        return scroll

    def set_options(self, options: CatalogOptions) -> None:
        self.form.set_options(options)
        if self.detail is not None and not self._dirty:
            self.form.load(self.detail)

    # -- loading ---------------------------------------------------------------------

    def show_sku(self, sku_id: int | None) -> None:
        if sku_id is None:
            self._generation += 1
            self.detail = None
            self.setCurrentWidget(self.hint)
            return
        self._load(sku_id)

    def reload(self) -> None:
        if self.detail is not None:
            self._dirty = False
            self._load(self.detail.id)

    def _load(self, sku_id: int) -> None:
        self._generation += 1
        generation = self._generation
        db = self.ctx.rt.db

        def load(_: TaskContext) -> SkuDetail | None:
            with db.reading() as session:
                return sku_detail(session, sku_id)

        def show(detail: SkuDetail | None) -> None:
            if generation != self._generation:
                return
            self._show(detail)
            if detail is not None:
                self.loaded.emit(detail.id)

        self.ctx.tasks.run(load, show, owner=self, name="SKU detail")

    def _show(self, detail: SkuDetail | None) -> None:
        same = self.detail is not None and detail is not None and self.detail.id == detail.id
        self.detail = detail
        if detail is None:
            self.setCurrentWidget(self.hint)
            return
        self.code_label.setText(detail.code)
        self.name_label.setText(detail.name)
        self.kind_badge.setText(kind_label(detail.kind))
        self.kind_badge.setVisible(detail.kind is not SkuKind.STANDARD)
        self.active_badge.setText(active_label(detail.active))
        self.active_badge.setVisible(not detail.active)
        attributes = ", ".join(f"{k}: {v}" for k, v in detail.attributes.items())
        spu = self.tr("Variant of %1").replace("%1", detail.spu_code) if detail.spu_code else ""
        self.spu_label.setText(" · ".join(p for p in (spu, attributes) if p))
        if not (same and self._dirty):
            self.form.load(detail)
            self._set_dirty(False)
            self.conflict.setVisible(False)
            if not same:
                self.form_message.setVisible(False)
                self.barcodes.message.setVisible(False)
                self.mappings.message.setVisible(False)
                clear_field_errors(self.form_message, self.form.fields)
        self.barcodes.show_detail(detail)
        self.bundle.show_detail(detail)
        self.mappings.show_detail(detail)
        self.stock.show_detail(detail)
        self.tabs.setTabText(1, self.tr("Barcodes (%1)").replace("%1", str(len(detail.barcodes))))
        self.tabs.setTabText(2, self.tr("Components (%1)").replace("%1", str(len(detail.components)))
                             if detail.kind in BUNDLE_KINDS else self.tr("Bundle"))
        self.tabs.setTabText(3, self.tr("Channel mappings (%1)").replace("%1", str(len(detail.mappings))))
        self.setCurrentIndex(1)

    # -- editing ---------------------------------------------------------------------

    def _mark_dirty(self) -> None:
        self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)

    @Slot()
    def revert(self) -> None:
        if self.detail is not None:
            self.form.load(self.detail)
            self._set_dirty(False)
            clear_field_errors(self.form_message, self.form.fields)
            self.conflict.setVisible(False)

    @Slot()
    def save(self) -> None:
        detail = self.detail
        if detail is None:
            return
        try:
            spec, new_brand = self.form.spec(spu_id=detail.spu_id, attributes=detail.attributes)
        except FieldError as error:
            show_field_error(self.form_message, self.form.fields, error.message, error.field)
            return
        clear_field_errors(self.form_message, self.form.fields)
        self.conflict.setVisible(False)
        self.save_button.setEnabled(False)
        rt, sku_id, version = self.ctx.rt, detail.id, detail.version

        def write(_: TaskContext) -> None:
            if not new_brand:
                update_sku(rt.db, rt.actor, sku_id, spec, version)
                return
            with rt.db.transaction() as session:
                spec.brand_id = create_brand_in(session, rt.actor, new_brand)
                update_sku_in(session, rt.actor, sku_id, spec, version)

        self.ctx.tasks.run_write(write, lambda _: self._saved(sku_id), self._save_failed, owner=self,
                                 name="save SKU")

    def _saved(self, sku_id: int) -> None:
        self._set_dirty(False)
        say(self.form_message, self.tr("Saved."), ok=True)
        self.changed.emit(sku_id)
        self.reload()

    def _save_failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, ConflictError):
            self.conflict_label.setText(user_message(error))
            self.conflict.setVisible(True)
        elif isinstance(error, UserError):
            show_field_error(self.form_message, self.form.fields, user_message(error),
                             error.field if isinstance(error, ValidationError) else None)
        else:
            self.ctx.report(error)

    def _reload_after_change(self) -> None:
        if self.detail is not None:
            self.changed.emit(self.detail.id)
            self._load(self.detail.id)

    def _mappings_changed(self) -> None:
        self.mappings_changed.emit()
        self._reload_after_change()
