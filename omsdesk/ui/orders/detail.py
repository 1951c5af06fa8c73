"""The detail panel of the selected order: who, where, what, how much, what is wrong, and what happened.

At the top: the number, the states (processing, payment, invoice, after-sales), where the order
came from (a channel, entered by hand, split off or merged with other orders — each related order a
link), its warehouse and priority. Under it the flags: review reasons in amber (they wait for a
person's approval), channel changes in red (with *Dealt with*). Left: buyer, address (*Edit…* while
the order may still change), remarks, payment, shipments. Right, in tabs: the lines with their SKU,
stock and allocation, the money breakdown with the residual, and the history (state changes and
edits, newest first).
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from omsdesk.orders.models import (
    REVIEW_KINDS,
    AfterSalesStatus,
    InvoiceStatus,
    OrderIssueKind,
    OrderOrigin,
    OrderState,
    PaymentStatus,
)
from omsdesk.orders.queries import HistoryEntry, IssueInfo, LineDetail, OrderDetail, ShipmentInfo, TransitionInfo
from omsdesk.orders.states import OrderOperation, allowed_operations
from omsdesk.ui.formatting import format_address_lines, format_datetime, format_money, format_quantity
from omsdesk.ui.i18n import channel_label, payment_label, state_label
from omsdesk.ui.orders.model import flag_label
from omsdesk.ui.widgets import RIGHT, fill_amount_grid, read_only_table

ZERO = Decimal(0)
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
NEUTRAL = ("#374151", "#f3f4f6")
WARN = ("#b45309", "#fef3c7")
MUTED = "#6b7280"
LONG_WORD = 24
BREAK_AFTER = re.compile(r"[@._\-/]")
PAIRING = timedelta(seconds=2)  # an audit entry this close to a transition by the same person is the same step
LINE_HEADERS = ("seller_sku", "our_sku", "item", "qty", "allocated", "available", "unit_price", "discount",
                "total_incl_tax", "net_incl_tax")
COL = {key: index for index, key in enumerate(LINE_HEADERS)}


def invoice_label(status: InvoiceStatus) -> str:
    labels = {
        InvoiceStatus.NONE: lambda: QCoreApplication.translate("InvoiceStatus", "No invoice"),
        InvoiceStatus.REQUESTED: lambda: QCoreApplication.translate("InvoiceStatus", "Invoice requested"),
        InvoiceStatus.ISSUED: lambda: QCoreApplication.translate("InvoiceStatus", "Invoiced"),
    }
    return labels[status]() if status in labels else str(status)


def after_sales_label(status: AfterSalesStatus) -> str:
    labels = {
        AfterSalesStatus.NONE: lambda: QCoreApplication.translate("AfterSalesStatus", "No after-sales"),
        AfterSalesStatus.OPEN: lambda: QCoreApplication.translate("AfterSalesStatus", "After-sales open"),
        AfterSalesStatus.CLOSED: lambda: QCoreApplication.translate("AfterSalesStatus", "After-sales closed"),
    }
    return labels[status]() if status in labels else str(status)


def operation_label(operation: str) -> str:
    """An entry of the order's history as a person says it."""
    labels: dict[str, Callable[[], str]] = {
        OrderOperation.APPROVE: lambda: QCoreApplication.translate("OrderHistory", "Approved"),
        OrderOperation.HOLD: lambda: QCoreApplication.translate("OrderHistory", "Put on hold"),
        OrderOperation.RELEASE: lambda: QCoreApplication.translate("OrderHistory", "Released from hold"),
        OrderOperation.CANCEL: lambda: QCoreApplication.translate("OrderHistory", "Cancelled"),
        OrderOperation.EDIT_ADDRESS: lambda: QCoreApplication.translate("OrderHistory", "Address edited"),
        OrderOperation.EDIT_REMARKS: lambda: QCoreApplication.translate("OrderHistory", "Remark edited"),
        OrderOperation.MERGE: lambda: QCoreApplication.translate("OrderHistory", "Merged"),
        OrderOperation.UNMERGE: lambda: QCoreApplication.translate("OrderHistory", "Taken out of its merge group"),
        OrderOperation.SPLIT: lambda: QCoreApplication.translate("OrderHistory", "Split"),
        OrderOperation.ALLOCATE: lambda: QCoreApplication.translate("OrderHistory", "Allocated"),
        OrderOperation.DEALLOCATE: lambda: QCoreApplication.translate("OrderHistory", "Deallocated"),
        OrderOperation.START_PICKING: lambda: QCoreApplication.translate("OrderHistory", "Picking started"),
        OrderOperation.PACK: lambda: QCoreApplication.translate("OrderHistory", "Packed"),
        OrderOperation.SHIP: lambda: QCoreApplication.translate("OrderHistory", "Shipped"),
        OrderOperation.COMPLETE: lambda: QCoreApplication.translate("OrderHistory", "Completed"),
        # written by the import and the channel, not by the state table
        "create": lambda: QCoreApplication.translate("OrderHistory", "Entered by hand"),
        "channel": lambda: QCoreApplication.translate("OrderHistory", "Changed on the channel"),
        "channel_cancel": lambda: QCoreApplication.translate("OrderHistory", "Cancelled on the channel"),
        "channel_address": lambda: QCoreApplication.translate("OrderHistory", "Address changed on the channel"),
    }
    label = labels.get(operation)
    return label() if label else operation.replace("_", " ").capitalize()


def review_reason(issue: IssueInfo) -> str:
    """A review flag's reason in the user's language, from the templates the review stored."""
    problems = issue.details.get("problems") if isinstance(issue.details, dict) else None
    if not problems:
        return issue.message
    texts = []
    for problem in problems:
        try:
            texts.append(QCoreApplication.translate("Messages", problem["template"]).format(**problem.get("params", {})))
        except (KeyError, IndexError, ValueError, TypeError):
            return issue.message
    return QCoreApplication.translate("OrderDetailPanel", "; ").join(texts)


@dataclass(frozen=True)
class HistoryRow:
    at: datetime
    actor: str
    what: str
    details: str
    tooltip: str = ""


def merged_history(transitions: list[TransitionInfo], audit: list[HistoryEntry]) -> list[HistoryRow]:
    """State changes and audited edits in one list, newest first; an edit recorded both ways shows once.

    A transition and the audit entry of the same step are written in one transaction: same person,
    moments apart. Pairs are made closest first, so quick steps in a row never borrow each other's entry.
    """
    candidates = sorted(
        (abs(entry.at - transition.at), t, a)
        for t, transition in enumerate(transitions) for a, entry in enumerate(audit)
        if entry.actor == transition.actor and abs(entry.at - transition.at) <= PAIRING)
    twins: dict[int, int] = {}
    for _, t, a in candidates:
        if t not in twins and a not in twins.values():
            twins[t] = a
    rows: list[HistoryRow] = []
    for t, transition in enumerate(transitions):
        what = operation_label(transition.operation)
        if transition.from_state != transition.to_state:
            what = QCoreApplication.translate("OrderHistory", "%1: %2 → %3").replace("%1", what).replace(
                "%2", _state_text(transition.from_state)).replace("%3", _state_text(transition.to_state))
        summary = audit[twins[t]].summary if t in twins else ""
        rows.append(HistoryRow(transition.at, transition.actor, what, transition.reason or summary, summary))
    paired = set(twins.values())
    rows.extend(HistoryRow(entry.at, entry.actor, entry.summary, "", entry.summary)
                for a, entry in enumerate(audit) if a not in paired)
    rows.sort(key=lambda row: row.at, reverse=True)
    return rows


def _state_text(value: str) -> str:
    try:
        return state_label(OrderState(value))
    except ValueError:
        return value


def _badge(text: str = "", colours: tuple[str, str] = NEUTRAL) -> QLabel:
    label = QLabel(text)
    label.setObjectName("badge")
    _colour(label, colours)
    return label


def _colour(badge: QLabel, colours: tuple[str, str]) -> None:
    badge.setStyleSheet(f"QLabel#badge {{ color: {colours[0]}; background: {colours[1]}; border-radius: 9px;"
                        " padding: 2px 10px; font-weight: 600; }")


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


def _link_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
    label.setOpenExternalLinks(False)
    return label


def _breakable(text: str) -> str:
    """A long e-mail address may wrap after @ . - _ / instead of being cut off at the edge (display only)."""
    if max((len(word) for word in text.split()), default=0) < LONG_WORD:
        return text
    return BREAK_AFTER.sub(lambda match: match.group(0) + "\u200b", text)


def _lines_html(lines: list[str]) -> str:
    return "<br>".join(html.escape(line) for line in lines)


def _order_link(order_id: int, number: str) -> str:
    return f"<a href='order:{order_id}' style='color:#1d4ed8'>{html.escape(number)}</a>"


def _edit_button(text: str, tooltip: str) -> QPushButton:
    button = QPushButton(text)
    button.setFlat(True)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setStyleSheet("QPushButton { color: #1d4ed8; padding: 0 4px; border: none; text-align: left; }"
                         " QPushButton:hover { text-decoration: underline; }")
    button.setToolTip(tooltip)
    return button


def _banner(name: str, border: str, background: str, text: str) -> tuple[QFrame, QLabel, QHBoxLayout]:
    frame = QFrame()
    frame.setObjectName(name)
    frame.setStyleSheet(f"QFrame#{name} {{ background: {background}; border: 1px solid {border};"
                        f" border-radius: 4px; }} QLabel {{ color: {text}; }}")
    label = _link_label()
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
    row = QHBoxLayout(frame)
    row.setContentsMargins(8, 4, 8, 4)
    row.addWidget(label, 1)
    frame.hide()
    return frame, label, row


class OrderDetailPanel(QStackedWidget):
    """Shows one :class:`OrderDetail`; ``show_detail(None)`` shows the hint instead."""

    issues_resolved = Signal(list)  # ids of the channel flags the user marked as dealt with
    edit_address_requested = Signal(int)  # order id
    edit_remarks_requested = Signal(int)  # order id
    open_order_requested = Signal(int)  # a related order's id (merge group, split parent or part, duplicate)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: OrderDetail | None = None
        self.history_rows: list[HistoryRow] = []
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
        layout.setSpacing(4)
        layout.addLayout(self._build_header())
        layout.addLayout(self._build_facts())
        layout.addWidget(self._build_review())
        layout.addWidget(self._build_attention())
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        split.addWidget(self._build_info_column())
        split.addWidget(self._build_tabs())
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        split.setSizes([270, 970])
        self.columns = split
        layout.addWidget(split, 1)
        return content

    def _build_header(self) -> QHBoxLayout:
        self.number_label = QLabel()
        self.number_label.setStyleSheet("font-size: 16pt; font-weight: 700;")
        self.number_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.shop_label = QLabel()
        self.shop_label.setStyleSheet("color: #4b5563;")
        self.state_badge = _badge()
        self.payment_badge = _badge()
        self.invoice_badge = _badge()
        self.after_sales_badge = _badge()
        self.times_label = QLabel()
        self.times_label.setStyleSheet("color: #4b5563;")
        header = QHBoxLayout()
        header.setSpacing(8)
        for widget in (self.number_label, self.shop_label, self.state_badge, self.payment_badge,
                       self.invoice_badge, self.after_sales_badge):
            header.addWidget(widget)
        header.addStretch(1)
        header.addWidget(self.times_label)
        return header

    def _build_facts(self) -> QHBoxLayout:
        """Where the order came from (with links to its related orders), warehouse, priority, channel status."""
        self.origin_label = _link_label()
        self.origin_label.setWordWrap(False)
        self.origin_label.linkActivated.connect(self._link_clicked)
        self.fulfilment_label = QLabel()
        self.fulfilment_label.setStyleSheet("color: #4b5563;")
        self.channel_status_label = QLabel()
        self.channel_status_label.setStyleSheet("color: #4b5563;")
        facts = QHBoxLayout()
        facts.setSpacing(14)
        facts.addWidget(self.origin_label)
        facts.addWidget(self.fulfilment_label)
        facts.addStretch(1)
        facts.addWidget(self.channel_status_label)
        return facts

    def _build_review(self) -> QWidget:
        """Why the review did not approve the order: one line per flag, in amber."""
        self.review, self.review_label, _ = _banner("review", "#f59e0b", "#fffbeb", "#78350f")
        self.review_label.linkActivated.connect(self._link_clicked)
        self.review.setToolTip(self.tr("Approve the order to let it through anyway, or fix it and review it again"))
        return self.review

    def _build_attention(self) -> QWidget:
        """What the channel changed that a person must look at, in red, with *Dealt with*."""
        self.attention, self.attention_label, row = _banner("attention", "#fca5a5", "#fef2f2", "#7f1d1d")
        self.resolve_button = QPushButton(self.tr("Dealt with"))
        self.resolve_button.setToolTip(self.tr("Mark these flags as dealt with; the order history keeps them"))
        self.resolve_button.clicked.connect(self._resolve_clicked)
        row.addWidget(self.resolve_button, 0, Qt.AlignmentFlag.AlignTop)
        return self.attention

    def _resolve_clicked(self) -> None:
        ids = [issue.id for issue in self.channel_issues()]
        if ids:
            self.issues_resolved.emit(ids)

    def _build_info_column(self) -> QWidget:
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.setContentsMargins(0, 0, 8, 0)
        column.setSpacing(2)
        self.buyer_label = _text_label()
        self.buyer_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.buyer_label.setOpenExternalLinks(True)  # the e-mail address opens the mail program
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
        self.related_label = _link_label()
        self.related_label.linkActivated.connect(self._link_clicked)
        self.edit_address_button = _edit_button(self.tr("Edit…"), self.tr("Correct the shipping address (F2)"))
        self.edit_address_button.clicked.connect(self._edit_address_clicked)
        self.edit_remarks_button = _edit_button(self.tr("Edit…"), self.tr("Write or change the seller remark"))
        self.edit_remarks_button.clicked.connect(self._edit_remarks_clicked)
        self.related_title = _section_title(self.tr("Related orders"))
        column.addWidget(_section_title(self.tr("Buyer")))
        column.addWidget(self.buyer_label)
        column.addLayout(self._titled_row(self.tr("Ship to"), self.edit_address_button))
        column.addWidget(self.ship_label)
        column.addWidget(_section_title(self.tr("Billing address")))
        column.addWidget(self.billing_label)
        column.addLayout(self._titled_row(self.tr("Remarks"), self.edit_remarks_button))
        column.addWidget(self.buyer_remark_label)
        column.addWidget(self.seller_remark_label)
        column.addWidget(self.related_title)
        column.addWidget(self.related_label)
        column.addWidget(_section_title(self.tr("Payment")))
        column.addWidget(self.payment_label)
        column.addWidget(_section_title(self.tr("Shipments")))
        column.addWidget(self.shipments_label)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(240)
        return scroll

    @staticmethod
    def _titled_row(title: str, button: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(4)
        row.addWidget(_section_title(title))
        row.addWidget(button, 0, Qt.AlignmentFlag.AlignBottom)
        row.addStretch(1)
        return row

    def _build_tabs(self) -> QWidget:
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._build_items_tab(), self.tr("Items"))
        self.tabs.addTab(self._build_history_tab(), self.tr("History"))
        return self.tabs

    def _build_items_tab(self) -> QWidget:
        widget = QWidget()
        row = QHBoxLayout(widget)
        row.setContentsMargins(0, 4, 0, 0)
        row.setSpacing(10)
        headers = {
            "seller_sku": self.tr("Seller SKU"), "our_sku": self.tr("Our SKU"), "item": self.tr("Item"),
            "qty": self.tr("Qty"), "allocated": self.tr("Allocated"), "available": self.tr("Available"),
            "unit_price": self.tr("Unit price"), "discount": self.tr("Discount"),
            "total_incl_tax": self.tr("Line total"), "net_incl_tax": self.tr("Net share"),
        }
        self.lines_table = read_only_table([headers[key] for key in LINE_HEADERS], right_aligned_from=COL["qty"])
        header = self.lines_table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL["item"], QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(48)
        self.lines_table.horizontalHeaderItem(COL["total_incl_tax"]).setToolTip(self.tr(
            "The line's total incl. tax, after its own discount"))
        self.lines_table.horizontalHeaderItem(COL["net_incl_tax"]).setToolTip(self.tr(
            "The line's share of the order total (incl. tax) after order discounts, shipping and fees are spread "
            "over the lines (分摊)"))
        self.lines_table.horizontalHeaderItem(COL["available"]).setToolTip(self.tr(
            "On hand less reserved, over all warehouses, for the line's SKU"))
        row.addWidget(self.lines_table, 1)
        self.money_box = self._build_money()
        self.money_scroll = QScrollArea()  # the breakdown scrolls rather than being cut off when the panel is low
        self.money_scroll.setWidget(self.money_box)
        self.money_scroll.setWidgetResizable(True)
        self.money_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.money_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        row.addWidget(self.money_scroll, 0)
        return widget

    def _fit_money(self) -> None:
        """As wide as the amounts need (plus room for the scroll bar), never cut off at the side."""
        bar = self.money_scroll.verticalScrollBar().sizeHint().width()
        self.money_scroll.setMinimumWidth(self.money_box.sizeHint().width() + bar)

    def _build_money(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        self.money_labels: dict[str, QLabel] = {}
        self.money_captions: dict[str, QLabel] = {}
        names = {
            "goods_subtotal": self.tr("Goods"),
            "line_discounts": self.tr("Line discounts"),
            "order_discount": self.tr("Order discount"),
            "shipping_total": self.tr("Shipping"),
            "fee_total": self.tr("Fees"),
            "total_excl_tax": self.tr("Total excl. tax"),
            "total_tax": self.tr("Tax"),
            "total": self.tr("Total"),
            "refunded_total": self.tr("Refunded"),
        }
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(1)
        amounts, captions = fill_amount_grid(grid, list(names.items()), amount_width=90,
                                             caption_style="color: #4b5563;")
        self.money_labels.update(amounts)
        self.money_captions.update(captions)
        column.addLayout(grid)
        self.residual_label = _text_label()
        self.residual_label.setObjectName("residual")
        self.residual_label.setStyleSheet("QLabel#residual { background: #fee2e2; color: #7f1d1d;"
                                          " border: 1px solid #fca5a5; border-radius: 4px; padding: 3px 6px; }")
        self.residual_label.setMaximumWidth(260)
        self.residual_label.hide()
        column.addWidget(self.residual_label)
        column.addStretch(1)
        return box

    def _build_history_tab(self) -> QWidget:
        self.history_table = read_only_table([self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Details")])
        header = self.history_table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        return self.history_table

    # -- signals ---------------------------------------------------------------------

    def _link_clicked(self, link: str) -> None:
        kind, _, value = link.partition(":")
        if kind == "order" and value.isdigit():
            self.open_order_requested.emit(int(value))

    def _edit_address_clicked(self) -> None:
        if self.detail is not None:
            self.edit_address_requested.emit(self.detail.id)

    def _edit_remarks_clicked(self) -> None:
        if self.detail is not None:
            self.edit_remarks_requested.emit(self.detail.id)

    # -- content ---------------------------------------------------------------------

    def show_detail(self, detail: OrderDetail | None) -> None:
        self.detail = detail
        if detail is None:
            self.setCurrentWidget(self.hint)
            return
        self._fill_header(detail)
        self._fill_facts(detail)
        self._fill_flags(detail.issues)
        self._fill_info(detail)
        self._fill_lines(detail)
        self._fill_money(detail)
        self._fill_history(detail)
        self.setCurrentIndex(1)

    def can(self, operation: OrderOperation) -> bool:
        return self.detail is not None and operation in allowed_operations(self.detail.state)

    def _fill_header(self, d: OrderDetail) -> None:
        self.number_label.setText(d.number)
        self.shop_label.setText(f"{d.shop_name} · {channel_label(d.channel)}")
        self.state_badge.setText(state_label(d.state))
        _colour(self.state_badge, STATE_COLOURS.get(d.state, NEUTRAL))
        self.payment_badge.setText(payment_label(d.payment_status))
        _colour(self.payment_badge, PAYMENT_COLOURS.get(d.payment_status, NEUTRAL))
        self.invoice_badge.setText(invoice_label(d.invoice_status))
        self.invoice_badge.setVisible(d.invoice_status is not InvoiceStatus.NONE)
        self.after_sales_badge.setText(after_sales_label(d.after_sales_status))
        _colour(self.after_sales_badge, WARN if d.after_sales_status is AfterSalesStatus.OPEN else NEUTRAL)
        self.after_sales_badge.setVisible(d.after_sales_status is not AfterSalesStatus.NONE)
        times = [self.tr("Created %1").replace("%1", format_datetime(d.created_at))]
        if d.paid_at:
            times.append(self.tr("Paid %1").replace("%1", format_datetime(d.paid_at)))
        self.times_label.setText("   ".join(times))

    def _fill_facts(self, d: OrderDetail) -> None:
        self.origin_label.setText(self.origin_html(d))
        facts = []
        if d.state_reason and d.state in (OrderState.ON_HOLD, OrderState.CANCELLED):
            facts.append(self.tr("Reason: %1").replace("%1", d.state_reason))
        if d.warehouse:
            facts.append(self.tr("Warehouse: %1").replace("%1", d.warehouse))
        if d.priority:
            facts.append(self.tr("Priority %1").replace("%1", str(d.priority)))
        self.fulfilment_label.setText("   ".join(facts))
        self.fulfilment_label.setVisible(bool(facts))
        self.channel_status_label.setText(self.tr("Channel status: %1").replace("%1", d.channel_status)
                                          if d.channel_status else "")

    def origin_html(self, d: OrderDetail) -> str:
        """Manual, split off #…, split into #…, merged with #…: each related order a link."""
        parts = []
        if d.origin is OrderOrigin.MANUAL:
            parts.append(html.escape(self.tr("Manual order")))
        parent = [r for r in d.related if r.relation == "parent"]
        parts_of = [r for r in d.related if r.relation == "part"]
        merged = [r for r in d.related if r.relation == "merged"]
        if parent:
            parts.append(html.escape(self.tr("Split off %1")).replace(
                "%1", _order_link(parent[0].id, parent[0].number)))
        if parts_of:
            parts.append(html.escape(self.tr("Split into %1")).replace(
                "%1", ", ".join(_order_link(r.id, r.number) for r in parts_of)))
        if merged:
            parts.append(html.escape(self.tr("Merged with %1")).replace(
                "%1", ", ".join(_order_link(r.id, r.number) for r in merged)))
        if not parts:
            parts.append(html.escape(self.tr("From %1").replace("%1", channel_label(d.channel))))
        return " · ".join(parts)

    def _fill_flags(self, issues: list[IssueInfo]) -> None:
        review = [issue for issue in issues if issue.kind in REVIEW_KINDS]
        others = [issue for issue in issues if issue.kind not in REVIEW_KINDS]
        self.review.setVisible(bool(review))
        title = html.escape(self.tr("To review"))
        self.review_label.setText("<br>".join(
            f"<b>{title} · {html.escape(flag_label(issue.kind))}</b>: {self.review_html(issue)}" for issue in review))
        self.attention.setVisible(bool(others))
        title = html.escape(self.tr("Needs attention"))
        self.attention_label.setText("<br>".join(
            f"<b>{title}</b> · {html.escape(format_datetime(issue.created_at))}: {html.escape(self.issue_text(issue))}"
            for issue in others))

    def channel_issues(self) -> list[IssueInfo]:
        return [] if self.detail is None else [i for i in self.detail.issues if i.kind not in REVIEW_KINDS]

    def review_html(self, issue: IssueInfo) -> str:
        text = html.escape(review_reason(issue))
        other_id, number = issue.details.get("order_id"), issue.details.get("number")
        if issue.kind is OrderIssueKind.SUSPECTED_DUPLICATE and isinstance(other_id, int) and number:
            text = text.replace(html.escape(str(number)), _order_link(other_id, str(number)), 1)
        return text

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
            if not parts:
                return issue.message
            return self.tr("The channel changed %1 after this order was allocated.").replace(
                "%1", self.tr(" and ").join(parts))
        if issue.kind is OrderIssueKind.PARTIALLY_ALLOCATED:
            return f"{flag_label(issue.kind)}: {review_reason(issue)}"
        return issue.message

    def _fill_info(self, d: OrderDetail) -> None:
        buyer = [html.escape(line) for line in (d.buyer_name, d.buyer_phone) if line]
        if d.buyer_email:  # shown wrappable; the link (and "Copy link") keeps the address as it is
            buyer.append(f"<a href='mailto:{html.escape(d.buyer_email, quote=True)}' style='color:#1d4ed8'>"
                         f"{html.escape(_breakable(d.buyer_email))}</a>")
        self.buyer_label.setText("<br>".join(buyer) or self.tr("(no buyer details)"))
        self.ship_label.setText(_lines_html(format_address_lines(d.shipping_address)) or self.tr("(none)"))
        self.billing_label.setText(self._billing_text(d))
        self._fill_remarks(d)
        self.edit_address_button.setVisible(self.can(OrderOperation.EDIT_ADDRESS))
        self.edit_remarks_button.setVisible(self.can(OrderOperation.EDIT_REMARKS))
        payment = [p for p in (d.payment_method, self._coupons(d.coupon_codes)) if p]
        payment.append(self.tr("Prices include tax") if d.prices_include_tax else self.tr("Prices exclude tax"))
        self.payment_label.setText(_lines_html(payment))
        self.shipments_label.setText(self._shipments_html(d.shipments))
        self._fill_related(d)

    def _fill_related(self, d: OrderDetail) -> None:
        relations = {"parent": self.tr("the order this one was split off"), "part": self.tr("split off this one"),
                     "sibling": self.tr("split off the same order"), "merged": self.tr("merged: same parcel")}
        rows = [f"{_order_link(r.id, r.number)} · {html.escape(state_label(r.state))}"
                f" <span style='color:{MUTED}'>({html.escape(relations.get(r.relation, r.relation))})</span>"
                for r in d.related]
        self.related_label.setText("<br>".join(rows))
        self.related_label.setVisible(bool(rows))
        self.related_title.setVisible(bool(rows))

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

    def _fill_history(self, d: OrderDetail) -> None:
        self.history_rows = merged_history(list(d.transitions), list(d.history))
        table = self.history_table
        table.setRowCount(len(self.history_rows))
        for row, entry in enumerate(self.history_rows):
            cells = (format_datetime(entry.at), entry.actor, entry.what, entry.details)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 0:
                    item.setForeground(QColor(MUTED))
                tip = entry.tooltip if column == 2 and entry.tooltip and entry.tooltip != text else text
                item.setToolTip(tip)
                table.setItem(row, column, item)
        self.tabs.setTabText(1, self.tr("History (%1)").replace("%1", str(len(self.history_rows))))
        self.tabs.setTabText(0, self.tr("Items (%1)").replace("%1", str(len(d.lines))))

    def _fill_lines(self, d: OrderDetail) -> None:
        table = self.lines_table
        currency = d.currency
        table.setRowCount(len(d.lines))
        show_allocation = any(line.allocated_quantity for line in d.lines)
        for row, line in enumerate(d.lines):
            for column, item in enumerate(self._line_items(line, currency)):
                table.setItem(row, column, item)
        table.setColumnHidden(COL["allocated"], not show_allocation)
        table.setColumnHidden(COL["discount"], not any(line.discount for line in d.lines))
        table.setColumnHidden(COL["available"], d.state not in (OrderState.NEW, OrderState.APPROVED,
                                                                  OrderState.ON_HOLD, OrderState.ALLOCATED))

    def _line_items(self, line: LineDetail, currency: str) -> list[QTableWidgetItem]:
        attributes = ", ".join(f"{k}: {v}" for k, v in line.attributes.items())
        title = f"{line.title}  ({attributes})" if attributes else line.title
        available = "–" if line.available is None or not line.sku_code else format_quantity(line.available)
        allocated = format_quantity(line.allocated_quantity) if line.allocated_quantity else "–"
        texts = {
            "seller_sku": line.channel_sku, "our_sku": line.sku_code or self.tr("unmapped"), "item": title,
            "qty": format_quantity(line.quantity), "allocated": allocated, "available": available,
            "unit_price": format_money(line.unit_price, currency),
            "discount": format_money(line.discount, currency) if line.discount else "–",
            "total_incl_tax": format_money(line.total_incl_tax, currency),
            "net_incl_tax": format_money(line.net_total_incl_tax, currency),
        }
        items = []
        for key in LINE_HEADERS:
            item = QTableWidgetItem(texts[key])
            if COL[key] >= COL["qty"]:
                item.setTextAlignment(RIGHT)
            items.append(item)
        sku = items[COL["our_sku"]]
        if not line.sku_code:
            sku.setForeground(QColor("#b45309"))
            sku.setToolTip(self.tr("No SKU is mapped to this listing yet: map it in Products › Unmapped listings"))
        items[COL["item"]].setToolTip(title)
        if line.sku_code and line.available is not None and line.available < line.quantity - line.allocated_quantity:
            items[COL["available"]].setForeground(QColor("#b91c1c"))
            items[COL["available"]].setToolTip(self.tr("Less than this line still needs"))
        if line.allocated_quantity and line.allocated_quantity < line.quantity:
            items[COL["allocated"]].setForeground(QColor("#b45309"))
        items[COL["total_incl_tax"]].setToolTip(self.tr("Net %1 + tax %2").replace(
            "%1", format_money(line.total, currency)).replace("%2", format_money(line.total_tax, currency)))
        return items

    def _fill_money(self, d: OrderDetail) -> None:
        amounts, currency = d.amounts, d.currency
        line_discounts = sum((line.subtotal - line.total for line in d.lines), ZERO)
        order_discount = max(amounts.get("discount_total", ZERO) - line_discounts, ZERO)
        values = {**amounts, "line_discounts": -line_discounts, "order_discount": -order_discount}
        for key, label in self.money_labels.items():
            label.setText(format_money(values.get(key, ZERO), currency))
        for key in ("line_discounts", "order_discount", "fee_total", "refunded_total"):
            shown = bool(values.get(key, ZERO))
            self.money_labels[key].setVisible(shown)
            self.money_captions[key].setVisible(shown)
        refunded = amounts.get("refunded_total", ZERO)
        self.money_labels["refunded_total"].setStyleSheet("color: #b45309;" if refunded else "")
        residual = amounts.get("residual", ZERO)
        self.residual_label.setVisible(bool(residual))
        if residual:
            self.residual_label.setText(self.tr("The channel's total differs from ours by %1: kept as it is, "
                                                "not spread over the lines.").replace(
                "%1", format_money(residual, currency)))
        self._fit_money()
