"""The detail panel of the selected order: who, where, what, how much, and what happened."""

from __future__ import annotations

import html
from collections.abc import Mapping
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFrame, QGridLayout, QHBoxLayout, QHeaderView, QLabel, QPushButton, QScrollArea,
    QSplitter, QStackedWidget, QTextBrowser, QTableWidgetItem, QVBoxLayout, QWidget,
)

from omsdesk.orders.models import OrderIssueKind, OrderState, PaymentStatus
from omsdesk.orders.queries import HistoryEntry, IssueInfo, LineDetail, OrderDetail, ShipmentInfo
from omsdesk.ui.formatting import format_address_lines, format_datetime, format_money, format_quantity
from omsdesk.ui.i18n import channel_label, payment_label, state_label
from omsdesk.ui.widgets import RIGHT, read_only_table

STATE_COLOURS = {
    OrderState.NEW: ("#1d4ed8", "#dbeafe"),
    OrderState.APPROVED: ("#0f766e", "#ccfbf1"),
    OrderState.ALLOCATED: ("#0f766e", "#ccfbf1"),
    OrderState.PICKING: ("#6d28d9", "#ede9fe"),
    OrderState.PACKED: ("#6d28d9", "#ede9fe"),
    OrderState.SHIPPED: ("#15803d", "#dcfce7"),
    OrderState.COMPLETED: ("#15803d", "#dcfce7"),
    OrderState.ON_HOLD: ("#b45309", "#fef3c7"),
    OrderState.CANCELLED: ("#4b5563", "#e5e7eb"),
}
PAYMENT_COLOURS = {
    PaymentStatus.UNPAID: ("#b91c1c", "#fee2e2"),
    PaymentStatus.PAID: ("#15803d", "#dcfce7"),
    PaymentStatus.PARTIALLY_REFUNDED: ("#b45309", "#fef3c7"),
    PaymentStatus.REFUNDED: ("#b45309", "#fef3c7"),
}


def _badge(text: str, colours: tuple[str, str]) -> QLabel:
    label = QLabel(text)
    label.setObjectName("badge")
    label.setStyleSheet(
        f"QLabel#badge {{ color: {colours[0]}; background: {colours[1]}; border-radius: 9px;"
        " padding: 2px 10px; font-weight: 600; }"
    )
    return label


def _section_title(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("sectionTitle")
    label.setStyleSheet("QLabel#sectionTitle { color: #6b7280; font-weight: 600; margin-top: 6px; }")
    return label


def _text_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    return label


def _lines_html(lines: list[str]) -> str:
    return "<br>".join(html.escape(line) for line in lines)


class OrderDetailPanel(QStackedWidget):
    """Shows one :class:`OrderDetail`; ``show_detail(None)`` shows the hint instead."""

    LINE_COLUMNS = 9
    issues_resolved = Signal(list)  # ids of the flags the user marked as dealt with

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: OrderDetail | None = None
        self.hint = QLabel(self.tr("Select an order to see its details."))
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setStyleSheet("color: #6b7280;")
        self.addWidget(self.hint)
        self.addWidget(self._build_content())
        self.setMinimumHeight(220)

    # -- layout ----------------------------------------------------------------------

    def _build_content(self) -> QWidget:
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(self._build_header())
        layout.addWidget(self._build_attention())
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        split.addWidget(self._build_info_column())
        split.addWidget(self._build_lines_column())
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        split.setSizes([340, 900])
        self.columns = split
        layout.addWidget(split, 1)
        return content

    def _build_header(self) -> QHBoxLayout:
        self.number_label = QLabel()
        self.number_label.setStyleSheet("font-size: 16pt; font-weight: 700;")
        self.number_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.shop_label = QLabel()
        self.shop_label.setStyleSheet("color: #4b5563;")
        self.state_badge = _badge("", STATE_COLOURS[OrderState.NEW])
        self.payment_badge = _badge("", PAYMENT_COLOURS[PaymentStatus.PAID])
        self.channel_status_label = QLabel()
        self.times_label = QLabel()
        self.times_label.setStyleSheet("color: #4b5563;")
        header = QHBoxLayout()
        header.setSpacing(10)
        for widget in (self.number_label, self.shop_label, self.state_badge, self.payment_badge,
                       self.channel_status_label):
            header.addWidget(widget)
        header.addStretch(1)
        header.addWidget(self.times_label)
        return header

    def _build_attention(self) -> QWidget:
        """A banner for the open flags: what the channel changed that a person must look at."""
        self.attention = QFrame()
        self.attention.setObjectName("attention")
        self.attention.setStyleSheet("QFrame#attention { background: #fef2f2; border: 1px solid #fca5a5;"
                                     " border-radius: 4px; } QLabel { color: #7f1d1d; }")
        self.attention_label = _text_label()
        self.resolve_button = QPushButton(self.tr("Dealt with"))
        self.resolve_button.setToolTip(self.tr("Mark these flags as dealt with; the order history keeps them"))
        self.resolve_button.clicked.connect(self._resolve_clicked)
        row = QHBoxLayout(self.attention)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.attention_label, 1)
        row.addWidget(self.resolve_button, 0, Qt.AlignmentFlag.AlignTop)
        self.attention.hide()
        return self.attention

    def _resolve_clicked(self) -> None:
        if self.detail is not None and self.detail.issues:
            self.issues_resolved.emit([issue.id for issue in self.detail.issues])

    def _build_info_column(self) -> QWidget:
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.setContentsMargins(0, 0, 8, 0)
        column.setSpacing(2)
        self.buyer_label = _text_label()
        self.ship_label = _text_label()
        self.billing_label = _text_label()
        self.buyer_remark_label = _text_label()
        self.buyer_remark_label.setObjectName("buyerRemark")
        self.buyer_remark_label.setStyleSheet(
            "QLabel#buyerRemark { background: #fef3c7; color: #78350f; border: 1px solid #f59e0b;"
            " border-radius: 4px; padding: 4px 6px; }"
        )
        self.seller_remark_label = _text_label()
        self.payment_label = _text_label()
        self.shipments_label = _text_label()
        sections = (
            (self.tr("Buyer"), self.buyer_label),
            (self.tr("Ship to"), self.ship_label),
            (self.tr("Billing address"), self.billing_label),
            (self.tr("Remarks"), None),
            (self.tr("Payment"), self.payment_label),
            (self.tr("Shipments"), self.shipments_label),
        )
        for title, widget in sections:
            column.addWidget(_section_title(title))
            if widget is None:
                column.addWidget(self.buyer_remark_label)
                column.addWidget(self.seller_remark_label)
            else:
                column.addWidget(widget)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(220)
        return scroll

    def _build_lines_column(self) -> QWidget:
        widget = QWidget()
        column = QVBoxLayout(widget)
        column.setContentsMargins(8, 0, 0, 0)
        column.setSpacing(4)
        self.lines_table = read_only_table([
            self.tr("Seller SKU"), self.tr("Our SKU"), self.tr("Item"), self.tr("Qty"), self.tr("Unit price"),
            self.tr("Discount"), self.tr("Net"), self.tr("Tax"), self.tr("Total incl. tax"),
        ], right_aligned_from=3)
        self.lines_table.horizontalHeader().setStretchLastSection(False)
        header = self.lines_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        column.addWidget(self.lines_table, 1)
        self.history_view = QTextBrowser()
        self.history_view.setOpenLinks(False)
        self.history_view.setFrameShape(QFrame.Shape.NoFrame)
        self.history_view.setStyleSheet("QTextBrowser { background: transparent; }")
        self.history_view.setMaximumHeight(84)
        history = QVBoxLayout()
        history.setSpacing(0)
        history.addWidget(_section_title(self.tr("History")))
        history.addWidget(self.history_view, 1)
        bottom = QHBoxLayout()
        bottom.addLayout(history, 1)
        bottom.addLayout(self._build_money_grid(), 0)
        column.addLayout(bottom, 0)
        return widget

    def _build_money_grid(self) -> QHBoxLayout:
        self.money_labels: dict[str, QLabel] = {}
        names = {
            "goods_subtotal": self.tr("Goods subtotal"),
            "discount_total": self.tr("Discount"),
            "shipping_total": self.tr("Shipping"),
            "fee_total": self.tr("Fees"),
            "total_excl_tax": self.tr("Total excl. tax"),
            "total_tax": self.tr("Tax"),
            "total": self.tr("Total"),
            "refunded_total": self.tr("Refunded"),
        }
        row = QHBoxLayout()
        keys = list(names)
        for half in (keys[:4], keys[4:]):
            grid = QGridLayout()
            grid.setHorizontalSpacing(14)
            grid.setVerticalSpacing(2)
            for number, key in enumerate(half):
                caption = QLabel(names[key])
                caption.setStyleSheet("color: #4b5563;")
                amount = QLabel()
                amount.setAlignment(RIGHT)
                amount.setMinimumWidth(84)
                amount.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                if key == "total":
                    caption.setStyleSheet("font-weight: 700;")
                    amount.setStyleSheet("font-weight: 700;")
                grid.addWidget(caption, number, 0)
                grid.addWidget(amount, number, 1)
                self.money_labels[key] = amount
            row.addSpacing(24)
            grid_box = QVBoxLayout()
            grid_box.addLayout(grid)
            grid_box.addStretch(1)
            row.addLayout(grid_box)
        return row

    # -- content ---------------------------------------------------------------------

    def show_detail(self, detail: OrderDetail | None) -> None:
        self.detail = detail
        if detail is None:
            self.setCurrentWidget(self.hint)
            return
        self._fill_header(detail)
        self._fill_attention(detail.issues)
        self._fill_info(detail)
        self._fill_lines(detail.lines, detail.currency)
        self._fill_money(detail.amounts, detail.currency)
        self.setCurrentIndex(1)

    def _fill_header(self, d: OrderDetail) -> None:
        self.number_label.setText(d.number)
        self.shop_label.setText(f"{d.shop_name} · {channel_label(d.channel)}")
        self._recolour(self.state_badge, state_label(d.state), STATE_COLOURS.get(d.state, ("#111", "#eee")))
        self._recolour(self.payment_badge, payment_label(d.payment_status),
                       PAYMENT_COLOURS.get(d.payment_status, ("#111", "#eee")))
        self.channel_status_label.setText(self.tr("Channel status: %1").replace("%1", d.channel_status))
        times = [self.tr("Created %1").replace("%1", format_datetime(d.created_at))]
        if d.paid_at:
            times.append(self.tr("Paid %1").replace("%1", format_datetime(d.paid_at)))
        self.times_label.setText("   ".join(times))

    @staticmethod
    def _recolour(badge: QLabel, text: str, colours: tuple[str, str]) -> None:
        badge.setText(text)
        badge.setStyleSheet(
            f"QLabel#badge {{ color: {colours[0]}; background: {colours[1]}; border-radius: 9px;"
            " padding: 2px 10px; font-weight: 600; }"
        )

    def _fill_info(self, d: OrderDetail) -> None:
        buyer = [line for line in (d.buyer_name, d.buyer_phone, d.buyer_email) if line]
        self.buyer_label.setText(_lines_html(buyer) or self.tr("(no buyer details)"))
        self.ship_label.setText(_lines_html(format_address_lines(d.shipping_address)) or self.tr("(none)"))
        self.billing_label.setText(self._billing_text(d))
        self._fill_remarks(d)
        payment = [p for p in (d.payment_method, self._coupons(d.coupon_codes)) if p]
        if not d.prices_include_tax:
            payment.append(self.tr("Prices exclude tax"))
        self.payment_label.setText(_lines_html(payment) or self.tr("(none)"))
        self.shipments_label.setText(self._shipments_html(d.shipments))
        self.history_view.setHtml(self._history_html(d.history))

    def _fill_attention(self, issues: list[IssueInfo]) -> None:
        self.attention.setVisible(bool(issues))
        title = html.escape(self.tr("Needs attention"))
        self.attention_label.setText("<br>".join(
            f"<b>{title}</b> · {html.escape(format_datetime(issue.created_at))}: {html.escape(self.issue_text(issue))}"
            for issue in issues))

    def issue_text(self, issue: IssueInfo) -> str:
        status = str(issue.details.get("channel_status", ""))
        if issue.kind is OrderIssueKind.CANCELLED_AFTER_SHIPMENT:
            return self.tr("The order was %1 on the channel after it shipped: handle it as after-sales.").replace(
                "%1", status)
        if issue.kind is OrderIssueKind.CANCELLED_WHILE_PACKING:
            return self.tr("Cancelled on the channel (%1) while in the warehouse: take it off the packing table "
                           "and put the items back.").replace("%1", status)
        if issue.kind is OrderIssueKind.CHANGED_AFTER_ALLOCATION:
            parts = []
            if "address" in issue.details:
                parts.append(self.tr("the shipping address (check the label)"))
            if "lines" in issue.details:
                parts.append(self.tr("the lines (kept as allocated here)"))
            return self.tr("The channel changed %1 after this order was allocated.").replace(
                "%1", self.tr(" and ").join(parts))
        return issue.message

    def _shipments_html(self, shipments: list[ShipmentInfo]) -> str:
        if not shipments:
            return html.escape(self.tr("(not shipped)"))
        return "<br>".join(self._shipment_line(s) for s in shipments)

    def _shipment_line(self, shipment: ShipmentInfo) -> str:
        states = {
            "done": ("#15803d", self.tr("confirmed to the channel")),
            "pending": ("#b45309", self.tr("waiting to be sent to the channel")),
            "sending": ("#b45309", self.tr("being sent to the channel")),
            "failed": ("#b91c1c", self.tr("the channel refused it: %1").replace("%1", shipment.confirmation_error)),
        }
        colour, text = states.get(shipment.confirmation, ("#6b7280", self.tr("not sent to the channel")))
        carrier = shipment.carrier_name or shipment.carrier_code
        return (f"{html.escape(shipment.number)} · {html.escape(carrier)} {html.escape(shipment.tracking_number)}"
                f"<br><span style='color:{colour}'>{html.escape(text)}</span>")

    def _billing_text(self, d: OrderDetail) -> str:
        billing: Mapping[str, object] = {k: v for k, v in d.billing_address.items() if k != "email"}
        lines = format_address_lines(billing)
        if not lines:
            return self.tr("(none)")
        if format_address_lines(d.shipping_address) == lines:
            return self.tr("Same as the shipping address")
        return _lines_html(lines)

    def _coupons(self, codes: str) -> str:
        return self.tr("Coupons: %1").replace("%1", codes) if codes else ""

    def _fill_remarks(self, d: OrderDetail) -> None:
        if d.buyer_remark:
            self.buyer_remark_label.setText(self.tr("Buyer: %1").replace("%1", d.buyer_remark))
        self.buyer_remark_label.setVisible(bool(d.buyer_remark))
        if d.seller_remark:
            self.seller_remark_label.setText(self.tr("Seller: %1").replace("%1", d.seller_remark))
        elif not d.buyer_remark:
            self.seller_remark_label.setText(self.tr("(none)"))
        self.seller_remark_label.setVisible(bool(d.seller_remark) or not d.buyer_remark)

    def _history_html(self, history: list[HistoryEntry]) -> str:
        if not history:
            return html.escape(self.tr("(no changes recorded)"))
        rows = [
            f"<div><span style='color:#6b7280'>{html.escape(format_datetime(e.at))}"
            f" · {html.escape(e.actor)}</span>&nbsp;&nbsp;{html.escape(e.summary)}</div>"
            for e in reversed(history)
        ]
        return "".join(rows)

    def _fill_lines(self, lines: list[LineDetail], currency: str) -> None:
        table = self.lines_table
        table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            attributes = ", ".join(f"{k}: {v}" for k, v in line.attributes.items())
            title = f"{line.title}  ({attributes})" if attributes else line.title
            cells = [
                line.channel_sku, line.sku_code or self.tr("unmapped"), title, format_quantity(line.quantity),
                format_money(line.unit_price, currency),
                format_money(line.discount, currency) if line.discount else "–",
                format_money(line.total, currency), format_money(line.total_tax, currency),
                format_money(line.total_incl_tax, currency),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column >= 3:
                    item.setTextAlignment(RIGHT)
                if column == 1 and not line.sku_code:
                    item.setForeground(QColor("#b45309"))
                    item.setToolTip(self.tr("No SKU is mapped to this listing yet: map it in Products › "
                                            "Unmapped listings"))
                if column == 2:
                    item.setToolTip(title)
                table.setItem(row, column, item)

    def _fill_money(self, amounts: Mapping[str, Decimal], currency: str) -> None:
        for key, label in self.money_labels.items():
            value = amounts.get(key, Decimal(0))
            if key == "discount_total" and value:
                value = -value
            label.setText(format_money(value, currency))
        refunded = amounts.get("refunded_total", Decimal(0))
        self.money_labels["refunded_total"].setStyleSheet("color: #b45309;" if refunded else "")


