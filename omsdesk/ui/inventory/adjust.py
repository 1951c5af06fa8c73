"""Scrap, return to supplier, or correct the stock of one SKU in one bin — always with a reason."""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QRadioButton,
    QSizePolicy, QVBoxLayout, QWidget,
)

from omsdesk.catalog.barcodes import SkuHit
from omsdesk.errors import ValidationError
from omsdesk.inventory.outbound import adjust, return_to_supplier, scrap
from omsdesk.inventory.purchasing import SupplierInfo, list_suppliers
from omsdesk.inventory.queries import BinStockRow, stock_by_bin
from omsdesk.ui.context import UiContext
from omsdesk.ui.inventory.common import (
    HINT_STYLE, MessageLine, fill_combo, qty, quantity_spin, read, show_failure, spin_decimal,
)
from omsdesk.ui.scan import BinHit, ScanField, ScanKind
from omsdesk.ui.tasks import TaskContext

INVALID = "border: 2px solid #dc2626; border-radius: 3px;"


class Action(StrEnum):
    SCRAP = "scrap"
    RETURN = "return"
    ADJUST = "adjust"


class AdjustDialog(QDialog):
    """One SKU, one bin, one quantity, one reason. ``done_text`` says what was booked."""

    posted = Signal(str)

    def __init__(self, ctx: UiContext, *, sku: SkuHit | None = None, location_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.sku: SkuHit | None = sku
        self._wanted_location = location_id
        self._extra_bins: dict[int, str] = {}
        self._stock: list[BinStockRow] = []
        self.setWindowTitle(self.tr("Scrap or adjust stock"))
        self.setMinimumWidth(560)
        self._build()
        self._action_changed()
        read(ctx, lambda s: list_suppliers(s), self._fill_suppliers, self, "suppliers")
        if sku is not None:
            self._show_sku(sku)

    def _build(self) -> None:
        self.action_group = QButtonGroup(self)
        self.scrap_radio = QRadioButton(self.tr("Scrap"))
        self.return_radio = QRadioButton(self.tr("Return to supplier"))
        self.adjust_radio = QRadioButton(self.tr("Correct the quantity"))
        actions = QHBoxLayout()
        for action, radio in ((Action.SCRAP, self.scrap_radio), (Action.RETURN, self.return_radio),
                              (Action.ADJUST, self.adjust_radio)):
            self.action_group.addButton(radio)
            radio.setProperty("action", action.value)
            actions.addWidget(radio)
        actions.addStretch(1)
        self.scrap_radio.setChecked(True)
        self.action_group.buttonToggled.connect(lambda *_: self._action_changed())
        self.sku_scan = ScanField(self.ctx, (ScanKind.SKU,))
        self.sku_scan.sku_scanned.connect(self._show_sku)
        self.sku_label = QLabel(self.tr("No product chosen yet"))
        self.sku_label.setStyleSheet("font-weight: 600;")
        self.bin_combo = QComboBox()
        self.bin_combo.setMinimumContentsLength(24)
        self.bin_combo.currentIndexChanged.connect(lambda *_: self._update_after())
        self.bin_scan = ScanField(self.ctx, (ScanKind.BIN,),
                                  self.tr("…or scan another bin label"))
        self.bin_scan.bin_scanned.connect(self._bin_scanned)
        self.supplier_combo = QComboBox()
        self.quantity_spin = quantity_spin(decimals=0, minimum=0)
        self.quantity_spin.valueChanged.connect(lambda *_: self._update_after())
        self.after_label = QLabel()
        self.after_label.setStyleSheet(HINT_STYLE)
        self.reason_combo = QComboBox()
        self.reason_combo.setEditable(True)
        self.reason_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.reason_combo.lineEdit().setPlaceholderText(self.tr("Required: why (damaged, expired, found, …)"))
        for combo in (self.reason_combo, self.bin_combo, self.supplier_combo):
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.addRow(self.tr("What"), actions)
        self.form.addRow(self.tr("Product"), self.sku_scan)
        self.form.addRow("", self.sku_label)
        self.form.addRow(self.tr("Bin"), self.bin_combo)
        self.form.addRow("", self.bin_scan)
        self.form.addRow(self.tr("Supplier"), self.supplier_combo)
        self.quantity_caption = QLabel(self.tr("Quantity"))
        quantity_row = QHBoxLayout()
        quantity_row.addWidget(self.quantity_spin)
        quantity_row.addWidget(self.after_label, 1)
        self.form.addRow(self.quantity_caption, quantity_row)
        self.form.addRow(self.tr("Reason"), self.reason_combo)
        self.message = MessageLine()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Book it"))
        self.ok_button.setAutoDefault(False)
        self.ok_button.setDefault(False)  # Enter belongs to the scan fields
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    # -- choices -----------------------------------------------------------------------

    @property
    def action(self) -> Action:
        button = self.action_group.checkedButton()
        return Action(button.property("action")) if button is not None else Action.SCRAP

    def set_action(self, action: Action) -> None:
        {Action.SCRAP: self.scrap_radio, Action.RETURN: self.return_radio,
         Action.ADJUST: self.adjust_radio}[action].setChecked(True)

    def _action_changed(self) -> None:
        action = self.action
        self.form.setRowVisible(self.supplier_combo, action is Action.RETURN)
        if action is Action.ADJUST:
            self.quantity_caption.setText(self.tr("Change by"))
            self.quantity_spin.setRange(-1_000_000, 1_000_000)
            self.quantity_spin.setToolTip(self.tr("Positive: more was found than the books say; "
                                                  "negative: some is missing"))
        else:
            self.quantity_caption.setText(self.tr("Quantity"))
            self.quantity_spin.setRange(0, 1_000_000)
            self.quantity_spin.setToolTip("")
        presets = {
            Action.SCRAP: [self.tr("Damaged"), self.tr("Expired"), self.tr("Defective"), self.tr("Lost in handling")],
            Action.RETURN: [self.tr("Defective"), self.tr("Wrong item delivered"), self.tr("Over-delivery"),
                            self.tr("Quality complaint")],
            Action.ADJUST: [self.tr("Count correction"), self.tr("Found in the bin"), self.tr("Missing from the bin"),
                            self.tr("Booking error")],
        }[action]
        text = self.reason_combo.currentText()
        self.reason_combo.clear()
        self.reason_combo.addItems(presets)
        self.reason_combo.setCurrentIndex(-1)
        self.reason_combo.setEditText(text if text not in presets else "")
        self._update_after()

    def _fill_suppliers(self, suppliers: list[SupplierInfo]) -> None:
        fill_combo(self.supplier_combo, [(f"{s.code} · {s.name}", s.id) for s in suppliers])

    @Slot(object)
    def _show_sku(self, sku: SkuHit) -> None:
        self.sku = sku
        self.sku_label.setText(f"{sku.code} · {sku.name}")
        sku_id = sku.sku_id
        read(self.ctx, lambda s: stock_by_bin(s, sku_id=sku_id), lambda rows: self._bins_arrived(sku_id, rows),
             self, "stock of SKU")

    def _bins_arrived(self, sku_id: int, rows: list[BinStockRow]) -> None:
        if self.sku is not None and self.sku.sku_id == sku_id:  # not a product scanned before this one
            self._fill_bins(rows)

    def _fill_bins(self, rows: list[BinStockRow]) -> None:
        self._stock = rows
        entries = [(f"{r.path}   ({self.tr('on hand %1').replace('%1', qty(r.on_hand))})", r.location_id)
                   for r in rows]
        known = {r.location_id for r in rows}
        entries += [(path, location_id) for location_id, path in self._extra_bins.items() if location_id not in known]
        wanted = self._wanted_location
        fill_combo(self.bin_combo, entries, keep=False)
        if wanted is not None:
            index = self.bin_combo.findData(wanted)
            if index >= 0:
                self.bin_combo.setCurrentIndex(index)
        self._update_after()

    @Slot(object)
    def _bin_scanned(self, hit: BinHit) -> None:
        index = self.bin_combo.findData(hit.id)
        if index < 0:
            self._extra_bins[hit.id] = hit.path
            self.bin_combo.addItem(f"{hit.path}   ({self.tr('on hand %1').replace('%1', '0')})", hit.id)
            index = self.bin_combo.count() - 1
        self._wanted_location = hit.id
        self.bin_combo.setCurrentIndex(index)
        self.bin_scan.confirm(self.tr("Bin %1").replace("%1", hit.path))

    def _on_hand(self) -> Decimal:
        location_id = self.bin_combo.currentData()
        return next((r.on_hand for r in self._stock if r.location_id == location_id), Decimal(0))

    def _update_after(self) -> None:
        if self.sku is None or self.bin_combo.currentData() is None:
            self.after_label.setText("")
            return
        change = spin_decimal(self.quantity_spin)
        after = self._on_hand() + (change if self.action is Action.ADJUST else -change)
        self.after_label.setText(self.tr("on hand now %1 → after %2").replace("%1", qty(self._on_hand()))
                                 .replace("%2", qty(after)))

    # -- booking -----------------------------------------------------------------------

    def _invalid(self, widget: QWidget, text: str) -> None:
        widget.setStyleSheet(INVALID)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        self.message.error(text)

    @Slot()
    def submit(self) -> None:
        for widget in (self.bin_combo, self.quantity_spin, self.reason_combo, self.supplier_combo):
            widget.setStyleSheet("")
        self.message.clear_message()
        if self.sku is None:
            self.sku_scan.reject(self.tr("Scan or type the product first."))
            return
        location_id = self.bin_combo.currentData()
        if location_id is None:
            self._invalid(self.bin_combo, self.tr("Choose or scan the bin."))
            return
        quantity = spin_decimal(self.quantity_spin)
        if quantity == 0:
            self._invalid(self.quantity_spin, self.tr("Enter a quantity."))
            return
        reason = self.reason_combo.currentText().strip()
        if not reason:
            self._invalid(self.reason_combo, self.tr("Give a reason: it is kept with the movement."))
            return
        action, sku_id, supplier_id = self.action, self.sku.sku_id, self.supplier_combo.currentData()
        if action is Action.RETURN and supplier_id is None:
            self._invalid(self.supplier_combo, self.tr("Choose the supplier the goods go back to."))
            return
        rt = self.ctx.rt

        def write(_: TaskContext) -> str:
            if action is Action.SCRAP:
                scrap(rt.db, rt.actor, sku_id, location_id, quantity, reason)
                return "scrap"
            if action is Action.RETURN:
                return return_to_supplier(rt.db, rt.actor, supplier_id, [(sku_id, location_id, quantity)], reason)
            adjust(rt.db, rt.actor, sku_id, location_id, quantity, reason)
            return "adjust"

        self.ok_button.setEnabled(False)
        self.ctx.tasks.run_write(write, self._booked, self._failed, owner=self, name="scrap / adjust")

    def _booked(self, result: str) -> None:
        self.ok_button.setEnabled(True)
        self.ctx.events.stock_changed.emit()
        self.posted.emit(result)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.ok_button.setEnabled(True)
        if isinstance(error, ValidationError):
            widget = {"quantity": self.quantity_spin, "reason": self.reason_combo,
                      "location": self.bin_combo}.get(error.field)
            if widget is not None:
                widget.setStyleSheet(INVALID)
        show_failure(self.ctx, self.message, error)
