"""Purchase orders: the list by state, a new (or draft) order with scanned lines, send / close / cancel."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSplitter,
    QVBoxLayout, QWidget,
)

from omsdesk.catalog.barcodes import SkuHit
from omsdesk.errors import UserError
from omsdesk.inventory.models import PurchaseOrderState
from omsdesk.inventory.purchasing import (
    PoLineSpec, SupplierInfo, SupplierItemInfo, cancel_po, close_po, create_purchase_order, list_suppliers,
    send_po, supplier_items, update_po_lines,
)
from omsdesk.inventory.queries import (
    PurchaseOrderDetail, PurchaseOrderLineRow, PurchaseOrderRow, WarehouseInfo, money, purchase_order_detail,
    purchase_order_rows, warehouses,
)
from omsdesk.ui.context import UiContext
from omsdesk.ui.formatting import format_count, format_datetime, format_money
from omsdesk.ui.i18n import user_message
from omsdesk.ui.inventory.common import (
    GOOD, HINT_STYLE, MUTED, TITLE_STYLE, WARNING, Column, Confirm, MessageLine, Page, QuantityDelegate, RowsModel,
    cost_text, edit_quantity, fill_combo, make_table, qty, read, selected_row, show_failure, toolbar,
    warehouse_entries,
)
from omsdesk.ui.inventory.labels import po_state_label, translate
from omsdesk.ui.scan import ScanField, ScanKind
from omsdesk.ui.tasks import TaskContext

ZERO = Decimal(0)
PO = PurchaseOrderState
OPEN = (PO.DRAFT, PO.SENT, PO.PARTIALLY_RECEIVED)
RECEIVABLE = (PO.SENT, PO.PARTIALLY_RECEIVED)




def _state_colour(row: PurchaseOrderRow):  # noqa: ANN202
    return {PO.DRAFT: MUTED, PO.SENT: None, PO.PARTIALLY_RECEIVED: WARNING, PO.RECEIVED: GOOD,
            PO.CLOSED: MUTED, PO.CANCELLED: MUTED}.get(row.state)


PO_COLUMNS: tuple[Column[PurchaseOrderRow], ...] = (
    Column(lambda: translate("PurchaseOrdersTable", "Number"), lambda r: r.number, width=100),
    Column(lambda: translate("PurchaseOrdersTable", "Supplier"), lambda r: r.supplier_name, width=200),
    Column(lambda: translate("PurchaseOrdersTable", "Warehouse"), lambda r: r.warehouse_code, width=80),
    Column(lambda: translate("PurchaseOrdersTable", "State"),
           lambda r: po_state_label(r.state), width=130, foreground=_state_colour),
    Column(lambda: translate("PurchaseOrdersTable", "Lines"),
           lambda r: format_count(r.line_count), numeric=True, width=55),
    Column(lambda: translate("PurchaseOrdersTable", "Ordered"),
           lambda r: qty(r.ordered_quantity), numeric=True, width=75),
    Column(lambda: translate("PurchaseOrdersTable", "Received"),
           lambda r: qty(r.received_quantity), numeric=True, width=75),
    Column(lambda: translate("PurchaseOrdersTable", "Total"),
           lambda r: format_money(r.total, r.currency), numeric=True, width=110),
    Column(lambda: translate("PurchaseOrdersTable", "Created"), lambda r: format_datetime(r.created_at), width=125),
    Column(lambda: translate("PurchaseOrdersTable", "Expected"),
           lambda r: r.expected_on.date().isoformat() if r.expected_on else "", width=90),
)

PO_LINE_COLUMNS: tuple[Column[PurchaseOrderLineRow], ...] = (
    Column(lambda: translate("PurchaseOrdersTable", "#"), lambda r: str(r.line_no), numeric=True, width=35),
    Column(lambda: translate("PurchaseOrdersTable", "SKU"), lambda r: r.sku_code, width=120),
    Column(lambda: translate("PurchaseOrdersTable", "Name"), lambda r: r.sku_name, width=180),
    Column(lambda: translate("PurchaseOrdersTable", "Supplier's code"), lambda r: r.supplier_code, width=110),
    Column(lambda: translate("PurchaseOrdersTable", "Ordered"), lambda r: qty(r.quantity), numeric=True, width=70),
    Column(lambda: translate("PurchaseOrdersTable", "Received"), lambda r: qty(r.received), numeric=True, width=70,
           foreground=lambda r: WARNING if r.received > r.quantity else None),
    Column(lambda: translate("PurchaseOrdersTable", "Outstanding"),
           lambda r: qty(r.outstanding) if r.outstanding else "–", numeric=True, width=85,
           foreground=lambda r: None if r.outstanding else GOOD),
    Column(lambda: translate("PurchaseOrdersTable", "Unit cost"),
           lambda r: cost_text(r.unit_cost), numeric=True, width=80),
    Column(lambda: translate("PurchaseOrdersTable", "Line total"), lambda r: f"{r.total:,.2f}", numeric=True, width=90),
)


class PurchaseOrdersPage(Page):
    receive_requested = Signal(int)  # purchase order id

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model: RowsModel[PurchaseOrderRow] = RowsModel(PO_COLUMNS, self)
        self.lines_model: RowsModel[PurchaseOrderLineRow] = RowsModel(PO_LINE_COLUMNS, self)
        self.detail: PurchaseOrderDetail | None = None
        self.dialog: QDialog | None = None
        self._select_after_load: int | None = None
        self._detail_generation = 0
        self._build()
        ctx.events.purchasing_changed.connect(self.mark_stale)

    def _build(self) -> None:
        self.new_button = QPushButton(self.tr("New purchase order…"))
        self.edit_button = QPushButton(self.tr("Edit lines…"))
        self.send_button = QPushButton(self.tr("Mark as sent"))
        self.send_button.setToolTip(self.tr("The order went to the supplier: its lines are now expected"))
        self.receive_button = QPushButton(self.tr("Receive…"))
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setToolTip(self.tr("No more will come: the outstanding quantities are given up"))
        self.cancel_button = QPushButton(self.tr("Cancel order"))
        self.state_combo = QComboBox()
        self.state_combo.addItem(self.tr("Open orders"), OPEN)
        self.state_combo.addItem(self.tr("All orders"), ())
        for state in PO:
            self.state_combo.addItem(po_state_label(state), (state,))
        self.count_label = QLabel()
        self.table = make_table(self.model, PO_COLUMNS)
        self.detail_title = QLabel()
        self.detail_title.setStyleSheet(TITLE_STYLE)
        self.detail_info = QLabel()
        self.detail_info.setStyleSheet(HINT_STYLE)
        self.detail_info.setWordWrap(True)
        self.lines_table = make_table(self.lines_model, PO_LINE_COLUMNS, stretch=2)
        self.message = MessageLine()
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 6, 0, 0)
        bottom_layout.addWidget(self.detail_title)
        bottom_layout.addWidget(self.detail_info)
        bottom_layout.addWidget(self.lines_table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(bottom)
        splitter.setSizes([300, 300])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(toolbar(self.new_button, self.edit_button, 16, self.send_button, self.receive_button,
                                 self.close_button, self.cancel_button, None, QLabel(self.tr("Show")),
                                 self.state_combo, 8, self.count_label))
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)
        self.new_button.clicked.connect(self.new_order)
        self.edit_button.clicked.connect(self.edit_order)
        self.send_button.clicked.connect(self.send)
        self.receive_button.clicked.connect(self._receive)
        self.close_button.clicked.connect(self.close_order)
        self.cancel_button.clicked.connect(self.cancel_order)
        self.state_combo.currentIndexChanged.connect(lambda *_: self.reload())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.table.doubleClicked.connect(lambda _: self._open_selected())
        self._selection_changed()

    # -- data --------------------------------------------------------------------------

    def reload(self) -> None:
        states = self.state_combo.currentData() or ()
        read(self.ctx, lambda s: purchase_order_rows(s, states), self._show, self, "purchase orders")

    def _show(self, rows: list[PurchaseOrderRow]) -> None:
        current = self.selected()
        wanted = self._select_after_load or (current.id if current else None)
        self._select_after_load = None
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("1 order") if len(rows) == 1
                                 else self.tr("%1 orders").replace("%1", format_count(len(rows))))
        row = next((i for i, r in enumerate(rows) if r.id == wanted), 0 if rows else None)
        if row is not None:
            self.table.selectRow(row)
        self._selection_changed()

    def selected(self) -> PurchaseOrderRow | None:
        row = selected_row(self.table)
        return self.model.row_at(row) if row is not None else None

    def select(self, po_id: int) -> bool:
        row = next((i for i, r in enumerate(self.model.rows) if r.id == po_id), None)
        if row is not None:
            self.table.selectRow(row)
        return row is not None

    def _selection_changed(self) -> None:
        po = self.selected()
        state = po.state if po else None
        self.edit_button.setEnabled(state is PO.DRAFT)
        self.send_button.setEnabled(state is PO.DRAFT)
        self.receive_button.setEnabled(state in RECEIVABLE)
        self.close_button.setEnabled(state is PO.PARTIALLY_RECEIVED)
        self.cancel_button.setEnabled(state in (PO.DRAFT, PO.SENT))
        self._detail_generation += 1
        generation = self._detail_generation
        if po is None:
            self.detail = None
            self.detail_title.setText(self.tr("Select an order to see its lines."))
            self.detail_info.setText("")
            self.lines_model.set_rows([])
            return
        po_id = po.id

        def show(detail: PurchaseOrderDetail | None) -> None:
            if generation != self._detail_generation or detail is None:
                return
            self.detail = detail
            self.detail_title.setText(self.tr("%1 · %2 → %3").replace("%1", detail.number)
                                      .replace("%2", detail.supplier_name).replace("%3", detail.warehouse_code))
            info = [self.tr("Total %1").replace("%1", format_money(detail.total, detail.currency)),
                    self.tr("created %1 by %2").replace("%1", format_datetime(detail.created_at))
                    .replace("%2", detail.created_by)]
            if detail.receipts:
                info.append(self.tr("receipts: %1").replace("%1", ", ".join(r.number for r in detail.receipts)))
            if detail.note:
                info.append(detail.note)
            self.detail_info.setText(" · ".join(info))
            self.lines_model.set_rows(detail.lines)

        read(self.ctx, lambda s: purchase_order_detail(s, po_id), show, self, "purchase order detail")

    def _open_selected(self) -> None:
        po = self.selected()
        if po is None:
            return
        if po.state is PO.DRAFT:
            self.edit_order()
        elif po.state in RECEIVABLE:
            self._receive()

    # -- actions -----------------------------------------------------------------------

    @Slot()
    def new_order(self) -> PurchaseOrderDialog:
        return self._open(PurchaseOrderDialog(self.ctx, None, self))

    @Slot()
    def edit_order(self) -> PurchaseOrderDialog | None:
        po, detail = self.selected(), self.detail
        if po is None or po.state is not PO.DRAFT or detail is None or detail.id != po.id:
            return None
        return self._open(PurchaseOrderDialog(self.ctx, detail, self))

    def _open(self, dialog: PurchaseOrderDialog) -> PurchaseOrderDialog:
        dialog.saved.connect(self._saved)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _saved(self, po_id: int) -> None:
        self._select_after_load = po_id
        self.ctx.events.purchasing_changed.emit()

    def _receive(self) -> None:
        po = self.selected()
        if po is not None and po.state in RECEIVABLE:
            self.receive_requested.emit(po.id)

    def _transition(self, name: str, work, done_text: str) -> None:  # noqa: ANN001
        po = self.selected()
        if po is None:
            return
        rt, po_id, version, number = self.ctx.rt, po.id, po.version, po.number
        self.message.clear_message()

        def done(_: object) -> None:
            self.message.ok(done_text.replace("%1", number), hide_after_ms=6000)
            self._select_after_load = po_id
            self.ctx.events.purchasing_changed.emit()

        self.ctx.tasks.run_write(lambda _: work(rt, po_id, version), done,
                                 lambda error: show_failure(self.ctx, self.message, error), owner=self, name=name)

    @Slot()
    def send(self) -> None:
        self._transition("send PO", lambda rt, po_id, v: send_po(rt.db, rt.actor, po_id, v),
                         self.tr("%1 marked as sent."))

    @Slot()
    def close_order(self) -> None:
        po = self.selected()
        if po is None or not Confirm.ask(self, self.tr("Close purchase order"), self.tr(
                "Close %1? What is still outstanding will no longer be expected.").replace("%1", po.number)):
            return
        self._transition("close PO", lambda rt, po_id, v: close_po(rt.db, rt.actor, po_id, v),
                         self.tr("%1 closed."))

    @Slot()
    def cancel_order(self) -> None:
        po = self.selected()
        if po is None or not Confirm.ask(self, self.tr("Cancel purchase order"),
                                         self.tr("Cancel %1?").replace("%1", po.number)):
            return
        self._transition("cancel PO", lambda rt, po_id, v: cancel_po(rt.db, rt.actor, po_id, v),
                         self.tr("%1 cancelled."))


# -- the order form ------------------------------------------------------------------------


@dataclass
class DraftPoLine:
    sku_id: int
    code: str
    name: str
    supplier_code: str
    quantity: Decimal
    unit_cost: Decimal | None  # None: the supplier's price, else the SKU's cost (the service decides)


def _set_quantity(line: DraftPoLine, value: object) -> bool:
    if not isinstance(value, Decimal) or value <= 0:
        return False
    line.quantity = value
    return True


def _set_cost(line: DraftPoLine, value: object) -> bool:
    if not isinstance(value, Decimal) or value < 0:
        return False
    line.unit_cost = value
    return True


DRAFT_COLUMNS: tuple[Column[DraftPoLine], ...] = (
    Column(lambda: translate("PurchaseOrdersTable", "SKU"), lambda r: r.code, width=130),
    Column(lambda: translate("PurchaseOrdersTable", "Name"), lambda r: r.name, width=200),
    Column(lambda: translate("PurchaseOrdersTable", "Supplier's code"), lambda r: r.supplier_code, width=110),
    Column(lambda: translate("PurchaseOrdersTable", "Quantity"), lambda r: qty(r.quantity), numeric=True, width=85,
           edit_value=lambda r: edit_quantity(r.quantity), set_value=_set_quantity),
    Column(lambda: translate("PurchaseOrdersTable", "Unit cost"),
           lambda r: cost_text(r.unit_cost) if r.unit_cost is not None
           else translate("PurchaseOrdersTable", "catalogue"),
           numeric=True, width=90, edit_value=lambda r: edit_quantity(r.unit_cost), set_value=_set_cost,
           foreground=lambda r: MUTED if r.unit_cost is None else None,
           tooltip=lambda r: translate("PurchaseOrdersTable",
                                       "The SKU's cost from the catalogue will be used; double-click to enter a price")
           if r.unit_cost is None else None),
    Column(lambda: translate("PurchaseOrdersTable", "Line total"), lambda r: f"{money(r.quantity * r.unit_cost):,.2f}"
           if r.unit_cost is not None else "", numeric=True, width=95),
)


class PurchaseOrderDialog(QDialog):
    """A new purchase order, or the lines of a draft one."""

    saved = Signal(int)

    def __init__(self, ctx: UiContext, draft: PurchaseOrderDetail | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.draft = draft
        self.items: dict[int, SupplierItemInfo] = {}
        self.model: RowsModel[DraftPoLine] = RowsModel(DRAFT_COLUMNS, self)
        self.setWindowTitle(self.tr("Edit %1").replace("%1", draft.number) if draft else self.tr("New purchase order"))
        self.setMinimumSize(820, 560)
        self._build()
        if draft is not None:
            self.model.set_rows([DraftPoLine(line.sku_id, line.sku_code, line.sku_name, line.supplier_code,
                                             line.quantity, line.unit_cost) for line in draft.lines])
        read(ctx, lambda s: (list_suppliers(s), warehouses(s)), self._fill_choices, self, "PO choices")
        self._totals()

    def _build(self) -> None:
        self.supplier_combo = QComboBox()
        self.supplier_combo.setMinimumContentsLength(24)
        self.supplier_combo.currentIndexChanged.connect(lambda *_: self._supplier_changed())
        self.warehouse_combo = QComboBox()
        self.expected_check = QCheckBox(self.tr("Expected on"))
        self.expected_edit = QDateEdit(QDate.currentDate().addDays(7))
        self.expected_edit.setCalendarPopup(True)
        self.expected_edit.setDisplayFormat("yyyy-MM-dd")
        self.expected_edit.setEnabled(False)
        self.expected_check.toggled.connect(self.expected_edit.setEnabled)
        self.note_edit = QLineEdit()
        expected_row = QHBoxLayout()
        expected_row.addWidget(self.expected_check)
        expected_row.addWidget(self.expected_edit)
        expected_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Supplier"), self.supplier_combo)
        form.addRow(self.tr("Deliver to"), self.warehouse_combo)
        form.addRow("", expected_row)
        form.addRow(self.tr("Note"), self.note_edit)
        if self.draft is not None:
            self.supplier_combo.setEnabled(False)
            self.warehouse_combo.setEnabled(False)
            self.expected_check.setEnabled(False)
            self.note_edit.setText(self.draft.note)
            self.note_edit.setEnabled(False)
        self.scan = ScanField(self.ctx, (ScanKind.SKU,),
                              self.tr("Scan a barcode, or type a SKU code or name and pick it"))
        self.scan.enable_search()
        self.scan.sku_scanned.connect(self._add)
        self.table = make_table(self.model, DRAFT_COLUMNS)
        delegate = QuantityDelegate(self.table)
        self.table.setItemDelegateForColumn(3, delegate)
        self.table.setItemDelegateForColumn(4, delegate)
        self.table.setEditTriggers(self.table.EditTrigger.DoubleClicked | self.table.EditTrigger.EditKeyPressed
                                   | self.table.EditTrigger.AnyKeyPressed)
        self.total_label = QLabel()
        self.total_label.setStyleSheet("font-weight: 600;")
        hint = QLabel(self.tr("Each scan adds one. Double-click a quantity or a unit cost to type it."))
        hint.setStyleSheet(HINT_STYLE)
        self.message = MessageLine()
        self.remove_button = QPushButton(self.tr("Remove line"))
        self.save_button = QPushButton(self.tr("Save draft"))
        self.send_button = QPushButton(self.tr("Save and mark as sent"))
        self.close_button = QPushButton(self.tr("Close"))
        for button in (self.remove_button, self.save_button, self.send_button, self.close_button):
            button.setAutoDefault(False)
            button.setDefault(False)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.scan)
        layout.addWidget(self.table, 1)
        layout.addLayout(toolbar(hint, None, self.total_label))
        layout.addWidget(self.message)
        layout.addLayout(toolbar(self.remove_button, None, self.save_button, self.send_button, self.close_button))
        self.remove_button.clicked.connect(self._remove)
        self.save_button.clicked.connect(lambda: self.submit(send=False))
        self.send_button.clicked.connect(lambda: self.submit(send=True))
        self.close_button.clicked.connect(self.reject)
        self.model.dataChanged.connect(lambda *_: self._totals())
        self.model.rowsInserted.connect(lambda *_: self._totals())
        self.model.rowsRemoved.connect(lambda *_: self._totals())

    def _fill_choices(self, choices: tuple[list[SupplierInfo], list[WarehouseInfo]]) -> None:
        suppliers, found = choices
        self.suppliers = {s.id: s for s in suppliers}
        fill_combo(self.supplier_combo, [(f"{s.code} · {s.name}", s.id) for s in suppliers], keep=False)
        fill_combo(self.warehouse_combo, warehouse_entries(found), keep=False)
        if self.draft is not None:
            self.supplier_combo.setCurrentIndex(max(self.supplier_combo.findData(self.draft.supplier_id), 0))
            self.warehouse_combo.setCurrentIndex(max(self.warehouse_combo.findData(self.draft.warehouse_id), 0))
        self._supplier_changed()

    def _supplier_changed(self) -> None:
        supplier_id = self.supplier_combo.currentData()
        if supplier_id is None:
            return

        def show(items: list[SupplierItemInfo]) -> None:
            if self.supplier_combo.currentData() == supplier_id:
                self.items = {item.sku_id: item for item in items}

        read(self.ctx, lambda s: supplier_items(s, supplier_id=supplier_id), show, self, "supplier items")
        self._totals()

    @Slot(object)
    def _add(self, sku: SkuHit) -> None:
        for row, line in enumerate(self.model.rows):
            if line.sku_id == sku.sku_id:
                line.quantity += 1
                self.model.replace_row(row, line)
                self.table.selectRow(row)
                break
        else:
            item = self.items.get(sku.sku_id)
            line = DraftPoLine(sku.sku_id, sku.code, sku.name, item.supplier_code if item else "", Decimal(1),
                               item.unit_cost if item else None)
            self.table.selectRow(self.model.append_row(line))
        text = self.tr("%1 × %2").replace("%1", qty(line.quantity)).replace("%2", sku.code)
        if sku.sku_id in self.items:
            self.scan.confirm(text)
        else:
            self.scan.warn(text + self.tr(" — not in this supplier's item list: check the unit cost"))

    def _remove(self) -> None:
        row = selected_row(self.table)
        if row is not None:
            self.model.remove_row(row)

    def _totals(self) -> None:
        lines = self.model.rows
        total = sum((money(line.quantity * line.unit_cost) for line in lines if line.unit_cost is not None), ZERO)
        supplier = getattr(self, "suppliers", {}).get(self.supplier_combo.currentData())
        text = self.tr("Lines: %1 · total %2").replace("%1", format_count(len(lines))).replace(
            "%2", format_money(total, supplier.currency if supplier else "CNY"))
        if any(line.unit_cost is None for line in lines):
            text += self.tr(" (+ lines at catalogue cost)")
        self.total_label.setText(text)

    @Slot()
    def submit(self, *, send: bool) -> None:
        lines = [PoLineSpec(line.sku_id, line.quantity, line.unit_cost) for line in self.model.rows]
        supplier_id, warehouse_id = self.supplier_combo.currentData(), self.warehouse_combo.currentData()
        if supplier_id is None or warehouse_id is None:
            self.message.error(self.tr("Choose the supplier and the warehouse to deliver to."))
            return
        if send and not lines:
            self.scan.reject(self.tr("An order without lines cannot be sent: scan or type the SKUs to order."))
            return
        expected: date | None = self.expected_edit.date().toPython() if self.expected_check.isChecked() else None
        rt, note, draft = self.ctx.rt, self.note_edit.text(), self.draft

        def write(_: TaskContext) -> tuple[int, BaseException | None]:
            if draft is None:
                po_id = create_purchase_order(rt.db, rt.actor, supplier_id, warehouse_id, lines, expected, note)
            else:
                update_po_lines(rt.db, rt.actor, draft.id, lines, draft.version)
                po_id = draft.id
            if send:
                try:
                    send_po(rt.db, rt.actor, po_id)
                except UserError as error:  # saved all the same: say so, never save it twice
                    return po_id, error
            return po_id, None

        self.save_button.setEnabled(False)
        self.send_button.setEnabled(False)
        self.ctx.tasks.run_write(write, self._done, self._failed, owner=self, name="save purchase order")

    def _done(self, outcome: tuple[int, BaseException | None]) -> None:
        po_id, send_error = outcome
        self.saved.emit(po_id)
        if send_error is not None:
            self.send_failed = user_message(send_error)
            parent = self.parent()
            if isinstance(parent, PurchaseOrdersPage):
                parent.message.error(self.tr("Saved as a draft, but not marked as sent: %1").replace(
                    "%1", self.send_failed))
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.send_button.setEnabled(True)
        show_failure(self.ctx, self.message, error)
