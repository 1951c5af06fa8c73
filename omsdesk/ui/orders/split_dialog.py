"""Split an order: move some lines, or some of a line's quantity, into a new order (拆单).

The preview shows both orders' totals as the split will store them: a moved quantity takes
``money.part_of`` of its line's net amount (the same rounding the service uses), so what the
person sees is what they get, to the cent.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from omsdesk.orders.money import part_of
from omsdesk.orders.queries import LineDetail, OrderDetail
from omsdesk.orders.split import split_order
from omsdesk.ui.context import UiContext
from omsdesk.ui.formatting import format_money, format_quantity
from omsdesk.ui.orders.dialog_base import HINT_STYLE, OrderDialog
from omsdesk.ui.widgets import RIGHT, read_only_table

ZERO = Decimal(0)
MOVE_COLUMN = 4
MAX_PLACES = 4


def quantity_places(quantity: Decimal) -> int:
    """Decimal places a quantity really has (2.50 → 1, 3 → 0), at most four."""
    exponent = quantity.normalize().as_tuple().exponent
    return min(-exponent, MAX_PLACES) if isinstance(exponent, int) and exponent < 0 else 0


def moved_amount(line: LineDetail, moved: Decimal) -> Decimal:
    """The net amount incl. tax that goes with ``moved`` of the line's quantity, as the split stores it."""
    if moved <= 0:
        return ZERO
    return part_of(line.net_total_incl_tax, moved, line.quantity)


class SplitDialog(OrderDialog):
    """One spin box per line: how much of it moves to the new order; both orders' totals update live."""

    def __init__(self, ctx: UiContext, detail: OrderDetail, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.detail = detail
        self.setWindowTitle(self.tr("Split order — %1").replace("%1", detail.number))
        self.setMinimumWidth(720)
        self.spins: list[QSpinBox | QDoubleSpinBox] = []
        self._build()
        self.update_preview()

    def _build(self) -> None:
        intro = QLabel(self.tr("Choose what moves to a new order. The new order keeps the buyer, the address and "
                               "the state of this one, and is confirmed to the channel as part of it."))
        intro.setWordWrap(True)
        self.lines_table = read_only_table([
            self.tr("SKU"), self.tr("Item"), self.tr("Qty"), self.tr("Net incl. tax"), self.tr("Move to new order"),
            self.tr("Moves"),
        ], right_aligned_from=2)
        header = self.lines_table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.lines_table.verticalHeader().setDefaultSectionSize(30)
        self._fill_lines()
        self.reason_combo = QComboBox()
        self.reason_combo.setEditable(True)
        self.reason_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.reason_combo.addItems([self.tr("Out-of-stock items ship later"), self.tr("Ships from a second warehouse"),
                                    self.tr("Oversize item ships on its own"), self.tr("Buyer asked for two parcels")])
        self.reason_combo.setCurrentIndex(-1)
        self.reason_combo.lineEdit().setPlaceholderText(self.tr("Why (optional, kept in the history)"))
        self.fields["reason"] = self.reason_combo
        form = QFormLayout()
        form.addRow(self.tr("Reason"), self.reason_combo)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.lines_table, 1)
        layout.addLayout(self._build_preview())
        layout.addLayout(form)
        self.hint = QLabel()
        self.hint.setStyleSheet(HINT_STYLE)
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        layout.addWidget(self.message_row)
        layout.addWidget(self.buttons)
        self.ok_button.setText(self.tr("Split"))
        rows = len(self.detail.lines)
        self.lines_table.setMinimumHeight(min(30 * rows + 34, 330))

    def _fill_lines(self) -> None:
        table = self.lines_table
        currency = self.detail.currency
        table.setRowCount(len(self.detail.lines))
        for row, line in enumerate(self.detail.lines):
            cells = (line.sku_code or line.channel_sku, line.title, format_quantity(line.quantity),
                     format_money(line.net_total_incl_tax, currency), "", "")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column >= 2:
                    item.setTextAlignment(RIGHT)
                if column == 1:
                    item.setToolTip(text)
                table.setItem(row, column, item)
            spin = self._spin_for(line)
            self.spins.append(spin)
            self.fields[f"line.{line.id}"] = spin
            table.setCellWidget(row, MOVE_COLUMN, spin)

    def _spin_for(self, line: LineDetail) -> QSpinBox | QDoubleSpinBox:
        movable = line.left_to_ship  # a shipped unit has left: it stays where it is
        places = quantity_places(line.quantity)
        spin: QSpinBox | QDoubleSpinBox
        if places == 0:
            spin = QSpinBox()
            spin.setRange(0, int(movable))
        else:
            spin = QDoubleSpinBox()
            spin.setDecimals(places)
            spin.setRange(0, float(movable))
            spin.setSingleStep(1)
        spin.setAlignment(RIGHT)
        spin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.PlusMinus)
        spin.setAccelerated(True)
        spin.setMinimumWidth(96)
        spin.setEnabled(movable > 0)
        if line.shipped:
            spin.setToolTip(self.tr("%1 of this line shipped already").replace("%1", format_quantity(line.shipped)))
        spin.valueChanged.connect(self.update_preview)
        return spin

    def _build_preview(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setColumnStretch(0, 1)
        headers = (self.tr("Items"), self.tr("Total incl. tax"))
        for column, text in enumerate(headers, start=1):
            caption = QLabel(text)
            caption.setStyleSheet(HINT_STYLE)
            caption.setAlignment(RIGHT)
            grid.addWidget(caption, 0, column)
        self.keep_caption = QLabel(self.tr("%1 keeps").replace("%1", self.detail.number))
        self.new_caption = QLabel(self.tr("New order gets"))
        self.keep_items, self.keep_total, self.new_items, self.new_total = (QLabel() for _ in range(4))
        for row, (caption, items, total) in enumerate(
                ((self.keep_caption, self.keep_items, self.keep_total),
                 (self.new_caption, self.new_items, self.new_total)), start=1):
            caption.setAlignment(RIGHT)
            grid.addWidget(caption, row, 0)
            for column, label in enumerate((items, total), start=1):
                label.setAlignment(RIGHT)
                label.setMinimumWidth(90)
                label.setStyleSheet("font-weight: 600;")
                grid.addWidget(label, row, column)
        return grid

    # -- the preview --------------------------------------------------------------------------

    def moved(self) -> dict[int, Decimal]:
        """Order line id → quantity moving to the new order (lines left at 0 stay)."""
        part: dict[int, Decimal] = {}
        for line, spin in zip(self.detail.lines, self.spins, strict=True):
            if isinstance(spin, QDoubleSpinBox):
                quantity = Decimal(f"{spin.value():.{spin.decimals()}f}")
            else:
                quantity = Decimal(spin.value())
            if quantity > 0:
                part[line.id] = min(quantity, line.left_to_ship)
        return part

    def moved_line_amount(self, index: int) -> Decimal:
        """What the ``index``-th line moves of its net amount incl. tax."""
        line = self.detail.lines[index]
        return moved_amount(line, self.moved().get(line.id, ZERO))

    def preview(self) -> tuple[Decimal, Decimal, Decimal, Decimal]:
        """(items kept, total kept, items moved, total moved) — the totals as the split stores them."""
        part = self.moved()
        moved_items = sum(part.values(), ZERO)
        moved_total = sum((moved_amount(line, part.get(line.id, ZERO)) for line in self.detail.lines), ZERO)
        items = sum((line.quantity for line in self.detail.lines), ZERO)
        total = self.detail.amounts.get("total", ZERO)
        return items - moved_items, total - moved_total, moved_items, moved_total

    def update_preview(self) -> None:
        part = self.moved()
        currency = self.detail.currency
        for row, line in enumerate(self.detail.lines):
            amount = moved_amount(line, part.get(line.id, ZERO))
            self.lines_table.item(row, MOVE_COLUMN + 1).setText(format_money(amount, currency) if amount else "–")
        keep_items, keep_total, new_items, new_total = self.preview()
        self.keep_items.setText(format_quantity(keep_items))
        self.keep_total.setText(format_money(keep_total, currency))
        self.new_items.setText(format_quantity(new_items))
        self.new_total.setText(format_money(new_total, currency))
        everything = bool(part) and sum(part.values(), ZERO) >= sum((line.quantity for line in self.detail.lines), ZERO)
        if not part:
            self.hint.setText(self.tr("Set how many of a line move to the new order."))
        elif everything:
            self.hint.setText(self.tr("Everything would move: leave at least one item on this order."))
        else:
            self.hint.setText("")
        self.hint.setVisible(bool(self.hint.text()))
        self.ok_button.setEnabled(bool(part) and not everything and not self.writing)

    def after_failure(self) -> None:
        self.update_preview()

    def reason(self) -> str:
        return " ".join(self.reason_combo.currentText().split())

    def save(self) -> None:
        part = self.moved()
        if self.writing or not part or not self.ok_button.isEnabled():
            return
        rt, order_id, version, reason = self.ctx.rt, self.detail.id, self.detail.version, self.reason()

        def write() -> int:
            return split_order(rt.db, rt.actor, order_id, version, part, reason)

        self.run_write(write, "split order")
