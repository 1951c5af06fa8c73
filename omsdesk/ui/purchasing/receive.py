"""Receive goods: pick a purchase order (or none), scan the bin label, scan the items, post.

Each scan of an item adds one into the bin scanned last; a typed quantity sets the
line's quantity in that bin. The table shows, per line, what was ordered, what
came before, what this receipt brings and what will still be outstanding.
A line that brings more or less than is outstanding needs a reason, asked for
before posting. Posting runs ``receive`` in the background as one receipt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout,
    QWidget,
)

from omsdesk.catalog.barcodes import SkuHit
from omsdesk.inventory.models import PurchaseOrderState
from omsdesk.inventory.purchasing import SupplierInfo, list_suppliers
from omsdesk.inventory.queries import (
    PurchaseOrderLineRow, PurchaseOrderRow, WarehouseInfo, purchase_order_rows, warehouses,
)
from omsdesk.inventory.receiving import ReceiptLineSpec, ReceiptResult, ReceiptSpec, open_po_lines, receive
from omsdesk.ui.context import UiContext
from omsdesk.ui.formatting import format_count
from omsdesk.ui.inventory.common import (
    ALERT, GOOD, HINT_STYLE, WARNING, Column, MessageLine, Page, QuantityDelegate, RowsModel,
    edit_quantity, fill_combo, make_table, parse_decimal, qty, read, selected_row, show_failure, toolbar,
    warehouse_entries,
)
from omsdesk.ui.inventory.labels import translate
from omsdesk.ui.scan import BinHit, ScanField, ScanKind

ZERO = Decimal(0)
NOT_CHOSEN, WITHOUT_PO = -1, 0
RECEIVABLE = (PurchaseOrderState.SENT, PurchaseOrderState.PARTIALLY_RECEIVED)




@dataclass
class ReceiveLine:
    po_line_id: int | None
    sku_id: int
    code: str
    name: str
    ordered: Decimal | None = None
    received_before: Decimal | None = None
    outstanding: Decimal | None = None  # before this receipt
    bins: dict[int, Decimal] = field(default_factory=dict)  # location id → quantity in this receipt
    paths: dict[int, str] = field(default_factory=dict)
    reason: str = ""

    @property
    def now(self) -> Decimal:
        return sum(self.bins.values(), ZERO)

    @property
    def after(self) -> Decimal | None:
        return None if self.outstanding is None else self.outstanding - self.now

    @property
    def needs_reason(self) -> bool:
        """Against an order, bringing anything other than what is outstanding needs a reason."""
        return self.po_line_id is not None and self.now > 0 and self.now != self.outstanding

    def bins_text(self) -> str:
        return " · ".join(f"{self.paths[loc]} ×{qty(q)}" for loc, q in self.bins.items() if q > 0)


def _after_text(line: ReceiveLine) -> str:
    after = line.after
    if after is None:
        return ""
    if after < 0:
        return translate("ReceiveTable", "over by %1").replace("%1", qty(-after))
    return qty(after) if after else "–"


def _after_colour(line: ReceiveLine):  # noqa: ANN202
    after = line.after
    if after is None or line.now == 0:
        return None
    return ALERT if after < 0 else WARNING if after > 0 else GOOD


class ReceivePage(Page):
    posted = Signal(object)  # ReceiptResult

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.orders: dict[int, PurchaseOrderRow] = {}
        self.current_bin: BinHit | None = None
        self._wanted_po: int | None = None
        self._lines_generation = 0
        self._keep_result_message = False
        self._choices_generation = self._choices_shown = 0
        self.columns: tuple[Column[ReceiveLine], ...] = (
            Column(lambda: translate("ReceiveTable", "SKU"), lambda r: r.code, width=120),
            Column(lambda: translate("ReceiveTable", "Name"), lambda r: r.name, width=170),
            Column(lambda: translate("ReceiveTable", "Ordered"), lambda r: qty(r.ordered), numeric=True, width=70),
            Column(lambda: translate("ReceiveTable", "Received before"),
                   lambda r: qty(r.received_before), numeric=True, width=105),
            Column(lambda: translate("ReceiveTable", "This receipt"),
                   lambda r: qty(r.now) if r.now else "", numeric=True, width=90,
                   edit_value=lambda r: edit_quantity(r.now), set_value=self._set_now),
            Column(lambda: translate("ReceiveTable", "Outstanding after"),
                   _after_text, numeric=True, width=115, foreground=_after_colour),
            Column(lambda: translate("ReceiveTable", "Into bins"), lambda r: r.bins_text(), width=170),
            Column(lambda: translate("ReceiveTable", "Reason for the difference"),
                   lambda r: r.reason or (translate("ReceiveTable", "needed — double-click") if r.needs_reason else ""),
                   width=210,
                   edit_value=lambda r: r.reason, set_value=self._set_reason,
                   foreground=lambda r: ALERT if r.needs_reason and not r.reason else None,
                   tooltip=lambda r: translate("ReceiveTable", "Double-click to give the reason")
                   if r.needs_reason else None),
        )
        self.model: RowsModel[ReceiveLine] = RowsModel(self.columns, self)
        self._build()
        ctx.events.purchasing_changed.connect(self.mark_stale)

    # -- layout ------------------------------------------------------------------------

    def _build(self) -> None:
        self.po_combo = QComboBox()
        self.po_combo.setMinimumContentsLength(36)
        self.po_combo.currentIndexChanged.connect(lambda *_: self._po_changed())
        self.supplier_combo = QComboBox()
        self.supplier_combo.setMinimumContentsLength(18)
        self.warehouse_combo = QComboBox()
        self.warehouse_combo.currentIndexChanged.connect(lambda *_: self._warehouse_changed())
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("delivery note no., carrier, …"))
        self.supplier_caption = QLabel(self.tr("Supplier"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Purchase order")))
        top.addWidget(self.po_combo, 2)
        top.addSpacing(8)
        top.addWidget(self.supplier_caption)
        top.addWidget(self.supplier_combo, 1)
        top.addSpacing(8)
        top.addWidget(QLabel(self.tr("Warehouse")))
        top.addWidget(self.warehouse_combo, 1)
        self.scan = ScanField(self.ctx, (ScanKind.BIN, ScanKind.SKU),
                              self.tr("Scan the bin label first, then each item — or type a SKU code"))
        self.scan.enable_search()
        self.scan.bin_scanned.connect(self._bin_scanned)
        self.scan.sku_scanned.connect(self._sku_scanned)
        self.bin_label = QLabel()
        self.bin_label.setStyleSheet("font-size: 14pt; font-weight: 700;")
        self.quantity_edit = QLineEdit()
        self.quantity_edit.setPlaceholderText(self.tr("Quantity"))
        self.quantity_edit.setMaximumWidth(110)
        self.quantity_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.quantity_edit.returnPressed.connect(self.set_quantity)
        self.quantity_button = QPushButton(self.tr("Set for the selected line"))
        self.quantity_button.setAutoDefault(False)
        self.quantity_button.clicked.connect(self.set_quantity)
        bin_row = QHBoxLayout()
        bin_row.addWidget(self.bin_label, 1)
        bin_row.addWidget(QLabel(self.tr("Typed quantity")))
        bin_row.addWidget(self.quantity_edit)
        bin_row.addWidget(self.quantity_button)
        self.table = make_table(self.model, self.columns, stretch=6)
        delegate = QuantityDelegate(self.table)
        self.table.setItemDelegateForColumn(4, delegate)
        self.table.setEditTriggers(self.table.EditTrigger.DoubleClicked | self.table.EditTrigger.EditKeyPressed)
        self.summary_label = QLabel()
        self.summary_label.setStyleSheet("font-weight: 600;")
        self.message = MessageLine()
        self.clear_button = QPushButton(self.tr("Start over"))
        self.post_button = QPushButton(self.tr("Post receipt"))
        self.post_button.setStyleSheet("QPushButton { font-weight: 700; padding: 4px 16px; }")
        for button in (self.clear_button, self.post_button):
            button.setAutoDefault(False)
        hint = QLabel(self.tr("Each scan adds one. Type a quantity and press Enter to set it for the selected line "
                              "in the current bin."))
        hint.setStyleSheet(HINT_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        note_row = QHBoxLayout()
        note_row.addWidget(QLabel(self.tr("Note")))
        note_row.addWidget(self.note_edit, 1)
        layout.addLayout(note_row)
        layout.addWidget(self.scan)
        layout.addLayout(bin_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        layout.addWidget(self.message)
        layout.addLayout(toolbar(self.summary_label, None, self.clear_button, self.post_button))
        self.clear_button.clicked.connect(self.start_over)
        self.post_button.clicked.connect(self.post)
        self.model.dataChanged.connect(lambda *_: self._summarize())
        self.model.modelReset.connect(self._summarize)
        self.model.rowsInserted.connect(lambda *_: self._summarize())
        self._show_bin()
        self._po_changed()

    # -- choices -----------------------------------------------------------------------

    def reload(self) -> None:
        self._choices_generation += 1
        generation = self._choices_generation

        def fill(choices: tuple[list[PurchaseOrderRow], list[SupplierInfo], list[WarehouseInfo]]) -> None:
            if generation == self._choices_generation:  # only the newest answer counts
                self._fill_choices(choices)

        read(self.ctx, lambda s: (purchase_order_rows(s, RECEIVABLE), list_suppliers(s), warehouses(s)),
             fill, self, "receiving choices")

    @property
    def loading(self) -> bool:
        return self._choices_generation != self._choices_shown

    def _fill_choices(self, choices: tuple[list[PurchaseOrderRow], list[SupplierInfo], list[WarehouseInfo]]) -> None:
        self._choices_shown = self._choices_generation
        orders, suppliers, found = choices
        self.orders = {po.id: po for po in orders}
        previous = self.po_combo.currentData()
        chosen = self._wanted_po if self._wanted_po is not None else previous
        self._wanted_po = None
        entries = [(self.tr("— choose a purchase order —"), NOT_CHOSEN),
                   (self.tr("Without a purchase order"), WITHOUT_PO)]
        entries += [(self.tr("%1 · %2 · %3 — received %4 of %5").replace("%1", po.number)
                     .replace("%2", po.supplier_name).replace("%3", po.warehouse_code)
                     .replace("%4", qty(po.received_quantity)).replace("%5", qty(po.ordered_quantity)), po.id)
                    for po in orders]
        fill_combo(self.supplier_combo, [(f"{s.code} · {s.name}", s.id) for s in suppliers],
                   first=(self.tr("(unknown)"), None))
        fill_combo(self.warehouse_combo, warehouse_entries(found))
        self.po_combo.blockSignals(True)
        self.po_combo.clear()
        for text, data in entries:
            self.po_combo.addItem(text, data)
        index = self.po_combo.findData(chosen) if chosen is not None else -1
        self.po_combo.setCurrentIndex(index if index >= 0 else 0)
        self.po_combo.blockSignals(False)
        # a reload while the clerk is scanning must not throw the scans away
        in_progress = any(line.now > 0 for line in self.model.rows)
        self._po_changed(keep_lines=index >= 0 and chosen == previous and in_progress)

    def start_receiving(self, po_id: int) -> None:
        """Open a purchase order for receiving (from the Purchase orders list)."""
        self._wanted_po = po_id
        if not self.loading:  # a load on its way picks the order up when it arrives
            self.reload()

    @property
    def po(self) -> PurchaseOrderRow | None:
        return self.orders.get(self.po_combo.currentData() or 0)

    def _po_changed(self, keep_lines: bool = False) -> None:
        choice = self.po_combo.currentData()
        po = self.po
        without = choice == WITHOUT_PO
        self.supplier_caption.setVisible(without)
        self.supplier_combo.setVisible(without)
        self.warehouse_combo.setEnabled(without)
        self.scan.setEnabled(choice not in (None, NOT_CHOSEN))
        if po is not None:
            index = self.warehouse_combo.findData(po.warehouse_id)
            if index >= 0:
                self.warehouse_combo.setCurrentIndex(index)
        self._warehouse_changed()
        if keep_lines:
            return
        self.model.set_rows([])
        self._warehouse_changed()
        self._lines_generation += 1
        if po is None:
            if not self._keep_result_message:  # the order just received leaves the list: keep saying so
                self.message.clear_message()
            self._keep_result_message = False
            return
        generation, po_id = self._lines_generation, po.id

        def show(lines: list[PurchaseOrderLineRow]) -> None:
            if generation == self._lines_generation:
                self.model.set_rows([ReceiveLine(line.id, line.sku_id, line.sku_code, line.sku_name, line.quantity,
                                                 line.received, line.outstanding) for line in lines])
                self.scan.setFocus(Qt.FocusReason.OtherFocusReason)

        read(self.ctx, lambda s: open_po_lines(s, po_id), show, self, "purchase order lines")

    def _warehouse_changed(self) -> None:
        warehouse_id = self.warehouse_combo.currentData()
        # without an order, the first bin label scanned may choose the warehouse
        free = self.po_combo.currentData() == WITHOUT_PO and not any(line.now for line in self.model.rows)
        self.scan.warehouse_id = None if free else warehouse_id
        if self.current_bin is not None and self.current_bin.warehouse_id != warehouse_id:
            self.current_bin = None
            self._show_bin()

    # -- scanning ----------------------------------------------------------------------

    def _show_bin(self) -> None:
        if self.current_bin is None:
            self.bin_label.setText(self.tr("Receiving into: scan a bin label"))
            self.bin_label.setStyleSheet("font-size: 14pt; font-weight: 700; color: #b45309;")
        else:
            self.bin_label.setText(self.tr("Receiving into: %1").replace("%1", self.current_bin.path))
            self.bin_label.setStyleSheet("font-size: 14pt; font-weight: 700; color: #15803d;")

    @Slot(object)
    def _bin_scanned(self, hit: BinHit) -> None:
        if hit.warehouse_id != self.warehouse_combo.currentData():
            index = self.warehouse_combo.findData(hit.warehouse_id)
            if self.po is not None or index < 0:
                self.scan.reject(self.tr("Location %1 belongs to another warehouse. Scan a bin of this warehouse.")
                                 .replace("%1", hit.path))
                return
            self.warehouse_combo.setCurrentIndex(index)
        self.current_bin = hit
        self._show_bin()
        self.scan.confirm(self.tr("Bin %1 — now scan the items.").replace("%1", hit.path))

    def _line_for(self, sku: SkuHit) -> int | None:
        lines = self.model.rows
        return next((i for i, line in enumerate(lines) if line.sku_id == sku.sku_id), None)

    @Slot(object)
    def _sku_scanned(self, sku: SkuHit) -> None:
        if self.current_bin is None:
            self.scan.reject(self.tr("%1 scanned, but into which bin? Scan the bin label first.").replace(
                "%1", sku.code))
            return
        row = self._line_for(sku)
        po = self.po
        if row is None:
            if po is not None:
                self.scan.reject(self.tr("%1 (%2) is not on %3. Put it aside, or receive it separately "
                                         "without a purchase order.").replace("%1", sku.code)
                                 .replace("%2", sku.name).replace("%3", po.number))
                return
            row = self.model.append_row(ReceiveLine(None, sku.sku_id, sku.code, sku.name))
        line = self.model.rows[row]
        line.bins[self.current_bin.id] = line.bins.get(self.current_bin.id, ZERO) + 1
        line.paths[self.current_bin.id] = self.current_bin.path
        self.model.replace_row(row, line)
        self._warehouse_changed()  # scanned goods fix the warehouse
        self.table.selectRow(row)
        text = self.tr("+1 %1 → %2").replace("%1", sku.code).replace("%2", self.current_bin.path)
        if line.outstanding is not None:
            text += self.tr(" (%1 of %2 outstanding)").replace("%1", qty(line.now)).replace("%2", qty(line.outstanding))
            if line.now > line.outstanding:
                self.scan.warn(text + self.tr(" — more than outstanding: a reason will be asked"))
                return
        self.scan.confirm(text)

    def _set_now(self, line: ReceiveLine, value: object) -> bool:
        if not isinstance(value, Decimal) or value < 0:
            return False
        if self.current_bin is not None:
            line.bins[self.current_bin.id] = value
            line.paths[self.current_bin.id] = self.current_bin.path
        elif len(line.bins) == 1:
            line.bins[next(iter(line.bins))] = value
        else:
            self.scan.reject(self.tr("Scan the bin first: the quantity is set for the bin scanned last."))
            return False
        self._summarize()
        return True

    def _set_reason(self, line: ReceiveLine, value: object) -> bool:
        line.reason = str(value or "").strip()
        return True

    @Slot()
    def set_quantity(self) -> None:
        """The typed quantity, for the selected line, in the current bin."""
        text = self.quantity_edit.text().strip()
        value = parse_decimal(text)
        if value is None or value < 0:
            if text and (not text.replace(".", "").isdigit() or len(text) > 7):
                self.quantity_edit.clear()  # a barcode scanned into the quantity box: take it as a scan
                self.scan.setFocus(Qt.FocusReason.OtherFocusReason)
                self.scan.scan(text)
                return
            self.scan.reject(self.tr("Type a quantity (0 or more)."))
            return
        row = selected_row(self.table)
        if row is None:
            self.scan.reject(self.tr("Select the line (or scan the item) the quantity is for."))
            return
        if self.current_bin is None:
            self.scan.reject(self.tr("Scan the bin first: the quantity is set for the bin scanned last."))
            return
        line = self.model.rows[row]
        if self._set_now(line, value):
            self.model.replace_row(row, line)
            self.quantity_edit.clear()
            self.scan.confirm(self.tr("%1: %2 into %3").replace("%1", line.code).replace("%2", qty(value))
                              .replace("%3", self.current_bin.path))
            self.scan.setFocus(Qt.FocusReason.OtherFocusReason)

    def _summarize(self) -> None:
        lines = [line for line in self.model.rows if line.now > 0]
        total = sum((line.now for line in lines), ZERO)
        bins = {loc for line in lines for loc, q in line.bins.items() if q > 0}
        self.summary_label.setText(self.tr("This receipt — items: %1 · lines: %2 · bins: %3")
                                   .replace("%1", qty(total)).replace("%2", format_count(len(lines)))
                                   .replace("%3", format_count(len(bins))))
        self.post_button.setEnabled(bool(lines))

    @Slot()
    def start_over(self) -> None:
        for row, line in enumerate(self.model.rows):
            line.bins.clear()
            line.reason = ""
            self.model.replace_row(row, line)
        if self.po is None:
            self.model.set_rows([])
        self.current_bin = None
        self._show_bin()
        self._warehouse_changed()
        self.scan.clear_message()
        self._summarize()

    # -- posting -----------------------------------------------------------------------

    def missing_reasons(self) -> list[ReceiveLine]:
        return [line for line in self.model.rows if line.needs_reason and not line.reason]

    @Slot()
    def post(self) -> None:
        missing = self.missing_reasons()
        if missing:
            dialog = ReasonDialog(missing, self)
            self.reason_dialog = dialog
            dialog.accepted.connect(lambda: (self.model.set_rows(self.model.rows), self._post()))
            dialog.finished.connect(dialog.deleteLater)
            dialog.open()
            return
        self._post()

    def _post(self) -> None:
        if self.missing_reasons():
            return
        choice, po = self.po_combo.currentData(), self.po
        warehouse_id = self.warehouse_combo.currentData()
        lines = [ReceiptLineSpec(line.sku_id, quantity, location_id, line.po_line_id, line.reason)
                 for line in self.model.rows for location_id, quantity in line.bins.items() if quantity > 0]
        if not lines or warehouse_id is None or choice in (None, NOT_CHOSEN):
            self.scan.reject(self.tr("Nothing to post yet: choose the order, scan a bin, then the items."))
            return
        spec = ReceiptSpec(warehouse_id, lines, po.id if po else None,
                           None if po else self.supplier_combo.currentData(), self.note_edit.text())
        rt = self.ctx.rt
        self.post_button.setEnabled(False)
        self.message.ok(self.tr("Posting…"))

        def failed(error: BaseException) -> None:
            self._summarize()
            show_failure(self.ctx, self.message, error)

        self.ctx.tasks.run_write(lambda _: receive(rt.db, rt.actor, spec), self._posted, failed, owner=self,
                                 name="receive")

    def _posted(self, result: ReceiptResult) -> None:
        count = sum((line.now for line in self.model.rows), ZERO)
        self.scan.clear_message()  # a refusal from before the posting would read as if the posting failed
        self.message.ok(self.tr("%1 posted: %2 items booked into stock.").replace("%1", result.number)
                        .replace("%2", qty(count)))
        self._keep_result_message = True
        self.note_edit.clear()
        self._wanted_po = self.po_combo.currentData()
        self.current_bin = None
        self._show_bin()
        self.model.set_rows([])
        self._warehouse_changed()
        self.posted.emit(result)
        self.ctx.events.stock_changed.emit()
        self.ctx.events.purchasing_changed.emit()  # reloads the choices: a completed order leaves the list


class ReasonDialog(QDialog):
    """Why more or less than outstanding arrived, per line; every line needs one."""

    def __init__(self, lines: list[ReceiveLine], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines = lines
        self.setWindowTitle(self.tr("Reason for the difference"))
        self.setMinimumWidth(560)
        intro = QLabel(self.tr("These lines bring more or less than is outstanding on the order. "
                               "Say why for each; it is kept with the receipt."))
        intro.setWordWrap(True)
        form = QFormLayout()
        self.combos: list[QComboBox] = []
        for line in lines:
            over = line.now > (line.outstanding or ZERO)
            caption = (self.tr("%1: %2 received, %3 outstanding (over by %4)") if over
                       else self.tr("%1: %2 received, %3 outstanding (short by %4)"))
            label = QLabel(caption.replace("%1", line.code).replace("%2", qty(line.now))
                           .replace("%3", qty(line.outstanding)).replace("%4", qty(abs(line.after or ZERO))))
            label.setStyleSheet("font-weight: 600;")
            combo = QComboBox()
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            presets = ([self.tr("Supplier sent more"), self.tr("Extra accepted as agreed with the supplier")] if over
                       else [self.tr("Partial delivery — the rest follows"), self.tr("Short delivery"),
                             self.tr("Damaged in transit, not accepted")])
            combo.addItems(presets)
            combo.setCurrentIndex(-1)
            combo.lineEdit().setPlaceholderText(self.tr("Required"))
            form.addRow(label)
            form.addRow(combo)
            self.combos.append(combo)
        self.error = MessageLine()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Post receipt"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def set_reasons(self, reasons: list[str]) -> None:
        for combo, reason in zip(self.combos, reasons, strict=True):
            combo.setEditText(reason)

    @Slot()
    def submit(self) -> None:
        reasons = [combo.currentText().strip() for combo in self.combos]
        for combo, reason in zip(self.combos, reasons, strict=True):
            combo.setStyleSheet("" if reason else "border: 2px solid #dc2626; border-radius: 3px;")
        if not all(reasons):
            self.error.error(self.tr("Every line needs a reason."))
            return
        for line, reason in zip(self.lines, reasons, strict=True):
            line.reason = reason
        self.accept()
