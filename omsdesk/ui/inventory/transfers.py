"""Transfers between warehouses: draft by scanning, ship, and receive into bins by scanning."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSplitter,
    QVBoxLayout, QWidget,
)

from omsdesk.catalog.barcodes import SkuHit
from omsdesk.errors import UserError
from omsdesk.inventory.models import TransferState
from omsdesk.inventory.queries import (
    TransferLineRow, TransferRow, WarehouseInfo, transfer_lines, transfer_rows, warehouses,
)
from omsdesk.inventory.transfers import (
    TransferLineSpec, cancel_transfer, create_transfer, receive_transfer, ship_transfer,
)
from omsdesk.ui.context import UiContext
from omsdesk.ui.formatting import format_count, format_datetime
from omsdesk.ui.i18n import user_message
from omsdesk.ui.inventory.common import (
    GOOD, HINT_STYLE, MUTED, TITLE_STYLE, WARNING, Column, Confirm, MessageLine, Page, QuantityDelegate, RowsModel,
    edit_quantity, fill_combo, make_table, qty, read, selected_row, show_failure, toolbar, warehouse_entries,
)
from omsdesk.ui.inventory.labels import transfer_state_label, translate
from omsdesk.ui.scan import BinHit, ScanField, ScanKind
from omsdesk.ui.tasks import TaskContext

ZERO = Decimal(0)




def _state_colour(row: TransferRow):  # noqa: ANN202
    return {TransferState.SHIPPED: WARNING, TransferState.RECEIVED: GOOD,
            TransferState.CANCELLED: MUTED}.get(row.state)


TRANSFER_COLUMNS: tuple[Column[TransferRow], ...] = (
    Column(lambda: translate("TransfersTable", "Number"), lambda r: r.number, width=100),
    Column(lambda: translate("TransfersTable", "From"), lambda r: r.from_warehouse_code, width=80),
    Column(lambda: translate("TransfersTable", "To"), lambda r: r.to_warehouse_code, width=80),
    Column(lambda: translate("TransfersTable", "State"),
           lambda r: transfer_state_label(r.state), width=90, foreground=_state_colour),
    Column(lambda: translate("TransfersTable", "Lines"), lambda r: format_count(r.line_count), numeric=True, width=55),
    Column(lambda: translate("TransfersTable", "Quantity"), lambda r: qty(r.quantity), numeric=True, width=75),
    Column(lambda: translate("TransfersTable", "Received"), lambda r: qty(r.received_quantity), numeric=True, width=75),
    Column(lambda: translate("TransfersTable", "Created"), lambda r: format_datetime(r.created_at), width=125),
    Column(lambda: translate("TransfersTable", "Shipped"), lambda r: format_datetime(r.shipped_at), width=125),
    Column(lambda: translate("TransfersTable", "Note"), lambda r: r.note, width=150),
)

LINE_COLUMNS: tuple[Column[TransferLineRow], ...] = (
    Column(lambda: translate("TransfersTable", "SKU"), lambda r: r.sku_code, width=130),
    Column(lambda: translate("TransfersTable", "Name"), lambda r: r.sku_name, width=200),
    Column(lambda: translate("TransfersTable", "Quantity"), lambda r: qty(r.quantity), numeric=True, width=75),
    Column(lambda: translate("TransfersTable", "From bin"), lambda r: r.from_path, width=150),
    Column(lambda: translate("TransfersTable", "In transit"),
           lambda r: qty(r.in_transit) if r.in_transit else "–", numeric=True, width=80,
           foreground=lambda r: WARNING if r.in_transit else None),
    Column(lambda: translate("TransfersTable", "Received"), lambda r: qty(r.received), numeric=True, width=75),
    Column(lambda: translate("TransfersTable", "Into bin"), lambda r: r.to_path, width=150),
)


class TransfersPage(Page):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model: RowsModel[TransferRow] = RowsModel(TRANSFER_COLUMNS, self)
        self.lines_model: RowsModel[TransferLineRow] = RowsModel(LINE_COLUMNS, self)
        self.dialog: QDialog | None = None
        self._lines_generation = 0
        self._select_after_load: int | None = None
        self._build()
        ctx.events.stock_changed.connect(self.mark_stale)

    def _build(self) -> None:
        self.new_button = QPushButton(self.tr("New transfer…"))
        self.ship_button = QPushButton(self.tr("Ship"))
        self.ship_button.setToolTip(self.tr("Take the goods out of their bins: they are in transit until received"))
        self.receive_button = QPushButton(self.tr("Receive…"))
        self.cancel_button = QPushButton(self.tr("Cancel transfer"))
        self.state_combo = QComboBox()
        self.state_combo.addItem(self.tr("Open (draft or shipped)"), (TransferState.DRAFT, TransferState.SHIPPED))
        self.state_combo.addItem(self.tr("All"), ())
        for state in TransferState:
            self.state_combo.addItem(transfer_state_label(state), (state,))
        self.count_label = QLabel()
        self.table = make_table(self.model, TRANSFER_COLUMNS, stretch=None)
        self.lines_title = QLabel()
        self.lines_title.setStyleSheet(TITLE_STYLE)
        self.lines_table = make_table(self.lines_model, LINE_COLUMNS)
        self.message = MessageLine()
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 6, 0, 0)
        bottom_layout.addWidget(self.lines_title)
        bottom_layout.addWidget(self.lines_table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(bottom)
        splitter.setSizes([320, 260])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(toolbar(self.new_button, 16, self.ship_button, self.receive_button, self.cancel_button,
                                 None, QLabel(self.tr("Show")), self.state_combo, 8, self.count_label))
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)
        self.new_button.clicked.connect(self.new_transfer)
        self.ship_button.clicked.connect(self.ship)
        self.receive_button.clicked.connect(self.receive)
        self.cancel_button.clicked.connect(self.cancel)
        self.state_combo.currentIndexChanged.connect(lambda *_: self.reload())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.table.doubleClicked.connect(lambda _: self._open_selected())
        self._update_buttons()

    # -- data --------------------------------------------------------------------------

    def reload(self) -> None:
        states = self.state_combo.currentData() or ()
        read(self.ctx, lambda s: transfer_rows(s, states), self._show, self, "transfers")

    def _show(self, rows: list[TransferRow]) -> None:
        selected = self._select_after_load or (self.selected().id if self.selected() else None)
        self._select_after_load = None
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("1 transfer") if len(rows) == 1
                                 else self.tr("%1 transfers").replace("%1", format_count(len(rows))))
        row = next((i for i, r in enumerate(rows) if r.id == selected), 0 if rows else None)
        if row is not None:
            self.table.selectRow(row)
        self._selection_changed()

    def selected(self) -> TransferRow | None:
        row = selected_row(self.table)
        return self.model.row_at(row) if row is not None else None

    def select(self, transfer_id: int) -> None:
        row = next((i for i, r in enumerate(self.model.rows) if r.id == transfer_id), None)
        if row is not None:
            self.table.selectRow(row)

    def _selection_changed(self) -> None:
        self._update_buttons()
        transfer = self.selected()
        self._lines_generation += 1
        generation = self._lines_generation
        if transfer is None:
            self.lines_title.setText(self.tr("Lines"))
            self.lines_model.set_rows([])
            return
        self.lines_title.setText(self.tr("%1: %2 → %3").replace("%1", transfer.number)
                                 .replace("%2", transfer.from_warehouse_code).replace("%3", transfer.to_warehouse_code))
        transfer_id = transfer.id

        def show(lines: list[TransferLineRow]) -> None:
            if generation == self._lines_generation:
                self.lines_model.set_rows(lines)

        read(self.ctx, lambda s: transfer_lines(s, transfer_id), show, self, "transfer lines")

    def _update_buttons(self) -> None:
        transfer = self.selected()
        state = transfer.state if transfer else None
        self.ship_button.setEnabled(state is TransferState.DRAFT)
        self.cancel_button.setEnabled(state is TransferState.DRAFT)
        self.receive_button.setEnabled(state is TransferState.SHIPPED)

    def _open_selected(self) -> None:
        transfer = self.selected()
        if transfer is not None and transfer.state is TransferState.SHIPPED:
            self.receive()

    # -- actions -----------------------------------------------------------------------

    @Slot()
    def new_transfer(self) -> NewTransferDialog:
        dialog = NewTransferDialog(self.ctx, self)
        dialog.created.connect(self._created)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _created(self, transfer_id: int) -> None:
        self._select_after_load = transfer_id
        self.reload()

    def _write(self, name: str, work, done_text: str) -> None:  # noqa: ANN001
        transfer = self.selected()
        if transfer is None:
            return
        self.message.clear_message()
        for button in (self.ship_button, self.cancel_button, self.receive_button):
            button.setEnabled(False)
        rt, transfer_id, version, number = self.ctx.rt, transfer.id, transfer.version, transfer.number

        def done(_: object) -> None:
            self.message.ok(done_text.replace("%1", number), hide_after_ms=6000)
            self._select_after_load = transfer_id
            self.ctx.events.stock_changed.emit()

        def failed(error: BaseException) -> None:
            self._update_buttons()
            show_failure(self.ctx, self.message, error)

        self.ctx.tasks.run_write(lambda _: work(rt, transfer_id, version), done, failed, owner=self, name=name)

    @Slot()
    def ship(self) -> None:
        self._write("ship transfer", lambda rt, tid, v: ship_transfer(rt.db, rt.actor, tid, v),
                    self.tr("%1 shipped: the goods are in transit."))

    @Slot()
    def cancel(self) -> None:
        transfer = self.selected()
        if transfer is None:
            return
        if not Confirm.ask(self, self.tr("Cancel transfer"),
                           self.tr("Cancel %1? Its reserved stock becomes available again.")
                           .replace("%1", transfer.number)):
            return
        self._write("cancel transfer", lambda rt, tid, v: cancel_transfer(rt.db, rt.actor, tid, v),
                    self.tr("%1 cancelled."))

    @Slot()
    def receive(self) -> ReceiveTransferDialog | None:
        transfer = self.selected()
        if transfer is None or transfer.state is not TransferState.SHIPPED:
            return None
        dialog = ReceiveTransferDialog(self.ctx, transfer, self)
        dialog.received.connect(self._created)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog


# -- new transfer ------------------------------------------------------------------------


@dataclass
class DraftLine:
    sku_id: int
    code: str
    name: str
    location_id: int
    path: str
    quantity: Decimal


def _set_draft_quantity(line: DraftLine, value: object) -> bool:
    if not isinstance(value, Decimal) or value <= 0:
        return False
    line.quantity = value
    return True


DRAFT_COLUMNS: tuple[Column[DraftLine], ...] = (
    Column(lambda: translate("TransfersTable", "SKU"), lambda r: r.code, width=130),
    Column(lambda: translate("TransfersTable", "Name"), lambda r: r.name, width=200),
    Column(lambda: translate("TransfersTable", "From bin"), lambda r: r.path, width=160),
    Column(lambda: translate("TransfersTable", "Quantity"), lambda r: qty(r.quantity), numeric=True, width=90,
           edit_value=lambda r: edit_quantity(r.quantity), set_value=_set_draft_quantity),
)


class _ScanDialog(QDialog):
    """A dialog built around a scan field: Enter never presses a button."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setMinimumSize(760, 520)
        self.message = MessageLine()

    def _buttons_never_default(self, *buttons: QPushButton) -> None:
        for button in buttons:
            button.setAutoDefault(False)
            button.setDefault(False)


class NewTransferDialog(_ScanDialog):
    created = Signal(int)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("New transfer"))
        self.current_bin: BinHit | None = None
        self.model: RowsModel[DraftLine] = RowsModel(DRAFT_COLUMNS, self)
        self._build()
        read(ctx, warehouses, self._fill_warehouses, self, "warehouses")

    def _build(self) -> None:
        self.from_combo = QComboBox()
        self.to_combo = QComboBox()
        self.note_edit = QLineEdit()
        self.from_combo.currentIndexChanged.connect(self._source_changed)
        form = QFormLayout()
        form.addRow(self.tr("From warehouse"), self.from_combo)
        form.addRow(self.tr("To warehouse"), self.to_combo)
        form.addRow(self.tr("Note"), self.note_edit)
        self.scan = ScanField(self.ctx, (ScanKind.BIN, ScanKind.SKU),
                              self.tr("Scan the bin you take from, then each item (or type a SKU code)"))
        self.scan.enable_search()
        self.scan.bin_scanned.connect(self._bin_scanned)
        self.scan.sku_scanned.connect(self._sku_scanned)
        self.bin_label = QLabel()
        self.bin_label.setStyleSheet("font-size: 12pt; font-weight: 700;")
        self.table = make_table(self.model, DRAFT_COLUMNS)
        self.table.setItemDelegateForColumn(3, QuantityDelegate(self.table))
        self.table.setEditTriggers(self.table.EditTrigger.DoubleClicked | self.table.EditTrigger.EditKeyPressed
                                   | self.table.EditTrigger.AnyKeyPressed)
        self.remove_button = QPushButton(self.tr("Remove line"))
        self.create_button = QPushButton(self.tr("Create transfer"))
        self.ship_button = QPushButton(self.tr("Create and ship"))
        self.close_button = QPushButton(self.tr("Close"))
        self._buttons_never_default(self.remove_button, self.create_button, self.ship_button, self.close_button)
        hint = QLabel(self.tr("Each scan of an item adds one. Double-click a quantity to type it."))
        hint.setStyleSheet(HINT_STYLE)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.scan)
        layout.addWidget(self.bin_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        layout.addWidget(self.message)
        layout.addLayout(toolbar(self.remove_button, None, self.create_button, self.ship_button, self.close_button))
        self.remove_button.clicked.connect(self._remove_line)
        self.create_button.clicked.connect(lambda: self.submit(ship=False))
        self.ship_button.clicked.connect(lambda: self.submit(ship=True))
        self.close_button.clicked.connect(self.reject)
        self._show_bin()

    def _fill_warehouses(self, found: list[WarehouseInfo]) -> None:
        entries = warehouse_entries(found)
        fill_combo(self.from_combo, entries)
        fill_combo(self.to_combo, entries)
        if len(found) > 1:
            self.to_combo.setCurrentIndex(1)
        self._source_changed()

    def _source_changed(self) -> None:
        source = self.from_combo.currentData()
        if self.current_bin is not None and self.current_bin.warehouse_id != source:
            self.current_bin = None
            self._show_bin()
        if self.model.rows:  # lines taken from bins of the previous warehouse no longer fit
            self.model.set_rows([])
            self.message.error(self.tr("The sending warehouse changed: the lines were cleared."))
        # until the first item is scanned, the bin label scanned chooses the sending warehouse
        self.scan.warehouse_id = None

    def _show_bin(self) -> None:
        if self.current_bin is None:
            self.bin_label.setText(self.tr("Taking from: scan a bin label first"))
        else:
            self.bin_label.setText(self.tr("Taking from: %1").replace("%1", self.current_bin.path))

    @Slot(object)
    def _bin_scanned(self, hit: BinHit) -> None:
        if hit.warehouse_id != self.from_combo.currentData():
            index = self.from_combo.findData(hit.warehouse_id)
            if self.model.rows or index < 0:
                self.scan.reject(self.tr("Location %1 belongs to another warehouse. Scan a bin of this warehouse.")
                                 .replace("%1", hit.path))
                return
            self.from_combo.setCurrentIndex(index)
            if self.to_combo.currentData() == hit.warehouse_id:  # the other one, then
                self.to_combo.setCurrentIndex(next((i for i in range(self.to_combo.count())
                                                    if self.to_combo.itemData(i) != hit.warehouse_id), 0))
        self.current_bin = hit
        self._show_bin()
        self.scan.confirm(self.tr("Bin %1 — now scan the items.").replace("%1", hit.path))

    @Slot(object)
    def _sku_scanned(self, sku: SkuHit) -> None:
        if self.current_bin is None:
            self.scan.reject(self.tr("%1 scanned, but which bin does it come from? Scan the bin label first.")
                             .replace("%1", sku.code))
            return
        for row, line in enumerate(self.model.rows):
            if line.sku_id == sku.sku_id and line.location_id == self.current_bin.id:
                line.quantity += 1
                self.model.replace_row(row, line)
                self.table.selectRow(row)
                break
        else:
            row = self.model.append_row(DraftLine(sku.sku_id, sku.code, sku.name, self.current_bin.id,
                                                  self.current_bin.path, Decimal(1)))
            self.table.selectRow(row)
            line = self.model.rows[row]
            self.scan.warehouse_id = self.from_combo.currentData()  # the lines fix the sending warehouse
        self.scan.confirm(self.tr("%1 × %2 from %3").replace("%1", qty(line.quantity)).replace("%2", sku.code)
                          .replace("%3", self.current_bin.path))

    def _remove_line(self) -> None:
        row = selected_row(self.table)
        if row is not None:
            self.model.remove_row(row)
            self.scan.warehouse_id = self.from_combo.currentData() if self.model.rows else None

    def submit(self, *, ship: bool) -> None:
        source, target = self.from_combo.currentData(), self.to_combo.currentData()
        lines = [TransferLineSpec(line.sku_id, line.quantity, line.location_id) for line in self.model.rows]
        if not lines:
            self.scan.reject(self.tr("Nothing to transfer yet: scan a bin, then the items."))
            return
        if source is None or target is None or source == target:
            self.message.error(self.tr("Choose two different warehouses."))
            return
        rt, note = self.ctx.rt, self.note_edit.text()

        def write(_: TaskContext) -> tuple[int, BaseException | None]:
            transfer_id = create_transfer(rt.db, rt.actor, source, target, lines, note)
            if ship:
                try:
                    ship_transfer(rt.db, rt.actor, transfer_id)
                except UserError as error:  # created all the same: say so, never create it twice
                    return transfer_id, error
            return transfer_id, None

        self.create_button.setEnabled(False)
        self.ship_button.setEnabled(False)
        self.ctx.tasks.run_write(write, self._done, self._failed, owner=self, name="create transfer")

    def _done(self, outcome: tuple[int, BaseException | None]) -> None:
        transfer_id, ship_error = outcome
        self.ctx.events.stock_changed.emit()
        self.created.emit(transfer_id)
        parent = self.parent()
        if ship_error is not None and isinstance(parent, TransfersPage):
            parent.message.error(self.tr("Created as a draft, but not shipped: %1").replace(
                "%1", user_message(ship_error)))
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.create_button.setEnabled(True)
        self.ship_button.setEnabled(True)
        show_failure(self.ctx, self.message, error)


# -- receiving a transfer ----------------------------------------------------------------


@dataclass
class Arrival:
    line_id: int
    sku_id: int
    code: str
    name: str
    in_transit: Decimal  # of the whole line, before this receipt
    location_id: int
    path: str
    quantity: Decimal


def _set_arrival_quantity(row: Arrival, value: object) -> bool:
    if not isinstance(value, Decimal) or value < 0:
        return False
    row.quantity = value
    return True


ARRIVAL_COLUMNS: tuple[Column[Arrival], ...] = (
    Column(lambda: translate("TransfersTable", "SKU"), lambda r: r.code, width=130),
    Column(lambda: translate("TransfersTable", "Name"), lambda r: r.name, width=200),
    Column(lambda: translate("TransfersTable", "In transit"), lambda r: qty(r.in_transit), numeric=True, width=80),
    Column(lambda: translate("TransfersTable", "Into bin"), lambda r: r.path, width=160),
    Column(lambda: translate("TransfersTable", "Receiving now"), lambda r: qty(r.quantity), numeric=True, width=100,
           edit_value=lambda r: edit_quantity(r.quantity), set_value=_set_arrival_quantity),
)


class ReceiveTransferDialog(_ScanDialog):
    received = Signal(int)

    def __init__(self, ctx: UiContext, transfer: TransferRow, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.transfer = transfer
        self.setWindowTitle(self.tr("Receive %1").replace("%1", transfer.number))
        self.lines: list[TransferLineRow] = []
        self.current_bin: BinHit | None = None
        self.model: RowsModel[Arrival] = RowsModel(ARRIVAL_COLUMNS, self)
        self._build()
        transfer_id = transfer.id
        read(ctx, lambda s: transfer_lines(s, transfer_id), self._show_lines, self, "transfer lines")

    def _build(self) -> None:
        title = QLabel(self.tr("%1 from %2 into %3").replace("%1", self.transfer.number)
                       .replace("%2", self.transfer.from_warehouse_code).replace("%3", self.transfer.to_warehouse_code))
        title.setStyleSheet(TITLE_STYLE)
        self.scan = ScanField(self.ctx, (ScanKind.BIN, ScanKind.SKU),
                              self.tr("Scan the bin you put away into, then each item"))
        self.scan.warehouse_id = self.transfer.to_warehouse_id
        self.scan.bin_scanned.connect(self._bin_scanned)
        self.scan.sku_scanned.connect(self._sku_scanned)
        self.bin_label = QLabel()
        self.bin_label.setStyleSheet("font-size: 12pt; font-weight: 700;")
        self.summary_label = QLabel()
        self.summary_label.setStyleSheet(HINT_STYLE)
        self.table = make_table(self.model, ARRIVAL_COLUMNS)
        self.table.setItemDelegateForColumn(4, QuantityDelegate(self.table))
        self.table.setEditTriggers(self.table.EditTrigger.DoubleClicked | self.table.EditTrigger.EditKeyPressed
                                   | self.table.EditTrigger.AnyKeyPressed)
        self.all_button = QPushButton(self.tr("Everything left into this bin"))
        self.all_button.setToolTip(self.tr("Put every item still in transit into the bin scanned last"))
        self.post_button = QPushButton(self.tr("Post receipt"))
        self.close_button = QPushButton(self.tr("Close"))
        self._buttons_never_default(self.all_button, self.post_button, self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.scan)
        row = QHBoxLayout()
        row.addWidget(self.bin_label, 1)
        row.addWidget(self.all_button)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.message)
        layout.addLayout(toolbar(None, self.post_button, self.close_button))
        self.all_button.clicked.connect(self.receive_everything)
        self.post_button.clicked.connect(self.submit)
        self.close_button.clicked.connect(self.reject)
        self.model.dataChanged.connect(lambda *_: self._summarize())
        self._show_bin()

    def _show_lines(self, lines: list[TransferLineRow]) -> None:
        self.lines = lines
        self._summarize()

    def _show_bin(self) -> None:
        self.all_button.setEnabled(self.current_bin is not None)
        self.bin_label.setText(self.tr("Putting into: scan a bin label first") if self.current_bin is None
                               else self.tr("Putting into: %1").replace("%1", self.current_bin.path))

    def _pending(self, line_id: int) -> Decimal:
        return sum((a.quantity for a in self.model.rows if a.line_id == line_id), ZERO)

    def _summarize(self) -> None:
        left = sum((max(line.in_transit - self._pending(line.id), ZERO) for line in self.lines), ZERO)
        now = sum((a.quantity for a in self.model.rows), ZERO)
        self.summary_label.setText(self.tr("Receiving %1 now; %2 will still be in transit.")
                                   .replace("%1", qty(now)).replace("%2", qty(left)))

    @Slot(object)
    def _bin_scanned(self, hit: BinHit) -> None:
        self.current_bin = hit
        self._show_bin()
        self.scan.confirm(self.tr("Bin %1 — now scan the items.").replace("%1", hit.path))

    def _add(self, line: TransferLineRow, quantity: Decimal) -> Arrival:
        assert self.current_bin is not None
        for row, arrival in enumerate(self.model.rows):
            if arrival.line_id == line.id and arrival.location_id == self.current_bin.id:
                arrival.quantity += quantity
                self.model.replace_row(row, arrival)
                self.table.selectRow(row)
                return arrival
        arrival = Arrival(line.id, line.sku_id, line.sku_code, line.sku_name, line.in_transit, self.current_bin.id,
                          self.current_bin.path, quantity)
        self.table.selectRow(self.model.append_row(arrival))
        self._summarize()
        return arrival

    @Slot(object)
    def _sku_scanned(self, sku: SkuHit) -> None:
        if self.current_bin is None:
            self.scan.reject(self.tr("%1 scanned, but where does it go? Scan the bin label first.")
                             .replace("%1", sku.code))
            return
        candidates = [line for line in self.lines if line.sku_id == sku.sku_id]
        if not candidates:
            self.scan.reject(self.tr("%1 (%2) is not on transfer %3. Put it aside.")
                             .replace("%1", sku.code).replace("%2", sku.name).replace("%3", self.transfer.number))
            return
        line = next((c for c in candidates if c.in_transit - self._pending(c.id) > 0), None)
        if line is None:
            self.scan.reject(self.tr("All %1 of %2 on this transfer are already received. This one is extra.")
                             .replace("%1", qty(sum((c.in_transit for c in candidates), ZERO)))
                             .replace("%2", sku.code))
            return
        arrival = self._add(line, Decimal(1))
        self.scan.confirm(self.tr("%1 × %2 into %3").replace("%1", qty(arrival.quantity)).replace("%2", sku.code)
                          .replace("%3", self.current_bin.path))

    @Slot()
    def receive_everything(self) -> None:
        if self.current_bin is None:
            return
        for line in self.lines:
            left = line.in_transit - self._pending(line.id)
            if left > 0:
                self._add(line, left)
        self._summarize()

    @Slot()
    def submit(self) -> None:
        received = [(a.line_id, a.quantity, a.location_id) for a in self.model.rows if a.quantity > 0]
        if not received:
            self.scan.reject(self.tr("Nothing received yet: scan a bin, then the items."))
            return
        rt, transfer_id, version = self.ctx.rt, self.transfer.id, self.transfer.version
        self.post_button.setEnabled(False)
        self.ctx.tasks.run_write(lambda _: receive_transfer(rt.db, rt.actor, transfer_id, received, version),
                                 self._done, self._failed, owner=self, name="receive transfer")

    def _done(self, _state: TransferState) -> None:
        self.ctx.events.stock_changed.emit()
        self.received.emit(self.transfer.id)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.post_button.setEnabled(True)
        show_failure(self.ctx, self.message, error)

