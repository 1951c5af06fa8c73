"""Record a parcel that left for an order: carrier, tracking number, and which lines (all by default).

The channel confirmation is queued in the same transaction and sent in the
background; the order's detail shows whether the channel has it.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHeaderView, QLabel, QLineEdit,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from omsdesk.errors import UserError
from omsdesk.fulfilment.carriers import CARRIERS
from omsdesk.fulfilment.services import ShipmentSpec, record_shipment
from omsdesk.orders.queries import OrderDetail
from omsdesk.ui.context import UiContext
from omsdesk.ui.formatting import format_quantity
from omsdesk.ui.i18n import user_message
from omsdesk.ui.tasks import TaskContext
from omsdesk.ui.widgets import RIGHT, read_only_table

QUANTITY_COLUMN = 4


def carrier_name(name: str) -> str:
    return QCoreApplication.translate("Carriers", name)


class ShipDialog(QDialog):
    shipped = Signal(int)  # shipment id

    def __init__(self, ctx: UiContext, detail: OrderDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.detail = detail
        self.setWindowTitle(self.tr("Record shipment — %1").replace("%1", detail.number))
        self.setMinimumWidth(560)
        self._build()

    def _build(self) -> None:
        self.carrier_combo = QComboBox()
        for known in CARRIERS:
            self.carrier_combo.addItem(carrier_name(known.name), known.code)
        self.tracking_edit = QLineEdit()
        self.tracking_edit.setPlaceholderText(self.tr("Type or scan the tracking number"))
        form = QFormLayout()
        form.addRow(self.tr("Carrier"), self.carrier_combo)
        form.addRow(self.tr("Tracking number"), self.tracking_edit)
        self.lines_table = read_only_table([self.tr("SKU"), self.tr("Item"), self.tr("Ordered"), self.tr("Shipped"),
                                            self.tr("Ship now")], right_aligned_from=2)
        self.lines_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self._fill_lines()
        hint = QLabel(self.tr("Lower a quantity to ship part of the order now and the rest later."))
        hint.setStyleSheet("color: #6b7280;")
        hint.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b91c1c;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record shipment"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.lines_table, 1)
        layout.addWidget(hint)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.tracking_edit.setFocus()

    def _fill_lines(self) -> None:
        table = self.lines_table
        table.setRowCount(len(self.detail.lines))
        for row, line in enumerate(self.detail.lines):
            cells = (line.channel_sku, line.title, format_quantity(line.quantity), format_quantity(line.shipped),
                     format_quantity(line.left_to_ship))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column >= 2:
                    item.setTextAlignment(RIGHT)
                if column == QUANTITY_COLUMN:
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                table.setItem(row, column, item)
        table.setEditTriggers(table.EditTrigger.AllEditTriggers)

    def quantities(self) -> dict[int, Decimal]:
        """Order line id → quantity to ship now (lines left at 0 are not in this parcel)."""
        wanted: dict[int, Decimal] = {}
        for row, line in enumerate(self.detail.lines):
            text = self.lines_table.item(row, QUANTITY_COLUMN).text().strip().replace(",", ".")
            try:
                quantity = Decimal(text or "0")
            except InvalidOperation:
                raise ValueError(self.tr("Line %1: %2 is not a quantity").replace("%1", str(line.line_no))
                                 .replace("%2", text)) from None
            if quantity:
                wanted[line.id] = quantity
        return wanted

    def spec(self) -> ShipmentSpec:
        quantities = self.quantities()
        everything = all(quantities.get(line.id, Decimal(0)) == line.left_to_ship for line in self.detail.lines)
        return ShipmentSpec(self.detail.id, self.carrier_combo.currentData(), self.tracking_edit.text().strip(),
                            self.carrier_combo.currentText(), lines={} if everything else quantities)

    def save(self) -> None:
        try:
            spec = self.spec()
        except ValueError as error:
            self._show_error(str(error))
            return
        self.buttons.setEnabled(False)
        ctx = self.ctx

        def write(_: TaskContext) -> int:
            return record_shipment(ctx.rt.db, ctx.rt.actor, spec)

        ctx.tasks.run(write, self._saved, self._failed, owner=self, name="record shipment")

    def _saved(self, shipment_id: int) -> None:
        self.ctx.events.orders_changed.emit()
        self.shipped.emit(shipment_id)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        if not isinstance(error, UserError):
            self.ctx.report(error)
        self._show_error(user_message(error))

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()
