"""Enter an order taken by phone or for a B2B buyer; it then goes through review like an imported one.

Items are added by typing a SKU code or name (suggestions) or by scanning a barcode; each line's
quantity, unit price (pre-filled from the SKU's list price), discount and tax rate can be edited in
the table. The totals update as you type, computed with the same rules the service stores.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QModelIndex, QRegularExpression, Qt
from PySide6.QtGui import QBrush, QColor, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from omsdesk.catalog.queries import sku_rows_by_id
from omsdesk.orders import manual
from omsdesk.orders.models import Order, OrderOrigin
from omsdesk.ui.context import UiContext
from omsdesk.ui.formatting import CURRENCY_SYMBOLS, format_money, format_quantity
from omsdesk.ui.orders.dialog_base import HINT_STYLE, OrderDialog
from omsdesk.ui.products.common import PickedSku, SkuPicker
from omsdesk.ui.widgets import RIGHT, fill_amount_grid, read_only_table

ZERO = Decimal(0)
HUNDRED = Decimal(100)
DEFAULT_CURRENCY = "CNY"
DEFAULT_TAX_RATE = Decimal(13)  # percent: China's standard VAT rate on goods
SKU, ITEM, QTY, PRICE, DISCOUNT, TAX, TOTAL, REMOVE = range(8)
EDITABLE = (QTY, PRICE, DISCOUNT, TAX)
SKU_ROLE = Qt.ItemDataRole.UserRole
INVALID_CELL = "#fee2e2"
LINE_FIELD = re.compile(r"^lines?\[(\d+)\]")


class DecimalDelegate(QStyledItemDelegate):
    """Edits a number as text (no float in between); the cell keeps the text typed."""

    def __init__(self, places: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pattern = QRegularExpression(rf"^\d{{0,9}}([.,]\d{{0,{places}}})?$")

    def createEditor(self, parent: QWidget, option: object, index: QModelIndex) -> QWidget:  # noqa: N802
        editor = QLineEdit(parent)
        editor.setValidator(QRegularExpressionValidator(self._pattern, editor))
        editor.setAlignment(RIGHT)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))  # type: ignore[attr-defined]
        editor.selectAll()  # type: ignore[attr-defined]

    def setModelData(self, editor: QWidget, model: object, index: QModelIndex) -> None:  # noqa: N802
        model.setData(index, editor.text().replace(",", "."), Qt.ItemDataRole.EditRole)  # type: ignore[attr-defined]


class LineProblem(ValueError):
    """A cell the dialog cannot read; ``row`` and ``column`` say which."""

    def __init__(self, row: int, column: int, message: str) -> None:
        super().__init__(message)
        self.row = row
        self.column = column


@dataclass(frozen=True)
class SkuChoice:
    id: int
    code: str
    name: str
    list_price: Decimal | None
    available: Decimal | None


def _decimal(text: str) -> Decimal | None:
    try:
        value = Decimal(text.strip().replace(",", "."))
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def _plain(value: Decimal) -> str:
    """An amount as it goes back into a cell: no grouping, no needless zeros (12.5 → "12.50", 3 → "3")."""
    normalized = value.normalize()
    exponent = normalized.as_tuple().exponent
    if not isinstance(exponent, int) or exponent >= 0:
        return f"{normalized:.0f}"
    return f"{value:.2f}" if exponent >= -2 else f"{normalized:f}"


def default_currency(ctx: UiContext) -> str:
    """The currency of the last manual order, else CNY."""
    with ctx.rt.db.reading() as session:
        last = session.scalar(select(Order.currency).where(Order.origin == OrderOrigin.MANUAL)
                              .order_by(Order.id.desc()).limit(1))
    return last or DEFAULT_CURRENCY


class ManualOrderDialog(OrderDialog):
    """A new order: buyer, address, currency and tax mode, items, shipping, remarks; live totals."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("New manual order"))
        self.resize(1000, 680)
        self._recipient_touched = False
        self._build()
        self.ok_button.setText(self.tr("Create order"))
        self.update_totals()
        ctx_ = ctx
        self.run_read(lambda: default_currency(ctx_), self._set_currency, "default currency")
        self.buyer_edits["name"].setFocus()

    # -- layout ----------------------------------------------------------------------------

    def _build(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self._build_buyer_box(), 1)
        top.addWidget(self._build_address_box(), 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self._build_lines_box(), 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self._build_remarks_box(), 1)
        bottom.addWidget(self._build_totals_box(), 0)
        layout.addLayout(bottom)
        layout.addWidget(self.message_row)
        layout.addWidget(self.buttons)

    def _line_edit(self, key: str, max_length: int = 200, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setMaxLength(max_length)
        if placeholder:
            edit.setPlaceholderText(placeholder)
        self.fields[key] = edit
        return edit

    def _build_buyer_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Buyer"))
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.buyer_edits = {
            "name": self._line_edit("buyer_name"),
            "phone": self._line_edit("buyer_phone", 40),
            "email": self._line_edit("buyer_email", 200, "name@example.com"),
        }
        form.addRow(self.tr("Name"), self.buyer_edits["name"])
        form.addRow(self.tr("Phone"), self.buyer_edits["phone"])
        form.addRow(self.tr("E-mail"), self.buyer_edits["email"])
        self.currency_combo = QComboBox()
        self.currency_combo.setEditable(True)
        self.currency_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.currency_combo.addItems(list(CURRENCY_SYMBOLS))
        self.currency_combo.setEditText(DEFAULT_CURRENCY)
        self.currency_combo.lineEdit().setMaxLength(3)
        self.currency_combo.lineEdit().setValidator(
            QRegularExpressionValidator(QRegularExpression(r"[A-Za-z]{0,3}"), self.currency_combo))
        self.currency_combo.currentTextChanged.connect(lambda _: self.update_totals())
        self.fields["currency"] = self.currency_combo
        self.include_tax_check = QCheckBox(self.tr("Prices include tax"))
        self.include_tax_check.setChecked(True)
        self.include_tax_check.setToolTip(self.tr("Unit prices and discounts as typed include tax (usual for "
                                                  "consumers); untick for net B2B prices. Shipping carries no tax."))
        self.include_tax_check.toggled.connect(lambda _: self.update_totals())
        self.fields["prices_include_tax"] = self.include_tax_check
        self.paid_check = QCheckBox(self.tr("Paid"))
        self.paid_check.setChecked(True)
        self.paid_check.setToolTip(self.tr("Untick for a B2B order paid later: it waits in review as unpaid"))
        self.payment_combo = QComboBox()
        self.payment_combo.setEditable(True)
        self.payment_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.payment_combo.addItems([self.tr("Bank transfer"), self.tr("WeChat Pay"), self.tr("Alipay"),
                                     self.tr("Cash on delivery"), self.tr("Monthly account")])
        self.payment_combo.setCurrentIndex(-1)
        self.payment_combo.lineEdit().setPlaceholderText(self.tr("Payment method (optional)"))
        self.fields["payment_method"] = self.payment_combo
        self.payment_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        options = QHBoxLayout()
        options.addWidget(self.include_tax_check)
        options.addWidget(self.paid_check)
        options.addStretch(1)
        form.addRow(self.tr("Currency"), self.currency_combo)
        form.addRow("", options)
        form.addRow(self.tr("Payment"), self.payment_combo)
        self.buyer_edits["name"].textEdited.connect(self._copy_buyer)
        self.buyer_edits["phone"].textEdited.connect(self._copy_buyer)
        return box

    def _build_address_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Ship to"))
        grid = QGridLayout(box)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.address_edits = {
            "name": self._line_edit("ship_name"), "company": self._line_edit("ship_company"),
            "phone": self._line_edit("ship_phone", 40),
            "line1": self._line_edit("ship_line1", 200, self.tr("Street and number, or 区 / 街道 / 门牌号")),
            "line2": self._line_edit("ship_line2", 200, self.tr("Building, floor, unit (optional)")),
            "city": self._line_edit("ship_city"),
            "state": self._line_edit("ship_state", 200, self.tr("e.g. 浙江省, CA")),
            "postcode": self._line_edit("ship_postcode", 40), "country": self._line_edit("ship_country", 2, "CN"),
        }
        country = self.address_edits["country"]
        country.setText("CN")
        country.setValidator(QRegularExpressionValidator(QRegularExpression(r"[A-Za-z]{0,2}"), country))
        country.textEdited.connect(lambda text: country.setText(text.upper()))
        country.setToolTip(self.tr("The two-letter ISO country code: CN, HK, US, DE …"))
        for key in ("name", "phone"):
            self.address_edits[key].textEdited.connect(self._recipient_edited)
        rows = (
            ((self.tr("Recipient"), "name"), (self.tr("Phone"), "phone")),
            ((self.tr("Company"), "company"), (self.tr("Country"), "country")),
            ((self.tr("Address line 1"), "line1"), None),
            ((self.tr("Address line 2"), "line2"), None),
            ((self.tr("City"), "city"), (self.tr("State / province"), "state")),
            ((self.tr("Postcode"), "postcode"), None),
        )
        for row, (left, right) in enumerate(rows):
            grid.addWidget(QLabel(left[0]), row, 0)
            grid.addWidget(self.address_edits[left[1]], row, 1, 1, 1 if right else 3)
            if right:
                grid.addWidget(QLabel(right[0]), row, 2)
                grid.addWidget(self.address_edits[right[1]], row, 3)
        return box

    def _build_lines_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Items"))
        column = QVBoxLayout(box)
        self.sku_picker = SkuPicker(self.ctx, placeholder=self.tr("Add an item: type a SKU code or name, or scan"))
        self.sku_picker.picked.connect(self._sku_picked)
        self.fields["sku"] = self.sku_picker.edit
        picker_row = QHBoxLayout()
        picker_row.addWidget(QLabel(self.tr("Add item")))
        picker_row.addWidget(self.sku_picker, 1)
        column.addLayout(picker_row)
        self.lines_table = read_only_table([
            self.tr("SKU"), self.tr("Item"), self.tr("Qty"), self.tr("Unit price"), self.tr("Discount"),
            self.tr("Tax %"), self.tr("Line total"), "",
        ], right_aligned_from=QTY)
        table = self.lines_table
        table.setEditTriggers(QTableWidget.EditTrigger.AllEditTriggers)
        table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectItems)
        table.verticalHeader().setDefaultSectionSize(28)
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ITEM, QHeaderView.ResizeMode.Stretch)
        for col, width in ((SKU, 130), (QTY, 70), (PRICE, 100), (DISCOUNT, 90), (TAX, 64), (TOTAL, 110),
                           (REMOVE, 32)):
            header.resizeSection(col, width)
        table.setItemDelegateForColumn(QTY, DecimalDelegate(4, table))
        table.setItemDelegateForColumn(PRICE, DecimalDelegate(4, table))
        table.setItemDelegateForColumn(DISCOUNT, DecimalDelegate(2, table))
        table.setItemDelegateForColumn(TAX, DecimalDelegate(2, table))
        table.itemChanged.connect(lambda _: self.update_totals())
        self.fields["lines"] = table
        self.empty_hint = QLabel(self.tr("No items yet: add one above."))
        self.empty_hint.setStyleSheet(HINT_STYLE)
        column.addWidget(table, 1)
        column.addWidget(self.empty_hint)
        return box

    def _build_remarks_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Shipping and remarks"))
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.shipping_edit = self._line_edit("shipping", 12, "0.00")
        self.shipping_edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"^\d{0,9}([.,]\d{0,2})?$"),
                                                                    self.shipping_edit))
        self.shipping_edit.setAlignment(RIGHT)
        self.shipping_edit.setMaximumWidth(120)
        self.shipping_edit.textChanged.connect(lambda _: self.update_totals())
        self.buyer_remark_edit = self._remark_edit("buyer_remark", self.tr("What the buyer asked for"))
        self.seller_remark_edit = self._remark_edit("seller_remark", self.tr("A note for colleagues and the warehouse"))
        form.addRow(self.tr("Shipping"), self.shipping_edit)
        form.addRow(self.tr("Buyer remark"), self.buyer_remark_edit)
        form.addRow(self.tr("Seller remark"), self.seller_remark_edit)
        return box

    def _remark_edit(self, key: str, placeholder: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setPlaceholderText(placeholder)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(48)
        self.fields[key] = edit
        return edit

    def _build_totals_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Totals"))
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(16)
        self.total_labels: dict[str, QLabel] = {}
        self.total_captions: dict[str, QLabel] = {}
        captions = (("goods", self.tr("Goods")), ("discount", self.tr("Discounts")),
                    ("shipping", self.tr("Shipping")), ("tax", self.tr("Tax")), ("total", self.tr("Total")))
        amounts, names = fill_amount_grid(grid, captions, amount_width=110,
                                          total_amount_style="font-weight: 700; font-size: 12pt;")
        self.total_labels.update(amounts)
        self.total_captions.update(names)
        grid.setRowStretch(len(captions), 1)
        return box

    # -- buyer → recipient ---------------------------------------------------------------------

    def _copy_buyer(self) -> None:
        """Until the recipient is typed in, it follows the buyer (the usual case on the phone)."""
        if not self._recipient_touched:
            self.address_edits["name"].setText(self.buyer_edits["name"].text())
            self.address_edits["phone"].setText(self.buyer_edits["phone"].text())

    def _recipient_edited(self) -> None:
        self._recipient_touched = True

    def _set_currency(self, currency: str) -> None:
        if self.currency_combo.currentText() == DEFAULT_CURRENCY:
            self.currency_combo.setEditText(currency)

    # -- items ----------------------------------------------------------------------------------

    def _sku_picked(self, picked: PickedSku | None) -> None:
        if picked is None:
            return
        db = self.ctx.rt.db

        def read() -> SkuChoice:
            with db.reading() as session:
                row = sku_rows_by_id(session, [picked.id]).get(picked.id)
            if row is None:
                return SkuChoice(picked.id, picked.code, picked.name, None, None)
            return SkuChoice(row.id, row.code, row.name, row.list_price, row.available)

        self.run_read(read, self.add_sku, "SKU price")

    def add_sku(self, sku: SkuChoice) -> None:
        """A new line for the SKU, or one more of it when it is on the order already."""
        self.sku_picker.clear()
        table = self.lines_table
        for row in range(table.rowCount()):
            if table.item(row, SKU).data(SKU_ROLE) == sku.id:
                quantity = _decimal(table.item(row, QTY).text()) or ZERO
                table.item(row, QTY).setText(_plain(quantity + 1))
                table.setCurrentCell(row, QTY)
                return
        table.blockSignals(True)
        row = table.rowCount()
        table.insertRow(row)
        code = QTableWidgetItem(sku.code)
        code.setData(SKU_ROLE, sku.id)
        code.setFlags(code.flags() & ~Qt.ItemFlag.ItemIsEditable)
        title = QTableWidgetItem(sku.name)
        title.setFlags(title.flags() & ~Qt.ItemFlag.ItemIsEditable)
        if sku.available is not None:
            title.setToolTip(self.tr("%1 — %2 available").replace("%1", sku.name).replace(
                "%2", format_quantity(sku.available)))
        table.setItem(row, SKU, code)
        table.setItem(row, ITEM, title)
        for column, text in ((QTY, "1"), (PRICE, _plain(self._default_price(sku))), (DISCOUNT, "0"),
                             (TAX, _plain(DEFAULT_TAX_RATE))):
            item = QTableWidgetItem(text)
            item.setTextAlignment(RIGHT)
            table.setItem(row, column, item)
        total = QTableWidgetItem()
        total.setTextAlignment(RIGHT)
        total.setFlags(total.flags() & ~Qt.ItemFlag.ItemIsEditable)
        table.setItem(row, TOTAL, total)
        table.setCellWidget(row, REMOVE, self._remove_button(code))
        table.blockSignals(False)
        table.setCurrentCell(row, QTY)
        self.update_totals()

    def _default_price(self, sku: SkuChoice) -> Decimal:
        """The SKU's list price (kept excl. tax) in the dialog's tax mode, to the cent."""
        price = sku.list_price or ZERO
        if self.include_tax_check.isChecked():
            price = manual.round_cents(price * (1 + DEFAULT_TAX_RATE / HUNDRED))
        return price

    def _remove_button(self, code_item: QTableWidgetItem) -> QToolButton:
        button = QToolButton()
        button.setText("✕")
        button.setAutoRaise(True)
        button.setToolTip(self.tr("Remove this item"))
        button.clicked.connect(lambda: self._remove_row(code_item))
        return button

    def _remove_row(self, code_item: QTableWidgetItem) -> None:
        self.lines_table.removeRow(code_item.row())
        self.update_totals()

    # -- reading the form ---------------------------------------------------------------------

    def _cell(self, row: int, column: int) -> Decimal:
        text = self.lines_table.item(row, column).text().strip()
        value = _decimal(text or "0")
        if value is None or value < 0:
            names = {QTY: self.tr("quantity"), PRICE: self.tr("unit price"), DISCOUNT: self.tr("discount"),
                     TAX: self.tr("tax rate")}
            raise LineProblem(row, column, self.tr("Line %1: the %2 “%3” is not a number").replace(
                "%1", str(row + 1)).replace("%2", names[column]).replace("%3", text))
        return value

    def manual_lines(self) -> list[manual.ManualLine]:
        lines = []
        for row in range(self.lines_table.rowCount()):
            lines.append(manual.ManualLine(
                sku_id=self.lines_table.item(row, SKU).data(SKU_ROLE), quantity=self._cell(row, QTY),
                unit_price=self._cell(row, PRICE), discount=self._cell(row, DISCOUNT),
                tax_rate=self._cell(row, TAX) / HUNDRED))
        return lines

    def shipping(self) -> Decimal:
        return _decimal(self.shipping_edit.text() or "0") or ZERO

    def currency(self) -> str:
        return self.currency_combo.currentText().strip().upper()

    def spec(self) -> manual.ManualOrderSpec:
        def text(edit: QLineEdit) -> str:
            return " ".join(edit.text().split())

        address = {key: text(edit) for key, edit in self.address_edits.items()}
        return manual.ManualOrderSpec(
            buyer_name=text(self.buyer_edits["name"]), buyer_phone=text(self.buyer_edits["phone"]),
            buyer_email=text(self.buyer_edits["email"]),
            ship_name=address["name"], ship_company=address["company"], ship_phone=address["phone"],
            ship_line1=address["line1"], ship_line2=address["line2"], ship_city=address["city"],
            ship_state=address["state"], ship_postcode=address["postcode"], ship_country=address["country"].upper(),
            currency=self.currency(), prices_include_tax=self.include_tax_check.isChecked(),
            lines=tuple(self.manual_lines()), shipping=self.shipping(),
            buyer_remark=self.buyer_remark_edit.toPlainText().strip(),
            seller_remark=self.seller_remark_edit.toPlainText().strip(), paid=self.paid_check.isChecked(),
            payment_method=" ".join(self.payment_combo.currentText().split()),
        )

    # -- totals ---------------------------------------------------------------------------------

    def _mark_cells(self, bad: tuple[int, int] | None) -> None:
        table = self.lines_table
        table.blockSignals(True)
        for row in range(table.rowCount()):
            for column in EDITABLE:
                item = table.item(row, column)
                item.setBackground(QColor(INVALID_CELL) if bad == (row, column) else QBrush())
        table.blockSignals(False)

    def update_totals(self) -> None:
        if not hasattr(self, "total_labels"):  # a field changed while the form is still being built
            return
        self.empty_hint.setVisible(self.lines_table.rowCount() == 0)
        try:
            lines = self.manual_lines()
        except LineProblem as problem:
            self._mark_cells((problem.row, problem.column))
            self.show_error(str(problem))
            self.ok_button.setEnabled(False)
            return
        self._mark_cells(None)
        if self.message_row.isVisible() and not self.writing:
            self.clear_message()
        include_tax = self.include_tax_check.isChecked()
        totals = manual.preview_totals(lines, self.shipping(), include_tax)
        currency = self.currency() or DEFAULT_CURRENCY
        self.lines_table.blockSignals(True)
        for row, line_total in enumerate(totals.line_totals):
            self.lines_table.item(row, TOTAL).setText(format_money(line_total, currency))
        self.lines_table.blockSignals(False)
        values = {"goods": totals.goods, "discount": -totals.discount, "shipping": totals.shipping,
                  "tax": totals.tax, "total": totals.total}
        for key, value in values.items():
            self.total_labels[key].setText(format_money(value, currency))
        self.total_captions["tax"].setText(self.tr("Tax included") if include_tax else self.tr("Tax"))
        self.ok_button.setEnabled(bool(lines) and not self.writing)

    def after_failure(self) -> None:
        self.ok_button.setEnabled(self.lines_table.rowCount() > 0)

    # -- saving ---------------------------------------------------------------------------------

    def field_widget(self, field: str) -> QWidget | None:
        row = _line_index(field)
        if row is not None and 0 <= row < self.lines_table.rowCount():
            column = next((c for key, c in (("quantity", QTY), ("unit_price", PRICE), ("price", PRICE),
                                            ("discount", DISCOUNT), ("tax", TAX)) if key in field), QTY)
            self._mark_cells((row, column))
            self.lines_table.setCurrentCell(row, column)
            return None
        return self.fields.get(field)

    def save(self) -> None:
        if self.writing:
            return
        try:
            spec = self.spec()
        except LineProblem as problem:
            self._mark_cells((problem.row, problem.column))
            self.show_error(str(problem))
            return
        rt = self.ctx.rt

        def write() -> int:
            return manual.create_manual_order(rt.db, rt.actor, spec)

        self.run_write(write, "create manual order")


def _line_index(field: str) -> int | None:
    """The 0-based line a service field names: ``lines[2].quantity`` → 2."""
    match = LINE_FIELD.match(field)
    return int(match.group(1)) if match else None

